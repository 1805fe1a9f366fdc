"""PLACEHOLDER: being written now; the real extractor replaces this file."""
from __future__ import annotations

from .models import Article, Extraction


def extract(text: str, *, start: int = 0) -> Extraction:
    return Extraction()


def extract_article(article: Article) -> Extraction:
    return extract(article.text, start=article.body_start)
