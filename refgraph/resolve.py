"""Document identity: which document a mention names, and how that was decided.

Two stages, one home:

- `resolve_mentions(t, mentions)`: within one text (called by extract). Full forms take
  their canonical key (`canonical_key`); short forms join a full form of the same type
  and number in the text, else take the issuer named beside them. Each mention records
  `resolved_by` (symbol | text | article) and the hints around it (a Party/Assembly term,
  a year) that the corpus stage weighs.
- `decide(mention, candidates)` and `resolve_corpus(...)`: across the corpus (called by
  store.finalize). An undated or issuer-less mention joins a document of the same type and
  number only on evidence — subject clause, term or year near it, the article's date,
  the documents cited beside it, the words its article shares with the articles that
  cite one candidate by its full symbol — never on the count of candidates alone.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .compiled import compile as _compile
from . import laws, reference, vocab
from . import patterns as P

RESOLVED_BY = ("symbol", "text", "subject", "term", "date", "article", "corpus")

# --- canonical keys ----------------------------------------------------------------------

_STATE_BASE = _compile(r"^(?P<n>\d+(?:\.\d+)?)/(?:(?P<y>\d{4})/)?(?P<tail>[^/@\s]+)$")
_PARTY_BASE = _compile(r"^\d+(?:\.\d+)?-")


def canonical_key(base: str, dtype: str | None, year: int | None) -> str:
    """One key per (type, number, issuer, year), whatever the notation.

    Party symbols keep their form and add "@year" ("5-CT/TW@2016"). State symbols put
    the year in the number for the types whose numbers carry it (decrees, circulars,
    Assembly acts: "67/2014/NĐ-CP"), and after "@" for the others, whose official number
    has none ("19/NQ-CP@2017" for "19/2017/NQ-CP", "19-2017/NQ-CP" and "19/NQ-CP ngày
    6/2/2017" alike). The year written in the number wins over `year`. Decisions
    keep a year written in the number: "15/2020/QĐ-TTg" (a normative decision) and
    "15/QĐ-TTg" of 2020 (an individual one) are two numbering series.
    """
    if _PARTY_BASE.match(base):
        return f"{base}@{year}" if year else base
    m = _STATE_BASE.match(base)
    if m is None:
        return f"{base}@{year}" if year else base
    n, tail = m.group("n"), _canonical_tail(m.group("tail"), dtype)
    y = int(m.group("y")) if m.group("y") else year
    if y is None:
        return f"{n}/{tail}"
    if dtype == "resolution" and (a := _ASSEMBLY_RESOLUTION.fullmatch(tail)):
        # "Nghị quyết 98/2023 của Quốc hội", "98/NQ-QH15 ngày 24/6/2023": 98/2023/QH15
        term = a.group("term") or assembly_term(y)
        if term:
            return f"{n}/{y}/QH{term}"
    if tail == "NQ-UBTVQH" and (term := assembly_term(y)):
        # "Nghị quyết số 1667/2025 của Ủy ban Thường vụ Quốc hội": the Standing
        # Committee's symbol carries its term, 1667/NQ-UBTVQH15
        tail = f"NQ-UBTVQH{term}"
    # (an Assembly act's tail is its term alone, 59/2020/QH14; a letter's is its issuer
    # alone, and its number no year: "942/BDN ngày 06/11/2024" is 942/BDN@2024)
    if (dtype in vocab.YEAR_IN_NUMBER_TYPES or _ASSEMBLY_TERM.match(tail)
            or (m.group("y") and _year_series(dtype, tail.rpartition("-")[2], y))):
        return f"{n}/{y}/{tail}"
    return f"{n}/{tail}@{y}"


def _year_series(dtype: str | None, issuer: str, year: int) -> bool:
    """Whether documents of `dtype` by `issuer` had a series with the year in the number
    in `year` (vocab.YEAR_SERIES)."""
    first = min(vocab.YEAR_SERIES.get((dtype, None), 10000),
                vocab.YEAR_SERIES.get((dtype, issuer), 10000))
    return year >= first


_ASSEMBLY_TERM = _compile(r"^(?:QH|UBTVQH)\d+$")
_ASSEMBLY_RESOLUTION = _compile(r"NQ-QH(?P<term>\d+)?")


def assembly_term(year: int) -> str | None:
    """The National Assembly's term that alone spans `year` (None in an election year)."""
    terms = [t for t, (a, b) in vocab.ASSEMBLY_TERMS.items() if a <= year <= b]
    return str(terms[0]) if len(terms) == 1 else None


def _canonical_tail(tail: str, dtype: str | None) -> str:
    """The part after the number as officially written: the issuer's code as the issuer
    table spells it ("QĐ-UB" -> QĐ-UBND, "TT-BGD&ĐT" -> TT-BGDĐT), and the type's code
    where the press left it out ("2/2017/BYT", a Thông tư, is 2/2017/TT-BYT). Assembly
    acts have no type code (94/2015/QH13)."""
    parts = tail.split("-")
    coded = parts[0].upper() in vocab.TYPE_CODES
    i = 1 if coded else 0
    if i < len(parts):
        entry = vocab.ISSUERS.get(parts[i].upper())
        if entry is not None and entry[0] not in vocab.PARTY_ISSUERS:
            parts[i] = entry[0]
    # (not where a unit follows the issuer: "Kế hoạch số 48/UBND-TP" is numbered as the
    # committee's letters are, and "48/KH-UBND-TP" would be another's number)
    if (not coded and len(parts) == 1 and dtype in vocab.TYPE_ABBR
            and dtype not in vocab.NO_SYMBOL_TYPES
            and not _ASSEMBLY_TERM.match(parts[0]) and parts[0].upper() in vocab.ISSUERS):
        parts.insert(0, vocab.TYPE_ABBR[dtype])
    return "-".join(parts)


def decision_identity(key: str) -> tuple[str, str, int] | None:
    """(number, issuer tail, year) of a dated decision's key in either series:
    "652/2001/QĐ-NHNN" and "652/QĐ-NHNN@2001" -> ("652", "NHNN", 2001); None for
    another key or an undated one."""
    base, _, at = key.partition("@")
    m = _STATE_BASE.match(base)
    if m is None or not m.group("tail").startswith("QĐ-") or not (m.group("y") or at):
        return None
    return m.group("n"), m.group("tail")[3:], int(m.group("y") or at)


def _symbol_organs(base: str) -> set[str]:
    """The issuer codes a symbol's tail names ("25/2021/TTLT-BTC-BYT": BTC, BYT)."""
    tail = base.rsplit("/", 1)[-1]
    return {entry[0] for part in tail.split("-") if (entry := _issuer_entry(part))}


def undated_form(key: str) -> str:
    """The key a mention of the same document gets when no year is known:
    "67/2014/NĐ-CP" -> "67/NĐ-CP", "5-CT/TW@2016" -> "5-CT/TW"."""
    base = key.split("@", 1)[0]
    m = _STATE_BASE.match(base)
    if m and m.group("y") and "-" in m.group("tail"):
        return f"{m.group('n')}/{m.group('tail')}"
    return base


def _issuer_entry(code: str | None) -> tuple[str, str | None, str] | None:
    return vocab.ISSUERS.get((code or "").upper())


def issuer_body(issuer: str | None) -> str | None:
    entry = _issuer_entry(issuer)
    return entry[1] if entry else None


# --- hints near a mention ------------------------------------------------------------------

# What a mention carries to the corpus stage besides its key, ";"-joined in its `hints`
# (parse_hints, add_hint): "term:XI", "list_term:XII", "year:2015" read near it, and flags
RECENT = "recent"      # "vừa ban hành Thông tư 37": issued just before the text
SERIES = "series"      # "các nghị quyết 19 trước" alone: the yearly series (written "series:1")
NEWER = "newer"        # "Luật Du lịch sửa đổi": the amended law, a newer version
BASELINE = "baseline"  # "so với Luật Trợ giúp pháp lý 2006": what another is measured against


def add_hint(hints: str | None, hint: str | None) -> str | None:
    """`hints` with `hint` after them (either may be None)."""
    return ";".join(h for h in (hints, hint) if h) or None


# (the words' first letters as one set, not under (?i:): sre then skips to the letters
# K and Đ instead of trying a match at every character of the sentence)
# A Party congress's term, "khóa XII", "Đại hội XII"; not the Assembly's, a People's
# Council's or a local Party committee's own ("Quốc hội khóa XIII", "HĐND tỉnh khóa X",
# "Tỉnh ủy khóa XIX"). In figures ("khóa 12") see _term.
_TERM = _compile(
    r"[KkĐđ](?:(?<=[Kk])(?<!hội\s.)(?<!QH\s.)(?<!HĐND\s.)(?<!ủy\s.)(?<!uỷ\s.)(?<!tỉnh\s.)"
    r"(?<!phố\s.)(?<!huyện\s.)(?i:hóa|hoá)"
    r"|(?<=[Đđ])(?i:ại\s+hội(?:\s+đảng)?(?:\s+toàn\s+quốc)?(?:\s+lần\s+thứ)?))"
    r"\s+(?:(?P<term>[IVXL]+)\b|(?P<fig>1[0-9]|[1-9])\b)")
_SUBJECT_OPENS = _compile(r"(?<![^\W\d_])[Vv]ề(?![^\W\d_])")
_PARTY_BEFORE_TERM = tuple(f"{b} " for b in vocab.PARTY_BODIES_BEFORE_TERM)
_PARTY_BEFORE_TERM_WINDOW = max(map(len, _PARTY_BEFORE_TERM))
_SERIES_BEFORE = _compile(r"(?<![^\W\d_])(?i:các|những)\s+$")
# (not a target: "Nghị quyết 68-NQ/TW, đến năm 2030 …", "… trong năm 2025", "giai đoạn
# 2021 - 2025", "gia hạn Thông tư 02 đến hết năm 2024")
_NEAR_YEAR = _compile(r"^[^.;\n]{0,25}?(?<!đến\s)(?<!tới\s)(?<!trong\s)(?<!đoạn\s)(?<!hết\s)"
                      r"(?:\bnăm|\()\s*(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)")
# (a dot between capitals is an abbreviation's: "BCH T.Ư Đảng khóa XI", "TP.HCM"; one
# set first, then what a dot needs, so that sre skips to those characters)
_SENTENCE_END = _compile(r"[.;!?\n](?:(?<!\.)|(?![\dA-ZĐƯ])|(?<![A-ZĐ].)(?=[A-ZĐƯ]))")
# the next item of a list of documents: ", Nghị quyết …", "và Chỉ thị …"
# (from the first blank of a run only: tried at each blank, a run would be read again)
# (one set first, so that sre tries a match only at commas and blanks; _hints searches
# only where a comma or "và" follows)
_NEXT_ITEM = _compile(rf"[,\s](?:(?<=,)\s*+(?:và\s++)?|(?<!\s\s)(?<=\s)\s*+và\s++)(?:các\s++)?"
                      rf"(?:{P.TYPE_WORD})(?![{P.LETTER}])")
# "sau 8 năm thực hiện Nghị quyết số 18-NQ/TW": how long ago it was issued ("age:8"),
# which the article's date makes a year
# (counted from now only: "sau/qua/tròn 8 năm", not "kế hoạch 5 năm thực hiện …" nor "sơ
# kết 3 năm" of a year the sentence names)
_AGE_BEFORE = _compile(r"(?<![^\W\d_])(?i:sau|qua|tròn|gần|hơn)\s++(?P<n>\d{1,2})\s++năm\s++"
                       r"(?:thực\s++hiện|triển\s++khai|"
                       r"thi\s++hành|ban\s++hành|học\s++tập\s++và\s++làm\s++theo)\s++$")
AGE_WINDOW = 40
AGE_SLACK = 1  # "8 năm" may count a part year at either end
_A_YEAR = _compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
HINT_AFTER = 220  # characters after a mention where its term may be named
HINT_BEFORE = 50


def _term(t: str, m: re.Match | None) -> str | None:
    """The Party term a _TERM match names, as vocab.TERMS spells it: "khóa 12" right after
    the Party's central bodies ("Ban Chấp hành Trung ương Đảng khóa 12") is XII; in
    figures elsewhere it is none ("sinh viên khóa 12", a class)."""
    if m is None:
        return None
    if m.group("term"):
        return m.group("term")
    if t[max(0, m.start() - _PARTY_BEFORE_TERM_WINDOW):m.start()].endswith(_PARTY_BEFORE_TERM):
        return vocab.TERM_NUMERALS.get(m.group("fig"))
    return None


def _hints(t: str, m: Any, lo: int, hi: int) -> str | None:
    """ "term:XI" and/or "year:2015" read near the mention, inside [lo, hi) (the text
    between its neighbours), within its sentence and its item of a list: in "quán triệt
    Nghị quyết Đại hội XII của Đảng, Nghị quyết số 39 của Bộ Chính trị về tinh giản biên
    chế" the term is the congress's, not the 2015 resolution's.
    Another item's term is kept apart ("list_term:XII"): weaker evidence, used only
    where it leaves one candidate. An undated mention also gets "year:2016" written
    right after it, or RECENT ("vừa ban hành")."""
    sentence_end = min(hi, m.end + HINT_AFTER)
    stop = _SENTENCE_END.search(t, m.end, sentence_end)
    sentence_end = stop.start() if stop else sentence_end
    # (an item begins at a comma or "và": most sentences' rest has neither)
    nxt = _NEXT_ITEM.search(t, m.end, sentence_end) if (
        t.find(",", m.end, sentence_end) >= 0 or t.find("và", m.end, sentence_end) >= 0) else None
    end = nxt.start() if nxt else sentence_end
    sentence_start = max(lo, m.start - HINT_BEFORE)
    # (its item begins after a comma, a semicolon or "và": "… nêu trong Văn kiện Đại hội
    # Đảng lần thứ XII và Nghị quyết số 49-NQ/TW …", the congress's term, not the 2005
    # resolution's)
    start = max(sentence_start, t.rfind(",", sentence_start, m.start) + 1,
                t.rfind(";", sentence_start, m.start) + 1)
    if (va := t.rfind(" và ", sentence_start, m.start)) >= 0:
        start = max(start, va + 4)
    # (a term between another citation and this one is that one's: "Kết luận số 01-KL/TW
    # của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW" — the
    # directive is of term XII; only the words after this one are its own)
    if lo > 0 and lo >= sentence_start:
        start = max(start, m.start)
    out = []
    # (the sentence first: most have no term at all, and one search says so)
    wide = _TERM.search(t, sentence_start, sentence_end)
    own = wide if wide is None or (start <= wide.start() and wide.end() <= end) else (
        _TERM.search(t, start, end))
    # (nor one before the subject clause of the citation before it, which this one is
    # in: "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XIII về tiếp tục
    # thực hiện Chỉ thị số 05-CT/TW" more than HINT_BEFORE characters after the other)
    if (own is not None and lo > 0 and lo <= own.start() < m.start
            and _SUBJECT_OPENS.search(t, own.end(), m.start)):
        wide = None
        own = _TERM.search(t, m.end, end)
    if (term := _term(t, own)) in vocab.TERMS:
        out.append(f"term:{term}")
    elif (term := _term(t, wide)) in vocab.TERMS:
        out.append(f"list_term:{term}")
    if m.year is None:
        y = _NEAR_YEAR.match(t[m.end:end])
        # (not ", năm 2017, Bộ Chính trị đã thành lập …": the next clause's time)
        if y and not P.opens_next_clause(t, t[m.end:m.end + y.start("year")],
                                         m.end + y.end()):
            out.append(f"year:{y.group('year')}")
        if ((age := _AGE_BEFORE.search(t, max(lo, m.start - AGE_WINDOW), m.start)) is not None
                and not _A_YEAR.search(t, sentence_start, sentence_end)):
            out.append(f"age:{int(age.group('n'))}")
        if y is None and (
                P.RECENT_BEFORE.search(t, max(lo, m.start - P.RECENT_WINDOW), m.start)
                or ((r := P.RECENT_AFTER.match(t, m.end)) and r.end() <= hi)):
            out.append(RECENT)
    return ";".join(out) or None



def _share_list_term(mentions: list, group_size: Counter) -> None:
    """The term after the last of a list is every item's: "Quyết định số 217, số 218 của
    Bộ Chính trị (Khóa XI)", where each item's own words end at the next."""
    last: dict[int, Any] = {}
    for m in mentions:
        if group_size[m.group] > 1:
            last[m.group] = m
    for m in mentions:
        end = last.get(m.group)
        if end is None or end is m or "term" in (hints := parse_hints(m.hints)) or (
                "list_term" in hints):
            continue
        if term := parse_hints(end.hints).get("term"):
            m.hints = add_hint(m.hints, f"term:{term}")


def recent_year(hints: Mapping[str, str], article_date: str | None) -> int | None:
    """The year of a document "just issued" (hint RECENT) by a text of `article_date`:
    the text's, from March (in January or February the press still says "vừa ban hành"
    of December's: 57-NQ/TW of 22 December 2024)."""
    if RECENT not in hints or not article_date or len(article_date) < 7:
        return None
    return int(article_date[:4]) if article_date[5:7] >= RECENT_FROM_MONTH else None


RECENT_FROM_MONTH = "03"


def recent_key(raw_key: str, dtype: str | None, hints: str | None,
               article_date: str | None) -> str | None:
    """An undated key with its year from RECENT, for a mention with no candidate at all
    (the caller checks): "Thông tư 37 vừa được Bộ Y tế ban hành" in November 2024 ->
    37/2024/TT-BYT."""
    year = recent_year(parse_hints(hints), article_date)
    if year is None or "@" in raw_key or not (_STATE_BASE.match(raw_key)
                                              or _PARTY_BASE.match(raw_key)):
        return None
    return canonical_key(raw_key, dtype, year)


def parse_hints(hints: str | None) -> dict[str, str]:
    return dict(h.partition(":")[::2] for h in hints.split(";")) if hints else {}


# --- within one text -----------------------------------------------------------------------

def resolve_mentions(t: str, mentions: list) -> None:
    """Keys of the mentions of one text (`t`: the folded text), in place. Each mention
    gets `key`, `resolved_by` and `hints`; short forms may get `issuer`, `year`, `body`."""
    group_size = Counter(m.group for m in mentions)
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].end if i else 0
        hi = mentions[i + 1].start if i + 1 < len(mentions) else len(t)
        # (after the extractor's own hint, NEWER or BASELINE)
        m.hints = add_hint(m.hints, _hints(t, m, lo, hi))
        # "các Nghị quyết 19 về …" alone (no list after it): the yearly series, which no
        # one document of the series is
        if (m.form == "short" and m.year is None and group_size[m.group] == 1
                and _SERIES_BEFORE.search(t, max(lo, m.start - 8), m.start)
                # "các Nghị quyết 35, Nghị quyết 19 về …": a list, each one document
                and not (i + 1 < len(mentions) and P.LIST_JOIN.fullmatch(t, m.end, hi))):
            m.hints = add_hint(m.hints, f"{SERIES}:1")
    _share_list_term(mentions, group_size)
    # Full forms: one symbol with one known year in the text -> every mention has it.
    by_base: dict[str, set[int]] = {}
    for m in mentions:
        if m.base is not None and m.year:
            by_base.setdefault(m.base, set()).add(m.year)
    for m in mentions:
        if m.base is None:
            continue
        m.resolved_by = "symbol" if m.year_in_number or m.year is None else "text"
        years = by_base.get(m.base, ())
        if m.year is None and len(years) == 1:
            m.year = next(iter(years))
            m.resolved_by = "article"
        if m.issuer is None and m.body_issuer:
            m.issuer = m.body_issuer
            m.resolved_by = "text"
        _known_year(m)
        m.key = canonical_key(m.base, m.type, m.year)
        # a State organ the text names beside it that is not the one its symbol names, nor
        # akin to it, is another's ("… Nghị quyết 41/2017/QH14 do Tòa án nhân dân tối cao
        # ban hành", said of the letter citing it; "Bộ Tài chính ban hành Nghị định
        # 20/2017/NĐ-CP", a slip): the symbol's organ is the body
        if (m.body is not None and m.issuer and m.body_issuer and m.body_issuer != m.issuer
                and m.issuer in vocab.STATE_ISSUERS and m.body_issuer in vocab.STATE_ISSUERS
                and frozenset({m.issuer, m.body_issuer}) not in vocab.KINDRED_ORGANS
                # (a joint circular's every organ is its own: "25/2021/TTLT-BTC-BYT của Bộ Y
                # tế và Bộ Tài chính")
                and m.body_issuer not in _symbol_organs(m.base)
                and (body := issuer_body(m.issuer)) is not None):
            m.body = body
        if m.body is None and m.issuer:
            m.body = issuer_body(m.issuer)
    # "Số: 97-QĐ/TW" (a page printing the document whole) beside "Quy định số 97-QĐ/TW":
    # a Party QĐ symbol without a type word is a Quy định or a Quyết định, as the text's
    # worded mention of it says
    worded = {m.base for m in mentions if m.base and m.type == "regulation"}
    for m in mentions:
        if (m.base in worded and m.type == "decision" and m.issuer in vocab.PARTY_ISSUERS
                and t[m.start:m.start + 1].isdigit()):
            m.type = "regulation"
    # "Nghị định 67/NĐ-CP của Chính phủ về …" beside "Nghị định 67/2014/NĐ-CP" in one
    # text: a decree's number carries its year, so the symbol printed without it is the
    # one printed with it, where the text prints one such year
    dated: dict[str, set[int]] = {}
    for m in mentions:
        if m.base is not None and m.year_in_number and m.type in vocab.YEAR_IN_NUMBER_TYPES:
            dated.setdefault(undated_form(m.key), set()).add(m.year_in_number)
    for m in mentions:
        if (m.base is not None and m.year is None and m.type in vocab.YEAR_IN_NUMBER_TYPES
                and len(ys := dated.get(m.key, ())) == 1):
            m.year = next(iter(ys))
            m.key = canonical_key(m.base, m.type, m.year)
            m.resolved_by = "article"
    # "Luật Đất đai số 45/2013/QH13": a version of a listed law is one document with
    # "Luật Đất đai 2013", so it takes the name's key, and so does "Luật số 45/2013/QH13"
    # in the same text. Only a version the table lists: "Bộ luật Hình sự số 12/2017/QH14"
    # is the law that amended the 2015 code, not a version of it.
    named_symbols: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.base in laws.EARLIER_SAME_YEAR:  # its own number keys it
            continue
        if m.base is not None and (v := law_version(m.name, m.year)) is not None:
            named_symbols.setdefault(m.base, v)
        elif m.base is not None and m.year and m.name and m.name.startswith("Luật sửa đổi"):
            # an amending law with its own number is the one its title and year name
            # ("… của Luật Bảo hiểm y tế số 51/2024/QH15" and "… năm 2024": one key)
            name = official_law_name(m.name)
            named_symbols.setdefault(m.base, (name, law_key(name, m.year)))
    # "Luật Đất đai 2013 (Luật số 45/2013/QH13)": the symbol in brackets after a name
    # and year is that version's
    # (and one written without its year: "Luật Khoa học, Công nghệ và Đổi mới sáng tạo
    # mới (Luật số 93/2025/QH15)" is the law of 2025)
    for prev, m in zip(mentions, mentions[1:]):
        if (prev.form == "named" and m.base is not None and m.name is None and m.year
                and (prev.year is None or m.year == prev.year) and m.type == prev.type
                and _BRACKET_GAP.fullmatch(t, prev.end, m.start)
                and m.base not in laws.EARLIER_SAME_YEAR):
            prev.year = m.year
            name = official_law_name(prev.name)
            named_symbols.setdefault(m.base, (name, law_key(name, prev.year)))
    for m in mentions:
        if m.base in named_symbols:
            m.name, m.key = named_symbols[m.base]
    # one mention per distinct document, by type and number, for short forms to find
    fulls: dict[tuple, dict[str, Any]] = {}
    for m in mentions:
        if m.base is not None:
            fulls.setdefault((m.type, m.number), {}).setdefault(m.key, m)
    # "Quốc hội đã chính thức thông qua Luật Tổ chức chính quyền địa phương (sửa đổi)" …
    # "Luật Tổ chức chính quyền địa phương (sửa đổi) đã quy định rõ …": once the text reads
    # "(sửa đổi)" as the law just passed, its later "(sửa đổi)" is that law too (not one
    # written "dự thảo / dự án …", whose text begins there)
    passed: dict[str, int] = {}
    for m in mentions:
        if m.form == "named" and m.name and NEWER in parse_hints(m.hints):
            passed.setdefault(official_law_name(m.name), m.end)
    for m in mentions:
        if (m.form == "draft" and passed and m.start > passed.get(official_law_name(m.name), len(t))
                and t.startswith("Luật", m.start)
                and not P.NOT_YET_BEFORE.search(t, max(0, m.start - P.NOT_YET_WINDOW), m.start)):
            m.form = "named"
            m.issuer = vocab.TYPE_ISSUER.get(m.type)
            m.hints = add_hint(m.hints, NEWER)
    # Named documents keep the year written with them here; the corpus stage weighs the
    # article's date and the versions it names elsewhere. A bill is named as written.
    for m in mentions:
        if m.form == "draft":  # "dự thảo Luật Thuế GTGT" is the bill of the listed law
            m.name = official_law_name(m.name)
            m.key = draft_key(m.name)
            m.resolved_by = "text"
            # the organ that will pass it, as a law's is the organ that passed it
            m.issuer = vocab.TYPE_ISSUER.get(m.type)
            m.body = issuer_body(m.issuer)
        if m.form == "named":
            m.name = official_law_name(m.name)
            m.key = law_key(m.name, m.year)
            m.resolved_by = "text"
            if m.issuer == vocab.TYPE_ISSUER.get(m.type):
                m.issuer = type_issuer(m.type, m.year)
            if m.body is None:
                m.body = issuer_body(m.issuer)
    shorts = [m for m in mentions if m.form == "short"]
    # "Nghị định 67 được ban hành tháng 7/2014" … "nghị định 67": one year for all.
    short_years: dict[tuple, set[int]] = {}
    for m in shorts:
        if m.year:
            short_years.setdefault((m.type, m.number), set()).add(m.year)
    for m in shorts:
        ys = short_years.get((m.type, m.number), ())
        if m.year is None and len(ys) == 1 and not _other_year(m, next(iter(ys))) and (
                not _is_series(m)):
            m.year = next(iter(ys))
    for m in shorts:
        _resolve_short(m, [] if _is_series(m) else list(fulls.get((m.type, m.number), {}).values()))
        if m.year is not None and m.issuer in vocab.PARTY_ISSUERS and _known_year(m):
            m.key = canonical_key(undated_form(m.key), m.type, m.year)
    # A short form with no issuer takes that of a short form of the same type and number
    # whose issuer the text named ("Nghị quyết 57 của Bộ Chính trị" … "Nghị quyết 57").
    named_shorts: dict[tuple, dict[str, Any]] = {}
    for m in shorts:
        if m.issuer and not m.ambiguous:
            named_shorts.setdefault((m.type, m.number), {}).setdefault(m.key, m)
    for m in shorts:
        if m.issuer is None and not m.ambiguous and not _is_series(m):
            donors = named_shorts.get((m.type, m.number), {})
            if len(donors) == 1 and not _other_year(m, next(iter(donors.values())).year):
                donor = next(iter(donors.values()))
                m.key, m.issuer, m.year = donor.key, donor.issuer, m.year or donor.year
                m.resolved_by = "article"
    # "Kết luận số 21, ngày 25/10/2021 của Ban Chấp hành Trung ương … Kết luận số
    # 21-KL/TW": a day one mention of an undated key gives is the document's, for every
    # mention of it in the text
    undated = [m for m in mentions if _undated_symbol(m)]
    days: dict[str, set[int]] = {}
    for m in undated:
        if m.date and m.year:
            days.setdefault(m.key, set()).add(m.year)
    for m in undated if days else ():
        if m.key in days and len(ys := days[m.key]) == 1 and (
                not m.ambiguous and not _is_series(m)):
            y = next(iter(ys))
            if m.year in (None, y) and (key := canonical_key(m.key, m.type, y)) != m.key:
                m.year, m.key = y, key


