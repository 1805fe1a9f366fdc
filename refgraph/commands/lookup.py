"""Lookups from the shell: cites, show, docs, bodies, articles.

Every command reads through the store (`--db FILE`, or PATHs scanned on the fly), takes
KEY as people type it (refgraph.keys does the forgiving part) and prints a table for
people or stable JSON/CSV for scripts. KEY must name exactly one document: none -> exit 1
with the closest keys, several -> exit 2 with the candidates; never a silent pick.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import click

from ..cli import EXIT_AMBIGUOUS, EXIT_NOT_FOUND
from .. import vocab
from ..keys import (doc_year, fold, key_versions, match_documents, norm_issuer, parse_type,
                    suggest)
from ..store import Store
from .common import csv_cell, open_store, raw_csv_option, store_options
from .tables import Column, cell, render_table, text_width

# --- output ---------------------------------------------------------------------------


def render(rows: Sequence[Mapping], columns: Sequence[Column], fields: Sequence[str],
           fmt: str) -> str:
    """table for people; json (a list of objects) and csv (header row) carry `fields`, in
    that order, whatever the table shows — scripts rely on the names, not the layout."""
    if fmt == "json":
        return json.dumps([{f: r.get(f) for f in fields} for r in rows],
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(fields)
        cell = csv_cell()
        for r in rows:
            w.writerow(["" if r.get(f) is None else cell(r.get(f)) for f in fields])
        return buf.getvalue().rstrip("\n")
    return render_table(rows, columns)


def emit(text: str) -> None:
    if text:
        click.echo(text)


def format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format, and --raw-csv for its csv form."""
    f = raw_csv_option(f)
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
        show_default=True, help="table for reading; json or csv for scripts (stable "
                                "fields; see --raw-csv).")(f)


# --- KEY -> one document ----------------------------------------------------------------

CANDIDATE_COLUMNS = (
    Column("key", "KEY"), Column("type", "TYPE"), Column("issuer", "ISSUER"),
    Column("body", "BODY", 28), Column("when", "DATE"), Column("n_articles", "ARTICLES", right=True),
    Column("n_articles_related", "RELATED ONLY", right=True), Column("subject", "SUBJECT", 50),
)


def _when(doc: Mapping) -> str | None:
    return doc.get("date") or (str(doc["year"]) if doc.get("year") else None)


def _candidates(doc: Mapping) -> str | None:
    """The dated keys an ambiguous key could be, as one cell ("18-NQ/TW@2017, …")."""
    return ", ".join(doc.get("candidates") or ()) or None


def _subject(doc: Mapping, cands: str | None) -> str | None:
    """A table's subject cell: the document's subject, or, for a key the corpus could
    not pin down to one document, what it could be (`cands`, _candidates)."""
    if doc.get("title"):
        return doc["title"]
    return f"could be {cands}" if cands and doc.get("ambiguous") else None


def resolve(store: Store, key: str) -> dict:
    """The one document KEY names, or exit 1 (none, with suggestions) / 2 (several)."""
    docs = store.documents()
    hits = match_documents(key, docs)
    if len(hits) == 1:
        return dict(hits[0])
    ctx = click.get_current_context()
    if not hits:
        click.echo(f"refgraph: no document matches {key!r}.", err=True)
        close = suggest(key, docs)
        if close:
            click.echo("Closest keys: " + ", ".join(close), err=True)
        ctx.exit(EXIT_NOT_FOUND)
    click.echo(f"refgraph: {key!r} matches {len(hits)} documents; "
               "repeat with one of these keys:", err=True)
    rows = [dict(d, when=_when(d), subject=_subject(d, _candidates(d)))
            for d in sorted(hits, key=_rank_key)]
    click.echo(render_table(rows, CANDIDATE_COLUMNS), err=True)
    ctx.exit(EXIT_AMBIGUOUS)


def _rank_key(d: Mapping) -> tuple:
    return (-(d.get("n_articles") or 0), -(d.get("n_articles_all") or 0),
            -(d.get("n_mentions") or 0), d.get("key") or "")


