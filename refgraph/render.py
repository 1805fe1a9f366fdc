"""The graph as one self-contained, offline HTML page.

pyvis 0.3.2's own template pulls bootstrap and tom-select from CDNs even with
cdn_resources="in_line" (pyvis issues #228, #229), so the page uses a template of ours
(refgraph/templates/graph.*) that embeds the vis-network 9.1.2 build pyvis ships under
pyvis/lib/, and does search, filters and the legend in plain JavaScript.

Safety: the graph travels as JSON inside <script type="application/json"> with <, > and
& written as \\u003c, \\u003e, \\u0026, so no article text can close the tag; the page
script puts text on the page through textContent only; and a Content-Security-Policy
allows no fetches at all and only the page's own scripts (by sha256), so even a slip in
escaping could neither run a script nor load a resource.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import html
import importlib.resources
import importlib.util
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .escaping import csv_cell
from . import __version__, vocab
from .graph import (ARTICLE, BODY, CITES, COCITED, DOCUMENT, ISSUED_BY, RELATION_KINDS,
                    article_node, doc_size, layout)

VIS_VERSION = "9.1.2"

# Display names (Vietnamese, as readers know them) and colours of document types.
_TYPE_COLORS: dict[str, str] = {
    "resolution": "#d62728",
    "conclusion": "#ff7f0e",
    "directive": "#bcbd22",
    "decree": "#1f77b4",
    "decision": "#17becf",
    "regulation": "#8c564b",
    "circular": "#2ca02c",
    "joint_circular": "#98df8a",
    "law": "#9467bd",
    "code": "#c5b0d5",
    "ordinance": "#e377c2",
    "constitution": "#7f0000",
    "guideline": "#aec7e8",
    "notice": "#ffbb78",
    "plan": "#dbdb8d",
    "rules": "#c49c94",
    "program": "#9edae5",
    "project": "#f7b6d2",
    "official_letter": "#c7c7c7",
    "telegram": "#7f7f7f",
}
TYPE_STYLES: dict[str, tuple[str, str]] = {
    t: (vocab.TYPE_LABELS[t], color) for t, color in _TYPE_COLORS.items()}
_OTHER_TYPE = ("Khác", "#555555")
ARTICLE_STYLE = {"label": "Bài báo", "color": "#b0b7c3"}
BODY_STYLES = {"Party": {"label": "Cơ quan Đảng", "color": "#b30000"},
               "State": {"label": "Cơ quan Nhà nước", "color": "#00429d"},
               None: {"label": "Cơ quan", "color": "#444444"}}
CITES_RELATED = "cites_related"  # page only: a cites edge from the related zone alone
# vis `dashes` takes false or a dash pattern; `line` names the same style for the legend.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    CITES: {"label": "trích dẫn", "color": "#c3c8d0", "width": 1, "dashes": False, "line": ""},
    CITES_RELATED: {"label": "trích dẫn ở mục liên quan", "color": "#d5d9df", "width": 1,
                    "dashes": [2, 3], "line": "dotted"},
    ISSUED_BY: {"label": "ban hành bởi", "color": "#888888", "width": 1, "dashes": [6, 4],
                "line": "dashed"},
    "implements": {"label": "thực hiện", "color": "#2ca02c", "width": 3, "dashes": False,
                   "line": ""},
    "amends": {"label": "sửa đổi, bổ sung", "color": "#ff7f0e", "width": 3, "dashes": False,
               "line": ""},
    "replaces": {"label": "thay thế", "color": "#d62728", "width": 3, "dashes": False,
                 "line": ""},
    "guides": {"label": "hướng dẫn", "color": "#1f77b4", "width": 2, "dashes": [8, 4],
               "line": "dashed"},
    "based_on": {"label": "căn cứ", "color": "#9467bd", "width": 2, "dashes": [2, 4],
                 "line": "dotted"},
    COCITED: {"label": "cùng được trích trong một bài", "color": "#c9ced6", "width": 1,
              "dashes": False, "line": ""},
}


# --- assets ------------------------------------------------------------------------

def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) from the installed pyvis, without importing
    it (pyvis imports jinja2 and IPython helpers we do not need)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: pip install 'pyvis>=0.3.2'")
    root = Path(next(iter(spec.submodule_search_locations)))
    for folder in (root / "lib" / f"vis-{VIS_VERSION}",
                   root / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            # the source map is not shipped; a dangling sourceMappingURL makes devtools
            # try to fetch it next to the page
            js_text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n",
                             js.read_text("utf-8"))
            return js_text, css.read_text("utf-8")
    raise RuntimeError(f"vis-network {VIS_VERSION} not found under {root}/lib: "
                       "pyvis 0.3.2 ships it; reinstall pyvis")


def _template(name: str) -> str:
    return (importlib.resources.files("refgraph") / "templates" / name).read_text("utf-8")


def _check_raw_text(text: str, tag: str) -> str:
    # Raw text inside <script>/<style> ends at the first "</tag"; an asset containing
    # one would break the page, so refuse rather than write a broken file.
    if f"</{tag}" in text.lower():
        raise ValueError(f"embedded {tag} contains '</{tag}'")
    return text


def json_for_script(data: Any) -> str:
    """JSON that is inert inside an HTML <script> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # These characters occur only inside JSON strings, where the escapes mean the same.
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


