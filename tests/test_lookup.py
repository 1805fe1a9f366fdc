"""cites, show, docs, bodies, articles on the seed articles (samples/), through the CLI."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from refgraph.cli import main
from refgraph.commands.lookup import mark_snippet
from refgraph.commands.tables import Column, render_table, text_width

SAMPLES = str(Path(__file__).resolve().parent.parent / "samples")
A000 = "000_28cd1d749a455bbc.txt"
A003 = "003_667d9eca94485933.txt"
BODY_DOCS = {"57-KL/TW", "47/NQ-CP@2024", "71-KL/TW@2024"}
RELATED_DOCS = {"57-NQ/TW", "57/2022/NĐ-CP"}


def run(*args: str):
    """`refgraph ARGS… samples/`: PATHS come last, scanned into an in-memory store."""
    return CliRunner().invoke(main, [*args, SAMPLES], catch_exceptions=False)


def as_json(*args: str):
    r = run(*args, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def as_csv(*args: str) -> list[dict]:
    r = run(*args, "--format", "csv")
    assert r.exit_code == 0, r.output
    return list(csv.DictReader(io.StringIO(r.stdout)))


# --- cites ------------------------------------------------------------------------------

def test_cites_57_kl_tw_lists_both_seed_articles():
    rows = as_json("cites", "57-KL/TW")
    assert sorted(r["article"] for r in rows) == [A000, A003]
    for r in rows:
        assert r["key"] == "57-KL/TW"
        assert r["zone"] == "body"
        assert r["mentions"] == 2
        assert "«Kết luận số 57-KL/TW»" in r["snippet"]
        assert "\n" not in r["snippet"]
        assert r["title"]


def test_cites_table_marks_the_citation():
    r = run("cites", "57-KL/TW")
    assert r.exit_code == 0
    assert A000 in r.stdout and A003 in r.stdout
    assert "«Kết luận số 57-KL/TW»" in r.stdout
    assert r.stdout.splitlines()[0].startswith("57-KL/TW")


@pytest.mark.parametrize("spelling", [
    "57-KL/TW", "57 - KL/TW", "KL 57", "KL57", "Kết luận 57", "ket luan 57",
    "kết luận số 57", "Kết luận số 57-KL/TW",
    unicodedata.normalize("NFD", "Kết luận 57"),
])
def test_every_spelling_of_57_kl_tw(spelling):
    rows = as_json("cites", spelling)
    assert {r["key"] for r in rows} == {"57-KL/TW"}
    assert sorted(r["article"] for r in rows) == [A000, A003]


@pytest.mark.parametrize("spelling", ["47/NQ-CP", "47/nq-cp@2024", "47/NQ-CP@2024",
                                      "nghi quyet so 47", "Nghị quyết 47"])
def test_every_spelling_of_47_nq_cp(spelling):
    rows = as_json("cites", spelling)
    assert {r["key"] for r in rows} == {"47/NQ-CP@2024"}
    assert sorted(r["article"] for r in rows) == [A000, A003]


@pytest.mark.parametrize("spelling", ["71-KL/TW", "71-KL/TW@2024", "KL 71", "ket luan 71"])
def test_spellings_of_71_kl_tw(spelling):
    assert {r["key"] for r in as_json("cites", spelling)} == {"71-KL/TW@2024"}


@pytest.mark.parametrize("spelling, key, article", [
    ("57/2022/ND-CP", "57/2022/NĐ-CP", A003),
    ("57/2022/NĐ-CP", "57/2022/NĐ-CP", A003),
    ("Nghị định 57", "57/2022/NĐ-CP", A003),
    ("Nghị quyết 57", "57-NQ/TW", A000),
    ("nghi quyet 57 cua Bo Chinh tri", "57-NQ/TW", A000),
    ("57-NQ/TW", "57-NQ/TW", A000),
])
def test_related_only_documents_need_include_related(spelling, key, article):
    r = run("cites", spelling, "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == []
    assert "--include-related" in r.stderr
    rows = as_json("cites", spelling, "--include-related")
    assert [(x["key"], x["article"], x["zone"]) for x in rows] == [(key, article, "related")]
    assert "«" in rows[0]["snippet"] and "»" in rows[0]["snippet"]


def test_include_related_keeps_body_rows_marked_body():
    rows = as_json("cites", "57-KL/TW", "--include-related")
    assert {r["zone"] for r in rows} == {"body"}


def test_cites_csv_parses_back():
    rows = as_csv("cites", "KL 57")
    assert sorted(r["article"] for r in rows) == [A000, A003]
    assert list(rows[0])[:3] == ["key", "article", "title"]
    assert all("«Kết luận số 57-KL/TW»" in r["snippet"] for r in rows)


def test_number_alone_is_ambiguous_and_lists_candidates():
    r = run("cites", "57")
    assert r.exit_code == 2
    assert r.stdout == ""
    for key in ("57-KL/TW", "57-NQ/TW", "57/2022/NĐ-CP"):
        assert key in r.stderr
    assert "71-KL/TW" not in r.stderr
    # each with its subject, to tell them apart by
    row = next(line for line in r.stderr.splitlines() if line.startswith("57-KL/TW "))
    assert "về tiếp tục nâng cao chất lượng" in row


@pytest.mark.parametrize("command", ["cites", "show"])
def test_not_found_suggests_and_exits_1(command):
    r = run(command, "Kết luận 58")
    assert r.exit_code == 1
    assert "no document matches" in r.stderr
    assert "57-KL/TW" in r.stderr  # closest: same type, nearest number


def test_not_found_wrong_year():
    r = run("cites", "47/NQ-CP@2023")
    assert r.exit_code == 1
    assert "47/NQ-CP@2024" in r.stderr


# --- show -------------------------------------------------------------------------------

def test_show_47_nq_cp_card():
    card = as_json("show", "47/NQ-CP")
    assert card["key"] == "47/NQ-CP@2024"
    assert (card["type"], card["issuer"], card["body"]) == ("resolution", "CP", "Chính phủ")
    assert (card["date"], card["year"]) == ("2024-04-15", 2024)
    assert card["n_articles"] == 2
    assert {"source": "47/NQ-CP@2024", "kind": "implements", "target": "57-KL/TW"} in [
        {k: r[k] for k in ("source", "kind", "target")} for r in card["relations"]]
    assert {c["key"] for c in card["cocited"]} >= {"57-KL/TW", "71-KL/TW@2024"}


def test_show_table_reads_both_directions():
    r = run("show", "47/NQ-CP")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert any(l.split() == ["implements", "57-KL/TW"] for l in lines)
    assert any("Chính phủ" in l and l.startswith("body") for l in lines)
    assert any("2024-04-15" in l for l in lines)
    r = run("show", "ket luan 57")
    assert r.exit_code == 0
    assert any(l.split() == ["implemented", "by", "47/NQ-CP@2024"] for l in r.stdout.splitlines())


def test_show_csv_parses_back():
    (row,) = as_csv("show", "47/nq-cp@2024")
    assert (row["key"], row["body"], row["date"]) == ("47/NQ-CP@2024", "Chính phủ", "2024-04-15")
    assert "47/NQ-CP@2024 implements 57-KL/TW" in row["relations"]


def test_show_ambiguous():
    r = run("show", "57")
    assert r.exit_code == 2 and "57-NQ/TW" in r.stderr


# --- docs -------------------------------------------------------------------------------

def test_docs_ranks_the_body_zone_documents():
    rows = as_json("docs")
    assert {r["key"] for r in rows} == BODY_DOCS
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert all(r["n_articles"] == 2 for r in rows)
    assert rows[0]["key"] == "57-KL/TW"  # 4 mentions beats 2 at equal article counts


def test_docs_include_related_adds_the_sidebar_57s():
    rows = as_json("docs", "--include-related")
    assert {r["key"] for r in rows} == BODY_DOCS | RELATED_DOCS
    assert {r["key"] for r in rows[:3]} == BODY_DOCS


@pytest.mark.parametrize("options, expected", [
    (["--type", "conclusion"], {"57-KL/TW", "71-KL/TW@2024"}),
    (["--type", "Kết luận"], {"57-KL/TW", "71-KL/TW@2024"}),
    (["--type", "nghi quyet"], {"47/NQ-CP@2024"}),
    (["--body", "chinh phu"], {"47/NQ-CP@2024"}),
    (["--body", "Bộ Chính trị"], {"71-KL/TW@2024", "57-KL/TW"}),
    (["--issuer", "cp"], {"47/NQ-CP@2024"}),
    (["--year", "2024"], {"47/NQ-CP@2024", "71-KL/TW@2024"}),
    (["--top", "1"], {"57-KL/TW"}),
    (["--type", "decree", "--include-related"], {"57/2022/NĐ-CP"}),
])
def test_docs_filters(options, expected):
    assert {r["key"] for r in as_json("docs", *options)} == expected


def test_docs_ambiguous_lists_what_an_undated_key_could_be(tmp_path):
    # Party numbering restarts each term: an undated 18-NQ/TW with nothing else to go by
    # is the 2017 or the 2022 resolution (reference.py knows both)
    (tmp_path / "a.txt").write_text(
        "Sắp xếp bộ máy\nCác cơ quan tiếp tục thực hiện Nghị quyết số 18-NQ/TW, rà soát "
        "chức năng, nhiệm vụ.\n", "utf-8")
    (tmp_path / "b.txt").write_text(
        "Kinh tế tư nhân\nNghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát "
        "triển kinh tế tư nhân được các doanh nghiệp đón nhận.\n", "utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["docs", "--format", "json", str(tmp_path)])
    rows = {r["key"]: r for r in json.loads(out.stdout)}
    assert set(rows) == {"18-NQ/TW", "68-NQ/TW@2025"}
    assert rows["18-NQ/TW"]["ambiguous"] is True
    assert rows["18-NQ/TW"]["candidates"] == "18-NQ/TW@2017, 18-NQ/TW@2022"
    assert rows["68-NQ/TW@2025"]["ambiguous"] is False
    assert rows["68-NQ/TW@2025"]["candidates"] is None
    only = runner.invoke(main, ["docs", "--ambiguous", "--format", "json", str(tmp_path)])
    assert [r["key"] for r in json.loads(only.stdout)] == ["18-NQ/TW"]
    table = runner.invoke(main, ["docs", str(tmp_path)]).stdout.splitlines()
    row = next(line for line in table if "18-NQ/TW " in line)
    assert row.endswith("could be 18-NQ/TW@2017, 18-NQ/TW@2022")
    assert any(line.endswith("về phát triển kinh tế tư nhân") for line in table)


def test_docs_bad_type_is_usage_error():
    assert run("docs", "--type", "nonsense").exit_code == 2


def test_docs_csv_and_table():
    rows = as_csv("docs")
    assert [r["key"] for r in rows] == [r["key"] for r in as_json("docs")]
    assert rows[0]["rank"] == "1"
    r = run("docs")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split()[:2] == ["#", "KEY"]
    # Aligned: the ARTICLES column ends at the same visible width on every line.
    end = text_width(lines[0][: lines[0].index("ARTICLES") + len("ARTICLES")])
    for line in lines[1:]:
        assert line[:end].rstrip()[-1].isdigit(), line
    assert "Bộ Chính trị" in r.stdout


# --- bodies, articles ---------------------------------------------------------------------

def test_bodies():
    rows = {b["name"]: b for b in as_json("bodies")}
    assert {"Bộ Chính trị", "Chính phủ"} <= set(rows)
    assert rows["Chính phủ"]["issuer"] == "CP"
    assert rows["Bộ Chính trị"]["n_citations"] >= 4
    assert [b["name"] for b in as_csv("bodies")] == [b["name"] for b in as_json("bodies")]
    assert "Bộ Chính trị" in run("bodies").stdout


def test_articles():
    rows = as_json("articles")
    assert [a["id"] for a in rows] == [A000, A003]
    assert all(a["n_citations"] >= 4 for a in rows)
    assert [a["id"] for a in as_json("articles", "--cites", "ket luan 71")] == [A000, A003]
    assert [a["id"] for a in as_csv("articles", "--cites", "KL57")] == [A000, A003]


def test_articles_cites_ambiguous_and_missing():
    assert run("articles", "--cites", "57").exit_code == 2
    assert run("articles", "--cites", "99-KL/TW").exit_code == 1


# --- rendering -----------------------------------------------------------------------------

def test_table_alignment_ignores_combining_marks():
    nfd = unicodedata.normalize("NFD", "Bộ Chính trị")
    rows = [{"a": nfd, "b": 1}, {"a": "Chính phủ", "b": 22}]
    lines = render_table(rows, [Column("a", "BODY"), Column("b", "N", right=True)]).splitlines()
    assert len({text_width(l) for l in lines}) == 1


def test_mark_snippet_one_line_with_marks():
    snip = "Tin bài liên quan\nTổng Bí thư: về Nghị quyết 57 của Bộ Chính trị\nĐọc nhiều"
    s = snip.index("Nghị quyết 57")
    out = mark_snippet({"snippet": snip, "snippet_start": s, "snippet_end": s + 13,
                        "start": 500, "text": "Nghị quyết 57"})
    assert out == "Tổng Bí thư: về «Nghị quyết 57» của Bộ Chính trị"
    out = mark_snippet({"snippet": "x " * 80 + "KL 57 " + "y " * 80, "snippet_start": 160,
                        "snippet_end": 165, "start": 900, "text": "KL 57"})
    assert out.startswith("…") and out.endswith("…") and "«KL 57»" in out


def test_reads_a_database_built_earlier(tmp_path):
    db = str(tmp_path / "seeds.db")
    runner = CliRunner()
    r = runner.invoke(main, ["docs", "--db", db, SAMPLES])  # PATHS and --db: scan into it
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["cites", "ket luan 57", "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert sorted(x["article"] for x in json.loads(r.stdout)) == [A000, A003]


def test_missing_database_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(main, ["docs", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2


# --- named documents with versions (issue 10) ---------------------------------------------

def _dump(path, lines: list[dict]):
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    return path


def _cites(f, key: str) -> list[dict]:
    r = CliRunner().invoke(main, ["cites", key, str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_cites_a_law_lists_every_version_and_a_version_its_own(tmp_path):
    lines = [
        {"id": "a17", "date": "2017-05-02", "title": "Đất đai",
         "text": "Theo quy định của Luật Đất đai, người sử dụng đất phải đăng ký biến động."},
        {"id": "b24", "date": "2024-11-20", "title": "Đất đai",
         "text": "Luật Đất đai có hiệu lực từ ngày 1/8/2024, nhiều thủ tục được rút gọn."},
        {"id": "c13", "date": "2017-03-01", "title": "Đất đai",
         "text": "Điều 62 Luật Đất đai 2013 quy định các trường hợp thu hồi đất."},
    ]
    f = _dump(tmp_path / "a.jsonl", lines)
    r = CliRunner().invoke(main, ["cites", "Luật Đất đai", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    got = sorted((x["article"], x["key"], x["resolved_by"]) for x in json.loads(r.stdout))
    assert got == [("a17", "Luật Đất đai 2013", "date"), ("b24", "Luật Đất đai 2024", "date"),
                   ("c13", "Luật Đất đai 2013", "text")]
    r = CliRunner().invoke(main, ["cites", "Luật Đất đai 2013", str(f), "--format", "json"])
    assert sorted(x["article"] for x in json.loads(r.stdout)) == ["a17", "c13"]


def test_cites_counts_each_mention_under_the_version_it_was_resolved_to(tmp_path):
    # An undated "Luật Đất đai" in an article of 2017 is the 2013 law; in an article
    # with no date it stays the law without a version. Each article once, under its own.
    lines = [
        {"id": "b1", "date": "2017-01-10", "title": "t1",
         "text": "Theo Luật Đất đai, người dân được cấp sổ đỏ."},
        {"id": "b2", "title": "t2", "text": "Theo Luật Đất đai 2013, người dân được cấp sổ đỏ."},
        {"id": "b3", "title": "t3", "text": "Theo Luật Đất đai, người dân được cấp sổ đỏ."},
    ]
    f = _dump(tmp_path / "a.jsonl", lines)
    got = sorted((x["article"], x["key"]) for x in _cites(f, "Luật Đất đai"))
    assert got == [("b1", "Luật Đất đai 2013"), ("b2", "Luật Đất đai 2013"),
                   ("b3", "Luật Đất đai")]
    r = CliRunner().invoke(main, ["cites", "Luật Đất đai", str(f)])
    assert r.stdout.splitlines()[0] == "Luật Đất đai · 2 versions · 3 articles"


def test_cites_a_symbol_without_its_year_lists_every_version(tmp_path):
    # 2025 news cite Nghị quyết 57-NQ/TW with its date, without it, and by its short
    # form with its subject: asked for 57-NQ/TW, the user gets every article that cites
    # the symbol, each under the key its mention was resolved to.
    lines = [
        {"id": "a1", "date": "2025-01-10", "title": "t1", "text":
         "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát "
         "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."},
        {"id": "a2", "date": "2025-02-10", "title": "t2", "text":
         "Thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị, tỉnh đã ban hành kế hoạch."},
        {"id": "a3", "date": "2025-03-10", "title": "t3", "text":
         "Tinh thần Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công "
         "nghệ đang lan tỏa."},
        {"id": "a4", "date": "2020-06-01", "title": "t4", "text":
         "Thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị, tỉnh đã ban hành kế hoạch."},
        {"id": "k1", "title": "k", "text": "Kết luận 57-KL/TW của Bộ Chính trị được quán triệt."},
    ]
    f = _dump(tmp_path / "a.jsonl", lines)
    got = sorted((x["article"], x["key"], x["resolved_by"]) for x in _cites(f, "57-NQ/TW"))
    # a2's symbol has one dated candidate, of an earlier year of the article's term (the
    # Party numbers anew each term): that one; a4, of 2020, cites an earlier 57-NQ/TW,
    # which no article dates: undated
    assert got == [("a1", "57-NQ/TW@2024", "text"), ("a2", "57-NQ/TW@2024", "date"),
                   ("a3", "57-NQ/TW@2024", "subject"), ("a4", "57-NQ/TW", "symbol")]
    # with its year, the one version; the conclusion 57 is never among them
    assert sorted(x["article"] for x in _cites(f, "57-NQ/TW@2024")) == ["a1", "a2", "a3"]
    assert [x["article"] for x in _cites(f, "57-KL/TW")] == ["k1"]


def test_cites_takes_the_forms_2025_news_print(tmp_path):
    # the dotted series, a law by its symbol or its name, an amending law by its short
    # title: each lookup in the form the press prints finds the articles
    lines = [
        {"id": "d1", "date": "2025-06-02", "title": "t", "text":
         "Chính phủ ban hành Nghị quyết 66.7/2025/NQ-CP. Theo Nghị quyết 66.7, nhiều thủ "
         "tục hành chính được cắt giảm."},
        {"id": "d2", "date": "2025-06-03", "title": "t", "text":
         "Nghị quyết 66.3/2025/NQ-CP của Chính phủ đã được ban hành."},
        {"id": "l1", "date": "2025-06-04", "title": "t", "text":
         "Căn cứ Luật Đất đai số 31/2024/QH15, tỉnh đã thu hồi đất của dự án."},
        {"id": "l2", "date": "2025-06-05", "title": "t", "text":
         "Theo Luật số 31/2024/QH15, người dân được bồi thường về đất."},
        {"id": "q1", "date": "2025-06-06", "title": "t", "text":
         "Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo đã được Quốc hội thông qua."},
    ]
    f = _dump(tmp_path / "a.jsonl", lines)
    for query in ("Nghị quyết 66.7", "NQ 66.7", "66.7/2025/NQ-CP"):
        assert {x["article"] for x in _cites(f, query)} == {"d1"}, query
    for query in ("Luật Đất đai 2024", "31/2024/QH15", "Luật số 31/2024/QH15"):
        assert {x["article"] for x in _cites(f, query)} == {"l1", "l2"}, query
    for query in ("Luật sửa đổi, bổ sung Luật Quảng cáo",
                  "Luật sửa đổi bổ sung một số điều Luật Quảng cáo"):
        assert {x["article"] for x in _cites(f, query)} == {"q1"}, query


def test_show_counts_identity_over_the_mentions_it_counts(tmp_path):
    # (audit of 2024-25 pages: "mentions 2" beside "identity symbol 3", the third a
    # sidebar's) the card's identity row counts the body's mentions, as "mentions" does
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": "a", "title": "t1",
         "text": "Nghị quyết 18-NQ/TW ngày 25/10/2017 về sắp xếp tổ chức bộ máy được quán "
                 "triệt. Thực hiện Nghị quyết 18-NQ/TW, các bộ đã tinh gọn đầu mối.\n"
                 "Tin liên quan\nTổng kết Nghị quyết 18-NQ/TW ngày 25/10/2017 ở các tỉnh\n"},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    r = CliRunner().invoke(main, ["show", "18-NQ/TW@2017", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    card = json.loads(r.stdout)
    counts = {k: int(n) for k, n in (p.split() for p in card["resolved_by"].split(", "))}
    assert card["n_mentions"] == 2 and sum(counts.values()) == 2
