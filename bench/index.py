"""Index throughput and memory: `refgraph index` over a 100,000-article corpus.

    python bench/index.py [--n 100000] [--jobs 2] [--format jsonl|txt] [--json FILE]

Builds the corpus in a temporary folder by repeating ../shared/corpus (or samples/ when
it is absent) with varied ids, runs `refgraph index CORPUS --db TMP --jobs N --quiet` in a
subprocess, and prints articles/s, MB/s, peak RSS (the main process, and the whole
process tree: main + workers) and the database size, next to the extractor's own
single-process MB/s measured in this process on the same base articles. Their ratio
shows what the I/O, the pool and the store cost (or what the jobs bring).

Memory must not grow with the corpus: the tree's RSS is sampled through the run, and the
peak of its first half is printed beside the peak of its second half.

Base articles that take over a second to extract (extractor pathologies) are left out
of the corpus and listed, so that the figures measure the pipeline, not one page.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refgraph.commands.index import extract_guarded
from refgraph.extract import extract_article
from refgraph.corpus import SkipLog, iter_articles

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def base_articles(slow_limit: float) -> tuple[list[tuple[str, str]], float, list[str]]:
    """(id, page text) of the base corpus, the extractor's single-process MB/s over it,
    and the ids left out as too slow."""
    shared = ROOT.parent / "shared" / "corpus"
    src = shared if shared.is_dir() else ROOT / "samples"
    arts, slow, pages = [], [], []
    for a in iter_articles([str(src)], skips=SkipLog(report=False)):
        t = time.perf_counter()
        ex = extract_guarded(a, timeout=slow_limit)
        if isinstance(ex, str) or time.perf_counter() - t > slow_limit:
            slow.append(a.id)
            continue
        arts.append((a.id, a.text))
        pages.append(a)
    # The extractor's speed: best of three warm passes over the same articles, so the
    # ratio below is not flattered by a cold first pass.
    nbytes = sum(len(a.text.encode("utf-8")) for a in pages)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for a in pages:
            extract_article(a)
        best = min(best, time.perf_counter() - t)
    return arts, nbytes / 1e6 / best, slow


def build_corpus(dest: Path, base: list[tuple[str, str]], n: int, fmt: str) -> int:
    """Write n articles (base repeated, ids varied); returns the bytes written."""
    total = 0
    if fmt == "jsonl":
        path = dest / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n):
                bid, text = base[i % len(base)]
                title = text.split("\n", 1)[0]
                line = json.dumps({"id": f"{i:06d}/{bid}", "title": title, "text": text},
                                  ensure_ascii=False) + "\n"
                total += f.write(line)
        return path.stat().st_size
    for i in range(n):
        bid, text = base[i % len(base)]
        d = dest / f"{i // 1000:03d}"
        if i % 1000 == 0:
            d.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (d / f"{i:06d}_{Path(bid).name}").write_bytes(data)
        total += len(data)
    return total


def tree_rss(pid: int) -> tuple[int, int]:
    """(RSS of pid, RSS of pid and all its descendants), bytes, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(entry)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * PAGE
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, ()))
    return rss.get(pid, 0), total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    ap.add_argument("--slow", type=float, default=1.0,
                    help="leave out base articles slower than this to extract (s)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures here (atomically)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    base, extractor_mbs, slow = base_articles(args.slow)
    if not base:
        sys.exit("no base articles to build a corpus from")
    tmp = Path(tempfile.mkdtemp(prefix="refgraph-bench-"))
    try:
        t = time.perf_counter()
        corpus_bytes = build_corpus(tmp / "corpus", base, args.n, args.format) \
            if (tmp / "corpus").mkdir() is None else 0
        build_s = time.perf_counter() - t
        target = tmp / "corpus" / "corpus.jsonl" if args.format == "jsonl" else tmp / "corpus"
        db = tmp / "bench.db"
        cmd = [sys.executable, "-c", "from refgraph.cli import main; main()", "index",
               str(target), "--db", str(db), "--jobs", str(args.jobs), "--quiet"]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        samples: list[tuple[float, int, int]] = []
        while proc.poll() is None:
            main_rss, all_rss = tree_rss(proc.pid)
            samples.append((time.perf_counter() - t0, main_rss, all_rss))
            time.sleep(0.25)
        secs = time.perf_counter() - t0
        err = proc.stderr.read()
        if proc.returncode not in (0, 3):
            sys.exit(f"index failed ({proc.returncode}):\n{err}")
        db_bytes = sum(p.stat().st_size for p in tmp.glob("bench.db*"))
        half = [s for s in samples if s[0] <= secs / 2] or samples
        rest = [s for s in samples if s[0] > secs / 2] or samples
        mb = corpus_bytes / 1e6
        figures = {
            "articles": args.n, "format": args.format, "jobs": args.jobs,
            "corpus_mb": round(mb, 1), "base_articles": len(base), "left_out": slow,
            "build_corpus_s": round(build_s, 1),
            "index_s": round(secs, 1),
            "articles_per_s": round(args.n / secs),
            "index_mb_per_s": round(mb / secs, 2),
            "extractor_mb_per_s_single": round(extractor_mbs, 2),
            "ratio_index_to_extractor": round(mb / secs / extractor_mbs, 2),
            "peak_rss_main_mb": round(max(s[1] for s in samples) / 1e6, 1),
            "peak_rss_tree_mb": round(max(s[2] for s in samples) / 1e6, 1),
            "peak_rss_tree_first_half_mb": round(max(s[2] for s in half) / 1e6, 1),
            "peak_rss_tree_second_half_mb": round(max(s[2] for s in rest) / 1e6, 1),
            "db_mb": round(db_bytes / 1e6, 1),
            "skips_reported": sum(1 for x in err.splitlines() if "skipped" in x),
        }
        w = max(len(k) for k in figures)
        for k, v in figures.items():
            print(f"{k:<{w}}  {v}")
        if args.json:
            out = Path(args.json)
            part = out.with_name(out.name + ".part")
            part.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", "utf-8")
            os.replace(part, out)  # atomic: a reader never sees half a file
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