# --- graph → page data -------------------------------------------------------------

BODY_SIZE = 9.0  # a fixed mark: a body's weight is its colour and its filter, not its size
ARTICLE_SIZE = 3.0
# Snippets on the page at most: beyond, each document keeps its newest ones (the same
# number for all) and the panel says how many more `refgraph cites KEY` would list.
EVIDENCE_BUDGET = 20_000


def node_size(d: dict) -> float:
    """Radius in page units, per kind: documents by citing articles (area ∝ count)."""
    kind = d["kind"]
    if kind == DOCUMENT:
        return doc_size(d.get("n_articles", 0))
    return BODY_SIZE if kind == BODY else ARTICLE_SIZE


def _color(d: dict) -> str:
    kind = d["kind"]
    if kind == DOCUMENT:
        return TYPE_STYLES.get(d.get("type"), _OTHER_TYPE)[1]
    if kind == BODY:
        return BODY_STYLES.get(d.get("body_kind"), BODY_STYLES[None])["color"]
    return ARTICLE_STYLE["color"]


_SHAPES = {DOCUMENT: "dot", BODY: "diamond", ARTICLE: "square"}
_NODE_FIELDS = {
    DOCUMENT: ("key", "type", "number", "issuer", "year", "date", "body", "subject", "name",
               "form", "ambiguous", "n_articles", "n_mentions"),
    # not "source": a local path has no place in a page that gets shared
    ARTICLE: ("article_id", "title", "url", "date", "n_documents"),
    BODY: ("name", "issuer", "body_kind", "n_documents", "n_citations"),
}


def _evidence(G: nx.MultiDiGraph, source: nx.MultiDiGraph, index: dict[str, int]
              ) -> tuple[list[list[Any]], dict[str, list[list[Any]]], int | None]:
    """(articles, evidence, cap): the citing articles of every document drawn, as
    [title, date, url, node index or -1], and per document [article, snippet, mark
    start, mark end] newest first; cap is the per-document limit when the budget bit."""
    per_doc: dict[int, list[tuple[dict, dict]]] = {}
    for n, d in G.nodes(data=True):
        if d["kind"] == DOCUMENT and n in source:
            rows = [(source.nodes[u], e)
                    for u, _, k, e in source.in_edges(n, keys=True, data=True) if k == CITES]
            # newest first, undated last ("" sorts lowest), ties by title: two stable sorts
            rows.sort(key=lambda t: t[0].get("title") or t[0].get("article_id") or "")
            rows.sort(key=lambda t: t[0].get("date") or "", reverse=True)
            per_doc[index[n]] = rows
    cap = None
    if sum(len(v) for v in per_doc.values()) > EVIDENCE_BUDGET:
        lo, hi = 1, max(len(v) for v in per_doc.values())
        while lo < hi:  # the largest per-document cap within the budget
            mid = (lo + hi + 1) // 2
            if sum(min(len(v), mid) for v in per_doc.values()) <= EVIDENCE_BUDGET:
                lo = mid
            else:
                hi = mid - 1
        cap = lo
    articles: list[list[Any]] = []
    art_index: dict[str, int] = {}
    evidence: dict[str, list[list[Any]]] = {}
    for i, rows in per_doc.items():
        out = []
        for a, e in rows[:cap]:
            aid = a.get("article_id")
            j = art_index.get(aid)
            if j is None:
                j = art_index[aid] = len(articles)
                node = index.get(article_node(aid), -1) if aid is not None else -1
                articles.append([a.get("title") or aid, a.get("date"), a.get("url"), node])
            snip = e.get("snippet") or ""
            out.append([j, snip, e.get("snippet_start", 0), e.get("snippet_end", 0)])
        evidence[str(i)] = out
    return articles, evidence, cap


