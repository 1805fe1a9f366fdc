"""extract(text): every document citation in one text, resolved within that text.

A pure function of its input. The pipeline: fold the text (normalize.py), find
candidate spans with one compiled pattern (patterns.CITATION) plus the named-law
pattern, read each span's symbol, then its context (date, issuing body, subject), then
resolve them within the text (resolve.py), mark sidebar zones and
read the relations stated between citations of one sentence.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import patterns as P
from . import reference, vocab
from .compiled import compile as _compile
from .dates import last_day
from . import laws as _laws
from .laws import is_abbreviation
from .models import Article, Citation, Extraction, Relation
from .normalize import fold, nfc
from .prefilter import Candidates, folded_candidates
from .resolve import (BASELINE, NEWER, NEWER_YEARS, amending_words, code_amended_in,
                      draft_key, issuer_body, law_passed_after, law_passed_later, law_passed_month,
                      law_version, law_version_passed, name_is_known, official_law_name,
                      resolve_mentions)
from .zones import related_spans

_WS = _compile(r"\s+")
# every spelling of a type word, lower case, single-spaced -> type
_TYPE_WORDS = {v.lower(): t
               for w, t in (vocab.TYPE_WORDS | vocab.ABBREVIATED_TYPE_WORDS).items()
               for v in P.spelling_variants(w)}
_BODY_LOOKUP = {v.lower(): val for name, val in vocab.BODIES.items()
                for v in P.spelling_variants(name)}
_TERM = _compile(r"^(QH|UBTVQH)\d+$")
_NAME_WORD = _compile(rf"[{P.LETTER}]+")
# every spelling the LAW_NAME pattern accepts ("văn hoá", "Thuỷ lợi") -> the listed name
_LAW_CANON = {v.lower(): n for n in vocab.LAW_NAMES for v in P.spelling_variants(n)}


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: str
    number: str | None
    form: str
    issuer: str | None = None  # from the symbol
    base: str | None = None  # key without "@year" (full forms)
    year_in_number: int | None = None
    year: int | None = None
    date: str | None = None
    body: str | None = None
    body_issuer: str | None = None  # issuer named by the text beside the citation
    title: str | None = None
    name: str | None = None
    group: int = -1  # mentions of one list share a group
    # "quyết định 33" in lower case: kept only on evidence (_is_document) or when the
    # text cites that number otherwise
    tentative: bool = False
    elided: bool = False  # a law named without "Luật" in a list of laws
    key: str | None = None
    ambiguous: bool = False
    resolved_by: str | None = None  # see resolve.RESOLVED_BY
    hints: str | None = None  # for the corpus stage: term, year, flags (resolve.parse_hints)
    # an amending law's last amended law ("… của Bộ luật Hình sự"): (name, type), whose
    # symbol may follow ("số 100/2015/QH13") and is that law's, not the amending one's
    amended: tuple[str, str] | None = None
    text_start: int | None = None  # where the citation's text begins, when not at start


def extract(text: str, *, start: int = 0, published: str | None = None) -> Extraction:
    """Every citation in `text` (from offset `start` on), with relations between them.

    Offsets index the NFC form of `text`; `text` fields are slices of it. `published`,
    the text's ISO date of publication when known, gives the year of a date written
    without one ("công văn số 6976/BGDĐT-TCCB ngày 29-10").
    """
    return extract_nfc(nfc(text), start=start, published=published)


def extract_nfc(text: str, *, start: int = 0, published: str | None = None,
                utf8: bytes | None = None) -> Extraction:
    """extract() of a text that is NFC already, as every reader's Article is: the same
    records, without checking the whole text for NFC again. `utf8`: the text's UTF-8
    (the bytes a page was read from), when the caller holds it: not encoded again."""
    # The headline (text[:start]) is no citation of the article's (the label sets' and
    # the press's convention: the body cites), but it is read as evidence: "Nghị định
    # 168/2024: Giao thông TP HCM đổi thay" over a body that says "Nghị định 168" dates it
    t, cands = folded_candidates(text, 0, utf8) if FAST else (fold(text), None)
    mentions = _find(t, 0, last_day(published), cands)
    if not any(m.start >= start for m in mentions):
        return Extraction()
    resolve_mentions(t, mentions)
    if start:
        mentions = [m for m in mentions if m.start >= start]
    spans = related_spans(t)
    starts = [s for s, _ in spans]
    cites = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        zone = "related" if i >= 0 and m.start < spans[i][1] else "body"
        s = m.start if m.text_start is None else m.text_start
        cites.append(Citation(
            start=s, end=m.end, text=text[s:m.end], type=m.type,
            number=m.number, issuer=m.issuer, year=m.year, date=m.date, body=m.body,
            key=m.key, form=m.form, zone=zone, title=_listed_title(t, m),
            name=m.name,
            ambiguous=m.ambiguous, resolved_by=m.resolved_by, hints=m.hints,
        ))
    return Extraction(cites, _relations(t, [m for m in mentions if m.form != "draft"]))


def _listed_title(t: str, m: _Mention) -> str | None:
    """m's subject, cut or completed where it is a listed document's (reference)."""
    if m.title is None or not reference.listed(m.key):
        return m.title
    title = reference.clipped_title(m.key, m.title)
    return reference.completed_title(m.key, title, t, m.end)


def extract_article(article: Article) -> Extraction:
    """The citations of an article's text past its title line. A reader's article (meta
    "nfc") is NFC already and is not checked again; its UTF-8 (meta "utf8"), when the
    reader kept it, is the native scan's input."""
    if article.meta.get("nfc"):
        return extract_nfc(article.text, start=article.body_start, published=article.date,
                           utf8=article.meta.get("utf8"))
    return extract(article.text, start=article.body_start, published=article.date)


# --- finding -----------------------------------------------------------------------------

# CITATION and NAMED begin with a lookbehind: sre has no prefix to skip to and runs them
# at every character. They are run only where prefilter says a match may start: the
# same matches at several times the speed. False: the plain finditer/search
# (tests/test_fast_path.py compares the two).
FAST = True
_DIGIT = _compile(r"\d")
_DIGITS = _compile(r"\d+")


def _citations(t: str, cands: Candidates | None, start: int) -> Iterator[re.Match]:
    """CITATION.finditer(t, start), given `cands`, where type words and bare codes
    start (None: scan plainly)."""
    if cands is None:
        yield from P.CITATION.finditer(t, start)
        return
    words, seps = cands
    starts = []
    run_end, digit = -1, False
    for c in words:  # only type words whose run of words ends at a number
        if c > run_end:  # else c is inside the run read last: the same answer
            run_end = P.WORDS_RUN.match(t, c).end()
            digit = P.DIGIT_AFTER_RUN.match(t, run_end) is not None
        if digit:
            starts.append(c)
    for q in seps:  # a bare symbol's code: its number starts at a digit before
        starts.extend(d.start() for d in _DIGIT.finditer(t, max(start, q - P.BARE_REACH), q))
    pos = start
    for c in sorted(set(starts)):
        if c >= pos and (m := P.CITATION.match(t, c)) is not None:
            yield m
            pos = m.end()


def _named_search(t: str, words: list[int] | None) -> Callable[[int], re.Match | None]:
    """A function pos -> NAMED.search(t, pos), for calls with rising `pos`. Every kind
    NAMED reads is a type word (patterns.py checks), so `words` holds its starts."""
    if words is None:
        return lambda pos: P.NAMED.search(t, pos)

    first = P.NAMED_FIRST

    def search(pos: int) -> re.Match | None:
        for i in range(bisect_left(words, pos), len(words)):
            if t[words[i]] in first and (m := P.NAMED.match(t, words[i])) is not None:
                return m
        return None
    return search


def _find(t: str, start: int, published: _dt.date | None = None,
          cands: Candidates | None = None) -> list[_Mention]:
    """The mentions of folded text `t` from `start` on; `cands`: where they may start
    (prefilter), None to scan plainly."""
    found: list[_Mention] = []
    group = 0
    covered = start
    words = cands[0] if cands is not None else None
    for m in _citations(t, cands, start):
        if m.start() < covered:
            continue
        items, word_type = _from_match(t, m)
        if not items:
            continue
        group += 1
        items = items + _list_items(t, items[0], word_type)
        for it in items:
            it.group = group
        _context(t, items, published)
        covered = items[-1].end
        items = [it for it in items if it.issuer is not None or it.body_issuer is not None
                 or not _foreign_organ(t, it)]
        for it in items:
            if it.tentative and _is_document(t, it):
                it.tentative = False
        found.extend(items)
    pos = start
    named_search = _named_search(t, words)
    prev: _Mention | None = None
    foreign_constitution = -1  # where a bare "Hiến pháp" was last another country's
    while (m := named_search(pos)) is not None:
        # "dự thảo Luật A (sửa đổi), Luật B, Luật C": the list shares its marker
        listed = _bill_list(t, m.start())
        in_bill_list = (prev is not None and prev.form == "draft"
                        and P.LIST_JOIN.fullmatch(t, prev.end, m.start()) is not None
                        ) or listed == "bills"
        hp = m.group("hp") is not None
        bare = hp and _bare_constitution(t, m.end("hp"))
        if bare and P.CONSTITUTION_AND_LAW.match(t, m.end("hp")):
            pos = m.end()
            continue
        if hp and not bare:
            foreign_constitution = -1  # Vietnam's, named: the text speaks of it now
        # once a bare "Hiến pháp" was another country's, the paragraph's later bare ones
        # are too ("… vấn đề nghiêm trọng về Hiến pháp [of the US]. Chính quyền đã không
        # chứng minh được sắc lệnh tuân thủ các quy định của Hiến pháp …")
        carried = (bare and foreign_constitution >= 0
                   and t.find("\n", foreign_constitution, m.start()) < 0)
        it = None if carried else _named(t, m, in_bill_list, published, listed == "passed")
        if (it is None and not hp and (g := P.LAW_GROUP.match(t, m.start())) is not None
                and P.LAW_GROUP_BEFORE.search(t, max(0, m.start() - 12), m.start())):
            # "ba luật gồm Đất đai 2024, Nhà ở và Kinh doanh bất động sản 2023"
            if (it := _elided(t, g.end(), in_bill_list)) is not None:
                it.elided = True
        if bare and it is None and (carried or _foreign(t, m.start(), m.end("hp"),
                                                        known=False)):
            foreign_constitution = m.start()
        pos = m.start() + 1 if it is None else it.end
        prev = it or prev
        if it is not None:
            group += 1
            it.group = group
            if it.form != "draft":  # a bill has no issuer, date or subject yet
                _context(t, [it], published)
            found.append(it)
            if (sym := _amended_symbol(t, it)) is not None:
                group += 1
                sym.group = group
                _context(t, [sym], published)
                found.append(sym)
                pos = sym.end
            while (nxt := _elided_next(t, it)) is not None:
                nxt.elided = True
                group += 1
                nxt.group = group
                if nxt.form != "draft":
                    _context(t, [nxt], published)
                found.append(nxt)
                it = prev = nxt
                pos = nxt.end
    for it in _code_abbreviations(t, start):
        group += 1
        it.group = group
        _context(t, [it], published)
        found.append(it)
    confirmed = {(x.type, x.number) for x in found if not x.tentative}
    found = [x for x in found if not x.tentative or (x.type, x.number) in confirmed]
    # on one span, the reading that knows the name wins ("số 100/2015/QH13" after
    # "Luật sửa đổi … của Bộ luật Hình sự" is the code, not any law)
    found.sort(key=lambda x: (x.start, -x.end, x.name is None))
    out: list[_Mention] = []
    end = -1
    for it in found:
        if it.start >= end:
            out.append(it)
            end = it.end
    _share_list_context(t, out)
    return out


