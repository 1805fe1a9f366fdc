"""`refgraph index PATH… [--db FILE] [--jobs N] [--quiet]`: scan a corpus into the store.

Extraction is a pure function of one text, so it runs in worker processes; reading,
hashing and writing stay in this process (SQLite has one writer). Articles travel to the
workers in small chunks through a bounded window, so memory stays flat however large
the corpus is, and results come back in input order.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

import click

from ..corpus import Fields, Skip, SkipLog, iter_articles
from ..models import Article, Extraction
from ..store import Store, StoreError, article_hash
from .common import DEFAULT_DB, EXIT_SKIPPED, Progress, current_fields, field_option

# Articles per task sent to a worker: large enough to amortise pickling and the queue
# round trip, small enough to keep workers evenly loaded.
CHUNK = 32
# Tasks in flight per worker: keeps workers busy while the writer drains results,
# and bounds memory (CHUNK × IN_FLIGHT × jobs articles at most).
IN_FLIGHT = 3
# Runs shorter than this many articles to extract never start a pool: starting worker
# processes costs more than the extraction of a handful of pages.
WARMUP = 2 * CHUNK


# An article on its way to extraction: (article, hash stored for its id or None, its
# hash when the writer needed it or None); chunks of these come back in order.
_Item = tuple[Article, "str | None", "str | None"]


@dataclass
class IndexResult:
    read: int = 0        # articles read
    added: int = 0       # new or changed, written
    unchanged: int = 0   # same id and content as stored
    bytes: int = 0       # input bytes read
    seconds: float = 0.0


# Seconds one article may take to extract. A pathological page (a regex that backtracks
# on some odd text) must cost one skip, not a hung run.
EXTRACT_TIMEOUT = 30.0


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: the parent decides what to do (roll back,
    # stop the pool); workers dying mid-task would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_guarded(article: Article, timeout: float = EXTRACT_TIMEOUT) -> Extraction | str:
    """The article's extraction, or why there is none (an error, or over `timeout` s)."""
    from ..extract import extract_article

    # SIGALRM exists on POSIX only and can be set from the main thread only; elsewhere
    # the extraction runs unguarded.
    guard = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if guard:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return extract_article(article)
    except _Timeout:
        return f"extraction took over {timeout:g} s (gave up on this article)"
    except Exception as e:  # one odd page must not end the run: it is reported
        return f"extraction failed ({type(e).__name__}: {e})"
    finally:
        if guard:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _extract_chunk(items: list[tuple[Article, str | None]],
                   timeout: float) -> list[tuple[str, Extraction | str]]:
    """Worker: each article's content hash (when the writer did not need it to skip the
    article: a new id) and its extraction, or the reason there is none."""
    return [(digest or article_hash(a), extract_guarded(a, timeout)) for a, digest in items]


def _pool(jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers fork from a clean server process (not from this one, which
    # holds an open SQLite connection), with the extractor imported once, up front.
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["refgraph.extract"])
    else:
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)


