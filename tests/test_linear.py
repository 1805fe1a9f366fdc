"""Every compiled pattern, and extract() itself, take time linear in their input.

Scraped text is full of runs of spaces, newlines and repeated words; a pattern that
backtracks on them turns one odd page into minutes (issue 11). The patterns are found by
introspection (every re.Pattern of patterns.py, extract.py, zones.py, resolve.py and
dates.py), so a new one is
covered without editing this file. For each, texts built to make it backtrack — runs of
whitespace and separators, repeated trigger words, and strings generated from the
pattern itself (its prefixes repeated, its blanks blown up into long runs) — are timed at
size n and 8n: linear time grows ~8x, quadratic 64x, worse ones hit the alarm.

A pattern is timed the way the code runs it: one `.match`/`.fullmatch` at the start of
the text when the code only anchors it at positions it chose (TAIL_DATE after a
citation), else a `finditer` over the whole text.
"""
from __future__ import annotations

import importlib
import random
import re
import signal
import time
from pathlib import Path
from re import _constants as C
from re import _parser as sre_parse

import pytest

from refgraph import dates, patterns, resolve, zones
from refgraph.extract import extract

# the module, not the function the package exports under its name
extract_module = importlib.import_module("refgraph.extract")

PACKAGE = Path(patterns.__file__).parent
BASE_CHARS = 2000     # size n of an adversarial text; 8n is the other size
LIMIT = 24.0          # 8x the size may cost at most 3x more than linear (noise)
ALARM = 2.0           # seconds: one call taking longer is superlinear at these sizes


def _compiled() -> dict[str, re.Pattern]:
    out: dict[str, re.Pattern] = {}
    for mod in (patterns, zones, extract_module, resolve, dates):
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                out.setdefault(name, value)
    return out


PATTERNS = _compiled()


def _methods(name: str) -> set[str]:
    """How the package's code calls pattern `name`: {"match", "search", …}."""
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(re.findall(rf"\b{name}\.(\w+)\(", path.read_text("utf-8")))
    return used


def _anchored(name: str) -> bool:
    """Run only at positions the code chose (never scanned along a text)."""
    used = _methods(name)
    return bool(used) and used <= {"match", "fullmatch"}


# --- texts built from a pattern ----------------------------------------------------------

_CATEGORY_CHAR = {
    C.CATEGORY_SPACE: " ", C.CATEGORY_DIGIT: "1", C.CATEGORY_WORD: "a",
    C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_NOT_WORD: " ",
    C.CATEGORY_LINEBREAK: "\n", C.CATEGORY_NOT_LINEBREAK: "a",
}


def _char_of(items, rnd: random.Random) -> str:
    if items and items[0][0] is C.NEGATE:
        return rnd.choice("x#")
    op, av = rnd.choice(items)
    if op is C.LITERAL:
        return chr(av)
    if op is C.RANGE:
        return chr(rnd.randint(av[0], av[1]))
    if op is C.CATEGORY:
        return _CATEGORY_CHAR.get(av, "a")
    return "a"


def _generate(tree, rnd: random.Random) -> str:
    """A string the parsed pattern `tree` (mostly) matches: lookarounds are ignored."""
    out = []
    for op, av in tree:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is C.ANY:
            out.append("a")
        elif op is C.IN:
            out.append(_char_of(av, rnd))
        elif op is C.BRANCH:
            out.append(_generate(rnd.choice(av[1]), rnd))
        elif op is C.SUBPATTERN:
            out.append(_generate(av[3], rnd))
        elif op is C.ATOMIC_GROUP:
            out.append(_generate(av, rnd))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            n = rnd.randint(lo, min(hi, lo + 2))
            out.extend(_generate(sub, rnd) for _ in range(n))
    return "".join(out)


