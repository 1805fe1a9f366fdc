"""The indexing pipeline: input units in, rows in the store out.

Two steps, split the way the costs fall:

- the map step, `map_units(units, settings, db)`: read, decode, parse, hash, check
  against the stored hashes, extract and build the rows of a list of `corpus.Unit`s.
  A pure function of its arguments (and of the files and read-only index they name),
  picklable, so it runs in a worker process here, and could run on any executor
  (a cluster's) without the CLI;
- the write step, `Writer.apply(task, results)`: the one writer puts the rows into
  SQLite, in input order.

`run_index` drives both locally: this process only cuts the input into units
(`corpus.iter_units`: file names, runs of JSON lines) and writes; N worker processes do
the map step a unit list at a time. Units travel through a bounded window, so memory
stays flat however large the corpus is.
"""
from __future__ import annotations

import functools
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from .corpus import (BLOCK_BYTES, MAX_ARTICLE_BYTES, Fields, Skip, SkipLog, Unit,
                     iter_units, read_unit)
from .bounded import extract_bounded
from .models import Article, Extraction

if TYPE_CHECKING:  # the pool's modules are imported when a pool starts: a scan of a few
    # files never pays for them (logging and multiprocessing: 20 ms of start-up); nor
    # does `scan` pay for the store and sqlite3, which only `index` uses
    import sqlite3
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .store import Store

# Page files per task sent to a worker: a page is a few KB, and a task should be large
# enough to amortise the round trip (dumps come in units of BLOCK_BYTES already).
PAGES_PER_TASK = 64
# Tasks in flight per worker: keeps workers busy while the writer drains results, and
# bounds memory (about BLOCK_BYTES × IN_FLIGHT × jobs of input at once).
IN_FLIGHT = 2

# Seconds one article may take to extract. A pathological page (a regex that backtracks
# on some odd text) must cost one skip, not a hung run.
EXTRACT_TIMEOUT = 30.0


@dataclass
class IndexResult:
    read: int = 0        # articles read
    added: int = 0       # new or changed, written
    unchanged: int = 0   # same id and content as stored
    bytes: int = 0       # input bytes read
    seconds: float = 0.0
    # of `seconds`, the corpus stage (Store.finalize: identity across the corpus),
    # which runs in this process after every article is written
    finalize_seconds: float = 0.0
    pruned: int = 0      # removed by prune: no longer in the PATHS read
    kept: int = 0        # not seen, but kept: their file had input skipped in this run


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


class Guard:
    """A time limit per extraction, by SIGALRM. The handler is installed once for a
    run of articles (a task) and only the timer is set per article: installing it per
    article cost 2% of the extraction time."""

    def __init__(self, timeout: float = EXTRACT_TIMEOUT):
        self.timeout = timeout
        # SIGALRM exists on POSIX only and can be set from the main thread only;
        # elsewhere extractions run unguarded.
        self.active = (hasattr(signal, "setitimer")
                       and threading.current_thread() is threading.main_thread())
        self._old: Any = None

    def __enter__(self) -> Guard:
        if self.active:
            self._old = signal.signal(signal.SIGALRM, _on_alarm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)

    def extract(self, article: Article) -> Extraction | str:
        """The article's extraction, or why there is none (an error, or over the limit)."""
        try:
            # The alarm may go off at any bytecode from arming to disarming, setitimer's
            # own return included: both are inside the try that catches it.
            try:
                if self.active:
                    signal.setitimer(signal.ITIMER_REAL, self.timeout)
                return extract_bounded(article)
            finally:
                if self.active:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except _Timeout:
            return f"extraction took over {self.timeout:g} s (gave up on this article)"
        except Exception as e:  # one odd page must not end the run: it is reported
            return f"extraction failed ({type(e).__name__}: {e})"

    def read(self, article: Article) -> tuple[Extraction | None, Skip | None]:
        """The article's extraction (None when it failed or ran over the limit) and what
        to report of it (why it failed, or that it was cut short), if anything."""
        ex = self.extract(article)
        why = ex if isinstance(ex, str) else ex.note
        if why is None:
            return ex, None
        line = article.meta.get("line")
        # a dump's record is named by its line; a file is its own name
        skip = Skip(article.source or article.id,
                    why if line is None else f"{why} (article {article.id})", line)
        return (None if isinstance(ex, str) else ex), skip


def extract_guarded(article: Article, timeout: float = EXTRACT_TIMEOUT) -> Extraction | str:
    """The article's extraction, or why there is none (an error, or over `timeout` s)."""
    with Guard(timeout) as guard:
        return guard.extract(article)