def _share_list_context(t: str, mentions: list[_Mention]) -> None:
    """ "Nghị quyết 57-NQ/TW, Nghị quyết 59-NQ/TW và Nghị quyết 68-NQ/TW của Bộ Chính
    trị", "Bộ Chính trị ban hành Kết luận 137-KL/TW và Kết luận 150-KL/TW": the body
    named once for a list of documents of one type is each one's, where nothing says
    otherwise (each has no body, and its symbol's issuer is none or the body's); and the
    year of a date closing such a list of State documents. A Party organ's body closes
    a list of its documents of several types too: "Nghị quyết 382 và Kết luận 763 của
    Quân ủy Trung ương" (not a State one's: "Nghị định 15 và Thông tư 37 của Bộ Y tế")."""
    run: list[_Mention] = []
    mixed = False
    party = vocab.PARTY_CENTRE_TYPES
    for m in [*mentions, None]:
        if (m is not None and run and m.form != "named"
                and (m.type == run[-1].type or m.type in party and run[-1].type in party)
                and P.LIST_JOIN.fullmatch(t, run[-1].end, m.start)):
            mixed = mixed or m.type != run[-1].type
            run.append(m)
            continue
        if len(run) > 1:
            named = {(x.body_issuer, x.body) for x in run if x.body is not None}
            if len(named) == 1 and (issuer := next(iter(named))[0]) is not None and (
                    not mixed or issuer in vocab.PARTY_ISSUERS):
                body = next(iter(named))[1]
                for x in run:
                    if x.body is None and x.issuer in (None, issuer):
                        x.body, x.body_issuer = body, issuer
            # "Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025": the
            # date closing a list of one issuer's documents of one type dates its year
            # for each (their day may differ; a year of issue the list shares)
            last = run[-1]
            # (not the Party's, numbered across a term: "Nghị quyết số 12-NQ/TW và Nghị
            # quyết số 57-NQ/TW ngày 22/12/2024")
            if (not mixed and last.date is not None and last.issuer is not None
                    and last.issuer not in vocab.PARTY_ISSUERS and all(x.issuer == last.issuer and x.year is None and x.date is None
                            for x in run[:-1])):
                for x in run[:-1]:
                    x.year = last.year
        run = [m] if m is not None and m.form != "named" else []
        mixed = False


def _from_match(t: str, m: re.Match) -> tuple[list[_Mention], str | None]:
    """The mention a CITATION match makes (none when it is not one), and the type its
    type word gives a list that follows (None: the items' codes give theirs)."""
    if m.group("bare"):
        sym = _symbol_of(m, "b_")
        if sym is None or sym["type"] is None or P.OTHER_KIND_BEFORE.search(
                t, max(0, m.start("bare") - P.OTHER_KIND_WINDOW), m.start("bare")):
            return [], None
        return [_Mention(start=m.start("bare"), end=m.end("bare"), form="full", **sym)], None
    word = _WS.sub(" ", m.group("tw").lower())
    wtype = _TYPE_WORDS[word]
    start = m.start()
    if m.group("qual") and (inner := _inner_type_word(t, m, wtype)):
        start, word = inner.start(), _WS.sub(" ", inner.group().lower())
        wtype = _TYPE_WORDS[word]
    list_type = None if word in vocab.GENERIC_TYPE_WORDS else wtype
    has_so = m.group("so") is not None
    num, byear, end = m.group("bnum"), m.group("byear"), m.end()
    if m.group("num"):
        sym = _symbol_of(m)
        if sym is not None:
            if list_type is not None or sym["type"] is None:
                sym["type"] = vocab.TYPE_REFINED_BY_CODE.get((wtype, sym["type"]), wtype)
            mention = _Mention(start=start, end=end, form="full", **sym)
            # "Văn bản số 219/TB-VPCP": a word for any paper, not the document's kind,
            # which its code gives; the citation's text is the symbol (its context is
            # still read from the word on: "UBND tỉnh … đã có văn bản số …")
            if list_type is None and not m.group("qual"):  # not "Văn bản hợp nhất số"
                mention.text_start = m.start("num")
            return [mention], list_type
        if m.group("nyear") or m.group("s1").strip() != "-":
            return [], None
        num, end = m.group("num"), m.end("num")  # "866 - PV": the number alone
    # a bare number: "Nghị quyết 57", "Nghị định 49/2017"
    if "." in num and wtype not in vocab.DOTTED_NUMBER_TYPES:
        return [], None  # "Quyết định 2.5 …": a quantity
    if m.group("qual") and P.QUAL_NUMBERED_END.search(t, m.start("qual"), m.end("qual")):
        return [], None  # "quyết định chốt giá vé tuyến metro số 1"
    if word in vocab.NEEDS_SYMBOL_OR_SO and not has_so:
        return [], None
    # a table's heading over its row numbers ("Tên Nghị quyết\n\n    1\n\n    Thành phố
    # Hà Nội"): a bare number on another line is not the document's (a wrapped "Chỉ
    # thị\nsố 40" still is, and a symbol always)
    gap = t.find("\n", m.end("tw"), m.start("bnum") if m.group("bnum") else m.start("num"))
    if gap >= 0 and (not has_so or P.BLANK_LINE.search(t, gap, end)):
        return [], None
    if not has_so and byear is None and len(num) == 4 and num[:2] in ("19", "20") and num.isdigit():
        return [], None  # "Kế hoạch 2017" names a year, not a number
    y = int(byear) if byear else None
    if y is None and (ny := P.SHORT_YEAR.match(t, end)):
        y, end = int(ny.group("year")), ny.end()
    # "quyết định 33" in lower case: kept only on evidence that it is a document
    # (_is_document, once its context is read)
    tentative = word in vocab.WEAK_TYPE_WORDS and not (t[start].isupper() or has_so or y is not None)
    return [_Mention(start=start, end=end, type=wtype, number=num.lstrip("0") or "0",
                     form="short", year_in_number=y, year=y, tentative=tentative)], list_type


def _inner_type_word(t: str, m: re.Match, wtype: str) -> re.Match | None:
    """The last type word inside m's qualifier, when it rather than the outer one
    decides the type: always before a bare number; before a symbol, only when the
    symbol's code does not agree with the outer word."""
    inner = None
    for inner in P.INNER_TYPE_WORD.finditer(t, m.start("qual"), m.end("qual")):
        pass
    if inner is None or not m.group("num"):
        return inner
    code = next((vocab.TYPE_CODES.get(_canon_seg(s).upper())
                 for _, s in P.SEGMENT.findall(m.group("segs"))[:1]), None)
    if code is None or code == wtype or (wtype, code) in vocab.TYPE_REFINED_BY_CODE:
        return None
    return inner


def _is_document(t: str, it: _Mention) -> bool:
    """Whether a lower-case weak type word and its bare number ("quyết định 866") name a
    document rather than a verb and a quantity ("đã quyết định 2 lần"): a date, an
    issuing body or a subject read beside it (_context), or a word before it that makes
    it a noun ("theo", "ký")."""
    # (a "về …" subject, not a quoted one: "Tiểu chương trình 1 “Tội phạm …”" names a
    # part of a programme)
    subject = it.title is not None and it.title.startswith("về")
    return bool(it.body or it.date or subject or P.DOCUMENT_CONTEXT_BEFORE.search(
        t, max(0, it.start - P.DOCUMENT_CONTEXT_WINDOW), it.start)
        # a number padded with a zero is a document's ("nhận thức rõ đề án 06"): a
        # quantity is not written so ("kế hoạch 5 năm")
        or P.PADDED_NUMBER_END.search(t, it.start, it.end))


def _canon_seg(seg: str) -> str:
    s = seg.upper()
    return vocab.SEGMENT_SPELLINGS.get(s, s)


def _issuer_code(seg: str) -> str:
    t = _TERM.match(seg)
    if t:
        return t.group(1)
    entry = vocab.ISSUERS.get(seg.upper())
    return entry[0] if entry else seg


def _symbol_of(m: re.Match, prefix: str = "") -> dict | None:
    """_symbol of a match of patterns.SYMBOL (its groups named with `prefix`)."""
    return _symbol(m.group(prefix + "num"), m.group(prefix + "nyear"), m.group(prefix + "s1"),
                   m.group(prefix + "segs"))


def _symbol(num: str, nyear: str | None, s1: str, segs: str) -> dict | None:
    names = [_canon_seg(s) for _, s in P.SEGMENT.findall(segs)]
    seps = [s1.strip()] + [sep for sep, _ in P.SEGMENT.findall(segs)[1:]]
    if not names:
        return None
    tc = names[0] if names[0].upper() in vocab.TYPE_CODES else None
    if seps == ["-"] and tc is None and names[0].upper() not in vocab.ISSUERS:
        return None  # "(quyết định 866 - PV)": the reporter's initials, not a code
    other_kind = len(names) > 1 and (
        names[0].upper() in vocab.OTHER_KIND_CODES
        or (names[0].upper() in vocab.OTHER_KIND_BEFORE_ORGAN
            and _issuer_code(names[1]).upper() in vocab.ISSUERS))
    rest = names[1:] if tc or other_kind else names
    dtype = vocab.TYPE_CODES[tc.upper()] if tc else None
    issuer = _issuer_code(rest[0]) if rest else None
    if issuer in vocab.NOT_ISSUERS:
        issuer = None
    if tc is None:
        if rest and _TERM.match(rest[0]) and rest[0].startswith("QH"):
            dtype = "law"
        elif issuer in vocab.ISSUERS or (issuer and vocab.ISSUERS.get(issuer.upper())):
            dtype = "official_letter"
    n = num.lstrip("0") or "0"
    year = int(nyear) if nyear else None
    if (tc and issuer in vocab.PARTY_STYLE_ISSUERS and len(rest) == 1 and not nyear
            and seps[:2] == ["-", "/"]):
        issuer = vocab.PARTY_STYLE_ISSUERS[issuer]
        rest = [issuer]
    party = bool(tc) and issuer not in vocab.STATE_ISSUERS and (
        (seps[0] == "-" and len(seps) > 1 and seps[1] == "/" and not nyear)
        or (issuer in vocab.PARTY_ISSUERS and not nyear)
    )
    if party:
        base = f"{n}-{tc}/{'-'.join(rest)}" if rest else f"{n}-{tc}"
    elif year:
        base = f"{n}/{year}/{'-'.join(names)}"
    else:
        base = f"{n}/{'-'.join(names)}"
    return {"type": dtype, "number": n, "issuer": issuer, "base": base,
            "year_in_number": year, "year": year}


def _list_items(t: str, first: _Mention, word_type: str | None) -> list[_Mention]:
    """Items after the first of a list: "Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW".

    Items take the type of the list's type word (`word_type`; a code more specific than
    the word refines it), else their own code's.
    """
    out: list[_Mention] = []
    pos = first.end
    # bare numbers continue a list after a plural ("các Nghị quyết 18, 19"), or when the
    # last of them carries the symbol ("Nghị quyết số 18, 19-NQ/TW"): read provisionally
    short = first.form == "short"
    plural = short and bool(P.PLURAL_BEFORE.search(t, max(0, first.start - 12), first.start))
    while True:
        m = P.LIST_ITEM.match(t, pos)
        if m:
            sym = _symbol_of(m)
            if sym is None:
                break
            if word_type is not None:
                sym["type"] = vocab.TYPE_REFINED_BY_CODE.get((word_type, sym["type"]), word_type)
            elif sym["type"] is None:
                sym["type"] = first.type
            out.append(_Mention(start=m.start("num"), end=m.end(), form="full", **sym))
            pos = m.end()
            continue
        m = P.LIST_NUMBER.match(t, pos) if short else None
        if m and "." in m.group("bnum") and first.type not in vocab.DOTTED_NUMBER_TYPES:
            m = None  # "các quyết định 12, 2.5 tỷ đồng …"
        if m:
            y = int(m.group("byear")) if m.group("byear") else None
            out.append(_Mention(start=m.start("bnum"), end=m.end(), type=first.type,
                                number=m.group("bnum").lstrip("0") or "0", form="short",
                                year_in_number=y, year=y))
            pos = m.end()
            continue
        return _shared_symbol(t, first, out, plural)


