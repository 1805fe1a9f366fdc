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


def test_view_node_cap_drops_articles_first(G_related):
    v = g.view(G_related, max_nodes=4)
    kinds = _kinds(v.graph)
    assert v.mode == "documents" and kinds[g.ARTICLE] == []
    # no document dropped: the cap never keeps fewer than the top 300
    assert kinds[g.DOCUMENT] == _kinds(G_related)[g.DOCUMENT]
    # both seed articles cite 57-KL/TW and 47/NQ-CP@2024: a co-citation edge of weight 2
    e = v.graph.get_edge_data(g.doc_node("47/NQ-CP@2024"), g.doc_node("57-KL/TW"), g.COCITED)
    e = e or v.graph.get_edge_data(g.doc_node("57-KL/TW"), g.doc_node("47/NQ-CP@2024"),
                                   g.COCITED)
    assert e["weight"] == 2
    assert v.graph.nodes[g.doc_node("57-KL/TW")]["n_articles"] == 2  # articles as counts
    assert any("documents only" in n for n in v.notes)
    assert (v.docs_total, v.articles_total) == (5, 2)


def test_view_focus_keeps_articles_under_cap(G_related):
    v = g.view(G_related, focus="57-KL/TW", depth=1, max_nodes=5)
    assert v.mode == "articles"
    assert v.graph.number_of_nodes() <= 5 or len(_kinds(v.graph)[g.ARTICLE]) == 0
    assert g.doc_node("57-KL/TW") in v.graph


def test_view_cap_keeps_top_300_documents():
    G = nx.MultiDiGraph()
    for i in range(400):
        d, a = g.doc_node(f"{i}/QĐ-TTg"), g.article_node(f"a{i}")
        G.add_node(d, kind=g.DOCUMENT, key=f"{i}/QĐ-TTg", n_articles=1 + i % 7, n_mentions=1)
        G.add_node(a, kind=g.ARTICLE, article_id=f"a{i}")
        G.add_edge(a, d, key=g.CITES, kind=g.CITES, weight=1)
    v = g.view(G, max_nodes=100)
    docs = [d for _, d in v.graph.nodes(data=True) if d["kind"] == g.DOCUMENT]
    assert len(docs) == 300 and not _kinds(v.graph)[g.ARTICLE]
    # the most cited: the 58 cited once and 42 of the 57 cited twice are left out
    assert sum(d["n_articles"] == 1 for d in docs) == 0
    assert sum(d["n_articles"] == 2 for d in docs) == 15
    assert any("kept the 300 most cited of 400" in n for n in v.notes)


def _store_of(texts: list[str]) -> Store:
    from refgraph.models import Article

    s = Store.open(None)
    for i, text in enumerate(texts):
        art = Article(id=f"t{i}.txt", text=text, title=text.split("\n")[0],
                      body_start=text.index("\n"))
        s.add(art, extract_article(art))
    s.finalize()
    return s


def test_focus_never_walks_through_a_body():
    s = _store_of(["Tin một\nChính phủ ban hành Nghị định số 57/2022/NĐ-CP về quản lý.",
                   "Tin hai\nChính phủ ban hành Nghị định số 10/2023/NĐ-CP về thuế."])
    G = g.build_graph(s)
    s.close()
    a, b = g.doc_node("57/2022/NĐ-CP"), g.doc_node("10/2023/NĐ-CP")
    assert G.has_edge(a, g.body_node("Chính phủ"), key=g.ISSUED_BY)
    assert G.has_edge(b, g.body_node("Chính phủ"), key=g.ISSUED_BY)
    E = g.ego(G, "57/2022/NĐ-CP", depth=4)
    assert g.body_node("Chính phủ") in E  # its body is shown
    assert b not in E  # but "Chính phủ" does not lead to every other decree
    v = g.view(G, focus="57/2022/NĐ-CP", depth=2)
    assert b not in v.graph


def test_layout_by_shared_articles_not_by_body():
    G = nx.MultiDiGraph()
    G.add_node(g.body_node("Chính phủ"), kind=g.BODY, name="Chính phủ")
    for k in "ABCD":
        G.add_node(g.doc_node(k), kind=g.DOCUMENT, key=k, n_articles=3)
        G.add_edge(g.doc_node(k), g.body_node("Chính phủ"), key=g.ISSUED_BY, kind=g.ISSUED_BY)
    for i, pair in enumerate(["AB", "AB", "AB", "CD", "CD", "CD"]):
        a = g.article_node(f"a{i}")
        G.add_node(a, kind=g.ARTICLE, article_id=f"a{i}")
        for k in pair:
            G.add_edge(a, g.doc_node(k), key=g.CITES, kind=g.CITES, weight=1)
    pos = g.layout(G)
    assert pos == g.layout(G)  # seeded: the same page every time

    def dist(u, v):
        (x1, y1), (x2, y2) = pos[g.doc_node(u)], pos[g.doc_node(v)]
        return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5

    assert dist("A", "B") < dist("A", "C") and dist("C", "D") < dist("B", "D")
    # documents never sit on one another
    assert min(dist(u, v) for u, v in ["AB", "CD", "AC", "BD"]) > 2 * g.doc_size(3)


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
