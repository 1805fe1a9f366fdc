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
from collections.abc import Iterator
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
    def graph_input(self, include_related: bool = False
                    ) -> tuple[list[tuple], dict[str, tuple]]: ...


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

    # (article, key) -> [body-zone mentions, related-zone mentions, first mention's
    # snippet row]; plain lists: there is one per article-document pair, 150,000 on a
    # 100,000-article corpus
    mentions: dict[tuple[str, str], list] = {}
    rows, articles_meta = store.graph_input(include_related)
    for row in rows:
        art, key, zone = row[0], row[1], row[2] or "body"
        if zone != "body" and not include_related:
            continue  # the store should already have filtered; be safe
        pair = (art, key)
        counts = mentions.get(pair)
        if counts is None:
            counts = mentions[pair] = [0, 0, row]
        counts[zone != "body"] += 1

    docs_meta = {d["key"]: d for d in store.documents()}
    cited_keys = {key for _, key in mentions}

    bodies_meta = {b["name"]: b for b in store.bodies() if b.get("name")}
    for key in sorted(cited_keys):
        meta = docs_meta.get(key) or {"key": key}  # a key the documents table lacks
        attrs = {f: meta.get(f) for f in _DOC_FIELDS}
        attrs["year"] = _as_int(attrs["year"])
        attrs["number"] = None if attrs["number"] is None else str(attrs["number"])
        # "subject" is the issue's word for the "về …" clause the store calls title
        attrs["subject"] = attrs.pop("title")
        attrs["ambiguous"] = bool(meta.get("ambiguous")) or None
        label = _named_label(attrs["name"], attrs["year"]) if attrs["name"] else key
        G.add_node(doc_node(key), **_clean({"kind": DOCUMENT, "key": key, "label": label,
                                            **attrs}))

    n_docs: Counter = Counter(art for art, _ in mentions)
    for (art, key), (n_body, n_related, first) in sorted(mentions.items()):
        anode = article_node(art)
        if anode not in G:
            title, url, date = articles_meta.get(art, (None, None, None))
            G.add_node(anode, **_clean({
                # not "id": GEXF and node-link JSON take that name for the node id
                "kind": ARTICLE, "article_id": art, "label": title or art,
                "title": title, "url": _safe_url(url), "date": date,
                "n_documents": n_docs[art],
            }))
        # built by hand, not through _clean: 150,000 edges on a large corpus
        attrs = {"kind": CITES, "weight": n_body + n_related, "body_mentions": n_body,
                 "zone": "body" if n_body else "related"}
        if include_related:
            attrs["related_mentions"] = n_related
        if first[3]:
            attrs.update(snippet=first[3], snippet_start=first[4] or 0,
                         snippet_end=first[5] or 0)
        G.add_edge(anode, doc_node(key), key=CITES, **attrs)

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
    """The subgraph within `depth` hops of a document, edges followed either way, with
    the bodies of the documents reached. The walk never passes through a body: through
    "Chính phủ" every decree is two hops from every other."""
    n = doc_node(key)
    if n not in G:
        raise KeyError(key)
    walk = nx.subgraph_view(G, filter_node=lambda m: G.nodes[m]["kind"] != BODY)
    reached = set(nx.single_source_shortest_path_length(walk.to_undirected(as_view=True), n,
                                                        cutoff=depth))
    reached.update(v for m in list(reached) for _, v, k in G.out_edges(m, keys=True)
                   if k == ISSUED_BY)
    return G.subgraph(reached).copy()


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

COCITED = "cocited"  # document-only view: two documents cited by the same articles
TOP_DOCS_FLOOR = 300  # the cap never keeps fewer documents than this (when there are)


@dataclass
class View:
    """The graph to draw and what was left out of it: `notes` for stderr, the counts
    for the page to say it in its own language."""

    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)
    mode: str = "articles"  # or "documents": co-citation edges instead of articles
    docs_total: int = 0
    articles_total: int = 0


def _issuers(G: nx.MultiDiGraph, n: str) -> list[str]:
    return [v for _, v, k in G.out_edges(n, keys=True) if k == ISSUED_BY]


