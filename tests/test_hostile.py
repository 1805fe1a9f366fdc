"""Hostile and broken input (issue 11): odd files, broken records, names and titles that
would drive a terminal or a spreadsheet. Nothing crashes or hangs, every good article is
kept, every bad input is reported once, escaped."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from refgraph.cli import main
from refgraph.corpus import SkipLog, iter_articles
from refgraph.escaping import for_spreadsheet, for_terminal
from refgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = sorted(SAMPLES.glob("*.txt"))
# A passage of samples/003_667d9eca94485933.txt (line 12), with two citations in it.
PASSAGE = ("triển khai nhóm nhiệm vụ, giải pháp chủ yếu trong Nghị quyết số 47/NQ-CP ngày "
           "15/4/2024 của Chính phủ về Chương trình hành động của Chính phủ đến năm 2030 "
           "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất "
           "lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read(paths) -> tuple[list, SkipLog]:
    log = SkipLog(stream=io.StringIO())
    return list(iter_articles([str(p) for p in paths], skips=log)), log


def good_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for p in SEEDS:
        (path / p.name).write_bytes(p.read_bytes())
    return path


def test_passage_is_from_the_sample():
    assert PASSAGE in (SAMPLES / "003_667d9eca94485933.txt").read_text("utf-8")


# ------------------------------------------------------------------ odd files


def test_file_name_not_utf8_is_reported_escaped_and_the_rest_stored(tmp_path):
    corpus = good_folder(tmp_path / "c")
    bad = os.path.join(os.fsencode(corpus), b"bad\xff.txt")
    with open(bad, "wb") as f:
        f.write(SEEDS[0].read_bytes())
    db = tmp_path / "r.db"
    r = run("index", str(corpus), "--db", str(db))
    assert r.exit_code == 3
    assert "bad\\xff.txt: file name is not valid UTF-8" in r.stderr
    assert r.stderr.count("skipped ") == 1
    with Store.open(db) as s:
        assert sorted(a["id"] for a in s.articles()) == sorted(p.name for p in SEEDS)
    # lookups and the graph over the same folder: the same skip, no crash
    r = run("articles", str(corpus))
    assert r.exit_code == 3 and "bad\\xff.txt" in r.stderr
    assert SEEDS[0].name in r.stdout
    out = tmp_path / "g.html"
    r = run("graph", str(corpus), "-o", str(out))
    assert r.exit_code == 3 and out.exists()


def test_file_name_not_utf8_given_by_itself(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"x\xfe.txt")
    with open(bad, "wb") as f:
        f.write(SEEDS[0].read_bytes())
    arts, log = read([os.fsdecode(bad)])
    assert arts == [] and log.count == 1
    assert "x\\xfe.txt" in log.stream.getvalue()


def test_json_nested_100000_deep_is_a_skip_not_a_recursion_error(tmp_path):
    d = tmp_path / "d.jsonl"
    d.write_text("[" * 100_000 + "\n" + json.dumps({"id": "ok", "text": PASSAGE},
                                                     ensure_ascii=False) + "\n", "utf-8")
    arts, log = read([d])
    assert [a.id for a in arts] == ["ok"]
    assert log.count == 1 and log.skips[0].line == 1
    assert "nested too deeply" in log.skips[0].reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_txt_is_skipped_never_opened(tmp_path):
    corpus = good_folder(tmp_path / "c")
    os.mkfifo(corpus / "x.txt")
    os.mkfifo(tmp_path / "y.jsonl")
    # In a subprocess: a reader that opens the FIFO blocks, and the timeout says so.
    r = subprocess.run([sys.executable, "-m", "refgraph.cli", "scan", str(corpus),
                        str(tmp_path / "y.jsonl"), "-q"],
                       capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 3
    assert f"{corpus / 'x.txt'}: not a regular file (a FIFO); not read" in r.stderr
    assert f"{tmp_path / 'y.jsonl'}: not a regular file (a FIFO); not read" in r.stderr
    assert {json.loads(line)["article"] for line in r.stdout.splitlines()} == {
        p.name for p in SEEDS}


def test_csv_unclosed_quote_is_reported_and_the_next_records_kept(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text(
        "id,text\n"
        f'r1,"{PASSAGE}\n'                      # never closed: runs into r2
        f'r2,"{PASSAGE}"\n'
        f'r3,"hai dòng\n{PASSAGE}"\n'           # a real multi-line field
        f'r4,"{PASSAGE}"\n'
        f'r5,"cũng không đóng {PASSAGE}\n'     # never closed, to the end of the file
        f'r6,"{PASSAGE}"\n', "utf-8")
    arts, log = read([p])
    assert [a.id for a in arts] == ["r2", "r3", "r4", "r6"]
    assert arts[1].text == f"hai dòng\n{PASSAGE}"
    assert [(s.line, s.reason.split(" (")[0]) for s in log.skips] == [
        (2, "broken CSV row"), (7, "broken CSV row")]


def test_symlinked_folder_is_followed_and_a_loop_reported(tmp_path):
    outside = good_folder(tmp_path / "outside")
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "own.txt").write_text(f"Tiêu đề\n{PASSAGE}\n", "utf-8")
    os.symlink(outside, corpus / "linked")
    os.symlink(corpus, corpus / "sub" / "loop")  # back to the root
    arts, log = read([corpus])
    # linked folders are read after the real ones
    assert [a.id for a in arts] == ["sub/own.txt"] + [f"linked/{p.name}" for p in SEEDS]
    assert log.count == 1
    assert log.skips[0].source == str(corpus / "sub" / "loop")
    assert "already read" in log.skips[0].reason


def test_a_folder_is_read_at_its_own_place_not_through_a_link_sorted_first(tmp_path):
    # "a_link -> z_real": the articles are z_real's, whatever the link's name; removing
    # the link must not rename them (and --prune would then delete and re-add them)
    corpus = tmp_path / "d"
    (corpus / "z_real").mkdir(parents=True)
    (corpus / "z_real" / "a.txt").write_text(f"Tiêu đề\n{PASSAGE}\n", "utf-8")
    os.symlink("z_real", corpus / "a_link")
    arts, log = read([corpus])
    assert [a.id for a in arts] == ["z_real/a.txt"]
    assert [s.source for s in log.skips] == [str(corpus / "a_link")]
    assert f"already read ({corpus / 'z_real'})" in log.skips[0].reason


# ------------------------------------------------------------------ what a user sees


def test_terminal_escaping():
    assert for_terminal("a\x1b]0;pwned\x07b") == "a\\x1b]0;pwned\\x07b"
    assert for_terminal("x\n2 skipped") == "x\\n2 skipped"
    assert for_terminal("bad\udcff.txt") == "bad\\xff.txt"
    assert for_terminal("Nghị quyết 57") == "Nghị quyết 57"
    assert for_terminal("\u202eabc") == "\\u202eabc"


def test_file_names_and_titles_with_escapes_reach_the_terminal_escaped(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    name = "e\x1b[2J\nrefgraph: 0 skipped.txt"
    (corpus / name).write_text(f"Tin \x1b]0;pwned\x07 mới\n{PASSAGE}\n", "utf-8")
    (corpus / "empty\x1b[31m.txt").write_text("", "utf-8")
    r = run("articles", str(corpus))
    assert r.exit_code == 3
    assert "\x1b" not in r.stdout and "\x1b" not in r.stderr
    assert "empty\\x1b[31m.txt: empty file" in r.stderr
    assert "e\\x1b[2J refgraph: 0 skippe" in r.stdout  # a newline folds to a space in a cell
    assert "Tin \\x1b]0;pwned\\x07 mới" in r.stdout
    r = run("scan", str(corpus), "--format", "table")
    assert "\x1b" not in r.stdout and "e\\x1b[2J" in r.stdout


def test_spreadsheet_cells():
    assert [for_spreadsheet(v) for v in ("=HYPERLINK(1)", "+1", "-2", "@SUM", "\tx",
                                         "\rx", "Nghị định", 57, None)] == [
        "'=HYPERLINK(1)", "'+1", "'-2", "'@SUM", "'\tx", "'\rx", "Nghị định", 57, None]


def test_csv_outputs_neutralise_formulas_unless_raw(tmp_path):
    import csv

    d = tmp_path / "d.jsonl"
    d.write_text(json.dumps({"id": "=HYPERLINK(\"http://x\",\"a\")", "title": "@SUM(1+1)",
                             "text": PASSAGE}, ensure_ascii=False) + "\n", "utf-8")
    r = run("articles", str(d), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["id"] == "'=HYPERLINK(\"http://x\",\"a\")"
    assert rows[0]["title"] == "'@SUM(1+1)"
    r = run("articles", str(d), "--format", "csv", "--raw-csv")
    assert list(csv.DictReader(io.StringIO(r.stdout)))[0]["title"] == "@SUM(1+1)"
    r = run("cites", "57-KL/TW", str(d), "--format", "csv")
    assert list(csv.DictReader(io.StringIO(r.stdout)))[0]["article"].startswith("'=")
    r = run("scan", str(d), "--format", "csv")
    recs = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {x["key"] for x in recs} >= {"57-KL/TW", "47/NQ-CP@2024"}
    assert all(x["article"].startswith("'=") for x in recs)
    out = tmp_path / "g"
    assert run("export", str(d), "--format", "csv", "-o", str(out)).exit_code == 0
    cells = [c for p in ("g.nodes.csv", "g.edges.csv")
             for row in csv.reader(open(tmp_path / p, encoding="utf-8")) for c in row]
    assert any(c.startswith("'@SUM") or c.startswith("'=HYPER") for c in cells)
    assert not any(c[:1] in "=+-@" for c in cells if c)
    for cmd in ("articles", "cites", "scan", "export"):
        assert "--raw-csv" in run(cmd, "--help").stdout and "OWASP" in run(cmd, "--help").stdout


# ------------------------------------------------------------------ the database


def indexed(tmp_path: Path, name: str = "r.db") -> Path:
    db = tmp_path / name
    assert run("index", str(SAMPLES), "--db", str(db), "-q").exit_code == 0
    return db


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path):
    import hashlib
    import sqlite3

    other = tmp_path / "app.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE t(x)")
    c.execute("PRAGMA user_version = 1")  # even with our format number
    c.commit()
    c.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    for args in (("index", str(SAMPLES)), ("docs",)):
        r = run(*args, "--db", str(other))
        assert r.exit_code == 2 and "not a refgraph index (tables: t)" in r.stderr
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(os.listdir(tmp_path)) == ["app.db"]


def damage_table(db: Path, table: str) -> None:
    """Overwrite the first bytes of `table`'s root page (a b-tree page header)."""
    import sqlite3

    c = sqlite3.connect(db)
    page_size = c.execute("PRAGMA page_size").fetchone()[0]
    root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                     (table,)).fetchone()[0]
    c.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * 64)


