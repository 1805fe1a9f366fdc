"""The text tables the data modules are written in: one record a line, fields separated
by "|", blank lines and "#" comments between them (laws.py, reference.py)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator


def rows(table: str, name: str, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped fields) of each record of `table` (NFC); ValueError naming
    table `name` and the line when a record has not `width` fields."""
    for lineno, line in enumerate(unicodedata.normalize("NFC", table).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != width:
            raise ValueError(f"{name} table line {lineno}: want {width} fields separated "
                             f"by '|', got {line!r}")
        yield lineno, parts
