"""The two articles the project began from (samples/), every record checked by hand.

Offsets are not copied from the extractor: each expected span is found in the article
text by searching for the phrase (the n-th occurrence), then compared.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from refgraph.cli import main
from refgraph.corpus import article_from_page
from refgraph.extract import extract_article

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
A000 = "000_28cd1d749a455bbc.txt"
A003 = "003_667d9eca94485933.txt"

T57 = "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới"
T47 = ("về Chương trình hành động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW "
       "của Bộ Chính trị " + T57)
T71 = "về một số nhiệm vụ, giải pháp lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng"

KL57 = dict(type="conclusion", number="57", issuer="TW", year=None, date=None,
            key="57-KL/TW", form="full", zone="body")
NQ47 = dict(text="Nghị quyết số 47/NQ-CP", type="resolution", number="47", issuer="CP",
            year=2024, date="2024-04-15", body="Chính phủ", key="47/NQ-CP@2024",
            form="full", zone="body", title=T47)
KL71 = dict(text="Kết luận số 71-KL/TW", type="conclusion", number="71", issuer="TW",
            year=2024, date="2024-02-16", body="Bộ Chính trị", key="71-KL/TW@2024",
            form="full", zone="body", title=T71)

# (phrase, occurrence, expected fields) in order of appearance.
EXPECTED = {
    A000: [
        ("Kết luận số 57-KL/TW", 1, dict(KL57, text="Kết luận số 57-KL/TW", body=None, title=T57)),
        ("Nghị quyết số 47/NQ-CP", 1, NQ47),
        # inside 47/NQ-CP's subject: "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về …"
        ("Kết luận số 57-KL/TW", 2, dict(KL57, text="Kết luận số 57-KL/TW", body="Bộ Chính trị", title=T57)),
        ("Kết luận số 71-KL/TW", 1, KL71),
        # sidebar ("Các tin bài khác"): Tổng Bí thư …: "… Nghị quyết 57 của Bộ Chính trị"
        ("Nghị quyết 57", 1, dict(text="Nghị quyết 57", type="resolution", number="57",
                                  issuer="TW", year=None, date=None, body="Bộ Chính trị",
                                  key="57-NQ/TW", form="short", zone="related", title=None)),
    ],
    A003: [
        ("Nghị quyết số 47/NQ-CP", 1, NQ47),
        ("Kết luận số 57-KL/TW", 1, dict(KL57, text="Kết luận số 57-KL/TW", body="Bộ Chính trị", title=T57)),
        ("Kết luận số 71-KL/TW", 1, KL71),
        ("Kết luận số 57-KL/TW", 2, dict(KL57, text="Kết luận số 57-KL/TW", body=None, title=T57)),
        # "Mới nhất" teaser: "… danh mục III của Nghị định số 57/2022/NĐ-CP."
        ("Nghị định số 57/2022/NĐ-CP", 1, dict(text="Nghị định số 57/2022/NĐ-CP", type="decree",
                                               number="57", issuer="CP", year=2022, date=None,
                                               body="Chính phủ", key="57/2022/NĐ-CP",
                                               form="full", zone="related", title=None)),
    ],
}


def nth(text: str, phrase: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(phrase, pos + 1)
        assert pos >= 0, f"{phrase!r} occurs fewer than {n} times"
    return pos


@pytest.mark.parametrize("name", [A000, A003])
def test_seed_records(name: str) -> None:
    article = article_from_page((SAMPLES / name).read_text("utf-8"), name)
    found = extract_article(article)
    assert len(found) == len(EXPECTED[name])
    for c, (phrase, n, want) in zip(found, EXPECTED[name]):
        start = nth(article.text, phrase, n)
        assert (c.start, c.end) == (start, start + len(phrase))
        assert article.text[c.start:c.end] == c.text
        for field, value in want.items():
            assert getattr(c, field) == value, (phrase, n, field)


@pytest.mark.parametrize("name", [A000, A003])
def test_seed_relation_47_implements_57(name: str) -> None:
    article = article_from_page((SAMPLES / name).read_text("utf-8"), name)
    rels = {(r.source, r.target, r.kind) for r in extract_article(article).relations}
    assert rels == {("47/NQ-CP@2024", "57-KL/TW", "implements")}


def test_seed_metadata() -> None:
    a = article_from_page((SAMPLES / A003).read_text("utf-8"), A003)
    assert a.url == ("https://baoquocte.vn/nang-cao-cong-tac-thong-tin-doi-ngoai-va-nhan-quyen-"
                     "tai-khu-vuc-bac-trung-bo-duyen-hai-trung-bo-va-tay-nguyen-281922.html")
    b = article_from_page((SAMPLES / A000).read_text("utf-8"), A000)
    assert b.title == "Cần đổi mới tư duy, phương thức triển khai công tác thông tin đối ngoại"
    assert b.url is None


def test_three_57s_are_three_documents() -> None:
    keys = set()
    for name in (A000, A003):
        a = article_from_page((SAMPLES / name).read_text("utf-8"), name)
        keys |= {(c.type, c.key) for c in extract_article(a) if c.number == "57"}
    assert keys == {("conclusion", "57-KL/TW"), ("resolution", "57-NQ/TW"),
                    ("decree", "57/2022/NĐ-CP")}


def test_scan_jsonl_on_samples_folder() -> None:
    res = CliRunner().invoke(main, ["scan", str(SAMPLES), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    cites = [r for r in recs if r["record"] == "citation"]
    rels = [r for r in recs if r["record"] == "relation"]
    assert [r["article"] for r in cites] == [A000] * 5 + [A003] * 5
    assert {r["key"] for r in cites if r["zone"] == "body"} == {
        "57-KL/TW", "47/NQ-CP@2024", "71-KL/TW@2024"}
    assert len(rels) == 2 and all(r["kind"] == "implements" for r in rels)
    for r in cites:  # the record of DESIGN.md, every field present
        assert set(r) >= {"article", "start", "end", "text", "type", "number", "issuer", "year",
                          "date", "body", "key", "form", "zone", "title"}


def test_scan_stdin_and_csv() -> None:
    text = "Tiêu đề\nChính phủ ban hành Nghị định 57/2022/NĐ-CP về quản lý chất ma túy.\n"
    res = CliRunner().invoke(main, ["scan", "-", "--format", "csv"], input=text)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].startswith("record,article,start,end,text,type,number,issuer")
    assert "57/2022/NĐ-CP" in lines[1] and "về quản lý chất ma túy" in lines[1]


def test_breadcrumb_first_line_is_not_the_title() -> None:
    a = article_from_page((SAMPLES / A003).read_text("utf-8"), A003)
    assert a.title == ("Nâng cao công tác thông tin đối ngoại và nhân quyền tại khu vực Bắc "
                       "Trung Bộ, duyên hải Trung Bộ và Tây Nguyên")
    assert a.text[a.body_start:].lstrip().startswith("Ngày 9/8, Ban Tuyên giáo Trung ương")