@contextmanager
def reading(paths: tuple[str, ...], db: str | None) -> Iterator[Store]:
    """The store to read: PATHS scanned on the fly, else --db (common.open_store)."""
    store = open_store(paths, db)
    if store.stale:
        click.echo(f"refgraph: {store.path} was indexed by another version of refgraph; "
                   "its records are as that one read them. Run `refgraph index` on the same "
                   "PATHS with this --db to bring them up to date.", err=True)
    try:
        yield store
    finally:
        store.close()


# --- cites ------------------------------------------------------------------------------

SNIPPET_SIDE = 50   # characters of context either side of the mark in a snippet
MARK = ("«", "»")

CITES_FIELDS = ("key", "article", "title", "url", "date", "mentions", "zone", "snippet",
                "start", "end", "text", "resolved_by")
CITES_COLUMNS = (
    Column("key", "VERSION"),
    Column("article", "ARTICLE", 28), Column("date", "DATE"),
    Column("mentions", "N", right=True), Column("zone", "ZONE"),
    Column("resolved_by", "BY"),
    Column("title", "TITLE", 40), Column("snippet", "SNIPPET"),
)


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def mark_snippet(cit: Mapping) -> str:
    """One line around a mention with the mention marked: "…quán triệt «Kết luận…» về…"."""
    snip = cit.get("snippet") or cit.get("text") or ""
    s, e = cit.get("snippet_start"), cit.get("snippet_end")
    if s is None or e is None:
        # Store without offsets: find the mention's text in its snippet.
        i = snip.find(cit.get("text") or "\0")
        s, e = (i, i + len(cit["text"])) if i >= 0 else (0, 0)
    # Stay inside the mention's paragraph: in sidebars each line is another teaser.
    before, after = snip[:s], snip[e:]
    # "…" only where the line goes on: not at a line break, nor at the article's start.
    cut_pre = "\n" not in before and (cit.get("start") or 0) - s > 0
    cut_post = "\n" not in after and after.strip() != ""
    before, after = before.rsplit("\n", 1)[-1], after.split("\n", 1)[0]
    pre, mid, post = _flat(before).lstrip(), _flat(snip[s:e]), _flat(after).rstrip()
    cut_pre = cut_pre or len(pre) > SNIPPET_SIDE
    cut_post = cut_post or len(post) > SNIPPET_SIDE
    if len(pre) > SNIPPET_SIDE:
        pre = pre[-SNIPPET_SIDE:].split(" ", 1)[-1]
    if len(post) > SNIPPET_SIDE:
        post = post[:SNIPPET_SIDE].rsplit(" ", 1)[0]
    return (("…" if cut_pre and pre else "") + pre + MARK[0] + mid + MARK[1] + post
            + ("…" if cut_post else ""))


def cite_rows(store: Store, key: str, include_related: bool,
              resolved_only: bool = False) -> list[dict]:
    """One row per citing article: mention count, zone, snippet of its first mention
    (a body-zone mention when there is one: that is what the article says), and the
    key that mention was resolved to. `resolved_only`: the mentions resolved to `key`,
    not those written so and resolved to another (a list of versions counts each
    mention under its own)."""
    arts = {a["id"]: a for a in store.articles()}
    by_article: dict[str, list[dict]] = {}
    for c in store.citations(key, include_related=include_related,
                             resolved_only=resolved_only):
        by_article.setdefault(c["article"], []).append(c)
    rows = []
    for art, cits in by_article.items():
        cits.sort(key=lambda c: (c.get("zone") != "body", c.get("start") or 0))
        first = cits[0]
        a = arts.get(art, {})
        rows.append({
            "key": first["key"], "article": art, "title": a.get("title"), "url": a.get("url"),
            "date": a.get("date"), "mentions": len(cits),
            "zone": "body" if any(c.get("zone") == "body" for c in cits) else "related",
            "snippet": mark_snippet(first), "start": first.get("start"),
            "end": first.get("end"), "text": first.get("text"),
            # how this article's mention was known to be this document
            "resolved_by": first.get("resolved_by"),
        })
    rows.sort(key=lambda r: (r["zone"] != "body", -(r["mentions"]), r["article"]))
    return rows