_BRACKET_GAP = _compile(r"\s*(?:mới\s*)?\(\s*")


def _undated_symbol(m: Any) -> bool:
    """Whether `m` is keyed by a symbol whose number lacks the year, none given yet (not
    a law's name and year, which are its key, nor "QĐ 4105" of no known issuer, no one
    document's)."""
    return (m.key is not None and m.name is None and m.issuer is not None
            and "/" in m.key and "@" not in m.key
            and m.type not in vocab.YEAR_IN_NUMBER_TYPES
            and (_PARTY_BASE.match(m.key) or _STATE_BASE.match(m.key)) is not None)


def _known_year(m: Any) -> bool:
    """A Party document's year written without a date ("Nghị quyết 57-NQ/TW năm 2025")
    inside the term of the listed document of its number: that document's year
    (reference.year_in_term). Whether it changed."""
    if m.date or m.year is None or m.issuer not in vocab.PARTY_ISSUERS or not m.number:
        return False
    y = reference.year_in_term(m.type, m.number, m.issuer, m.year)
    if y is None:
        return False
    m.year = y
    return True


def _is_series(m: Any) -> bool:
    """Whether `m` names a series ("các nghị quyết 19 trước"): no one document of it."""
    return SERIES in parse_hints(m.hints)


def _other_year(m: Any, year: int | None) -> bool:
    """True when a year written near `m` is not `year`."""
    near = parse_hints(m.hints).get("year")
    return near is not None and year is not None and int(near) != year


