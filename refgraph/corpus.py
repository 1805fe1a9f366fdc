"""Readers: files, folders and pipes in, Article records out.

(Minimal .txt reader; the full set of readers, encodings and bad-input handling is the
corpus issue's work.)
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import Article

_SOURCE_URL = re.compile(r"^[ \t]*Nguồn\s*:\s*(https?://\S+)[ \t]*$", re.M)


def article_from_page(text: str, article_id: str, source: str | None = None) -> Article:
    """A scraped page: first line the title, a "Nguồn: https://…" line the URL."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    first_nl = text.find("\n")
    title_end = len(text) if first_nl < 0 else first_nl
    title = text[:title_end].strip() or None
    m = _SOURCE_URL.search(text)
    return Article(id=article_id, text=text, title=title, url=m.group(1) if m else None,
                   source=source, body_start=title_end)


def iter_articles(paths: Iterable[str]) -> Iterator[Article]:
    for p in paths:
        if p == "-":
            yield article_from_page(sys.stdin.read(), "-", "-")
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*.txt")):
                yield article_from_page(f.read_text("utf-8"), f.relative_to(path).as_posix(), str(f))
        else:
            yield article_from_page(path.read_text("utf-8"), path.name, str(path))