def test_damaged_database_lookups_say_so_and_index_refuses_to_write(tmp_path):
    import hashlib

    db = indexed(tmp_path)
    damage_table(db, "citations")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = CliRunner().invoke(main, ["cites", "57-KL/TW", "--db", str(db)])
    assert r.exit_code == 2 and r.exception is not None and not r.stdout.count("Traceback")
    assert "could not be read (database disk image is malformed)" in r.stderr
    r = run("index", str(SAMPLES), "--db", str(db))
    assert r.exit_code == 2 and "is damaged" in r.stderr and "nothing was written" in r.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_read_only_database_is_read_and_never_written(tmp_path, monkeypatch):
    """Tests run as root here, for whom chmod does not make a file read-only: the store
    is told so by os.access, as it would be for a user without write permission."""
    db = indexed(tmp_path)
    real_access = os.access
    monkeypatch.setattr("refgraph.store.os.access",
                        lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    r = run("docs", "--db", str(db))
    assert r.exit_code == 0 and "57-KL/TW" in r.stdout
    r = run("index", str(SAMPLES), "--db", str(db))
    assert r.exit_code == 2 and "is read-only" in r.stderr and "Traceback" not in r.stderr


def test_a_wal_index_whose_folder_is_read_only_is_read_as_immutable(tmp_path, monkeypatch):
    """Where SQLite cannot make the -shm file beside a WAL index (a read-only folder; as
    root here it always can, so that refusal is replayed), the index is opened immutable
    and read all the same, by a real SQLite connection."""
    db = indexed(tmp_path)
    real_access, real_connect = os.access, Store._connect.__func__
    monkeypatch.setattr("refgraph.store.os.access",
                        lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    tried = []

    def connect(cls, target, *a, **kw):
        tried.append(target)
        if "mode=ro" in target and "immutable=1" not in target:
            from refgraph.store import StoreError
            raise StoreError("unable to open database file (no -shm)")
        return real_connect(cls, target, *a, **kw)

    monkeypatch.setattr(Store, "_connect", classmethod(connect))
    r = run("docs", "--db", str(db))
    assert r.exit_code == 0 and "57-KL/TW" in r.stdout, r.output
    assert any("immutable=1" in t for t in tried)


def test_second_index_run_waits_for_the_first(tmp_path):
    db = indexed(tmp_path)
    holder = Store.open(db, writer=True)  # a run writing it
    p = subprocess.Popen([sys.executable, "-m", "refgraph.cli", "index", str(SAMPLES),
                          "--db", str(db), "-q"], stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = p.stderr.readline()
        assert "is being written by another refgraph run; waiting" in line
        assert p.poll() is None
    finally:
        holder.close()
    assert p.wait(timeout=60) == 0
    assert p.stderr.read() == ""


# ------------------------------------------------------------------ the whole run


def cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "refgraph.cli", *args], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, text=True, **kw)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_index_of_a_folder_of_odd_files_keeps_every_good_article(tmp_path):
    corpus = good_folder(tmp_path / "c")
    os.mkfifo(corpus / "x.txt")
    with open(os.path.join(os.fsencode(corpus), b"bad\xff.txt"), "wb") as f:
        f.write(SEEDS[0].read_bytes())
    (corpus / "deep.jsonl").write_text(
        "[" * 100_000 + "\n" + json.dumps({"id": "j1", "text": PASSAGE}, ensure_ascii=False)
        + "\n", "utf-8")
    (corpus / "rows.csv").write_text(f'id,text\nr1,"{PASSAGE}\nr2,"{PASSAGE}"\n', "utf-8")
    (corpus / "e\x1b]0;pwned\x07\nrefgraph: 0 skipped.txt").write_text("", "utf-8")
    os.symlink(corpus, corpus / "loop")
    db = tmp_path / "r.db"
    p = cli("index", str(corpus), "--db", str(db), "-j", "2", stderr=subprocess.PIPE)
    err = p.communicate(timeout=120)[1]
    assert p.returncode == 3, err
    with Store.open(db) as s:
        assert sorted(a["id"] for a in s.articles()) == sorted(
            [p.name for p in SEEDS] + ["j1", "r2"])
    skipped = [line for line in err.splitlines() if line.startswith("refgraph: skipped ")]
    assert sorted(line[len("refgraph: skipped "):].split(": ")[0] for line in skipped) == sorted([
        f"{corpus}/bad\\xff.txt", f"{corpus}/deep.jsonl:1", f"{corpus}/loop",
        f"{corpus}/rows.csv:2", f"{corpus}/x.txt",
        f"{corpus}/e\\x1b]0;pwned\\x07\\nrefgraph"])  # the name goes on past a ": "
    assert "\x1b" not in err and "6 skipped" in err


def descendants(pid: int) -> set[int]:
    out, todo = set(), [pid]
    while todo:
        q = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{q}/task")
        except OSError:
            continue
        for t in tasks:
            try:
                kids = [int(k) for k in open(f"/proc/{q}/task/{t}/children").read().split()]
            except OSError:
                kids = []
            out.update(kids)
            todo.extend(kids)
    return out


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_a_signalled_index_leaves_no_process_behind(tmp_path, sig):
    import signal
    import time

    texts = [p.read_text("utf-8") for p in SEEDS]
    d = tmp_path / "d.jsonl"
    d.write_text("".join(json.dumps({"id": f"a{i}", "text": texts[i % 2]}, ensure_ascii=False)
                         + "\n" for i in range(2000)), "utf-8")
    p = cli("index", str(d), "--db", str(tmp_path / "r.db"), "-j", "2", "-q",
            stderr=subprocess.PIPE)
    # forkserver, resource tracker and two workers
    deadline = time.monotonic() + 60
    while len(kids := descendants(p.pid)) < 4 and p.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert p.poll() is None, "the run ended before the workers could be seen"
    p.send_signal(getattr(signal, sig))
    _, err = p.communicate(timeout=30)  # stderr closes: nothing left holds it
    if sig == "SIGTERM":
        assert p.returncode == 143 and "terminated;" in err and "Traceback" not in err
    deadline = time.monotonic() + 10
    while (left := [k for k in kids if running(k)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []


# ------------------------------------------------------------------ memory


def test_bounded_extraction_is_the_plain_one_for_articles_and_bounded_beyond():
    from refgraph.bounded import extract_bounded
    from refgraph.corpus import article_from_page
    from refgraph.extract import extract_article

    art = article_from_page(SEEDS[1].read_text("utf-8"), SEEDS[1].name)
    whole = extract_article(art)
    assert len(whole) >= 4
    ex = extract_bounded(art)
    assert ex == whole and ex.relations == whole.relations and ex.note is None
    # Sliced at line ends: every citation still spans its own text in the article.
    sliced = extract_bounded(art, slice_chars=3000)
    assert sliced.note is None
    assert [art.text[c.start:c.end] for c in sliced] == [c.text for c in sliced]
    assert {c.start for c in whole if c.form == "full"} <= {c.start for c in sliced}
    capped = extract_bounded(art, max_citations=2, slice_chars=3000)
    assert [c.start for c in capped] == [c.start for c in sliced[:2]]
    assert "over 2 citations in one article" in capped.note


def test_a_citation_dense_page_is_indexed_up_to_the_cap_and_said(tmp_path, monkeypatch):
    import refgraph.bounded as bounded

    monkeypatch.setattr(bounded, "MAX_CITATIONS", 50)
    monkeypatch.setattr(bounded.extract_bounded, "__defaults__", (50, 4000))
    page = tmp_path / "dense.txt"
    page.write_text("Tiêu đề\n" + (PASSAGE + ".\n") * 400, "utf-8")
    db = tmp_path / "r.db"
    r = run("index", str(page), "--db", str(db), "-j", "1")
    assert r.exit_code == 3 and "over 50 citations in one article" in r.stderr
    with Store.open(db) as s:
        assert s.stats()["citations"] == 50
    r = run("scan", str(page), "-q")
    assert r.exit_code == 3 and len(r.stdout.splitlines()) >= 50
    assert "over 50 citations in one article" in r.stderr
