"""What every command that reads articles shares: where the store comes from (`--db` or
PATHs scanned into memory), the `--field` mapping for JSON Lines / CSV dumps, and the
skip report with exit status 3.
"""
from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from .. import escaping
from ..corpus import Fields, Skip, SkipLog, input_bytes

if TYPE_CHECKING:  # `scan` holds no store: sqlite3 and the store load when one is opened
    from ..pipeline import IndexResult
    from ..store import Store

DEFAULT_DB = "refgraph.db"
EXIT_SKIPPED = 3  # DESIGN.md: done, but some input was skipped
_FIELDS_META = "refgraph.fields"


def _stash_fields(ctx: click.Context, param: click.Parameter,
                  value: tuple[str, ...]) -> None:
    try:
        ctx.meta[_FIELDS_META] = Fields.parse(value) if value else None
    except ValueError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None


def field_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--field NAME=COLUMN: JSON/CSV field names; kept in ctx.meta (not a parameter of
    the command function), read back by `current_fields()`."""
    return click.option(
        "--field", "fields", multiple=True, metavar="NAME=COLUMN[,COLUMN…]",
        expose_value=False, callback=_stash_fields,
        help="Field names in JSON Lines / CSV input, e.g. --field text=noi_dung "
             "--field title=tieu_de (NAME: id, title, url, date, text; defaults: id, "
             "title, url, date, text/content/body).")(f)


_RAW_CSV_META = "refgraph.raw_csv"
RAW_CSV_HELP = ("CSV output: cells starting with =, +, -, @, tab or CR get a leading ' so "
                "that a spreadsheet shows them as text and never runs them as a formula "
                "(OWASP, CSV injection). --raw-csv writes them as they are, for scripts.")


def raw_csv_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--raw-csv, kept in ctx.meta and read back by `csv_cell()`."""
    def stash(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        ctx.meta[_RAW_CSV_META] = value

    return click.option("--raw-csv", is_flag=True, expose_value=False, callback=stash,
                        help=RAW_CSV_HELP)(f)


def csv_cell() -> Callable[[Any], Any]:
    """How the current command writes a CSV cell: neutralised (default) or raw."""
    return escaping.csv_cell(raw_csv())


def raw_csv() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_RAW_CSV_META, False))


def current_fields() -> Fields | None:
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_FIELDS_META) if ctx is not None else None


