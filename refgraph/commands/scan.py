"""`refgraph scan`: the citation records of DESIGN.md, straight from files or a pipe.

A thin shell over `refgraph.pipeline` (`scan_units`, the map step, run by a `TaskPool`).
"""
from __future__ import annotations

import functools
import sys

import click

from ..corpus import BLOCK_BYTES, SkipLog, iter_units
from ..models import CITATION_FIELDS
from ..pipeline import EXTRACT_TIMEOUT, Settings, TaskPool, scan_units, tasks_of
from .common import (EXIT_SKIPPED, Progress, csv_cell, current_fields, field_option,
                     raw_csv_option, say)

_TABLE = ("article", "start", "text", "type", "key", "issuer", "date", "body", "zone")
# Seconds one article may take, as in `index`: the patterns are linear, this is the
# last line of defence should one not be.
TIMEOUT = EXTRACT_TIMEOUT
TASK_BYTES = BLOCK_BYTES // 4


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--relations/--no-relations", default=True, show_default=True,
              help="Print relation records (jsonl) after each article's citations.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extraction processes (default: one per core; 1: this process only).")
@click.option("-q", "--quiet", is_flag=True, help="No closing summary on stderr.")
@raw_csv_option
@field_option
def scan(paths: tuple[str, ...], fmt: str, relations: bool, jobs: int | None,
         quiet: bool) -> None:
    """Print every document citation in PATHS (files, folders of *.txt, or - for stdin).

    One record per citation; relations between documents follow as records of their
    own ("record": "relation"). The `article` field is the path relative to the folder
    given, or the file's name. Reads .txt pages, .html, .jsonl/.ndjson and .csv dumps.
    Records come in input order, whatever the number of processes.

    Exit status 3 when some input was skipped (each skip is reported on stderr).
    """
    out = sys.stdout
    writer = None
    if fmt == "csv":
        import csv  # the output formats' modules load when used (start-up time)

        writer = csv.DictWriter(out, fieldnames=("record", *CITATION_FIELDS, "article_date"),
                                extrasaction="ignore")
        writer.writeheader()
        cell = csv_cell()
    rows = []
    skips = SkipLog()
    # a bar only when the records go elsewhere than the terminal the bar is drawn on
    bar = Progress(list(paths), not quiet and not out.isatty(), label="Scanning")
    report = bar.reporting(skips)
    n = 0
    fields = current_fields()
    cfg = Settings(fields, timeout=TIMEOUT)
    work = functools.partial(scan_units, cfg=cfg, render=fmt == "jsonl",
                             relations=relations and fmt == "jsonl")
    # smaller tasks than index's: a run of a few MB is shared out evenly too
    units = iter_units(paths, fields=fields, block_bytes=TASK_BYTES)
    with TaskPool(jobs, notice=say, fork=True) as pool:  # this process holds no database
        for _, results in pool.map(work, tasks_of(units, TASK_BYTES)):
            for r in results:
                if r[0] == "skip":
                    report(r[1])
                    continue
                _, nbytes, recs = r
                n += 1
                bar.update(nbytes)
                if fmt == "jsonl":
                    out.write(recs)
                elif fmt == "csv":
                    for rec in recs:
                        writer.writerow({k: cell(v) for k, v in rec.items()})
                else:
                    rows.extend(recs)
    bar.close()
    if fmt == "table":
        from .tables import Column, render_table

        click.echo(render_table(rows, [Column(f, f, right=(f == "start")) for f in _TABLE]))
    if not quiet:
        click.echo(f"refgraph: {skips.summary(n)}", err=True)
    if len(skips):
        raise click.exceptions.Exit(EXIT_SKIPPED)
