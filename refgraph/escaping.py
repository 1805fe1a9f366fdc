"""Text made safe for where it is shown: a terminal, a spreadsheet.

Titles and file names come from the input, which anyone may have written: an escape
sequence in a title would retitle the user's terminal window or clear it, a newline in
a file name would forge a line of our own output, and a CSV cell starting with "=" is
a formula to a spreadsheet (OWASP, CSV injection).
"""
from __future__ import annotations

import re
from collections.abc import Callable

# Control characters (C0, DEL, C1), lone surrogates (file-name bytes that are not UTF-8,
# as Python decodes them) and the bidirectional overrides, which reorder what follows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match) -> str:
    c = m.group()
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # surrogateescape: the byte that was not UTF-8
        return f"\\x{o - 0xDC00:02x}"
    if o < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\x{o:02x}")
    return f"\\u{o:04x}"


def for_terminal(text: str) -> str:
    """`text` with every character that could act on a terminal written as an escape
    ("\\x1b", "\\n", "\\xff" for a byte of a non-UTF-8 file name)."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


# Cells a spreadsheet reads as a formula (OWASP: =, +, -, @, and tab / CR that some
# applications strip before looking).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def for_spreadsheet(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a string starting with a formula
    character gets a leading "'" (numbers are left as they are)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _as_is(value: object) -> object:
    return value


def csv_cell(raw: bool) -> Callable[[object], object]:
    """How to write a CSV cell: neutralised for spreadsheets, or as is (`raw`)."""
    return _as_is if raw else for_spreadsheet
