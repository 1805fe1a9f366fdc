"""Time building the graph and writing the page for 500, 5,000 and 50,000 citations.

    python bench/graph.py [--sizes 500,5000,50000] [--seed 1]

A synthetic corpus (Zipf-popular documents, ~5 citations per article, 14 bodies, a
relation per 20 documents) goes into an in-memory store; store ingest is timed apart,
since it is the index's cost, not the graph's. For each size it prints the seconds to
build the graph, to write the page as drawn by default (node cap 2,000) and uncapped,
and the page size, beside networkx's own node-link JSON dump of the same graph as the
baseline (ratio = ours / baseline).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from refgraph.models import Article, Citation, Extraction, Relation  # noqa: E402

BODIES = [("Bộ Chính trị", "TW", "conclusion", "KL"), ("Ban Bí thư", "TW", "directive", "CT"),
          ("Ban Chấp hành Trung ương", "TW", "resolution", "NQ"),
          ("Chính phủ", "CP", "decree", "NĐ"), ("Chính phủ", "CP", "resolution", "NQ"),
          ("Thủ tướng Chính phủ", "TTg", "decision", "QĐ"),
          ("Thủ tướng Chính phủ", "TTg", "directive", "CT"), ("Quốc hội", "QH", "law", None),
          ("Bộ Thông tin và Truyền thông", "BTTTT", "circular", "TT"),
          ("Bộ Tài chính", "BTC", "circular", "TT"), ("Bộ Y tế", "BYT", "decision", "QĐ"),
          ("Bộ Công an", "BCA", "circular", "TT"), ("Ủy ban Thường vụ Quốc hội", "UBTVQH",
                                                    "ordinance", None),
          ("Văn phòng Chính phủ", "VPCP", "notice", "TB")]


def synthetic(n_citations: int, seed: int = 1) -> list[tuple[Article, Extraction]]:
    rng = random.Random(seed)
    n_docs = max(20, n_citations // 8)
    docs = []
    for i in range(n_docs):
        body, issuer, typ, code = rng.choice(BODIES)
        year = rng.randint(2010, 2024)
        num = str(i + 1)
        if issuer == "TW":
            key = f"{num}-{code}/TW"
        elif code is None:
            key = f"{num}/{year}/{issuer}"
        else:
            key = f"{num}/{code}-{issuer}@{year}"
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(dict(key=key, type=typ, number=num, issuer=issuer, body=body,
                         year=year, date=date,
                         title=f"về nhiệm vụ số {i} trong tình hình mới"))
    weights = [1 / (r + 1) ** 0.9 for r in range(n_docs)]  # Zipf-like popularity
    out = []
    made = 0
    a = 0
    while made < n_citations:
        k = min(n_citations - made, rng.randint(2, 8))
        picks = rng.choices(docs, weights=weights, k=k)
        parts, cits = [], []
        pos = 0
        for d in picks:
            text = f"Văn bản số {d['key'].split('@')[0]}"
            pad = "Nội dung bài viết. " * 3
            start = pos + len(pad)
            parts.append(pad + text + " ")
            cits.append(Citation(start=start, end=start + len(text), text=text, type=d["type"],
                                 number=d["number"], issuer=d["issuer"], year=d["year"],
                                 date=d["date"], body=d["body"], key=d["key"], form="full",
                                 zone="related" if rng.random() < 0.1 else "body",
                                 title=d["title"]))
            pos += len(parts[-1])
        rels = []
        if rng.random() < 0.3 and len(picks) > 1:
            rels.append(Relation(picks[0]["key"], picks[1]["key"],
                                 rng.choice(["implements", "guides", "based_on"]), 0, 10))
        text = "".join(parts)
        art = Article(id=f"a{a:06d}.txt", text=text, title=f"Bài báo {a} về văn bản",
                      url=f"https://example.vn/bai-{a}.html", date="2024-05-01")
        out.append((art, Extraction(cits, rels)))
        made += k
        a += 1
    return out


def run(sizes: list[int], seed: int) -> None:
    import networkx as nx

    from refgraph import graph as g
    from refgraph import render
    from refgraph.store import Store

    print(f"{'citations':>9} {'articles':>8} {'docs':>6} {'nodes':>6} {'ingest s':>8} "
          f"{'build s':>7} {'page s':>6} {'page MB':>7} {'full s':>6} {'full MB':>7} "
          f"{'nl s':>5} {'nl MB':>6} {'MB ratio':>8} {'s ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = synthetic(n, seed)
            t0 = time.perf_counter()
            store = Store.open(None)
            for art, ex in corpus:
                store.add(art, ex)
            store.finalize()
            t1 = time.perf_counter()
            G = g.build_graph(store)
            t2 = time.perf_counter()
            v = g.view(G)  # what `refgraph graph` draws by default
            page = render.write_html(v.graph, os.path.join(tmp, "p.html"), source=G,
                                     notes=v.notes)
            t3 = time.perf_counter()
            full = render.write_html(G, os.path.join(tmp, "f.html"))
            t4 = time.perf_counter()
            with open(os.path.join(tmp, "nl.json"), "w", encoding="utf-8") as f:
                json.dump(nx.node_link_data(G, edges="edges"), f, ensure_ascii=False)
            t5 = time.perf_counter()
            nl = os.path.getsize(os.path.join(tmp, "nl.json"))
            n_docs = len(g.documents(G))
            print(f"{n:>9} {len(corpus):>8} {n_docs:>6} {G.number_of_nodes():>6} "
                  f"{t1 - t0:>8.2f} {t2 - t1:>7.2f} {t3 - t2:>6.2f} {page / 1e6:>7.2f} "
                  f"{t4 - t3:>6.2f} {full / 1e6:>7.2f} {t5 - t4:>5.2f} {nl / 1e6:>6.2f} "
                  f"{full / nl:>8.2f} {(t4 - t3) / (t5 - t4):>7.1f}")
            store.close()
    print("page = default view (node cap 2,000); full = uncapped page; nl = networkx "
          "node_link_data json dump of the full graph; ratios are full page / nl.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,50000")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    run([int(s) for s in args.sizes.split(",")], args.seed)


if __name__ == "__main__":
    main()
