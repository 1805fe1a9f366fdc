"""`refgraph index` and commands/common.py: incremental runs, interrupted runs, skips and
exit status 3, parallel extraction, stores opened by other commands."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from refgraph.cli import main
from refgraph.commands.common import open_store, store_options
import refgraph.pipeline as ix
from refgraph.pipeline import run_index
from refgraph.corpus import MAX_ARTICLE_BYTES, Fields, SkipLog, iter_articles, iter_units
from refgraph.extract import extract_article
from refgraph.store import SCHEMA_VERSION, Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED_IDS = ["000_28cd1d749a455bbc.txt", "003_667d9eca94485933.txt"]


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def copies(dest: Path, n: int) -> Path:
    """A corpus of n articles: the seed pages under varied names."""
    dest.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(n):
        (dest / f"{i // 100:03d}" ).mkdir(exist_ok=True)
        (dest / f"{i // 100:03d}" / f"a{i:05d}.txt").write_bytes(seeds[i % len(seeds)])
    return dest


def db_counts(db: Path) -> dict:
    with Store.open(db) as s:
        return s.stats()


# ------------------------------------------------------------------ index


def test_index_samples(tmp_path):
    db = tmp_path / "r.db"
    r = run("index", str(SAMPLES), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""  # summaries go to stderr; stdout stays clean for pipes
    assert "2 articles" in r.stderr and "Indexing" not in r.stderr  # no bar when piped
    with Store.open(db) as s:
        assert [a["id"] for a in s.articles()] == SEED_IDS
        docs = {d["key"]: d for d in s.documents()}
        # 57-KL/TW is cited by both seed articles; so are 47/NQ-CP@2024 and 71-KL/TW@2024.
        assert docs["57-KL/TW"]["n_articles"] == 2
        assert docs["47/NQ-CP@2024"]["n_articles"] == 2
        assert docs["71-KL/TW@2024"]["n_articles"] == 2
        assert any(r["source"] == "47/NQ-CP@2024" for r in s.relations())


def test_reindex_adds_nothing_changed_replaces_new_adds(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    db = tmp_path / "r.db"
    assert run("index", str(corpus), "--db", str(db)).exit_code == 0
    before = db_counts(db)
    r = run("index", str(corpus), "--db", str(db))
    assert "0 new or changed, 2 unchanged" in r.stderr
    # the summary says what the corpus stage took of the run (it runs every time)
    assert re.search(r"in (\d+\.\d) s, [\d.]+ MB/s, of which (\d+\.\d) s deciding identity "
                     r"across the corpus\)", r.stderr)
    assert db_counts(db) == before
    # A changed file replaces its old records.
    p = corpus / SEED_IDS[0]
    text = p.read_text("utf-8")
    p.write_text(text.replace("Kết luận số 57-KL/TW", "Kết luận số 58-KL/TW"), "utf-8")
    r = run("index", str(corpus), "--db", str(db))
    assert "1 new or changed, 1 unchanged" in r.stderr
    with Store.open(db) as s:
        keys = {c["key"] for c in s.citations(article=SEED_IDS[0])}
        assert "58-KL/TW" in keys
        assert s.stats()["articles"] == 2
    # A new file adds only its own.
    (corpus / "new.txt").write_text("Tin mới\nChỉ thị số 05-CT/TW của Bộ Chính trị.\n", "utf-8")
    r = run("index", str(corpus), "--db", str(db))
    assert "1 new or changed, 2 unchanged" in r.stderr
    assert db_counts(db)["articles"] == 3


def test_skipped_input_exits_3_with_summary(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "d.jsonl").write_text('{"id": "j1", "text": "Nghị quyết số 18-NQ/TW"}\n{bad\n',
                                    "utf-8")
    db = tmp_path / "r.db"
    r = run("index", str(corpus), "--db", str(db), "--quiet")
    assert r.exit_code == 3
    lines = [x for x in r.stderr.splitlines() if x.startswith("refgraph: skipped ")]
    assert len(lines) == 3
    assert any("bin.txt: binary file" in x for x in lines)
    assert any("d.jsonl:2: broken JSON" in x for x in lines)
    assert "3 articles, 3 skipped:" in r.stderr  # the summary, even with --quiet
    assert db_counts(db)["articles"] == 3


def test_quiet_clean_run_prints_nothing(tmp_path):
    r = run("index", str(SAMPLES), "--db", str(tmp_path / "r.db"), "-q")
    assert r.exit_code == 0 and r.stderr == "" and r.stdout == ""


def test_stdin_jsonl_and_custom_fields(tmp_path):
    db = tmp_path / "r.db"
    rows = [{"ma": f"s{i}", "noi_dung": "Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị."}
            for i in range(3)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    r = run("index", "-", "--db", str(db), "--field", "id=ma", "--field", "text=noi_dung",
            input=data.encode())
    assert r.exit_code == 0, r.stderr
    with Store.open(db) as s:
        assert [a["id"] for a in s.articles()] == ["s0", "s1", "s2"]
        assert s.document("57-KL/TW")["n_articles"] == 3


def test_bad_field_option_is_a_usage_error(tmp_path):
    r = run("index", str(SAMPLES), "--db", str(tmp_path / "r.db"), "--field", "colour=red")
    assert r.exit_code == 2 and "bad field mapping" in r.stderr


def test_parallel_equals_serial(tmp_path):
    corpus = copies(tmp_path / "c", 150)  # three tasks of PAGES_PER_TASK: the pool starts
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run("index", str(corpus), "--db", str(one), "--jobs", "1").exit_code == 0
    assert run("index", str(corpus), "--db", str(two), "--jobs", "2").exit_code == 0
    with Store.open(one) as a, Store.open(two) as b:
        assert a.stats() == b.stats()
        assert a.stats()["articles"] == 150
        assert a.documents() == b.documents()
        assert a.citations() == b.citations()
        assert a.relations() == b.relations()


def test_newer_database_is_refused_with_a_message(tmp_path):
    db = tmp_path / "r.db"
    Store.open(db).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    r = run("index", str(SAMPLES), "--db", str(db))
    assert r.exit_code == 2
    assert "newer refgraph" in r.stderr and "Upgrade refgraph" in r.stderr


# ------------------------------------------------------------------ interruption


def test_interrupt_inside_a_batch_then_resume(tmp_path, monkeypatch):
    corpus = copies(tmp_path / "c", 40)
    db = tmp_path / "r.db"
    real_add = Store.add_many

    def flaky_add(self, batch):
        real_add(self, batch[:25])
        raise KeyboardInterrupt  # Ctrl-C in the middle of the third batch

    real_open = Store.open.__func__

    def small_batches(cls, path=None, **k):
        k["batch_size"] = 10
        return real_open(cls, path, **k)

    monkeypatch.setattr(Store, "add_many", flaky_add)
    monkeypatch.setattr(Store, "open", classmethod(small_batches))
    r = run("index", str(corpus), "--db", str(db), "--jobs", "1")
    assert r.exit_code == 130
    assert "interrupted" in r.stderr and "holds 20 articles" in r.stderr
    monkeypatch.setattr(Store, "add_many", real_add)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Whole batches only: every stored article has its citations.
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 20
    assert con.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                       "(SELECT article_id FROM citations)").fetchone()[0] == 0
    con.close()
    r = run("index", str(corpus), "--db", str(db), "--jobs", "1")
    assert r.exit_code == 0
    assert "20 new or changed, 20 unchanged" in r.stderr
    with Store.open(db) as s:
        assert s.document("57-KL/TW")["n_articles"] == 40


def test_killed_process_leaves_a_consistent_database_and_resumes(tmp_path):
    corpus = copies(tmp_path / "c", 1500)
    db = tmp_path / "r.db"
    cmd = [sys.executable, "-c", "from refgraph.cli import main; main()", "index", str(corpus),
           "--db", str(db),
           "--jobs", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if stored:
            break
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    if killed:  # else the machine indexed 1,500 pages in one poll: nothing to check
        assert 0 < n < 1500
    print(f"killed={killed} after {n} articles")
    r = run("index", str(corpus), "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert f"{1500 - n:,} new or changed, {n:,} unchanged" in r.stderr
    with Store.open(db) as s:
        assert s.stats()["articles"] == 1500
        assert s.document("57-KL/TW")["n_articles"] == 1500


# ------------------------------------------------------------------ open_store for other commands


@click.command()
@click.argument("key")
@store_options
def probe(key: str, paths: tuple[str, ...], db: str | None) -> None:
    store = open_store(paths, db)
    try:
        doc = store.document(key)
        if doc is None:
            raise click.exceptions.Exit(1)
        click.echo(f"{doc['key']} {doc['n_articles']} skipped={store.skipped}")
    finally:
        store.close()


def probe_run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(probe, list(args), catch_exceptions=False)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(probe, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def test_open_store_scans_paths_into_memory(tmp_path):
    r = probe_run("57-KL/TW", str(SAMPLES))
    assert r.exit_code == 0 and r.stdout == "57-KL/TW 2 skipped=0\n"
    assert list(tmp_path.iterdir()) == []  # nothing written for a one-off scan


def test_open_store_exit_3_when_something_was_skipped(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    (corpus / "junk.txt").write_bytes(b"\x00\x00")
    r = probe_run("57-KL/TW", str(corpus))
    assert r.exit_code == 3
    assert r.stdout == "57-KL/TW 2 skipped=1\n"
    assert "junk.txt: binary file" in r.stderr and "2 articles, 1 skipped" in r.stderr
    # A command that ends with its own status keeps it.
    r = probe_run("99-KL/TW", str(corpus))
    assert r.exit_code == 1


def test_open_store_reads_the_default_db_and_refuses_a_missing_one(tmp_path):
    r = probe_run("57-KL/TW", cwd=tmp_path)
    assert r.exit_code == 2 and "no index at refgraph.db" in r.stderr
    assert not (tmp_path / "refgraph.db").exists()
    assert run("index", str(SAMPLES), "--db", str(tmp_path / "refgraph.db")).exit_code == 0
    r = probe_run("57-KL/TW", cwd=tmp_path)
    assert r.exit_code == 0 and r.stdout.startswith("57-KL/TW 2")
    r = probe_run("47/NQ-CP@2024", "--db", str(tmp_path / "refgraph.db"))
    assert r.exit_code == 0 and r.stdout.startswith("47/NQ-CP@2024 2")


# ------------------------------------------------------------------ the index engine


def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def dump(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    "utf-8")
    return path


def quiet_log() -> SkipLog:
    return SkipLog(stream=io.StringIO())


@pytest.mark.parametrize("jobs, block", [(1, 1 << 20), (2, 4096)])
def test_same_id_twice_in_one_run_the_last_read_wins(tmp_path, jobs, block):
    """The stored version is X=A. The run reads X=B, then X=A again: a worker that
    looked before B was written says A is unchanged; the writer must notice that the id
    was rewritten since, and store A again."""
    a, b = seed_texts()
    db = tmp_path / "r.db"
    first = [{"id": f"p{i}", "text": a} for i in range(30)] + [{"id": "X", "text": a}]
    with Store.open(db) as s:
        run_index(s, [str(dump(tmp_path / "one.jsonl", first))], skips=quiet_log(),
                  jobs=1)
    second = first[:-1] + [{"id": "X", "text": b}, {"id": "X", "text": a}]
    with Store.open(db) as s:
        res = run_index(s, [str(dump(tmp_path / "one.jsonl", second))], skips=quiet_log(),
                        jobs=jobs, block_bytes=block)
        assert (res.read, res.added) == (32, 2)  # B, then A again
        assert s.stats()["articles"] == 31
        # The stored text is A's again: X cites what p0 (also A) cites, where it does.
        strip = lambda cs: [(c["start"], c["key"]) for c in cs]
        assert strip(s.citations(article="X")) == strip(s.citations(article="p0"))
        assert strip(s.citations(article="X")) != []


def test_parallel_dump_equals_serial_and_unchanged_input_is_not_extracted(tmp_path):
    a, b = seed_texts()
    recs = [{"id": f"a{i:03d}", "title": f"T{i}", "text": (a, b)[i % 2]} for i in range(60)]
    src = str(dump(tmp_path / "d.jsonl", recs))
    stores = {}
    for jobs in (1, 2):
        s = Store.open(tmp_path / f"{jobs}.db")
        res = run_index(s, [src], skips=quiet_log(), jobs=jobs,
                        block_bytes=8192)  # many tasks: the pool runs
        assert (res.read, res.added, res.unchanged) == (60, 60, 0)
        assert 0 < res.finalize_seconds < res.seconds  # part of the run, not all of it
        stores[jobs] = s
    one, two = stores[1], stores[2]
    assert one.stats() == two.stats()
    assert one.citations() == two.citations() and one.documents() == two.documents()
    assert one.relations() == two.relations()
    # Again, unchanged: nothing is written, and a worker (its entry point, run here)
    # finds every article stored and extracts none.
    log = quiet_log()
    res = run_index(two, [src], skips=log, jobs=2, block_bytes=8192)
    assert (res.read, res.added, res.unchanged, log.count) == (60, 0, 60, 0)
    for s in stores.values():
        s.close()
    units = list(iter_units([src]))
    cfg = ix.Settings(fields=None, max_bytes=MAX_ARTICLE_BYTES, timeout=30.0)
    results = ix.map_units(units, cfg, str(tmp_path / "2.db"))
    assert [r[0] for r in results] == ["same"] * 60
    assert [r[0] for r in ix.map_units(units, cfg, None)] == ["rows"] * 60


def test_a_failed_extraction_is_a_skip_and_the_rest_is_stored(tmp_path, monkeypatch):
    real = ix.extract_bounded

    def boom(article):
        if article.id == "a2":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(ix, "extract_bounded", boom)
    a, _ = seed_texts()
    src = dump(tmp_path / "d.jsonl", [{"id": f"a{i}", "text": a} for i in range(4)])
    r = run("index", str(src), "--db", str(tmp_path / "r.db"), "--jobs", "1")
    assert r.exit_code == 3
    assert f"{src}:3: extraction failed (RuntimeError: boom) (article a2)" in r.stderr
    assert db_counts(tmp_path / "r.db")["articles"] == 3


def test_an_extraction_over_the_time_limit_is_a_skip(tmp_path, monkeypatch):
    real = ix.extract_bounded

    def slow(article):
        if article.id == "a1":
            time.sleep(3)
        return real(article)

    monkeypatch.setattr(ix, "extract_bounded", slow)
    a, _ = seed_texts()
    src = dump(tmp_path / "d.jsonl", [{"id": f"a{i}", "text": a} for i in range(3)])
    log = quiet_log()
    t = time.perf_counter()
    with Store.open(tmp_path / "r.db") as s:
        res = run_index(s, [str(src)], skips=log, jobs=1, timeout=0.2)
        assert s.stats()["articles"] == 2
    assert time.perf_counter() - t < 2.5
    assert (res.read, res.added, log.count) == (3, 2, 1)
    assert log.skips[0].line == 2 and "took over 0.2 s" in log.skips[0].reason


def test_another_field_mapping_is_another_article(tmp_path):
    a, b = seed_texts()
    src = str(dump(tmp_path / "d.jsonl", [{"id": "x", "text": a, "noi_dung": b}]))
    db = tmp_path / "r.db"
    with Store.open(db) as s:
        run_index(s, [src], skips=quiet_log(), jobs=1)
        before = [c["key"] for c in s.citations(article="x")]
        res = run_index(s, [src], skips=quiet_log(), jobs=1,
                        fields=Fields.parse(["text=noi_dung"]))
        assert res.added == 1
        after = [c["key"] for c in s.citations(article="x")]
    assert before != after


def test_a_fresh_index_is_built_without_its_secondary_indexes_then_gets_them(tmp_path):
    def indexes(db: Path) -> set[str]:
        con = sqlite3.connect(db)
        names = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        con.close()
        return names

    wanted = {"citations_by_key", "citations_by_article", "citations_by_raw_key",
              "relations_by_article"}
    db = tmp_path / "r.db"
    assert run("index", str(SAMPLES), "--db", str(db)).exit_code == 0
    assert indexes(db) == wanted
    # A bulk load killed before finalize: the next open builds them and the documents.
    db2 = tmp_path / "killed.db"
    s = Store.open(db2)
    assert s.defer_indexes()
    for art in iter_articles([str(SAMPLES)]):
        s.add(art, extract_article(art))
    s.commit()
    s.conn.close()  # no finalize, as after a SIGKILL
    assert indexes(db2) == set()
    with Store.open(db2) as s:
        assert indexes(db2) == wanted
        assert s.document("57-KL/TW")["n_articles"] == 2
        assert not s.defer_indexes()  # not empty: updates need the indexes


# ------------------------------------------------------------------ --prune


def test_prune_forgets_deleted_pages_and_dropped_records_only(tmp_path):
    a, b = seed_texts()
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES, pages)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    d = dump(dumps / "d.jsonl", [{"id": f"r{i}", "text": (a, b)[i % 2]} for i in range(4)])
    other = copies(tmp_path / "other", 3)  # indexed too, never pruned from here
    db = tmp_path / "r.db"
    for path in (pages, dumps, other):
        assert run("index", str(path), "--db", str(db), "-q").exit_code == 0
    assert db_counts(db)["articles"] == 2 + 4 + 3
    # Without --prune nothing is forgotten.
    (pages / SEED_IDS[0]).unlink()
    dump(d, [{"id": f"r{i}", "text": (a, b)[i % 2]} for i in (0, 1, 3)])
    r = run("index", str(pages), str(dumps), "--db", str(db))
    assert r.exit_code == 0 and db_counts(db)["articles"] == 9
    with Store.open(db) as s:
        assert s.document("57-KL/TW")["n_articles"] == 9
    r = run("index", str(pages), str(dumps), "--db", str(db), "--prune")
    assert r.exit_code == 0, r.stderr
    assert "pruned 2 articles no longer in" in r.stderr
    with Store.open(db) as s:
        ids = {x["id"] for x in s.articles()}
        assert ids == {SEED_IDS[1], "r0", "r1", "r3",
                       "000/a00000.txt", "000/a00001.txt", "000/a00002.txt"}
        # Documents follow: both seeds cite 57-KL/TW, so did all 9 articles; 7 now.
        assert s.document("57-KL/TW")["n_articles"] == 7


def test_prune_keeps_what_a_file_with_skipped_input_no_longer_shows(tmp_path):
    a, _ = seed_texts()
    d = dump(tmp_path / "d.jsonl", [{"id": f"r{i}", "text": a} for i in range(3)])
    db = tmp_path / "r.db"
    assert run("index", str(d), "--db", str(db), "-q").exit_code == 0
    # r1's line is now broken: it is skipped, and r1 is not taken for deleted.
    lines = d.read_text("utf-8").splitlines(keepends=True)
    lines[1] = lines[1][:40] + "\n"
    d.write_text("".join(lines), "utf-8")
    r = run("index", str(d), "--db", str(db), "--prune")
    assert r.exit_code == 3
    assert f"{d}:2: broken JSON" in r.stderr
    assert "pruned 0 articles" in r.stderr and "kept 1 not read this time" in r.stderr
    assert db_counts(db)["articles"] == 3


def test_workers_that_die_leave_the_work_to_the_writer(tmp_path, monkeypatch, capsys):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Workers that exit as they start: the pool breaks, as when the system kills them.
    monkeypatch.setattr(ix, "_pool", lambda jobs, fork=False: ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("fork"), initializer=os._exit,
        initargs=(3,)))
    a, b = seed_texts()
    src = str(dump(tmp_path / "d.jsonl",
                   [{"id": f"a{i:03d}", "text": (a, b)[i % 2]} for i in range(60)]))
    with Store.open(tmp_path / "broken.db") as s, Store.open(tmp_path / "serial.db") as t:
        res = run_index(s, [src], skips=quiet_log(), jobs=2,
                        block_bytes=8192)
        run_index(t, [src], skips=quiet_log(), jobs=1)
        assert (res.read, res.added) == (60, 60)
        assert s.citations() == t.citations() and s.documents() == t.documents()
    err = capsys.readouterr().err
    assert err.count("the worker processes stopped") == 1


def test_prune_keeps_what_it_could_not_look_at(tmp_path, monkeypatch):
    a, b = seed_texts()
    corpus = tmp_path / "c"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "p.txt").write_text(a, "utf-8")
    (corpus / "z").mkdir()
    dump(corpus / "z" / "d.jsonl", [{"id": f"r{i}", "text": b} for i in range(3)])
    (corpus / ".old").mkdir()
    old = dump(corpus / ".old" / "o.jsonl", [{"id": "o1", "text": b}])
    db = tmp_path / "r.db"
    assert run("index", str(corpus), "--db", str(db), "-q").exit_code == 0
    assert run("index", str(old), "--db", str(db), "-q").exit_code == 0  # named directly
    assert db_counts(db)["articles"] == 5
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os.path, "exists", lambda p: "locked" not in str(p))
    r = run("index", str(corpus), "--db", str(db), "--prune", "--jobs", "1")
    # The walk reports the folder and goes on to z/; nothing is pruned: not the page it
    # could not see, not the dump in .old/ that this run did not open.
    assert r.exit_code == 3
    assert "locked: cannot list folder (Permission denied)" in r.stderr
    assert "pruned 0 articles" in r.stderr and "kept 1 not read this time" in r.stderr
    assert db_counts(db)["articles"] == 5


def test_a_record_moved_to_another_dump_is_not_pruned_with_its_old_file(tmp_path):
    a, b = seed_texts()
    corpus = tmp_path / "c"
    corpus.mkdir()
    rec = {"id": "m1", "text": a}
    dump(corpus / "old.jsonl", [rec, {"id": "o2", "text": b}])
    db = tmp_path / "r.db"
    assert run("index", str(corpus), "--db", str(db), "-q").exit_code == 0
    # The same bytes move to new.jsonl; old.jsonl goes away.
    dump(corpus / "new.jsonl", [rec])
    (corpus / "old.jsonl").unlink()
    r = run("index", str(corpus), "--db", str(db), "--prune")
    assert r.exit_code == 0, r.stderr
    assert "0 new or changed, 1 unchanged" in r.stderr and "pruned 1 articles" in r.stderr
    with Store.open(db) as s:
        assert [(x["id"], x["source"]) for x in s.articles()] == [
            ("m1", str(corpus / "new.jsonl"))]


def test_scan_in_parallel_prints_what_one_process_prints(tmp_path):
    """`scan` with workers: the same records, skips and exit status as in one process,
    in input order, however the tasks finish."""
    corpus = copies(tmp_path / "c", 150)  # three tasks of PAGES_PER_TASK: the pool starts
    (corpus / "000" / "a00070.txt").write_bytes(b"\x00\x01binary")  # mid-run, task two
    (corpus / "001" / "a00120.txt").write_bytes(b"")
    # found while the folder is walked, not while a file is read: still in their place
    (corpus / "000" / "a00030x.txt").symlink_to(tmp_path / "gone-1")
    (corpus / "001" / "a00140x.txt").symlink_to(tmp_path / "gone-2")
    a, b = seed_texts()
    d = dump(tmp_path / "d.jsonl", [{"id": f"r{i}", "text": (a, b)[i % 2]} for i in range(4)])
    outs = []
    for jobs in ("1", "2"):
        r = run("scan", str(corpus), str(d), "--jobs", jobs)
        assert r.exit_code == 3
        outs.append((r.stdout, r.stderr))
    assert outs[0] == outs[1]
    recs = [json.loads(x) for x in outs[0][0].splitlines()]
    order = list(dict.fromkeys(r["article"] for r in recs))
    assert order == sorted(order[:-4]) + ["r0", "r1", "r2", "r3"]
    assert len(order) == 148 + 4  # every article but the two skipped
    err = outs[0][1]
    assert "a00070.txt: binary file (NUL bytes)" in err and "a00120.txt: empty file" in err
    named = [n for line in err.splitlines() if line.startswith("refgraph: skipped")
             for n in ("a00030x", "a00070", "a00120", "a00140x") if n in line]
    assert named == ["a00030x", "a00070", "a00120", "a00140x"]  # input order
    assert "152 articles" in err
    for fmt in ("csv", "table"):
        assert (run("scan", str(corpus), "--format", fmt, "-j", "1").stdout
                == run("scan", str(corpus), "--format", fmt, "-j", "2").stdout)


def test_index_reads_again_what_another_extractor_indexed(tmp_path, monkeypatch):
    from refgraph import store as store_module
    db = tmp_path / "r.db"
    assert run("index", str(SAMPLES), "--db", str(db)).exit_code == 0
    r = run("index", str(SAMPLES), "--db", str(db))
    assert "0 new or changed, 2 unchanged" in r.stderr
    monkeypatch.setattr(store_module, "extractor_fingerprint", lambda: "a newer one")
    r = run("cites", "57-KL/TW", "--db", str(db))
    assert "indexed by another version of refgraph" in r.stderr  # readers are told
    r = run("index", str(SAMPLES), "--db", str(db))
    assert r.exit_code == 0
    assert "indexed by another version of refgraph: its articles are read again" in r.stderr
    assert "2 new or changed, 0 unchanged" in r.stderr
    r = run("cites", "57-KL/TW", "--db", str(db))
    assert "another version" not in r.stderr and "57-KL/TW" in r.stdout


def test_a_lookup_by_another_refgraph_leaves_the_index_as_it_is(tmp_path, monkeypatch):
    # Two installs side by side: one that only reads must not make the other re-read
    # a corpus its own extractor indexed.
    from refgraph import store as store_module
    db = tmp_path / "r.db"
    assert run("index", str(SAMPLES), "--db", str(db)).exit_code == 0
    mine = store_module.extractor_fingerprint
    monkeypatch.setattr(store_module, "extractor_fingerprint", lambda: "another install")
    assert "indexed by another version" in run("docs", "--db", str(db)).stderr
    monkeypatch.setattr(store_module, "extractor_fingerprint", mine)
    assert "another version" not in run("docs", "--db", str(db)).stderr
    assert "0 new or changed, 2 unchanged" in run("index", str(SAMPLES), "--db", str(db)).stderr


def test_run_index_reads_again_what_another_extractor_indexed(tmp_path, monkeypatch):
    # The library path (docs/store-api.md): a store opened without writer=True.
    from refgraph import store as store_module
    db = tmp_path / "r.db"
    with Store.open(db) as s:
        assert run_index(s, [str(SAMPLES)], skips=quiet_log()).added == 2
    monkeypatch.setattr(store_module, "extractor_fingerprint", lambda: "a newer one")
    with Store.open(db) as s:
        res = run_index(s, [str(SAMPLES)], skips=quiet_log())
        assert (res.added, res.unchanged) == (2, 0) and not s.stale
    with Store.open(db) as s:
        assert run_index(s, [str(SAMPLES)], skips=quiet_log()).unchanged == 2


def test_a_reader_finishing_an_interrupted_run_does_not_claim_its_records(tmp_path,
                                                                          monkeypatch):
    # Install B re-reads an index and stops before finalize; a lookup by install A
    # finalizes it. The records are B's: A must still read them again.
    from refgraph import store as store_module
    db = tmp_path / "r.db"
    assert run("index", str(SAMPLES), "--db", str(db), "-q").exit_code == 0
    mine = store_module.extractor_fingerprint
    monkeypatch.setattr(store_module, "extractor_fingerprint", lambda: "install B")
    with Store.open(db, writer=True) as s:  # B's run, stopped before finalize
        marked = s.stale and not s.unchanged(next(iter_articles([str(SAMPLES)], skips=quiet_log())))
        for a in iter_articles([str(SAMPLES)], skips=quiet_log()):
            s.add(a, extract_article(a))
        s.commit()
        s.conn.execute("UPDATE meta SET value = '1' WHERE key = 'dirty'")
    assert marked
    monkeypatch.setattr(store_module, "extractor_fingerprint", mine)
    with Store.open(db) as s:  # A's lookup: finalizes what B left
        assert s.stale
    r = CliRunner().invoke(main, ["index", str(SAMPLES), "--db", str(db)])
    assert "2 new or changed, 0 unchanged" in r.stderr
