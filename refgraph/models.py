"""The records every output and test speaks (see DESIGN.md, "The citation record")."""
from __future__ import annotations

from dataclasses import dataclass, field

TYPES = (
    "resolution", "conclusion", "directive", "decree", "decision", "regulation",
    "circular", "joint_circular", "law", "code", "ordinance", "constitution",
    "guideline", "notice", "plan", "rules", "program", "project",
    "official_letter", "telegram",
)
RELATION_KINDS = ("implements", "amends", "replaces", "guides", "based_on")

# Field order of the citation record, as printed by `scan` (jsonl/csv).
CITATION_FIELDS = (
    "article", "start", "end", "text", "type", "number", "issuer", "year", "date",
    "body", "key", "form", "zone", "title", "name", "resolved_by",
)


@dataclass(slots=True)
class Citation:
    """One mention of a document in one text; offsets index the NFC text."""

    start: int
    end: int
    text: str
    type: str
    number: str | None
    issuer: str | None
    year: int | None
    date: str | None
    body: str | None
    key: str
    form: str  # full | short | named
    zone: str = "body"  # body | related
    title: str | None = None
    name: str | None = None  # named documents: "Luật Đất đai"
    # True when a short form matched more than one document of its type in the text.
    ambiguous: bool = False
    # How the key was decided: symbol | text | subject | term | date | article | corpus
    # (resolve.RESOLVED_BY); extract() decides the first three and "article".
    resolved_by: str | None = None
    # A term or year written near the mention ("term:XI;year:2015"), for the corpus stage.
    hints: str | None = None

    def record(self, article: str | None = None) -> dict:
        """The citation record of DESIGN.md (asdict would deep-copy: this runs per record)."""
        out: dict = {"record": "citation", "article": article}
        for f in CITATION_FIELDS[1:]:
            out[f] = getattr(self, f)
        return out


@dataclass(slots=True)
class Relation:
    """`source` <kind> `target`, e.g. 47/NQ-CP@2024 implements 57-KL/TW."""

    source: str
    target: str
    kind: str
    start: int  # span of the sentence part that states the relation
    end: int

    def record(self, article: str | None = None) -> dict:
        return {"record": "relation", "article": article, "source": self.source,
                "target": self.target, "kind": self.kind, "start": self.start, "end": self.end}


class Extraction(list):
    """The citations of one text, in order of appearance, with `.relations` beside them."""

    def __init__(self, citations=(), relations=()):
        super().__init__(citations)
        self.relations: list[Relation] = list(relations)


@dataclass(slots=True)
class Article:
    id: str
    text: str  # NFC text as read
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None  # file the article came from
    # Offset where scanning starts: past the title line of a scraped .txt page.
    body_start: int = 0
    meta: dict = field(default_factory=dict)
