"""Extraction at bounded cost for articles that are not news-sized.

A news article is a few thousand characters with a few dozen citations. A 30 MB file of
citations (a log, a dump read as one page, or a hostile file) cost about 50 times its size
in memory when extracted whole — one Citation object, its strings and its row per
mention — and with --jobs N one such file per worker multiplies it. So a long text is
extracted a slice at a time, and an article stops at MAX_CITATIONS: what was found is
kept, and the truncation is reported like a skip.
"""
from __future__ import annotations

import dataclasses

from .extract import extract, extract_article
from .models import Article, Extraction

# Citations kept for one article: the corpora's densest articles hold about a hundred.
MAX_CITATIONS = 10_000
# Characters extracted at once. Texts up to this size (every real article) are
# extracted whole, exactly as `extract_article` does; longer ones slice by slice, cut at
# a line end, so that a citation is never cut (short forms are then resolved within
# their slice only).
SLICE_CHARS = 1_000_000


def extract_bounded(article: Article, max_citations: int = MAX_CITATIONS,
                    slice_chars: int = SLICE_CHARS) -> Extraction:
    """The article's citations, at most `max_citations` of them. When it stopped short,
    the returned Extraction's `note` says so (else `note` is None)."""
    text = article.text
    if len(text) <= slice_chars:
        ex = extract_article(article)
        ex.note = None
        if len(ex) > max_citations:
            _truncate(ex, max_citations, article, len(text))
        return ex
    out = Extraction()
    out.note = None
    pos = 0
    n = len(text)
    while pos < n:
        end = n if n - pos <= slice_chars else text.rfind("\n", pos + 1, pos + slice_chars) + 1
        if end <= pos:  # no line end in the slice: cut at its size
            end = pos + slice_chars
        part = extract(text[pos:end], start=max(0, article.body_start - pos),
                       published=article.date)
        out.extend(dataclasses.replace(c, start=c.start + pos, end=c.end + pos) for c in part)
        out.relations.extend(dataclasses.replace(r, start=r.start + pos, end=r.end + pos)
                             for r in part.relations)
        pos = end
        if len(out) >= max_citations:
            break
    if len(out) > max_citations or pos < n:
        _truncate(out, max_citations, article, pos)
    return out


def _truncate(ex: Extraction, limit: int, article: Article, read_to: int) -> None:
    last = ex[limit - 1].end if len(ex) >= limit else read_to
    del ex[limit:]
    ex.relations[:] = [r for r in ex.relations if r.end <= last]
    ex.note = (f"over {limit:,} citations in one article ({len(article.text) / 1e6:,.1f} M "
               f"characters): kept the first {limit:,}, up to character {last:,}; the rest "
               "was not read")