def type_issuer(dtype: str, year: int | None) -> str | None:
    """The organ that issues every document of `dtype` (vocab.TYPE_ISSUER), if it did so
    in `year`: "Pháp lệnh nhà ở năm 1991" is the Council of State's, not the Standing
    Committee's (vocab.TYPE_ISSUER_SINCE)."""
    if year and year < vocab.TYPE_ISSUER_SINCE.get(dtype, 0):
        return None
    return vocab.TYPE_ISSUER.get(dtype)


def _resolve_short(m: Any, cands: list) -> None:
    """`cands`: one mention of each full-form document of m's type and number."""
    issuer = m.body_issuer or type_issuer(m.type, m.year)
    if m.year_in_number:
        cands = [f for f in cands if f.year in (None, m.year_in_number)]
    # "Nghị quyết 19 của các năm trước, từ năm 2014 …" is not 19/NQ-CP@2017, nor "Chỉ
    # thị số 35 năm 2024" the 35-CT/TW of 2019 the same text dates
    cands = [f for f in cands if not _other_year(m, f.year)
             and not (m.year and f.year and f.year != m.year)]
    # (… and its own year picks the dated one over the same symbol left undated)
    if m.year and any(f.year == m.year for f in cands):
        cands = [f for f in cands if f.year == m.year]
    if issuer and len({f.key for f in cands}) > 1:
        cands = [f for f in cands if f.issuer == issuer]
    elif m.body_issuer:
        # ("Chỉ thị 05 của Bộ Chính trị" is no document of another organ's the text
        # prints: the organ it names stands, as a symbol's would)
        # (a code the tables do not know may be the press's typo for it: "Công văn số
        # 3851/NHNH-PC … của NHNNVN")
        cands = [f for f in cands if f.issuer is None or f.issuer == m.body_issuer
                 or f.issuer.upper() not in vocab.ISSUERS
                 or frozenset({f.issuer, m.body_issuer}) in vocab.KINDRED_ORGANS]
    keys = {f.key for f in cands}
    if len(keys) == 1:
        f = cands[0]
        m.key, m.issuer, m.year = f.key, f.issuer, m.year or f.year
        m.resolved_by = "article"
        if m.body is None:
            m.body = issuer_body(f.issuer) if f.issuer != "TW" else None
        return
    m.ambiguous = len(keys) > 1
    m.issuer = issuer
    m.resolved_by = "text"
    if m.body is None:
        m.body = issuer_body(issuer)
    n = m.number
    y = m.year_in_number or (m.year if m.type in vocab.YEAR_IN_NUMBER_TYPES else None)
    if issuer and m.type not in vocab.NO_SYMBOL_TYPES and not m.ambiguous:
        if issuer in vocab.PARTY_ISSUERS:
            base = f"{n}-{vocab.PARTY_TYPE_ABBR[m.type]}/{issuer}"
        elif m.year_in_number:  # "quyết định 55/2011": the year as written, in the number
            base = f"{n}/{m.year_in_number}/{vocab.TYPE_ABBR[m.type]}-{issuer}"
        else:
            base = f"{n}/{vocab.TYPE_ABBR[m.type]}-{issuer}"
        m.key = canonical_key(base, m.type, m.year)
    else:
        m.key = f"{vocab.TYPE_ABBR[m.type]} {n}" + (f"/{y}" if y else "")


