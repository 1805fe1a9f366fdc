"""Document keys as people type them, parsed into fields and matched against documents.

A user types "57-KL/TW", "57 - KL/TW", "KL57", "ket luan 57", "kết luận số 57",
"47/nq-cp@2024" or "57/2022/ND-CP"; the store holds rows with key, type, number, issuer,
year, body, name. Matching happens on folded text (no diacritics, Đ → d, lower case) and
on fields, because one document has many spellings but one set of fields.

Pure functions only: no store, no click, so every spelling is unit-testable.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .compiled import compile as _compile
from . import models, vocab
from .resolve import amending_title, official_law_name

# --- tables ---------------------------------------------------------------------------

# Type words and codes come from the extractor's tables (vocab.py), so a word the
# extractor reads is a word a user may type. Keys are matched after folding, so the
# diacritic-free spelling ("ket luan") needs no entry of its own.
TYPE_WORDS: dict[str, str] = dict(vocab.TYPE_WORDS)


def _type_codes() -> dict[str, frozenset[str]]:
    """Codes as in symbols ("57-KL/TW", "57/2022/NĐ-CP") and in the short keys the
    extractor writes ("KL 71", "QyĐ 5") -> the types they can mean. QĐ is both Quyết
    định and the Party's Quy định (the word, not the code, gives the type)."""
    codes: dict[str, set[str]] = {}
    for code, t in vocab.TYPE_CODES.items():
        codes.setdefault(code, set()).add(t)
    for t, abbr in vocab.TYPE_ABBR.items():
        codes.setdefault(abbr, set()).add(t)
    codes.setdefault("QĐ", set()).add("regulation")
    return {c: frozenset(ts) for c, ts in codes.items()}


TYPE_CODES: dict[str, frozenset[str]] = _type_codes()

# Issuer spellings that folding would confuse: "TƯ" (Trung ương) folds to "tu", which is
# Tỉnh ủy's code, so it is rewritten to TW before folding.
ISSUER_ALIASES: dict[str, str] = {"TƯ": "TW", "TRUNG ƯƠNG": "TW"}

# Types whose documents are named ("Luật Đất đai 2024", "Bộ luật Hình sự") rather than
# only numbered; a type word followed by words instead of a number is a name for these.
NAMED_TYPES = frozenset({"law", "code", "constitution", "ordinance"})


# --- folding --------------------------------------------------------------------------

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_D = {ord("Đ"): "D", ord("đ"): "d", ord("Ð"): "D", ord("ð"): "d"}
_SPACES = _compile(r"\s+")
_AROUND_PUNCT = _compile(r"\s*([-/@])\s*")


