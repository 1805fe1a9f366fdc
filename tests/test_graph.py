"""The graph model, its queries, views and exports, on the seed articles through the real
extractor and store; and the `graph` / `export` commands."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from refgraph import graph as g
from refgraph import render
from refgraph.cli import main
from refgraph.corpus import iter_articles
from refgraph.extract import extract_article
from refgraph.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
A0 = "000_28cd1d749a455bbc.txt"
A3 = "003_667d9eca94485933.txt"
BODY_DOCS = {"57-KL/TW", "47/NQ-CP@2024", "71-KL/TW@2024"}


@pytest.fixture(scope="module")
def store():
    s = Store.open(None)
    for art in iter_articles([str(SAMPLES)]):
        s.add(art, extract_article(art))
    s.finalize()
    yield s
    s.close()


@pytest.fixture(scope="module")
def G(store):
    return g.build_graph(store)


@pytest.fixture(scope="module")
def G_related(store):
    return g.build_graph(store, include_related=True)


# --- structure on the seeds --------------------------------------------------------

def test_each_seed_cites_three_body_documents(G):
    for art in (A0, A3):
        assert {k for k, _ in g.documents_cited_by(G, art)} == BODY_DOCS
    assert set(g.documents(G)) == BODY_DOCS


def test_57_kl_cited_by_both_articles(G):
    assert {a for a, _ in g.articles_citing(G, "57-KL/TW")} == {A0, A3}
    assert G.nodes[g.doc_node("57-KL/TW")]["n_articles"] == 2


def test_47_implements_57(G):
    assert G.has_edge(g.doc_node("47/NQ-CP@2024"), g.doc_node("57-KL/TW"), key="implements")
    e = G.edges[g.doc_node("47/NQ-CP@2024"), g.doc_node("57-KL/TW"), "implements"]
    assert e["kind"] == "implements" and e["weight"] >= 1


def test_bodies(G):
    bodies = {d["name"]: d for _, d in G.nodes(data=True) if d["kind"] == g.BODY}
    assert {"Chính phủ", "Bộ Chính trị"} <= set(bodies)
    assert bodies["Chính phủ"]["body_kind"] == "State"
    assert bodies["Bộ Chính trị"]["body_kind"] == "Party"
    assert G.has_edge(g.doc_node("47/NQ-CP@2024"), g.body_node("Chính phủ"), key=g.ISSUED_BY)
    assert G.has_edge(g.doc_node("71-KL/TW@2024"), g.body_node("Bộ Chính trị"),
                      key=g.ISSUED_BY)


def test_document_attributes(G):
    d = G.nodes[g.doc_node("47/NQ-CP@2024")]
    assert d["type"] == "resolution" and d["number"] == "47" and d["issuer"] == "CP"
    assert d["year"] == 2024 and d["date"] == "2024-04-15" and d["body"] == "Chính phủ"
    assert "57-KL/TW" in d["subject"]
    a = G.nodes[g.article_node(A3)]
    assert a["url"].startswith("https://baoquocte.vn/")


def test_related_zone_only_with_include_related(G, G_related):
    for key in ("57-NQ/TW", "57/2022/NĐ-CP"):
        assert g.doc_node(key) not in G
        assert g.doc_node(key) in G_related
    assert {a for a, _ in g.articles_citing(G_related, "57-NQ/TW")} == {A0}
    assert {a for a, _ in g.articles_citing(G_related, "57/2022/NĐ-CP")} == {A3}
    e = G_related.edges[g.article_node(A0), g.doc_node("57-NQ/TW"), g.CITES]
    assert e["zone"] == "related"
    # a short form is never merged with another type's document
    assert G_related.nodes[g.doc_node("57-NQ/TW")]["type"] == "resolution"
    assert G_related.nodes[g.doc_node("57-KL/TW")]["type"] == "conclusion"


def test_attribute_values_are_writable_scalars(G_related):
    items = [d for _, d in G_related.nodes(data=True)]
    items += [d for *_, d in G_related.edges(data=True)]
    for d in items:
        for k, v in d.items():
            assert v is not None, k
            assert isinstance(v, (str, int, float, bool)), (k, v)


# --- queries -------------------------------------------------------------------------

def test_cocited(G):
    assert dict(g.cocited(G, "57-KL/TW")) == {"47/NQ-CP@2024": 2, "71-KL/TW@2024": 2}
    assert g.cocited(G, "57-KL/TW", limit=1) == [("47/NQ-CP@2024", 2)]
    assert g.cocited(G, "nope") == []


def test_top_documents(G):
    top = g.top_documents(G)
    assert [k for k, _ in top][0] == "57-KL/TW"  # 2 articles, most mentions
    assert all(c == 2 for _, c in top)
    assert len(g.top_documents(G, 2)) == 2


def test_ego(G_related):
    E = g.ego(G_related, "57-KL/TW", depth=1)
    assert {g.doc_node("47/NQ-CP@2024"), g.body_node("Bộ Chính trị"),
            g.article_node(A0), g.article_node(A3)} <= set(E)
    assert g.doc_node("57/2022/NĐ-CP") not in E
    E2 = g.ego(G_related, "57-KL/TW", depth=2)
    assert g.doc_node("57/2022/NĐ-CP") in E2  # via the article that cites both
    with pytest.raises(KeyError):
        g.ego(G_related, "1-KL/TW")


def test_find_document(G_related):
    assert g.find_document(G_related, "57-KL/TW") == ["57-KL/TW"]
    assert g.find_document(G_related, "57-kl/tw") == ["57-KL/TW"]
    assert g.find_document(G_related, "47/NQ-CP") == ["47/NQ-CP@2024"]
    assert g.find_document(G_related, "57/2022/ND-CP") == ["57/2022/NĐ-CP"]
    assert g.find_document(G_related, "Ket luan 57") == ["57-KL/TW"]
    assert g.find_document(G_related, "KL 71") == ["71-KL/TW@2024"]
    assert g.find_document(G_related, "99-KL/TW") == []


# --- views ---------------------------------------------------------------------------

def _kinds(H):
    return {k: sorted(n for n, d in H.nodes(data=True) if d["kind"] == k)
            for k in (g.DOCUMENT, g.ARTICLE, g.BODY)}


def test_view_default_is_whole_small_graph(G):
    v = g.view(G)
    assert set(v.graph) == set(G) and v.notes == []


def test_view_top_and_min_cites(G_related):
    v = g.view(G_related, top=1)
    assert _kinds(v.graph)[g.DOCUMENT] == [g.doc_node("57-KL/TW")]
    assert g.body_node("Bộ Chính trị") in v.graph and g.body_node("Chính phủ") not in v.graph
    assert any("left out" in n for n in v.notes)
    v = g.view(G_related, min_cites=2)
    assert {d["key"] for _, d in v.graph.nodes(data=True) if d["kind"] == g.DOCUMENT} == BODY_DOCS


def test_view_no_articles_and_focus(G_related):
    v = g.view(G_related, articles=False)
    assert _kinds(v.graph)[g.ARTICLE] == []
    assert v.graph.nodes[g.doc_node("57-KL/TW")]["n_articles"] == 2  # articles as counts
    v = g.view(G_related, focus="57/2022/NĐ-CP", depth=1)
    assert set(v.graph) == {g.doc_node("57/2022/NĐ-CP"), g.body_node("Chính phủ"),
                            g.article_node(A3)}


def test_view_node_cap(G_related):
    v = g.view(G_related, max_nodes=4)
    assert v.graph.number_of_nodes() <= 4
    assert any("node cap 4" in n for n in v.notes)
    v = g.view(G_related, max_nodes=2)  # no document fits with its articles
    assert _kinds(v.graph)[g.ARTICLE] == []
    assert any("articles are shown as counts" in n for n in v.notes)


# --- exports -------------------------------------------------------------------------

def _same(G, H):
    assert set(H.nodes) == set(G.nodes)
    assert H.number_of_edges() == G.number_of_edges()
    assert H.nodes[g.doc_node("47/NQ-CP@2024")]["year"] == 2024
    assert H.nodes[g.doc_node("47/NQ-CP@2024")]["body"] == "Chính phủ"


def test_export_graphml(G_related, tmp_path):
    p = tmp_path / "g.graphml"
    render.export(G_related, "graphml", p)
    H = nx.read_graphml(p, force_multigraph=True)
    _same(G_related, H)
    assert H.is_directed()


def test_export_gexf(G_related, tmp_path):
    p = tmp_path / "g.gexf"
    render.export(G_related, "gexf", p)
    H = nx.read_gexf(p)
    _same(G_related, H)


def test_export_json(G_related, tmp_path):
    p = tmp_path / "g.json"
    render.export(G_related, "json", p)
    H = nx.node_link_graph(json.loads(p.read_text("utf-8")), edges="edges")
    _same(G_related, H)
    assert H.has_edge(g.doc_node("47/NQ-CP@2024"), g.doc_node("57-KL/TW"), key="implements")


def test_export_csv(G_related, tmp_path):
    written = render.export(G_related, "csv", tmp_path / "g.csv")
    assert [p.name for p in written] == ["g.nodes.csv", "g.edges.csv"]
    with open(written[0], encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(written[1], encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert {r["Id"] for r in nodes} == set(G_related)
    assert len(edges) == G_related.number_of_edges()
    H = nx.MultiDiGraph()
    H.add_edges_from((r["Source"], r["Target"], r["kind"]) for r in edges)
    assert H.has_edge(g.doc_node("47/NQ-CP@2024"), g.doc_node("57-KL/TW"), key="implements")


# --- commands ------------------------------------------------------------------------

def test_graph_command_writes_one_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "out.html"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]  # no lib/, no temp
    html = (tmp_path / "out.html").read_text("utf-8")
    assert "57-KL/TW" in html and "47/NQ-CP@2024" in html
    assert "57-NQ/TW" not in html  # related zone left out by default
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "rel.html",
                                  "--include-related"])
    assert r.exit_code == 0, r.output
    assert "57-NQ/TW" in (tmp_path / "rel.html").read_text("utf-8")


def test_graph_command_cap_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "out.html", "--max-nodes", "4"])
    assert r.exit_code == 0, r.output
    assert "node cap 4" in r.output and "left out" in r.output


def test_graph_command_focus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "f.html", "--focus", "47/NQ-CP",
                                  "--depth", "1", "--no-articles"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "f.html", "--focus",
                                  "ket luan 57"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["graph", str(SAMPLES), "-o", "f.html", "--focus", "99-KL/TW"])
    assert r.exit_code == 1
    assert "99-KL/TW" in r.output


@pytest.mark.parametrize("fmt", render.EXPORT_FORMATS)
def test_export_command(fmt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["export", str(SAMPLES), "--format", fmt, "-o", f"g.{fmt}"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == (["g.edges.csv", "g.nodes.csv"] if fmt == "csv" else [f"g.{fmt}"])


def test_named_documents_labelled_by_name():
    from refgraph.models import Article

    text = "Tiêu đề\nTheo Luật Đất đai 2024 và Hiến pháp năm 2013, người dân có quyền."
    art = Article(id="named.txt", text=text, title="Tiêu đề", body_start=text.index("\n"))
    s = Store.open(None)
    s.add(art, extract_article(art))
    s.finalize()
    G = g.build_graph(s)
    labels = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == g.DOCUMENT}
    assert {"Luật Đất đai 2024", "Hiến pháp 2013"} <= labels
    assert all("number" not in d for _, d in G.nodes(data=True) if d["kind"] == g.DOCUMENT)
    s.close()
