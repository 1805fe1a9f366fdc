"""Text as the patterns see it: NFC, with look-alike characters folded one for one.

Folding is character for character, so an offset into the folded text is an offset into
the NFC text as read, and records can slice the original.
"""
from __future__ import annotations

import re
import unicodedata

_FOLD_MAP = {
    "\u00d0": "Đ",  # Ð (Icelandic eth) typed for Đ
    "\u00f0": "đ",
    "\u0189": "Đ",  # Ɖ (African D)
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u200b": " ", "\ufeff": " ", "\u2060": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u2044": "/", "\u2215": "/",
    "\r": "\n", "\t": " ",
    # Cyrillic capitals that look Latin, typed into symbols by a keyboard left in
    # Russian or copied from such a document ("178/2024/NĐ-СР" on nhandan.vn, С and Р
    # Cyrillic): codes are Latin capitals, so these only ever stand for them
    **dict(zip("АВЕКМНОРСТХІ", "ABEKMHOPCTXI")),
}
# str.translate walks every character in Python-level steps; a C-level search for the
# few characters that need folding lets clean text (most of it) skip the walk.
FOLD_CHARS = "".join(_FOLD_MAP)  # prefilter's native scan looks for these as well
_NEEDS_FOLD = re.compile("[" + re.escape(FOLD_CHARS) + "]")


def nfc(text: str) -> str:
    # is_normalized is a fast C check; most corpora are already NFC.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """NFC text -> the same-length text the patterns run on."""
    # A few characters to fold in a long text (an en dash, a tab) cost a substitution
    # each; str.translate would walk every character.
    return _NEEDS_FOLD.sub(_fold_one, text)


def _fold_one(m: re.Match) -> str:
    return _FOLD_MAP[m.group()]


def needs_fold(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether fold() would change text[pos:endpos]."""
    return _NEEDS_FOLD.search(text, pos, len(text) if endpos is None else endpos) is not None
