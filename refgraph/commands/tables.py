"""Aligned text tables for people (the json and csv forms are the commands' own)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..escaping import for_terminal


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    header: str
    width: int | None = None   # clip to this many visible characters in tables
    right: bool = False        # numbers align right


def text_width(s: str) -> int:
    """Visible width: combining marks take no cell, wide (CJK) characters take two.

    Text is NFC so Vietnamese letters are mostly precomposed, but a stray combining mark
    (a letter with two marks, or input NFC could not compose) must not shift columns.
    """
    return sum(map(_char_width, s))


def _char_width(c: str) -> int:
    return 0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1


def clip(s: str, width: int | None) -> str:
    """At most `width` visible characters, the last one "…" when something was cut."""
    if width is None or text_width(s) <= width:
        return s
    out, w = [], 0
    for c in s:
        cw = _char_width(c)
        if w + cw > width - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def cell(v: object) -> str:
    """A value as one table cell: None empty, whitespace folded, and whatever could act
    on the terminal (an escape sequence in a title or file name) written escaped."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    return for_terminal(_SPACES.sub(" ", str(v)).strip())


_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")


def render_table(rows: Sequence[Mapping], columns: Sequence[Column]) -> str:
    cells = [[clip(cell(r.get(c.field)), c.width) for c in columns] for r in rows]
    heads = [c.header for c in columns]
    widths = [max([text_width(h)] + [text_width(row[i]) for row in cells])
              for i, h in enumerate(heads)]

    def line(vals: Sequence[str]) -> str:
        parts = []
        for v, w, c in zip(vals, widths, columns):
            pad = " " * (w - text_width(v))
            parts.append(pad + v if c.right else v + pad)
        return "  ".join(parts).rstrip()

    return "\n".join([line(heads)] + [line(r) for r in cells])
