"""The extractor against articles of ../shared/corpus/baomoi-2017 labelled by hand.

Two sets, labelled by reading the articles, never from the extractor's output:
tests/data/corpus_labels.jsonl (56 articles, 158 citations) and
tests/data/heldout_labels.jsonl (44 longer articles, 318 citations); their .md files
give the conventions. The articles are read from ../shared at run time.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from refgraph.corpus import article_from_page
from refgraph.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2017"
FIELDS = ("text", "type", "number", "issuer", "year", "date", "form", "zone")

# Disagreements kept on purpose: (article, label text, field or "*" for the whole
# citation, "extra" for a citation found but not labelled), each with its reason.
KNOWN = {
    # a typo in the source ("Hiếp pháp"); reading typos as names would cost precision
    ("22473362.txt", "Hiếp pháp", "*"),
    # "UBND TP sửa Quyết định 74/2008": who amends is not said to be who issued
    ("22570147.txt", "Quyết định 74/2008", "issuer"),
    # typos in the source: "TT-BC" for TT-BTC, years "20116"
    ("22261928.txt", "Thông tư 268/2016/TT-BC", "issuer"),
    ("22261928.txt", "Thông tư 279/20116/TT-BTC", "*"),
    ("22261928.txt", "Thông tư 230/20116/TT-BTC", "*"),
    # the body is the subject of a verb a sentence away ("Bộ Chính trị khóa IX đã ban
    # hành hai Nghị quyết …, đó là Nghị quyết 42 …"); too far to read safely
    ("22278897.txt", "Nghị quyết 42", "issuer"),
    ("22278897.txt", "Nghị quyết số 11", "issuer"),
    # the year is given by another mention ("Luật Kế toán 2015"); named documents keep
    # only the year written with them, as the first set's convention says
    ("22321982.txt", "Luật Kế toán", "year"),
    # an amending law named after the law it amends: we cite the law inside the name
    ("22406388.txt", "Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư "
                     "xây dựng cơ bản số 38/2009/QH12", "text"),
    ("22654270.txt", "Luật sửa đổi, bổ sung một số điều của Luật Điện lực năm 2012", "text"),
    # "theo Thông tư 78 được Liên bộ … ban hành tháng 5/2015": a passive clause
    ("22436148.txt", "Thông tư 78", "year"),
    # "thông qua ngày 27/11/2015" after a named code is its date of adoption
    ("22612457.txt", "Bộ luật Tố tụng Hình sự 2015", "date"),
    # "… về cơ chế … vừa được Thủ tướng Chính phủ ký ngày 30/6": its day of signing, the
    # year its number's (2017-06-30; the label left the day without a year unread)
    ("22654270.txt", "Quyết định số 24/2017/QĐ-TTg", "date"),
    # a symbol with no type word or type code ("113/TTg"): could be anything
    ("22698096.txt", "113/TTg", "*"),
    # found but not labelled: an old "UB-QĐ" letter, a company's letter
    ("21490603.txt", "346/UB-QĐ", "extra"),
    ("22280232.txt", "96/CV-KSMTSH", "extra"),
}


def load(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


SETS = {"first": load("corpus_labels.jsonl"), "heldout": load("heldout_labels.jsonl")}
CASES = [(s, a) for s, arts in SETS.items() for a in arts]


def test_corpus_is_there_and_labels_are_enough() -> None:
    assert CORPUS.is_dir(), f"{CORPUS} missing: CI runs with ../shared beside the clone"
    assert sum(len(arts) for arts in SETS.values()) >= 100
    assert sum(len(a["citations"]) for arts in SETS.values() for a in arts) >= 450
    names = [a["article"] for arts in SETS.values() for a in arts]
    assert len(names) == len(set(names)), "an article is labelled twice"


@pytest.mark.parametrize("lab", [a for _, a in CASES], ids=[f"{s}-{a['article']}" for s, a in CASES])
def test_article_matches_hand_labels(lab: dict) -> None:
    name = lab["article"]
    article = article_from_page((CORPUS / name).read_text("utf-8"), name)
    found = list(extract_article(article))
    by_start = {c.start: c for c in found}
    for g in lab["citations"]:
        assert article.text[g["start"]:g["end"]] == g["text"]  # the label itself
        if (name, g["text"], "*") in KNOWN:
            continue
        c = by_start.get(g["start"])
        if c is None and (name, g["text"], "text") in KNOWN:  # a span we cut otherwise
            c = next((x for x in found if x.start < g["end"] and g["start"] < x.end), None)
        assert c is not None, f"missed {g['text']!r} at {g['start']}"
        for f in FIELDS:
            if (name, g["text"], f) not in KNOWN:
                assert getattr(c, f) == g[f], f"{g['text']!r}: {f}"
    labelled = {g["start"] for g in lab["citations"]} | {
        x.start for g in lab["citations"] if (name, g["text"], "text") in KNOWN
        for x in found if x.start < g["end"] and g["start"] < x.end}
    extra = [c.text for c in found
             if c.start not in labelled and (name, c.text, "extra") not in KNOWN]
    assert not extra, f"not citations: {extra}"
    for phrase in lab.get("not_citations", []):
        at = article.text.find(phrase)
        assert not any(c.start < at + len(phrase) and at < c.end for c in found
                       if c.start not in labelled and (name, c.text, "extra") not in KNOWN), phrase


# Relations the labels state that extract() does not find yet (none now: "Thông tư
# 26/2014 … sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm theo Quyết định số
# 02/2007", the Quy chế the decision carries, is read since patterns.ATTACHED_TAIL).
KNOWN_RELATIONS: set[tuple[str, str, str]] = set()
WITH_RELATIONS = [a for a in SETS["heldout"] if "relations" in a]


def test_heldout_states_relations() -> None:
    assert sum(len(a["relations"]) for a in WITH_RELATIONS) >= 20


@pytest.mark.parametrize("lab", WITH_RELATIONS, ids=[a["article"] for a in WITH_RELATIONS])
def test_relations_match_hand_labels(lab: dict) -> None:
    name = lab["article"]
    article = article_from_page((CORPUS / name).read_text("utf-8"), name)
    found = extract_article(article)
    key_at = {c.start: c.key for c in found}
    want = {(key_at.get(r["source_start"]), key_at.get(r["target_start"]), r["kind"])
            for r in lab["relations"] if (name, r["source"], r["kind"]) not in KNOWN_RELATIONS}
    assert {(r.source, r.target, r.kind) for r in found.relations} == want