def _shared_symbol(t: str, first: _Mention, items: list[_Mention], plural: bool
                   ) -> list[_Mention]:
    """ "Nghị quyết số 18, 19-NQ/TW", "Quyết định số 101, 102, 103/QĐ-UBND", "Kết luận
    thanh tra số: 09, 10, 11, 12/KL-TTr": a symbol written once, after the last of a list
    of numbers, is every number's. The items after `first`; bare numbers that no symbol
    closes are short forms after a plural ("các Nghị quyết 18, 19"), when all carry
    their year like the first ("72/2013 và 27/2018"), or when the body whose documents
    they are closes the list ("Chỉ thị 03, 05 của Bộ Chính trị"), else no list."""
    k = next((i for i, x in enumerate(items) if x.form != "short"), len(items))
    if first.form == "short" and k < len(items):
        last = items[k]
        run = [first, *items[:k]]
        if (last.base is not None and last.number is not None
                and last.base.startswith(last.number)
                and all(x.year_in_number == last.year_in_number for x in run)):
            for x in run:
                x.type, x.issuer, x.form = last.type, last.issuer, "full"
                x.year_in_number, x.year = last.year_in_number, last.year
                x.base = x.number + last.base[len(last.number):]
            return items
    # "thay thế cho nghị định 72/2013 và 27/2018": numbers with their year, each one's
    # shape the first's, continue its list as a plural's do
    dated = first.year_in_number is not None and all(
        x.form == "short" and x.year_in_number is not None for x in items)
    owned = bool(items) and P.LIST_OWNER.match(t, items[-1].end) is not None
    return items if plural or dated or owned or first.form != "short" else []


def _named(t: str, m: re.Match, draft: bool = False, published: _dt.date | None = None,
           passed: bool = False) -> _Mention | None:
    """The named document NAMED's match `m` reads (a law, code, ordinance, constitution,
    or the bill of one); `draft`: a bill list's marker stands before it; `published`: the
    text's day of publication, when known; `passed`: it is in a list of bills its
    sentence says were passed."""
    if P.NAMED_NOT_AFTER.search(t, max(0, m.start() - 14), m.start()):
        return None
    year = published.year if published else None
    if m.group("hp"):
        end = m.end("hp")
        name, dtype = vocab.NAMED_KINDS["hiến pháp"]
        draft = False  # a constitution's draft is not read yet
        amended = None
        newer = False
    else:
        kind, dtype = vocab.NAMED_KINDS[_WS.sub(" ", m.group("kind").lower())]
        draft = draft or bool(
            P.DRAFT_BEFORE.search(t, max(0, m.start() - P.DRAFT_WINDOW), m.start()))
        amending = _amending_law(t, m)
        found = amending[:2] if amending else _law_name(t, m, draft)
        if found is None:
            return None
        name, end = found
        name = f"{kind} {name}"
        amended = amending[2] if amending else None
        newer = False
        if after := P.DRAFT_AFTER.match(t, end):  # "Luật Đất đai (sửa đổi)"
            # (months after the new version was passed the press still writes it so:
            # "văn bản triển khai Luật Thủ đô (sửa đổi)" in December 2024 is the 2024 law;
            # not after "dự thảo", nor "(thay thế)"; a version of the article's own year
            # only in December, when both of the year's sessions are over: in mid-November
            # "Luật Di sản văn hóa (sửa đổi)" is still the bill)
            recent = (not draft and published is not None and "sửa" in after.group()
                      and (v := law_version_passed(name, published.isoformat())) is not None
                      and (0 < published.year - v < NEWER_YEARS
                           or (published.year == v and (
                               published.month == 12
                               # (or after the month it was passed in, where the table
                               # knows it: "Luật Thủ đô (sửa đổi)" in October 2024)
                               or law_passed_month(name, v) is not None))))
            end, draft, newer = after.end(), not recent, True
        elif after := P.AMENDED_AFTER.match(t, end):  # "(dự) Luật X sửa đổi"
            end, newer = after.end(), True
        # "được đưa vào Luật Thuế tiêu thụ đặc biệt" in November 2024, the law's next
        # version passed in 2025: the bill; of a law with no version the next year, or
        # with a year after it, the law ("được đưa vào Luật Đất đai từ năm 2003")
        later_bill = bool(
            year is not None
            and P.DRAFT_BEFORE_UNLESS_PASSED.search(t, max(0, m.start() - P.DRAFT_WINDOW),
                                                    m.start())
            and law_passed_later(name, published.isoformat()) and not P.NAMED_YEAR.match(t, end))
        draft = draft or bool(P.DRAFT_LATER.match(t, end)) or later_bill
        # (the "ban hành" of "sự cần thiết ban hành Luật Dữ liệu", a law passed after the
        # text's day, is no passing)
        if draft and (passed or P.PASSED_AFTER.match(t, end) or (
                not later_bill and P.PASSED_BEFORE.search(
                    t, max(0, m.start() - P.DRAFT_WINDOW), m.start()))
                or _passed_on_a_day(t, m.start(), end)
                or _passed_version(t, m.start(), end, name, year)):
            draft = False
        # "Luật Nhà giáo khi ban hành …" in November 2024: passed in 2025, so what the
        # text names is the bill
        draft = (draft or (year is not None and law_passed_after(name, year))
                 or _laws.never_passed(name))
    # a bare "Hiến pháp" is any country's: in a sentence about the US it is theirs
    vn = P.VN_STATE_NAME.match(t, end) if dtype == "constitution" else None
    if vn:
        end = vn.end()
    # (a constitution is Vietnam's by its official name, a year, or "nước ta" after it)
    known = name_is_known(name) and (
        dtype != "constitution" or vn or not _bare_constitution(t, end))
    if _foreign(t, m.start(), end, known=bool(known)):  # "Luật Thương mại Mỹ"
        return None
    if draft:
        marker = P.BILL_MARKER.search(t, max(0, m.start() - P.BILL_MARKER_WINDOW), m.start())
        return _Mention(start=marker.start() if marker else m.start(), end=end, type=dtype,
                        number=None, form="draft", name=name, key=draft_key(name),
                        amended=amended)
    # which version its article's date or other mentions make it (resolve.law_decisions):
    # passed, "Luật Du lịch sửa đổi" is the new one; "so với Luật … 2006" is a baseline
    if newer:
        hint = NEWER
    elif P.BASELINE_BEFORE.search(t, max(0, m.start() - P.BASELINE_WINDOW), m.start()):
        hint = BASELINE
    else:
        hint = None
    mention = _Mention(start=m.start(), end=end, type=dtype, number=None, form="named",
                       name=name, issuer=vocab.TYPE_ISSUER[dtype], amended=amended,
                       hints=hint)
    # a number after an amending law's title is the amended law's (_amended_symbol)
    if amended is None and (full := _numbered(t, m.start(), end, name, dtype)) is not None:
        return full
    num = P.NAMED_NUMBER.match(t, end) if dtype != "constitution" and amended is None else None
    if num:  # "pháp lệnh … số 02 của Ủy ban Thường vụ Quốc hội"
        y = int(num.group("year")) if num.group("year") else None
        return _Mention(start=m.start(), end=num.end(), type=dtype, form="short", name=name,
                        number=num.group("num").lstrip("0") or "0", year_in_number=y, year=y)
    y = P.NAMED_YEAR.match(t, end)
    if y:
        if P.FOREIGN_AFTER.match(t, y.end()):  # "Luật Giao thông Đường bộ năm 1959 của
            return None                          # Malaysia"
        mention.year = int(y.group("year") or y.group("pyear"))
        mention.end = y.end()
        if dtype == "code" and code_amended_in(name, mention.year):
            # "Bộ luật Hình sự sửa đổi 2025 (Luật số 86/2025/QH15)": the amending law of
            # that year, no version of the code (there is no "Bộ luật Hình sự 2025"); the
            # number is that law's own
            mention.type = "law"
            mention.name = f"Luật sửa đổi, bổ sung một số điều của {name}"
            mention.amended = (name, dtype)
            mention.hints = None
            if (full := _numbered(t, m.start(), y.end(), mention.name, "law",
                                  mention.year)) is not None:
                full.amended = mention.amended
                return full
            return mention
        # "Luật Đất đai 2024 số 31/2024/QH15", "Luật Nhà ở 2023 (số 27/2023/QH15)": its
        # number after its year, one citation
        if amended is None and (full := _numbered(t, m.start(), y.end(), name, dtype,
                                                  mention.year)) is not None:
            return full
    return mention


def _bill_list(t: str, pos: int) -> str | None:
    """"bills" when `pos` is in a list of bills its sentence opened before it (patterns.
    BILL_LIST_OPEN), "passed" when the sentence says they were passed, else None."""
    lo = max(0, pos - P.BILL_LIST_WINDOW)
    # (an opener ends in a colon: most texts have none before a law's name, or one whose
    # sentence has ended)
    colon = t.rfind(":", lo, pos)
    if colon < 0 or P.SENTENCE_END_BEFORE.search(t, colon, pos):
        return None
    lo = _sentence_start(t, colon, colon - lo, P.SENTENCE_END_BEFORE)
    opened = P.BILL_LIST_OPEN.search(t, lo, pos)
    if opened is None and P.LIST_GOES_ON.match(t, lo, colon) and P.BILL_LIST_LEAD.search(
            t, max(0, lo - P.BILL_LIST_LEAD_WINDOW), lo):
        return "bills"
    if opened is None:
        return "passed" if P.PASSED_LIST_OPEN.search(t, lo, pos) else None
    return "passed" if P.BILL_LIST_PASSED.search(
        t, max(lo, opened.start() - P.BILL_LIST_PASSED_WINDOW), opened.end()) else "bills"


def _code_abbreviations(t: str, start: int) -> Iterator[_Mention]:
    """Codes named by their abbreviation alone ("Điều 174 BLHS 2015", "BLTTHS năm
    2003"), with the year after it. Not one in brackets after the code's name, which
    only gives the article's shorthand ("Bộ luật Hình sự (BLHS) năm 2015")."""
    codes = _laws.code_abbreviations()
    pos = t.find("BL", start)
    while pos >= 0:
        m = P.CODE_ABBREVIATION.match(t, pos)
        if m and (pos == 0 or not (t[pos - 1].isalnum() or t[pos - 1] == "(")):
            law = codes[m.group()]
            it = _Mention(start=pos, end=m.end(), type=law.kind, number=None, form="named",
                          name=law.name,
                          issuer=vocab.TYPE_ISSUER[law.kind])
            if y := P.NAMED_YEAR.match(t, it.end):
                it.year, it.end = int(y.group("year") or y.group("pyear")), y.end()
            yield it
        pos = t.find("BL", pos + 2)


def _elided_name(t: str, pos: int) -> tuple[str, int] | None:
    """A law the table knows, named without "Luật" at `pos` in a list of laws ("Luật Đất
    đai, Nhà ở, Kinh doanh bất động sản"): its name as listed, and where it ends. Only
    with its capital: "Luật Đất đai, giá đất …" lists nothing."""
    if pos >= len(t) or not t[pos].isupper() or (k := P.LAW_NAME.match(t, pos)) is None:
        return None
    name = _WS.sub(" ", k.group().lower())
    if name in vocab.LEGAL_FIELDS:  # "theo luật Dân sự và Thương mại": fields of law
        return None
    return _LAW_CANON[name], k.end()


def _elided(t: str, pos: int, draft: bool, last: bool = False, listed: bool = False
            ) -> _Mention | None:
    """The law an item of a list of laws names without "Luật" (_elided_name), read as
    its head reads: a bill in a list of bills, else a law, with its year. The item must
    end a list's item ("Luật Đất đai, Giá đất tăng" is no list), unless `last`: the
    last of a list already so named, after "và" ("…, Nhà ở và Kinh doanh bất động sản có
    hiệu lực"). Nor where the list goes on with a law named in full ("…, Kinh doanh bất
    động sản sửa đổi và Luật Các tổ chức tín dụng"), or, after two items (`listed`: the
    one before is itself so named), where the name is of three words or more ("Luật Đất
    đai, Nhà ở, Kinh doanh bất động sản có hiệu lực": no prefix of another phrase, as
    "Giá" of "giá đất" is)."""
    found = _elided_name(t, pos)
    if found is None:
        return None
    name, end = f"Luật {found[0]}", found[1]
    if after := P.DRAFT_AFTER.match(t, end):  # "…, Nhà ở (sửa đổi)": a bill
        end, draft = after.end(), True
    elif after := P.AMENDED_AFTER.match(t, end):
        end = after.end()
    year = None
    if not draft and (y := P.NAMED_YEAR.match(t, end)):
        year, end = int(y.group("year") or y.group("pyear")), y.end()
    # (an item ends the list's item: at a comma, a stop, a year read, or "và" before
    # another law so named; "Luật Đất đai và Thanh tra Chính phủ đã …", "Luật Đất đai,
    # Thủ đô và các tỉnh" name one law)
    if (not last and year is None and not P.ELIDED_ITEM_END.match(t, end)
            and not P.AMENDED_MORE.match(t, end)
            and not (listed and len(found[0].split()) >= 3)
            and not ((j := P.ELIDED_JOIN.match(t, end)) and _elided_name(t, j.end()))):
        return None
    if draft:
        return _Mention(start=pos, end=end, type="law", number=None, form="draft", name=name,
                        key=draft_key(name))
    return _Mention(start=pos, end=end, type="law", number=None, form="named", name=name,
                    issuer=vocab.TYPE_ISSUER["law"], year=year)