# What the map step gives back, one entry per article or skip, in input order:
#   ("skip", Skip)                                  input that could not be read
#   ("failed", Skip, id, bytes)                     read, but its extraction failed
#   ("same", unit index, id, line, hash, source, bytes)   stored as is: not extracted
#   ("rows", Rows, bytes)                           new or changed: the rows to write
Result = tuple
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Settings:
    """How the map step reads and extracts (the same in every process)."""

    fields: Fields | None = None
    max_bytes: int = MAX_ARTICLE_BYTES
    timeout: float = EXTRACT_TIMEOUT


def process_units(units: list[Unit], cfg: Settings,
                  lookup: Callable[[list[str]], dict[str, str]]) -> list[Result]:
    """Read, hash, check against the stored hashes (`lookup`), extract what is new or
    changed, and make its rows. The map step's body, in a worker or in the writer."""
    from .store import article_rows, content_hash

    out: list[Result] = []

    def skip(s: Skip) -> None:
        out.append(("skip", s))

    # Read the whole task first, so that one lookup serves it (a task of pages is 64
    # units of one article each). Skips met while reading come before the task's
    # articles: each names its file and line, so their order does not matter.
    arts = [(ui, a) for ui, unit in enumerate(units)
            for a in read_unit(unit, skips=skip, fields=cfg.fields, max_bytes=cfg.max_bytes)]
    stored = lookup([a.id for _, a in arts]) if arts else {}
    with Guard(cfg.timeout) as guard:
        for ui, a in arts:
            digest = content_hash(a)
            nbytes = a.meta.get("bytes", len(a.text))
            line = a.meta.get("line")
            if stored.get(a.id) == digest:
                out.append(("same", ui, a.id, line, digest, a.source, nbytes))
                continue
            ex, skip = guard.read(a)
            if ex is None:
                out.append(("failed", skip, a.id, nbytes))
                continue
            if skip is not None:  # cut short: stored as far as it was read, and said
                out.append(("skip", skip))
            out.append(("rows", article_rows(a, ex, digest), nbytes))
    return out


def scan_units(units: list[Unit], cfg: Settings, render: bool = False,
               relations: bool = True) -> list[Result]:
    """The map step of `scan`: read and extract `units`, in input order, as
    ("skip", Skip) for input that could not be read or extracted, and ("article", bytes,
    records) for each article read: its citation records (DESIGN.md, with
    `article_date` last), then, with `relations`, its relation records. `render`:
    records come as their JSON Lines text, one string an article, rendered where they
    are made (in the workers). Pure and picklable, like `map_units`."""
    out: list[Result] = []

    def skip(s: Skip) -> None:
        out.append(("skip", s))

    with Guard(cfg.timeout) as guard:
        for unit in units:
            for a in read_unit(unit, skips=skip, fields=cfg.fields, max_bytes=cfg.max_bytes,
                               digests=False):
                ex, why = guard.read(a)
                if why is not None:  # failed, or cut short (kept as far as it was read)
                    out.append(("skip", why))
                recs: list[dict] = []
                if ex is not None:
                    for c in ex:
                        rec = c.record(a.id)
                        rec["article_date"] = a.date  # last: the columns keep their place
                        recs.append(rec)
                    if relations:
                        recs.extend(r.record(a.id) for r in ex.relations)
                nbytes = a.meta.get("bytes", len(a.text))
                out.append(("article", nbytes, "".join(
                    _json(r) + "\n" for r in recs) if render else recs))
    return out


# json.dumps(r, ensure_ascii=False), without making an encoder for each record
_json = json.JSONEncoder(ensure_ascii=False).encode


@functools.cache
def _read_only(db: str) -> sqlite3.Connection:
    """A worker's read-only view of the index, opened once per worker process."""
    import sqlite3

    return sqlite3.connect(f"file:{quote(db)}?mode=ro", uri=True, timeout=30)


def _lookup_in(db: str | None) -> Callable[[list[str]], dict[str, str]]:
    """Stored hashes as of the last commit the writer made (a WAL reader never waits for
    the writer). The writer checks every "same" answer again before trusting it."""
    if db is None:
        return lambda ids: {}
    from .store import stored_hashes

    conn = _read_only(db)
    return lambda ids: stored_hashes(conn, ids)


