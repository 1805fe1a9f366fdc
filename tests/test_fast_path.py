"""The candidate scan (extract.FAST) finds exactly what the plain finditer/search finds.

extract() runs CITATION and NAMED only where cheaper patterns built from the same tables
say a match may start (issue 12). These tests run both paths and compare every record:
on every article of both corpora, upper-cased and with odd whitespace, and on text
generated from the type words, codes and separators the patterns read.
"""
from __future__ import annotations

import importlib
import platform
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refgraph import prefilter, vocab
from refgraph.corpus import iter_articles

extract_module = importlib.import_module("refgraph.extract")
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPORA = [SHARED / "baomoi-2017", SHARED / "tuoitre-2024" / "articles.jsonl"]


def _records(text: str, start: int = 0) -> list[dict]:
    ex = extract_module.extract(text, start=start)
    return [c.record("a") for c in ex] + [r.record("a") for r in ex.relations]


@pytest.fixture(params=["native", "stdlib"], autouse=True)
def engine(request, monkeypatch):
    """Both ways prefilter finds candidates: hyperscan (declared for x86-64) and sre."""
    if request.param == "native":
        if prefilter._hs is None:
            if platform.machine() == "x86_64":
                pytest.fail("hyperscan is declared for x86-64 but did not import")
            pytest.skip("hyperscan has no wheel for this machine; the stdlib path runs")
    else:
        monkeypatch.setattr(prefilter, "_hs", None)
    return request.param


def _both(text: str, start: int = 0) -> tuple[list[dict], list[dict]]:
    saved = extract_module.FAST
    try:
        extract_module.FAST = True
        fast = _records(text, start)
        extract_module.FAST = False
        plain = _records(text, start)
    finally:
        extract_module.FAST = saved
    return fast, plain


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.parent.name if p.is_file() else p.name)
def test_fast_path_same_records_on_corpus(corpus: Path) -> None:
    if not corpus.exists():
        pytest.fail(f"corpus missing: {corpus}")
    n = found = 0
    for a in iter_articles([str(corpus)], skips=lambda s: None):
        n += 1
        for name, text, start in (("as read", a.text, a.body_start),
                                  ("upper-cased", a.text.upper(), a.body_start),
                                  ("odd whitespace", a.text.replace(" ", " \t\n "), 0)):
            fast, plain = _both(text, start)
            assert fast == plain, f"{a.id} ({name})"
            found += len(fast)
    assert n > 800 and found > 500  # the corpus was read, and has citations


# Pieces of text the patterns read, from the same tables, in every case, and what lies
# around them: digits, separators, blanks, letters that change length when lowered.
_WORDS = sorted({*vocab.TYPE_WORDS, *vocab.ABBREVIATED_TYPE_WORDS, *vocab.NAMED_KINDS})
_CODES = sorted(vocab.TYPE_CODES)
_PIECE = st.one_of(
    st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from(
        [w, w.upper(), w.title(), w.capitalize()])),
    st.sampled_from(_CODES),
    st.sampled_from(["TW", "CP", "QH14", "UBTVQH13", "BTC", "BNN-BVTV", "2020", "2024",
                     "số", "Số", "ngày", "năm", "của", "và", "Đất đai", "Hình sự"]),
    st.integers(0, 99999).map(str),
    st.sampled_from(["-", "/", " - ", " / ", ", ", ".", ";", " ", "  ", "\n", "\t", "(",
                     ")", ":", "a", "İ", "K", "ß", "36a", "x",
                     # blanks Python's \s reads and hyperscan's Unicode \s does not,
                     # and ones the fold turns into spaces
                     "\x1c", "\x1f", "\u3000", "\u2028", "\xa0", "\u200b", "Ð", "ð"]),
)


# the engine fixture holds for every example alike
@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECE, max_size=25), st.sampled_from(["", " ", ""]))
def test_fast_path_same_records_on_generated_text(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    fast, plain = _both(text)
    assert fast == plain