# --- named documents -----------------------------------------------------------------------

def official_law_name(name: str | None) -> str | None:
    """ "Luật BHXH" -> "Luật Bảo hiểm xã hội": the official name of a listed law."""
    law = _listed_law(name)
    return law.name if law is not None else name


@lru_cache(maxsize=4096)  # a named law is looked up by several steps, and by every article
def _listed_law(name: str | None) -> laws.Law | None:
    """The law table's entry for `name` (any of its spellings), if it has one."""
    return laws.by_name().get(_name_key(name)) if name else None


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().lower()


_BOTH_VERBS = _compile(r"sửa đổi ?,? ?bổ sung")
_AMENDING_START = _compile(
    r"(?i:luật)\s++(?P<words>(?i:sửa\s++đổi\s*+,?\s*+bổ\s++sung|sửa\s++đổi|bổ\s++sung)"
    r"(?:\s++(?i:một\s++số\s++điều))?(?:\s++(?i:của))?)\s++(?P<rest>.+)")


def amending_words(words: str) -> str:
    """An amending law's verbs ("sửa đổi bổ sung", "Sửa đổi, bổ sung một số điều") as
    the National Assembly titles such laws (vocab.AMENDING_TITLES)."""
    words = _BOTH_VERBS.sub("sửa đổi, bổ sung", re.sub(r"\s+", " ", words).strip().lower())
    return vocab.AMENDING_TITLES.get(words, words)