def map_units(units: list[Unit], cfg: Settings, db: str | None) -> list[Result]:
    """The map step: the results of `units` (see `Result`), looking stored hashes up in
    the index file `db` read-only (None: nothing stored). Picklable, module-level."""
    return process_units(units, cfg, _lookup_in(db))


def _worker_init(writer_pid: int) -> None:
    # Ctrl-C goes to the whole process group: the parent decides what to do (roll back,
    # stop the pool); workers dying mid-task would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(writer_pid)


def _die_with(pid: int) -> None:
    """End this worker when process `pid` (the writer) ends, however it ends.

    A worker's parent is the forkserver, not the writer, and each worker holds the pipes
    that keep the forkserver and the resource tracker alive: when the writer is killed
    (SIGKILL, out of memory) the workers would wait for tasks for ever, and all of them
    would keep the caller's stderr open. A thread waits for the writer's end (a pidfd
    on Linux, else a check twice a second) and exits the process at once.
    """
    def watch() -> None:
        try:
            fd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            import select

            select.select([fd], [], [])  # readable when the process has ended
        else:
            while True:
                time.sleep(0.5)
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    continue
        os._exit(1)

    threading.Thread(target=watch, name="refgraph-writer-watch", daemon=True).start()


def steady_malloc() -> None:
    """Keep glibc from growing the writer's heap a little with every unit it cuts.

    Units and the pickled tasks are buffers of about BLOCK_BYTES. glibc serves the first
    from mmap and, once one is freed, raises its mmap threshold above that size, so
    later ones come from the heap, which fragments: the writer's RSS grew with the
    corpus (32 MB to 54 MB of heap over 100,000 articles). A fixed threshold keeps such
    buffers in mmap and the RSS flat, for about 2 ms of the writer's CPU per MB of input
    (page faults; 1.5% of the run's CPU). `malloc_trim` every few tasks cost nothing but
    did not stop the growth. Workers' heaps do not grow: they are left alone. Elsewhere
    than glibc, nothing to do.
    """
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    M_MMAP_THRESHOLD = -3  # <malloc.h>
    mallopt(M_MMAP_THRESHOLD, 128 * 1024)


def _pool(jobs: int, fork: bool = False) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if fork and "fork" in methods and sys.platform.startswith("linux"):
        # a copy of this process, patterns compiled: workers start in milliseconds,
        # where a forkserver first starts an interpreter (0.3 s). Linux only: macOS's
        # system libraries may not survive a fork (Python defaults to spawn there)
        ctx = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        # forkserver: workers fork from a clean server process (not from this one, which
        # may hold an open SQLite connection), with the extractor imported once, up front
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["refgraph.pipeline", "refgraph.store"])  # and the extractor
    else:
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                               initargs=(os.getpid(),))


def _stop_pool(pool: ProcessPoolExecutor, now: bool) -> None:
    """Shut the pool down; `now` (the run is ending on an exception: Ctrl-C, SIGTERM)
    kills the workers first instead of waiting for their tasks."""
    if now:
        # No public way to stop running tasks: the executor's own process table.
        for proc in list(getattr(pool, "_processes", {}).values()):
            try:
                proc.kill()
            except (OSError, ValueError):
                pass
    pool.shutdown(wait=True, cancel_futures=True)