@click.command()
@click.argument("key")
@store_options
@click.option("--include-related", is_flag=True,
              help="Also list articles that mention KEY only in sidebars or related-"
                   "article lists (marked zone=related).")
@format_option
def cites(key: str, paths: tuple[str, ...], db: str | None, include_related: bool,
          fmt: str) -> None:
    """Articles that cite the document KEY, with a snippet around the first mention.

    KEY as you would type it: 57-KL/TW, "KL 57", "ket luan 57", 47/NQ-CP,
    57/2022/ND-CP, "Luật Đất đai 2024".
    """
    with reading(paths, db) as store:
        versions = key_versions(key, store.documents())
        if versions:
            # "Luật Đất đai", "57-NQ/TW": the articles of every version, each with its
            # version, each mention under the one it was resolved to
            rows = [r for d in versions
                    for r in cite_rows(store, d["key"], include_related, resolved_only=True)]
            if fmt == "table":
                n = len({r["article"] for r in rows})
                click.echo(f"{key} · {len(versions)} versions · {n} "
                           f"article{'s' if n != 1 else ''}")
            emit(render(rows, CITES_COLUMNS, CITES_FIELDS, fmt))
            return
        doc = resolve(store, key)
        rows = cite_rows(store, doc["key"], include_related)
        if fmt == "table":
            click.echo(f"{doc['key']} · {_describe(doc)} · "
                       f"{len(rows)} article{'s' if len(rows) != 1 else ''}")
        if not rows and not include_related and doc.get("n_articles_related"):
            click.echo(f"refgraph: {doc['key']} is mentioned only in related-article "
                       "blocks; add --include-related to list them.", err=True)
        if rows or fmt != "table":
            emit(render(rows, CITES_COLUMNS, CITES_FIELDS, fmt))


# --- show -------------------------------------------------------------------------------

TYPE_LABELS = vocab.TYPE_LABELS
# Relation kind -> how the card reads it from the target's side.
INVERSE_KINDS: dict[str, str] = {
    "implements": "implemented by", "amends": "amended by", "replaces": "replaced by",
    "guides": "guided by", "based_on": "basis for",
}
CARD_FIELDS = ("key", "type", "type_label", "number", "issuer", "body", "date", "year",
               "title", "name", "n_articles", "n_mentions", "n_articles_related",
               "resolved_by", "candidates")
CARD_LABELS = {"key": "key", "type_label": "type", "number": "number", "issuer": "issuer",
               "body": "body", "date": "date", "year": "year", "title": "subject",
               "name": "name", "n_articles": "cited by", "n_mentions": "mentions",
               "n_articles_related": "related only", "resolved_by": "identity",
               "candidates": "could be"}


def _describe(doc: Mapping) -> str:
    parts = [TYPE_LABELS.get(doc.get("type") or "", doc.get("type") or "?")]
    if doc.get("body"):
        parts.append(doc["body"])
    if _when(doc):
        parts.append(_when(doc))
    return " · ".join(parts)


def card(store: Store, doc: Mapping) -> dict:
    key = doc["key"]
    seen: dict[tuple[str, str, str], set] = {}
    for r in store.relations():
        if key in (r.get("source"), r.get("target")):
            seen.setdefault((r["source"], r["kind"], r["target"]), set()).add(r.get("article"))
    relations = [{"source": s, "kind": k, "target": t, "n_articles": len(a)}
                 for (s, k, t), a in sorted(seen.items())]
    out = {f: doc.get(f) for f in CARD_FIELDS}
    out["type_label"] = TYPE_LABELS.get(doc.get("type") or "")
    # how its mentions were known to be this document: "symbol 3, subject 2" (those the
    # card counts: the body's, or the sidebars' of a document only they mention)
    by: dict[str, int] = {}
    for m in store.citations(key, include_related=not doc.get("n_mentions")):
        if m["key"] == key:
            k = m.get("resolved_by") or "?"
            by[k] = by.get(k, 0) + 1
    out["resolved_by"] = ", ".join(f"{k} {n}" for k, n in
                                   sorted(by.items(), key=lambda kv: (-kv[1], kv[0]))) or None
    out["candidates"] = ", ".join(doc.get("candidates") or []) or None
    out["relations"] = relations
    out["cocited"] = [{"key": c["key"], "n_articles": c.get("n_articles")}
                      for c in store.cocited(key)]
    return out


