"""The citation graph: articles, documents and bodies as a networkx MultiDiGraph.

Built from the store only (DESIGN.md: one way in, one way out). Node ids carry a kind
prefix ("doc:57-KL/TW", "article:003_….txt", "body:Chính phủ") because an article id, a
document key and a body name live in different namespaces and could collide.

Edges (the MultiDiGraph key is the edge kind, so two articles→document edges never merge
with a relation between the same pair):
  article  --cites-->      document   weight = mentions in the included zones
  document --issued_by-->  body
  document --implements|amends|replaces|guides|based_on--> document

Every attribute value is a str, int, float or bool, and absent values are left out rather
than stored as None, so write_graphml / write_gexf accept the graph as it is.

This module imports networkx at the top: import it only from the graph commands, never
from refgraph/__init__ (start-up time of `refgraph scan`).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from . import vocab
from .models import RELATION_KINDS

ARTICLE, DOCUMENT, BODY = "article", "document", "body"
CITES, ISSUED_BY = "cites", "issued_by"



class StoreLike(Protocol):
    """The part of refgraph.store.Store (docs/store-api.md) the graph reads."""

    def articles(self, cites: str | None = None) -> list[dict]: ...
    def documents(self) -> list[dict]: ...
    def citations(self, key: str | None = None, article: str | None = None,
                  include_related: bool = False) -> list[dict]: ...
    def relations(self) -> list[dict]: ...
    def bodies(self) -> list[dict]: ...


def doc_node(key: str) -> str:
    return f"doc:{key}"


def article_node(article_id: str) -> str:
    return f"article:{article_id}"


def body_node(name: str) -> str:
    return f"body:{name}"


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop None and empty strings; GraphML/GEXF writers reject None."""
    out = {}
    for k, v in attrs.items():
        if v is None or v == "":
            continue
        if isinstance(v, (list, tuple, set, dict)):
            raise TypeError(f"attribute {k!r} must be a scalar, got {type(v).__name__}")
        out[k] = v
    return out


def _as_int(v: Any) -> int | None:
    try:
        return int(v) if v is not None and v != "" else None
    except (TypeError, ValueError):
        return None


_DOC_FIELDS = ("type", "number", "issuer", "year", "date", "body", "title", "name", "form")


def build_graph(store: StoreLike, *, include_related: bool = False) -> nx.MultiDiGraph:
    """The graph of everything in `store`.

    Article→document edges count body-zone mentions only, unless `include_related`:
    sidebars and "Tin liên quan" lists cite documents the article itself does not discuss.
    A document appears when at least one included mention cites it.
    """
    G = nx.MultiDiGraph(name="refgraph", include_related=include_related)

    # (article, key) -> [body-zone mentions, related-zone mentions]; plain lists, not
    # Counters: there is one per article-document pair, 50,000 on a large corpus
    mentions: dict[tuple[str, str], list[int]] = {}
    first_citation: dict[str, dict] = {}
    for c in store.citations(include_related=include_related):
        zone = c.get("zone") or "body"
        if zone != "body" and not include_related:
            continue  # the store should already have filtered; be safe
        key = c["key"]
        pair = (c["article"], key)
        counts = mentions.get(pair)
        if counts is None:
            counts = mentions[pair] = [0, 0]
        counts[zone != "body"] += 1
        first_citation.setdefault(key, c)

    docs_meta = {d["key"]: d for d in store.documents()}
    cited_keys = {key for _, key in mentions}

    bodies_meta = {b["name"]: b for b in store.bodies() if b.get("name")}
    for key in sorted(cited_keys):
        meta = docs_meta.get(key) or first_citation[key]
        attrs = {f: meta.get(f) for f in _DOC_FIELDS}
        attrs["year"] = _as_int(attrs["year"])
        attrs["number"] = None if attrs["number"] is None else str(attrs["number"])
        # "subject" is the issue's word for the "về …" clause the store calls title
        attrs["subject"] = attrs.pop("title")
        attrs["ambiguous"] = bool(meta.get("ambiguous")) or None
        label = _named_label(attrs["name"], attrs["year"]) if attrs["name"] else key
        G.add_node(doc_node(key), **_clean({"kind": DOCUMENT, "key": key, "label": label,
                                            **attrs}))

    articles_meta = {a["id"]: a for a in store.articles()}
    for (art, key), (n_body, n_related) in sorted(mentions.items()):
        anode = article_node(art)
        if anode not in G:
            a = articles_meta.get(art, {"id": art})
            G.add_node(anode, **_clean({
                # not "id": GEXF and node-link JSON take that name for the node id
                "kind": ARTICLE, "article_id": art, "label": a.get("title") or art,
                "title": a.get("title"), "url": _safe_url(a.get("url")),
                "date": a.get("date"), "source": a.get("source"),
            }))
        G.add_edge(anode, doc_node(key), key=CITES, **_clean({
            "kind": CITES, "weight": n_body + n_related,
            "body_mentions": n_body,
            "related_mentions": n_related if include_related else None,
            "zone": "body" if n_body else "related",
        }))

    for key in sorted(cited_keys):
        name = G.nodes[doc_node(key)].get("body")
        if not name:
            continue
        bnode = body_node(name)
        if bnode not in G:
            b = bodies_meta.get(name, {})
            issuer = b.get("issuer") or G.nodes[doc_node(key)].get("issuer")
            kind = b.get("kind") or ("Party" if issuer in vocab.PARTY_ISSUERS else
                                     "State" if issuer else None)
            G.add_node(bnode, **_clean({"kind": BODY, "name": name, "label": name,
                                        "issuer": issuer, "body_kind": kind}))
        G.add_edge(doc_node(key), bnode, key=ISSUED_BY, kind=ISSUED_BY)

    # A relation is stated once per article; several articles stating it add weight.
    rel_articles: dict[tuple[str, str, str], set] = defaultdict(set)
    for r in store.relations():
        if r.get("kind") in RELATION_KINDS:
            rel_articles[(r["source"], r["target"], r["kind"])].add(r.get("article"))
    for (src, dst, kind), arts in sorted(rel_articles.items()):
        s, t = doc_node(src), doc_node(dst)
        if s in G and t in G:
            G.add_edge(s, t, key=kind, kind=kind, weight=len(arts))

    _count_citations(G)
    return G


