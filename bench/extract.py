"""Extractor speed against a bare baseline, in one process.

    python bench/extract.py [CORPUS_DIR] [--repeat N]

Baseline: one `re.finditer` of the type words over the same texts (what any tool must
at least do). Prints MB/s of both and their ratio; the aim is a ratio >= 0.5.
Corpus: ../shared/corpus/baomoi-2017, else samples/ repeated.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from refgraph import vocab  # noqa: E402
from refgraph.extract import extract  # noqa: E402


def load(corpus: Path | None) -> list[str]:
    if corpus is None:
        shared = HERE.parent.parent / "shared" / "corpus" / "baomoi-2017"
        corpus = shared if shared.is_dir() else None
    if corpus is None:
        texts = [p.read_text("utf-8") for p in sorted((HERE.parent / "samples").glob("*.txt"))]
        return texts * 500
    return [p.read_text("utf-8") for p in sorted(corpus.rglob("*.txt"))]


def best_of(fn, texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return best


BARE_SCRIPT = """
import re, sys, pathlib
words = sys.argv[2].split("|")
pat = re.compile("|".join(words), re.I)
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    for m in pat.finditer(p.read_text("utf-8")):
        n += 1
print(n)
"""


def process_ratio(corpus: Path, rounds: int) -> None:
    """Whole processes: `refgraph scan CORPUS` against a bare one-regex script."""
    import subprocess

    words = "|".join(sorted(vocab.TYPE_WORDS, key=len, reverse=True))
    bare_cmd = [sys.executable, "-c", BARE_SCRIPT, str(corpus), words]
    scan_cmd = [sys.executable, "-m", "refgraph.cli", "scan", "-q", str(corpus)]

    def wall(cmd: list[str]) -> float:
        best = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=HERE.parent)
            best = min(best, time.perf_counter() - t0)
        return best

    tb, ts = wall(bare_cmd), wall(scan_cmd)
    print(f"process: bare one-regex script {tb:.2f} s, refgraph scan {ts:.2f} s, "
          f"ratio {ts / tb:.2f}  (aim <= 2)")


def dense_scaling(rounds: int) -> None:
    """Citation-dense text of size N and 4N: the time must grow ~4x, not ~16x."""
    unit = "Nghị định 67/2014/NĐ-CP về chính sách, thay thế Nghị định 46 và Nghị định 67. "
    small, large = unit * 1000, unit * 4000
    ts = best_of(lambda ts: [extract(t) for t in ts], [small], rounds)
    tl = best_of(lambda ts: [extract(t) for t in ts], [large], rounds)
    print(f"dense text: {len(small) / 1e6:.2f} MB in {ts:.3f} s, {len(large) / 1e6:.2f} MB in "
          f"{tl:.3f} s; 4x the text took {tl / ts:.1f}x the time (linear: ~4)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts = load(args.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    bare = re.compile("|".join(sorted(vocab.TYPE_WORDS, key=len, reverse=True)), re.I)

    def baseline(ts):
        for t in ts:
            for _ in bare.finditer(t):
                pass

    def full(ts):
        for t in ts:
            extract(t)

    tb = best_of(baseline, texts, args.rounds)
    tf = best_of(full, texts, args.rounds)
    n = sum(len(extract(t)) for t in texts)
    print(f"texts {len(texts)}  {mb:.1f} MB  citations {n}")
    print(f"baseline (one re.finditer of type words): {mb / tb:8.1f} MB/s")
    print(f"refgraph.extract:                         {mb / tf:8.1f} MB/s")
    print(f"ratio extract/baseline: {tb / tf:.2f}  (aim >= 0.5)")
    dense_scaling(args.rounds)
    corpus = args.corpus or (HERE.parent.parent / "shared" / "corpus" / "baomoi-2017")
    if corpus.is_dir():
        process_ratio(corpus, args.rounds)


if __name__ == "__main__":
    main()