def amending_title(name: str) -> str:
    """ "Luật sửa đổi, bổ sung Luật Quảng cáo" as the extractor keys it: "Luật sửa đổi,
    bổ sung một số điều của Luật Quảng cáo" (the law amended by its official name).
    Other names come back as they are."""
    m = _AMENDING_START.fullmatch(name.strip())
    if m is None:
        return name
    return f"Luật {amending_words(m.group('words'))} {official_law_name(m.group('rest'))}"


def draft_key(name: str) -> str:
    """The key of the bill of law `name`: "dự thảo Luật Đất đai"."""
    return f"dự thảo {name}"


def law_key(name: str, year: int | None) -> str:
    return f"{name} {year}" if year else name


def code_amended_in(name: str | None, year: int) -> bool:
    """Whether "Bộ luật X (sửa đổi) năm `year`" names the law that amended code X in
    that year, not a version: a code (whose versions the table lists whole: "Bộ luật
    Hình sự sửa đổi năm 2017", "… 2025") and a year after its first version that is
    none of them."""
    law = _listed_law(name)
    return (law is not None and law.kind == "code" and year not in law.versions
            and bool(law.versions) and year > law.versions[0])


def law_version(name: str | None, year: int | None) -> tuple[str, str] | None:
    """(official name, key) of the version of `year` of the listed law `name`, if the
    table lists that version: ("Luật Đất đai", "Luật Đất đai 2013") for ("Luật đất
    đai", 2013)."""
    law = _listed_law(name) if year else None
    if law is None or year not in law.versions:
        return None
    return law.name, law_key(law.name, year)


def name_is_known(name: str | None) -> bool:
    """Whether the law table knows `name` ("Luật Đất đai", "Luật BHXH")."""
    return _listed_law(name) is not None


def law_passed_after(name: str | None, year: int) -> bool:
    """Whether the table's law `name` was first passed after `year` (what a text of that
    year names is the bill)."""
    law = _listed_law(name)
    return law is not None and bool(law.versions) and law.versions[0] > year


def law_passed_later(name: str | None, iso_date: str) -> bool:
    """Whether the table's law `name` has a version passed after `iso_date` (later its
    year, where the table knows the month, or the next year): a bill under debate then."""
    law = _listed_law(name)
    return law is not None and laws.passed_later(law, iso_date)


def law_passed_month(name: str | None, year: int) -> int | None:
    """The month the table's law `name` was passed in `year`, if it knows it."""
    law = _listed_law(name)
    return next((mo for v, mo in law.passages if v == year), None) if law is not None else None


def law_version_passed(name: str, iso_date: str | None) -> int | None:
    """The year of the latest version of law `name` passed by `iso_date` (laws.
    version_passed_by), if the table knows the law and the date."""
    law = _listed_law(name) if iso_date else None
    return laws.version_passed_by(law, iso_date[:10]) if law is not None else None


NEWER_YEARS = 2  # how long after its passage a version is still "the amended law"


def latest_law_version(name: str | None) -> int | None:
    """The year of the newest version of law `name` the table lists, if any."""
    law = _listed_law(name)
    return law.versions[-1] if law is not None and law.versions else None


def law_version_in_force(name: str, iso_date: str | None) -> int | None:
    """The year of the version of law `name` in force at `iso_date`, if the table knows
    and no newer version, passed but not yet in force, makes the date say nothing (the
    article may speak of either)."""
    law = _listed_law(name) if iso_date else None
    if law is None or laws.version_pending(law, iso_date[:10]):
        return None
    return laws.version_in_force(law, iso_date[:10])


# --- across the corpus ---------------------------------------------------------------------

_WORD = _compile(r"\w+")


@lru_cache(maxsize=65536)  # one subject is written the same way by many articles
def subject_words(title: str | None) -> frozenset[str]:
    """The content words of a subject clause, abbreviations spelt out ("DN" ->
    doanh nghiệp), lower case with diacritics kept (phát ≠ phạt)."""
    if not title:
        return frozenset()
    words: list[str] = []
    for w in _WORD.findall(title):
        words.extend(vocab.SUBJECT_ABBREVIATIONS.get(w, w).lower().replace("uỷ", "ủy").split())
    return frozenset(w for w in words if w not in vocab.SUBJECT_STOP_WORDS and not w.isdigit())