def _named_label(name: str, year: int | None) -> str:
    """"Luật Đất đai 2024": a named law is known by its name and year, not a number."""
    return f"{name} {year}" if year and str(year) not in name else name


def _safe_url(url: Any) -> str | None:
    """Only http(s) links reach the page: a `javascript:` URL in a dump would run on click."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _count_citations(G: nx.MultiDiGraph) -> None:
    """n_articles / n_mentions on documents and bodies, from the edges actually in G."""
    for n, d in G.nodes(data=True):
        if d["kind"] == DOCUMENT:
            cites = [e for _, _, k, e in G.in_edges(n, keys=True, data=True) if k == CITES]
            d["n_articles"] = len(cites)
            d["n_mentions"] = sum(e["weight"] for e in cites)
    for n, d in G.nodes(data=True):
        if d["kind"] == BODY:
            docs = [u for u, _, k in G.in_edges(n, keys=True) if k == ISSUED_BY]
            d["n_documents"] = len(docs)
            d["n_citations"] = sum(G.nodes[u]["n_articles"] for u in docs)
        elif d["kind"] == ARTICLE:
            d["n_documents"] = sum(1 for _, _, k in G.out_edges(n, keys=True) if k == CITES)


# --- queries -------------------------------------------------------------------------

def documents(G: nx.MultiDiGraph) -> list[str]:
    """Keys of all documents in G."""
    return [d["key"] for _, d in G.nodes(data=True) if d["kind"] == DOCUMENT]


def documents_cited_by(G: nx.MultiDiGraph, article_id: str) -> list[tuple[str, int]]:
    """(key, mentions) of the documents an article cites, most mentioned first."""
    return _cites(G, article_node(article_id), outgoing=True, attr="key")


def articles_citing(G: nx.MultiDiGraph, key: str) -> list[tuple[str, int]]:
    """(article id, mentions) of the articles citing a document, most mentions first."""
    return _cites(G, doc_node(key), outgoing=False, attr="article_id")


def _cites(G: nx.MultiDiGraph, n: str, *, outgoing: bool, attr: str) -> list[tuple[str, int]]:
    """The nodes at the other end of n's `cites` edges, as (their `attr`, weight)."""
    if n not in G:
        return []
    edges = (G.out_edges(n, keys=True, data=True) if outgoing
             else G.in_edges(n, keys=True, data=True))
    out = [(G.nodes[v if outgoing else u][attr], e["weight"])
           for u, v, k, e in edges if k == CITES]
    return sorted(out, key=lambda t: (-t[1], t[0]))


def cocited(G: nx.MultiDiGraph, key: str, limit: int | None = None) -> list[tuple[str, int]]:
    """(other key, number of articles citing both), most shared articles first."""
    counts: Counter = Counter()
    for art, _ in articles_citing(G, key):
        for other, _ in documents_cited_by(G, art):
            if other != key:
                counts[other] += 1
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    return ranked[:limit] if limit is not None else ranked


