"""Compiled patterns, built once from the tables of vocab.py.

All patterns run on normalised text (normalize.py): NFC, Đ for Ð, plain spaces and
hyphens. Normalisation keeps every offset, so matches index the text as read.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as sre_parse

from . import laws as _laws
from . import vocab
from .compiled import compile as _compile
from .compiled import remember
from .lines import after_newline

LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
UPPER = "A-Z" + "".join(c.upper() for c in LOWER[3:])
LETTER = LOWER + UPPER


# Vietnamese writes some tone marks on either vowel of a pair (Ủy/Uỷ, Hòa/Hoà, khóa/khoá,
# thủy/thuỷ) and "qui" for "quy"; one entry in vocab stands for every spelling.
SPELLING_PAIRS = [
    ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"),
    ("ọa", "oạ"), ("úy", "uý"), ("ùy", "uỳ"), ("ụy", "uỵ"), ("ũy", "uỹ"),
]


def spelling_variants(phrase: str) -> set[str]:
    out = {phrase}
    for a, b in SPELLING_PAIRS:
        # Swapping one pair never makes another pair's spelling (none ends with a bare
        # vowel u/o or starts with y/a), so a pair the phrase lacks is skipped: 3 ms of
        # start-up over the tables' phrases.
        if a in phrase or b in phrase:
            out |= {v.replace(a, b) for v in out} | {v.replace(b, a) for v in out}
    if "quy" in phrase:
        out |= {v.replace("quy", "qui") for v in out}
    return out


def case_variants(phrase: str) -> set[str]:
    """Each word in lower case or Capitalised ("Thông tư Liên tịch"), or all UPPER."""
    out = {""}
    for w in phrase.split():
        out = {f"{o} {v}".strip() for o in out for v in (w, w[:1].upper() + w[1:])}
    return out | {phrase.upper()}


def alternation(phrases, flags: str = "", cases: bool = False) -> str:
    """One pattern for every spelling of `phrases`, as a trie ("Nghị (?:quyết|định)"):
    sre then tests each position against a few first characters instead of every
    phrase in turn, which halves the cost of the type-word scan. `cases` spells out case
    variants instead of an ignore-case flag, for the same reason. The longest phrase
    wins, as in a longest-first alternation; a space stands for any run of spaces.
    Built once per set of phrases and kept (compiled.remember): the law table's
    spellings take a tenth of a second to expand."""
    phrases = tuple(sorted(set(phrases)))

    def build() -> str:
        variants = {v for p in phrases for v in spelling_variants(p)}
        if cases:
            variants = {c for v in variants for c in case_variants(v)}
        body = _trie_pattern(_trie(" ".join(v.split()) for v in variants))
        return f"(?{flags}:{body})" if flags else f"(?:{body})"
    return remember(("alternation", 1, phrases, flags, cases), build)


_END = ""  # marks the end of a phrase in a trie node


def _trie(phrases) -> dict:
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _trie_pattern(node: dict) -> str:
    alts = [(r"\s++" if ch == " " else re.escape(ch)) + _trie_pattern(child)
            for ch, child in sorted(node.items()) if ch != _END]
    if not alts:
        return ""
    if len(alts) == 1 and _END not in node:
        return alts[0]
    group = "(?:" + "|".join(alts) + ")"
    return group + "?" if _END in node else group


# --- document symbols -----------------------------------------------------------------
# 57-KL/TW · 05-CT/TW · 47/NQ-CP · 57/2022/NĐ-CP · 59/2020/QH14 · 19-2017/NQ-CP ·
# 278/QĐ-BNN-BVTV · 4567/BTTTT-CBC · 67/CP. Spaces may stand around the separators
# ("57- KL/TW", "57 -KL/TW"); a line may break there.
_NUM = r"\d{1,5}"
# "36a/NQ-CP", "961A/TB-LĐ"; "66.7/2025/NQ-CP" (the Government's 2025 series 66.1-66.x)
_SUBNUM = r"(?:\.\d{1,2}(?=[ \t]?[-/]))?"
_SYMNUM = rf"\d{{1,5}}{_SUBNUM}[a-zA-Z]?"
_SEP = r"[ \t]?[-/][ \t]?"
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# A code is capitals, with a lower-case letter or two inside ("GDTrH", "HoREA") or at
# the end ("TTg", "TTr"), ending where its letters end: in "67/CPvừa" and
# "TT-BNNPTNTngày" the press glued the next word on.
# (or, where a page lower-cased everything, "chỉ thị số 05-ct/tw": a listed type code
# or Party or central issuer code in small letters, never after a blank: "Nghị quyết 57
# - tư duy đột phá" is no symbol)
_SEG_LOWER = alternation({c.lower() for c in (*vocab.TYPE_CODES, *vocab.PARTY_ISSUERS,
                                             "CP", "TTg", "QH", "UBND", "HĐND")})
# The type codes, longest first (sre tries an alternation in order): "NQLT" before "NQ"
_TYPE_CODE_ALT = "|".join(sorted(vocab.TYPE_CODES, key=len, reverse=True))
# (a capital and two small letters begin a word, no code: "Nghị quyết 198/2025/QH15 –
# Khơi thông …" is 198/2025/QH15; but for a code typed so, "QĐ-Ttg")
_TITLE_CASED_CODES = alternation({c.title() for c in (*vocab.SEGMENT_SPELLINGS, *vocab.ISSUERS)
                                  if len(c) == 3})
_SEG = (rf"(?:(?!(?!(?:{_TITLE_CASED_CODES})(?![{LETTER}]))[{UPPER}][{LOWER}]{{2}})[{UPPER}][{UPPER}&]*+(?:[{LOWER}]{{1,2}}[{UPPER}][{UPPER}&]*+)*+"
        rf"(?:[{LOWER}]{{1,2}}(?![{LETTER}]))?\d*|(?<![ \t]){_SEG_LOWER}(?![{LETTER}\d]))")
# "12/2022/TT BCA": a space for the dash between a type code and a known issuer code.
_SPACED_ISSUER = (rf"(?:[ \t](?=(?:{'|'.join(sorted(map(re.escape, vocab.ISSUERS), key=len, reverse=True))})"
                  rf"(?![{LETTER}\d])){_SEG})?")
# "10/2016 QĐ-UBND", "67/2014 NĐ-CP": a space for the slash after the year, where a
# type code and its dash follow
_YEAR_SPACE = (rf"(?<=[-/]\d{{4}})[ \t]"
               rf"(?=(?:{_TYPE_CODE_ALT})-)")
# A further segment; after a blank around its dash, a whole word: "… 68-NQ/TW -
# VnEconomy" (a headline's site name) is 68-NQ/TW
_MORE_SEG = (rf"[-/]{_SEG}|(?:[ \t][-/][ \t]?|[-/][ \t])(?:{_SEG})(?![{LETTER}])")
# "Hướng dẫn số 06 HD/TW": a space for the dash after the number, where a type code, a
# slash and an issuer follow
_CODE_SPACE = (rf"(?<=\d)[ \t](?=(?:{_TYPE_CODE_ALT})"
               rf"/[{UPPER}])")
SYMBOL = (
    rf"(?P<num>{_SYMNUM})(?:(?P<ysep>{_SEP})(?P<nyear>{_YEAR}))?"
    rf"(?P<s1>{_SEP}|{_YEAR_SPACE}|{_CODE_SPACE})(?P<segs>{_SEG}{_SPACED_ISSUER}(?:{_MORE_SEG}){{0,5}})"
)
# Segments of a symbol's tail, with the separator before each.
SEGMENT = _compile(rf"([-/]?)\s*({_SEG})")

# A number alone after a type word: "Nghị quyết 57", "Nghị định 49/2017" (number/year).
# Not a quantity ("Kế hoạch 5 năm"), a decimal ("Quyết định 2,5"), a date or a symbol.
# A Party congress's term as numbered after "khóa": "XII", and as some pages print it, "12"
TERM_NUMERAL = r"(?:[IVXLC]+|1[0-9]|[1-9])(?![\dIVXLC])"
# A Party or Assembly term named: "khóa XII", "Khoá 12"
TERM_NAMED = rf"(?i:khóa|khoá)\s+{TERM_NUMERAL}"
_QUANTITY = alternation(vocab.QUANTITY_WORDS, "i")
BARE_NUMBER = (
    # "Nghị quyết 19-2017" as "19/2017"; never after a year ("Kế hoạch 2016-2020")
    # "Nghị quyết 66.7": a sub-number (kept for the types that use them, DOTTED_NUMBER_TYPES)
    rf"(?P<bnum>{_NUM}(?:\.[1-9]\d?(?!\d|[.,]\d))?(?:[a-d](?![{LETTER}]))?)(?:(?:/|(?<!(?:19|20)\d\d)-)(?P<byear>{_YEAR}))?"
    # (a dash then a code is a symbol spaced out, "57 - KL/TW"; a dash then a word is
    # what follows the number: "triển khai Nghị định 67 - Đóng mới tàu cá …")
    rf"(?![\d{LETTER}])(?![.,]\d)(?!\s?[-/]\s?(?:\d|[{UPPER}]++(?![{LOWER}])))(?!%)"
    # "ngày 15-10-2014", "năm 2016" after the number date it: not quantities
    # (a quantity word that begins a verb is none: "Nghị định số 97 điều chỉnh lộ trình
    # học phí", "Nghị định 100 đồng thời quy định")
    # (never after a number with its year: "Nghị định 57/2025 phần lớn giữ nguyên …")
    rf"(?(byear)|(?!\s+(?!(?i:{alternation(vocab.QUANTITY_VERBS)})(?![{LETTER}])(?!\s+tiên)){_QUANTITY}\b"
    rf"(?!\s+(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}|\d{{1,2}}\s+tháng|{_YEAR}(?![-\d])))))"
)

TYPE_WORD = alternation([*vocab.TYPE_WORDS, *vocab.ABBREVIATED_TYPE_WORDS], cases=True)

# Qualifiers between a type word and "số": "Quyết định xử phạt vi phạm hành chính số",
# "Công văn khẩn số", "Kết luận thanh tra số". Only lower-case words, so a capitalised
# name ("Quyết định phê duyệt Đề án số 12") leaves the inner citation to its own match.
QUAL_WORDS_MAX = 7
_QUAL = rf"(?:\s+(?:[{LOWER}]+|[{UPPER}]{{2,5}})){{1,{QUAL_WORDS_MAX}}}?(?=\s+số\b)"

# A type word starts a word, or, in a scraped page that ran a category label into the
# headline ("Sức khỏeNghị quyết số 72-NQ/TW"), follows a small letter with its capital
_WORD_START = rf"(?:(?<![{LETTER}\d])|(?<=[{LOWER}])(?=[{UPPER}]))"
CITATION = _compile(
    rf"{_WORD_START}(?P<tw>{TYPE_WORD})"
    rf"(?P<qual>{_QUAL})?"
    rf"(?:\s+(?P<so>số|Số|SỐ)\s*+:?)?\s*+"  # (a heading in capitals: "THÔNG TƯ SỐ 30/2019/TT-NHNN")
    rf"(?:{SYMBOL}|{BARE_NUMBER})"
    # a bare symbol: no type word, but a type code (NĐ, QĐ, NQ …) or a QH law symbol
    rf"|(?<![{LETTER}\d/.,-])(?=\d{{1,5}}{_SUBNUM}(?:{_SEP}{_YEAR})?{_SEP}"
    rf"(?:(?:{_TYPE_CODE_ALT})[-/]|QH\d|UBTVQH\d))"
    rf"(?P<bare>{SYMBOL.replace('(?P<', '(?P<b_')})"
)

# What a typed CITATION match holds before its number's first digit: the type word, the
# qualifier's words and "số" (letters and blanks), then "số"'s colon. So a type word
# whose run of letters and blanks is not followed by a digit (or a colon and a digit)
# starts no match: in prose most do not ("đã quyết định tăng", "theo quy định, …").
# extract() reads each such run once, however many type words it holds.
assert all(c == " " or re.fullmatch(f"[{LETTER}]", c)
           for w in (*vocab.TYPE_WORDS, *vocab.ABBREVIATED_TYPE_WORDS)
           for v in spelling_variants(w) for c in v), "type words are letters and spaces"
WORDS_RUN = _compile(rf"[{LETTER}\s]*+")
DIGIT_AFTER_RUN = _compile(r":?\s*+\d")

# A type word inside a qualifier ("quy định tại nghị định số 15", "kết luận thanh tra
# tại công văn số 311"): the one nearest the number decides, unless the symbol's code
# agrees with the outer word ("Thông báo kết luận số 52/TB-VPCP").
INNER_TYPE_WORD = _compile(rf"(?<![{LETTER}])(?:{TYPE_WORD})(?![{LETTER}])")

# Where CITATION and NAMED may match, found by scans sre runs at C speed (both begin with
# a lookbehind, so sre tries them at every character), built from the same tables so
# they cannot fall behind them. TYPE_WORD_START runs on the lower-cased text, where a
# lower-case type word stands for every case variant. A bare symbol ("57/2022/NĐ-CP")
# is found at its last separator and type code ("/NĐ-"); its number starts at a digit
# at most BARE_REACH characters before.
TYPE_WORD_STARTS = frozenset(v.lower() for w in (*vocab.TYPE_WORDS, *vocab.ABBREVIATED_TYPE_WORDS)
                             for v in spelling_variants(w))
assert set(vocab.NAMED_KINDS) <= TYPE_WORD_STARTS, "NAMED's candidates are the type words'"
TYPE_WORD_START = _compile(alternation(TYPE_WORD_STARTS))
BARE_SEPARATORS = "-/"  # what BARE_CODE starts with: str.find finds them 8x faster
_LAW_TERMS = ("QH", "UBTVQH")  # a law's symbol ends in its term: "59/2020/QH14"
BARE_CODE_WORDS = frozenset(vocab.TYPE_CODES) | frozenset(_LAW_TERMS)
BARE_CODE = _compile(
    rf"[{BARE_SEPARATORS}][ \t]?(?:(?:{_TYPE_CODE_ALT})[-/]"
    rf"|(?:{'|'.join(_LAW_TERMS)})\d)")
BARE_REACH = sre_parse.parse(rf"{_NUM}{_SUBNUM}(?:{_SEP}{_YEAR})?[ \t]?").getwidth()[1]

# Further items of a list: "các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW".
_AND = r"(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)"
LIST_ITEM = _compile(rf"(?:{_AND}|\s*;\s*)(?:số\s+)?(?:{SYMBOL})")
LIST_NUMBER = _compile(rf"{_AND}(?:số\s+)?(?:{BARE_NUMBER})")
PLURAL_BEFORE = _compile(rf"(?i:{alternation(vocab.COUNT_WORDS)})\s+$")

# Named documents: "Luật Đất đai 2024", "Luật Báo chí năm 2016", "Bộ luật Hình sự",
# "Hiến pháp năm 2013". The name is cut at its first stop word in extract.py.
_NAMED_KINDS = ("bộ luật", "luật", "pháp lệnh")
_CONSTITUTION = ("Hiến pháp", "HIẾN PHÁP")
_BLANKS = r"\s+"
NAMED = _compile(
    rf"{_WORD_START}(?P<kind>{alternation(_NAMED_KINDS, cases=True)})\s+"
    rf"(?P<name>[{LETTER}]+(?:(?:\s+|,\s+)[{LETTER}]+){{0,{vocab.NAME_MAX_WORDS - 1}}})"
    rf"|(?<![{LETTER}\d])(?P<hp>{'|'.join(w.replace(' ', _BLANKS) for w in _CONSTITUTION)})"
    rf"(?![{LETTER}])"
)
# The characters a NAMED match starts with: extract() tries it at no other type word.
NAMED_FIRST = frozenset(v[0] for w in _NAMED_KINDS for v in case_variants(w)) | {
    w[0] for w in _CONSTITUTION}
LAW_NAME = _compile(rf"{alternation(vocab.LAW_NAMES, 'i')}(?![{LETTER}])")
LUAT_COMPOUND_BEFORE = _compile(rf"(?i:{'|'.join(vocab.LUAT_COMPOUNDS)})\s+$")
# (on the name's line: "dự thảo Luật Nhà giáo" over a blank line before "PGS.TS. …",
# the author's byline, is no "Luật Nhà giáo PGS")
NAME_ABBREVIATION = _compile(rf"[^\S\n]+([{UPPER}]{{2,6}})(?![{LETTER}])")
NAMED_NOT_AFTER = _compile(
    rf"(?<![{LETTER}])(?:{'|'.join(map(re.escape, vocab.NAMED_NOT_AFTER))})\s+$")
# Laws of other countries and conventions (vocab.FOREIGN_PLACES, FOREIGN_BEFORE)
FOREIGN_AFTER = _compile(
    rf"(?:(?:\s*+,)?\s++(?:của|tại|ở|do)\s++(?:nước\s++|chính\s++phủ\s++|bang\s++|Quốc\s++hội\s++)?"
    rf"(?:{alternation(vocab.FOREIGN_PLACES + vocab.FOREIGN_REFERENCES)})"
    rf"|\s++{alternation(vocab.FOREIGN_PLACES)}"
    # ("Luật Dữ liệu mở (Hàn Quốc)": the country in brackets, maybe after the end of a
    # name longer than the listed one)
    rf"|(?:[ \t]++[{LOWER}]++){{0,2}}[ \t]*+\([ \t]*+{alternation(vocab.FOREIGN_PLACES)}[ \t]*+\))"
    rf"(?![{LETTER}])")
FOREIGN_BEFORE = _compile(
    rf"(?:{alternation(vocab.FOREIGN_BEFORE)})(?:[^.;!?\n,]{{0,80}}\s+về)?\s+$")
# the country ending the name itself: "Luật An toàn giao thông đường bộ Malaysia"
# (from the first blank of a run only: tried at each blank, a run would be read again
# and again)
FOREIGN_TAIL = _compile(rf"(?<!\s)\s++{alternation(vocab.FOREIGN_PLACES)}$")
# a country named earlier in the sentence, for a name no Vietnamese law has; not one
# that starts a Vietnamese place ("Mỹ Đình", "Mỹ Tho")
FOREIGN_IN_SENTENCE = _compile(
    rf"(?<![{LETTER}])(?:{alternation(vocab.FOREIGN_IN_SENTENCE)}(?![{LETTER}])(?!\s+[{UPPER}])"
    rf"|{alternation(vocab.FOREIGN_OFFICES_IN_SENTENCE)}(?![{LETTER}]))")
FOREIGN_WINDOW = 100
FOREIGN_ORGAN = _compile(rf"(?<![{LETTER}]){alternation(vocab.FOREIGN_ORGANS)}(?![{LETTER}])")
FOREIGN_ORGAN_BODY = _compile(
    rf"(?<![{LETTER}])(?:của|do)\s++{alternation(vocab.FOREIGN_ORGANS)}(?![{LETTER}])")
QUAL_NUMBERED_END = _compile(
    rf"(?<![{LETTER}])(?i:{alternation(vocab.NUMBERED_NOUNS)})$")
# "pháp lệnh Ưu đãi người có công với cách mạng số 02": a named document with its number
NAMED_NUMBER = _compile(rf"\s+số\s+(?P<num>{_NUM})(?:/(?P<year>{_YEAR}))?(?![\d/-])")
# A subject in quotes right after a citation: nghị quyết 18 "Một số vấn đề về …". A
# straight quote hard after the citation closes a quotation instead ('… theo đúng tinh
# thần Nghị quyết 39 của Bộ Chính trị", ông Chính nói. … khẳng định: "…'), and a title
# starts with a word.
QUOTED_TITLE = _compile(r'\s*(?:“|(?<=\s)")(?P<q>[^\W\d_][^”"\n]{9,299})[”"]')
# "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013": the constitution's
# official name, Vietnam's by its words
VN_STATE_NAME = _compile(
    r"\s++(?:nước\s++)?(?:Cộng\s++(?:hòa|hoà)\s++xã\s++hội\s++chủ\s++nghĩa\s++Việt\s++Nam"
    r"|CHXHCN\s++Việt\s++Nam|CHXHCNVN)(?![\w])")
# "Hiến pháp nước ta", "Hiến pháp của Việt Nam": Vietnam's, wherever others' are named
VN_OWN_AFTER = _compile(r"\s++(?:của\s++)?(?:nước\s++ta|Việt\s++Nam)(?![\w])")
NAMED_YEAR = _compile(
    # ("Bộ luật Hình sự (BLHS) năm 2015": the article's abbreviation before the year;
    # "Bộ luật Hình sự Việt Nam năm 2015": the country's name)
    rf"\s*(?:\(\s*[{UPPER}]{{2,8}}\s*\)\s*(?=(?:năm\s+)?{_YEAR}))?"
    rf"(?:(?:của\s+)?Việt\s+Nam\s+(?=(?:năm\s+)?{_YEAR}))?"
    # ("LUẬT CÁC TỔ CHỨC TÍN DỤNG NĂM 2024": a heading in capitals)
    rf"(?:\(\s*(?:(?i:năm)\s+)?(?P<pyear>{_YEAR})\s*\)|(?:(?i:năm)\s+)?(?P<year>{_YEAR})(?![\d/-]))"
)
# "Nghị định 154 năm 2016": the year written after a short form's number
SHORT_YEAR = _compile(rf"\s+năm\s+(?P<year>{_YEAR})(?![\d/-])")
# Evidence that a lower-case "quyết định 866" names a document: words before it that make
# it a noun ("theo quyết định 866"), or a bracket that cites it ("quy hoạch … (quyết định
# 866)"), checked on the few characters before the type word.
DOCUMENT_CONTEXT_BEFORE = _compile(
    rf"(?:(?<![{LETTER}])(?i:{alternation(vocab.DOCUMENT_CONTEXT_BEFORE)})\s+|\(\s*)$")
DOCUMENT_CONTEXT_WINDOW = 20
PADDED_NUMBER_END = _compile(r"(?<!\d)0\d++$")
# Bills: a marker right before the kind word, "(sửa đổi)" right after the name, or a
# vote to come later in the clause ("Luật Nhà giáo sẽ được biểu quyết thông qua").
def _not_after(words) -> str:
    """Lookbehinds: not right after any of `words` and a space (one per width, which
    Python's lookbehind needs fixed)."""
    return "".join(rf"(?<!{w}\s)" for w in words)


DRAFT_BEFORE = _compile(
    rf"(?<![{LETTER}]){_not_after(vocab.DRAFT_NOT_AFTER)}"
    rf"(?:(?i:{alternation(vocab.DRAFT_BEFORE)})"
    # "… cho ý kiến 3 dự án: Luật Công an xã; Luật Kiến trúc", "10 dự án gồm: Luật …"
    # (only the nouns for a bill: "lĩnh vực xây dựng: Luật Xây dựng 2014" is no bill)
    rf"|(?i:dự\s++án|dự\s++thảo)(?:\s++(?i:luật|về|gồm|sau))?\s*+:)"
    rf"\s+(?:(?:các|những|hai|2|ba|3)\s+)?$")
DRAFT_WINDOW = 40
# A list of bills opened in the sentence: "Quốc hội xem xét, cho ý kiến vào các dự án:
# Luật A (sửa đổi); Luật sửa đổi … của 10 luật …; Luật sửa đổi … của Luật B; …", "Các dự
# án luật, dự thảo nghị quyết được xem xét tại phiên họp gồm: …" – every law it names is
# a bill, however far down the list (unless the sentence says they were passed)
# (a bill's noun, not a construction project's: "Trao đổi về dự án, ông A cho biết: Luật
# Đất đai 2024 …" opens no list; nor a colon after a reporting verb)
BILL_LIST_OPEN = _compile(
    r"(?i:(?:các|những|(?<!\d)\d{1,3})\s++dự\s++(?:án|thảo)|dự\s++án\s++luật|dự\s++thảo\s++(?:luật|nghị\s++quyết)"
    rf"|dự\s++luật)(?![{LETTER}])(?:(?!(?:{alternation(vocab.REPORTING_VERBS)})(?![{LETTER}]))[^.:;\n]){{0,80}}:")
# … or by the sentence before a list's "Gồm:": "Chính phủ đề nghị trình Quốc hội 21 dự án
# luật khác. Gồm: Luật Tiết kiệm, chống lãng phí (thay thế); …; Luật Cư trú; …"
BILL_LIST_LEAD = _compile(
    r"(?i:(?:các|những|(?<!\d)\d{1,3})\s++dự\s++án\s++luật|dự\s++án\s++luật)"
    r"[^.:;\n]{0,60}\.\s*+$")
BILL_LIST_LEAD_WINDOW = 120
LIST_GOES_ON = _compile(r"\s*+(?:Gồm|Bao\s++gồm|Cụ\s++thể(?:\s++là)?|Đó\s++là)[ \t]*+$")
BILL_LIST_PASSED = _compile(
    rf"(?:(?:{alternation(vocab.PASSED_MARKERS)})\s++(?:biểu\s++quyết\s++)?|biểu\s++quyết\s++)thông\s++qua")
BILL_LIST_PASSED_WINDOW = 40  # the opener's own clause: "… đã biểu quyết thông qua các dự án luật gồm:"
# "Quốc hội đã biểu quyết thông qua 18 luật …, trong đó có các Luật, Nghị quyết … như:":
# a list of laws the sentence says were passed, however each is then written ("(sửa đổi)")
PASSED_LIST_OPEN = _compile(
    rf"(?:(?:{alternation(vocab.PASSED_MARKERS)})\s++(?:biểu\s++quyết\s++)?|biểu\s++quyết\s++)"
    rf"thông\s++qua\s++(?:\d{{1,3}}\s++)?(?i:luật|bộ\s++luật|các\s++luật|dự\s++án\s++luật)"
    rf"(?![{LETTER}])[^.:;\n]{{0,120}}:")
BILL_LIST_WINDOW = 1500
SENTENCE_END_BEFORE = _compile(r"[.!?\n](?=\s)")
DRAFT_BEFORE_UNLESS_PASSED = _compile(
    rf"(?<![{LETTER}])(?<!đã\s)(?<!đã\sđược\s)(?<!đã\sbị\s)"
    rf"(?i:{alternation(vocab.DRAFT_BEFORE_UNLESS_PASSED)})\s+$")
# "dự thảo / dự án / dự" right before a bill's name: the mention of the bill begins there
BILL_MARKER = _compile(rf"(?<![{LETTER}])(?i:dự\s++thảo|dự\s++án|dự)\s++$")
BILL_MARKER_WINDOW = 16
# "(sửa đổi)" and "(thay thế)" name a bill (an amending one, a replacing one); a bare
# "sửa đổi" after the name only joins the span of one.
# So does a bare "thay thế" closing the clause ("đề xuất Quốc hội ban hành Luật Thuế thu
# nhập cá nhân thay thế."), outside the mention's text; not one with its object ("Luật
# Đất đai 2024 thay thế Luật …").
DRAFT_AFTER = _compile(r"[ \t]*\([ \t]*(?:sửa[ \t]+đổi|thay[ \t]+thế)[ \t]*\)"
                       r"|(?=[ \t]+thay[ \t]+thế[ \t]*(?:[.;!?\n]|$))")
AMENDED_AFTER = _compile(
    rf"[ \t]+sửa[ \t]+đổi(?![{LETTER}])(?![ \t]*,?[ \t]*bổ[ \t]+sung)")
DRAFT_LATER = _compile(
    rf"[^.;!?\n]{{0,60}}?(?<![{LETTER}])(?:sẽ|dự[ \t]++kiến)[ \t]++(?:được[ \t]++)?"
    rf"(?:Quốc[ \t]++hội[ \t]++)?(?:xem[ \t]++xét[ \t]*+,?[ \t]*+)?(?:biểu[ \t]++quyết[ \t]++)?thông[ \t]++qua")
# "so với Luật Trợ giúp pháp lý 2006", "thay thế Luật Đất đai 2013": the version the law
# the text speaks of is measured against, or replaces (resolve.BASELINE)
BASELINE_BEFORE = _compile(rf"(?<![{LETTER}])(?:[sS]o\s+với|[tT]hay\s+thế|[tT]hay\s+cho)\s+$")
BASELINE_WINDOW = 14
# A bill the text says was passed, or a law in force, is a law: "Quốc hội đã biểu quyết
# thông qua dự thảo Luật …", "trước khi Quốc hội ban hành Luật … (sửa đổi)", "Luật …
# (sửa đổi) đã được Quốc hội thông qua", "… (có hiệu lực từ 1/1/2017)".
PASSED_BEFORE = _compile(
    rf"(?<![{LETTER}]){_not_after(vocab.NOT_PASSED_AFTER)}{_not_after(vocab.PROPOSED_TO)}"
    rf"(?:(?:{'|'.join(vocab.PASSED_MARKERS)})\s+)?(?:biểu\s+quyết\s+)?(?:[tT]hông\s+qua|ban\s+hành)"
    rf"(?:\s+toàn\s+văn)?(?:\s+(?i:dự\s+thảo|dự\s+án))?\s+(?:(?:các|những)\s+)?$")
# (not a new clause whose subject is the Assembly: "chỉnh lý dự thảo Luật Đường sắt (sửa
# đổi), Quốc hội đã biểu quyết thông qua …" reports on the bill; what is passed follows)
_NEW_ASSEMBLY_CLAUSE = (rf",[ \t]*+Quốc[ \t]+hội[ \t]+(?:(?:{'|'.join(vocab.PASSED_MARKERS)})[ \t]+)?"
                        rf"(?:biểu[ \t]+quyết[ \t]+)?thông[ \t]+qua")
PASSED_AFTER = _compile(
    rf"(?:(?!{_NEW_ASSEMBLY_CLAUSE})[^.;!?\n]){{0,60}}?(?:(?<![{LETTER}])(?:{'|'.join(vocab.PASSED_MARKERS)})[ \t]+(?:được[ \t]+)?"
    rf"(?:Quốc[ \t]+hội[ \t]+)?(?:chính[ \t]+thức[ \t]+)?(?:biểu[ \t]+quyết[ \t]+)?thông[ \t]+qua"
    rf"|{_not_after(vocab.NOT_IN_FORCE_AFTER)}có[ \t]+hiệu[ \t]+lực)")
# "Luật Đất đai (sửa đổi) được Quốc hội thông qua ngày 18/1/2024 / tại kỳ họp thứ 5":
# passed on a day or at a session, said right after the name (its year may come
# between); not a session or a day still to come ("… tới", "kỳ họp này"), nor with a
# plan or a condition right before the name (PASSED_ON_UNLESS: "Nếu Luật …", "Dự kiến,
# Luật …", "Theo kế hoạch, Luật …").
_TO_COME = rf"(?![ \t]*+,?[ \t]*+(?:tới|sắp[ \t]++tới|này|tiếp[ \t]++theo)(?![{LETTER}]))"
PASSED_ON = _compile(
    r"(?:[ \t]++năm[ \t]++\d{4})?[ \t]*+,?[ \t]*+(?:đã[ \t]++)?được[ \t]++"
    r"(?:Quốc[ \t]++hội[ \t]++(?:kh(?:óa|oá)[ \t]++[IVXL]++[ \t]++)?)?(?:biểu[ \t]++quyết[ \t]++)?"
    r"thông[ \t]++qua[ \t]++(?:vào[ \t]++|tại[ \t]++)?(?:"
    r"(?:(?:sáng|chiều|tối)[ \t]++)?(?:ngày[ \t]++)?\d{1,2}"
    r"(?:[ \t]*+[-/.][ \t]*+|[ \t]++tháng[ \t]++)\d{1,2}(?!\d)"
    r"|[Kk]ỳ[ \t]++họp[ \t]++(?:bất[ \t]++thường[ \t]++)?(?:lần[ \t]++)?thứ[ \t]++\w+)" + _TO_COME)
_NOT_YET = "|".join(w.replace(" ", r"[ \t]+") for w in vocab.NOT_PASSED_YET)
PASSED_ON_UNLESS = _compile(
    rf"(?<![{LETTER}])(?<!sau\s)(?<!Sau\s)"  # "sau khi … được thông qua": a fact
    rf"(?i:{_NOT_YET})[ \t]*+,?[ \t]*+(?:(?i:dự[ \t]++thảo|dự[ \t]++án)[ \t]++)?$")
PASSED_ON_LOOKBACK = 40  # characters before the name where a plan or condition is read
LIST_JOIN = _compile(rf"{_AND}|\s*;\s*")  # between items of a list, as LIST_ITEM reads them
# "Luật sửa đổi, bổ sung một số điều của Luật X (và Luật Y)": one document, named by all
# of it, not a citation of Luật X.
AMENDING = _compile(
    rf"(?i:sửa\s++đổi\s*+,?\s*+bổ\s++sung|sửa\s++đổi|bổ\s++sung)(?:\s++(?i:một\s++số\s++điều))?"
    # (any case the press writes the kind in: "… của Bộ Luật Hình sự 2025")
    rf"(?:\s++(?i:của))?\s++(?=(?:{alternation(_NAMED_KINDS, cases=True)})\s+[^\s]"
    # ("… của BLHS năm 2015": a code by its abbreviation, extract._amending_law)
    rf"|\d{{1,3}}\s++luật\s|(?:{alternation(sorted(_laws.code_abbreviations()), cases=True)})(?![{LETTER}\d]))")
AMENDED_MORE = _compile(rf"{_AND}(?=(?:{alternation(_NAMED_KINDS, cases=True)})\s)")
# "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", "… của 11
# luật về quân sự, quốc phòng": an amending law named by the laws it amends, counted
_COUNT_STOP = rf"(?:{alternation(vocab.AMENDED_COUNT_STOP)})"
AMENDED_COUNT = _compile(
    rf"(?P<n>\d{{1,3}})\s++luật\s++(?P<rel>(?:có\s++)?liên\s++quan\s++đến|về)\s++"
    rf"(?P<what>[{LOWER}]++(?:(?:\s*+,\s*+|\s++)(?!{_COUNT_STOP}(?![{LETTER}]))[{LOWER}]++){{0,6}})")
# Between the items of a list of laws that name the next without "Luật" ("Luật Đất đai,
# Nhà ở và Kinh doanh bất động sản"), and what ends such an item after a comma
ELIDED_JOIN = _compile(rf"{_AND}(?=[{UPPER}])")
# A code by its abbreviation alone: "theo Điều 174 BLHS 2015" (extract._code_abbreviations)
CODE_ABBREVIATION = _compile(
    rf"(?:{alternation(sorted(_laws.code_abbreviations()), cases=True)})(?![{LETTER}\d])")
# "ba luật gồm Đất đai 2024, Nhà ở và …", "các luật: Đất đai, …": laws counted, then named
LAW_GROUP = _compile(r"(?i:luật)[ \t]++(?:(?:gồm|là)[ \t]*+:?[ \t]*+|:[ \t]*+)?")
LAW_GROUP_BEFORE = _compile(rf"(?<![^\W\d_])(?i:{alternation(vocab.COUNT_WORDS)}|\d)[ \t]++$")
ELIDED_ITEM_END = _compile(r"\s*+(?:[,.;:!?)\n]|$)")
# "(chính thức) có hiệu lực": what ends a subject, and makes a law's date its day of
# effect ("… ngày 1/7/2025 chính thức có hiệu lực"), not of passing
_TAKES_EFFECT = r"(?:(?:chính\s++thức|bắt\s++đầu|sẽ|chưa|vẫn)\s++){0,2}có\s++hiệu\s++lực"
TAKES_EFFECT_AFTER = _compile(rf"\s*+,?\s*+{_TAKES_EFFECT}")
# ("Luật Đất đai 31/2024/QH15": a law's symbol needs no "số", extract._named_symbol)
# ("Luật bảo hiểm y tế (BHYT) số 25/2008/QH12": past the name's abbreviation in brackets)
# ("Luật Nhà ở 2023 (số 27/2023/QH15)", "Luật Nhà ở năm 2023 (Luật số 27/2023/QH15)": the
# symbol in brackets, one citation with the name)
NAMED_SYMBOL = _compile(
    rf"(?:[ \t]*+\([ \t]*+[{UPPER}][{UPPER}&]{{1,7}}[ \t]*+\))?"
    rf"(?:\s+|[ \t]*+(?P<bracket>\([ \t]*+)(?:(?i:luật|bộ[ \t]+luật|pháp[ \t]+lệnh)[ \t]+)?)"
    rf"(?P<so>số\s+)?{SYMBOL}(?(bracket)(?:[ \t]*+\))?)")

# --- context around a citation ---------------------------------------------------------
_Y = rf"(?P<y>{_YEAR})"
DATE = (
    rf"(?:(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})\s+(?i:tháng)\s+(?P<m2>\d{{1,2}})\s*(?:(?i:năm)|,)\s*(?P<y2>{_YEAR}))"
)
def _tail_lowered(name: str) -> set[str]:
    """A body's name with any of its words after the first in lower case: the press
    writes "Bộ chính trị", "Ban bí thư", "Bộ tài chính". The first word keeps its
    capital, so "của trung ương" (central, as in a budget) names no body."""
    first, *rest = name.split()
    out = {first}
    for w in rest:
        out = {f"{o} {v}" for o in out for v in {w, w.lower()}}
    return out


# (any case after a capital: "Bộ chính trị", "Ủy ban Nhân dân", "Bộ Giao thông Vận tải",
# "Chính Phủ"; one spelling per body in the pattern, not one per way of writing it)
_BODY_NAMES = rf"(?=[{UPPER}]){alternation(vocab.BODIES, 'i')}"
# A place's words are capitalised, or capitals alone: "TP.HCM", "TP. HCM", "tỉnh Đắk Lắk",
# "tỉnh TT-Huế", "Bà Rịa-Vũng Tàu"
# (not the "V" of "V/v", "về việc", after it)
_PLACE_PART = rf"[{UPPER}](?:[{UPPER}]++(?![{LOWER}])|[{LOWER}]*+)(?!/)"
_PLACE_WORD = rf"{_PLACE_PART}(?:[ \t]?-[ \t]?{_PLACE_PART})?"  # "Bà Rịa - Vũng Tàu"
# A family name ends a place ("UBND TP Huế Nguyễn Văn Thành ký"). First after a province
# or city word, it begins a name of two words ("TP Phan Thiết") or none ("UBND TP Đặng
# Việt Dũng vừa ký": the chairman); a ward or district may bear a person's whole name
# ("phường Lê Thanh Nghị").
_SURNAME = rf"(?:{'|'.join(vocab.SURNAMES)})"
_PLACE_MORE = rf"(?:\s+(?!{_SURNAME}\s){_PLACE_WORD}){{0,3}}"
_PLACE = (rf"(?:\s+(?:(?:{alternation(vocab.PROVINCE_WORDS)})\s*"
          rf"(?:{_SURNAME}\s+{_PLACE_WORD}(?!\s+[{UPPER}])|(?!{_SURNAME}\s){_PLACE_WORD}{_PLACE_MORE})"
          rf"|(?:{alternation(vocab.LOCAL_PLACE_WORDS)})\s*{_PLACE_WORD}{_PLACE_MORE}"
          # a Party committee's province right after it: "Ban Thường vụ Tỉnh ủy Yên Bái"
          rf"|(?:(?<=[ủỦ]y\s)|(?<=uỷ\s))(?!{_SURNAME}\s)(?!(?:Về|Ngày|Số|Ban)\s){_PLACE_WORD}{_PLACE_MORE}"
          # the level alone, the province the article's: "của Ủy ban nhân dân tỉnh về …"
          rf"|(?:{alternation(vocab.PLACE_WORDS)})(?![{LETTER}])"
          # ("UBND tỉnh có quyết định số 949": before the issuing verb too)
          rf"(?=\s*+[.,;()]|\s++(?:(?:đã|vừa|mới|cũng)\s++)?(?:về|ngày|tại|số|ban\s+hành"
          # (or its chairman's name: "Chủ tịch UBND Thành phố Trần Sỹ Thanh vừa ký …")
          rf"|quy\s+định|ký|có|ra|phê\s+duyệt)\s|\s++{_SURNAME}\s)))?")
# A Party conference ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII"),
# or a listed body with, for local organs, its place ("UBND tỉnh Quảng Nam").
def _body_pattern(groups: bool) -> str:
    """BODY, with its groups named (conf, bname, place: extract._body reads them) or
    plain, for a pattern that holds it more than once."""
    def g(name: str) -> str:
        return f"(?P<{name}>" if groups else "(?:"
    return (rf"(?:{g('conf')}{_CONFERENCE})"
            rf"|{g('bname')}{_BODY_NAMES}){g('place')}{_PLACE}))")


_CONFERENCE = (
    rf"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+\s+)?(?:Ban\s+(?i:chấp\s+hành)\s+)?Trung\s+ương"
    rf"(?:\s+Đảng)?(?:\s++(?:lần\s+thứ\s+)?(?!(?:khóa|khoá)\s)\w+)?"
    rf"(?:\s*+,?\s*+\(?\s*+(?:khóa|khoá)\s+{TERM_NUMERAL}\)?)?")
BODY = _body_pattern(groups=True)
# "quán triệt các Nghị quyết Hội nghị Trung ương 6 (khóa XII): Nghị quyết số 18, về …;
# nghị quyết số 19, về …": the conference's resolutions, listed after a colon
CONFERENCE_LIST = _compile(
    rf"(?i:nghị\s+quyết)\s++(?:của\s++)?{_CONFERENCE}\s*+:[^.!?\n:]{{0,600}}$")
CONFERENCE_LIST_WINDOW = 700
# "Chỉ thị 03, 05 của Bộ Chính trị": a list of bare numbers that its body closes
LIST_OWNER = _compile(rf"\s*+của\s++{BODY}")

# What may follow a citation before its subject: dates, the issuing body, filler.
# Each is tried at the current position; extract.py loops over them.
TAIL_DATE = _compile(
    # ("… được Quốc hội khóa XV thông qua ngày 18/01/2024")
    rf"\s*+,?\s*+\(?\s*+(?P<verb>(?:được\s+(?:Quốc\s+hội\s+(?:{TERM_NAMED}\s+)?)?)?"
    rf"(?:ban\s+hành|ký|ký\s+ban\s+hành|thông\s+qua)\s+)?"
    rf"(?:vào\s+)?(?i:ngày)\s+{DATE}\)?"
)
# "Kế hoạch số 81/KH-UBTVQH15 (5/11/2021)": a date in brackets right after the number
TAIL_DATE_BRACKET = _compile(rf"[ \t]*+\([ \t]*+{DATE}[ \t]*+\)")
# "ngày 29-10": a date without its year, which the article's publication date gives
_DAY_MONTH_END = r"(?![\d/-]|\.\d|\s*+[/-]\s*+\d)(?!\s++năm\s)"  # "ngày 30-6." ends a sentence
TAIL_DAY_MONTH = _compile(
    r"\s*+,?\s*+\(?\s*+(?:(?:được\s++)?(?:ban\s++hành|ký)\s++)?(?:vào\s++)?(?i:ngày)\s++"
    rf"(?P<d>\d{{1,2}})\s*+[/-]\s*+(?P<m>\d{{1,2}}){_DAY_MONTH_END}")
TAIL_MONTH = _compile(rf"\s*+,?\s*+\(?\s*+(?:(?:đã\s+)?(?:được\s+)?ban\s+hành\s+(?:từ\s+|vào\s+)?)?(?:tháng\s+(?P<m>\d{{1,2}})\s*[/.-]\s*|năm\s+){_Y}(?![\d/])\)?")
# A document's own header: "Số: 223/NQ-CP | Hà Nội, ngày 31 tháng 7 năm 2025", the place
# and date of issue after the number (news pages quote the documents they report)
HEADER_NUMBER_BEFORE = _compile(r"(?i:số)[ \t]*+:[ \t]*+$")
HEADER_DATE = _compile(
    rf"[\s|]*+(?:[{UPPER}][{LETTER}.]*+[ \t]++){{0,3}}[{UPPER}][{LETTER}.]*+\s*+,\s*+(?i:ngày)\s++{DATE}")
# "Toàn văn Nghị quyết 124/NQ-CP 2025 tổ chức duyệt binh": a year right after a symbol,
# no quantity ("… 2025 người") nor a span ("2025-2030")
TAIL_BARE_YEAR = _compile(
    rf"[ \t]++{_Y}(?![\d/.,:–-])"
    rf"(?![ \t]++(?:{alternation(vocab.QUANTITY_WORDS, 'i')})(?![{LETTER}]))")
# "Nghị quyết 10-NQ/TW (2017)": the year of issue in brackets
TAIL_YEAR_BRACKET = _compile(rf"\s*+\(\s*+{_Y}\s*+\)")
# "Chỉ thị số 45-CT/TW (Chỉ thị số 45) của Bộ Chính trị về …": the short name the article
# gives the document, in brackets, before what it says of it
TAIL_ALIAS = _compile(
    rf"\s*+\(\s*+(?:(?:sau\s++đây\s++)?gọi\s++(?:tắt\s++)?là\s++)?(?:{TYPE_WORD})\s++(?:số\s++)?"
    rf"0*+(?P<n>\d{{1,5}})\s*+\)")
# "3 Nghị quyết (Nghị quyết 15, Nghị quyết 06 và Nghị quyết 30 năm 2022) của Bộ Chính
# trị về …": the bracket a list was given in closes before what is said of it
TAIL_CLOSE_BRACKET = _compile(r"[ \t]*+\)")
OPEN_BRACKET_WINDOW = 80
# … where the bracket holds nothing but that list ("(thay cho Nghị định 174/2013) do Bộ
# Thông tin và Truyền thông …", "(sửa đổi, bổ sung bởi Nghị định 11) về …": what follows
# is the outer document's)
LIST_IN_BRACKET = _compile(
    rf"(?:[\s,;/.-]++|\d++|(?:và|số|năm|ngày)(?![{LETTER}])|[{UPPER}]++(?![{LOWER}])"
    rf"|(?:{TYPE_WORD})(?![{LETTER}]))*+")
# "của Bộ Giáo dục và Đào tạo (Bộ GD-ĐT) về …": the body's short name, in brackets
TAIL_BODY_ALIAS = _compile(rf"\s*+\(\s*+(?:Bộ\s+)?[{UPPER}][{UPPER}\d&.-]{{1,12}}\s*+\)")
OTHER_KIND_BEFORE = _compile(
    rf"(?<![{LETTER}])(?i:{alternation(vocab.OTHER_KIND_WORDS)})\s++(?:số\s++)?$")
OTHER_KIND_WINDOW = 20
NEXT_CLAUSE = _compile(rf"\s*+,\s*+[{UPPER}]")


def opens_next_clause(t: str, lead: str, end: int) -> bool:
    """Whether a year ending at `end`, `lead` the text before it from the citation on,
    is set off by commas before a new clause ("… Kết luận 24, năm 2017, Bộ Chính trị đã
    thành lập 5 đoàn kiểm tra"): that clause's time, not the document's year."""
    return "," in lead and "(" not in lead and NEXT_CLAUSE.match(t, end) is not None


# the head of an organ, who signs for it: "của Thống đốc Ngân hàng Nhà nước về …"
_HEAD = rf"(?:{alternation(vocab.ORGAN_HEAD_TITLES, 'i')}\s++)?"
# "của/do X", and "được X ban hành" (the issuer after the subject too: "thông tư 41 về …
# được Bộ Y tế ban hành"), "mà Thủ tướng vừa ký"; "được" and "mà" name the issuer only
# with an issuing verb after it
TAIL_BODY = _compile(
    rf"\s*+,?\s*+(?:(?:của|(?P<by>do))\s+{_HEAD}|(?:(?:vừa|đã|mới)\s++)?(?P<passive>được|mà)\s++{_HEAD}"
    # ("Thông tư 63 (Bộ GTVT)": the issuer alone in brackets)
    rf"|(?P<bracket>\(\s*+)|(?=Hội\s+nghị)){BODY}"
    # "Bộ Chính trị (khóa X)", "Ban Chấp hành Trung ương Đảng lần thứ 8 (khóa XI)"
    rf"(?:\s++lần\s++thứ\s++\w+(?=\s*+\(?\s*+(?i:khóa|khoá)\s))?(?:\s*+\(?\s*+{TERM_NAMED}(?:\s*+\))?)?"
    # ("được Ban Chấp hành Trung ương Đảng khóa XI ban hành": the verb after the term)
    rf"(?(passive)\s++(?:(?:vừa|đã|mới)\s++)?(?:ban\s+hành|ký|thông\s+qua|phê\s+duyệt))"
    rf"(?![{LETTER}])"
    # "… do Bộ Tư pháp chủ trì": the drafting ministry, not the issuer
    rf"(?(by)(?!\s++(?:{alternation(vocab.DRAFTING_VERBS)})(?![{LETTER}])))"
    rf"(?(bracket)\s*+\))"
)
# "Trong Thông tư 29/2024, Bộ GD&ĐT quy định rõ …": a circular's ministry as the subject
# of the clause right after it, saying what the circular lays down (vocab.RULING_VERBS)
NEXT_CLAUSE_BODY = _compile(
    rf"[ \t]*+,[ \t]*+{BODY}[ \t]++(?:(?:đã|cũng)[ \t]++)?"
    rf"(?:{alternation(vocab.RULING_VERBS)})(?![{LETTER}])")
# "của Bộ Chính trị, Ban Bí thư về …", "của Bộ Chính trị và Ban Bí thư": a second body
# named with the first, passed over to the subject
TAIL_MORE_BODY = _compile(rf"\s*+(?:,|và)\s*+{BODY}(?![{LETTER}])")
# "… ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về … (Kết luận số 201-KL/TW)": a
# document described, its number then given in brackets (extract._context)
BRACKET_BEFORE = _compile(r"\(\s*+(?:[^\W\d_]++\s++){0,3}$")
DESCRIBED_BEFORE = _compile(
    rf"(?<![{LETTER}])(?P<tw>{TYPE_WORD})\s++của\s++{BODY}"
    rf"(?:\s*+(?:,|và)\s*+(?:Bộ\s++Chính\s++trị|Ban\s++Bí\s++thư))?"
    rf"\s++(?P<about>về\s[^()\n]{{3,300}}?)\s*+\(\s*+(?:[^\W\d_]++\s++){{0,3}}$")
DESCRIBED_WINDOW = 420
# the day its sentence opens with: "Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí
# thư … ký ban hành Kết luận của …"
LEAD_DAY = _compile(
    rf"(?i:ngày)\s++(?:{DATE}|(?P<d6>\d{{1,2}})\s*+[/-]\s*+(?P<m6>\d{{1,2}}){_DAY_MONTH_END})\s*+,")
# "Bộ Chính trị, Ban Bí thư vừa ban hành …": the first of two bodies before the verb
JOINT_BODY_BEFORE = _compile(rf"{BODY}\s*+(?:,|và)\s*+$")
JOINT_BODY_WINDOW = 40
# A body the tables do not know, named as the issuer: "… của TAND tối cao về …".
_OTHER_BODY_HEAD = rf"\s*+,?\s*+của\s+{_HEAD}(?P<other>{alternation(vocab.ORGAN_WORDS)}"
TAIL_OTHER_BODY = _compile(
    rf"{_OTHER_BODY_HEAD}(?:\s++[{LETTER}&.-]+){{0,9}}?)(?=\s*+,?\s*+\(?(?:về|ngày)\s)")
# … or one the sentence ends with, of a few words that are no verbs: "… ngày 20/6/2024 của
# Chánh Thanh tra tỉnh." (not "… của Sở nêu rõ.", "… của Bộ này là phù hợp.")
TAIL_OTHER_BODY_END = _compile(
    rf"{_OTHER_BODY_HEAD}(?:\s++(?!(?:{alternation(vocab.NOT_AT_OTHER_BODY_END)})(?![{LETTER}]))[{LETTER}&.-]+){{0,4}})"
    rf"(?=[.;)](?:\s|$))"
)
# "Quyết định 45/2012 của TP về quy chế …", "Quyết định 19/2009 do TP ban hành về …",
# "Quyết định số 4429/QĐ-UBND của tỉnh này (ngày 14/12/2018) về việc …": a
# province, city or district named alone as the owner; for a local decision, plan or
# letter its People's Committee (vocab.PLACE_OWNED_TYPES), and the subject still follows
TAIL_PLACE_OWNER = _compile(
    rf"\s*+,?\s*+(?:của|do)\s++(?P<place>(?:{alternation(vocab.PLACE_WORDS)})"
    rf"(?:\s*+(?!{_SURNAME}\s){_PLACE_WORD}{_PLACE_MORE})?)(?![{LETTER}])"
    # ("của tỉnh này (ngày 14/12/2018) về việc …")
    rf"(?:\s++này)?(?:\s++ban\s++hành)?(?=\s*+[,.;(]|\s++(?:về|ngày)\s)")
# "(quyết định 866 - PV) đã được Thủ tướng phê duyệt ngày 18-7-2023": the reporter's
# note closing a bracket, between a citation and what is said of it
TAIL_NOTE = _compile(rf"[ \t]*+-[ \t]*+[{UPPER}]{{2,6}}[ \t]*+\)"
                     # "Thông tư số 79/2024/TT-BCA (có hiệu lực từ ngày 1/1/2025) quy định
                     # về …": when it takes effect, in brackets, before its subject
                     r"|[ \t]*+\([ \t]*+(?:có[ \t]++)?hiệu[ \t]++lực[^()\n]{0,60}\)")
TAIL_FILLER = _compile(r"\s*(?:đã\s+|được\s+)?(?:ban\s+hành|ký)(?=\s+(?:ngày|của|vào))")
# "công văn số 12024/UBND-KTNS gửi các sở ngành và UBND các phường, xã về việc …": whom
# a letter went to, between it and its subject
# (a list of recipients may run to semicolons: "gửi các bộ, cơ quan ngang bộ …; Tỉnh ủy,
# thành ủy …; Ủy ban nhân dân tỉnh … về việc …")
TAIL_SENT_TO = _compile(r"\s++gửi\s++(?:[^\s.:]++\s++){1,40}?(?=(?i:về\s++việc)\s)")
# ("Về việc" as the title of a resolution is printed: "Nghị quyết 1659/NQ-UBTVQH15 Về
# việc sắp xếp …")
# "Nghị định số 168/2024/NĐ-CP quy định về xử phạt …", "Thông tư 29 quy định về dạy
# thêm, học thêm": the decree's own title ("Quy định …"), told as news tells it
SUBJECT_START = _compile(
    # (not "V/v thu hồi đất …", as local documents abbreviate "về việc": the label sets
    # leave it no subject)
    r"\s*+,?\s*+(?:\(\s*+)?(?:(?P<rule>quy\s+định\s+)?(?P<ve>[vV]ề)\s+(?:việc\s+)?"
    # the title of 2025's decrees on each ministry: "Nghị định số 25/2025/NĐ-CP quy định
    # chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ"
    r"|(?P<ve2>quy\s+định)(?=\s+chức\s+năng,\s*+nhiệm\s+vụ))")
# "Điều 8 Thông tư 297/2016/TT-BTC … quy định về đình chỉ …": what one article of it
# provides, not its title
PART_BEFORE = _compile(r"(?i:điều|khoản|điểm|chương|mục)\s++\d++[a-z]?\s*+,?\s*+(?:của\s++)?$")
PART_WINDOW = 20
# A subject quoted whole after "về" ends at its closing quote, whatever it holds
# ("về \"Một số chủ trương, chính sách lớn nhằm …\"")
# (a scraped page may break its line inside: "“về việc thông báo Kết luận\nKiểm tra …”")
SUBJECT_QUOTED = _compile(r'“(?:[^“”\n]|\n(?![ \t]*+\n)){3,298}”|"[^"\n]{3,298}"|‘[^‘’\n]{3,298}’|\'[^\'\n]{3,298}\'')
# An abbreviation in brackets inside a subject does not end it: "về đột phá phát triển
# khoa học, công nghệ (KH, CN), đổi mới sáng tạo (ĐMST) và chuyển đổi số (CĐS) quốc gia"
# … nor a gloss in lower case that the subject goes on after: "… một số sản phẩm thép cán
# nguội (ép nguội) có xuất xứ từ Trung Quốc"
_ABBREVIATIONS = rf"[{UPPER}][{UPPER}&,\s-]{{1,24}}\)"  # "(KH, CN)", "(KH-CN)", after "("
SUBJECT_ABBREVIATION = _compile(
    rf"\(\s*+(?:{_ABBREVIATIONS}(?=\s*+,?\s*+[{LOWER}])"
    rf"|[{LOWER}][{LOWER}\s]{{1,24}}\)(?=[ \t]++[{LOWER}]))")
# (the abbreviation closing a subject is the article's, not the title's: "về tiền sử
# dụng đất (TSDĐ)")
SUBJECT_LAST_ABBREVIATION = _compile(rf"\(\s*+{_ABBREVIATIONS}")
# A subject that only points back at the story ("thay thế Quy định số 124 về nội dung
# này", "Nghị quyết số 203 về nội dung đặc biệt quan trọng này") names none.
SUBJECT_POINTING_BACK = _compile(
    r"[vV]ề\s+(?:việc\s+)?(?:nội\s+dung|vấn\s+đề|việc|lĩnh\s+vực|chủ\s+đề)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:này|trên|nói\s+trên)")
# A subject ends at the end of its clause: punctuation, or a comma before a new verb.
_CLAUSE_STARTS = (
    "gắn với", "đồng thời", "trong đó", "theo đó", "nhằm",
    "góp phần", "đề nghị", "yêu cầu", "chủ động", "tập trung", "đề ra", "đã", "được", "có hiệu lực", "ông", "bà", "các",
    "những", "theo", "tuy nhiên", "nhưng", "song", "còn", "và", "cũng", "khi", "do",
    "trên cơ sở", "qua đó", "từ đó", "vì vậy", "nên", "thì", "hay", "hoặc", "cùng với",
    "nhất là", "đặc biệt là", "với", "bị", "đến nay", "hiện nay", "sau đó", "tiếp tục", "sửa đổi",
    "như sau",
)
# ("nâng cao", "tăng cường", "đẩy mạnh" and "phát huy" open a title's own items as often
# as a new clause: "… cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc
# gia", "… giải pháp đột phá, tăng cường bảo vệ, chăm sóc …". A Party title ends at "trong
# tình hình mới" and its kin, vocab.TITLE_CLOSES, so a comma there closes it.)
# not right after a symbol's code ("… 86/NQ-CP", "… 223/2025/QH15", "… 37-NQ/TW"): one
# fixed-width lookbehind per length of its last segment
_AFTER_SYMBOL_NOT = "".join(rf"(?<![/-][{UPPER}{LOWER}\d]{{{k}}})" for k in range(1, 9))
SUBJECT_END = _compile(
    # (a line break before a lower-case word is a wrapped line: "… quản lý viên\nchức")
    # (not a thousands dot: "về việc thu hồi 33.994 m2 đất")
    rf"(?<!TP)(?<!Tp)(?:[;:!?|()\[\]]|\.(?<!\d\.(?=\d{{3}}(?!\d))))|\n(?![ \t]*+[{LOWER}])(?<!của\n)(?<!và\n)(?<!về\n)(?<!các\n)|\s++-\s(?!{_YEAR}(?![\d/-]))(?![ \t]*+[{LOWER}])|[”\x22]\s*+-\s|,\s++(?:{alternation(_CLAUSE_STARTS, 'i')})\b"
    rf"|,(?:{'|'.join(f'(?<={c},)' for c in vocab.TITLE_CLOSES)})"
    # what was done with it next ("… thành phố Đà Nẵng, trình Ủy ban Thường vụ Quốc hội",
    # not "…, trình diễn thời trang"), or what it made ("… cấp xã, hình thành 65 đơn vị")
    rf"|,\s++(?:trình\s++(?:[{UPPER}]|(?:cấp|lên|xin)\s)|hình\s++thành\s++\d"
    # ("…, căn cứ vào …", "…, căn cứ Nghị định …": what it rests on, but a subject's own
    # noun in a list: "về nguyên tắc, thẩm quyền, căn cứ, quy trình xem xét …")
    rf"|(?i:căn)\s++cứ\s++(?:vào\s|theo\s|các\s|những\s|[{UPPER}]))"
    # another document it replaces: "Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát
    # và kỷ luật của Đảng thay thế Quy định số 30-QĐ/TW"
    rf"|(?:\s*+,)?\s++thay\s++thế\s++(?:cho\s++)?(?:{TYPE_WORD})\s"
    # ("… trong giai đoạn mới và chuẩn bị các điều kiện …": the title closed, a second
    # object of the verb)
    rf"|(?=\s)(?:{'|'.join(f'(?<={c})' for c in vocab.TITLE_CLOSES)})\s++và\s"
    rf"|\s++và\s++{_BODY_NAMES}\s"  # "… và Quốc hội thông qua …"
    # a capital after a comma opens a new clause ("…, Chính phủ ban hành …"); subjects
    # list their items in lower case ("khoa học, công nghệ, đổi mới sáng tạo")
    # ("… do Đảng, Nhà nước giao nhiệm vụ": the pair is one phrase)
    # (nor an abbreviation a subject lists: "… cán bộ, công chức, viên chức, NLĐ và lực
    # lượng vũ trang …")
    # (nor the province or city a project is in: "… Khu công nghiệp Phụng Hiệp, Thành phố
    # Hà Nội")
    rf"|(?<!Đảng),\s++(?!(?:{alternation(vocab.SUBJECT_ABBREVIATIONS)})\s++(?:và\s|[{LOWER}]))"
    rf"(?!(?:Thành\s++phố|Tỉnh|TP\.?)\s*+[{UPPER}])[{UPPER}]"
    # "… hỗ trợ”… Đây là": an ellipsis before a capital ends the sentence
    rf"|…(?=\s*+[{UPPER}])"
    # a photo's credit run into the text ("… trong hệ thống chính trị ẢNH: …")
    rf"|\s++ẢNH(?![{LETTER}])"
    # ("… phát triển thành phố Đà Nẵng tại Tờ trình số 843/TTr-BTC …": what it was
    # proposed in, never a title's)
    rf"|\s++tại\s++(?i:{alternation(vocab.OTHER_KIND_WORDS)})\s"
    # a day ("… về tinh giản biên chế trước ngày 01/01/2025": a deadline, not the title),
    # but a cited document's own inside the subject ("về việc thực hiện Nghị quyết số
    # 86/NQ-CP ngày 4/11/2025 của Chính phủ về …")
    # ((?=\s) first: the lookbehinds only where a blank is, not at every character)
    rf"|(?=\s){_AFTER_SYMBOL_NOT}\s++(?:(?:(?:ký\s++)?ban\s++hành\s++)?(?:(?:vào|từ|trước|sau)\s++)?ngày\s+\d)"
    # (and a period the sentence gives it: "… kinh tế - xã hội trong thời gian từ ngày
    # 1.7.2024 đến hết ngày 31.12.2024", "… từ 1/7/2024 đến …")
    rf"|\s++(?:trong\s++thời\s++gian\s++)?từ\s++(?:ngày\s++)?\d{{1,2}}\s*+[/.-]\s*+\d{{1,2}}\s*+[/.-]"
    rf"|\s++(?:{_TAKES_EFFECT}"
    rf"|do\s+(?!Đảng|Nhà\s+nước)[{UPPER}]|đã\s+|(?<!không\s)được\s+|đang\s+"
    # another document ("… và Nghị định 43", "… và Luật Đất đai"), not the title's own
    # word ("về Chương trình hành động và Kế hoạch của Chính phủ triển khai …")
    # ("… và tại Quyết định 54 (sửa đổi …)")
    rf"|và\s+(?:(?:tại|theo)\s++)?(?:{TYPE_WORD})\s+(?:(?:số\s+)?\d|[{UPPER}]))"
)
SUBJECT_MAX = 300
# Verbs that open the sentence's predicate after a subject ("Nghị định … về giám sát đầu
# tư vốn nhà nước vào doanh nghiệp quy định cơ quan …"); searched a few words into the
# subject, since a subject may begin with one ("về việc quy định một số cơ chế").
SUBJECT_VERB_END = _compile(
    r"(?<!thực\shiện)(?<!các)(?<!những)(?<!nhiều)(?<!số)(?<!theo)(?<!về)(?<!do)\s++quy\s++định|"
    # ("đáp ứng yêu cầu" is a subject's own: "… đội ngũ trí thức đáp ứng yêu cầu phát triển")
    r"(?<!đáp\sứng)\s++yêu\s+cầu\b|"
    r"\s++(?:cũng\s+)?(?:(?:đề|đặt)\s+ra|đặt)\s+(?:mục\s+tiêu|yêu\s+cầu|nhiệm\s+vụ)\b|"
    # what is said of the document: "… về phát triển và quản lý nhà ở xã hội là 25 m2",
    # "… thật sự là cú hích", "… ra đời giúp ngư dân", "… như tiếng trống lệnh" (a
    # subject's own "công nhận … là đô thị loại I" is kept: _subject)
    r"(?P<copula>(?<!đây)(?<!đó)(?<!nhất)(?<!biệt)(?<!hết)(?<!tức)(?<!nghĩa)(?<!hoặc)(?<!gọi)\s++(?:(?:thật\s+sự|thực\s+sự|chính|cũng|đều|sẽ|vẫn|chỉ)\s+)?là\s)|"
    # what it holds, counted: "… của hệ thống chính trị với 8 nhóm chính sách lớn"
    r"(?<!đối)\s++với\s++\d|"
    r"\s++ra\s+đời\b|\s++diễn\s+ra\b|\s++như\s+sau\b|\s++trình\s+(?:Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội)\b|(?<!cũng)\s++như\s+(?:một|những|tiếng|là)\b|"
    r"\s++(?:gắn\s+với|gắn\s+việc|thì|vừa|sẽ|nêu\s+rõ|có\s+nêu|nêu|cho\s+phép|"
    r"theo\s+hướng|và\s+các\s+(?:văn\s+bản|chỉ\s+đạo|hướng\s+dẫn)|để|nhằm|với\s+lý\s+do|đối\s+với\s+Ban|"
    r"đồng\s+thời|trong\s+đó|bao\s+gồm|gồm|tại\s+(?:Điều|khoản)|áp\s+dụng\s+cho|"
    r"khẳng\s+định|nhấn\s+mạnh|chỉ\s+rõ|xác\s+định\s+rõ)\b"
    # a quotation from the document ("… về công tác phụ nữ … xác định “phải xây dựng …”")
    r"|\s++(?:xác\s+định|đề\s+ra|chỉ\s+ra|viết)\s*+[:“\"]"
)
SUBJECT_VERB_MIN = 12  # characters into the subject before a verb may end it
# A subject whose head needs its purpose ("về một số cơ chế, chính sách đặc biệt nhằm phát
# triển kinh tế tư nhân", "về các giải pháp nhằm thúc đẩy …") keeps its "nhằm"
_GENERIC_HEAD = alternation(vocab.SUBJECT_GENERIC_HEADS)
SUBJECT_GENERIC_HEAD = _compile(
    rf"(?:việc\s++)?(?:(?:một\s++số|các|những)\s++)?(?:{_GENERIC_HEAD})(?![^\W\d_])")
# … as one whose last words before "nhằm" are such a noun ("về việc đẩy mạnh thực hiện
# một số nhiệm vụ, giải pháp nhằm thực hiện mục tiêu tăng trưởng …")
SUBJECT_GENERIC_BEFORE = _compile(rf"(?<![^\W\d_])(?:{_GENERIC_HEAD})$")
SUBJECT_GENERIC_WINDOW = 16
# … and "để" after such a noun anywhere before it ("… cơ chế, chính sách đặc thù, đặc
# biệt để phát triển …"); another "để" is the sentence's purpose, not the title's
SUBJECT_GENERIC_IN = _compile(rf"(?<![^\W\d_])(?:{_GENERIC_HEAD})(?![^\W\d_])")
# … and a subject runs to "và" before a second document that carries out the first ("về
# hội nhập quốc tế trong tình hình mới và Chương trình hành động thực hiện Nghị quyết số
# 59-NQ/TW"): extract._subject_after
# (from the first blank of a run only: tried at each, a long run is read again and again)
AND_TYPE_WORD = _compile(rf"(?<!\s)\s++và\s++(?:{TYPE_WORD})(?![{LETTER}])")
# A sentence opening with the document it rests on: "Theo Nghị định 168/2024/NĐ-CP về xử
# phạt vi phạm hành chính, người vi phạm bị phạt …": its subject ends at the last comma
# before the main clause (extract._subject_after)
INTRO_OPENER = _compile(
    r"[ \t\-–•*“\x22]*+(?:(?i:cũng|trước\s++đó|đồng\s++thời)\s*+,?\s*+)?"
    r"(?i:theo|căn\s++cứ(?:\s++vào)?|tại|với|thực\s++hiện|trong)\s")
INTRO_WINDOW = 300
# … when the subject ended at the main clause's verb ("… người vi phạm bị phạt"), whose
# subject is then what follows the last comma
MAIN_VERB_AFTER = _compile(
    rf"\s*+(?:(?:cũng|vẫn|đều|chỉ)\s++)?"
    rf"(?:{alternation((*vocab.MAIN_CLAUSE_VERBS, *vocab.MAIN_CLAUSE_VERBS_AFTER_ONLY))})"
    rf"(?![{LETTER}])")
# … or the verb inside what follows that comma ("…, người vi phạm bị phạt 4-6 triệu đồng";
# not "không" or "là", words of subjects too: "hàng không", "công nhận … là đô thị")
MAIN_VERB_IN = _compile(
    rf"(?<![{LETTER}])(?:{alternation(vocab.MAIN_CLAUSE_VERBS)})(?![{LETTER}])")
# "sửa đổi, bổ sung" inside the opening phrase is no comma closing it
BOTH_AMENDING_VERBS = _compile(r"(?i:sửa\s++đổi\s*+,\s*+bổ\s++sung)")
# The Party Centre named after a short form's subject is its issuer, not the subject's:
# "Nghị quyết 71 về đột phá phát triển giáo dục và đào tạo của Bộ Chính trị"
# "Trung ương" alone after "của" is the centre as against the provinces ("cho các bộ, cơ
# quan của Trung ương"), not a body of it
CENTRE_ALONE = _compile(r"(?i:trung\s++ương|t\.?\s*ư|tw)")
SUBJECT_OWNER = _compile(rf"của\s++{BODY}(?:\s++{TERM_NAMED})?")
# the verbs of a subject whose own "là" follows: "về việc công nhận thị xã … là đô thị loại III"
SUBJECT_NAMING = _compile(rf"(?<![{LETTER}])(?:{alternation(vocab.SUBJECT_NAMING_VERBS)})\s")

# A body and a verb right before a citation: "Ban Bí thư đã có Chỉ thị số …",
# "Ngày 15/4/2024, Chính phủ ban hành Nghị quyết …".
# "Thủ tướng Phạm Minh Chính vừa ký …", "Phó thủ tướng Trần Hồng Hà ký ban hành …": an
# office held by one person, and the signer's name between it and the verb
_OFFICE = alternation({v for name in vocab.PERSON_OFFICES for v in _tail_lowered(name)})
_PERSON = rf"(?:\s+[{UPPER}][{LOWER}]*+){{2,4}}"
# after a body ("Chủ tịch UBND TP Huế Nguyễn Văn Thành ký"), a name that begins with a
# family name, where a place cannot go on (_PLACE)
_SIGNER = rf"(?:\s+{_SURNAME}(?:\s+[{UPPER}][{LOWER}]*+){{1,3}})?"
# The verbs of issuing a document right before it, one list for BEFORE, BEFORE_DATE and
# the quick test they share (ISSUING_VERB_BEFORE)
_ISSUING_VERB = "(?:" + "|".join(v.replace(" ", r"\s+") for v in vocab.ISSUING_VERBS) + ")"
BEFORE = _compile(
    # (a year on the line before is a headline's, "đến năm 2020" a target, no year of issue)
    rf"(?:(?i:ngày)\s+{DATE}(?:\s++(?:vừa\s++qua|vừa\s++rồi))?\s*+,?\s*+"
    rf"|(?<![{LETTER}])(?<!đến\s)(?<!tới\s)(?i:(?:trong\s+)?năm)\s+(?P<y4>{_YEAR})[ \t]*+,?[ \t]*+)?"
    rf"(?:(?P<office>{_OFFICE}){_PERSON}|{BODY}{_SIGNER})"
    # ("Ban Chấp hành Trung ương Đảng khóa IX đã ban hành …", "Bộ Chính trị (khoá VIII) …")
    rf"(?:\s*+\(?\s*+{TERM_NAMED}(?:\s*+\))?)?"
    # ("Ủy ban nhân dân tỉnh Quảng Trị cho biết, vừa ban hành Quyết định số …": the
    # provincial news lead)
    rf"(?:\s++(?:cho\s++biết|cho\s++hay|thông\s++tin)\s*+,)?"
    rf"\s+(?:(?:đã|vừa|mới|cũng|lại|đã\s+chính\s+thức|vừa\s+chính\s+thức)\s+)?"
    # ("BTV Tỉnh ủy đã kịp thời ban hành …", "… đã khẩn trương ban hành …")
    rf"(?:(?:kịp\s+thời|khẩn\s+trương|nhanh\s+chóng)\s+)?"
    rf"{_ISSUING_VERB}\s+(?:(?:các|những|hai|ba)\s+)?$"
)
BEFORE_WINDOW = 120
# (a sentence's date may stand further back: "Ngày 30/10/2016, thay mặt Ban Chấp hành Trung
# ương Đảng Cộng sản Việt Nam khóa XII, Tổng Bí thư … đã ký ban hành …")
BEFORE_DATE_WINDOW = 200
# What BEFORE and BEFORE_DATE both end with; tested first on a few characters, so most
# citations ("theo Nghị định …", "tại Điều 5 Thông tư …") skip the longer searches.
ISSUING_VERB_BEFORE = _compile(
    rf"{_ISSUING_VERB}\s+(?:(?:các|những|hai|ba)\s+)?$"
)
ISSUING_VERB_WINDOW = 24
# "vừa ban hành Thông tư 37", "Thông tư 37 vừa được Bộ Y tế ban hành": just issued, so of
# the year of a text dated from March on (resolve: the hint "recent"). Not "vừa có hiệu
# lực": a document takes effect months after it is issued.
_JUST_ISSUED = r"(?:ký\s++ban\s++hành|ban\s++hành|ký|thông\s++qua|phê\s++duyệt)"
# ("Chính phủ vừa có Nghị quyết 282", "Bộ Y tế vừa gửi công văn …": the news lead's
# "has just issued"; after the citation "vừa có" is "vừa có hiệu lực", no issuing)
RECENT_BEFORE = _compile(
    rf"(?<![{LETTER}])vừa\s++(?:chính\s++thức\s++)?(?:{_JUST_ISSUED}|có|gửi)\s++"
    rf"(?:(?:các|những|hai|ba)\s++)?$")
RECENT_WINDOW = 40
# After it: "vừa ban hành", "vừa được Bộ Y tế ban hành", "của Bộ Y tế vừa ban hành",
# "mà Thủ tướng vừa ký";
# only a body between "vừa được" and the verb ("vừa tròn 5 năm kể từ ngày ký" is not it)
_BODY_PLAIN = _body_pattern(groups=False)
RECENT_AFTER = _compile(
    rf"\s*+,?\s*+(?:(?:của|do|mà)\s++{_BODY_PLAIN}\s++)?vừa\s++"
    rf"(?:được\s++(?:{_BODY_PLAIN}\s++)?)?{_JUST_ISSUED}(?![{LETTER}])")
# An organ word and the words of its name right before a body (vocab.ENDS_OTHER_ORGANS):
# "Ban Chỉ đạo ", "Đảng ủy các cơ quan Đảng ". A listed body that begins with such a word
# ("Ban Bí thư", "Ủy ban Thường vụ Quốc hội", "Văn phòng Chính phủ") matches whole, from
# its first word, and is never seen here.
ORGAN_HEAD_BEFORE = _compile(
    rf"(?<![{LETTER}])(?:{alternation(vocab.ORGAN_HEADS)})"
    rf"(?:\s+(?!(?:{alternation((*vocab.NOT_IN_ORGAN_NAMES, *vocab.REPORTING_VERBS))})(?![{LETTER}]))"
    rf"[{LETTER}]+){{0,5}}\s+$")
ORGAN_HEAD_WINDOW = 60
PERSON_POST_BEFORE = _compile(
    rf"(?<![{LETTER}])(?:{alternation(vocab.PERSON_POSTS_BEFORE_BODY)})\s++$")
PERSON_POST_WINDOW = 14
# "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết …": the body
# signed for, where no body stands right before the verb
# (the body signed for is the issuer, not the signer's office: "Thay mặt Bộ Chính trị,
# Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW"; its term may
# follow it: "thay mặt Bộ Chính trị khóa XIII ký ban hành Nghị quyết số 57-NQ/TW")
ON_BEHALF_OF = _compile(
    rf"(?i:thay\s+mặt)\s+{BODY}(?:\s+{TERM_NAMED})?"
    rf"(?:\s*,\s*(?:[^\s.;]+\s+){{0,16}}?|\s+)(?:(?:đã|vừa|mới)\s+)?"
    rf"(?:ký\s+ban\s+hành|ban\s+hành|ký)\s+$")
# … and after the document: "… vừa được chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Quốc
# Vượng thay mặt Bộ Chính trị ký ban hành"
ON_BEHALF_AFTER = _compile(
    rf"\s*+,?\s*+(?:(?:vừa|đã|mới)\s++)?được\s++(?:[^\s.;,]++\s++){{0,12}}?"
    rf"(?i:thay\s+mặt)\s+{BODY}(?:\s+{TERM_NAMED})?(?:\s*+,)?\s++(?:ký\s++ban\s++hành|ban\s++hành|ký)"
    rf"(?![{LETTER}])")
# "theo chỉ đạo của Thủ tướng tại Công điện 112", "yêu cầu của Bộ Y tế tại Thông tư …":
# the body whose document it is, named before it
AT_BEFORE = _compile(r"(?:tại|theo)\s++$")  # tried first, on a few characters
# ("theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …": its head's title passed over)
OWNER_AT_BEFORE = _compile(rf"(?<![{LETTER}])(?:của|do)\s++{_HEAD}{BODY}\s++(?:tại|theo)\s++$")
# "vào ngày 12/7/2017, Cục thuế TPHCM đã ký ban hành quyết định số …": a date of
# issue before the citation, with an issuer we may not know.
# "Ngày 30-6, Chính phủ …": the year is the article's; "Ngày 4-5-2025, Tổng Bí thư Tô Lâm
# thay mặt Bộ Chính trị ký ban hành …": up to BEFORE_DATE_WORDS words to the verb.
BEFORE_DATE_WORDS = 16
BEFORE_DATE = _compile(
    rf"(?:(?i:ngày)\s+{DATE}|(?i:tháng)\s+\d{{1,2}}\s*[/.-]\s*(?P<y3>{_YEAR})"
    rf"|(?<![{LETTER}])(?<!đến\s)(?<!tới\s)(?i:(?:trong\s+)?năm)\s+(?P<y5>{_YEAR})"
    rf"|(?i:ngày)\s+(?P<d6>\d{{1,2}})\s*+[/.-]\s*+(?P<m6>\d{{1,2}}){_DAY_MONTH_END})"
    # a comma after the date, or none before a capital: "Ngày 6-1-2017 Cục Hàng hải Việt
    # Nam có Văn bản số 46/CHHVN-PC" (not "ngày 6/1/2017 của …", another document's)
    # (on its line: a year ending the line before is a headline's)
    rf"(?:[ \t]*+,\s*|[ \t]++(?=[{UPPER}]))"
    # "Ngày 30/10/2016, thay mặt Ban Chấp hành Trung ương, Tổng Bí thư … ký ban hành",
    # "Ngày 14/04/2025, Tổng Bí thư Tô Lâm, thay mặt Ban Chấp hành Trung ương, đã ký …"
    rf"(?:(?:[^\s,.;]+\s+){{0,6}}?[^\s,.;]+,\s+(?=(?i:thay\s+mặt)\s))?"
    # ("thay mặt BCH Trung ương Đảng Cộng sản Việt Nam khóa XII, Tổng Bí thư …")
    rf"(?:(?i:thay\s+mặt)\s+(?:[^\s,.;]+\s+){{0,14}}?[^\s,.;]+,\s+)?"
    # "Ngày 16.6.2025, tại kỳ họp thứ 9, Quốc hội khóa XV đã thông qua …": where it was
    rf"(?:(?i:tại)\s+(?:[^\s,.;]+\s+){{0,8}}?[^\s,.;]+,\s+)?"
    # (not past a verb of reported speech: the date is then the day someone spoke)
    rf"(?:(?!(?:{alternation(vocab.REPORTING_VERBS)})(?![{LETTER}]))"
    rf"(?:[^\s,.;]|\.(?=\S))+\s+){{0,{BEFORE_DATE_WORDS}}}?"
    # (a comma may close the signer's words: "… thay mặt Bộ Chính trị, ký ban hành", or
    # part a list of bodies: "Bộ Chính trị, Ban Bí thư đã có Kết luận …", "Cơ quan Cảnh sát
    # điều tra, Bộ Công an đã ra quyết định …"; not a reported speech's: "… nói, Bộ …")
    rf"(?:(?!(?:{alternation(vocab.REPORTING_VERBS)})(?![{LETTER}]))[^\s,.;]+,\s+"
    rf"(?:{_BODY_PLAIN}\s+)?)?(?:(?:đã|vừa|mới)\s+)?"
    rf"{_ISSUING_VERB}\s+$"
)

# --- relations -------------------------------------------------------------------------
TRIGGER = _compile(
    rf"(?P<passive>(?:{'|'.join(vocab.PASSIVE_MARKERS)})\s+)?"
    # (not an amending law's own title, "Luật sửa đổi, bổ sung … của BLHS 2015", whose
    # amended code is not amended by the document before it)
    # (the first letters first: the lookbehinds only where a trigger may begin)
    rf"(?=[{''.join(sorted({c for w in vocab.RELATION_TRIGGERS for c in (w[0].lower(), w[0].upper())}))}])"
    rf"(?<![Ll]uật\s)(?<![Ll]uật\ssửa\sđổi,\s)(?<![Ll]uật\ssửa\sđổi\s)"
    # (nor how another was carried out: "ban hành Nghị quyết 19-2016/NQ-CP trên cơ sở đánh
    # giá kết quả thực hiện Nghị quyết số 16/NQ-CP" reviews it, carries nothing out)
    # ("… sau 8 năm thực hiện Nghị quyết số 18-NQ/TW": years of it, not carrying it out)
    rf"(?<!kết\squả\s)(?<!tình\shình\s)(?<!quá\strình\s)(?<!tổng\skết\s)(?<!sơ\skết\s)(?<!năm\s)"
    rf"(?P<trig>{alternation(vocab.RELATION_TRIGGERS, 'i')})(?![{LETTER}])"
    # "nghị định 15/2020 (sửa đổi, bổ sung tại nghị định 14/2022)": B amends A
    rf"(?P<passive_after>\s+(?i:tại|bởi)(?![{LETTER}]))?"
)
# Words between a trigger and its target: "một số điều của", "thi hành", "một số quy
# định tại khoản 1 và khoản 3 Điều 192"; nothing else ("Luật TDTT sửa đổi, bổ sung nên
# dựa vào Nghị quyết 08" states no relation).
BY_THEO = _compile(rf"\s++theo(?![{LETTER}])")
TRIGGER_TAIL_MAX = 70
TRIGGER_TAIL = _compile(
    rf"(?:\s++|\d++[a-z]?|(?i:{'|'.join(vocab.RELATION_TAIL_WORDS)})(?![{LETTER}]))*"
)
# … or the rules a document was issued with ("sửa đổi, bổ sung một số điều của Quy định
# đánh giá học sinh tiểu học ban hành kèm theo Thông tư số 30/2014/TT-BGDĐT"): amending
# them amends it
ATTACHED_TAIL_MAX = 200
ATTACHED_TAIL = _compile(
    rf"(?:\s++|\d++[a-z]?|(?i:{'|'.join(vocab.RELATION_TAIL_WORDS)})(?![{LETTER}]))*?"
    rf"(?i:quy\s++(?:định|chế)|điều\s++lệ|danh\s++mục)(?:\s++[^\s.;:()]++){{1,24}}?"
    rf"\s*+[(,]?\s*+ban\s++hành\s++kèm(?:\s++theo)?\s*+")
# A document the trigger speaks of that is none of the citations: "Nghị định 01/2017/NĐ-CP
# sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai" amends
# decrees, not the law; "Kế hoạch 05 về lấy ý kiến đối với dự thảo Nghị quyết sửa đổi …
# Hiến pháp": the draft amends it, not the plan
OTHER_OBJECT = _compile(
    rf"(?i:một\s+số|các|những)\s+(?i:{alternation(vocab.GROUP_OBJECT_WORDS)})\b")
OTHER_SUBJECT = _compile(rf"(?i:dự\s++thảo|dự\s++án)\s++(?:{TYPE_WORD})(?![{LETTER}])")
# "quản lý xã hội bằng Hiến pháp và pháp luật": the set phrase for the rule of law, no
# citation of a constitution
CONSTITUTION_AND_LAW = _compile(r"\s++và\s++(?:các\s++)?(?:pháp\s++luật|luật\s++pháp)(?![^\W\d_])")
# What ends a sentence (not a decimal point: "2.5"); a semicolon ends one of the clauses
# a relation must not cross (SENTENCE_BREAK), but not a subject listing with it
# ("… giao thông đường bộ; trừ điểm …": SENTENCE_STOP)
_SENTENCE_STOPS = ".!?\n"
SENTENCE_BREAK = _compile(rf"[;{_SENTENCE_STOPS}](?!\d)")
# What a text says of a document between it and a relation's verb, set off by commas:
# "Thông tư 79/2024 do Bộ Công an ban hành, có hiệu lực từ 1/1/2025, thay thế …",
# "Nghị định số 11/2012/NĐ-CP, ngày 22/2/2012, sửa đổi …"
# a day and month in figures, and the year after them ("1/8/2024", "15-4-2024", "30.6")
_DAY_MONTH = r"\d{1,2}\s*+[/.-]\s*+\d{1,2}"
_NUM_DATE = rf"{_DAY_MONTH}\s*+[/.-]\s*+\d{{4}}"
RELATION_ASIDE = _compile(
    # ("Quy định 366 gồm 4 chương, 19 điều, thay thế Quy định số 124": its length)
    r"(?:^|,)\s*+(?:(?:do\s++[^,.;\n]{1,60}?\s++ban\s++hành"
    # ("Luật Dược 2016, được Quốc hội khóa XIII thông qua ngày 6/4/2016, đã thay thế …")
    r"|(?:đã\s++)?được\s++[^,.;\n]{1,60}?\s++(?:thông\s++qua|ban\s++hành|ký)"
    rf"(?:\s++(?:vào\s++)?ngày\s++{_NUM_DATE})?"
    r"|gồm\s++\d{1,3}\s++chương\s*+,\s*+\d{1,4}\s++điều"
    rf"|ngày\s++{_NUM_DATE})\s*+(?=,)"
    # ("Nghị định 15/2020/NĐ-CP, ngày 03/02/2020 của Chính phủ về … (được sửa đổi …)": the
    # day before the body and subject)
    rf"|,\s*+ngày\s++{_NUM_DATE}(?=\s++của\s)"
    # ("Luật Căn cước 2023, sẽ chính thức có hiệu lực từ ngày 1/7/2024 và thay thế …")
    r"|(?:(?:sẽ|đã)\s++)?(?:chính\s++thức\s++)?có\s++hiệu\s++lực(?:\s++thi\s++hành)?\s++(?:kể\s++)?từ\s++"
    rf"(?:ngày\s++)?{_DAY_MONTH}(?:\s*+[/.-]\s*+\d{{4}})?\s*+(?=,|và\s))")
BLANK_LINE = _compile(r"\n[ \t\r]*+\n")
# A capitalised type word right before a citation's own ("Thông báo Kết luận số …")
OUTER_TYPE_WORD_BEFORE = _compile(rf"(?<![{LETTER}])(?=[{UPPER}])(?:{TYPE_WORD})\s++$")
OUTER_TYPE_WORD_WINDOW = 16
# "… nghị quyết 43: Sau 20 năm triển khai thực hiện Nghị quyết 23/2003": a colon before
# a capital opens another sentence
COLON_BREAK = _compile(rf":\s*+[{UPPER}]")
# "Chỉ thị này thay thế Chỉ thị số 35-CT/TW": the document the text spoke of, by its
# type word and "này", then a trigger (extract._anaphoric_links)
# ("Đây là Nghị định thay thế cho Nghị định số 171/2013/NĐ-CP …": the same)
ANAPHOR_BEFORE_TRIGGER = _compile(
    rf"(?<![{LETTER}])(?P<here>[Đđ]ây\s++là\s++(?:(?:một|bản)\s++)?)?(?P<tw>{TYPE_WORD})"
    rf"(?(here)|\s++này)\s++"
    r"(?:(?:không\s++chỉ|sẽ|đã|cũng|chính\s++thức|được)\s++){0,3}")
ANAPHOR_WINDOW = 100
# a line of a document's preamble: "Căn cứ Luật Tổ chức chính quyền địa phương …;"
_BASED_ON = (r"(?i:căn\s++cứ)\s++(?:vào\s++)?(?:các\s++|những\s++)?"
             r"(?:quy\s++định\s++(?:của|tại)\s++)?")
BASED_ON_LINE = _compile(rf"[ \t*•+-]*+{_BASED_ON}")
BASED_ON_BEFORE = _compile(rf"{_BASED_ON}$")
# "Thực hiện Chỉ thị số 45-CT/TW …, Ban Thường vụ … đã ban hành Kế hoạch số 08 …": a
# sentence opening with the document it carries out (extract._relations, as "Căn cứ")
# (its capitals first, so that sre skips to them; extract checks the sentence opens there)
_DEPLOY = r"riển[ \t]++khai(?:[ \t]++thực[ \t]++hiện)?"  # "(T|t)riển khai (thực hiện)"
IMPLEMENTS_INTRO_BEFORE = _compile(
    rf"(?:Để[ \t]++(?:thực[ \t]++hiện|t{_DEPLOY})|Thực[ \t]++hiện|T{_DEPLOY}"
    rf"|Quán[ \t]++triệt(?:[ \t]*+,?[ \t]*+(?:và[ \t]++)?t{_DEPLOY})?)"
    r"[ \t]++(?:(?:tinh[ \t]++thần|chỉ[ \t]++đạo[ \t]++(?:của|tại)|nội[ \t]++dung)[ \t]++)?$")
IMPLEMENTS_INTRO_WINDOW = 60
# where a sentence opens: after a stop, maybe a bullet or a quote ("- Thực hiện …")
SENTENCE_OPENS_BEFORE = _compile(r"[.!?;:\n][ \t\-–•*“\x22]*+$")
SENTENCE_OPENS_WINDOW = 8
# "… đã ban hành Quyết định …", "… ký ban hành Thông tư …"
ISSUED_BEFORE = _compile(r"(?i:ban\s+hành|ký|thông\s+qua)\s+(?:(?:các|những)\s+)?$")
# "… chưa thông qua Luật Đất đai (sửa đổi)", "… đang xem xét Luật …": a bill, whatever
# another mention of its name says (resolve: "(sửa đổi)" read as the law just passed)
NOT_YET_BEFORE = _compile(rf"(?<![{LETTER}])(?:chưa|sẽ|dự\s++kiến|đang)[^.;:\n]{{0,24}}$")
NOT_YET_WINDOW = 32
# Citations joined as one subject or object: "Nghị định 43/2014/NĐ-CP và Nghị định
# 44/2014/NĐ-CP". A comma alone does not join them: "Luật Thanh tra, Nghị định số 86/…
# hướng dẫn Luật Thanh tra" lists documents that each do their own thing.
COORDINATION = _compile(r"(?:\s*+,)?\s++(?:và|hoặc)\s+")
# Between the documents a trigger points at: a comma or "và", maybe after one's date
OBJECT_LIST_GAP = _compile(
    # ("thay thế cho Nghị định số 171/2013/NĐ-CP của Chính phủ ban hành ngày 13/11/2013 và
    # Nghị định số 107/2014/NĐ-CP": its body and day of issue too)
    rf"(?:\s*+của\s++{_BODY_PLAIN})?"
    rf"(?:(?:\s*+,)?\s++(?:(?:được\s++)?ban\s++hành\s++)?(?i:ngày)\s++{_NUM_DATE})?"
    r"\s*+(?:,\s*+(?:(?:và|hoặc)\s++)?|(?:và|hoặc)\s++)")
# "Chỉ thị này thay thế Chỉ thị số 35-CT/TW … của Đảng; Kết luận số 118-KL/TW …": the
# documents a replacing one lists, each with its date, body and subject, one per
# semicolon (the gap from one's end to the next, in one sentence)
SEMICOLON_ITEM = _compile(r"[^.!?\n;]*+;[ \t]*+")
# Commas inside references to parts of a document ("Khoản 3, Điều 17 Thông tư …",
# "một số điều, khoản của Luật …") do not end a trigger's object.
PART_COMMA = _compile(r",(?=\s*(?i:khoản|điều|điểm|mục|chương|phụ\s+lục)\b)")
# … nor the comma closing such a part right before the document it is of ("… bổ sung
# Điều 35, Thông tư số 12/2017/TT-BGTVT")
PART_END_COMMA = _compile(r"(?<=\d),\s*+$")

# --- zones ------------------------------------------------------------------------------
# A heading on a line of its own, maybe bulleted, with a colon or a count ("Bình luận (0)").
RELATED_HEADING = _compile(
    rf"^[ \t#*>■•●▪◆+-]*+(?P<heading>{alternation(vocab.RELATED_HEADINGS, 'i')})[ \t]*+[:：]?[ \t]*+"
    rf"(?:\(\d+\))?[ \t]*+(?:[»›>]++|\.\.\.|…)?[ \t]*$",
    re.M,
)
# A paragraph of the article's own prose: long, and ending a sentence (teasers of other
# stories end in "…" or are short titles).
PROSE_PARAGRAPH = _compile(r"^(?=[^\n]{200,}$)[^\n]*[^.…\n][.!?\"”][ \t]*$", re.M)
# "Nghị định 168/2024/NĐ-CP của Chính phủ quy định xử phạt … được ký ban hành ngày
# 26/12/2024": the day of issue later in the sentence, past what the text says of it
# (within ISSUED_LATER_WINDOW; no other number between, whose day it could be)
# ("… 43/CĐ-TTg về … vừa được Thủ tướng Chính phủ Phạm Minh Chính ký ban hành ngày
# 1/5/2024", "… do Phó Thủ tướng Lê Minh Khái ký ngày 5/3/2024", "… do Thủ tướng … ký
# ban hành ngày 28/10": the signer may stand between, the year may be the article's)
ISSUED_LATER = _compile(
    rf"(?<![{LETTER}])(?:được|do)(?:\s++[^,.;\n]{{1,60}}?)?\s++"
    rf"(?:ký(?:\s++ban\s++hành)?|ban\s++hành)\s++(?:vào\s++)?(?i:ngày)\s++"
    rf"(?:{DATE}|(?P<dd>\d{{1,2}})\s*+[/-]\s*+(?P<mm>\d{{1,2}}){_DAY_MONTH_END})")
ISSUED_LATER_WINDOW = 300
SENTENCE_STOP = _compile(rf"[{_SENTENCE_STOPS}](?!\d)")
# (a document named by its capitalised type word: "quy định xử phạt" is a verb)
TYPE_WORD_BETWEEN = _compile(rf"(?<![{LETTER}])(?=[{UPPER}])(?:{TYPE_WORD})(?![{LETTER}])")
NUMBER_BETWEEN = _compile(r"\d")
# A dump's date of a month alone ("2025-02", "02/2025"): dates.iso_date keeps it as
# "2025-02", dates.last_day reads it as that month's last day
MONTH_ALONE = _compile(
    r"\s*(?:(?P<y>\d{4})[/.-](?P<m>\d{1,2})|(?P<m2>\d{1,2})[/.-](?P<y2>\d{4}))\s*")
# "Nguồn: https://…": the scraped page's own URL (corpus.py) and the article's end (zones.py).
SOURCE_LINE = _compile(r"^[ \t]*Nguồn\s*:\s*(?P<url>https?://\S+)[ \t]*$", re.M)
_SOURCE_WORD = "Nguồn"


def source_lines(text: str, pos: int = 0) -> Iterator[re.Match]:
    """SOURCE_LINE's matches in `text` that start at or after `pos`, in order.

    A pattern anchored at line starts is tried at every character; the word it needs
    is found by str.find at C speed, and only its lines are tried (the same matches,
    a tenth of the time on a page).
    """
    i = text.find(_SOURCE_WORD, pos)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        m = SOURCE_LINE.match(text, start) if start >= pos else None
        if m is not None:
            yield m
            i = text.find(_SOURCE_WORD, m.end())
        else:
            i = text.find(_SOURCE_WORD, i + 1)
RELATED_LINE = _compile(
    rf"^[ \t]*(?:(?:{'|'.join(re.escape(p) for p in vocab.RELATED_LINE_PREFIXES)})"
    rf"|!\[[^\]\n]*\]\([^)\n]*\)[ \t]*[{UPPER}\d\[(\"“]).*$",
    re.M,
)


# Each line-start pattern has its "\n"-led twin (lines.py): run only at newlines.
RELATED_HEADING_NL = after_newline(RELATED_HEADING)
PROSE_PARAGRAPH_NL = after_newline(PROSE_PARAGRAPH)
RELATED_LINE_NL = after_newline(RELATED_LINE)