def page_data(G: nx.MultiDiGraph, *, source: nx.MultiDiGraph | None = None,
              notes: list[str] | None = None, mode: str = "articles",
              totals: dict[str, int] | None = None) -> dict[str, Any]:
    """What the page script reads. `source` (the full graph) supplies the citing
    articles and snippets of every document drawn, also when G leaves articles out;
    positions come from graph.layout, so the page opens still."""
    index = {n: i for i, n in enumerate(G.nodes)}
    pos = layout(G)
    nodes = []
    for n, d in G.nodes(data=True):
        kind = d["kind"]
        x, y = pos[n]
        rec = {"i": index[n], "kind": kind, "label": str(d.get("label", n)),
               "size": round(node_size(d), 1), "x": x, "y": y, "shape": _SHAPES[kind],
               "color": _color(d)}
        rec.update({f: d[f] for f in _NODE_FIELDS[kind] if d.get(f) is not None})
        nodes.append(rec)
    # [from, to, kind, weight]; kind "cites_related" when only sidebars cite it
    edges = [[index[u], index[v], CITES_RELATED if e.get("zone") == "related" else k,
              int(e.get("weight", 1))]
             for u, v, k, e in G.edges(keys=True, data=True)]
    articles, evidence, cap = _evidence(G, source if source is not None else G, index)
    styles = {
        "types": {t: {"label": lbl, "color": c} for t, (lbl, c) in TYPE_STYLES.items()},
        "other": {"label": _OTHER_TYPE[0], "color": _OTHER_TYPE[1]},
        "bodies": {k: v for k, v in BODY_STYLES.items() if k is not None},
        "article": ARTICLE_STYLE,
        "edges": EDGE_STYLES,
        "relations": list(RELATION_KINDS),
    }
    meta = {"mode": mode, "evidence_cap": cap, **(totals or {})}
    return {"nodes": nodes, "edges": edges, "articles": articles, "evidence": evidence,
            "styles": styles, "meta": meta, "notes": list(notes or [])}


def render_html(G: nx.MultiDiGraph, *, title: str = "refgraph",
                source: nx.MultiDiGraph | None = None,
                notes: list[str] | None = None, mode: str = "articles",
                totals: dict[str, int] | None = None) -> str:
    """The page as a string."""
    vis_js, vis_css = vis_assets()
    page_js = _template("graph.js")
    scripts = [_check_raw_text(vis_js, "script"), _check_raw_text(page_js, "script")]
    fields = {
        "TITLE": html.escape(title),
        "VERSION": html.escape(__version__),
        "SCRIPT_HASHES": " ".join(_sha256(s) for s in scripts),
        "VIS_CSS": _check_raw_text(vis_css, "style"),
        "PAGE_CSS": _check_raw_text(_template("graph.css"), "style"),
        "DATA": json_for_script(page_data(G, source=source, notes=notes, mode=mode,
                                          totals=totals)),
        "VIS_JS": scripts[0],
        "PAGE_JS": scripts[1],
    }
    # one pass, so a "{{…}}" inside inserted text is never expanded again
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: fields[m.group(1)], _template("graph.html"))


