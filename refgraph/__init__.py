"""refgraph: which Party and State documents Vietnamese news cites, and who cites what."""
from __future__ import annotations

import sys
import types
from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "Article", "Citation", "Extraction", "Relation", "__version__"]
_MODELS = frozenset({"Article", "Citation", "Extraction", "Relation"})


class _Package(types.ModuleType):
    """What the package exports, imported on first use: the extractor compiles its
    patterns on import (50 ms of CPU) and the records' dataclasses cost 20 ms, which
    `refgraph --help` and lookups never need. `refgraph.extract` is the function."""

    @property
    def extract(self) -> Any:
        from .extract import extract
        return extract

    @extract.setter
    def extract(self, value: Any) -> None:
        pass  # importing the submodule binds it here; the name stays the function

    def __getattr__(self, name: str) -> Any:
        if name in _MODELS:
            from . import models
            return getattr(models, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
