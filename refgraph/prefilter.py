"""Where a citation may start: the positions extract() runs its full patterns at.

CITATION and NAMED begin with a lookbehind, so sre finds no prefix to skip to and would
try them at every character. Every match of theirs starts at a type word (any case, any
run of blanks between its words) or, for a bare symbol ("57/2022/NĐ-CP"), a few
characters before a separator and a type code ("/NĐ-"). Both lists are built from the
tables the patterns are built from (patterns.TYPE_WORD_START's words, BARE_CODE), so
they cannot fall behind them; tests/test_fast_path.py proves the records the same.

With hyperscan installed (x86-64 wheels), one native pass over the UTF-8 text finds
every start, case-insensitively, at several hundred MB/s; without it, sre scans the
lower-cased text and str.find the separators.
"""
from __future__ import annotations

import platform
import re

from . import patterns as P
from .compiled import remember
from .normalize import FOLD_CHARS, fold, needs_fold

try:  # a native multi-pattern scanner where it installs; the stdlib path otherwise
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _hs = None

_db = None
_CODE_ID = 0  # the separator-and-code pattern's id; type words are 1, 2, …
_FOLD_ID = 1 << 20  # the id of the characters fold() changes
_FOLD = object()  # _native's answer when the text holds such a character


def _database():
    """The compiled scanner, built on first use (start-up pays nothing for it)."""
    global _db
    if _db is None:
        words = sorted(P.TYPE_WORD_STARTS)
        # Python's \s on str is str.isspace, spelt out: hyperscan's Unicode \s leaves
        # out \x1c-\x1f (every such character is below U+3100)
        blanks = "[" + "".join(f"\\x{{{c:x}}}" for c in range(0x3100) if chr(c).isspace()) + "]+"
        exprs = [blanks.join(map(re.escape, w.split())) for w in words]
        codes = "|".join(map(re.escape, sorted(P.BARE_CODE_WORDS, key=lambda w: (-len(w), w))))
        exprs.append(rf"[{re.escape(P.BARE_SEPARATORS)}][ \t]?(?:{codes})")
        # a character fold() changes: the text is folded, then scanned again
        exprs.append("[" + "".join(f"\\x{{{ord(c):x}}}" for c in FOLD_CHARS) + "]")
        # one id per word: hyperscan reports one start per id and end, and "luật" inside
        # "bộ luật" is a start of its own
        ids = [*range(1, len(words) + 1), _CODE_ID, _FOLD_ID]
        som = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP | _hs.HS_FLAG_SOM_LEFTMOST
        flags = [som | _hs.HS_FLAG_CASELESS] * len(words) + [som, som]

        def build() -> bytes:
            db = _hs.Database()
            db.compile(expressions=[e.encode() for e in exprs], ids=ids, elements=len(exprs),
                       flags=flags)
            return _hs.dumpb(db)

        def loads(data: bytes) -> bool:  # a database built for another CPU is refused
            try:
                return _hs.loadb(data, _hs.HS_MODE_BLOCK) is not None
            except Exception:  # hyperscan.error and kin: rebuild
                return False
        # compiling takes 50 ms a process; the compiled database is kept on disk
        key = ("hyperscan", 1, getattr(_hs, "__version__", "?"), platform.machine(),
               tuple(exprs), tuple(ids), tuple(flags))
        try:
            db = _hs.loadb(remember(key, build, check=loads), _hs.HS_MODE_BLOCK)
            db.scratch = _hs.Scratch(db)  # a loaded database comes without one
        except Exception:  # a kept database this machine cannot run: compile it here
            db = _hs.loadb(build(), _hs.HS_MODE_BLOCK)
            db.scratch = _hs.Scratch(db)
        _db = db
    return _db


Candidates = tuple[list[int], list[int]]


def folded_candidates(text: str, start: int = 0, utf8: bytes | None = None
                      ) -> tuple[str, Candidates | None]:
    """fold(text), and candidates() of it. The native scan looks for the characters
    fold() changes as it looks for type words: most texts hold none, and are neither
    folded nor scanned twice. `utf8`: text.encode("utf-8"), when the caller has it."""
    if _hs is not None and not needs_fold(text, 0, start):
        found = _native(text, start, utf8)
        if found is _FOLD:
            text = fold(text)
            found = _native(text, start)
        if found is not None:
            return text, found
    t = fold(text)
    return t, candidates(t, start)


def candidates(t: str, start: int = 0) -> Candidates | None:
    """(where type words start, where a separator and type code start), both sorted and
    at or after `start`, in folded text `t`; None when no candidate scan applies (scan
    plainly)."""
    if _hs is not None and (found := _native(t, start)) is not None and found is not _FOLD:
        return found
    lt = t.lower()
    if len(lt) != len(t):  # a letter lowered to two: offsets would drift
        return None
    words = []
    m = P.TYPE_WORD_START.search(lt, start)
    while m is not None:  # overlapping starts: "bộ luật" and its "luật"
        words.append(m.start())
        m = P.TYPE_WORD_START.search(lt, m.start() + 1)
    seps = []
    code = P.BARE_CODE.match
    for sep in P.BARE_SEPARATORS:
        q = t.find(sep, start)
        while q >= 0:
            if code(t, q):
                seps.append(q)
            q = t.find(sep, q + 1)
    seps.sort()
    return words, seps


def _native(t: str, start: int, utf8: bytes | None = None) -> Candidates | object | None:
    """candidates() by hyperscan; _FOLD when t[start:] holds a character fold() changes,
    None when t cannot be scanned (a lone surrogate). `utf8`: t's UTF-8, if known."""
    text = t[start:]
    if utf8 is not None:  # a copy of the bytes past the title, not an encoding
        data = utf8[len(t[:start].encode("utf-8")):] if start else utf8
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: hyperscan wants valid UTF-8
            return None
    hits: list[tuple[int, int]] = []

    def hit(i: int, lo: int, hi: int, flags: int, ctx: object) -> bool:
        hits.append((lo, i))
        return i == _FOLD_ID  # True stops the scan: the text is folded and scanned again
    try:
        _database().scan(data, match_event_handler=hit)
    except _hs.ScanTerminated:  # hit() stopped it at a character to fold
        pass
    if not hits:
        return [], []
    if hits[-1][1] == _FOLD_ID:
        return _FOLD
    hits = sorted(set(hits))
    words: list[int] = []
    seps: list[int] = []
    ascii_only = len(data) == len(text)
    b = c = 0
    for lo, i in hits:
        if ascii_only:
            c = lo
        elif lo != b:  # byte offset -> character offset, decoding only the gap
            c += len(data[b:lo].decode("utf-8"))
            b = lo
        if i != _CODE_ID:
            if not words or words[-1] != c + start:
                words.append(c + start)
        elif P.BARE_CODE.match(t, c + start):
            seps.append(c + start)
    return words, seps
