"""Extractor speed against the plain script a user writes: ../shared/bench/naive.py.

    python bench/extract.py [--rounds N] [--no-process]

For each corpus (../shared/corpus/baomoi-2017, ../shared/corpus/tuoitre-2024):
  in-process MB/s of naive.py's one regex (finditer over the same texts) and of
  refgraph's extract(), with the plain path (extract.FAST = False) for comparison;
  whole process: `naive.py DIR` and `refgraph scan DIR --format jsonl` to /dev/null, in
  one process (-j 1) and with a worker per core (the default), run in triples, the
  medians of the ratios (the machine is shared: only ratios mean much).
Then extract() on text 4x as citation-dense as the corpus, at n and 4n (linear: ~4x),
and the CPU of `refgraph --help`.
Goals (issue 12): extract >= 30 MB/s; scan <= 2.0x naive.py; --help < 0.15 s CPU.
"""
from __future__ import annotations

import argparse
import compileall
import importlib
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from refgraph.corpus import iter_articles  # noqa: E402

X = importlib.import_module("refgraph.extract")
SHARED = ROOT.parent / "shared"
NAIVE = SHARED / "bench" / "naive.py"
CORPORA = {"baomoi-2017": SHARED / "corpus" / "baomoi-2017",
           "tuoitre-2024": SHARED / "corpus" / "tuoitre-2024"}


def _naive_module():
    spec = importlib.util.spec_from_file_location("naive", NAIVE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def best_of(fn, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def in_process(name: str, corpus: Path, rounds: int) -> None:
    arts = list(iter_articles([str(corpus)], skips=lambda s: None))
    mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    pat = _naive_module().PAT

    def naive() -> None:
        for a in arts:
            for m in pat.finditer(a.text):
                m.groups()

    def run(fast: bool):
        def go() -> None:
            X.FAST = fast
            try:
                for a in arts:
                    X.extract_article(a)
            finally:
                X.FAST = True
        return go

    tn, tf, tp = (best_of(f, rounds) for f in (naive, run(True), run(False)))
    print(f"{name}: {len(arts)} articles, {mb:.1f} MB, one core, best of {rounds}")
    print(f"  naive.py's regex   {mb / tn:7.1f} MB/s")
    print(f"  extract (fast)     {mb / tf:7.1f} MB/s   (goal >= 30)")
    print(f"  extract (plain)    {mb / tp:7.1f} MB/s   fast/plain {tp / tf:.1f}x")


def _run(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return time.perf_counter() - t0


def whole_process(name: str, corpus: Path, rounds: int) -> None:
    """naive.py, then `refgraph scan` in one process (-j 1) and with a worker per core
    (the default), run in triples; the medians of the ratios."""
    naive = [sys.executable, str(NAIVE), str(corpus)]
    scan = [sys.executable, "-m", "refgraph.cli", "scan", str(corpus), "--format", "jsonl", "-q"]
    runs = [(_run(naive), _run(scan + ["-j", "1"]), _run(scan)) for _ in range(rounds)]
    print(f"  whole process, median of {rounds} runs: naive.py "
          f"{statistics.median(r[0] for r in runs):.2f} s")
    for i, label in ((1, "refgraph scan -j 1"), (2, f"refgraph scan (-j {os.cpu_count()})")):
        ratio = statistics.median(r[i] / r[0] for r in runs)
        print(f"    {label:24} {statistics.median(r[i] for r in runs):.2f} s, ratio "
              f"{ratio:.2f}  (goal <= 2.0)")


def dense(rounds: int) -> None:
    """Four citations where a corpus page has about one per 1,000 characters or less.
    Sizes n and 4n timed in pairs; the median of the pairs' ratios (linear: ~4)."""
    unit = ("Nghị định 67/2014/NĐ-CP về chính sách, thay thế Nghị định 46 và Nghị định 67. "
            "Căn cứ Luật Đất đai 2013, Bộ Tài chính ban hành Thông tư 5/2021/TT-BTC. ")
    small, large = unit * 1000, unit * 4000
    pairs = [(best_of(lambda: X.extract(small), 1), best_of(lambda: X.extract(large), 1))
             for _ in range(rounds)]
    tl = statistics.median(b for _, b in pairs)
    mb = len(large.encode("utf-8")) / 1e6
    print(f"dense text ({len(X.extract(unit))} citations per {len(unit)} characters): "
          f"{mb / tl:.1f} MB/s; 4x the text took {statistics.median(b / a for a, b in pairs):.1f}x "
          f"the time (median of {rounds} pairs; linear: ~4)")


def help_cpu(rounds: int) -> None:
    cpu = []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        _run([sys.executable, "-m", "refgraph.cli", "--help"])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    bare = []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        _run([sys.executable, "-c", "pass"])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        bare.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(f"refgraph --help: {statistics.median(cpu):.3f} s CPU (median of {rounds}; goal "
          f"< 0.15; python -c pass: {statistics.median(bare):.3f} s)")


def main() -> None:
    # An installed refgraph has its bytecode compiled by pip; a working tree run with
    # PYTHONDONTWRITEBYTECODE=1 (as on these machines) would recompile every edited
    # module in each whole-process run and count that against refgraph.
    compileall.compile_dir(str(ROOT / "refgraph"), quiet=1)
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-process", action="store_true", help="in-process figures only")
    args = ap.parse_args()
    for name, corpus in CORPORA.items():
        in_process(name, corpus, args.rounds)
        if not args.no_process:
            whole_process(name, corpus, args.rounds)
    dense(args.rounds)
    help_cpu(args.rounds)


if __name__ == "__main__":
    main()
