"""refgraph.compiled: patterns compiled from the on-disk cache are the patterns
re.compile makes (issue 12: start-up), and a missing, damaged or unwritable cache only
costs time."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from refgraph import compiled, patterns

ROOT = Path(__file__).resolve().parent.parent
BAOMOI = ROOT.parent / "shared" / "corpus" / "baomoi-2017"

# In a fresh process: import the patterns, report whether this run compiled anything
# the cache did not hold, and every pattern's matches on the texts given on stdin.
_PROBE = """
import json, re, sys
from refgraph import compiled, patterns
texts = json.load(sys.stdin)
out = {"dirty": compiled._dirty, "matches": {}}
for name, p in sorted(vars(patterns).items()):
    if isinstance(p, re.Pattern):
        out["matches"][name] = [[m.span(), m.groups()] for t in texts for m in p.finditer(t)]
print(json.dumps(out))
"""


def _texts() -> list[str]:
    pages = sorted(BAOMOI.glob("*.txt"))[:12]
    if not pages:
        pytest.fail(f"corpus missing: {BAOMOI}")
    return [p.read_text(encoding="utf-8") for p in pages] + [
        "Nghị định 67/2014/NĐ-CP, Luật Đất đai 2024, Kết luận số 57-KL/TW ngày 8/3/2023"]


def _probe(cache: Path, texts: list[str], **env: str) -> dict:
    r = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(texts),
                       capture_output=True, text=True, cwd=ROOT, check=True,
                       env={**os.environ, "REFGRAPH_CACHE_DIR": str(cache), **env})
    return json.loads(r.stdout)


def test_every_pattern_is_the_one_re_compile_makes() -> None:
    texts = _texts()
    found = 0
    for name, p in vars(patterns).items():
        if not isinstance(p, re.Pattern):
            continue
        fresh = re.compile(p.pattern, p.flags)
        assert (p.flags, p.groups, p.groupindex) == (fresh.flags, fresh.groups,
                                                    fresh.groupindex), name
        for t in texts:
            got = [(m.span(), m.groups()) for m in p.finditer(t)]
            assert got == [(m.span(), m.groups()) for m in fresh.finditer(t)], name
            found += len(got)
    assert found > 5000  # the patterns did match the corpus pages


def test_the_cache_is_written_once_then_read(tmp_path: Path) -> None:
    texts = _texts()
    first = _probe(tmp_path, texts)
    assert first["dirty"] is True  # nothing cached yet: compiled and written at exit
    files = list(tmp_path.glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 10_000
    second = _probe(tmp_path, texts)
    assert second["dirty"] is False  # every pattern came from the file
    assert second["matches"] == first["matches"]
    off = _probe(tmp_path, texts, REFGRAPH_NO_CACHE="1")
    assert off["matches"] == first["matches"]


def test_a_damaged_cache_is_compiled_over(tmp_path: Path) -> None:
    texts = _texts()
    good = _probe(tmp_path, texts)
    (cache,) = tmp_path.glob("patterns-*.marshal")
    cache.write_bytes(b"\x00not marshal data" * 100)
    again = _probe(tmp_path, texts)
    assert again["dirty"] is True and again["matches"] == good["matches"]
    assert _probe(tmp_path, texts)["dirty"] is False  # rewritten whole


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    # the cache folder would be inside a regular file: mkdir fails, the run goes on
    r = _probe(blocker / "cache", ["Nghị định 67/2014/NĐ-CP"])
    assert r["matches"]["CITATION"]


def test_compile_is_re_compile_for_what_it_does_not_cache() -> None:
    assert compiled.compile(rb"\d+").pattern == rb"\d+"  # bytes: straight to re
    p = compiled.compile(r"(?P<n>\d+)-(?P<y>\d{4})", re.I)
    assert p.match("57-2024").groupdict() == {"n": "57", "y": "2024"}


def test_patterns_of_tables_since_changed_leave_the_file(tmp_path: Path) -> None:
    # every start reads the whole file: a developer's or an upgraded install's file,
    # grown with patterns no table makes any longer, is rewritten with this run's
    texts = _texts()
    _probe(tmp_path, texts)
    (cache,) = tmp_path.glob("patterns-*.marshal")
    import marshal
    live = marshal.loads(cache.read_bytes())
    stale = {(f"stale pattern {i}", 0): (0, i.to_bytes(4, "big") * 1024, 0, {}, (None,))
             for i in range(1500)}
    cache.write_bytes(marshal.dumps({**live, **stale}))
    # a run that compiles something new writes the file: the stale entries go, its own stay
    r = subprocess.run([sys.executable, "-c",
                        "from refgraph import compiled, patterns; compiled.compile('new ?one')"],
                       cwd=ROOT, check=True,
                       env={**os.environ, "REFGRAPH_CACHE_DIR": str(tmp_path)})
    assert r.returncode == 0
    kept = marshal.loads(cache.read_bytes())
    assert not any(k in kept for k in stale)
    assert ("new ?one", 0) in kept and set(live) <= set(kept)
    assert _probe(tmp_path, texts)["dirty"] is False