def run_index(store: Store, paths: list[str], *, skips: SkipLog | None = None,
              fields: Fields | None = None, jobs: int | None = None,
              progress: bool = True, timeout: float = EXTRACT_TIMEOUT) -> IndexResult:
    """Read `paths`, extract what is new or changed, write it to `store`, finalize.

    `jobs`: extracting processes, this one included (None: one per core; 1: only this
    one; N > 1: N - 1 workers, and this process takes chunks whenever they are busy). Bad input
    goes to `skips`. On an exception (Ctrl-C included) the open batch is rolled back and
    the exception propagates: the store keeps every batch committed before.
    """
    skips = skips if skips is not None else SkipLog()
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    res = IndexResult()
    t0 = time.perf_counter()
    bar = Progress(paths, progress)
    report = skips

    if bar.bar is not None:
        def report(skip: Skip) -> None:
            bar.clear_line()
            skips(skip)

    def store_one(article: Article, stored: str | None, digest: str,
                  ex: Extraction | str) -> None:
        if isinstance(ex, str):
            line = article.meta.get("line")
            # A dump's record is named by its line; a file is its own name.
            report(Skip(article.source or article.id,
                        ex if line is None else f"{ex} (article {article.id})", line))
            return
        if store.add(article, ex, digest=digest, stored=stored):
            res.added += 1

    pool: ProcessPoolExecutor | None = None
    window: deque[tuple[list[_Item], Future]] = deque()
    chunk: list[_Item] = []

    def drain_one() -> None:
        items, fut = window.popleft()
        for (article, stored, _), (digest, ex) in zip(items, fut.result()):
            store_one(article, stored, digest, ex)

    workers = max(1, jobs - 1)

    def submit() -> None:
        nonlocal pool, chunk
        if pool is None:
            pool = _pool(workers)
        pending = sum(1 for _, f in window if not f.done())
        if pending >= IN_FLIGHT * workers:
            # The workers are busy: this process extracts the chunk itself instead of
            # waiting. With jobs=N it is one of the N extracting processes, taking as
            # much as its reading and writing leave it time for.
            fut: Future = Future()
            fut.set_result(_extract_chunk([(a, d) for a, _, d in chunk], timeout))
        else:
            fut = pool.submit(_extract_chunk, [(a, d) for a, _, d in chunk], timeout)
        window.append((chunk, fut))
        chunk = []
        while window and window[0][1].done():
            drain_one()
        while len(window) > 2 * IN_FLIGHT * jobs:  # bounds memory
            drain_one()

    to_extract = 0
    try:
        for article in iter_articles(paths, skips=report, fields=fields):
            res.read += 1
            nbytes = article.meta.get("bytes", len(article.text))
            res.bytes += nbytes
            bar.update(nbytes)
            # Only an id already stored needs its hash here, to skip an unchanged
            # article; a new one is hashed by the worker that extracts it.
            stored = store.stored_hash(article.id)
            digest = article_hash(article) if stored is not None else None
            if digest is not None and digest == stored:
                res.unchanged += 1
                continue
            to_extract += 1
            if jobs == 1 or (to_extract <= WARMUP and pool is None):
                [(digest, ex)] = _extract_chunk([(article, digest)], timeout)
                store_one(article, stored, digest, ex)
                continue
            chunk.append((article, stored, digest))
            if len(chunk) >= CHUNK:
                submit()
        if chunk:
            submit()
        while window:
            drain_one()
        store.commit()
    except BaseException:
        store.rollback()
        raise
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    store.finalize()
    res.seconds = time.perf_counter() - t0
    return res


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
              metavar="FILE", help="The index to create or update.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction processes (default: one per core).")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar and no summary (skipped input is still reported).")
@field_option
def index(paths: tuple[str, ...], db: str, jobs: int | None, quiet: bool) -> None:
    """Scan PATHS (folders, .txt/.html/.jsonl/.csv files, - for stdin) into the index.

    Incremental: articles already stored with the same content are not read again; a
    changed article replaces its old records. An interrupted run keeps every committed
    batch, and running it again resumes.

    Exit status: 0 done; 3 done, but some input was skipped (each skip on stderr).
    """
    try:
        store = Store.open(db)
    except StoreError as e:
        raise click.BadParameter(str(e), param_hint="'--db'") from None
    skips = SkipLog()
    try:
        res = run_index(store, list(paths), skips=skips, fields=current_fields(),
                        jobs=jobs, progress=not quiet)
    except KeyboardInterrupt:
        n = store.stats()["articles"]
        store.close()
        click.echo(f"\nrefgraph: interrupted; {db} holds {n:,} articles. "
                   "Run the same command again to resume.", err=True)
        raise click.exceptions.Exit(130) from None
    stats = store.stats()
    store.close()
    if not quiet or skips.count:
        mb = res.bytes / 1e6
        rate = f", {mb / res.seconds:,.1f} MB/s" if res.seconds > 0 else ""
        click.echo(
            f"refgraph: {skips.summary(res.read)}\n"
            f"refgraph: {res.added:,} new or changed, {res.unchanged:,} unchanged "
            f"({mb:,.1f} MB in {res.seconds:,.1f} s{rate}); {db}: "
            f"{stats['articles']:,} articles, {stats['citations']:,} citations, "
            f"{stats['documents']:,} documents, {stats['bodies']:,} bodies", err=True)
    if skips.count:
        raise click.exceptions.Exit(EXIT_SKIPPED)