GENERIC = [" ", "\n", "\t", " \n", "\r\n", ", ", " , ", "( ", " (", "a", "A", "Đ", "1",
           "1/", "1-", "-", "/ ", " - ", ". ", "số ", "và ", "ngày ", "năm ", "a b ",
           "căn cứ ", "căn cứ Nghị định 1/2020/NĐ-CP, ", "Nghị định 1/2020/NĐ-CP và ",
           "hướng dẫn ", "một số điều của ", "1 ", "Luật ", "Hội nghị "]


def adversarial(pattern: re.Pattern, samples: int = 6) -> list[tuple[str, object]]:
    """(label, make) pairs: make(k) is a text whose runs grow with k."""
    rnd = random.Random(pattern.pattern)
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    out: list[tuple[str, object]] = [
        (f"run of {a!r}", lambda k, a=a: a * k + "!") for a in GENERIC]
    seen = set()
    for _ in range(samples * 4):
        s = _generate(tree, rnd)
        if not s.strip() or s in seen:
            continue
        seen.add(s)
        if len(seen) > samples:
            break
        half = s[:max(1, len(s) // 2)]
        # the blanks of a match blown up into long runs, the match cut before its end
        parts = re.split(r"\s+", s)
        out += [
            (f"repeated {s!r}", lambda k, s=s: (s + " ") * k + "!"),
            (f"repeated {s!r} with commas", lambda k, s=s: (s + ", ") * k + "!"),
            (f"repeated prefix {half!r}", lambda k, h=half: h * k + "!"),
            (f"repeated prefix {half!r} spaced", lambda k, h=half: (h + " ") * k + "!"),
            (f"{s!r} with long blanks", lambda k, p=parts: (" " * k).join(p)[:-1] + "!"),
            (f"{s!r} with long blank runs", lambda k, p=parts: (" \n\t" * k).join(p) + "!"),
        ]
    return out


# --- timing ------------------------------------------------------------------------------

class _TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise _TooSlow


def _timed(fn, text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, ALARM)
        try:
            t0 = time.perf_counter()
            fn(text)
            best = min(best, time.perf_counter() - t0)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return best


def growth(fn, make, base: int = BASE_CHARS) -> tuple[float, float, float]:
    """(time at n, time at 8n, ratio), n about `base` characters; the ratio is measured
    again on a second try before it counts, so one noisy round does not fail a test."""
    k = max(1, base // max(1, len(make(1))))
    small, large = make(k), make(8 * k)
    for rounds in (3, 7):
        t1 = _timed(fn, small, rounds)
        t8 = _timed(fn, large, rounds)
        ratio = t8 / max(t1, 1e-6)
        if ratio < LIMIT:
            break
    return t1, t8, ratio


# Patterns the code runs only over a short stretch of text, timed over stretches of that
# size: within one, blank runs cost at worst the stretch's size squared, a constant.
WINDOWED = {
    "SEGMENT": 64,  # the segments of one SYMBOL match: at most 6, one blank between
    "SUBJECT_END": patterns.SUBJECT_MAX,
    "SUBJECT_VERB_END": patterns.SUBJECT_MAX,
}


def _runner(name: str, pattern: re.Pattern):
    if name in WINDOWED:
        size = WINDOWED[name]

        def run(text: str) -> None:
            for i in range(0, len(text), size):
                for _ in pattern.finditer(text, i, i + size):
                    pass
    elif _anchored(name):
        def run(text: str) -> None:
            pattern.match(text)
            pattern.fullmatch(text)
    else:
        def run(text: str) -> None:
            for _ in pattern.finditer(text):
                pass
    return run


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_linear(name: str) -> None:
    pattern = PATTERNS[name]
    run = _runner(name, pattern)
    slow = []
    # a windowed pattern's runs must outgrow its window at both sizes
    base = max(BASE_CHARS, 12 * WINDOWED.get(name, 0))
    for label, make in adversarial(pattern):
        try:
            t1, t8, ratio = growth(run, make, base)
        except _TooSlow:
            slow.append(f"{label}: over {ALARM:g} s at {base * 8} characters")
            continue
        if ratio >= LIMIT:
            slow.append(f"{label}: {t1 * 1e3:.2f} ms -> {t8 * 1e3:.2f} ms for 8x the text")
    assert not slow, f"{name} is not linear on:\n" + "\n".join(slow)


def test_walk_finds_the_patterns() -> None:
    """The walk sees the patterns issue 11 named, and knows how each is run."""
    for name in ("CITATION", "NAMED", "TAIL_DATE", "TAIL_MONTH", "RELATED_HEADING",
                 "TRIGGER_TAIL", "SENTENCE_BREAK"):
        assert name in PATTERNS
    assert _anchored("TAIL_DATE") and _anchored("TRIGGER_TAIL")
    assert not _anchored("CITATION") and not _anchored("RELATED_HEADING")


# --- the whole extractor -------------------------------------------------------------------

CITE = "Nghị định 15/2020/NĐ-CP"
EXTRACT_TEXTS = {
    "blanks after a citation": lambda k: f"Theo {CITE}" + " " * k + "x",
    "newlines after a citation": lambda k: f"Theo {CITE}" + "\n" * k + "x",
    "blanks and commas after a citation": lambda k: f"Theo {CITE}" + " , ( " * k + "x",
    "blanks after a trigger": lambda k: f"Thông tư 5/2021/TT-BTC hướng dẫn{' ' * k}{CITE}.",
    "tail words after a trigger":
        lambda k: f"Thông tư 5/2021/TT-BTC hướng dẫn{' một số điều của' * k} {CITE}.",
    "blanks after a related heading": lambda k: "Bài viết.\nTin liên quan" + " " * k + "x\n",
    "based-on chain": lambda k: "Căn cứ " + ", căn cứ ".join(
        f"Nghị định {i}/2020/NĐ-CP" for i in range(1, k + 1)) + ", ban hành Thông tư 1/2021/TT-BTC.",
    "citation list": lambda k: "Các Nghị quyết số " + ", ".join(
        f"{i}-NQ/TW" for i in range(1, k + 1)) + ".",
    "citations joined by và": lambda k: " và ".join(
        f"Nghị định {i}/2020/NĐ-CP" for i in range(1, k + 1)) + " sửa đổi Luật Đất đai.",
    "dense citations with subjects": lambda k: (
        "Nghị định 67/2014/NĐ-CP về chính sách, thay thế Nghị định 46 và Nghị định 67. " * k),
    "repeated type words": lambda k: "Nghị định " * k,
    "repeated symbols": lambda k: "57-KL/TW " * k,
    "repeated dates": lambda k: f"{CITE} ngày 1/1/2020, " * k,
    "blank lines between words": lambda k: "Luật Đất đai năm \n\n \t " * k,
}


@pytest.mark.parametrize("label", sorted(EXTRACT_TEXTS))
def test_extract_linear(label: str) -> None:
    make = EXTRACT_TEXTS[label]
    try:
        t1, t8, ratio = growth(extract, make, base=20000)
    except _TooSlow:
        pytest.fail(f"extract() took over {ALARM:g} s on {label}")
    assert ratio < LIMIT, f"{label}: {t1 * 1e3:.1f} ms -> {t8 * 1e3:.1f} ms for 8x the text"


# --- the last line of defence ----------------------------------------------------------------

def test_scan_gives_up_on_a_slow_article(tmp_path, monkeypatch) -> None:
    """An article whose extraction overruns the limit is a reported skip (exit 3); the
    others are scanned. Nothing in the patterns is slow any more, so slowness is faked."""
    from click.testing import CliRunner

    from refgraph.cli import main
    from refgraph import pipeline
    from refgraph.commands import scan

    (tmp_path / "a_good.txt").write_text(
        "Tiêu đề\nChính phủ ban hành Nghị định 57/2022/NĐ-CP về quản lý.\n", "utf-8")
    (tmp_path / "b_slow.txt").write_text("Tiêu đề\nNghị định 1/2020/NĐ-CP.\n", "utf-8")
    real = pipeline.extract_bounded

    def slow(article):  # the alarm ends the sleep
        time.sleep(5 if article.id == "b_slow.txt" else 0)
        return real(article)

    monkeypatch.setattr(pipeline, "extract_bounded", slow)
    monkeypatch.setattr(scan, "TIMEOUT", 0.2)
    t0 = time.perf_counter()
    res = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "jsonl"])
    assert time.perf_counter() - t0 < 4
    assert res.exit_code == 3, res.output
    assert "57/2022/NĐ-CP" in res.stdout and "1/2020/NĐ-CP" not in res.stdout
    assert "b_slow.txt: extraction took over 0.2 s" in res.stderr


# --- the based-on chain, found by bisection: the same relations as trying each run -----------

def _based_on_by_trial(text: str) -> list[tuple]:
    """The based-on relations as extract() found them before issue 11: for each run
    after "căn cứ", every later run in turn, until a sentence break or an issuing verb."""
    t = extract_module.fold(extract_module.nfc(text))
    mentions = extract_module._find(t, 0)
    if not mentions:
        return []
    extract_module.resolve_mentions(t, mentions)
    runs = extract_module._runs(t, mentions)
    out, seen = [], set()
    for i, run in enumerate(runs):
        first = run[0]
        if not patterns.BASED_ON_BEFORE.search(t, max(0, first.start - 20), first.start):
            continue
        for later in runs[i + 1:]:
            if patterns.SENTENCE_BREAK.search(t, run[-1].end, later[0].start):
                break
            if patterns.ISSUED_BEFORE.search(t, max(0, later[0].start - 40), later[0].start):
                for c in later:
                    for basis in run:
                        k = (c.key, basis.key)
                        # (extract's rule for every relation: none on a document issued
                        # after the one that would rest on it)
                        later_basis = c.year and basis.year and basis.year > c.year
                        # (nor between two versions of one law: "Căn cứ Luật Đất đai
                        # 2013 ban hành Luật Đất đai" is one law, not a basis of its own)
                        one_law = c.name is not None and c.name == basis.name
                        if (c.key != basis.key and not later_basis and not one_law
                                and k not in seen):
                            seen.add(k)
                            out.append((c.key, basis.key, basis.start, c.end))
                break
    return out


PIECES = ["Căn cứ ", "căn cứ vào ", "Nghị định 15/2020/NĐ-CP", "Luật Đất đai 2013",
          "Thông tư 5/2021/TT-BTC", "9/2019/NĐ-CP", ", ", " và ", "; ", ". ", ".", ";",
          "\n", " ban hành ", " đã ký ", " Bộ Tài chính", " về thuế", " 2020", "1"]


def test_based_on_chain_same_as_by_trial() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=30))
    def check(pieces):
        text = "".join(pieces)
        found = [(r.source, r.target, r.start, r.end) for r in extract(text).relations
                 if r.kind == "based_on"]
        assert found == _based_on_by_trial(text)

    check()
    # and a case with each stop: a break, a break char right before a number, a verb
    text = ("Căn cứ Nghị định 15/2020/NĐ-CP, căn cứ Luật Đất đai 2013;9/2019/NĐ-CP "
            "Bộ Tài chính ban hành Thông tư 5/2021/TT-BTC. Căn cứ Nghị định 15/2020/NĐ-CP, "
            "Bộ Tài chính ban hành Thông tư 6/2021/TT-BTC.")
    assert [r[:2] for r in _based_on_by_trial(text)] == [
        ("6/2021/TT-BTC", "15/2020/NĐ-CP")]
    assert [(r.source, r.target) for r in extract(text).relations if r.kind == "based_on"] == [
        ("6/2021/TT-BTC", "15/2020/NĐ-CP")]