def fold(text: str) -> str:
    """Lower-case, diacritic-free, Đ → d, one space between words, ASCII dashes.

    Đ is a letter of its own, not D with a mark, so NFD leaves it alone; it is mapped
    explicitly (U+00D0 Ð too, which legacy keyboards type for it).
    """
    text = unicodedata.normalize("NFD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_D)
    return _SPACES.sub(" ", text).strip().lower()


def fold_key(text: str) -> str:
    """fold() plus no spaces around - / @, so "57 - KL/TW" and "57-kl/tw" compare equal."""
    return _AROUND_PUNCT.sub(r"\1", fold(_alias_issuers(text)))


def _alias_issuers(text: str) -> str:
    up = unicodedata.normalize("NFC", text)
    for alias, code in ISSUER_ALIASES.items():
        up = re.sub(rf"(?<=/){re.escape(alias)}\b", code, up, flags=re.I)
    return up


def norm_number(num: str | None) -> str | None:
    """The leading digits without leading zeros: "05" -> "5", "57/2022" -> "57"."""
    if num is None:
        return None
    m = re.match(r"\s*0*(\d+(?:\.\d+)?)", str(num))
    return m.group(1) if m else None


def norm_issuer(code: str | None) -> str | None:
    """Folded issuer code without the term suffix: QH14 -> qh (Quốc hội, any term)."""
    if not code:
        return None
    code = fold_key(code)
    return re.sub(r"(?<=[a-z])\d+$", "", code) or None


_FOLDED_WORDS: dict[str, str] = {fold(w): t for w, t in TYPE_WORDS.items()}
_FOLDED_WORDS.update({t.replace("_", " "): t for t in models.TYPES})
_FOLDED_WORDS.update({t: t for t in models.TYPES})
_FOLDED_CODES: dict[str, frozenset[str]] = {}
for _c, _ts in TYPE_CODES.items():  # QĐ and QD fold alike: their meanings add up
    _FOLDED_CODES[fold(_c)] = _FOLDED_CODES.get(fold(_c), frozenset()) | _ts
# Longest first so "thông tư liên tịch" wins over "thông tư", "bộ luật" over "luật".
_WORD_ALT = "|".join(re.escape(w) for w in sorted(_FOLDED_WORDS, key=len, reverse=True))
_CODE_ALT = "|".join(re.escape(c) for c in sorted(_FOLDED_CODES, key=len, reverse=True))


def parse_type(text: str) -> frozenset[str] | None:
    """A type as typed in an option ("conclusion", "Kết luận", "ket luan", "KL") -> types."""
    f = fold(text).replace("-", " ")
    if f in _FOLDED_WORDS:
        return frozenset({_FOLDED_WORDS[f]})
    return _FOLDED_CODES.get(f)


# --- parsing --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KeyQuery:
    """What a typed KEY says about a document; None means "not said", matches anything."""

    text: str                       # as typed
    folded: str                     # fold_key(text), compared with folded document keys
    types: frozenset[str] | None = None
    number: str | None = None       # without leading zeros
    issuer: str | None = None       # folded, term suffix dropped ("cp", "tw", "qh")
    year: int | None = None
    name: str | None = None         # folded name of a named document, year dropped
    body: str | None = None         # folded body named after "của"

    @property
    def is_parsed(self) -> bool:
        return any(v is not None for v in (self.types, self.number, self.name))


# Trailing year spellings: "@2024", "(2024)", "năm 2024", "ngày 15/4/2024".
_YEAR_SUFFIXES = (
    _compile(r"\s*@\s*(\d{4})$"),
    _compile(r"\s*\((?:nam\s+)?(\d{4})\)$"),
    _compile(r"\s+nam\s+(\d{4})$"),
    _compile(r"\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})$"),
)
_BODY_SUFFIX = _compile(r"\s+cua\s+(.+)$")
_TAIL = r"([a-z0-9&]+(?:-[a-z0-9&]+)*)"
# Symbols, tried in order on the folded core (after type word and "số" are removed).
_N = r"(\d+(?:\.\d+)?)"  # "66.7/2025/NQ-CP": a sub-number after a dot
_PARTY = _compile(rf"^{_N}-([a-z]+)/{_TAIL}$")                       # 57-kl/tw
_STATE_YEAR = _compile(rf"^{_N}[/-](\d{{4}})/{_TAIL}$")              # 57/2022/nd-cp, 19-2017/nq-cp
_STATE = _compile(rf"^{_N}/([a-z]+)-{_TAIL}$")                       # 47/nq-cp
_NUMBER = _compile(rf"^{_N}$")                                        # 57, 66.7
_NUMBER_YEAR = _compile(rf"^{_N}/(\d{{4}})$")                         # 18/2022
_LEAD_WORD = _compile(rf"^({_WORD_ALT})(?:\s+|$)")
_LEAD_CODE = _compile(rf"^({_CODE_ALT})\.?\s*(?=\d)")
_SO = _compile(r"^so\s*\.?\s*")
_NAMED_YEAR = _compile(r"\s+(\d{4})$")
# "Luật Đất đai (sửa đổi)", "Luật Đất đai sửa đổi": the law as the press names its new
# version, whichever version that is
_AMENDED_SUFFIX = _compile(r"(?<=\S)\s*+\(?\s*+sua\s+doi(?:\s*+,?\s*+bo\s+sung)?\s*+\)?$")


def text_name(text: str, word: str, folded_rest: str) -> str:
    """The name as typed, with diacritics (the law table is keyed on them): the type
    word and the words of `folded_rest` taken from `text`."""
    words = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().split(" ")
    n = len(word.split()) + len(folded_rest.split())
    return " ".join(words[:n])


def parse_key(text: str) -> KeyQuery:
    """Parse a typed KEY into the fields it states. Never raises; unparsed text keeps
    only `folded`, which still matches a document key spelled the same way."""
    folded = fold_key(text)
    s = folded
    year: int | None = None
    for pat in _YEAR_SUFFIXES:
        if m := pat.search(s):
            year, s = int(m.group(1)), s[: m.start()]
            break
    body = None
    if m := _BODY_SUFFIX.search(s):
        body, s = m.group(1), s[: m.start()]

    # A leading type word ("kết luận") or code ("KL", "kl57") narrows the type; the word
    # wins over a code inside the symbol ("Quy định 66-QĐ/TW" is a regulation).
    word_types: frozenset[str] | None = None
    word = None
    if m := _LEAD_WORD.match(s):
        word = m.group(1)
        word_types, s = frozenset({_FOLDED_WORDS[word]}), s[m.end():]
    elif m := _LEAD_CODE.match(s):
        word_types, s = _FOLDED_CODES[m.group(1)], s[m.end():]
    had_so = bool(_SO.match(s))
    s = _SO.sub("", s).strip()
    if (word is not None and word_types & NAMED_TYPES and not had_so
            and re.fullmatch(r"(19[4-9]\d|2\d{3})", s)):
        # "Hiến pháp 2013", "Luật 2024": a year, not a number ("Luật số 59" is a number).
        return KeyQuery(text, folded, word_types, None, None, int(s), word, body)

    number = issuer = None
    code_types: frozenset[str] | None = None
    if m := _PARTY.match(s):
        number, code, issuer = m.group(1), m.group(2), m.group(3).split("-")[0]
        code_types = _FOLDED_CODES.get(code)
    elif m := _STATE_YEAR.match(s):
        number, year = m.group(1), int(m.group(2))
        parts = m.group(3).split("-")
        # "59/2020/QH14" has no type code: the tail is the issuer alone.
        if len(parts) == 1:
            issuer = parts[0]
        else:
            code_types, issuer = _FOLDED_CODES.get(parts[0]), parts[1]
    elif m := _STATE.match(s):
        number, code, issuer = m.group(1), m.group(2), m.group(3).split("-")[0]
        code_types = _FOLDED_CODES.get(code)
    elif m := _NUMBER.match(s):
        number = m.group(1)
    elif m := _NUMBER_YEAR.match(s):
        number, year = m.group(1), int(m.group(2))
    elif word is not None and (word_types & NAMED_TYPES):
        # "Luật Đất đai 2024", "Hiến pháp 2013", "Bộ luật Hình sự": the name keeps its
        # type word, as the extractor's keys and names do.
        rest = s
        if year is None and (m := _NAMED_YEAR.search(rest)):
            year, rest = int(m.group(1)), rest[: m.start()]
        if m := _AMENDED_SUFFIX.search(rest):
            rest = rest[: m.start()]
        # "Luật BHXH", "Luật LS": the official name of a listed law
        name = fold(amending_title(official_law_name(text_name(text, word, rest))))
        return KeyQuery(text, folded, word_types, None, None, year, name, body)
    elif s == "" and word_types is not None:
        return KeyQuery(text, folded, word_types, None, None, year, None, body)
    else:
        return KeyQuery(text, folded, year=year, body=body)

    types = word_types if word_types is not None else code_types
    if word_types is not None and code_types is not None and not (word_types & code_types):
        # "Nghị quyết 57-KL/TW": word and code disagree; trust neither, keep the symbol.
        types = None
    return KeyQuery(text, folded, types, norm_number(number), norm_issuer(issuer),
                    year, None, body)


# --- matching -------------------------------------------------------------------------

def doc_year(doc: Mapping) -> int | None:
    y = doc.get("year")
    if y is None and doc.get("date"):
        y = str(doc["date"])[:4]
    try:
        return int(y) if y is not None else None
    except (TypeError, ValueError):
        return None


def _strip_year(folded_key: str) -> str:
    return re.sub(r"(@\s*|\s+(nam\s+)?)\d{4}$", "", folded_key)


def _doc_name(doc: Mapping) -> str | None:
    if doc.get("name"):
        return fold(doc["name"])
    if doc.get("number") is None and doc.get("key"):
        return _strip_year(fold(doc["key"]))
    return None


# Each check returns True (agrees), False (disagrees) or None (document does not say).
def _check(q: KeyQuery, doc: Mapping) -> list[bool | None]:
    out: list[bool | None] = []
    if q.types is not None:
        out.append(doc.get("type") in q.types if doc.get("type") else None)
    if q.number is not None:
        out.append(norm_number(doc.get("number")) == q.number)
    if q.issuer is not None:
        di = norm_issuer(doc.get("issuer"))
        out.append(None if di is None else di == q.issuer)
    if q.year is not None:
        dy = doc_year(doc)
        out.append(None if dy is None else dy == q.year)
    if q.name is not None:
        out.append(_doc_name(doc) == q.name)
    if q.body is not None:
        db = fold(doc["body"]) if doc.get("body") else None
        out.append(None if db is None else db == q.body)
    return out


def match_documents(query: KeyQuery | str, docs: Iterable[Mapping]) -> list[Mapping]:
    """The documents KEY names, best tier first; more than one means ambiguous.

    Tiers, first non-empty wins:
    1. the folded key itself ("47/nq-cp@2024"), even when that document is flagged
       ambiguous (an undated key that could be several dated documents: its card
       lists them) — an exact key always wins over a looser match;
    2. every field the KEY states agrees with a field the document states;
    3. as 2, but a field the document leaves unknown (issuer of "NQ 18") does not
       disagree — so a precise KEY still finds a document known only by a short form.
    """
    q = parse_key(query) if isinstance(query, str) else query
    docs = list(docs)
    exact = [d for d in docs if d.get("key") and fold_key(d["key"]) == q.folded]
    if len(exact) == 1:
        return exact
    if not q.is_parsed:
        return exact
    strict, lax = [], []
    for d in docs:
        checks = _check(q, d)
        if all(c is True for c in checks):
            strict.append(d)
        elif all(c is not False for c in checks):
            lax.append(d)
    if strict:
        # An ambiguous exact key stays among the candidates even if its fields are thin.
        return strict + [d for d in exact if d not in strict]
    return lax or exact


def key_versions(query: KeyQuery | str, docs: Iterable[Mapping]) -> list[Mapping]:
    """The versions KEY names when it names no year and several documents carry what it
    does name, oldest first; else none (KEY names one document, or several that are not
    versions of one).

    - A named document: "Luật Đất đai" is the 2013 and 2024 laws, and the mentions that
      name no version.
    - A numbered one with its issuer: "57-NQ/TW" is 57-NQ/TW@2024 (the mentions dated)
      and 57-NQ/TW (those no evidence dated); "67/NĐ-CP" is 67/2014/NĐ-CP, 67/2017/NĐ-CP
      and the undated mentions. Without an issuer ("KL 57") a KEY names documents of
      several organs, not versions of one.
    """
    q = parse_key(query) if isinstance(query, str) else query
    if q.year is not None:
        return []
    if q.name is not None:
        hits = [d for d in docs if d.get("name") and fold(d["name"]) == q.name]
    elif q.number is not None and q.issuer is not None:
        hits = [d for d in docs if d.get("number") is not None
                and all(c is True for c in _check(q, d))]
    else:
        return []
    return sorted(hits, key=lambda d: (doc_year(d) or 0, d["key"])) if len(hits) > 1 else []


def short_key(doc: Mapping) -> str | None:
    """ "KL 57"-style alias of a numbered document, for suggestions."""
    code = vocab.TYPE_ABBR.get(doc.get("type") or "")
    num = norm_number(doc.get("number"))
    return f"{code} {num}" if code and num else None


def suggest(query: KeyQuery | str, docs: Iterable[Mapping], n: int = 5) -> list[str]:
    """Keys of the documents closest to an unmatched KEY: same number first (a type or
    issuer typed wrong), then by string likeness of key, short alias or name."""
    q = parse_key(query) if isinstance(query, str) else query
    docs = list(docs)
    out: list[str] = []
    if q.number is not None:
        out += [d["key"] for d in docs if norm_number(d.get("number")) == q.number]
        if q.types is not None:
            # Same type, nearest number first: "Kết luận 58" -> 57-KL/TW, 71-KL/TW.
            same = [d for d in docs if d.get("type") in q.types and norm_number(d.get("number"))]
            same.sort(key=lambda d: abs(float(norm_number(d["number"])) - float(q.number)))
            out += [d["key"] for d in same]
    aliases: dict[str, str] = {}
    for d in docs:
        for alias in (d.get("key"), short_key(d), d.get("name")):
            if alias:
                aliases.setdefault(fold_key(alias), d["key"])
    for hit in difflib.get_close_matches(q.folded, list(aliases), n=n * 2, cutoff=0.5):
        out.append(aliases[hit])
    return list(dict.fromkeys(out))[:n]
