"""Zones of a scraped page: the article's body, and what the page put around it.

Pages carry related-article lists, "most read" boxes and teasers after (and sometimes
inside) the article. A citation there is not the article citing the document.
"""
from __future__ import annotations

from . import patterns as P
from . import vocab
from .lines import line_finditer, line_search


def related_spans(t: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `t` that are not the article body.

    The page past the article: from the first related-list heading, or from the end of
    the "Nguồn: https://…" line that closes a scraped article, to the end of the text.
    A heading that comes before the source line (or, with none, in the first quarter
    of the page) opens a box inside the article: it runs until the article's prose
    resumes (a long paragraph ending a sentence). Single
    teaser lines ("![](img) Caption of another story", ">> Xem thêm: …") count too.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    end_of_article = len(t)
    sources = list(P.source_lines(t, vocab.SOURCE_LINE_MIN_OFFSET))
    src = sources[-1] if sources else None  # the last source line closes the article
    if src is not None:
        end_of_article = src.end()
    while (h := line_search(P.RELATED_HEADING, P.RELATED_HEADING_NL, t, pos,
                            end_of_article)) is not None:
        head_start, head = h
        # With no source line, a heading in the page's first part is a box the page
        # put above or inside the article; a later one opens the page's tail, unless
        # it heads an inline box after which the prose soon resumes.
        late = src is None and head_start >= len(t) * vocab.EARLY_BOX_FRACTION
        inline = " ".join(head.group("heading").lower().split()) in vocab.INLINE_BOX_HEADINGS
        resume = (line_search(P.PROSE_PARAGRAPH, P.PROSE_PARAGRAPH_NL, t, head.end(),
                              end_of_article) if inline or not late else None)
        if late and not (resume and resume[0] - head.end() <= vocab.INLINE_BOX_CHARS):
            end_of_article = head_start
            break
        box_end = resume[0] if resume else end_of_article
        spans.append((head_start, box_end))
        pos = box_end if resume else end_of_article
    spans.extend(line_finditer(P.RELATED_LINE, P.RELATED_LINE_NL, t, 0, end_of_article))
    if end_of_article < len(t):
        spans.append((end_of_article, len(t)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
