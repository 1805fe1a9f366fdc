"""`refgraph index PATH… [--db FILE] [--jobs N] [--quiet]`: scan a corpus into the store.

A thin shell over `refgraph.pipeline` (the map and write steps, the local pool).
"""
from __future__ import annotations

import click

from ..corpus import SkipLog
from ..store import Store, StoreError
from .common import DEFAULT_DB, EXIT_SKIPPED, field_option, index_paths, say


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
              metavar="FILE", help="The index to create or update.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction processes (default: one per core).")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar and no summary (skipped input is still reported).")
@click.option("--prune", is_flag=True,
              help="Also forget stored articles that came from PATHS and are no longer "
                   "there (deleted files, records gone from a dump). Files with skipped "
                   "input keep theirs.")
@field_option
def index(paths: tuple[str, ...], db: str, jobs: int | None, quiet: bool,
          prune: bool) -> None:
    """Scan PATHS (folders, .txt/.html/.jsonl/.csv files, - for stdin) into the index.

    Incremental: articles already stored with the same content are not extracted
    again; a changed article replaces its old records; when one run reads an id twice,
    the last one read is kept. An interrupted run keeps every committed batch, and
    running it again resumes. With --prune, what came from PATHS and is no longer there
    is forgotten (give PATHS as in the runs that indexed them).

    Exit status: 0 done; 3 done, but some input was skipped (each skip on stderr).
    """
    try:
        store = Store.open(db, writer=True, on_wait=say)
    except StoreError as e:
        raise click.BadParameter(str(e), param_hint="'--db'") from None
    skips = SkipLog()
    if store.stale:
        say(f"{db} was indexed by another version of refgraph: its articles are read "
            "again (those not in PATHS keep their old records until they are)")
    try:
        res = index_paths(store, list(paths), skips, jobs=jobs, quiet=quiet, prune=prune)
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
            # (bench/index.py reads "of which N s deciding identity" from this line)
            f"({mb:,.1f} MB in {res.seconds:,.1f} s{rate}, of which "
            f"{res.finalize_seconds:,.1f} s deciding identity across the corpus); {db}: "
            f"{stats['articles']:,} articles, {stats['citations']:,} citations, "
            f"{stats['documents']:,} documents, {stats['bodies']:,} bodies", err=True)
    if prune and not quiet:
        kept = (f"; kept {res.kept:,} not read this time, from files with skipped input"
                if res.kept else "")
        click.echo(f"refgraph: pruned {res.pruned:,} articles no longer in "
                   f"{', '.join(paths)}{kept}", err=True)
    if skips.count:
        raise click.exceptions.Exit(EXIT_SKIPPED)
