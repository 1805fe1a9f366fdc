"""Patterns anchored at line starts (^ with re.M), run only at newlines.

sre tries a pattern that begins with ^ at every character of the text; the same
pattern led by "\\n" instead is tried only where a newline is, which sre skips to at C
speed. A line-start pattern is kept as written (`first`, for a match at the position
searched from) with its "\\n"-led twin (`after`); these functions give the ^ pattern's
own matches, at a tenth of the cost on a page (tests/test_zones.py and test_dates.py
compare them with the ^ patterns on every page of both corpora).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .compiled import compile as _compile


def after_newline(first: re.Pattern) -> re.Pattern:
    """The "\\n"-led twin of `first`, a ^-anchored re.M pattern."""
    assert first.pattern.startswith("^") and first.flags & re.M, first.pattern[:40]
    return _compile("\n" + first.pattern[1:], first.flags)


def line_search(first: re.Pattern, after: re.Pattern, text: str, pos: int = 0,
                endpos: int | None = None) -> tuple[int, re.Match] | None:
    """first.search(text, pos, endpos) as (where the match starts, the match); for a
    match found by `after`, the match also holds the newline before that start."""
    endpos = len(text) if endpos is None else endpos
    m = first.match(text, pos, endpos)  # ^ holds at pos only at a line's start
    if m is not None:
        return m.start(), m
    m = after.search(text, pos, endpos)
    return (m.start() + 1, m) if m is not None else None


def line_finditer(first: re.Pattern, after: re.Pattern, text: str, pos: int = 0,
                  endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of first.finditer(text, pos, endpos) (a match never ends on the
    newline before the next line, so that newline is still there to find)."""
    while (found := line_search(first, after, text, pos, endpos)) is not None:
        start, m = found
        yield start, m.end()
        pos = m.end() if m.end() > start else m.end() + 1