class TaskPool:
    """Tasks run by N worker processes, their results handed back in input order.

    A context manager: on leaving it the workers are stopped, at once when an exception
    (Ctrl-C included) is leaving with it. `map` keeps at most IN_FLIGHT tasks per worker
    in flight, so memory stays flat however many tasks come; should the workers die
    (killed, out of memory), `notice` says so once and this process does the rest.
    """

    def __init__(self, jobs: int | None = None, notice: Callable[[str], None] | None = None,
                 fork: bool = False):
        # None: one worker per core
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
        self.notice = notice or _say
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        # fork: workers are copies of this process (which must hold no open database
        # or thread that a copy would share); else they come from a forkserver
        self.fork = fork

    def __enter__(self) -> TaskPool:
        return self

    def __exit__(self, exc_type: type | None, *exc: object) -> None:
        if self._pool is not None:
            _stop_pool(self._pool, now=exc_type is not None)
            self._pool = None

    def map(self, work: Callable[[T], R], tasks: Iterable[T],
            local: Callable[[T], R] | None = None) -> Iterator[tuple[T, R]]:
        """(task, result) for each task, in order: `work(task)` run in a worker (`work`
        must pickle: a module-level function or a partial of one), or `local(task)`
        (default `work`) in this process. This process does the first task itself while
        the workers start, and a run of one task never starts them."""
        local = local or work
        tasks = iter(tasks)
        first = next(tasks, None)
        if first is None:
            return
        window: deque[tuple[T, Future | None]] = deque()
        if self.jobs > 1 and (second := next(tasks, None)) is not None:
            self._submit(work, second, window)
        yield first, local(first)
        for task in tasks:
            if self.jobs == 1:
                yield task, local(task)
                continue
            self._submit(work, task, window)
            yield from self._drain(window, IN_FLIGHT * self.jobs - 1, local)
        yield from self._drain(window, 0, local)

    def _stopped(self, e: BrokenProcessPool) -> None:
        if not self._broken:
            self._broken = True
            self.notice(f"the worker processes stopped ({e}); going on in this process only")

    def _submit(self, work: Callable, task: Any, window: deque) -> None:
        from concurrent.futures.process import BrokenProcessPool

        fut = None
        if not self._broken:
            if self._pool is None:
                self._pool = _pool(self.jobs, fork=self.fork)
            try:
                fut = self._pool.submit(work, task)
            except BrokenProcessPool as e:
                self._stopped(e)
        window.append((task, fut))

    def _drain(self, window: deque, keep: int, local: Callable) -> Iterator[tuple[Any, Any]]:
        if not window:  # no pool was started
            return
        from concurrent.futures.process import BrokenProcessPool

        while window and (len(window) > keep or window[0][1] is None
                          or window[0][1].done()):
            task, fut = window.popleft()
            result = None
            if fut is not None:
                try:
                    result = fut.result()
                except BrokenProcessPool as e:
                    self._stopped(e)
            if result is None:  # its worker died: this process does the task
                result = local(task)
            yield task, result


def _noting_dumps(units: Iterable[Unit], dumps: set[str]) -> Iterator[Unit]:
    for unit in units:
        if unit.kind in ("lines", "articles"):
            dumps.add(unit.source)
        yield unit


def tasks_of(units: Iterable[Unit], task_bytes: int) -> Iterator[list[Unit]]:
    """Units grouped into tasks: a dump's run of lines alone, page files by the
    PAGES_PER_TASK (their size is not known before they are read)."""
    task: list[Unit] = []
    size = 0
    for unit in units:
        task.append(unit)
        size += unit.nbytes
        if size >= task_bytes or (not unit.nbytes and len(task) >= PAGES_PER_TASK):
            yield task
            task, size = [], 0
    if task:
        yield task


class Writer:
    """The write step: a task's results (from `map_units`) into the store, in order.

    Counts go into `res`; skips and failed extractions to `report`. With `prune`, the
    ids it meets are marked seen."""

    def __init__(self, store: Store, cfg: Settings, res: IndexResult,
                 report: Callable[[Skip], None], prune: bool = False):
        self.store = store
        self.cfg = cfg
        self.res = res
        self.report = report
        self.prune = prune

    def apply(self, task: list[Unit], results: list[Result]) -> None:
        store, res = self.store, self.res
        if self.prune:
            store.mark_seen(r[1][0][0] if r[0] == "rows" else r[2]
                            for r in results if r[0] != "skip")
        batch: list = []

        def flush() -> None:
            added = store.add_many(batch)
            res.added += added
            res.unchanged += len(batch) - added
            batch.clear()

        for r in results:
            if r[0] == "skip":
                self.report(r[1])
                continue
            res.read += 1
            res.bytes += r[-1]
            if r[0] == "failed":
                self.report(r[1])
                continue
            if r[0] == "rows":
                batch.append(r[1])
                continue
            flush()  # what came before is written before this answer is checked
            _, ui, aid, line, digest, source, _ = r
            if store.confirm_unchanged(aid, digest, source):
                res.unchanged += 1
            else:
                # The id was rewritten since the worker looked (it occurs twice in this
                # run): read this record again and store it, so the last one read wins.
                self._redo(task[ui], aid, line)
        flush()

    def _redo(self, unit: Unit, aid: str, line: int | None) -> None:
        cfg = self.cfg
        for a in read_unit(unit, skips=lambda s: None, fields=cfg.fields,
                           max_bytes=cfg.max_bytes):
            if a.id == aid and a.meta.get("line") == line:
                with Guard(cfg.timeout) as guard:
                    ex, skip = guard.read(a)
                if skip is not None:  # failed, or cut short (what was read is stored)
                    self.report(skip)
                if ex is not None and self.store.add(a, ex):
                    self.res.added += 1
                return
        self.report(Skip(unit.source, f"changed while it was being indexed (article "
                                      f"{aid}); run again to store its last version", line))


