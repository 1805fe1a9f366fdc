"""Hand-labelled extraction cases (tests/data/extract_cases.jsonl).

Each line is one text with every citation it contains, in order, and the relations
between them. The expectations were decided by hand from the record conventions
(DESIGN.md, issue 2); only the fields present in an expected citation are compared.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from refgraph import extract

CASES_FILE = Path(__file__).parent / "data" / "extract_cases.jsonl"


def _load():
    with CASES_FILE.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CASES = _load()


def test_cases_are_well_formed():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    assert len(CASES) >= 150
    for c in CASES:
        assert isinstance(c["expect"], list), c["id"]
        for e in c["expect"]:
            assert {"text", "type", "form"} <= set(e), c["id"]


def _field(citation, name):
    if isinstance(citation, dict):
        return citation.get(name)
    return getattr(citation, name)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_extract_case(case):
    found = extract(case["text"], published=case.get("published"))
    expect = case["expect"]
    got = [{k: _field(c, k) for k in exp} for c, exp in zip(found, expect)]
    summary = [(_field(c, "text"), _field(c, "type"), _field(c, "key")) for c in found]
    assert len(found) == len(expect), f"expected {len(expect)} citations, found {summary}"
    for i, (g, exp) in enumerate(zip(got, expect)):
        assert g == exp, f"citation {i} ({exp['text']!r})"
    if "relations" in case:
        want = {(r["source"], r["target"], r["kind"]) for r in case["relations"]}
        have = {(r.source, r.target, r.kind) for r in found.relations}
        assert have == want


def test_named_laws_are_keyed_by_their_listed_spelling() -> None:
    # "Bộ Luật dân sự 2015" and "Bộ luật Dân sự năm 2015" name one code
    found = extract("Theo Bộ Luật dân sự 2015 và Bộ luật Dân sự năm 2015, Luật Giáo dục ĐH quy định.")
    # "ĐH" is the press's abbreviation: the law table gives the official name (issue 10)
    assert [c.key for c in found] == ["Bộ luật Dân sự 2015", "Bộ luật Dân sự 2015",
                                      "Luật Giáo dục đại học"]


@pytest.mark.parametrize("text, relations", [
    # the amended law is the subject here; "nên dựa vào" states no relation
    ("Luật TDTT sửa đổi, bổ sung nên dựa vào Nghị quyết số 08-NQ/TW.", set()),
    # two versions of one law joined with its decree: only the decree guides the law
    ("Luật trẻ em (2016) và Nghị định 56/2017/NĐ-CP ngày 9/5 hướng dẫn Luật trẻ em.",
     {("56/2017/NĐ-CP", "Luật Trẻ em", "guides")}),
    # the first trigger after the source names the relation
    ("Nghị định 15/2016/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định 79/2012/NĐ-CP.",
     {("15/2016/NĐ-CP", "79/2012/NĐ-CP", "amends")}),
    ("Nghị quyết 08-NQ/TW được cụ thể hóa trong Luật Du lịch.",
     {("Luật Du lịch", "8-NQ/TW", "implements")}),
])
def test_relations_in_corpus_sentences(text: str, relations: set) -> None:
    assert {(r.source, r.target, r.kind) for r in extract(text).relations} == relations


def test_a_person_who_signs_is_not_the_issuing_body() -> None:
    [c] = extract("Quyết định số 2167/QĐ-BVHTTDL do Thứ trưởng Vương Duy Biên ký ngày 30.5.2017.")
    assert (c.issuer, c.body) == ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")
