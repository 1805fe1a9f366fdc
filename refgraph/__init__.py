"""refgraph: which Party and State documents Vietnamese news cites, and who cites what."""
from .extract import extract
from .models import Article, Citation, Extraction, Relation

__version__ = "0.1.0"
__all__ = ["extract", "Article", "Citation", "Extraction", "Relation", "__version__"]
