"""Article dates (issue 9): read where the input gives one, normalised to ISO; printed
by `scan` (article_date), stored by `index`, shown by `cites`."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from refgraph import dates
from refgraph.cli import main
from refgraph.corpus import SkipLog, iter_articles
from refgraph.dates import iso_date, page_date
from refgraph.lines import line_search
from refgraph.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BAOMOI = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "baomoi-2017"

# tuoitre-2024, article 20241113222018341 ("Tin tức sáng 14-11: …"), as in the dump.
TT_ID = "20241113222018341"
TT_DATE = "2024-11-14T05:43:12+07:00"
TT_TITLE = ("Tin tức sáng 14-11: Xem xét sáp nhập cấp huyện, xã của Hà Nội, TP.HCM và 10 "
            "tỉnh")
TT_TEXT = ("Về điều kiện kinh doanh dịch vụ karaoke, nghị định số 148/2024/NĐ-CP sửa đổi "
           "quy định về bảo đảm các điều kiện về phòng, chống cháy nổ và an ninh, trật tự")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read(path: Path) -> list:
    return list(iter_articles([str(path)], skips=SkipLog(stream=io.StringIO())))


@pytest.mark.parametrize("value, iso", [
    ("2024-11-14T05:43:12+07:00", "2024-11-14"),  # tuoitre-2024's date field
    ("2024-11-14", "2024-11-14"),
    ("14/11/2024", "2024-11-14"),
    ("6-2-2017", "2017-02-06"),
    ("14 tháng 11 năm 2024", "2024-11-14"),
    ("2024/11/14", "2024-11-14"),
    ("2024.11.14", "2024-11-14"),
    ("Thu, 14 Nov 2024 05:43:12 +0700", "2024-11-14"),  # RSS / e-mail dates
    ("2025-02", "2025-02"),  # a month alone, as some dumps date their articles
    ("02/2025", "2025-02"),
    ("2025-13", None),
    ("31/02/2024", None),   # not a day
    ("hôm qua", None),
    (None, None),
])
def test_iso_date(value, iso):
    assert iso_date(value) == iso


@pytest.mark.parametrize("head", [
    "Ngày đăng: 14/11/2024 05:43",
    "Thứ năm, 14/11/2024, 05:43 (GMT+7)",
    "Cập nhật lúc 05:43 ngày 14/11/2024",
    "14/11/2024 05:43 GMT+7",
    "05:43 14/11/2024",
    # forms of 2024-25 pages read in audits: a plain label with its colon, a reporter's
    # initials before the date, "lúc" before the time, a database timestamp
    "Ngày: 14/11/2024",
    "PV - 14/11/2024 05:43",
    "Thu Hà | 14/11/2024",
    "14/11/2024 lúc 05:43 (GMT+7)",
    "2024-11-14 05:43:00.0",
])
def test_page_date_lines(head, tmp_path):
    p = tmp_path / "p.txt"
    p.write_text(f"{TT_TITLE}\n{head}\n{TT_TEXT}\n", "utf-8")
    [a] = read(p)
    assert (a.title, a.date) == (TT_TITLE, "2024-11-14")


def test_a_date_the_article_talks_about_is_not_its_date(tmp_path):
    # baomoi-2017/21395276.txt: a date inside the title and the summary is not a date line.
    p = tmp_path / "p.txt"
    p.write_text("Kết quả xổ số điện toán Vietlott ngày 6/2/2017\nKết quả xổ số điện toán "
                 "Vietlott ngày 6/2/2017: Kết quả xổ số điện toán 123 là 2 26 733\n", "utf-8")
    assert read(p)[0].date is None
    assert page_date("Tiêu đề\nNghị quyết số 47/NQ-CP ngày 15/4/2024 của Chính phủ\n", 8) is None
    # a lead opening with its day, with or without a dateline; a citation and a date
    for line in ("Ngày 22/12/2024, Tổng Bí thư đã ký ban hành Nghị quyết số 57.",
                 "Hà Nội - Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57.",
                 "Theo Nghị quyết số 57 - 22/12/2024"):
        assert page_date(f"Tiêu đề\n{line}\n", 8) is None, line


@pytest.mark.skipif(not BAOMOI.is_dir(), reason="the baomoi-2017 corpus is not here")
def test_no_date_invented_on_pages_without_a_date_line():
    # baomoi-2017's pages carry no date line (read: title, summary, body).
    arts = list(iter_articles([str(BAOMOI)], skips=SkipLog(report=False)))
    assert len(arts) > 2000 and all(a.date is None for a in arts)


def test_html_published_time_and_time_element(tmp_path):
    body = f"<p>{TT_TEXT}.</p>" * 3
    (tmp_path / "meta.html").write_text(
        f'<html><head><title>{TT_TITLE}</title><meta property="article:published_time" '
        f'content="{TT_DATE}" /></head><body><article><h1>{TT_TITLE}</h1>{body}</article>'
        "</body></html>", "utf-8")
    (tmp_path / "time.html").write_text(
        f"<html><head><title>{TT_TITLE}</title></head><body><article><h1>{TT_TITLE}</h1>"
        f'<time datetime="2024-11-13T22:20:18+07:00">13/11/2024</time>{body}</article>'
        "</body></html>", "utf-8")
    assert [(a.id, a.date) for a in read(tmp_path)] == [
        ("meta.html", "2024-11-14"), ("time.html", "2024-11-13")]


def test_scan_prints_index_stores_cites_shows(tmp_path):
    d = tmp_path / "tt.jsonl"
    d.write_text(json.dumps({"id": TT_ID, "title": TT_TITLE, "date": TT_DATE,
                             "text": TT_TEXT}, ensure_ascii=False) + "\n", "utf-8")
    [rec] = [json.loads(x) for x in run("scan", str(d)).stdout.splitlines()]
    assert (rec["key"], rec["article"], rec["article_date"]) == (
        "148/2024/NĐ-CP", TT_ID, "2024-11-14")
    assert run("scan", str(d), "--format", "csv").stdout.splitlines()[0].endswith(
        ",article_date")
    db = tmp_path / "r.db"
    assert run("index", str(d), "--db", str(db), "-q").exit_code == 0
    with Store.open(db) as s:
        assert [(a["id"], a["date"]) for a in s.articles()] == [(TT_ID, "2024-11-14")]
    r = run("cites", "148/2024/NĐ-CP", "--db", str(db))
    assert r.exit_code == 0
    row = r.stdout.splitlines()[2].split()
    assert row[1:3] == [TT_ID, "2024-11-14"]  # VERSION, ARTICLE, DATE …


def test_line_patterns_find_what_caret_patterns_find() -> None:
    # the date line patterns run only at newlines (speed); the same matches as "^…" with
    # re.M tried everywhere, on every page head of both corpora and on odd line starts
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    heads = ["15/4/2024", "x\n 15/4/2024 10:30\n", "\n\nNgày đăng: 1-2-2024", "Thứ hai\n",
             "a\r\nCập nhật lúc 10:30 ngày 15/4/2024\n", "\n"]
    for a in iter_articles([str(shared / "baomoi-2017"), str(shared / "tuoitre-2024")],
                           skips=lambda s: None):
        heads.append(a.text[a.body_start:a.body_start + dates.HEAD_CHARS])
    assert len(heads) > 3000
    found = 0
    for first, after in dates._LINE_PATTERNS:
        # the ^ pattern compiled by re itself, not through the cache
        caret = re.compile(first.pattern, first.flags)
        for head in heads:
            want = caret.search(head)
            got = line_search(first, after, head)
            assert (want and (want.start(), want.groupdict())) == (
                got and (got[0], got[1].groupdict())), head[:200]
            found += want is not None
    assert found >= 3