def render_card(c: Mapping) -> str:
    rows: list[tuple[str, str]] = []
    for f, label in CARD_LABELS.items():
        v = c.get(f)
        if v is None or v == "":
            continue
        if f == "n_articles":
            v = f"{v} article{'s' if v != 1 else ''}"
        rows.append((label, cell(v)))
    for r in c["relations"]:
        if r["source"] == c["key"]:
            rows.append((r["kind"], r["target"]))
        else:
            rows.append((INVERSE_KINDS.get(r["kind"], f"{r['kind']} (by)"), r["source"]))
    for co in c["cocited"]:
        rows.append(("cited with", f"{co['key']} ({co['n_articles']} articles)"))
    w = max(text_width(label) for label, _ in rows)
    return "\n".join(label + " " * (w - text_width(label)) + "  " + v for label, v in rows)


@click.command()
@click.argument("key")
@store_options
@format_option
def show(key: str, paths: tuple[str, ...], db: str | None, fmt: str) -> None:
    """The card of document KEY: type, issuer, body, date, subject, citing articles,
    documents it implements/amends/replaces and those that do so to it, and the
    documents most often cited with it."""
    with reading(paths, db) as store:
        c = card(store, resolve(store, key))
        if fmt == "json":
            emit(json.dumps(c, ensure_ascii=False, indent=2))
        elif fmt == "csv":
            # One row; the lists flatten to "source kind target" / "key:n" joined by "; ".
            flat = {f: c.get(f) for f in CARD_FIELDS}
            flat["relations"] = "; ".join(f"{r['source']} {r['kind']} {r['target']}"
                                          for r in c["relations"])
            flat["cocited"] = "; ".join(f"{r['key']}:{r['n_articles']}" for r in c["cocited"])
            emit(render([flat], (), list(flat), "csv"))
        else:
            emit(render_card(c))


# --- docs -------------------------------------------------------------------------------

DOCS_FIELDS = ("rank", "key", "type", "number", "issuer", "body", "year", "date",
               "n_articles", "n_mentions", "n_articles_related", "title", "name",
               "ambiguous", "candidates")
DOCS_COLUMNS = (
    # an amending law's key is its whole title: clipped here (json/csv keep it whole),
    # so that one such key does not push every row of the table off the screen
    Column("rank", "#", right=True), Column("key", "KEY", 60), Column("type", "TYPE"),
    Column("body", "BODY", 28), Column("when", "DATE"),
    Column("n_articles", "ARTICLES", right=True), Column("n_mentions", "MENTIONS", right=True),
    Column("n_articles_related", "RELATED ONLY", right=True), Column("subject", "SUBJECT", 50),
)