def ego(G: nx.MultiDiGraph, key: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within `depth` hops of a document, edges followed either way."""
    n = doc_node(key)
    if n not in G:
        raise KeyError(key)
    return nx.ego_graph(G, n, radius=depth, undirected=True).copy()


def top_documents(G: nx.MultiDiGraph, n: int | None = None,
                  by: str = "n_articles") -> list[tuple[str, int]]:
    """(key, count) of the most cited documents; ties broken by mentions, then key."""
    docs = [(d["key"], d.get(by, 0), d.get("n_mentions", 0))
            for _, d in G.nodes(data=True) if d["kind"] == DOCUMENT]
    docs.sort(key=lambda t: (-t[1], -t[2], t[0]))
    return [(k, c) for k, c, _ in (docs if n is None else docs[:n])]


# --- key lookup ----------------------------------------------------------------------

def _doc_rows(G: nx.MultiDiGraph) -> list[dict]:
    return [d for _, d in G.nodes(data=True) if d["kind"] == DOCUMENT]


def find_document(G: nx.MultiDiGraph, query: str) -> list[str]:
    """Keys of the documents `query` names, as `refgraph cites` reads a KEY ("57-KL/TW",
    "KL 57", "Ket luan 57", "47/NQ-CP" for 47/NQ-CP@2024); several mean ambiguous."""
    from .keys import match_documents

    return [d["key"] for d in match_documents(query, _doc_rows(G))]


def suggest_documents(G: nx.MultiDiGraph, query: str, n: int = 5) -> list[str]:
    """Near misses for a `query` that named nothing."""
    from .keys import suggest

    return suggest(query, _doc_rows(G), n)


# --- views for the page --------------------------------------------------------------

@dataclass
class View:
    """The graph to draw and what was left out of it, for the message on stderr."""

    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)


def _footprint(G: nx.MultiDiGraph, n: str, articles: bool) -> set[str]:
    """A document with the body that issued it and, if wanted, its citing articles."""
    out = {n}
    out.update(v for _, v, k in G.out_edges(n, keys=True) if k == ISSUED_BY)
    if articles:
        out.update(u for u, _, k in G.in_edges(n, keys=True) if k == CITES)
    return out


def _fit(G: nx.MultiDiGraph, ranking: list[str], allowed: set[str], articles: bool,
         max_nodes: int) -> tuple[set[str], int]:
    """The longest prefix of `ranking` whose footprints fit in max_nodes nodes."""
    chosen: set[str] = set()
    n_docs = 0
    for n in ranking:
        fp = (_footprint(G, n, articles) & allowed) - chosen
        if len(chosen) + len(fp) > max_nodes:
            break
        chosen |= fp
        n_docs += 1
    return chosen, n_docs


def view(G: nx.MultiDiGraph, *, min_cites: int = 0, top: int | None = None,
         focus: str | None = None, depth: int = 1, articles: bool = True,
         max_nodes: int | None = 2000) -> View:
    """Cut G down to what a browser can draw.

    Order: focus (ego graph of one document, an exact key: see find_document) →
    min_cites → top N → without articles → the node cap. The cap keeps the most cited
    documents that fit with their bodies and articles; if not even the first fits, the
    articles go (shown as counts on the documents). `notes` says what was left out.
    """
    notes: list[str] = []
    H = ego(G, focus, depth) if focus is not None else G
    ranking = [doc_node(k) for k, _ in top_documents(H)]
    if min_cites:
        ranking = [n for n in ranking if H.nodes[n].get("n_articles", 0) >= min_cites]
    if top is not None:
        ranking = ranking[:top]
    if focus is not None and not min_cites and top is None:
        # keep what the ego graph reached, relations included
        keep = set(H.nodes)
    else:
        keep = set().union(*(_footprint(H, n, True) for n in ranking)) if ranking else set()
    if not articles:
        keep = {n for n in keep if H.nodes[n]["kind"] != ARTICLE}
    ranking = [n for n in ranking if n in keep] or [n for n in keep
                                                  if H.nodes[n]["kind"] == DOCUMENT]
    if max_nodes and len(keep) > max_nodes:
        chosen, n_docs = _fit(H, ranking, keep, articles, max_nodes)
        if n_docs == 0 and articles:
            articles = False
            keep = {n for n in keep if H.nodes[n]["kind"] != ARTICLE}
            chosen, n_docs = _fit(H, ranking, keep, False, max_nodes)
            notes.append(f"the most cited document alone has more citing articles than "
                         f"the node cap ({max_nodes}): articles are shown as counts")
        notes.append(f"node cap {max_nodes}: kept the {n_docs} most cited of "
                     f"{len(ranking)} documents (raise it with --max-nodes, 0 for no cap)")
        keep = chosen
    out = H.subgraph(keep).copy()
    out.graph.update(G.graph)

    def count(g: nx.MultiDiGraph, kind: str) -> int:
        return sum(1 for _, d in g.nodes(data=True) if d["kind"] == kind)

    docs_all, docs_shown = count(G, DOCUMENT), count(out, DOCUMENT)
    arts_all, arts_shown = count(G, ARTICLE), count(out, ARTICLE)
    if docs_shown < docs_all or arts_shown < arts_all:
        notes.append(f"showing {docs_shown} of {docs_all} documents and {arts_shown} of "
                     f"{arts_all} articles; left out {docs_all - docs_shown} documents and "
                     f"{arts_all - arts_shown} articles")
    return View(out, notes)