def write_view(v: Any, G: nx.MultiDiGraph, path: str | os.PathLike, *,
               title: str = "refgraph") -> int:
    """Write the page of a graph.view() of G."""
    return write_html(v.graph, path, title=title, source=G, notes=v.notes, mode=v.mode,
                      totals={"docs_total": v.docs_total,
                              "articles_total": v.articles_total})


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, *, title: str = "refgraph",
               source: nx.MultiDiGraph | None = None,
               notes: list[str] | None = None, mode: str = "articles",
               totals: dict[str, int] | None = None) -> int:
    """Write the page atomically; returns its size in bytes. Nothing else is written
    (no lib/ folder beside it)."""
    data = render_html(G, title=title, source=source, notes=notes, mode=mode,
                       totals=totals).encode("utf-8")
    atomic_write(path, lambda f: f.write(data))
    return len(data)


def atomic_write(path: str | os.PathLike, write: Callable[[IO[bytes]], Any]) -> None:
    """Write through a temporary file in the target's folder, then os.replace, so readers
    never see half a file and a failure leaves the old one in place."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.",
                               suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file 0600; give it the mode a plain open() would have
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise



# --- exports -------------------------------------------------------------------------

EXPORT_FORMATS = ("graphml", "gexf", "json", "csv")
# Gephi's spreadsheet import recognises these column names.
_NODE_HEAD = ("Id", "Label", "kind")
_EDGE_HEAD = ("Source", "Target", "Type", "kind", "Weight")


def node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data with the edge list under "edges" (the networkx ≥ 3.4
    default); read back with nx.node_link_graph(data, edges="edges")."""
    try:
        return nx.node_link_data(G, edges="edges")
    except TypeError:  # networkx < 3.4 knows only "links"
        data = nx.node_link_data(G)
        data["edges"] = data.pop("links")
        return data


def csv_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """A folder gets nodes.csv and edges.csv; "out" or "out.csv" gets out.nodes.csv and
    out.edges.csv."""
    p = Path(path)
    if p.is_dir():
        return p / "nodes.csv", p / "edges.csv"
    stem = p.name[:-4] if p.name.lower().endswith(".csv") else p.name
    return p.with_name(f"{stem}.nodes.csv"), p.with_name(f"{stem}.edges.csv")


def _csv_bytes(header: list[str], rows: list[list[Any]], raw: bool) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    cell = csv_cell(raw)
    w.writerows([["" if v is None else cell(v) for v in r] for r in rows])
    return buf.getvalue().encode("utf-8")


def export(G: nx.MultiDiGraph, fmt: str, path: str | os.PathLike, *,
           raw_csv: bool = False) -> list[Path]:
    """Write G as graphml, gexf, json (node-link) or csv (nodes + edges files);
    returns the files written, each written atomically. CSV cells that a spreadsheet
    would run as formulas are prefixed with "'" unless `raw_csv`."""
    if fmt == "graphml":
        atomic_write(path, lambda f: nx.write_graphml(G, f, encoding="utf-8"))
        return [Path(path)]
    if fmt == "gexf":
        atomic_write(path, lambda f: nx.write_gexf(G, f, encoding="utf-8"))
        return [Path(path)]
    if fmt == "json":
        data = json.dumps(node_link(G), ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write(path, lambda f: f.write(data + b"\n"))
        return [Path(path)]
    if fmt == "csv":
        nodes_path, edges_path = csv_paths(path)
        nattrs = sorted({k for _, d in G.nodes(data=True) for k in d} - {"label", "kind"})
        nrows = [[n, d.get("label", n), d.get("kind")] + [d.get(a) for a in nattrs]
                 for n, d in G.nodes(data=True)]
        eattrs = sorted({k for *_, d in G.edges(data=True) for k in d} - {"kind", "weight"})
        erows = [[u, v, "Directed", d.get("kind", k), d.get("weight", 1)]
                 + [d.get(a) for a in eattrs]
                 for u, v, k, d in G.edges(keys=True, data=True)]
        nb = _csv_bytes(list(_NODE_HEAD) + nattrs, nrows, raw_csv)
        eb = _csv_bytes(list(_EDGE_HEAD) + eattrs, erows, raw_csv)
        atomic_write(nodes_path, lambda f: f.write(nb))
        atomic_write(edges_path, lambda f: f.write(eb))
        return [nodes_path, edges_path]
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