def _elided_next(t: str, head: _Mention) -> _Mention | None:
    """The next item of a list of laws after `head` when it names its law without
    "Luật": "Luật Đất đai, Nhà ở và Kinh doanh bất động sản"."""
    if head.type != "law" or head.form not in ("named", "draft"):
        return None
    j = P.ELIDED_JOIN.match(t, head.end)
    if j is None:
        return None
    return _elided(t, j.end(), head.form == "draft",
                   last=head.elided and "và" in j.group(), listed=head.elided)


def _law_day(t: str, it: _Mention, m: re.Match) -> str | None:
    """What a date right after a law's name (TAIL_DATE's match `m`) is to the law: None,
    usually, the event's ("Luật Đầu tư ngày 25/4/2016, Thủ tướng …"); "passed" with
    the verb ("thông qua ngày …": the version, where the table lists one); "own", its
    day of passing however the table lists it, when spelt out as legal texts cite a law
    ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013") or where nothing else can stand:
    in a preamble's "Căn cứ …" or after an amending law's title ("Luật sửa đổi, bổ sung
    … ngày 22/11/2019"), unless it is a day of effect ("… chính thức có hiệu lực")."""
    if m.group("verb"):
        return "passed"
    if m.group("d2") or (
            ((it.name is not None and it.name.startswith("Luật sửa đổi"))
             or P.BASED_ON_BEFORE.search(t, max(0, it.start - 20), it.start))
            and not P.TAKES_EFFECT_AFTER.match(t, m.end())):
        return "own"
    return None


def _named_symbol(t: str, end: int) -> tuple[re.Match, dict | None] | None:
    """The symbol right after a law's name, and what it reads (_symbol_of): "số
    45/2013/QH13", or a National Assembly symbol with no "số" ("Luật Đất đai
    31/2024/QH15")."""
    sym = P.NAMED_SYMBOL.match(t, end)
    if sym is None:
        return None
    s = _symbol_of(sym)
    if sym.group("so") or (s is not None and s["issuer"] in vocab.LAW_SYMBOL_ISSUERS):
        return sym, s
    return None


def _numbered(t: str, start: int, end: int, name: str, dtype: str,
              year: int | None = None) -> _Mention | None:
    """The named document as one full citation with the symbol written right after
    `end`, if any (of `year`, when its year is known)."""
    found = _named_symbol(t, end)
    if found is None or (s := found[1]) is None or (
            year is not None and s.get("year") not in (None, year)):
        return None
    s["type"] = dtype
    return _Mention(start=start, end=found[0].end(), form="full", name=name, **s)


def _passed_version(t: str, start: int, end: int, name: str, year: int | None) -> bool:
    """ "Luật Đất đai (sửa đổi) năm 2024" in a text of 2025: the year of a version the law
    table lists, before the text's, names the law that bill became. In a text of no known
    date, so does any listed version's year, unless "dự thảo", "dự án" or "dự" stands
    right before the name: "việc xây dựng Luật Đường bộ năm 2024" is the law of 2024."""
    y = P.NAMED_YEAR.match(t, end)
    if y is None:
        return False
    v = int(y.group("year") or y.group("pyear"))
    if law_version(name, v) is None:
        return False
    if year is not None:
        return v < year
    return P.BILL_MARKER.search(t, max(0, start - P.BILL_MARKER_WINDOW), start) is None


def _passed_on_a_day(t: str, start: int, end: int) -> bool:
    """ "… (sửa đổi) được Quốc hội thông qua ngày 18/1/2024" right after the name, with
    no plan or condition right before it ("Nếu Luật …", "Dự kiến, Luật …")."""
    return P.PASSED_ON.match(t, end) is not None and P.PASSED_ON_UNLESS.search(
        t, max(0, start - P.PASSED_ON_LOOKBACK), start) is None


def _amended_symbol(t: str, it: _Mention) -> _Mention | None:
    """"Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13": the
    symbol is the code's, cited on its own right after the amending law's title (unless
    no version of the code has its year: then it is the amending law's)."""
    if it.amended is None or (found := _named_symbol(t, it.end)) is None:
        return None
    sym, s = found
    if s is None:
        return None
    if (s["year"] is not None and name_is_known(it.amended[0])
            and law_version(it.amended[0], s["year"]) is None):
        # no version of the law it amends has that year: the amending law's own number
        # ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15"),
        # one citation of it over both
        s["type"] = it.type
        return _Mention(start=it.start, end=sym.end(), form="full", name=it.name, **s)
    s["type"] = it.amended[1]
    return _Mention(start=sym.start("num"), end=sym.end(), form="full", name=it.amended[0], **s)


def _bare_constitution(t: str, end: int) -> bool:
    """ "Hiến pháp" with no year and no name of Vietnam after it."""
    return not (P.NAMED_YEAR.match(t, end) or P.VN_STATE_NAME.match(t, end)
                or P.VN_OWN_AFTER.match(t, end))


def _foreign_organ(t: str, it: _Mention) -> bool:
    """A number with no issuer code that a foreign or international organ issued: named
    before it in its sentence ("Hội đồng Bảo an Liên hợp quốc ngày 2.6 phê chuẩn Nghị
    quyết 2356") or as its body after it ("Nghị quyết số 2231 của Hội đồng Bảo an"), not
    one about such an organ ("Quyết định 1234 về tham gia lực lượng gìn giữ hòa bình Liên
    hợp quốc")."""
    by_only = it.type in vocab.FOREIGN_ORGAN_BODY_TYPES  # an organ named with "của/do"
    if it.type not in vocab.FOREIGN_ORGAN_TYPES and not by_only:
        return False  # "UNDP hỗ trợ tỉnh thực hiện Nghị định 67": decrees are Vietnam's
    # (a subject of its own makes it another document: "Với vai trò Ủy viên … Hội đồng
    # Bảo an, Việt Nam tiếp tục thực hiện Nghị quyết 22 về hội nhập quốc tế")
    before = P.FOREIGN_ORGAN_BODY if by_only else P.FOREIGN_ORGAN
    if it.title is None and before.search(
            t, _sentence_start(t, it.start, P.FOREIGN_WINDOW), it.start):
        return True
    hi = min(len(t), it.end + P.FOREIGN_WINDOW)
    end = P.SENTENCE_BREAK.search(t, it.end, hi)
    hi = end.start() if end else hi
    subject = t.find(" về ", it.end, hi)  # the organ in its subject is what it is about
    return P.FOREIGN_ORGAN_BODY.search(t, it.end, subject if subject >= 0 else hi) is not None


def _foreign(t: str, start: int, end: int, known: bool = True) -> bool:
    """A law of another country ("Luật Chống độc quyền của Mỹ", "Luật An toàn giao
    thông đường bộ Malaysia") or of a convention ("Công ước … về Luật Biển năm 1982");
    a name no Vietnamese law has, in a sentence about another country ("Washington …
    trợ cấp theo Luật Chip bán dẫn và Khoa học")."""
    # (a foreign organ inside a name the table knows is the name's: "Luật Tham gia lực
    # lượng gìn giữ hòa bình của Liên hợp quốc")
    if (P.FOREIGN_AFTER.match(t, end) or (not known and P.FOREIGN_TAIL.search(t, start, end))
            or P.FOREIGN_BEFORE.search(t, max(0, start - P.FOREIGN_WINDOW), start)):
        return True
    if known:
        return False
    return P.FOREIGN_IN_SENTENCE.search(
        t, _sentence_start(t, start, P.FOREIGN_WINDOW * 3), start) is not None


def _sentence_start(t: str, pos: int, window: int,
                    breaks: re.Pattern = P.SENTENCE_BREAK) -> int:
    """Where the sentence holding `pos` begins, looking back at most `window` (sentences
    as `breaks` ends them)."""
    lo = max(0, pos - window)
    brk = None
    for brk in breaks.finditer(t, lo, pos):
        pass
    return brk.end() if brk else lo


def _amending_law(t: str, m: re.Match) -> tuple[str, int, tuple[str, str] | None] | None:
    """"Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y": the whole title, one
    document (the amending law), where it ends, and the last law it amends (name,
    type); None when m is not one."""
    a = P.AMENDING.match(t, m.start("name"))
    if a is None:
        return None
    end = amended = None
    pos = a.end()
    # The title as the law table spells the laws it amends ("… của Luật Hoạt động giám
    # sát của Quốc hội và HĐND" is "… và Hội đồng nhân dân"), the comma of "sửa đổi,
    # bổ sung" written, the last two joined by "và" as the Assembly titles them: one
    # bill, one key, however the press spells or joins its title.
    names: list[str] = []
    elided = False  # an item named its law without "Luật"
    while True:
        inner = P.NAMED.match(t, pos)
        if inner is not None and inner.group("kind"):
            found = _law_name(t, inner, False)
            kind, dtype = vocab.NAMED_KINDS[_WS.sub(" ", inner.group("kind").lower())]
        elif end is not None and (found := _elided_name(t, pos)) is not None:
            # "… của luật Đất đai 2024, Nhà ở 2023, Kinh doanh bất động sản 2023 và …"
            inner, kind, dtype = None, "Luật", "law"
        elif end is None and (c := P.CODE_ABBREVIATION.match(t, pos)) is not None:
            # "Luật sửa đổi, bổ sung một số điều của BLHS năm 2015": a code by its
            # abbreviation
            law = _laws.code_abbreviations()[c.group()]
            kind, dtype = _laws.KIND_WORDS[law.kind], law.kind
            inner, found = None, (law.name.removeprefix(f"{kind} "), c.end())
        else:
            break
        if found is None or (end is not None and P.DRAFT_AFTER.match(t, found[1])):
            break  # "…, Luật Điện lực (sửa đổi)": the next item is a bill of its own
        end = found[1]
        amended = (f"{kind} {found[0]}", dtype)
        names.append(official_law_name(amended[0]))
        elided = elided or kind == "Luật" and inner is None
        if sfx := P.AMENDED_AFTER.match(t, end):
            # "… của Luật Đất đai sửa đổi, Luật Nhà ở sửa đổi, …": the laws of 2023-24
            # as the press called them, each amended by it, none a bill of its own
            end = sfx.end()
        more = P.AMENDED_MORE.match(t, end) or P.ELIDED_JOIN.match(t, end)
        if more is None and (after := P.NAMED_YEAR.match(t, end)):
            # the version of a law it amends, in a list that names laws without "Luật"
            # (not "… của Luật Đất đai năm 2001, Luật Đất đai năm 2003": two laws)
            nxt = P.AMENDED_MORE.match(t, after.end()) or P.ELIDED_JOIN.match(t, after.end())
            if nxt is not None and (elided or _elided_name(t, nxt.end()) is not None):
                end, more = after.end(), nxt
        if more is None:
            break
        pos = more.end()
    if end is None:
        if (c := P.AMENDED_COUNT.match(t, a.end())) is None:
            return None
        rel = "có liên quan đến" if "liên" in c.group("rel") else "về"
        what = _WS.sub(" ", c.group("what"))
        return f"{_amending_words(a)} {c.group('n')} luật {rel} {what}", c.end(), None
    listed = ", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else names[0]
    return f"{_amending_words(a)} {listed}", end, amended


