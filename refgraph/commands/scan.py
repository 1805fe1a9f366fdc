"""`refgraph scan`: the citation records of DESIGN.md, straight from files or a pipe."""
from __future__ import annotations

import csv
import json
import sys

import click

from ..corpus import SkipLog, iter_articles
from ..models import CITATION_FIELDS
from ..pipeline import EXTRACT_TIMEOUT, Guard
from .common import (EXIT_SKIPPED, Progress, csv_cell, current_fields, field_option,
                     raw_csv_option)
from .tables import Column, render_table

_TABLE = [Column(f, f, right=(f == "start")) for f in
          ("article", "start", "text", "type", "key", "issuer", "date", "body", "zone")]
# Seconds one article may take, as in `index`: the patterns are linear, this is the
# last line of defence should one not be.
TIMEOUT = EXTRACT_TIMEOUT


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--relations/--no-relations", default=True, show_default=True,
              help="Print relation records (jsonl) after each article's citations.")
@click.option("-q", "--quiet", is_flag=True, help="No closing summary on stderr.")
@raw_csv_option
@field_option
def scan(paths: tuple[str, ...], fmt: str, relations: bool, quiet: bool) -> None:
    """Print every document citation in PATHS (files, folders of *.txt, or - for stdin).

    One record per citation; relations between documents follow as records of their
    own ("record": "relation"). The `article` field is the path relative to the folder
    given, or the file's name. Reads .txt pages, .html, .jsonl/.ndjson and .csv dumps.

    Exit status 3 when some input was skipped (each skip is reported on stderr).
    """
    out = sys.stdout
    writer = None
    if fmt == "csv":
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
    # the alarm's handler is installed once for the run, its timer set per article
    with Guard(TIMEOUT) as guard:
        for article in iter_articles(paths, skips=report, fields=current_fields()):
            n += 1
            bar.update(article.meta.get("bytes", len(article.text)))
            ex, skip = guard.read(article)
            if skip is not None:  # failed or over the limit, or cut short (kept as read)
                report(skip)
            if ex is None:
                continue
            for c in ex:
                rec = c.record(article.id)
                rec["article_date"] = article.date  # last: the columns before keep their place
                if fmt == "jsonl":
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    writer.writerow({k: cell(v) for k, v in rec.items()})
                else:
                    rows.append(rec)
            if relations and fmt == "jsonl":
                for r in ex.relations:
                    out.write(json.dumps(r.record(article.id), ensure_ascii=False) + "\n")
    bar.close()
    if fmt == "table":
        click.echo(render_table(rows, _TABLE))
    if not quiet:
        click.echo(f"refgraph: {skips.summary(n)}", err=True)
    if len(skips):
        raise click.exceptions.Exit(EXIT_SKIPPED)