def _citing(G: nx.MultiDiGraph, n: str) -> list[str]:
    return [u for u, _, k in G.in_edges(n, keys=True) if k == CITES]


# An article citing 40 documents would add 780 pairs that say little: its documents
# still meet through the articles that cite only a few.
COCITE_MAX_DOCS = 12


def _cocited_pairs(G: nx.MultiDiGraph, keep: set[str] | None = None
                   ) -> Iterator[tuple[str, str]]:
    """(u, v) for every two documents (of `keep`, when given) one article cites, once
    per article citing 2 to COCITE_MAX_DOCS of them."""
    for a, d in G.nodes(data=True):
        if d["kind"] != ARTICLE:
            continue
        cited = {v for _, v, k in G.out_edges(a, keys=True) if k == CITES}
        cited = sorted(cited & keep if keep is not None else cited)
        if 1 < len(cited) <= COCITE_MAX_DOCS:
            yield from ((u, v) for i, u in enumerate(cited) for v in cited[i + 1:])


def cocitation(G: nx.MultiDiGraph, docs: list[str]) -> nx.MultiDiGraph:
    """`docs` with their bodies and the relations among them, and a `cocited` edge
    between two documents weighted by the articles citing both; no article nodes."""
    keep = set(docs)
    keep.update(b for n in docs for b in _issuers(G, n))
    out = G.subgraph(keep).copy()
    shared = Counter(_cocited_pairs(G, keep))
    for (u, v), w in sorted(shared.items()):
        out.add_edge(u, v, key=COCITED, kind=COCITED, weight=w)
    return out


def view(G: nx.MultiDiGraph, *, min_cites: int = 0, top: int | None = None,
         focus: str | None = None, depth: int = 1, articles: bool = True,
         max_nodes: int | None = 2000) -> View:
    """Cut G down to what a browser can draw.

    Order: focus (ego graph of one document, an exact key: see find_document; the walk
    never passes through a body) → min_cites → top N → without articles → the node cap.
    The cap drops articles before documents: above it the page shows documents only,
    joined by co-citation edges; with --focus it keeps the articles of the most cited
    documents that fit and shows the rest as counts. It never keeps fewer than the
    TOP_DOCS_FLOOR most cited documents. `notes` says what was left out.
    """
    notes: list[str] = []
    H = ego(G, focus, depth) if focus is not None else G
    ranking = [doc_node(k) for k, _ in top_documents(H)]
    if min_cites:
        ranking = [n for n in ranking if H.nodes[n].get("n_articles", 0) >= min_cites]
    if top is not None:
        ranking = ranking[:top]
    mode = "articles"
    if focus is not None and not min_cites and top is None:
        keep = set(H.nodes)  # what the ego graph reached, relations included
    else:
        keep = set(ranking)
        keep.update(m for n in ranking for m in _issuers(H, n) + _citing(H, n))
    if not articles:
        keep = {n for n in keep if H.nodes[n]["kind"] != ARTICLE}
        mode = "documents"
    ranking = [n for n in ranking if n in keep]
    if max_nodes and len(keep) > max_nodes:
        bodies = {b for n in ranking for b in _issuers(H, n)}
        n_docs = max(min(TOP_DOCS_FLOOR, len(ranking)), max_nodes - len(bodies))
        docs = ranking[:n_docs]
        chosen = set(docs)
        chosen.update(b for n in docs for b in _issuers(H, n))
        if focus is not None and articles:
            # the article view, for the documents whose articles fit
            with_articles = 0
            for n in docs:
                arts = set(_citing(H, n)) & keep
                if len(chosen) + len(arts - chosen) > max_nodes:
                    break
                chosen |= arts
                with_articles += 1
            keep = chosen
            notes.append(f"node cap {max_nodes}: the articles of {with_articles} of "
                         f"{len(docs)} documents drawn, the rest shown as counts")
        else:
            keep = chosen
            mode = "documents"
            notes.append(f"node cap {max_nodes}: documents only, joined by the articles "
                         f"they share; articles are shown as counts (raise the cap with "
                         f"--max-nodes, 0 for no cap; or --focus KEY)")
        if len(docs) < len(ranking):
            notes.append(f"node cap {max_nodes}: kept the {len(docs)} most cited of "
                         f"{len(ranking)} documents")
    if mode == "documents":
        out = cocitation(H, [n for n in ranking if n in keep])
    else:
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
    return View(out, notes, mode, docs_all, arts_all)