def _amending_words(a: re.Match) -> str:
    """ "sửa đổi bổ sung một số điều" (any case, spacing or comma, "của" or not) as the
    National Assembly writes it: "sửa đổi, bổ sung một số điều của"."""
    return amending_words(a.group())


def _law_name(t: str, m: re.Match, draft: bool = False) -> tuple[str, int] | None:
    """The name after "Luật"/"Bộ luật"/"Pháp lệnh" and where it ends, or None.

    A listed name (vocab.LAW_NAMES) ends where the list says and is written as listed,
    so "Bộ Luật dân sự" and "Bộ luật Dân sự" are one document; an unlisted one needs a
    capital and ends at its first stop word.
    """
    start = m.start("name")
    words = list(_NAME_WORD.finditer(t, start, m.end("name")))
    low = [w.group().lower() for w in words]
    known = P.LAW_NAME.match(t, start)
    if not known and len(low) > 1 and f"{low[0]} {low[1]}" in vocab.NAME_STOP_PHRASES:
        return None  # "Luật Sửa đổi các luật …": no one law named
    lower_kind = m.group("kind")[0].islower()
    # "kỷ luật Đoàn", "pháp luật Việt Nam": "luật" inside another word; "dự luật X" is a bill
    # (in a heading in capitals too: "XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM")
    if ((lower_kind or m.group("kind").isupper()) and not draft
            and P.LUAT_COMPOUND_BEFORE.search(t, max(0, m.start() - 8), m.start())):
        return None
    if known:
        name, end = _LAW_CANON[_WS.sub(" ", known.group().lower())], known.end()
        # "theo luật dân sự": a common noun, unless a year or number pins a law down
        if (lower_kind and not draft and m.group("kind").lower() == "luật"
                and _WS.sub(" ", known.group()) in vocab.LEGAL_FIELDS
                and not P.NAMED_YEAR.match(t, end) and not P.NAMED_SYMBOL.match(t, end)):
            return None
        # "Luật Giáo dục ĐH", "Luật Thuế TNDN" (not in a heading in capitals, whose next
        # word is no abbreviation: "LUẬT CÁC TỔ CHỨC TÍN DỤNG NĂM 2024")
        extra = None if m.group("kind").isupper() else P.NAME_ABBREVIATION.match(t, end)
        if extra:
            name, end = f"{name} {extra.group(1)}", extra.end()
        return name, end
    # An unlisted name needs capitals: "Luật Chăn nuôi" is a law; "Luật sư A",
    # "Nhóm luật Phúc thẩm California" are not.
    if lower_kind or not words[0].group()[0].isupper() or low[0] in vocab.NAME_STOP_WORDS:
        return None  # "dự án Luật  Ngày 24-5 …": a heading, not a name
    if is_abbreviation(words[0].group()) and name_is_known(f"{m.group('kind')} {low[0]}"):
        # "Luật BHYT thuộc thẩm quyền …", "Luật TDTT cơ bản có …": the table's
        # abbreviation is the whole name
        return words[0].group(), words[0].end()
    if _WS.sub(" ", m.group("kind").lower()) == "bộ luật":
        return None  # every code is listed: "… dự thảo Bộ luật Hình" is a cut-off text
    keep = 1
    while keep < len(words):
        w = low[keep]
        gap = t[words[keep - 1].end():words[keep].start()]
        if "," in gap and w not in vocab.NAME_COMMA_NEXT:
            break
        if w == "và":
            if keep + 1 < len(words) and low[keep + 1] in vocab.NAME_AND_NEXT:
                keep += 2
                continue
            break
        if w in vocab.NAME_STOP_WORDS:
            break
        if keep + 1 < len(words) and f"{w} {low[keep + 1]}" in vocab.NAME_STOP_PHRASES:
            break
        keep += 1
    # every word a capital: a proper name, a law firm's ("Luật Việt An sẽ cập nhật …",
    # "theo Luật Minh Khuê"); a law's name runs on in lower case ("Luật Chăn nuôi"), and
    # the laws named after a place are listed
    if keep > 1 and all(w.group()[0].isupper() for w in words[:keep]):
        return None
    end = words[keep - 1].end()
    return _WS.sub(" ", t[start:end]), end


# --- context -------------------------------------------------------------------------------

def _body(match: re.Match) -> tuple[str, str]:
    """(issuer code, body name) of a BODY match (or BEFORE's office)."""
    if "office" in match.re.groupindex and match.group("office"):
        return _BODY_LOOKUP[_WS.sub(" ", match.group("office")).lower()]
    if match.group("conf"):
        return vocab.CONFERENCE_BODY
    issuer, name = _BODY_LOOKUP[_WS.sub(" ", match.group("bname")).lower()]
    place = _WS.sub(" ", match.group("place")).strip()
    if place and issuer in vocab.PLACE_ISSUERS:
        return issuer, f"{name} {place}"
    return issuer, name


def _date_in_year(day: int, month: int, published: _dt.date) -> tuple[str | None, int | None]:
    """"ngày 29-10" in an article of 2024-11-07: the last such day on or before
    publication (a document is cited after it is issued)."""
    for year in (published.year, published.year - 1):
        try:
            d = _dt.date(year, month, day)
        except ValueError:
            return None, None
        if d <= published:
            return d.isoformat(), year
    return None, None


def _take_day_month(f: _Found, day: str, month: str, published: _dt.date | None,
                    number_year: int | None) -> None:
    """f's date from a day written without its year (_day_month), and its year if that
    gives one."""
    f.date, y = _day_month(int(day), int(month), published, number_year)
    f.year = f.year if y is None else y


def _number_year(items: list[_Mention]) -> int | None:
    """The year a lone citation's number carries, for a day written without one."""
    return items[-1].year_in_number if len(items) == 1 else None


def _day_month(day: int, month: int, published: _dt.date | None, number_year: int | None
               ) -> tuple[str | None, int | None]:
    """A day written without its year ("ngày 9/5", "Ngày 31/12, …"): in the year the
    document's number carries, else the last such day on or before the text's
    publication; (None, None) when neither is known."""
    if number_year is not None:
        return _iso(number_year, month, day), number_year
    if published is not None:
        return _date_in_year(day, month, published)
    return None, None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date(m: re.Match) -> tuple[str | None, int]:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y1")) if m.group("d") else (
        m.group("d2"), m.group("m2"), m.group("y2"))
    y = int(y)
    # ("ngày 29/2/2006" is a typo in the source: no date, but the year holds)
    return _iso(y, int(mo), int(d)), y


@dataclass(slots=True)
class _Found:
    """What the words around a run of citations say of it, gathered phase by phase
    (after it, its subject, before it, a description it closes): a phase fills only
    what the ones before it left unknown."""

    pos: int                     # where the words after the run were read up to
    date: str | None = None
    year: int | None = None
    issuer: str | None = None
    body: str | None = None
    title: str | None = None
    own_day: bool = False        # a law's own day of passing, written as laws cite laws


def _context(t: str, items: list[_Mention], published: _dt.date | None = None) -> None:
    """Date, body and subject from the words after the last item (and before the first)."""
    f = _Found(items[-1].end)
    _tail(t, items, published, f)
    _subject_after(t, items, f, published)
    if f.date is None and len(items) == 1 and items[0].form != "named":
        _issued_later(t, items, f, published)
    _before(t, items, published, f)
    _described(t, items, published, f)
    # last, where nothing else named it: "Trong Thông tư 29/2024, Bộ GD&ĐT quy định rõ …";
    # which Party organ a /TW symbol is: "tại Quyết định số 328-QĐ/TW, Bộ Chính trị quyết
    # định thành lập …"
    last = items[-1]
    if (f.body is None and all(it.type == "resolution" and it.issuer is None for it in items)
            and t.find(":", max(0, items[0].start - P.CONFERENCE_LIST_WINDOW),
                       items[0].start) >= 0
            and P.CONFERENCE_LIST.search(
                t, max(0, items[0].start - P.CONFERENCE_LIST_WINDOW), items[0].start)):
        f.issuer, f.body = vocab.CONFERENCE_BODY
    ministry = last.type in vocab.MINISTRY_TYPES and last.issuer is None
    if (f.body is None and (ministry or all(it.issuer == "TW" for it in items))
            and (b := P.NEXT_CLAUSE_BODY.match(t, last.end))):
        issuer, body = _body(b)
        if ministry or issuer == "TW":
            f.issuer, f.body = issuer, body
    _apply(items, f)


def _tail(t: str, items: list[_Mention], published: _dt.date | None, f: _Found) -> None:
    """The date, the body and the year written right after the run, in any order, and a
    document's own header date ("Số: 223/NQ-CP | Hà Nội, ngày 31 tháng 7 năm 2025")."""
    pos = f.pos
    named = items[-1].form == "named"
    last = items[-1]
    if (last.form == "full" and last.year is None and last.base is not None
            and (m := P.TAIL_BARE_YEAR.match(t, pos))):
        f.year = int(m.group("y"))
        pos = m.end()
    for _ in range(4):
        m = P.TAIL_DATE.match(t, pos)
        # (after a law's name, only a date _law_day says is the law's)
        if m and f.date is None and (not named or (day := _law_day(t, items[-1], m))):
            f.date, f.year = _date(m)
            f.own_day = named and day == "own"
            pos = m.end()
            continue
        m = P.TAIL_DATE_BRACKET.match(t, pos) if not named else None
        if m and f.date is None:
            f.date, f.year = _date(m)
            pos = m.end()
            continue
        m = P.TAIL_BODY.match(t, pos)
        if m and f.body is None:
            f.issuer, f.body = _body(m)
            pos = m.end()
            if more := P.TAIL_MORE_BODY.match(t, pos):
                pos = more.end()
                f.body = _joint(f.issuer, f.body, more)
            if alias := P.TAIL_BODY_ALIAS.match(t, pos):
                pos = alias.end()
            continue
        m = P.TAIL_CLOSE_BRACKET.match(t, pos)
        if m and _opened_before(t, items[0].start):
            pos = m.end()
            continue
        m = P.TAIL_ALIAS.match(t, pos)
        if m and m.group("n") == items[-1].number:
            pos = m.end()  # the alias is a mention of its own, found after this one
            continue
        m = P.TAIL_OTHER_BODY.match(t, pos) or P.TAIL_OTHER_BODY_END.match(t, pos)
        if m and f.body is None:
            # "của Bộ về …": the Ministry the article spoke of, not a body's name
            if m.group("other") not in vocab.ANAPHORIC_ORGANS:
                f.body = _WS.sub(" ", m.group("other"))
            pos = m.end()
            continue
        m = P.TAIL_PLACE_OWNER.match(t, pos)
        if m and f.body is None:
            if (issuer := vocab.PLACE_OWNED_TYPES.get(last.type)) is not None:
                f.issuer = issuer
                f.body = f"{issuer_body(issuer)} {_WS.sub(' ', m.group('place'))}"
            pos = m.end()
            continue
        m = P.TAIL_DAY_MONTH.match(t, pos)
        if m and f.date is None and not named:
            # (with no year known, the day is passed over to the subject: "Kết luận số
            # 178 ban hành ngày 17/7 về …")
            _take_day_month(f, m["d"], m["m"], published, _number_year(items))
            pos = m.end()
            continue
        m = P.TAIL_MONTH.match(t, pos) or P.TAIL_YEAR_BRACKET.match(t, pos)
        if m and f.year is None and not P.opens_next_clause(t, m.group(), m.end()):
            f.year = int(m.group("y"))
            pos = m.end()
            continue
        m = (P.TAIL_FILLER.match(t, pos) or P.TAIL_NOTE.match(t, pos)
             or P.TAIL_SENT_TO.match(t, pos))
        if m:
            pos = m.end()
            continue
        break
    if (f.date is None and len(items) == 1 and items[0].form == "full"
            and P.HEADER_NUMBER_BEFORE.search(t, max(0, items[0].start - 8), items[0].start)
            and (h := P.HEADER_DATE.match(t, pos))):
        f.date, f.year = _date(h)
        pos = h.end()
    f.pos = pos


