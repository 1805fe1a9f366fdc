"""refgraph.corpus: every reader, every encoding, every kind of bad input, on files the
tests write."""
from __future__ import annotations

import codecs
import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from refgraph.corpus import (
    BadInput,
    Fields,
    Skip,
    SkipLog,
    decode_bytes,
    input_bytes,
    iter_articles,
    iter_units,
    read_unit,
)

SEEDS = Path(__file__).resolve().parent.parent / "samples"

# Real Vietnamese, in the forms the corpus shows.
VI = ("Chính phủ ban hành Nghị quyết số 47/NQ-CP ngày 15/4/2024 về Chương trình hành "
      "động thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất "
      "lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.")
TITLE = "Đẩy mạnh công tác thông tin đối ngoại"
URL = "https://baoquocte.vn/bai-viet-123.html"
PAGE = f"{TITLE}\nNguồn: {URL}\n{VI}\nỦy ban nhân dân tỉnh Đắk Lắk triển khai kế hoạch.\n"

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 writes Vietnamese: base letter (â ê ô ơ ư ă đ precomposed
    where the code page has them) followed by a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def read(paths, **kw):
    log = SkipLog(stream=io.StringIO())
    arts = list(iter_articles([str(p) for p in paths], skips=log, **kw))
    return arts, log


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ .txt and folders


def test_seed_folder_ids_are_relative_paths():
    arts, log = read([SEEDS])
    assert [a.id for a in arts] == ["000_28cd1d749a455bbc.txt", "003_667d9eca94485933.txt"]
    assert arts[0].title.startswith("Cần đổi mới tư duy")
    assert arts[1].url.startswith("https://baoquocte.vn/")
    assert arts[0].body_start == len(arts[0].title)
    assert log.count == 0


def test_folder_is_walked_recursively_in_order(tmp_path):
    write(tmp_path / "b.txt", PAGE)
    write(tmp_path / "a" / "z.txt", PAGE)
    write(tmp_path / "a" / "deep" / "x.txt", PAGE)
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / ".hidden" / "h.txt", PAGE)
    arts, log = read([tmp_path])
    assert [a.id for a in arts] == ["a/deep/x.txt", "a/z.txt", "b.txt"]
    a = arts[0]
    assert (a.title, a.url) == (TITLE, URL)
    assert a.source == str(tmp_path / "a" / "deep" / "x.txt")
    assert a.meta["bytes"] == len(PAGE.encode())
    assert log.count == 0


def test_a_file_named_alone_has_its_name_as_id(tmp_path):
    p = write(tmp_path / "sub" / "page.txt", PAGE)
    arts, _ = read([p])
    assert arts[0].id == "page.txt"


def test_text_is_nfc(tmp_path):
    p = write(tmp_path / "nfd.txt", unicodedata.normalize("NFD", PAGE))
    (a,), _ = read([p])
    assert a.text == PAGE
    assert a.title == TITLE


# ------------------------------------------------------------------ HTML