def _say(message: str) -> None:
    print(f"refgraph: {message}", file=sys.stderr, flush=True)


def run_index(store: Store, paths: list[str], *, skips: Callable[[Skip], None] | None = None,
              fields: Fields | None = None, jobs: int | None = None,
              progress: Callable[[int, int], None] | None = None,
              notice: Callable[[str], None] = _say, timeout: float = EXTRACT_TIMEOUT,
              block_bytes: int = BLOCK_BYTES, max_bytes: int = MAX_ARTICLE_BYTES,
              prune: bool = False) -> IndexResult:
    """Read `paths`, extract what is new or changed, write it to `store`, finalize.

    `prune`: then forget the stored articles that came from `paths` and are no longer
    there (see `_prune`).

    `jobs`: extracting processes (None: one per core; 1: this one, no pool). With
    N > 1, N workers run the map step while this process writes; a run whose input
    fits in one task (`block_bytes`, or PAGES_PER_TASK pages) never starts them. Bad
    input goes to `skips`; `progress(bytes, articles)` is called once a task with what
    it added; `notice` gets messages about the run itself (workers lost). On an
    exception (Ctrl-C included) the open batch is rolled back and the exception
    propagates: the store keeps every batch committed before.
    """
    report: Callable[[Skip], None] = skips if skips is not None else SkipLog()
    steady_malloc()
    res = IndexResult()
    t0 = time.perf_counter()

    troubled: set[str] = set()  # sources with skipped input: never pruned from
    dumps_read: set[str] = set()  # dumps this run opened and cut
    if prune:
        store.track_seen()
        shown = report

        def report(skip: Skip) -> None:
            troubled.add(skip.source)
            shown(skip)

    store.expire_other_extractor()  # a store opened without writer=True too
    cfg = Settings(fields, max_bytes, timeout)
    writer = Writer(store, cfg, res, report, prune)
    # Workers read the index from its file; an empty or in-memory one has nothing for
    # them to find.
    empty = store.is_empty()
    db = None if empty or store.path == ":memory:" else os.path.abspath(store.path)

    def apply(task: list[Unit], results: list[Result]) -> None:
        read, nbytes = res.read, res.bytes
        writer.apply(task, results)
        if progress is not None:
            progress(res.bytes - nbytes, res.read - read)  # once a task: a redraw costs

    failed = True
    try:
        if empty:
            store.defer_indexes()
        units = iter_units(paths, fields=fields, max_bytes=max_bytes,
                           block_bytes=block_bytes)
        if prune:
            units = _noting_dumps(units, dumps_read)
        with TaskPool(jobs, notice) as pool:
            for task, results in pool.map(
                    functools.partial(map_units, cfg=cfg, db=db), tasks_of(units, block_bytes),
                    local=lambda task: process_units(task, cfg, store.stored_hashes)):
                apply(task, results)
        if prune:
            res.pruned, res.kept = _prune(store, paths, troubled, dumps_read)
        store.commit()
        failed = False
    finally:
        if failed:  # Ctrl-C included: the store keeps every batch committed before
            store.rollback()
    t1 = time.perf_counter()
    store.finalize()
    res.finalize_seconds = time.perf_counter() - t1
    res.seconds = time.perf_counter() - t0
    return res


def _prune(store: Store, paths: list[str], troubled: set[str],
           dumps_read: set[str]) -> tuple[int, int]:
    """Forget stored articles that came from under `paths` and were not read in this
    run: their file is gone, or it is a dump this run read without them. Kept: a page
    file that still exists (its id may be spelled from another folder), a dump this run
    did not open, and everything from a file or folder whose input was partly skipped
    in this run (a record that no longer parses is not a record deleted; a folder that
    could not be listed hides its files). Returns (removed, kept)."""
    roots = [str(Path(p)) for p in paths if p != "-"]
    kept = 0
    gone: list[str] = []

    def under_trouble(source: str) -> bool:
        return source in troubled or any(
            source.startswith(t.rstrip(os.sep) + os.sep) for t in troubled)

    for aid, source in store.unseen(roots):
        if under_trouble(source):
            kept += 1
        elif source in dumps_read or not os.path.exists(source):
            gone.append(aid)
            if len(gone) >= 1000:
                store.mark_gone(gone)
                gone.clear()
    store.mark_gone(gone)
    return store.remove_gone(), kept