def _subject_after(t: str, items: list[_Mention], f: _Found,
                   published: _dt.date | None = None) -> None:
    """The subject clause ("về …", or a quoted title) where the tail ends, and the
    issuer named at its end ("… của Bộ Chính trị") or after it ("thông tư 41 về … được
    Bộ Y tế ban hành")."""
    if items[-1].name is not None:  # a law's name is its title; "về …" after it speaks
        return                      # of its provisions
    m = P.SUBJECT_START.match(t, f.pos)
    # ("Điều 8 Thông tư 297/2016/TT-BTC (ngày 15/11/2016) quy định về …" is what the
    # article provides; but with the decree's body between, "Điều 36 Nghị định số
    # 33/2017/NĐ-CP ngày 3/4/2017 của Chính phủ quy định về …" is the decree's own title)
    if m and m.group("rule") and "của" not in t[items[-1].end:f.pos] and P.PART_BEFORE.search(
            t, max(0, items[0].start - P.PART_WINDOW), items[0].start):
        m = None
    if m:
        f.title, after = _subject(t, m)
        if (f.title and "," in f.title
                and (P.MAIN_VERB_AFTER.match(t, after)
                     or P.MAIN_VERB_IN.search(f.title, f.title.rfind(",")))
                and _opening_phrase(t, items[0].start)):
            # "Theo Thông tư 29/2024/TT-BGDĐT về dạy thêm, học thêm, giáo viên không …":
            # the phrase the sentence opens with ends at its last comma, where the main
            # clause's verb ended the subject
            f.title = f.title[:f.title.rfind(",")].rstrip() or None
        if f.title and (num := items[-1].number) and " và " in f.title:
            # "… trong tình hình mới và Chương trình hành động thực hiện Nghị quyết số
            # 59-NQ/TW": the second item carries out this document; no part of its title
            for a in P.AND_TYPE_WORD.finditer(f.title):
                if any(d.group().lstrip("0") == num
                       for d in _DIGITS.finditer(f.title, a.end())):
                    f.title = f.title[:a.start()].rstrip(" ,") or None
                    break
        if f.title and (o := P.SUBJECT_OWNER.fullmatch(f.title,
                                                       max(0, f.title.rfind(" của ") + 1))):
            _subject_owner(items[-1], f, o)
    elif q := P.QUOTED_TITLE.match(t, f.pos):
        f.title, after = q.group("q").strip(), q.end()
    else:
        return
    issued = False  # "… được Bộ Chính trị ban hành": the day may follow
    if ((f.body is None or f.date is None) and (b := P.TAIL_BODY.match(t, after))
            and (f.body is None or b.group("passive"))):
        if f.body is None:
            f.issuer, f.body = _body(b)
        if b.group("passive"):
            after, issued = b.end(), True
    elif f.body is None and (b := P.ON_BEHALF_AFTER.match(t, after)):
        # "Quy định 102-QĐ/TW về … vừa được chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Quốc
        # Vượng thay mặt Bộ Chính trị ký ban hành": the body signed for
        f.issuer, f.body = _body(b)
        after, issued = b.end(), True
    # "Quy định số 131-QĐ/TW về …, được ban hành vào ngày 27/10/2023, đã …"
    # (or in brackets after it: "… về số lượng và việc phân bổ đại biểu (ngày 23-7-2025)";
    # or after its issuer: "… về một số giải pháp đột phá … được Bộ Chính trị ban hành ngày
    # 9/9/2025")
    # (not where the subject names another document, whose day it then is: "… thay thế
    # Chỉ thị của Ban Bí thư được ban hành ngày 8/12/2017")
    if f.date is not None or (f.title is not None
                              and P.TYPE_WORD_BETWEEN.search(f.title) is not None):
        return
    if (d := P.TAIL_DATE.match(t, after)) and (d.group("verb") or "(" in d.group() or issued):
        f.date, f.year = _date(d)
    elif issued and (d := P.TAIL_DAY_MONTH.match(t, after)):
        # "… vừa được Chính phủ ban hành ngày 9/11": the year the article's
        _take_day_month(f, d["d"], d["m"], published, _number_year(items))


def _opened_before(t: str, start: int) -> bool:
    """Whether a bracket opened shortly before `start` is still open there, holding
    only a list of documents up to it ("3 Nghị quyết (Nghị quyết 15, Nghị quyết 06 và
    …")."""
    lo = max(0, start - P.OPEN_BRACKET_WINDOW)
    opened = t.rfind("(", lo, start)
    # (a list: another item before this one; one citation alone in brackets is an
    # aside, "khung pháp lý (Quyết định số 1005/2008) về …", or an alias)
    return (opened >= 0 and t.find(")", opened, start) < 0
            and (t.find(",", opened, start) >= 0 or t.find(" và ", opened, start) >= 0)
            and P.LIST_IN_BRACKET.fullmatch(t, opened + 1, start) is not None)


def _opening_phrase(t: str, start: int) -> bool:
    """Whether the citation at `start` is in the phrase its sentence opens with ("Theo
    …", "Căn cứ …", "Tại …"), no comma having closed that phrase before it."""
    lo = max(0, start - P.INTRO_WINDOW)
    opens = max(t.rfind(c, lo, start) for c in ".!?;\n") + 1
    if opens == 0 and lo > 0:
        return False  # a sentence longer than the window: too far to tell
    head = P.INTRO_OPENER.match(t, opens, start)
    return head is not None and "," not in P.BOTH_AMENDING_VERBS.sub(
        "", t[head.end():start])


def _issued_later(t: str, items: list[_Mention], f: _Found, published: _dt.date | None
                  ) -> None:
    """The day of issue later in the sentence ("… quy định xử phạt …; trừ điểm, phục hồi
    điểm giấy phép lái xe được ký ban hành ngày 26/12/2024"), with no number between; a
    day without its year in the year of the number or of the article (_day_month). Read
    from where the words after the run were read up to, else from the run's end: the
    signer may follow a body the tail read ("… do Phó Thủ tướng | Trần Hồng Hà ký ngày
    15/7/2024")."""
    for lo in dict.fromkeys((f.pos, items[-1].end)):
        end = min(len(t), lo + P.ISSUED_LATER_WINDOW)
        # (most citations: C-speed finds say so)
        if t.find("hành", lo, end) < 0 and t.find("ký", lo, end) < 0:
            continue
        if (stop := P.SENTENCE_STOP.search(t, lo, end)) is not None:
            end = stop.start()
        # (not another document's day: no number, no type word between; "… thay thế Chỉ
        # thị của Ban Bí thư được ban hành ngày 8/12/2017" is the directive's)
        if ((m := P.ISSUED_LATER.search(t, lo, end)) is not None
                and P.NUMBER_BETWEEN.search(t, lo, m.start()) is None
                and P.TYPE_WORD_BETWEEN.search(t, lo, m.start()) is None):
            if m.group("dd") is None:
                f.date, f.year = _date(m)
            else:
                _take_day_month(f, m.group("dd"), m.group("mm"), published,
                                _number_year(items))
            return


def _subject_owner(it: _Mention, f: _Found, o: re.Match) -> None:
    """A body closing the subject ("… về đột phá phát triển giáo dục và đào tạo của Bộ
    Chính trị", "… về triển khai giải pháp an toàn … của Ngân hàng Nhà nước") is the
    document's issuer, not its subject's, where it is the State organ the symbol names
    or, a short form's, the Party Centre; taken out of the subject."""
    issuer, body = _body(o)
    if it.issuer is not None:
        # (not the Party Centre's own: "Kết luận 152-KL/TW về … chức năng, nhiệm vụ của
        # Ban Bí thư" is about the Secretariat; its code does not say which body it is)
        if issuer != it.issuer or issuer in vocab.PARTY_ISSUERS:
            return
    elif not (it.type in vocab.PARTY_CENTRE_TYPES and body in vocab.PARTY_CENTRE_BODIES
              and o.group("bname") and not P.CENTRE_ALONE.fullmatch(o.group("bname"))):
        return
    if f.body is None:
        f.issuer, f.body = issuer, body
    f.title = f.title[:o.start()].rstrip()


def _before(t: str, items: list[_Mention], published: _dt.date | None, f: _Found) -> None:
    """The body and date of a sentence that issues the run ("Ngày 31/12, Chính phủ đã
    ban hành …", "Thay mặt Bộ Chính trị, … ký …"), and the owner of "… tại …"."""
    first = items[0]
    # (from the type word a qualified one stands after: "… đã ban hành Thông báo Kết luận
    # số 145-TB/TW", the match beginning at "Kết luận")
    at = first.start
    if stranded := P.OUTER_TYPE_WORD_BEFORE.search(t, max(0, at - P.OUTER_TYPE_WORD_WINDOW), at):
        at = stranded.start()
    verb_before = P.ISSUING_VERB_BEFORE.search(
        t, max(0, at - P.ISSUING_VERB_WINDOW), at) is not None
    lo = max(0, at - P.BEFORE_WINDOW)
    behalf = (P.ON_BEHALF_OF.search(t, lo, at) if verb_before and f.body is None
              else None)
    if behalf and _body(behalf)[0] in vocab.SIGNED_FOR_ISSUERS:
        # the body signed for, not the signer's post: "Thay mặt Bộ Chính trị, Thường
        # trực Ban Bí thư … ký", "thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội
        # … ký"
        f.issuer, f.body = _body(behalf)
    if f.body is None and verb_before:
        b = P.BEFORE.search(t, lo, at)
        if (b and b.group("bname")
                and _body(b)[0] in vocab.ENDS_OTHER_ORGANS and P.ORGAN_HEAD_BEFORE.search(
                    t, max(0, b.start("bname") - P.ORGAN_HEAD_WINDOW), b.start("bname"))):
            b = None  # "Ban Chỉ đạo Trung ương", "Đảng đoàn Quốc hội" are not TW, QH
        if b and b.group("bname") and P.PERSON_POST_BEFORE.search(
                t, max(0, b.start("bname") - P.PERSON_POST_WINDOW), b.start("bname")):
            b = None  # "Thường trực Ban Bí thư ký …": a person's post
        if b:
            f.issuer, f.body = _body(b)
            if b.group("bname") and (j := P.JOINT_BODY_BEFORE.search(
                    t, max(0, b.start("bname") - P.JOINT_BODY_WINDOW), b.start("bname"))):
                # "Bộ Chính trị, Ban Bí thư vừa ban hành …": both, as after it
                f.body = _joint(f.issuer, f.body, j, first=True)
            if f.date is None and (b.group("d") or b.group("d2")):
                f.date, f.year = _date(b)
            elif f.year is None and b.group("y4"):  # "Trong năm 2023, Bộ Tài chính đã ban hành"
                f.year = int(b.group("y4"))
    if f.body is None and behalf:
        f.issuer, f.body = _body(behalf)
    if (f.body is None and P.AT_BEFORE.search(t, max(0, first.start - 8), first.start)
            and (b := P.OWNER_AT_BEFORE.search(t, lo, first.start))
            and first.issuer in (None, _body(b)[0]) and first.type != "notice"
            and first.type not in vocab.TYPE_ISSUER):
        # (not another's: "kết luận của Thủ tướng tại Thông báo số 150/TB-VPCP" is the
        # Government Office's notice of them, whatever its number says)
        f.issuer, f.body = _body(b)
    if f.date is None and verb_before:
        b = P.BEFORE_DATE.search(t, max(0, at - P.BEFORE_DATE_WINDOW), at)
        if b and (b.group("y3") or b.group("y5")):
            f.year = f.year or int(b.group("y3") or b.group("y5"))
        elif b and b.group("d6"):
            # "Ngày 31/12, Chính phủ đã ban hành Nghị định 178/2024/NĐ-CP": the number's
            # year (not a heading's "… từ ngày 1-7" on a line of its own, a day of effect)
            _take_day_month(f, b["d6"], b["m6"], published,
                            first.year if len(items) == 1 and "\n" not in b.group() else None)
        elif b:
            f.date, f.year = _date(b)


