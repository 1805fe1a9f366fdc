"""`refgraph graph` (the offline HTML page) and `refgraph export` (graphml, gexf, json, csv).

networkx is imported here and in refgraph.graph / refgraph.render only; cli.py loads this
module lazily, so `refgraph scan` never pays for it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from .common import open_store, raw_csv, raw_csv_option, store_options

DEFAULT_MAX_NODES = 2000


def view_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options that choose what part of the graph to draw or export."""
    decorators = [
        click.option("--include-related", is_flag=True,
                     help="Count citations in sidebars and related-article lists too "
                          "(by default only the article body counts)."),
        click.option("--min-cites", type=click.IntRange(min=0), default=0, show_default=True,
                     metavar="N", help="Keep documents cited by at least N articles."),
        click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
                     help="Keep the N most cited documents."),
        click.option("--focus", metavar="KEY",
                     help="Only the neighbourhood of one document (e.g. 57-KL/TW)."),
        click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
                     metavar="N", help="Hops around --focus."),
        click.option("--no-articles", is_flag=True,
                     help="Documents and bodies only; articles become counts."),
    ]
    for d in reversed(decorators):
        f = d(f)
    return f


def _build_view(paths: tuple[str, ...], db: str | None, *, include_related: bool,
                min_cites: int, top: int | None, focus: str | None, depth: int,
                no_articles: bool, max_nodes: int | None, quiet: bool):
    from .. import graph as g

    # open_store reports skipped input on stderr and makes the command exit 3 (DESIGN.md)
    store = open_store(paths, db, quiet=quiet)
    try:
        G = g.build_graph(store, include_related=include_related)
    finally:
        store.close()
    key = None
    if focus is not None:
        found = g.find_document(G, focus)
        if not found:
            near = g.suggest_documents(G, focus)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            click.echo(f"refgraph: no document {focus!r} in the graph{hint}", err=True)
            raise click.exceptions.Exit(1)  # DESIGN.md: 1 = not found
        if len(found) > 1:
            raise click.UsageError(f"--focus {focus!r} is ambiguous: {', '.join(found)}")
        key = found[0]
    v = g.view(G, min_cites=min_cites, top=top, focus=key, depth=depth,
               articles=not no_articles, max_nodes=max_nodes)
    return G, v


def _summary(G: Any) -> str:
    from ..graph import ARTICLE, BODY, DOCUMENT
    counts = {k: 0 for k in (DOCUMENT, ARTICLE, BODY)}
    for _, d in G.nodes(data=True):
        counts[d["kind"]] += 1
    return (f"{counts[DOCUMENT]} documents, {counts[BODY]} bodies, "
            f"{counts[ARTICLE]} articles, {G.number_of_edges()} edges")


@click.command()
@store_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              default="refgraph.html", show_default=True, help="HTML file to write.")
@view_options
@click.option("--max-nodes", type=click.IntRange(min=0), default=DEFAULT_MAX_NODES,
              show_default=True, metavar="N",
              help="Cap on nodes drawn, keeping the most cited documents; 0 for no cap.")
@click.option("--title", default="refgraph", show_default=True, help="Page title.")
@click.option("-q", "--quiet", is_flag=True, help="No messages except errors.")
def graph(paths: tuple[str, ...], db: str | None, output: str, include_related: bool,
          min_cites: int, top: int | None, focus: str | None, depth: int,
          no_articles: bool, max_nodes: int, title: str, quiet: bool) -> None:
    """Draw the citation graph as one offline HTML page.

    Reads PATHS (scanned in memory) or the index in --db. The page needs no network:
    open it in any browser. Search, filter by type, body and year, click a node to
    highlight its neighbours.

    \b
    Examples:
      refgraph graph samples/ -o refgraph.html
      refgraph graph --db refgraph.db --focus 57-KL/TW --depth 2
    """
    from ..render import write_view

    G, v = _build_view(paths, db, include_related=include_related,
                              min_cites=min_cites, top=top, focus=focus, depth=depth,
                              no_articles=no_articles, max_nodes=max_nodes or None,
                              quiet=quiet)
    if not quiet:
        for note in v.notes:
            click.echo(f"refgraph: {note}", err=True)
    size = write_view(v, G, output, title=title)
    if not quiet:
        if G.number_of_nodes() == 0:
            click.echo("refgraph: no citations found; the page is empty", err=True)
        click.echo(f"refgraph: wrote {output} ({_summary(v.graph)}; {size / 1024:.0f} KiB)",
                   err=True)


@click.command()
@store_options
@click.option("-f", "--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv"]),
              required=True, help="graphml and gexf open in Gephi; json is networkx "
                                  "node-link; csv writes a nodes file and an edges file.")
@click.option("-o", "--output", type=click.Path(writable=True), required=True,
              help="File to write (csv: OUT → OUT.nodes.csv and OUT.edges.csv; "
                   "a folder → nodes.csv and edges.csv in it).")
@view_options
@click.option("-q", "--quiet", is_flag=True, help="No messages except errors.")
@raw_csv_option
def export(paths: tuple[str, ...], db: str | None, fmt: str, output: str,
           include_related: bool, min_cites: int, top: int | None, focus: str | None,
           depth: int, no_articles: bool, quiet: bool) -> None:
    """Export the citation graph for Gephi, networkx or a spreadsheet.

    Node ids are "doc:KEY", "article:ID" and "body:NAME"; every node has `kind`
    (document, article, body) and every edge `kind` (cites, issued_by, implements,
    amends, replaces, guides, based_on). Nothing is capped.

    \b
    Examples:
      refgraph export samples/ --format graphml -o refgraph.graphml
      refgraph export --db refgraph.db --format json -o graph.json
    """
    from ..render import export as write_export

    _, v = _build_view(paths, db, include_related=include_related,
                              min_cites=min_cites, top=top, focus=focus, depth=depth,
                              no_articles=no_articles, max_nodes=None, quiet=quiet)
    written = write_export(v.graph, fmt, output, raw_csv=raw_csv())
    if not quiet:
        click.echo(f"refgraph: wrote {', '.join(map(str, written))} ({_summary(v.graph)})",
                   err=True)
