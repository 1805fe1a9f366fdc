"""Zones of a scraped page: the article's body, and what the page put around it.

Pages carry related-article lists, "most read" boxes and teasers after (and sometimes
inside) the article. A citation there is not the article citing the document.
"""
from __future__ import annotations

from . import patterns as P
from . import vocab


def related_spans(t: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `t` that are not the article body.

    From the first related-list heading (or the end of a "Nguồn: https://…" source line
    that closes the article) to the end of the page; plus single teaser lines
    ("![](img) Caption of another story", ">> Xem thêm: …") before it.
    """
    spans: list[tuple[int, int]] = []
    h = P.RELATED_HEADING.search(t)
    tail = h.start() if h else len(t)
    src = P.SOURCE_LINE.search(t, vocab.SOURCE_LINE_MIN_OFFSET, tail)
    if src:
        tail = src.end()
    for m in P.RELATED_LINE.finditer(t, 0, tail):
        spans.append((m.start(), m.end()))
    if tail < len(t):
        spans.append((tail, len(t)))
    return spans
