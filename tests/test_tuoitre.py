"""The extractor on November-2024 news (../shared/corpus/tuoitre-2024).

tests/data/tuoitre_labels.jsonl is a tuning set labelled by reading (even lines of the
dump; conventions in its .md). tuoitre_heldout.jsonl (odd lines) was labelled by
someone else and is only scored, by bench/accuracy.py, never tuned on.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from refgraph import extract

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT.parent / "shared" / "corpus" / "tuoitre-2024" / "articles.jsonl"
LABELS = ROOT / "tests" / "data" / "tuoitre_labels.jsonl"


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    assert DUMP.is_file(), f"{DUMP} missing: CI runs with ../shared beside the clone"
    out = {}
    with DUMP.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = unicodedata.normalize("NFC", r["text"])
    return out


def _overlap(a, g) -> bool:
    return a.start < g["end"] and g["start"] < a.end


def test_numbered_citations_of_the_tuning_set(articles) -> None:
    """Full and short forms: every labelled one found, nothing else found where a
    numbered document is read, and the type, number, issuer and year right."""
    tp = fp = fn = 0
    wrong = []
    for line in LABELS.read_text("utf-8").splitlines():
        lab = json.loads(line)
        found = list(extract(articles[lab["article"]]))
        gold = [g for g in lab["citations"] if g["form"] in ("full", "short")]
        for g in gold:
            hit = next((c for c in found if _overlap(c, g)), None)
            if hit is None:
                fn += 1
                continue
            tp += 1
            for f in ("type", "number", "issuer", "year"):
                if getattr(hit, f) != g[f]:
                    wrong.append((lab["article"], g["text"], f, getattr(hit, f), g[f]))
        fp += sum(1 for c in found if c.form in ("full", "short")
                  and not any(_overlap(c, g) for g in lab["citations"]))
    assert tp >= 28
    assert tp / (tp + fp) >= 0.98 and tp / (tp + fn) >= 0.97, (tp, fp, fn)
    assert len(wrong) <= 0.05 * tp * 4, wrong


def test_labelled_bills_are_drafts(articles) -> None:
    drafts = 0
    for line in LABELS.read_text("utf-8").splitlines():
        lab = json.loads(line)
        found = list(extract(articles[lab["article"]]))
        for g in lab["citations"]:
            if g["form"] != "draft":
                continue
            drafts += 1
            hits = [c for c in found if _overlap(c, g)]
            assert hits and all(c.form == "draft" for c in hits), (lab["article"], g["text"], hits)
    assert drafts >= 20


_BILL = re.compile(r"(?<!\w)[Dd]ự\s+(?:thảo\s+|án\s+)?(?P<kind>[Ll]uật|[Bb]ộ\s+luật)\s+[A-ZĐÀ-Ỹ]")


def test_every_bill_of_the_corpus_is_a_draft(articles) -> None:
    """"dự Luật …", "dự thảo Luật …", "dự án Luật …" anywhere in the 840 articles: never a
    citation of the law in force."""
    seen = 0
    for aid, text in articles.items():
        found = list(extract(text))
        for m in _BILL.finditer(text):
            at = [c for c in found if c.start <= m.start("kind") < c.end]
            seen += 1
            assert all(c.form == "draft" for c in at), (aid, text[m.start():m.end() + 40], at)
    assert seen >= 30


def test_a_date_without_its_year_takes_the_publication_year(articles) -> None:
    # 20241107172737762 (published 2024-11-07): "văn bản số 6976/BGDĐT-TCCB ngày 29-10"
    text = articles["20241107172737762"]
    [c] = [c for c in extract(text, published="2024-11-07T09:00:00+07:00")
           if c.number == "6976"]
    assert (c.date, c.year, c.key) == ("2024-10-29", 2024, "6976/BGDĐT-TCCB@2024")
    # without a publication date the year is not guessed
    [c] = [c for c in extract(text) if c.number == "6976"]
    assert (c.date, c.year) == (None, None)
    # a day after publication is last year's: "ngày 29-12" in a November article
    [c] = extract("Theo văn bản số 12/BGDĐT-TCCB ngày 29-12 của Bộ.", published="2024-11-07")
    assert c.date == "2023-12-29"


@pytest.mark.parametrize("published, form", [
    ("2024-11-09T10:00:00+07:00", "draft"),  # the Teachers Law was passed in June 2025
    ("2026-03-01", "named"),
    (None, "named"),                         # no date: nothing says it was still a bill
])
def test_a_law_named_before_it_was_passed_is_the_bill(published, form) -> None:
    # 20241109122708496: "Tổng Bí thư Tô Lâm cho rằng Luật Nhà giáo khi ban hành …"
    text = ("Tổng Bí thư Tô Lâm cho rằng Luật Nhà giáo khi ban hành phải tạo cho nhà giáo "
            "sự phấn khởi. Luật Đất đai 2024 đã có hiệu lực.")
    got = [(c.text, c.form) for c in extract(text, published=published)]
    assert got == [("Luật Nhà giáo", form), ("Luật Đất đai 2024", "named")]


@pytest.mark.parametrize("text", [
    # 20241126085104341: the country ends the name
    "Bằng lái có thể được gia hạn. Luật An toàn giao thông đường bộ Malaysia yêu cầu tài "
    "xế tự đảm bảo đủ điều kiện sức khỏe.",
    # 20241128061737007: a name no Vietnamese law has, in a sentence about Washington
    "Bộ trưởng Thương mại Raimondo cho biết Washington đang nỗ lực chi trả tối đa các khoản "
    "trợ cấp theo Luật Chip bán dẫn và Khoa học trước khi ông Trump nhậm chức.",
])
def test_another_countrys_law_is_no_citation(text) -> None:
    assert list(extract(text)) == []


@pytest.mark.parametrize("text, law", [
    # a Vietnamese law the table knows, in a sentence about another country
    ("Doanh nghiệp Mỹ đầu tư vào Việt Nam theo Luật Đầu tư 2020.", "Luật Đầu tư 2020"),
    # a Vietnamese place that starts with a country's name
    ("Tại Mỹ Đình, đại biểu bàn về Luật Chip bán dẫn.", "Luật Chip bán dẫn"),
])
def test_a_country_in_the_sentence_leaves_vietnamese_laws_alone(text, law) -> None:
    assert [(c.text, c.form) for c in extract(text)] == [(law, "named")]


@pytest.mark.parametrize("text, found", [
    # 20241126073014374: the US Department of Justice's constitution
    ('"Lập trường của Bộ Tư pháp Mỹ là Hiến pháp yêu cầu phải hủy bỏ vụ án này trước khi '
     'ông nhậm chức".', []),
    ("Theo Hiến pháp, Quốc hội quyết định những vấn đề quan trọng của đất nước.", ["Hiến pháp"]),
    # a year names Vietnam's constitution, whatever the sentence compares it with
    ("Khác với Mỹ, Việt Nam theo Hiến pháp 2013 bảo đảm quyền này.", ["Hiến pháp 2013"]),
])
def test_a_bare_constitution_in_a_sentence_about_another_country_is_theirs(text, found):
    assert [c.text for c in extract(text)] == found