HTML = f"""<!doctype html><html><head><meta charset="utf-8"><title>{TITLE} | Báo Quốc tế</title>
<link rel="canonical" href="{URL}">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-04-16T08:00:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/the-thao">Thể thao</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{TITLE}</h1>
<p>{VI}</p>
<p>Hội nghị do Ban Tuyên giáo Trung ương chủ trì, phối hợp với Ban Chỉ đạo Nhân quyền và
Thành ủy Đà Nẵng tổ chức, với sự tham dự của đại diện các tỉnh, thành phố khu vực.</p>
<p>Các địa phương cần tập trung thông tin, tuyên truyền mạnh mẽ về bề dày lịch sử, di sản
văn hóa đặc sắc và những thành tựu trong phát triển kinh tế, bảo đảm an sinh xã hội.</p>
</article>
<aside class="sidebar"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Sidebar: Nghị định 57/2022/NĐ-CP hướng dẫn thi hành</a></li>
<li><a href="/b">Sidebar: Giá vàng hôm nay tăng mạnh</a></li></ul></aside>
<footer>Bản quyền thuộc Báo Quốc tế. Liên hệ quảng cáo.</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    write(tmp_path / "p.html", HTML)
    write(tmp_path / "q.htm", HTML)
    arts, log = read([tmp_path])
    assert log.count == 0
    assert [a.id for a in arts] == ["p.html", "q.htm"]
    a = arts[0]
    assert "Kết luận số 57-KL/TW" in a.text
    assert "Sidebar" not in a.text and "Bản quyền" not in a.text  # the page's own chrome
    assert a.title.startswith(TITLE)
    assert a.url == URL
    assert a.date == "2024-04-16"
    assert a.text == unicodedata.normalize("NFC", a.text)


def test_html_without_text_is_skipped(tmp_path):
    write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    arts, log = read([tmp_path])
    assert arts == [] and log.count == 1
    assert "no main text" in log.skips[0].reason


# ------------------------------------------------------------------ JSON Lines


def jl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


def test_jsonl_records_and_default_fields(tmp_path):
    p = write(tmp_path / "dump.jsonl", jl(
        {"id": "a1", "title": TITLE, "url": URL, "date": "2024-04-16", "text": VI},
        {"id": "a2", "content": VI},
        {"url": "https://x.vn/3", "body": VI},
        {"body": VI},
        "",
        {"id": 7, "text": unicodedata.normalize("NFD", VI)},
    ))
    arts, log = read([p])
    assert log.count == 0
    assert [a.id for a in arts] == ["a1", "a2", "https://x.vn/3", "dump.jsonl:4", "7"]
    a = arts[0]
    assert (a.title, a.url, a.date, a.text) == (TITLE, URL, "2024-04-16", VI)
    assert a.source == str(p) and a.meta["line"] == 1
    assert arts[-1].text == VI  # NFC
    assert arts[-1].meta["line"] == 6


def test_ndjson_and_custom_fields(tmp_path):
    p = write(tmp_path / "d.ndjson", jl({"ma": "x1", "tieu_de": TITLE, "noi_dung": VI}))
    fields = Fields.parse(["id=ma", "title=tieu_de", "text=noi_dung,mo_ta"])
    (a,), log = read([p], fields=fields)
    assert (a.id, a.title, a.text) == ("x1", TITLE, VI)


def test_fields_parse_rejects_nonsense():
    with pytest.raises(ValueError):
        Fields.parse(["colour=red"])
    with pytest.raises(ValueError):
        Fields.parse(["text"])


def test_jsonl_bad_lines_are_skipped_with_line_numbers(tmp_path):
    p = write(tmp_path / "d.jsonl", jl(
        {"id": "ok1", "text": VI},
        '{"id": "broken", "text": "Nghị quyết',
        '["not", "an", "object"]',
        {"id": "notext", "title": TITLE},
        {"id": "blank", "text": "   "},
        {"id": "ok2", "text": VI},
    ))
    arts, log = read([p])
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert [(s.line, s.reason.split(" (")[0]) for s in log.skips] == [
        (2, "broken JSON"), (3, "not a JSON object"), (4, "no text"), (5, "no text")]
    assert all(s.source == str(p) for s in log.skips)


def test_jsonl_bad_encoding_line_is_skipped_not_the_file(tmp_path):
    good = jl({"id": "a", "text": VI}).encode()
    bad = b'{"id": "b", "text": "\xff\xfe caf\xe9"}\n'
    p = write(tmp_path / "d.jsonl", good + bad + good.replace(b'"a"', b'"c"'))
    arts, log = read([p])
    assert [a.id for a in arts] == ["a", "c"]
    assert (log.skips[0].line, log.skips[0].reason) == (2, "not valid UTF-8")


def test_jsonl_overlong_line_is_drained_not_held(tmp_path):
    big = jl({"id": "big", "text": "x" * 5000})
    p = write(tmp_path / "d.jsonl", jl({"id": "a", "text": VI}) + big + jl({"id": "b", "text": VI}))
    arts, log = read([p], max_bytes=1000)
    assert [a.id for a in arts] == ["a", "b"]
    assert log.skips[0].line == 2 and "too long" in log.skips[0].reason
    # Cut in blocks shorter than the long line, it is drained while cutting, not held.
    for block in (100, 700):
        log = SkipLog(stream=io.StringIO())
        units = list(iter_units([str(p)], max_bytes=1000, block_bytes=block))
        assert max(len(u.data) + len(u.tail) for u in units) <= 1000 + block
        got = [a for u in units for a in read_unit(u, skips=log, max_bytes=1000)]
        assert [(a.id, a.meta["line"]) for a in got] == [("a", 1), ("b", 3)]
        assert [(s.line, "too long" in s.reason) for s in log.skips] == [(2, True)]


# ------------------------------------------------------------------ CSV


def test_csv_rows_with_quoted_newlines(tmp_path):
    body = VI + "\nĐoạn hai: Ủy ban nhân dân tỉnh triển khai."
    p = tmp_path / "d.csv"
    import csv as _csv
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = _csv.writer(f)
        w.writerow(["id", "title", "url", "date", "content"])
        w.writerow(["r1", TITLE, URL, "2024-04-16", body])
        w.writerow(["r2", "Tin khác", "", "", VI])
    arts, log = read([p])
    assert log.count == 0
    assert [a.id for a in arts] == ["r1", "r2"]
    assert arts[0].text == body and arts[0].url == URL and arts[0].date == "2024-04-16"
    assert arts[1].url is None
    assert arts[1].meta["line"] == 4  # the record starts on line 4 (r1 spans two)


def test_csv_row_with_missing_text_is_skipped(tmp_path):
    p = write(tmp_path / "d.csv",
              "id,title,text\n"
              f"a,{TITLE},\"{VI}\"\n"
              "b,Không có nội dung,\n"
              "c,Thiếu cột\n"
              f"d,{TITLE},\"{VI}\"\n")
    arts, log = read([p])
    assert [a.id for a in arts] == ["a", "d"]
    assert [(s.line, s.reason.split(" (")[0]) for s in log.skips] == [
        (3, "no text"), (4, "2 fields where the header has 3")]


def test_csv_without_text_column_is_reported_once(tmp_path):
    p = write(tmp_path / "d.csv", "id,title\n1,a\n2,b\n")
    arts, log = read([p])
    assert arts == [] and log.count == 1
    assert log.skips[0].line == 1 and "no text column" in log.skips[0].reason


def test_csv_custom_columns_and_bom(tmp_path):
    p = write(tmp_path / "d.csv", codecs.BOM_UTF8 + f"ma,noi_dung\nk1,\"{VI}\"\n".encode())
    (a,), log = read([p], fields=Fields.parse(["id=ma", "text=noi_dung"]))
    assert (a.id, a.text) == ("k1", VI)


# ------------------------------------------------------------------ stdin


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_page(monkeypatch):
    _stdin(monkeypatch, PAGE.encode())
    (a,), log = read(["-"])
    assert (a.id, a.title, a.url, a.source) == ("-", TITLE, URL, "-")


def test_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, jl({"id": "s1", "text": VI}, "{oops", {"id": "s2", "text": VI}).encode())
    arts, log = read(["-"])
    assert [a.id for a in arts] == ["s1", "s2"]
    assert (log.skips[0].source, log.skips[0].line) == ("-", 2)


def test_stdin_empty(monkeypatch):
    _stdin(monkeypatch, b"")
    arts, log = read(["-"])
    assert arts == [] and log.count == 1 and log.skips[0].source == "-"


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("encoded", [
    PAGE.encode("utf-8"),
    codecs.BOM_UTF8 + PAGE.encode("utf-8"),
    PAGE.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be"])
def test_unicode_encodings(tmp_path, encoded):
    (a,), log = read([write(tmp_path / "p.txt", encoded)])
    assert a.text == PAGE and a.title == TITLE and a.url == URL


def test_windows_1258_is_detected_and_composed(tmp_path):
    raw = cp1258(PAGE)
    assert b"\xcc" in raw or b"\xec" in raw or b"\xd2" in raw  # combining tone marks
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    (a,), log = read([write(tmp_path / "legacy.txt", raw)])
    assert log.count == 0
    assert a.text == PAGE  # decoded and NFC
    assert a.title == TITLE and a.url == URL


def test_windows_1258_dump(tmp_path):
    raw = cp1258(jl({"id": "w1", "title": TITLE, "text": VI}, {"id": "w2", "text": PAGE}))
    arts, log = read([write(tmp_path / "legacy.jsonl", raw)])
    assert [(a.id, a.text) for a in arts] == [("w1", VI), ("w2", PAGE)]
    assert arts[0].title == TITLE


@pytest.mark.parametrize("raw", [
    "Ça coûte très cher, Straße, smørrebrød, niño, Ærø".encode("latin-1"),
    "Привет, мир: это не вьетнамский текст".encode("cp1251"),
    "日本語のテキストです".encode("shift_jis"),
], ids=["latin1", "cp1251", "shift-jis"])
def test_other_encodings_are_reported_not_guessed(tmp_path, raw):
    arts, log = read([write(tmp_path / "x.txt", raw)])
    assert arts == [] and log.count == 1
    assert "not UTF-8" in log.skips[0].reason


def test_decode_bytes_rejects_binary():
    with pytest.raises(BadInput, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


# ------------------------------------------------------------------ bad input


def test_bad_files_are_skipped_once_and_the_rest_read(tmp_path, capsys):
    write(tmp_path / "a.txt", PAGE)
    write(tmp_path / "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    write(tmp_path / "c.txt", b"")
    write(tmp_path / "d.txt", b"  \n\t\n")
    write(tmp_path / "e.jsonl", b"")
    write(tmp_path / "f.csv", b"")
    write(tmp_path / "g.html", b"")
    write(tmp_path / "z.txt", PAGE)
    log = SkipLog()  # default stream: stderr
    arts = list(iter_articles([str(tmp_path)], skips=log))
    assert [a.id for a in arts] == ["a.txt", "z.txt"]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == log.count == 6
    assert err[0] == f"refgraph: skipped {tmp_path / 'b.txt'}: binary file (NUL bytes)"
    assert all("empty" in s.reason for s in log.skips[1:])
    summary = log.summary(len(arts))
    assert summary.startswith("2 articles, 6 skipped: ")
    assert "b.txt (binary file (NUL bytes))" in summary and "and 1 more" in summary


def test_a_200_mb_file_is_refused_without_being_read(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk, would cost 200 MB of RAM
    write(tmp_path / "ok.txt", PAGE)
    arts, log = read([tmp_path])
    assert [a.id for a in arts] == ["ok.txt"]
    assert log.count == 1 and "too large" in log.skips[0].reason
    assert "210 MB" in log.skips[0].reason


def test_a_file_that_vanishes_mid_run(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, PAGE)
    log = SkipLog(stream=io.StringIO())
    it = iter_articles([str(tmp_path)], skips=log)
    first = next(it)
    (tmp_path / "b.txt").unlink()
    rest = list(it)
    assert [a.id for a in [first, *rest]] == ["a.txt", "c.txt"]
    assert log.count == 1 and "vanished" in log.skips[0].reason
    assert log.skips[0].source.endswith("b.txt")


def test_unreadable_file(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", PAGE)
    write(tmp_path / "b.txt", PAGE)
    real_open = os.open  # files are opened by descriptor (checked regular, non-blocking)

    def fake_open(path, *a, **k):
        if str(path).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr("os.open", fake_open)
    arts, log = read([tmp_path])
    assert [a.id for a in arts] == ["a.txt"]
    assert log.skips[0].reason == "cannot read (Permission denied)"


def test_missing_path(tmp_path):
    arts, log = read([tmp_path / "nope"])
    assert arts == [] and log.skips[0].reason == "no such file or folder"


def test_skip_str_and_summary():
    s = Skip("d.jsonl", "broken JSON", 3)
    assert str(s) == "d.jsonl:3: broken JSON"
    log = SkipLog(report=False)
    assert log.summary(1204) == "1,204 articles"
    log(s)
    assert log.summary(1) == "1 article, 1 skipped: d.jsonl:3 (broken JSON)"


def test_input_bytes(tmp_path):
    write(tmp_path / "a.txt", "abc")
    write(tmp_path / "s" / "b.jsonl", "12345")
    write(tmp_path / "s" / "c.png", "ignored")
    assert input_bytes([str(tmp_path), "-"]) == 8


# ------------------------------------------------------------------ units (how input is cut)


def test_a_dump_cut_into_small_units_reads_the_same(tmp_path):
    """Cut anywhere between lines (blocks far shorter than a line, too), a dump gives the
    same articles, line numbers and skips as read whole."""
    recs = [{"id": f"r{i}", "title": TITLE, "text": VI * (1 + i % 3)} for i in range(7)]
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    lines[2] = '{"id": "broken", "text": "Nghị quyết'
    lines[5] = ""
    p = write(tmp_path / "d.jsonl", "\n".join(lines))  # no newline after the last line
    whole, log_whole = read([p])
    for block in (1, 40, 300, 1 << 20):
        log = SkipLog(stream=io.StringIO())
        units = list(iter_units([str(p)], block_bytes=block))
        assert all((u.data + u.tail).endswith(b"\n") for u in units[:-1])
        got = [a for u in units for a in read_unit(u, skips=log)]
        assert [(a.id, a.meta["line"], a.text) for a in got] == \
            [(a.id, a.meta["line"], a.text) for a in whole]
        assert [(s.line, s.reason) for s in log.skips] == \
            [(s.line, s.reason) for s in log_whole.skips] == [(3, log.skips[0].reason)]
    assert [a.id for a in whole] == ["r0", "r1", "r3", "r4", "r6"]
    assert [a.meta["line"] for a in whole] == [1, 2, 4, 5, 7]


def test_json_escapes_are_composed_to_nfc(tmp_path):
    # ensure_ascii spells every letter as an escape, and NFD text as base + "\u0301":
    # only composing after parsing gives the NFC text the extractor expects.
    rec = {"id": "Nghị-quyết", "title": TITLE, "text": VI}
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in rec.items()}
    p = write(tmp_path / "d.jsonl", json.dumps(nfd, ensure_ascii=True) + "\n")
    (a,), log = read([p])
    assert (a.id, a.title, a.text) == (rec["id"], TITLE, VI)
    assert log.count == 0


def test_content_digest_is_of_the_input_and_the_field_mapping(tmp_path):
    line = json.dumps({"id": "a", "text": VI, "noi_dung": VI + " Thêm."}, ensure_ascii=False)
    p = write(tmp_path / "d.jsonl", line + "\n")
    q = write(tmp_path / "e.jsonl", line + "\n")
    (a,), _ = read([p])
    (b,), _ = read([q])
    (c,), _ = read([p], fields=Fields.parse(["text=noi_dung"]))
    assert a.meta["digest"] == b.meta["digest"]   # same bytes, same reading
    assert c.meta["digest"] != a.meta["digest"]   # same bytes read as another article
    page = write(tmp_path / "p.txt", PAGE)
    (d,), _ = read([page])
    write(page, PAGE.replace("Đắk Lắk", "Gia Lai"))
    (e,), _ = read([page])
    assert d.meta["digest"] != e.meta["digest"]


def test_a_wide_dump_that_breaks_midway_keeps_the_records_before(tmp_path):
    good = "".join(json.dumps({"id": f"w{i}", "text": VI}, ensure_ascii=False) + "\n"
                   for i in range(300))
    bad = '{"id": "bad", "text": "' + "\ud800" + '"}\n'
    p = tmp_path / "w.jsonl"
    p.write_bytes(good.encode("utf-16") + bad.encode("utf-16-le", "surrogatepass"))
    after = json.dumps({"id": "after", "text": VI}, ensure_ascii=False) + "\n"
    p2 = write(tmp_path / "w2.jsonl", p.read_bytes() + after.encode("utf-16-le"))
    arts, log = read([p2])
    # Every good record is kept, before the bad line and after it.
    assert [a.id for a in arts] == [f"w{i}" for i in range(300)] + ["after"]
    assert [(s.line, s.reason) for s in log.skips] == [(301, "not valid utf-16")]


def test_articles_read_before_a_failure_still_come_out():
    from refgraph.corpus import _article_units
    from refgraph.models import Article

    def reader(skip):
        for i in range(3):
            yield Article(id=f"c{i}", text=VI, meta={"bytes": len(VI)})
        raise BadInput("not valid utf-16", 4)

    got = []
    with pytest.raises(BadInput):
        for unit in _article_units(reader, "d.csv", "d.csv", 1 << 20):
            got += [a.id for a in unit.articles]
    assert got == ["c0", "c1", "c2"]


def test_a_bad_row_is_reported_in_its_place_among_the_rows_read_with_it(tmp_path):
    # CSV is read in the main process and its rows sent on in units: a bad row's skip
    # travels in the unit, after the rows before it, so that every reader (one process
    # or several) reports it in input order.
    from refgraph.corpus import read_unit
    quoted = '"' + VI.replace('"', '""') + '"'
    rows = ["id,text", f"r1,{quoted}", "r2,only,too,many,fields", f"r3,{quoted}"]
    (tmp_path / "d.csv").write_text("\n".join(rows) + "\n", "utf-8")
    events = []
    for unit in iter_units([str(tmp_path / "d.csv")]):
        for a in read_unit(unit, skips=lambda s: events.append(f"skip {s.line}")):
            events.append(a.id)
    assert events == ["r1", "skip 3", "r3"]


def test_the_headline_is_evidence_but_no_citation(tmp_path):
    # an audited 2025 page (nld.com.vn): the headline gives the decree's year, the body
    # only its number; the body's mentions are the article's citations, dated by it
    page = tmp_path / "nd168.txt"
    page.write_text("Nghị định 168/2024: Giao thông TP HCM đổi thay bất ngờ\n"
                    "Ngày: 16/01/2025\n"
                    "Sau khi áp dụng Nghị định 168, tình hình tai nạn giao thông tại TP đã "
                    "giảm. Kể từ khi Nghị định 168 có hiệu lực, người dân chấp hành tốt hơn.\n",
                    encoding="utf-8")
    from refgraph.extract import extract_article
    (art,) = iter_articles([str(page)])
    got = [(c.text, c.key, c.resolved_by) for c in extract_article(art)]
    assert got == [("Nghị định 168", "168/2024/NĐ-CP", "text")] * 2
    assert all(c.start >= art.body_start for c in extract_article(art))
    # a headline with no citation changes nothing; a body with none gives none
    page.write_text("Nghị định 168/2024: mức phạt mới\nChưa có thông tin.\n", encoding="utf-8")
    (art,) = iter_articles([str(page)])
    assert list(extract_article(art)) == []