def _type_param(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    types = parse_type(value)
    if types is None:
        raise click.BadParameter(f"unknown document type {value!r} (e.g. conclusion, "
                                 "'Nghị quyết', NQ)")
    return types


# Filters of `docs`, as data: option dest -> predicate(doc, value).
DOC_FILTERS: dict[str, Callable[[Mapping, object], bool]] = {
    "types": lambda d, v: d.get("type") in v,
    "body": lambda d, v: fold(v) in fold(d.get("body") or ""),
    "issuer": lambda d, v: norm_issuer(d.get("issuer")) == norm_issuer(v),
    "year": lambda d, v: doc_year(d) == v,
    "ambiguous": lambda d, v: bool(d.get("ambiguous")) == v,
}


def select_documents(docs: Iterable[Mapping], include_related: bool = False,
                     **filters: object) -> list[dict]:
    """Documents passing every given filter, ranked by citing articles (body zone),
    then by all citing articles, mentions, key; sidebar-only ones only on request."""
    out = [dict(d) for d in docs
           if (include_related or (d.get("n_articles") or 0) > 0)
           and all(DOC_FILTERS[k](d, v) for k, v in filters.items() if v is not None)]
    out.sort(key=_rank_key)
    for i, d in enumerate(out, 1):
        cands = _candidates(d)
        d["rank"], d["when"], d["subject"] = i, _when(d), _subject(d, cands)
        d["ambiguous"], d["candidates"] = bool(d.get("ambiguous")), cands
    return out


@click.command()
@store_options
@click.option("--type", "types", callback=_type_param,
              help="conclusion, resolution … or as written: 'Kết luận', 'nghi quyet', KL.")
@click.option("--body", help="Issuing body, any part of its name: 'Bộ Chính trị', 'chinh phu'.")
@click.option("--issuer", help="Issuer code: TW, CP, TTg, QH …")
@click.option("--year", type=int, help="Year of issue.")
@click.option("--top", type=click.IntRange(min=1), help="Only the first N.")
@click.option("--include-related", is_flag=True,
              help="Also documents mentioned only in sidebars / related-article lists.")
@click.option("--ambiguous", is_flag=True,
              help="Only keys the corpus could not pin down to one document (an undated "
                   "'18-NQ/TW' that could be 2017's or 2022's), with what they could be.")
@format_option
def docs(paths: tuple[str, ...], db: str | None, types: frozenset[str] | None,
         body: str | None, issuer: str | None, year: int | None, top: int | None,
         include_related: bool, ambiguous: bool, fmt: str) -> None:
    """Documents ranked by the number of articles citing them.

    A key the corpus could not pin down to one document shows what it could be in
    place of its subject."""
    with reading(paths, db) as store:
        rows = select_documents(store.documents(), include_related, types=types, body=body,
                                issuer=issuer, year=year, ambiguous=ambiguous or None)[:top]
        emit(render(rows, DOCS_COLUMNS, DOCS_FIELDS, fmt))


# --- bodies -----------------------------------------------------------------------------

BODIES_FIELDS = ("name", "issuer", "kind", "n_documents", "n_citations")
BODIES_COLUMNS = (
    Column("name", "BODY", 45), Column("issuer", "ISSUER"), Column("kind", "KIND"),
    Column("n_documents", "DOCUMENTS", right=True), Column("n_citations", "CITATIONS", right=True),
)


@click.command()
@store_options
@format_option
def bodies(paths: tuple[str, ...], db: str | None, fmt: str) -> None:
    """Issuing bodies with the number of their documents and of citations of them."""
    with reading(paths, db) as store:
        rows = sorted(store.bodies(), key=lambda b: (-(b.get("n_citations") or 0),
                                                     -(b.get("n_documents") or 0),
                                                     b.get("name") or ""))
        emit(render(rows, BODIES_COLUMNS, BODIES_FIELDS, fmt))


# --- articles ---------------------------------------------------------------------------

ARTICLES_FIELDS = ("id", "title", "url", "date", "source", "n_citations", "n_citations_all")
ARTICLES_COLUMNS = (
    Column("id", "ARTICLE", 28), Column("date", "DATE"),
    Column("n_citations", "CITATIONS", right=True),
    Column("n_citations_all", "WITH RELATED", right=True), Column("title", "TITLE", 70),
)


@click.command()
@store_options
@click.option("--cites", "cites_key", metavar="KEY",
              help="Only articles citing KEY (spelled as for `refgraph cites`).")
@click.option("--include-related", is_flag=True,
              help="With --cites: also articles citing KEY only in related-article blocks.")
@format_option
def articles(paths: tuple[str, ...], db: str | None, cites_key: str | None,
             include_related: bool, fmt: str) -> None:
    """Articles with their number of citations (body zone, and with related blocks)."""
    with reading(paths, db) as store:
        key = resolve(store, cites_key)["key"] if cites_key else None
        found = (store.articles(cites=key, include_related=include_related) if key
                 else store.articles())
        rows = sorted(found, key=lambda a: a.get("id") or "")
        emit(render(rows, ARTICLES_COLUMNS, ARTICLES_FIELDS, fmt))