def store_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Adds PATHS… (nargs=-1) and --db (and --field, consumed here): pass both to
    `open_store`. With PATHS the command scans them into a scratch in-memory store
    (or into --db when both are given); without, it reads --db (default ./refgraph.db)."""
    f = field_option(f)
    f = click.option(
        "--db", type=click.Path(dir_okay=False), default=None, metavar="FILE",
        help=f"Index to read (default ./{DEFAULT_DB}, made by `refgraph index`). With "
             "PATHS, they are scanned into it first.")(f)
    f = click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))(f)
    return f


def open_store(paths: tuple[str, ...] | list[str], db: str | None, *,
               quiet: bool = False, jobs: int | None = None) -> Store:
    """The store a command reads. With `paths`: scan them (into ":memory:", or into `db`
    when given), reporting each skipped input on stderr; the returned store's
    `.skipped` is the count, and when it is not zero the command exits with status 3
    once it returns normally (nothing for the caller to do; raising `Exit(3)` itself is
    fine too). Without `paths`: open `db` (default ./refgraph.db), which must exist.

    Unusable databases (missing, not ours, from a newer refgraph) end the command with a
    usage error (exit 2) that says why.
    """
    from ..store import Store, StoreError

    try:
        if not paths:
            store = Store.open(db or DEFAULT_DB, create=False)
            store.skips = SkipLog(report=False)
            return store
        store = Store.open(db, writer=db is not None, on_wait=say)  # None -> ":memory:"
    except StoreError as e:
        raise click.BadParameter(str(e), param_hint="'--db'") from None
    skips = SkipLog()
    store.skips = skips
    try:
        result = index_paths(store, list(paths), skips, jobs=jobs, quiet=quiet)
    except BaseException:
        store.rollback()
        store.close()
        raise
    if skips.count and not quiet:
        click.echo("refgraph: " + skips.summary(result.read), err=True)
    exit_3_if_skipped(skips)
    return store


def index_paths(store: Store, paths: list[str], skips: SkipLog, *, jobs: int | None = None,
                quiet: bool = False, prune: bool = False) -> IndexResult:
    """`pipeline.run_index` with a progress bar on a terminal (unless `quiet`) and the
    `--field` mapping of the current command."""
    from ..pipeline import run_index  # imported when used: lookups on --db never need it

    bar = Progress(paths, not quiet)
    report = bar.reporting(skips)

    def notice(message: str) -> None:
        bar.clear_line()
        click.echo(f"refgraph: {message}", err=True)

    old = _catch_sigterm()
    try:
        return run_index(store, paths, skips=report, fields=current_fields(), jobs=jobs,
                         progress=bar.update if bar.bar is not None else None,
                         notice=notice, prune=prune)
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)
        bar.close()


def _on_sigterm(signum: int, frame: Any) -> None:
    # Ends the process here, as SIGKILL would, but with a word: raising from a signal
    # handler could land inside the pool's own locks and hang its shutdown. What was
    # committed stays; SQLite drops the open batch; the workers watch this process and
    # end with it (pipeline._die_with), and the forkserver and resource tracker follow.
    sys.stderr.write("\nrefgraph: terminated; every batch committed before is kept. Run "
                     "the same command again to resume.\n")
    sys.stderr.flush()
    os._exit(128 + signum)


def _catch_sigterm() -> Any:
    """Handle SIGTERM for the run (main thread only); returns the old handler, or None
    when it could not be set."""
    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread
        return None


def say(message: str) -> None:
    """A message about the run (not about one input) on stderr."""
    click.echo(f"refgraph: {message}", err=True)


def exit_3_if_skipped(skips: SkipLog) -> None:
    """When the current command returns normally and `skips` is not empty, exit 3.

    Registered on the click context so that commands need no code of their own for it;
    a command that ends with an error (not found, ambiguous) keeps its own status.
    """
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return

    def _on_close() -> None:
        if skips.count and sys.exc_info()[0] is None:
            raise click.exceptions.Exit(EXIT_SKIPPED)

    ctx.call_on_close(_on_close)


def finish(skips: SkipLog, n_articles: int, *, quiet: bool = False,
           extra: str = "") -> int:
    """End-of-run summary on stderr ("1,204 articles, 3 skipped: …") and the exit status
    it implies: 0, or 3 when something was skipped. For commands that read with
    `corpus.iter_articles` directly (scan)."""
    if not quiet or skips.count:
        click.echo("refgraph: " + skips.summary(n_articles) + extra, err=True)
    return EXIT_SKIPPED if skips.count else 0


class Progress:
    """A progress bar on stderr when it is a terminal (bytes, articles, ETA); else nothing.

    Shared by the commands that read corpora (index, scan).
    """

    def __init__(self, paths: list[str], enabled: bool, label: str = "Indexing"):
        self.bar = None
        self.n = 0
        self.nbytes = 0
        if enabled and sys.stderr.isatty():
            total = input_bytes(paths)
            if total > 0:
                self.bar = click.progressbar(
                    length=total, label=label, file=sys.stderr, show_eta=True,
                    show_percent=True, item_show_func=lambda s: s)
                self.bar.__enter__()

    def update(self, nbytes: int, n: int = 1) -> None:
        """`n` more articles read, `nbytes` more bytes."""
        self.n += n
        self.nbytes += nbytes
        if self.bar is not None:
            self.bar.update(nbytes, f"{self.n:,} articles, {self.nbytes / 1e6:,.1f} MB")

    def clear_line(self) -> None:
        if self.bar is not None:
            sys.stderr.write("\r\033[K")

    def reporting(self, skips: Callable[[Skip], None]) -> Callable[[Skip], None]:
        """`skips`, clearing the bar's line first so a message never lands inside it."""
        if self.bar is None:
            return skips

        def report(skip: Skip) -> None:
            self.clear_line()
            skips(skip)
        return report

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