def subject_likeness(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Share of the shorter subject's words found in the other; None when either is too
    short to say anything."""
    if len(a) < SUBJECT_MIN_WORDS or len(b) < SUBJECT_MIN_WORDS:
        return None
    return len(a & b) / min(len(a), len(b))


SUBJECT_MIN_WORDS = 3
SUBJECT_SAME = 0.6     # at or above: the subject names this document
SUBJECT_OTHER = 0.25   # below (every subject of the candidate): it names another
SUBJECT_LONE = 0.5     # at or above, of the one candidate nothing ruled out: this one


@dataclass(slots=True)
class Candidate:
    """A document a mention may name, as the corpus knows it."""

    key: str
    year: int | None
    issuer: str | None
    subjects: list[frozenset[str]] = field(default_factory=list)
    # key -> how many of the articles citing this document cite it too
    cocited: dict[str, int] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()  # the articles citing it
    # rare word -> how many of the articles citing it by this key use it (its topic)
    topic: dict[str, int] = field(default_factory=dict)
    # the articles its topic may be learnt from, when not `articles`: those citing it in
    # full, and those whose mentions of it their own subject, term or date decided (the
    # topic counts at most Store.TOPIC_PER_DOCUMENT of them)
    topic_from: frozenset[str] = frozenset()
    # its day of issue, where a text gives it ("2024-12-26")
    date: str | None = None
    # the word pairs of its subjects ("kinh tế", "tư nhân"), for subject_in_article
    subject_pairs: frozenset[str] = frozenset()


@dataclass(slots=True)
class Pending:
    """An undated or issuer-less mention awaiting corpus-level resolution."""

    id: int
    article: str
    raw_key: str
    title: str | None
    hints: str | None
    article_date: str | None
    beside: frozenset[str] = frozenset()  # other keys its article cites
    topic: frozenset[str] = frozenset()  # the rare words of its article
    issuer: str | None = None  # as its text names it ("của Bộ Chính trị", "-NQ/TW")


@dataclass(slots=True)
class Decision:
    key: str | None          # None: stays as written
    by: str | None
    candidates: list[str]    # when not joined: the documents it could be


def subject_readings(title: str | None) -> list[frozenset[str]]:
    """The words of a mention's subject clause, whole and up to each comma: the press
    runs the subject on into its own sentence ("Nghị quyết 39 của Bộ Chính trị về tinh
    giản biên chế, đến nay biên chế không những không giảm mà còn tăng"), and the
    document's subject is then the clause up to a comma."""
    if not title:
        return []
    out = [subject_words(title)]
    parts = title.split(",")
    for k in range(1, len(parts)):
        words = subject_words(",".join(parts[:k]))
        if len(words) >= SUBJECT_MIN_WORDS and words not in out:
            out.append(words)
    return out


def _subject_score(readings: list[frozenset[str]], c: Candidate) -> float | None:
    scores = [s for s in (subject_likeness(w, cs) for w in readings for cs in c.subjects)
              if s is not None]
    return max(scores) if scores else None


def reference_applies(c: Candidate, issuer: str | None, title: str | None) -> bool:
    """Whether a document known from the reference table alone (no article of the
    corpus cites it in full) is a candidate for a mention: when the mention names its
    issuer ("Nghị quyết 39 của Bộ Chính trị"), or its subject ("Nghị quyết 29 về đổi
    mới căn bản, toàn diện giáo dục"). A bare "Nghị quyết 35" in business news stays
    with the documents the corpus knows (35/NQ-CP of 2016), not 35-NQ/TW of 2018."""
    if issuer is not None:
        return issuer == c.issuer
    s = _subject_score(subject_readings(title), c)
    return s is not None and s >= SUBJECT_SAME


def decide(m: Pending, cands: list[Candidate]) -> Decision:
    """Join `m` to one of `cands` on evidence, strongest first; see module doc.

    Contradictions remove a candidate: issued after the article; outside the term or
    year written near the mention; a subject that shares (almost) nothing with the
    mention's. Then a candidate is chosen by subject, else by the term or year near the
    mention, else by the article's date (others issued later; or a central Party
    document of an earlier year of the article's term, numbering restarting each term:
    _same_term), else by the documents cited beside it. One candidate and no evidence:
    not joined.
    """
    if not cands:
        return Decision(None, None, [])
    hints = parse_hints(m.hints)
    if SERIES in hints:  # many documents of one number, not one of them
        return Decision(None, None, [])
    term = vocab.TERMS.get(hints.get("term", ""))
    near_year = int(hints["year"]) if "year" in hints else None
    art_year = int(m.article_date[:4]) if m.article_date and m.article_date[:4].isdigit() else None
    if near_year is not None and art_year is not None and near_year > art_year:
        near_year = None  # a year still to come is a target, not the year of issue
    # "sau 8 năm thực hiện" in a text of 2025: issued in 2016-2018
    aged = (art_year - int(hints["age"]) - AGE_SLACK, art_year - int(hints["age"]) + AGE_SLACK
            ) if "age" in hints and art_year is not None and near_year is None else None
    if aged and not any(c.year is not None and aged[0] <= c.year <= aged[1] for c in cands):
        aged = None  # a count that fits no candidate says nothing of which one
    # "vừa ban hành": weak, read last (after the subject), and only to pick that year's
    recent = recent_year(hints, m.article_date) if near_year is None else None
    words = subject_readings(m.title)
    # (the day, where both are known: "Nghị định 168" on 16 January 2025 is not the 168
    # of 30 June 2025)
    art_day = m.article_date[:10] if m.article_date and len(m.article_date) >= 10 else None
    # "Nghị quyết 19 của Chính phủ về cải thiện môi trường kinh doanh … năm 2014": a year
    # the subject names (not a target: "đến năm 2020"), where a candidate is of that
    # year, rules out the yearly series' others, however alike their subjects
    named_year = _subject_year(m.title)
    if named_year is not None and not any(c.year == named_year for c in cands):
        named_year = None
    left: list[Candidate] = []
    dated_out = False
    for c in cands:
        if named_year is not None and c.year is not None and c.year != named_year:
            continue
        if c.year is not None:
            if art_year is not None and c.year > art_year or (
                    art_day and c.date and c.date > art_day):
                dated_out = True
                continue
            if term is not None and not term[0] <= c.year <= term[1]:
                continue
            if near_year is not None and c.year != near_year:
                continue
            if aged is not None and not aged[0] <= c.year <= aged[1]:
                continue
        s = _subject_score(words, c)
        if s is not None and s < SUBJECT_OTHER:
            continue
        left.append(c)
    if not left:  # every candidate ruled out: another document, not an ambiguous one
        return Decision(None, None, [])
    # subject: one candidate clearly named by the mention's subject clause
    scored = [(s, c) for c in left if (s := _subject_score(words, c)) is not None]
    scored.sort(key=lambda sc: -sc[0])
    named = [c for sc, c in scored if sc >= SUBJECT_SAME]
    if len(named) > 1 and (_one_document(named) or _one_decision(named)):
        # "67/2014/NĐ-CP" and the press's "67/2015/NĐ-CP", both "về một số chính sách
        # phát triển thủy sản": two documents of one type, number and issuer do not share
        # a subject, so these are one, under the year most articles print
        best = max(named, key=lambda c: (len(c.articles), -(c.year or 0)))
        return Decision(best.key, "subject", [])
    if scored and scored[0][0] >= SUBJECT_SAME and (
            len(scored) == 1 or scored[1][0] < SUBJECT_SAME):
        # A candidate whose subject the corpus never gives does not block the join:
        # two documents of one number rarely share a subject, and "về đẩy mạnh học
        # tập và làm theo tư tưởng … Hồ Chí Minh" names 5-CT/TW of 2016 whatever the
        # 5-CT/TW of 1951 was about.
        return Decision(scored[0][1].key, "subject", [])
    if named_year is not None:
        # "Nghị quyết số 01/NQ-CP về … dự toán ngân sách nhà nước năm 2017": the one
        # candidate of the year its subject names
        of_year = [c for c in left if c.year == named_year]
        if len(of_year) == 1:
            return Decision(of_year[0].key, "subject", [])
    list_term = vocab.TERMS.get(hints.get("list_term", ""))
    if term is None and near_year is None and list_term is not None:
        # "thực hiện Nghị quyết Trung ương 4 (khóa XII), Chỉ thị 05 của Bộ Chính trị":
        # the one candidate of the term of the documents listed with it (5-CT/TW of
        # 2016, not of 1951); where that leaves none ("Nghị quyết Đại hội XII của Đảng,
        # Nghị quyết số 39 …", 39-NQ/TW of 2015) the list's term says nothing of it
        in_term = [c for c in left if c.year is not None
                   and list_term[0] <= c.year <= list_term[1]]
        if len(in_term) == 1:
            return Decision(in_term[0].key, "term", [])
    if recent is not None and term is None:
        this_year = [c for c in left if c.year == recent]
        if len(this_year) == 1:
            return Decision(this_year[0].key, "date", [])
    if len(left) == 1:
        c = left[0]
        # a subject that shares half its words with the one candidate left, and none it
        # contradicts: "về chấn chỉnh hoạt động thanh tra, kiểm tra tại doanh nghiệp"
        # names 20/CT-TTg of 2017, which other articles paraphrase ("về việc hạn chế
        # thanh tra chồng chéo đối với doanh nghiệp")
        if scored and scored[0][1] is c and scored[0][0] >= SUBJECT_LONE:
            return Decision(c.key, "subject", [])
        if (term is not None or near_year is not None) and c.year is not None:
            return Decision(c.key, "term", [])
        if (dated_out or aged is not None) and c.year is not None:
            return Decision(c.key, "date", [])
        # ("vừa ban hành" in April 2025 says another year's: weak, but no join then)
        if (art_year is not None and recent is None and m.issuer == c.issuer
                and _same_term(c, art_year, art_day)):
            return Decision(c.key, "date", [])
    # documents cited beside it: one candidate shares some, the others none
    # (in other articles: the mention's own would confirm itself, and counts once for
    # each key it cites, `beside` being what it cites)
    hits = [c for c in left if _cited_elsewhere(m, c)]
    if len(hits) == 1 and len(left) <= COCITED_MAX_CANDIDATES:
        return Decision(hits[0].key, "corpus", [])
    return topic_decision(m, cands, left)


# "… quốc gia năm 2014", "… năm 2017, định hướng đến năm 2020": the year a subject is
# of, not one it aims at or a span it covers
_SUBJECT_YEAR = _compile(r"(?<!đến\s)(?<!tới\s)(?<!hết\s)(?<!đoạn\s)(?<!vọng\s)(?<!nhìn\s)"
                         r"(?<!từ\s)(?<!trong\s)(?<!sau\s)(?<!trước\s)(?<!cuối\s)(?<!đầu\s)"
                         r"(?<!giữa\s)(?<!qua\s)"
                         r"(?<![^\W\d_])năm\s++(?P<year>(?:19|20)\d\d)(?![\d/-])"
                         r"(?!\s*+[-–]\s*+(?:19|20)\d\d)")


def _subject_year(title: str | None) -> int | None:
    """The one year of `title` (_SUBJECT_YEAR), or None: none, or several."""
    if not title or "năm" not in title:
        return None
    years = {int(y) for y in _SUBJECT_YEAR.findall(title)}
    return years.pop() if len(years) == 1 else None


def _same_term(c: Candidate, art_year: int, art_day: str | None = None) -> bool:
    """Whether `c` is a central Party document (numbered anew each term) that a mention
    naming a Party issuer in an article of `art_year` can only mean: the one of that
    number known from the article's own term, issued before it. "Nghị quyết 57 của Bộ
    Chính trị" in 2025 is 57-NQ/TW of December 2024. (Not in a term's first year, which
    the previous term shares; in the article's own year only where both days are known,
    `art_day` and the document's: "Kết luận 127 của Bộ Chính trị" on 10 March 2025 is
    127-KL/TW of 28 February 2025.)"""
    if c.issuer != "TW" or c.year is None or not (
            c.year < art_year or (c.year == art_year and art_day and c.date
                                  and c.date <= art_day)):
        return False
    return any(a < c.year and art_year <= b for a, b in vocab.TERMS.values())


# The subject read in the article's own words, where the mention gives none: "thể chế
# hóa chủ trương của Nghị quyết 18-NQ/TW vào Luật Đất đai 2024 và khuyến nghị hoàn thiện" of
# 18-NQ/TW of 2022 ("… hoàn thiện thể chế, chính sách … quản lý và sử dụng đất"), none of
# whose words 2017's "… sắp xếp tổ chức bộ máy …" shares. Word pairs, not syllables:
# "kinh tế" says more than "kinh"; and only the corpus's rare ones (a corpus of a few
# dozen articles has none: the rule waits for a larger one). Among several candidates,
# one whose own pairs (those no other's subject has) the article uses SUBJECT_PAIRS_MIN
# times, the others' none. Not a lone candidate: with nothing to set it against, a
# title's stock phrases ("công tác bảo đảm …") say too little.
SUBJECT_PAIRS_MIN = 3


def subject_pairs(titles: Iterable[str]) -> frozenset[str]:
    """The neighbouring word pairs of subject clauses, but those of function words and a
    title's stock words ("tăng cường", "đẩy mạnh", "thực hiện": vocab.SUBJECT_STOP_WORDS)."""
    stop = vocab.SUBJECT_STOP_WORDS
    return frozenset(w for w in topic_words(titles) if " " in w
                     and not any(x in stop for x in w.split()))


def subject_in_article(words: frozenset[str] | set[str], left: list[Candidate]
                       ) -> Candidate | None:
    """The one candidate of `left` whose subject the article's rare words (`words`: of
    its title and snippets, those in at most TOPIC_RARE_SHARE of the corpus's articles:
    "bảo đảm" and "công tác" are in every other subject) name; see SUBJECT_PAIRS_MIN."""
    known = [c for c in left if c.subject_pairs]
    if not words or len(known) != len(left) or len(left) < 2:
        return None
    hits = []
    for c in left:
        others = frozenset().union(*(o.subject_pairs for o in left if o is not c))
        hits.append((len((c.subject_pairs - others) & words), c))
    named = [c for n, c in hits if n >= SUBJECT_PAIRS_MIN]
    if len(named) == 1 and all(n == 0 for n, c in hits if c is not named[0]):
        return named[0]
    return None


def topic_decision(m: Pending, cands: list[Candidate], left: list[Candidate]) -> Decision:
    """The last evidence: the topic (_topic_match) among `left`, the candidates no
    contradiction removed; undecided otherwise, listing them."""
    if (c := _topic_match(m, cands, left)) is not None:
        return Decision(c.key, "corpus", [])
    return Decision(None, None, sorted(c.key for c in left))


COCITED_MAX_CANDIDATES = 3
# The topic: the article's rare words ("tàu", "vỏ thép", "ngư dân" beside "Nghị định
# 67") against those of the articles citing each candidate by its full symbol. A word
# counts for a candidate when at least TOPIC_SUPPORT other such articles use it and no
# article citing another candidate does; TOPIC_MIN_WORDS of them join, where every other
# candidate has at most a TOPIC_DOMINANCE-th as many. Rare: in at most TOPIC_RARE_SHARE of
# the corpus's articles.
TOPIC_MIN_WORDS = 3
TOPIC_SUPPORT = 2
TOPIC_RARE_SHARE = 0.017
TOPIC_DOMINANCE = 5  # another candidate's words, times this, at most the best's


def _topic_match(m: Pending, cands: list[Candidate], left: list[Candidate]
                 ) -> Candidate | None:
    # Every candidate known by its own articles. One candidate alone joins only on its
    # articles' rare words as any other does: "Thông tư 332 hướng dẫn về cách tính tiền
    # sử dụng đất" shares them with the articles citing 332/2016/TT-BTC, while "Nghị định
    # 01 … giao khoán đất rừng" (01/CP of 1995, which the corpus never cites in full)
    # shares none with its lone candidate's.
    if not m.topic or any(not c.topic for c in cands):
        return None
    found = []
    for c in left:
        # a key whose subject agrees with c's word for word is c under the press's typo
        # year ("67/2015/NĐ-CP … về một số chính sách phát triển thủy sản"), not another
        others = [o for o in cands if o is not c and not _one_document([c, o])]
        own = 1 if m.article in (c.topic_from or c.articles) else 0
        # (the words both know first, an intersection in C: most of either are not)
        need = TOPIC_SUPPORT + own
        words = [w for w in c.topic.keys() & m.topic if c.topic[w] >= need
                 and not any(w in o.topic for o in others)]
        if words:
            found.append((len(words), c))
    if not found:
        return None
    found.sort(key=lambda nc: -nc[0])
    best = found[0][0]
    # the candidates found beside the best: the same document under a typo year, or
    # one sharing a stray word or two where the best shares many ("hiện mức" against
    # "khung giá", "khám chữa", "thẻ BHYT" …)
    if best >= TOPIC_MIN_WORDS and all(
            _one_document([found[0][1], c]) or n * TOPIC_DOMINANCE <= best
            for n, c in found[1:]):
        one = [c for n, c in found if c is found[0][1] or _one_document([found[0][1], c])]
        # one document under several keys: the year most articles print
        return max(one, key=lambda c: (len(c.articles), -(c.year or 0)))
    return None


_TOPIC_WORD = r"[^\W\d_]{2,}"
# runs of words not broken by punctuation: a pair is two words of one phrase
_TOPIC_RUN = _compile(rf"{_TOPIC_WORD}(?:[ \t]+{_TOPIC_WORD})*")


def topic_words(texts: Iterable[str | None]) -> set[str]:
    """The lower-cased syllables of `texts` (an article's title and snippets), and each
    pair of neighbouring ones: a Vietnamese word is often two syllables, and "vỏ thép"
    or "ngư dân" is rarer, so more telling, than "vỏ", "thép", "ngư" or "dân"."""
    out: set[str] = set()
    stop = vocab.TOPIC_STOP_SYLLABLES
    # (one pass over the texts joined by a line break, which no run crosses; the stop
    # words taken out once at the end: a quarter faster, the finalize of a large corpus
    # reading thousands of articles' words)
    for run in _TOPIC_RUN.findall("\n".join([t for t in texts if t]).lower()):
        ws = run.split()
        out.update(ws)
        if len(ws) > 1:
            out.update([f"{a} {b}" for a, b in zip(ws, ws[1:])
                        if a not in stop and b not in stop])
    out.difference_update(stop)
    return out
SUBJECT_ONE_DOCUMENT = 0.9  # candidates whose subjects agree this far are one document


def _one_document(cands: list[Candidate]) -> bool:
    """Whether every pair of `cands` has subjects that agree almost word for word, both
    ways: an annual resolution repeats last year's subject with a few words more ("về
    tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu …", 19/NQ-CP of 2016 and of
    2017), which one containing the other does not make one document."""
    for i, a in enumerate(cands):
        for b in cands[i + 1:]:
            best = max((len(x & y) / len(x | y) for x in a.subjects for y in b.subjects
                        if x and y), default=0.0)
            if best < SUBJECT_ONE_DOCUMENT:
                return False
    return True


def _one_decision(cands: list[Candidate]) -> bool:
    """Whether `cands` are one dated decision under the keys of both its numbering
    series ("652/2001/QĐ-NHNN" and "652/QĐ-NHNN@2001", which the corpus stage folds into
    the one printed): their subjects may differ by a misprint or an abbreviation."""
    idents = {decision_identity(c.key) for c in cands}
    return len(idents) == 1 and None not in idents


def _cited_elsewhere(m: Pending, c: Candidate) -> bool:
    own = 1 if m.article in c.articles else 0
    return any(c.cocited.get(k, 0) > own for k in m.beside)


def spread_in_article(pending: list[Pending], decisions: dict[int, Decision]) -> None:
    """The same mention's resolution elsewhere in the article: mentions of one raw key
    in one article that were not joined take the one key the others were joined to,
    unless that key was ruled out for them (not among their candidates)."""
    groups: dict[tuple[str, str], list[Pending]] = defaultdict(list)
    for p in pending:
        groups[(p.article, p.raw_key)].append(p)
    for ps in groups.values():
        joined = {decisions[p.id].key for p in ps if decisions[p.id].key}
        if len(joined) != 1:
            continue
        key = next(iter(joined))
        for p in ps:
            d = decisions[p.id]
            if d.key is None and key in d.candidates:
                decisions[p.id] = Decision(key, "article", [])


CORPUS_AGREEING_MIN = 2  # mentions decided on their own evidence, all one way


def spread_in_corpus(pending: list[Pending], decisions: dict[int, Decision]) -> None:
    """The same form's resolution elsewhere in the corpus: when every mention of a raw
    key that was decided on its own evidence (subject, term, date) went to one key, and
    at least CORPUS_AGREEING_MIN did, the undecided mentions of that raw key left with
    it as their only candidate take it ("67/CP" is read "về một số chính sách phát triển
    thủy sản" wherever the text says which). A single dissent stops it."""
    decided: dict[str, list[str]] = defaultdict(list)
    for p in pending:
        d = decisions[p.id]
        if d.by in ("subject", "term", "date"):
            decided[p.raw_key].append(d.key)
    for p in pending:
        d = decisions[p.id]
        keys = decided.get(p.raw_key, ())
        # it confirms the one candidate left, it never chooses among several: "Nghị
        # định 108" read as 108/2014 on its subject elsewhere is 108/2015 in an article
        # on excise tax, and "các Nghị quyết 19" are the series
        if (d.key is None and len(keys) >= CORPUS_AGREEING_MIN and len(set(keys)) == 1
                and d.candidates == [keys[0]]):
            decisions[p.id] = Decision(keys[0], "corpus", [])
        elif (d.key is None and len(keys) >= CORPUS_AGREEING_MIN and len(set(keys)) == 1
                and d.candidates == [undated_form(keys[0])]):
            # its one candidate is the symbol the others were dated from ("Nghị quyết 29"
            # -> 29-NQ/TW, where the others read 29-NQ/TW of 2013 on their subject): the
            # issuer is settled, the version is not
            decisions[p.id] = Decision(d.candidates[0], "corpus", [])


def law_decisions(rows: Iterable[Mapping]) -> dict[int, tuple[str, str]]:
    """Undated mentions of named documents -> (key, how): the version in force at the
    article's date ("date"), else the one version the article names elsewhere
    ("article"; not one it measures another against: "so với Luật Trợ giúp pháp lý 2006",
    hint BASELINE). Bills ("dự thảo Luật …", form "draft") are not among `rows`. A law
    named as amended ("Luật Du lịch sửa đổi vừa được thông qua", hint NEWER) is the
    latest version passed by the article's date, else none: the version the article
    names elsewhere is the one it replaced ("Luật Du lịch năm 2005").
    `rows`: id, article, name, year, article_date, hints of named mentions."""
    by_article: dict[str, list[Mapping]] = defaultdict(list)
    for r in rows:
        by_article[r["article"]].append(r)
    out: dict[int, tuple[str, str]] = {}
    for rs in by_article.values():
        named: dict[str, set[int]] = defaultdict(set)
        hints = {r["id"]: parse_hints(r.get("hints")) for r in rs}
        for r in rs:
            # ("so với Luật Trợ giúp pháp lý 2006": not the version the others mean)
            if r["year"] and BASELINE not in hints[r["id"]]:
                named[r["name"]].add(r["year"])
        for r in rs:
            if r["year"] or not r["name"]:
                continue
            # the one version the article names elsewhere, if it names one
            elsewhere = (next(iter(named[r["name"]])) if len(named.get(r["name"], ())) == 1
                         else None)
            if NEWER in hints[r["id"]]:
                # (a version passed long before the article is not "the amended law": that
                # one is still a bill, its version unknown)
                y = law_version_passed(r["name"], r["article_date"])
                if y is not None and y >= int(r["article_date"][:4]) - NEWER_YEARS:
                    out[r["id"]] = (law_key(r["name"], y), "date")
                elif (not r["article_date"] and elsewhere is not None
                      and elsewhere == latest_law_version(r["name"])):
                    # an undated text naming the newest version elsewhere ("Luật BHXH
                    # (sửa đổi) đã được Quốc hội … thông qua" … "Luật BHXH 2024"): that one
                    out[r["id"]] = (law_key(r["name"], elsewhere), "article")
                continue
            y = law_version_in_force(r["name"], r["article_date"])
            if y is not None:
                out[r["id"]] = (law_key(r["name"], y), "date")
            elif elsewhere is not None:
                out[r["id"]] = (law_key(r["name"], elsewhere), "article")
    return out


# --- bodies --------------------------------------------------------------------------------

# every listed spelling, and every canonical name in any case, to the canonical name
_BODY_CANON = {**{k.lower(): v[1] for k, v in vocab.BODIES.items()},
               **{v[1].lower(): v[1] for v in vocab.BODIES.values()}}
_BODY_PLACE = _compile(
    "|".join(rf"(?<!\w){re.escape(w)}(?=\s)" for w in vocab.BODY_PLACE_SPELLINGS))
_PLACE_ABBR = _compile(
    "|".join(rf"(?<!\w){re.escape(w)}(?!\w)"
             for w in sorted(vocab.PLACE_ABBREVIATIONS, key=len, reverse=True)))


# canonical body names -> issuer code, longest first: a body's name begins with one
# ("Ủy ban nhân dân tỉnh Sơn La") or ends with one ("Ban Thường vụ Tỉnh ủy")
_BODY_CODES = sorted({**{n: code for code, n, _k in vocab.ISSUERS.values() if n},
                      **{n: code for code, n in vocab.BODIES.values()}}.items(),
                     key=lambda nc: -len(nc[0]))


def body_issuer(name: str) -> str | None:
    """The issuer code a body's (canonical) name says: its own, else the listed body it
    begins with (a place after it), else the Party committee it ends with (an organ of
    that committee: "Ban Thường vụ Tỉnh ủy")."""
    for n, code in _BODY_CODES:
        if name == n or name.startswith(n + " "):
            return code
    # (an organ of a Party committee is the Party's; "Văn phòng Quốc hội" or "Đảng đoàn
    # Quốc hội" is not the Assembly)
    for n, code in _BODY_CODES:
        if name.endswith(" " + n) and code in vocab.PARTY_ISSUERS and code != "TW":
            return code
    return None


def issuer_kind(code: str | None) -> str | None:
    entry = _issuer_entry(code)
    return entry[2] if entry else None


@lru_cache(maxsize=4096)  # once per spelling, not once per reading of a document
def canonical_body(name: str | None) -> str | None:
    """One spelling per body ("Bộ chính trị" -> "Bộ Chính trị"); None for phrases that
    are not bodies ("Thủ tướng Chính phủ ký", "… quy định")."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip().replace("Uỷ", "Ủy").replace("uỷ", "ủy")
    name = _PLACE_ABBR.sub(lambda m: vocab.PLACE_ABBREVIATIONS[m.group()], name)
    name = _BODY_PLACE.sub(lambda m: vocab.BODY_PLACE_SPELLINGS[m.group()], name)
    low = name.lower()
    if any(low.endswith(" " + w) for w in vocab.NOT_BODY_ENDINGS):
        return None
    return _BODY_CANON.get(low, name)
