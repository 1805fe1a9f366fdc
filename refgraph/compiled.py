"""Compiled patterns that outlive the process: `compile` is `re.compile`, with sre's
compiled code kept on disk between runs.

refgraph builds a hundred patterns from its tables at import, and re's parser and
compiler, written in Python, spend about 0.2 s on them: most of a short run (`scan` of
one folder, a lookup). The code sre runs is plain data (a list of integers), so it is
kept in a marshal file (data only, never executed) keyed by the pattern's text and
flags, under the user's cache folder, one file per Python version and sre format.
A pattern not in the file, or any trouble reading or writing it, or a Python whose
re internals differ, gives the ordinary `re.compile`: the cache can only save time.

The same file keeps other values that cost time to build and are pure functions of the
tables (`remember`). REFGRAPH_CACHE_DIR names another folder; REFGRAPH_NO_CACHE=1 turns
the cache off.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's internals; elsewhere, or should they change, re.compile alone
    import _sre
    from re import _compiler, _parser
    # sre's code is kept as the bytes of an array of its code words: marshal reads
    # bytes at once, where a list of 200,000 ints took 4 ms of every start-up
    _CODE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-a"
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _sre = None

T = TypeVar("T")
# Past this size, a file holding more than twice this run's patterns is rewritten with
# them only: every start reads the whole file, and the rest is patterns of tables since
# changed
_PRUNE_FROM = 2 << 20

# (pattern, flags) -> what _sre.compile takes besides the pattern; ("remember", …) -> a
# value remember() built
_entries: dict[tuple, Any] = {}
_used: set[tuple] = set()
_dirty = False
_loaded = False


def _path() -> Path | None:
    if _sre is None or os.environ.get("REFGRAPH_NO_CACHE"):
        return None
    base = os.environ.get("REFGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "refgraph")
    return Path(base) / f"patterns-{_TAG}.marshal"


def _load() -> None:
    global _loaded
    _loaded = True
    path = _path()
    if path is None:
        return
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict):
            _entries.update(data)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no file yet, or not ours: compile as usual and write a new one


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cache when this text was compiled before."""
    global _dirty
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if not _loaded:
        _load()
    key = (pattern, flags)
    entry = _entries.get(key)
    if entry is not None:
        try:
            _used.add(key)
            eflags, code, *rest = entry
            return _sre.compile(pattern, eflags, array.array(_CODE, code).tolist(), *rest)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry
            del _entries[key]
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # (the opcodes are int subclasses, which marshal does not write)
    words = [int(c) for c in code]
    eflags = int(flags | parsed.state.flags)
    rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(pattern, eflags, words, *rest)
    _entries[key] = (eflags, array.array(_CODE, words).tobytes(), *rest)
    _used.add(key)
    _dirty = True
    return compiled


def remember(key: tuple, build: Callable[[], T], *, check: Callable[[T], bool] | None = None
             ) -> T:
    """build(), kept in the same file under `key` (a tuple of str, bytes, int: what
    marshal writes): the pattern texts refgraph builds from its tables, the native
    scanner's compiled database. `check` (optional) rejects a stored value that no
    longer fits (a database of another machine); build() then runs again."""
    global _dirty
    if _sre is None or _path() is None:
        return build()
    if not _loaded:
        _load()
    key = ("remember", *key)
    value = _entries.get(key)
    if value is not None and (check is None or check(value)):
        _used.add(key)
        return value
    value = build()
    _entries[key] = value
    _used.add(key)
    _dirty = True
    return value


@atexit.register
def _save() -> None:
    """Write the file once, at exit, when this run compiled something new (atomically:
    several processes may finish at once)."""
    if not _dirty or (path := _path()) is None:
        return
    try:
        data = marshal.dumps(_entries)
        if len(data) > _PRUNE_FROM:
            used = marshal.dumps({k: v for k, v in _entries.items() if k in _used})
            if len(data) > 2 * len(used):
                data = used
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # a read-only home: the next run compiles again