def _described(t: str, items: list[_Mention], published: _dt.date | None, f: _Found) -> None:
    """ "Ngày 31/10, … ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về tình hình …
    (Kết luận số 201-KL/TW)": the document described, then its number in brackets, as the
    Party's news agency announces them: the description's body, subject and day."""
    first = items[0]
    if not (len(items) == 1 and first.form == "full" and (f.body is None or f.title is None)
            and P.BRACKET_BEFORE.search(t, max(0, first.start - 40), first.start)
            and (d := P.DESCRIBED_BEFORE.search(
                t, max(0, first.start - P.DESCRIBED_WINDOW), first.start))
            and _TYPE_WORDS.get(_WS.sub(" ", d.group("tw").lower())) == first.type):
        return
    if f.body is None:
        f.issuer, f.body = _body(d)
        if more := P.TAIL_MORE_BODY.match(t, d.end("bname") if d.group("bname")
                                          else d.end("conf")):
            f.body = _joint(f.issuer, f.body, more)
    if f.title is None:
        f.title = _WS.sub(" ", d.group("about")).strip()
    opens = max(t.rfind(".", 0, d.start()), t.rfind("\n", 0, d.start())) + 1
    if blank := _WS.match(t, opens):
        opens = blank.end()
    if f.date is None and (b := P.LEAD_DAY.match(t, opens)):
        if b.group("d6"):
            _take_day_month(f, b["d6"], b["m6"], published, None)
        elif b.group("d") or b.group("d2"):
            f.date, f.year = _date(b)


def _apply(items: list[_Mention], f: _Found) -> None:
    """What was found, onto each item of the run (the subject onto the last)."""
    for it in items:
        if it.form == "named":
            # (only the Assembly's: "… Luật Bảo hiểm y tế do Bộ trưởng Bộ Y tế ban hành"
            # speaks of the circular before it)
            if f.body is not None and f.issuer in vocab.LAW_SYMBOL_ISSUERS:
                it.body = f.body
            # ("… Luật Thi hành tạm giữ, tạm giam 2015 được thông qua ngày 20/6/2017": the
            # day is another's, the resolution the list of laws is the subject of)
            if f.date and (it.year is None or f.year in (None, it.year)):
                it.date = f.date
                # "Luật Đất đai (sửa đổi) được Quốc hội thông qua ngày 18/1/2024": the
                # version of that year, where the table lists one (else the date is an
                # amending law's, and the law's version is not known)
                if it.year is None and (law_version(it.name, f.year) is not None
                                        or (f.own_day and it is items[-1])):
                    it.year = f.year
            continue
        # (a day of another year than the one its number carries is another document's:
        # "Nghị định số 70/2025/NĐ-CP sửa đổi … Nghị định số 123/2020/NĐ-CP quy định về
        # hóa đơn, chứng từ được Chính phủ ban hành ngày 20/3/2025")
        other_year = bool(f.year and it.year_in_number and f.year != it.year_in_number)
        if f.date and not other_year:
            it.date = f.date
        if f.year and it.year is None:
            it.year = f.year
        it.body_issuer, it.body = _issuer_of_type(f.issuer, f.body, it.type)
        if it is items[-1]:
            it.title = f.title


def _subject(t: str, m: re.Match) -> tuple[str | None, int]:
    """The subject clause a SUBJECT_START match opens, and where it ends."""
    s = m.start("ve") if m.group("ve") else m.start("ve2")
    if q := P.SUBJECT_QUOTED.match(t, m.end()):
        return t[s:q.end()], q.end()
    limit = min(len(t), m.end() + P.SUBJECT_MAX)
    e = P.SUBJECT_END.search(t, m.end(), limit)
    while e and ((ab := P.SUBJECT_ABBREVIATION.match(t, e.start()))
                 or _joins_names(t, e.start(), e.end())):
        e = P.SUBJECT_END.search(t, ab.end() if ab else e.end(), limit)
    end = e.start() if e else limit
    v = P.SUBJECT_VERB_END.search(t, m.end() + P.SUBJECT_VERB_MIN, end)
    while v and ((v.group("copula") and P.SUBJECT_NAMING.search(t, m.end(), v.start()))
                 or (t.startswith("nhằm", v.end() - 4) and _purpose_kept(t, m.end(), v.start()))
                 # ("về thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển
                 # hệ thống mạng lưới đường sắt đô thị …": the mechanisms' purpose)
                 or (t.startswith("để", v.end() - 2)
                     and P.SUBJECT_GENERIC_IN.search(t, m.end(), v.start()) is not None)):
        v = P.SUBJECT_VERB_END.search(t, v.end(), end)
    if v:
        end = v.start()
    elif e is None and limit < len(t):  # cut at a word boundary (not at the text's end)
        sp = t.rfind(" ", m.end(), end)
        end = sp if sp > m.end() else end
    title = _WS.sub(" ", t[s:end]).strip().rstrip(",")
    # (a closing quote the subject never opened closes a quotation around the citation,
    # and the subject with it: 'chuyên đề "… Nghị quyết 68 … về phát triển kinh tế tư
    # nhân"', '“Việc quyết toán thực hiện theo Thông tư số 9 năm 2016 … về quyết toán dự
    # án hoàn thành thuộc nguồn vốn Nhà nước”, văn bản nêu')
    # (either opening quote may pair with a curly closing one: 'về "Lãnh đạo … mới”')
    close = title.find("”")
    if close >= 0:
        if "“" not in title[:close] and '"' not in title[:close]:
            title = title[:close].rstrip(" ,")
    elif title.count('"') % 2 and "“" not in title:
        title = title[:title.rfind('"')].rstrip(" ,")
    while (cut := title.rsplit(" ", 1))[-1] in vocab.SUBJECT_DANGLING_WORDS and len(cut) == 2:
        title = cut[0].rstrip(",")
    if title.endswith(")") and P.SUBJECT_LAST_ABBREVIATION.fullmatch(
            title, i := max(0, title.rfind("("))):
        title = title[:i].rstrip()
    title = title or None
    if title and (len(title) <= 4 or P.SUBJECT_POINTING_BACK.fullmatch(title)):
        title = None
    return title, end


def _joins_names(t: str, start: int, end: int) -> bool:
    """Whether the end of a subject found at start:end is a dash between two names, a
    route's ends ("… dự án đường cao tốc Hòa Bình - Mộc Châu"), not a break before
    another clause."""
    if t[start:end].strip() != "-" or end >= len(t) or not t[end].isupper():
        return False
    word = t[max(0, start - 30):start].rsplit(None, 1)
    return bool(word) and word[-1][:1].isupper()


def _purpose_kept(t: str, start: int, nham: int) -> bool:
    """Whether "nhằm …" at `nham` is the purpose of a subject's generic head, its own
    ("về một số cơ chế, chính sách đặc biệt nhằm …", "… nhiệm vụ, giải pháp nhằm …")."""
    return (P.SUBJECT_GENERIC_HEAD.match(t, start) is not None
            or P.SUBJECT_GENERIC_BEFORE.search(
                t, max(start, nham - P.SUBJECT_GENERIC_WINDOW), nham) is not None)


def _joint(issuer: str | None, body: str | None, other: re.Match, first: bool = False
           ) -> str | None:
    """The Party Centre's bodies issuing one document together ("Kết luận số 191 của Bộ
    Chính trị, Ban Bí thư"): one body named by both, in the text's order; another
    body named beside it stays apart."""
    if issuer != "TW" or body is None or other.group("bname") is None:
        return body
    o_issuer, o_body = _body(other)
    if o_issuer != "TW" or o_body == body or not {body, o_body} <= vocab.PARTY_CENTRE_BODIES:
        return body
    return f"{o_body}, {body}" if first else f"{body}, {o_body}"


def _issuer_of_type(issuer: str | None, body: str | None, dtype: str | None
                    ) -> tuple[str | None, str | None]:
    """The issuer and body the text names, for a document of `dtype`: "Nghị quyết 19 …
    của Thủ tướng" is the Government's (vocab.ISSUED_INSTEAD); none where the type rules
    the organ out and no other is known."""
    if dtype not in vocab.NOT_ISSUED_BY.get(issuer, ()):
        return issuer, body
    instead = vocab.ISSUED_INSTEAD.get((issuer, dtype))
    return (instead, issuer_body(instead)) if instead else (None, None)


# --- relations -----------------------------------------------------------------------------

