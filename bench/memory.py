"""Peak memory for one citation-dense article (issue 11): `scan` and `index` of a 30 MB
page made of a corpus sentence with three citations, repeated.

    python bench/memory.py [--mb 30] [--jobs 2]

Prints each command's wall time, exit status and peak RSS (the largest of the process
and its children, from wait4), and the ratio of that peak to the file's size. Before
the article was bounded (refgraph/bounded.py), `scan` of such a file took 1.5 GB.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# samples/003_667d9eca94485933.txt, line 12 (its citations: 47/NQ-CP, 57-KL/TW).
SENTENCE = ("triển khai nhóm nhiệm vụ, giải pháp chủ yếu trong Nghị quyết số 47/NQ-CP ngày "
            "15/4/2024 của Chính phủ về Chương trình hành động của Chính phủ đến năm 2030 "
            "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị; Nghị định 57/2022/NĐ-CP.\n")


def run(args: list[str]) -> tuple[float, int, float]:
    """(seconds, exit status, peak RSS in MB of the command and its children)."""
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "refgraph.cli", *args], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)},
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024
    return time.perf_counter() - t0, p.returncode, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "dense.txt"
        line = SENTENCE.encode("utf-8")
        with open(page, "wb") as f:
            f.write("Tiêu đề\n".encode("utf-8") + line * int(a.mb * 1e6 / len(line)))
        size = page.stat().st_size / 1e6
        print(f"article: {size:,.1f} MB, {3 * int(a.mb * 1e6 / len(line)):,} citations")
        for name, args in (
                ("scan", ["scan", str(page), "-q"]),
                ("index -j1", ["index", str(page), "--db", f"{tmp}/1.db", "-q", "-j", "1"]),
                (f"index -j{a.jobs} (x2)", ["index", str(page), str(page.with_name("b.txt")),
                                            "--db", f"{tmp}/2.db", "-q", "-j", str(a.jobs)])):
            if "b.txt" in " ".join(args):
                os.link(page, page.with_name("b.txt"))
            secs, code, peak = run(args)
            print(f"{name:<16} {secs:6.1f} s  exit {code}  peak RSS {peak:7.1f} MB  "
                  f"({peak / size:.1f}x the article)")


if __name__ == "__main__":
    main()
