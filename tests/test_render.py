"""The HTML page as text: self-contained, escaped, atomic."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from refgraph import graph as g
from refgraph import render

PAYLOADS = ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">',
            "</script><script>alert(3)</script>", "a & b <!-- c", "\u2028line")


def small_graph(title: str = "Bài báo", subject: str = "về thông tin đối ngoại",
                url: str | None = "https://example.vn/a.html") -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(name="refgraph")
    G.add_node(g.doc_node("57-KL/TW"), kind=g.DOCUMENT, key="57-KL/TW", label="57-KL/TW",
               type="conclusion", number="57", issuer="TW", body="Bộ Chính trị",
               subject=subject, n_articles=1, n_mentions=1)
    G.add_node(g.body_node("Bộ Chính trị"), kind=g.BODY, name="Bộ Chính trị",
               label="Bộ Chính trị", issuer="TW", body_kind="Party", n_documents=1,
               n_citations=1)
    attrs = {"url": url} if url else {}
    G.add_node(g.article_node("a1"), kind=g.ARTICLE, article_id="a1", label=title,
               title=title, n_documents=1, **attrs)
    G.add_edge(g.article_node("a1"), g.doc_node("57-KL/TW"), key=g.CITES, kind=g.CITES,
               weight=1, zone="body", snippet="thực hiện Kết luận số 57-KL/TW của Bộ",
               snippet_start=10, snippet_end=30)
    G.add_edge(g.doc_node("57-KL/TW"), g.body_node("Bộ Chính trị"), key=g.ISSUED_BY,
               kind=g.ISSUED_BY)
    return G


def scripts(html: str) -> list[tuple[str, str]]:
    return re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)


def test_vis_assets_from_pyvis():
    js, css = render.vis_assets()
    assert "@version 9.1.2" in js[:400]
    assert "sourceMappingURL" not in js
    assert ".vis-network" in css


@pytest.mark.parametrize("payload", PAYLOADS)
def test_json_for_script_is_inert(payload):
    text = render.json_for_script({"t": payload})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text
    assert json.loads(text) == {"t": payload}


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_article_text_never_reaches_markup(payload):
    html = render.render_html(small_graph(title=payload, subject=payload), title=payload)
    # the raw payload appears nowhere: not in the data, not in <title>, not in <h1>
    assert payload not in html
    assert len(scripts(html)) == 3  # data, vis-network, page script: nothing injected
    data = json.loads(next(body for attrs, body in scripts(html) if "application/json" in attrs))
    titles = {n.get("title") for n in data["nodes"]}
    assert payload in titles  # the data still carries the text itself, escaped


def test_page_is_self_contained():
    html = render.render_html(small_graph())
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    assert not re.search(r"\b(src|href)\s*=", markup), "no external resources"
    assert "<link" not in markup
    for bad in ("cdn.jsdelivr", "cdnjs", "unpkg", "bootstrap", "tom-select", "googleapis"):
        assert bad not in html.lower()


def test_csp_allows_exactly_our_scripts():
    html = render.render_html(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    run = [body for attrs, body in scripts(html) if "application/json" not in attrs]
    assert len(run) == 2
    for body in run:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert digest in hashes


def test_unsafe_urls_are_dropped():
    assert g._safe_url("javascript:alert(1)") is None
    assert g._safe_url("data:text/html,x") is None
    assert g._safe_url("https://baoquocte.vn/x") == "https://baoquocte.vn/x"


def test_no_articles_page_keeps_the_evidence_from_source():
    G = small_graph(title="Bài gốc")
    H = G.subgraph([g.doc_node("57-KL/TW"), g.body_node("Bộ Chính trị")]).copy()
    data = render.page_data(H, source=G)
    doc = next(n for n in data["nodes"] if n["kind"] == g.DOCUMENT)
    [(art, snippet, s, e)] = data["evidence"][str(doc["i"])]
    assert data["articles"][art] == ["Bài gốc", None, "https://example.vn/a.html", -1]
    assert snippet[s:e] == "Kết luận số 57-KL/TW"


def _cited_by(dates: list[str | None]) -> nx.MultiDiGraph:
    G = small_graph()
    for i, date in enumerate(dates):
        a = g.article_node(f"b{i}")
        G.add_node(a, kind=g.ARTICLE, article_id=f"b{i}", label=f"Bài {i}", title=f"Bài {i}",
                   n_documents=1, **({"date": date} if date else {}))
        G.add_edge(a, g.doc_node("57-KL/TW"), key=g.CITES, kind=g.CITES, weight=1,
                   snippet=f"đoạn {i}", snippet_start=0, snippet_end=4)
    G.nodes[g.doc_node("57-KL/TW")]["n_articles"] = len(dates) + 1
    return G


def test_evidence_newest_first_undated_last():
    data = render.page_data(_cited_by(["2024-01-05", None, "2024-11-20", "2023-12-31"]))
    doc = next(n for n in data["nodes"] if n["kind"] == g.DOCUMENT)
    titles = [data["articles"][r[0]][0] for r in data["evidence"][str(doc["i"])]]
    # a1 and b1 have no date: after the dated ones, by title
    assert titles == ["Bài 2", "Bài 0", "Bài 3", "Bài 1", "Bài báo"]
    assert data["meta"]["evidence_cap"] is None


def test_evidence_budget_keeps_the_newest(monkeypatch):
    monkeypatch.setattr(render, "EVIDENCE_BUDGET", 2)
    data = render.page_data(_cited_by(["2024-01-05", "2024-11-20", "2023-12-31"]))
    doc = next(n for n in data["nodes"] if n["kind"] == g.DOCUMENT)
    rows = data["evidence"][str(doc["i"])]
    assert [data["articles"][r[0]][1] for r in rows] == ["2024-11-20", "2024-01-05"]
    assert data["meta"]["evidence_cap"] == 2
    # the panel still knows how many articles cite it
    assert doc["n_articles"] == 4


def test_sizes_per_kind_and_fixed_positions():
    G = _cited_by(["2024-01-05"] * 8)  # 57-KL/TW: 9 citing articles
    G.add_node(g.doc_node("1-KL/TW"), kind=g.DOCUMENT, key="1-KL/TW", label="1-KL/TW",
               type="conclusion", n_articles=1, n_mentions=1)
    data = render.page_data(G)
    size = {n.get("key") or n.get("name") or n.get("article_id"): n["size"]
            for n in data["nodes"]}
    # documents by sqrt of citing articles: 9 articles is 3x the radius growth of 1
    assert size["57-KL/TW"] - 5 == pytest.approx(3 * (size["1-KL/TW"] - 5))
    assert size["Bộ Chính trị"] == render.BODY_SIZE  # a body is a fixed mark
    assert size["a1"] == render.ARTICLE_SIZE < size["1-KL/TW"]
    again = render.page_data(G)
    assert [(n["x"], n["y"]) for n in again["nodes"]] == [(n["x"], n["y"]) for n in data["nodes"]]
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_write_html_atomic_and_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "page.html"
    n = render.write_html(small_graph(), out)
    assert out.stat().st_size == n
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]  # no lib/, no temp
    assert out.stat().st_mode & 0o044  # readable by others, like a plain open()

    before = out.read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(render, "json_for_script", boom)
    with pytest.raises(RuntimeError):
        render.write_html(small_graph(title="new"), out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_atomic_write_cleans_up_on_failure(tmp_path):
    out = tmp_path / "x.bin"
    out.write_bytes(b"old")

    def half(f):
        f.write(b"partial")
        raise OSError("interrupted")

    with pytest.raises(OSError):
        render.atomic_write(out, half)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]


def test_empty_graph_renders():
    html = render.render_html(nx.MultiDiGraph())
    assert '"nodes":[]' in html


def test_templates_ship_with_package():
    root = Path(render.__file__).parent / "templates"
    assert {"graph.html", "graph.js", "graph.css"} <= {p.name for p in root.iterdir()}
