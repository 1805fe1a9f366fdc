"""The page at corpus scale: build time, page size and time to the first labelled frame.

    python bench/graph.py [--sizes 3000,30000,100000] [--corpus DIR] [--no-browser]

The baomoi corpus (2,769 pages) is read and extracted once, then repeated under new
article ids until each size is reached, and stored through the index's own path
(article_rows + add_many, deferred indexes, finalize); that ingest is timed apart, since
it is the index's cost, not the page's. For each size it prints:

  build s   graph from the store (build_graph)
  page s    view (default node cap) + layout + page written (what `refgraph graph` adds
            after reading the store); "written" = build s + page s
  MB        the page's size
  nl s/MB   baseline: networkx's node_link_data JSON dump of the same view graph, in the
            same process; ratio = page / baseline
  ready s   headless Chromium (1400x900): from navigation to the first frame with the
            labels drawn (the page's own mark), and wall time until the test sees it

Goal (issue 13): 100,000 articles -> written < 10 s, < 15 MB, usable < 3 s.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS = "/work/shared/corpus/baomoi-2017"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-dev-shm-usage"]


def read_corpus(path: str) -> list:
    from refgraph.corpus import iter_articles
    from refgraph.extract import extract_article

    return [(a, extract_article(a)) for a in iter_articles([path])]


def fill_store(base: list, n_articles: int):
    """A store of n_articles: the corpus repeated, each copy under its own ids."""
    from refgraph.store import Store, article_rows

    store = Store.open(None)
    store.defer_indexes()
    batch, made, rep = [], 0, 0
    while made < n_articles:
        for art, ex in base:
            if made >= n_articles:
                break
            copy = dataclasses.replace(art, id=f"r{rep}/{art.id}") if rep else art
            batch.append(article_rows(copy, ex))
            made += 1
            if len(batch) == 500:
                store.add_many(batch)
                batch = []
        rep += 1
    if batch:
        store.add_many(batch)
    store.finalize()
    return store


def first_labelled_frame(browser, path: str) -> tuple[float, float, int]:
    """(ms from navigation to the first labelled frame, wall s, labels drawn)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    url = Path(path).resolve().as_uri()
    ctx.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]", timeout=120_000)
    wall = time.perf_counter() - t0
    ms = page.evaluate("() => refgraph.firstLabelledMs")
    n = page.evaluate("() => refgraph.labels.length")
    ctx.close()
    return ms, wall, n


def run(sizes: list[int], corpus: str, browser_on: bool) -> None:
    import networkx as nx

    from refgraph import graph as g
    from refgraph import render

    t0 = time.perf_counter()
    base = read_corpus(corpus)
    print(f"read and extracted {len(base):,} articles of {corpus} in "
          f"{time.perf_counter() - t0:.1f} s")
    pw = browser = None
    if browser_on:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=os.environ.get(
            "REFGRAPH_CHROMIUM", "/usr/bin/chromium"), headless=True, args=CHROMIUM_FLAGS)
    print(f"{'articles':>8} {'citing':>7} {'docs':>5} {'drawn':>6} {'view':>9} {'ingest s':>8} "
          f"{'build s':>7} {'page s':>6} {'written s':>9} {'MB':>6} {'nl s':>5} "
          f"{'nl MB':>6} {'MB ratio':>8} {'ready ms':>8} {'wall s':>6} {'labels':>6}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in sizes:
                t1 = time.perf_counter()
                store = fill_store(base, n)
                t2 = time.perf_counter()
                G = g.build_graph(store)
                store.close()
                t3 = time.perf_counter()
                v = g.view(G)  # what `refgraph graph` draws by default
                out = os.path.join(tmp, f"page{n}.html")
                size = render.write_view(v, G, out)
                t4 = time.perf_counter()
                with open(os.path.join(tmp, "nl.json"), "w", encoding="utf-8") as f:
                    json.dump(nx.node_link_data(v.graph, edges="edges"), f, ensure_ascii=False)
                t5 = time.perf_counter()
                nl = os.path.getsize(os.path.join(tmp, "nl.json"))
                citing = sum(1 for _, d in G.nodes(data=True) if d["kind"] == g.ARTICLE)
                ready = (first_labelled_frame(browser, out) if browser
                         else (float("nan"), float("nan"), 0))
                print(f"{n:>8,} {citing:>7,} {len(g.documents(G)):>5,} "
                      f"{v.graph.number_of_nodes():>6,} {v.mode:>9} {t2 - t1:>8.1f} "
                      f"{t3 - t2:>7.2f} {t4 - t3:>6.2f} {t4 - t2:>9.2f} {size / 1e6:>6.2f} "
                      f"{t5 - t4:>5.2f} {nl / 1e6:>6.2f} {size / nl:>8.2f} {ready[0]:>8.0f} "
                      f"{ready[1]:>6.2f} {ready[2]:>6}", flush=True)
                del G, v
    finally:
        if browser:
            browser.close()
            pw.stop()
    print("view = articles (article nodes drawn) or documents (above the node cap: "
          "documents joined by co-citation edges, articles as counts); nl = networkx "
          "node_link_data JSON of the same view graph, without positions or evidence.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="3000,30000,100000")
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--no-browser", action="store_true",
                    help="skip the headless Chromium measurement")
    args = ap.parse_args()
    run([int(s) for s in args.sizes.split(",")], args.corpus, not args.no_browser)


if __name__ == "__main__":
    main()