# --- layout --------------------------------------------------------------------------

def layout(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node, the same on every run, in page units (a document with
    one citing article is ~10 units wide).

    Documents are laid out by force over the edges between them: relations, co-citation
    edges, and the articles they share (each article citing several documents pulls them
    together). Articles then sit around the documents they cite and a body at the centre
    of its documents. Neither is a force node: a body would pull all its documents into
    one hub, and articles would make the layout several times slower for nothing a
    reader sees. Components are laid out apart and packed in rows, largest first.
    """
    import numpy as np

    docs = [n for n, d in G.nodes(data=True) if d["kind"] == DOCUMENT]
    L = nx.Graph()
    L.add_nodes_from(docs)

    def pull(u: str, v: str, w: float) -> None:
        if u != v:
            L.add_edge(u, v, weight=L.get_edge_data(u, v, {"weight": 0})["weight"] + w)

    for u, v, k, e in G.edges(keys=True, data=True):
        if k != CITES and k != ISSUED_BY and u in L and v in L:
            pull(u, v, float(e.get("weight", 1)))
    for u, v in _cocited_pairs(G):
        pull(u, v, 1.0)

    size = {n: doc_size(G.nodes[n].get("n_articles", 0)) for n in docs}
    pos: dict[str, tuple[float, float]] = {}
    placed = []  # (width, height, {node: (x, y)}) per component
    comps = sorted((sorted(c) for c in nx.connected_components(L)),
                   key=lambda c: (-len(c), -max(size[n] for n in c), c[0]))
    for comp in comps:
        if len(comp) == 1:
            xy = {comp[0]: (0.0, 0.0)}
        else:
            xy = _force(L, comp, size, np.random.default_rng(seed))
        xs = [p[0] for p in xy.values()]
        ys = [p[1] for p in xy.values()]
        pad = max(size[n] for n in comp) + 20
        placed.append((max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad,
                       {n: (x - min(xs) + pad, y - min(ys) + pad) for n, (x, y) in xy.items()}))
    # shelf packing: rows about as wide as the whole is tall
    area = sum(w * h for w, h, _ in placed)
    row_w = max([w for w, _, _ in placed] + [area ** 0.5 * 1.3]) if placed else 0
    x = y = row_h = 0.0
    for w, h, xy in placed:
        if x > 0 and x + w > row_w:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in xy.items():
            pos[n] = (px + x, py + y)
        x += w
        row_h = max(row_h, h)

    # articles: around the document they cite, or between the several they cite
    ring: dict[str, int] = Counter()
    for a, d in sorted(G.nodes(data=True)):
        if d["kind"] != ARTICLE:
            continue
        cited = [v for _, v, k in G.out_edges(a, keys=True) if k == CITES and v in pos]
        if not cited:
            continue
        if len(cited) == 1:
            c = cited[0]
            i = ring[c]
            ring[c] += 1
            # rings of 12, 18, 24 … outwards, so many articles never pile on one spot
            r_i, slot, per = 0, i, 12
            while slot >= per:
                slot -= per
                r_i += 1
                per += 6
            r = size[c] + 12 + 10 * r_i
            ang = 2 * np.pi * slot / per + 0.3 * r_i
            pos[a] = (pos[c][0] + r * float(np.cos(ang)), pos[c][1] + r * float(np.sin(ang)))
        else:
            h = sum(map(ord, a)) % 360
            pos[a] = (sum(pos[c][0] for c in cited) / len(cited) + 8 * float(np.cos(h)),
                      sum(pos[c][1] for c in cited) / len(cited) + 8 * float(np.sin(h)))
    for b, d in G.nodes(data=True):
        if d["kind"] == BODY:
            mine = [u for u, _, k in G.in_edges(b, keys=True) if k == ISSUED_BY and u in pos]
            if mine:
                pos[b] = (sum(pos[u][0] for u in mine) / len(mine),
                          sum(pos[u][1] for u in mine) / len(mine) - 15)
            else:
                pos[b] = (0.0, -40.0)
    for n in G.nodes:
        pos.setdefault(n, (0.0, 0.0))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def doc_size(n_articles: int) -> float:
    """A document's radius in page units: area grows with the citing articles."""
    return 5.0 + 4.0 * n_articles ** 0.5


def _force(L: nx.Graph, comp: list[str], size: dict[str, float], rng: Any) -> dict:
    """Fruchterman–Reingold over one component, vectorised (numpy), seeded.

    networkx's own forceatlas2_layout took 64 s and spring_layout 9 s for the 868
    documents of the baomoi corpus's largest component on this machine; this takes ~1 s
    (no BLAS: shared cores make threaded BLAS slower than plain numpy loops)."""
    import numpy as np

    n = len(comp)
    idx = {m: i for i, m in enumerate(comp)}
    sub = L.subgraph(comp)
    ei = np.array([idx[u] for u, v in sub.edges()], dtype=np.intp)
    ej = np.array([idx[v] for u, v in sub.edges()], dtype=np.intp)
    w = np.array([e["weight"] for _, _, e in sub.edges(data=True)], dtype=np.float32)
    w = np.sqrt(w)  # a pair cited together by 30 articles should not collapse into one
    rad = np.array([size[m] for m in comp], dtype=np.float32)
    # spacing k: room for the average node and its ring of articles
    k = float(np.mean(rad)) * 2.5 + 25.0
    pos = (rng.random((n, 2)) * k * n ** 0.5).astype(np.float32)
    # small components settle in a few steps; numpy's per-call cost dominates there
    iterations = min(20 + 2 * n, 100) if n < 300 else 70 if n < 1200 else 45
    t = k * n ** 0.5 / 5
    cool = t / (iterations + 1)
    x, y = pos[:, 0], pos[:, 1]
    # repulsion grows with both radii, so big documents keep their space
    push = np.square(rad[:, None] + rad[None, :])
    push += k * k
    np.fill_diagonal(push, 0)
    for _ in range(iterations):
        dx = np.subtract.outer(x, x)
        dy = np.subtract.outer(y, y)
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, 1.0, out=d2)
        np.divide(push, d2, out=d2)
        disp_x = np.einsum("ij,ij->i", dx, d2)
        disp_y = np.einsum("ij,ij->i", dy, d2)
        ex, ey = x[ei] - x[ej], y[ei] - y[ej]
        dist = np.sqrt(ex * ex + ey * ey) + 1e-3
        a = dist * w / k
        np.add.at(disp_x, ei, -ex * a)
        np.add.at(disp_x, ej, ex * a)
        np.add.at(disp_y, ei, -ey * a)
        np.add.at(disp_y, ej, ey * a)
        length = np.sqrt(disp_x * disp_x + disp_y * disp_y) + 1e-6
        step = np.minimum(length, t) / length
        x += disp_x * step
        y += disp_y * step
        t -= cool
    _separate(x, y, rad)
    return {m: (float(x[i]), float(y[i])) for i, m in enumerate(comp)}


def _separate(x: Any, y: Any, rad: Any, rounds: int = 15) -> None:
    """Push apart documents that still overlap after the force layout (a small one drawn
    over a large one hides it), half the overlap each, a few rounds."""
    import numpy as np

    need = rad[:, None] + rad[None, :] + 4.0
    for _ in range(rounds):
        dx = np.subtract.outer(x, x)
        dy = np.subtract.outer(y, y)
        d = np.sqrt(dx * dx + dy * dy)
        over = need - d
        np.fill_diagonal(over, 0)
        np.maximum(over, 0, out=over)
        if not over.any():
            return
        np.maximum(d, 1e-3, out=d)
        push = over / d * 0.5
        x += np.einsum("ij,ij->i", dx, push)
        y += np.einsum("ij,ij->i", dy, push)