def _runs(t: str, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions grouped into coordinated runs: a list ("18-NQ/TW, 19-NQ/TW") or
    citations joined by commas and "và" ("Nghị định 43/2014/NĐ-CP và Nghị định 44/…")."""
    runs: list[list[_Mention]] = []
    for m in mentions:
        if runs and (m.group == runs[-1][-1].group
                     or P.COORDINATION.fullmatch(t, runs[-1][-1].end, m.start)):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _part_commas_out(tail: str) -> str:
    """The words between a trigger and its object, less the commas of a part's
    reference ("khoản 5, Điều 2, Thông tư …")."""
    return P.PART_END_COMMA.sub("", P.PART_COMMA.sub("", tail))


def _link(t: str, run: list[_Mention], nxt: list[_Mention]) -> tuple[str, bool] | None:
    """(kind, passive) of "A <trigger> B", run A and the run B after it; None when no
    trigger links them."""
    a_end, b_start = run[-1].end, nxt[0].start
    # (whom a letter went to, before its subject, is passed over, its semicolons too:
    # "Công văn số 1814/BNV-TCBC gửi các bộ, …; Ủy ban nhân dân tỉnh … về việc hướng
    # dẫn thực hiện Nghị định số 178/2024/NĐ-CP")
    if sent := P.TAIL_SENT_TO.match(t, a_end, b_start):
        a_end = sent.end()
    if P.SENTENCE_BREAK.search(t, a_end, b_start) or P.COLON_BREAK.search(t, a_end, b_start):
        return None
    # the first trigger after A: "Thông tư 21 hướng dẫn việc thực hiện … tại Nghị
    # định 111" is a guide, whatever words follow
    best = P.TRIGGER.search(t, a_end, b_start)
    if (best is None or not _points_at(t, best, b_start)
            or P.OTHER_SUBJECT.search(t, a_end, best.start())):
        return None
    # "A <trigger> B" with nothing but A's own subject clause (or a comma right
    # before the trigger) between A and the trigger
    lead = P.RELATION_ASIDE.sub("", t[a_end:best.start()])
    lead = _without_adverbs(lead)
    title = run[-1].title
    # (its subject, and what is said of it after: "Nghị định 147 về Quản lý, cung cấp
    # … được Chính phủ ban hành cuối tuần qua, thay thế …"; or the trigger is the
    # subject's own: "Kết luận số 91-KL/TW, ngày 12/8/2024, về tiếp tục thực hiện …")
    in_title = title is not None and (
        "," not in lead.replace(title, "").rstrip().rstrip(",")
        or title.startswith(lead.strip().strip(",").strip()))
    if "," in lead.rstrip().rstrip(",") and not in_title:
        return None
    kind, passive = _kind_of(t, best)
    if kind == "implements" and lead.rstrip().endswith(",") and not in_title:
        # "sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW, triển khai Kết luận số 01-KL/TW":
        # two things done, not one document carrying out the other
        return None
    return kind, passive


def _opens_sentence(t: str, at: int) -> bool:
    """Whether a sentence opens at `at`: the text's start, or a stop before it."""
    lo = max(0, at - P.SENTENCE_OPENS_WINDOW)
    if lo == 0 and not t[:at].strip(" \t-–•*“\""):
        return True
    return P.SENTENCE_OPENS_BEFORE.search(t, lo, at) is not None


def _without_adverbs(lead: str) -> str:
    """`lead` less the adverbs that end it (vocab.LEAD_ADVERBS: "…, đã " before "thay
    thế"), word by word from its end (a pattern anchored at the end would be tried at
    every blank of a long run)."""
    lead = lead.rstrip()
    while True:
        parts = lead.rsplit(None, 2)
        if len(parts) >= 2 and " ".join(parts[-2:]) in vocab.LEAD_ADVERBS:
            lead = lead[:len(lead) - len(parts[-1])].rstrip()
            lead = lead[:len(lead) - len(parts[-2])].rstrip()
        elif parts and parts[-1] in vocab.LEAD_ADVERBS:
            lead = lead[:len(lead) - len(parts[-1])].rstrip()
        else:
            return lead


def _points_at(t: str, best: re.Match, b_start: int) -> bool:
    """Whether trigger `best` points at the document starting at `b_start`: only words
    of a part's reference and the like between ("sửa đổi, bổ sung khoản 5, Điều 2,
    …"), and no other object ("… một số nghị định …")."""
    gap = b_start - best.end()
    return ((gap <= P.TRIGGER_TAIL_MAX and P.TRIGGER_TAIL.fullmatch(
                _part_commas_out(t[best.end():b_start])) is not None
             # (amending or replacing only: "… gắn với việc thực hiện Quy chế bổ nhiệm
             # cán bộ (ban hành kèm theo Quyết định số 68-QĐ/TW …)" is two things done)
             or gap <= P.ATTACHED_TAIL_MAX and P.ATTACHED_TAIL.fullmatch(
                t, best.end(), b_start) is not None
             and _kind_of(t, best)[0] in ("amends", "replaces"))
            and P.OTHER_OBJECT.search(t, best.end(), b_start) is None)


def _kind_of(t: str, best: re.Match) -> tuple[str, bool]:
    """(kind, passive) of trigger `best`: "được sửa đổi bởi", "sửa đổi tại" point back."""
    kind = vocab.RELATION_TRIGGERS[_WS.sub(" ", best.group("trig").lower())]
    # ("(sửa đổi, bổ sung theo Nghị định số 88/2017/NĐ-CP)": by it, as "tại"/"bởi";
    # not "thực hiện theo …", which is the source's own doing)
    passive = (best.group("passive") is not None or best.group("passive_after") is not None
               or (kind == "amends" and P.BY_THEO.match(t, best.end()) is not None))
    return kind, passive


def _relations(t: str, mentions: list[_Mention]) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def add(src: _Mention, dst: _Mention, kind: str, s: int, e: int) -> None:
        # one document, or two versions of one law; but a new version replaces the old
        # ("Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 thay thế cho Luật Bảo
        # vệ quyền lợi người tiêu dùng số 59/2010/QH12")
        if src.key == dst.key or (src.name is not None and src.name == dst.name and not (
                kind == "replaces" and src.year and dst.year and src.year > dst.year)):
            return
        # (a Party document amends, replaces or guides no State one: "thể chế hóa Kết
        # luận số 119-KL/TW về việc “sửa đổi Luật Ban hành văn bản …”" quotes its subject)
        if (kind != "implements" and src.issuer in vocab.PARTY_ISSUERS
                and (dst.name is not None or dst.issuer in vocab.STATE_ISSUERS)):
            return
        # (nor one issued after it: "Kế hoạch số 25-KH/TU ngày 30/11/2016 … thực hiện Kết
        # luận số 100-KL/TW của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017" lists
        # the 2017 conclusion beside the plan)
        if (src.year and dst.year and dst.year > src.year) or (
                src.date and dst.date and dst.date > src.date):
            return
        # (nor one of lower force one of higher: vocab.LEGAL_RANK)
        if kind in ("amends", "replaces") and _outranked(src, dst):
            return
        k = (src.key, dst.key, kind)
        if k not in seen:
            seen.add(k)
            out.append(Relation(src.key, dst.key, kind, s, e))

    runs = _runs(t, mentions)
    links = [_link(t, run, runs[i + 1]) for i, run in enumerate(runs[:-1])] + [None]
    parallel = [k > 0 and len(run) > 1 and links[k] is not None and links[k - 1] is not None
                and run[-1].type == runs[k - 1][-1].type for k, run in enumerate(runs)]
    for i, link in enumerate(links):
        if link is None:
            continue
        kind, passive = link
        run, nxt = runs[i], runs[i + 1]
        # "Nghị định 96 hướng dẫn Luật Khám bệnh, chữa bệnh và Nghị định 24 hướng dẫn Luật
        # Đấu thầu": a run that a trigger points at and that points on at the next, ending
        # with a document of the pointing one's type, is two clauses, its last citation
        # opening the second (but "Thông tư 111 hướng dẫn Luật Thuế TNCN … và Nghị định
        # 65 quy định chi tiết …" guides the decree too)
        if i and parallel[i]:
            run = run[-1:]
        objects = nxt[:-1] if parallel[i + 1] else list(nxt)
        # "Nghị định A … quy định chi tiết một số điều của Luật B (được sửa đổi, bổ sung
        # tại Nghị định C)": a decree amends no law, so C amends A, which the sentence is
        # about and which points at B
        if (passive and i and links[i - 1] is not None and kind in ("amends", "replaces")
                and all(_outranked(dst, src) for src in run for dst in objects)):
            run = runs[i - 1]
        # the object may go on as a list of the same type, each maybe with its date:
        # "sửa đổi, bổ sung Thông tư 39/2014/TT-BTC, Thông tư 26/2015/TT-BTC", "được sửa
        # đổi, bổ sung tại Thông tư 05/2021 ngày 12/3/2021, Thông tư 06/2023 ngày
        # 24/3/2023 và Thông tư 02/2024"
        if links[i + 1] is None:
            for k in range(i + 2, len(runs)):
                later = runs[k]
                if not (links[k - 1] is None and _more_objects(t, kind, objects[-1], later)):
                    break
                objects.extend(later[:-1] if parallel[k] else later)
                if links[k] is not None:
                    break
        for src in run:
            for dst in objects:
                if passive:
                    add(dst, src, kind, src.start, dst.end)
                else:
                    add(src, dst, kind, src.start, dst.end)
    _anaphoric_links(t, mentions, runs, add)
    # "Căn cứ A (và B), … ban hành C": C is based on A (and B), C being the first run
    # after A with an issuing verb before it, unless a sentence break comes first.
    # Found by bisection, not by trying each later run: a long "căn cứ …, căn cứ …"
    # chain made that quadratic in its length (issue 11).
    # "Thực hiện A, … ban hành C": C carries out A, found the same way
    based = [(i, kind) for i, run in enumerate(runs) for kind, before, window in (
                 ("based_on", P.BASED_ON_BEFORE, 20),
                 ("implements", P.IMPLEMENTS_INTRO_BEFORE, P.IMPLEMENTS_INTRO_WINDOW))
             if (b := before.search(t, max(0, run[0].start - window), run[0].start))
             and (kind == "based_on" or _opens_sentence(t, b.start()))]
    if not based:
        return out
    # the documents a page prints whole, by their header ("Số: 97/NQ-HĐND"): _own_header
    headers = [m for m in mentions if m.form == "full" and P.HEADER_NUMBER_BEFORE.search(
        t, max(0, m.start - 8), m.start)]
    starts = [r[0].start for r in runs]
    issued = [k for k, s in enumerate(starts) if P.ISSUED_BEFORE.search(t, max(0, s - 40), s)]
    # A break char right before a run counts whatever follows it: the searches this
    # replaces ended there, where SENTENCE_BREAK's lookahead saw the end of the text.
    edges = [k for k, s in enumerate(starts) if s and P.SENTENCE_BREAK.match(t, s - 1, s)]
    breaks = [m.start() for m in P.SENTENCE_BREAK.finditer(t)]
    n = len(runs)
    for i, kind in based:
        run = runs[i]
        a = run[-1].end
        j = bisect_right(issued, i)
        target = issued[j] if j < len(issued) else n
        # the first later run that a break between A and it separates from A
        b = bisect_left(breaks, a)
        stop = max(i + 1, bisect_right(starts, breaks[b] + 1)) if b < len(breaks) else n
        e = bisect_right(edges, i)
        if e < len(edges) and starts[edges[e]] == a:  # nothing between A and it
            e += 1
        stop = min(stop, edges[e] if e < len(edges) else n)
        if target < stop:
            for c in runs[target]:
                for basis in run:
                    add(c, basis, kind, basis.start, c.end)
        elif kind == "based_on" and (header := _own_header(t, headers, run[0].start)) is not None:
            # a document the page prints whole: "Số: 97/NQ-HĐND | Hà Giang, ngày …",
            # then its preamble, a line per basis ("Căn cứ Luật Đất đai …;")
            for basis in run:
                add(header, basis, "based_on", basis.start, basis.end)
    return out


def _outranked(a: _Mention, b: _Mention) -> bool:
    """Whether `a`'s type has less legal force than `b`'s, both ranked (vocab.LEGAL_RANK)."""
    ra, rb = vocab.LEGAL_RANK.get(a.type), vocab.LEGAL_RANK.get(b.type)
    return ra is not None and rb is not None and ra > rb


def _anaphoric_links(t: str, mentions: list[_Mention], runs: list[list[_Mention]],
                     add: Callable[[_Mention, _Mention, str, int, int], None]) -> None:
    """ "Chỉ thị số 45-CT/TW … Chỉ thị này thay thế Chỉ thị số 35-CT/TW": the document
    "này" points back at (the last one of its type cited before) and the run the
    trigger after it points at."""
    for n, run in enumerate(runs):
        b_start = run[0].start
        lo = max(0, b_start - P.ANAPHOR_WINDOW)
        if t.find("này", lo, b_start) < 0 and t.find("ây là", lo, b_start) < 0:
            continue
        targets = {r.key for r in run}
        for a in P.ANAPHOR_BEFORE_TRIGGER.finditer(t, lo, b_start):
            best = P.TRIGGER.search(t, a.end(), b_start)
            # (past an aside: "Văn bản này có hiệu lực từ ngày 1/8/2024, thay thế …")
            if best is not None and P.RELATION_ASIDE.sub(
                    "", t[a.end():best.start()]).strip(" ,") != "":
                best = None
            if best is None or not _points_at(t, best, b_start):
                continue
            word = _WS.sub(" ", a.group("tw").lower())
            dtype = _TYPE_WORDS.get(word)
            # ("Văn bản này": the document cited last, of whatever type)
            generic = word in vocab.GENERIC_TYPE_WORDS
            src = next((m for m in reversed(mentions) if m.end <= a.start()
                        and (generic or m.type == dtype)
                        and m.key not in targets), None)
            if src is None:
                continue
            kind, passive = _kind_of(t, best)
            objects = list(run)
            for later in runs[n + 1:]:
                if not _more_objects(t, kind, objects[-1], later):
                    break
                objects.extend(later)
            for dst in objects:
                if passive:
                    add(dst, src, kind, a.start(), dst.end)
                else:
                    add(src, dst, kind, a.start(), dst.end)


def _more_objects(t: str, kind: str, prev: _Mention, later: list[_Mention]) -> bool:
    """Whether run `later` goes on the list of a trigger's objects that `prev` ends: one
    of its type after a comma or "và" (with its body and day: OBJECT_LIST_GAP), or the
    next document a replacing one lists (_replaced_item)."""
    return (later[0].type == prev.type
            and P.OBJECT_LIST_GAP.fullmatch(t, prev.end, later[0].start) is not None
            ) or _replaced_item(t, kind, prev, later)


def _replaced_item(t: str, kind: str, prev: _Mention, later: list[_Mention]) -> bool:
    """Whether run `later` is the next of the documents a replacing one lists, one per
    semicolon after `prev` (patterns.SEMICOLON_ITEM), or joined by "và" after its day
    whatever its type (OBJECT_LIST_GAP)."""
    # ("thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số 118-KL/TW")
    return kind == "replaces" and (
        P.SEMICOLON_ITEM.fullmatch(t, prev.end, later[0].start) is not None
        or P.OBJECT_LIST_GAP.fullmatch(t, prev.end, later[0].start) is not None)


def _own_header(t: str, headers: list[_Mention], start: int) -> _Mention | None:
    """The document whose header ("Số: 97/NQ-HĐND") the text prints before `start`,
    where `start` opens a line of its preamble ("Căn cứ …"); else None. `headers`: the
    full citations printed after "Số:", in order."""
    line = t.rfind("\n", 0, start) + 1
    if not line or not P.BASED_ON_LINE.fullmatch(t, line, start):
        return None
    i = bisect_right([m.end for m in headers], line)
    return headers[i - 1] if i else None
