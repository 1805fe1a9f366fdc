"""Publication dates of articles, as the input gives them, normalised to ISO dates.

Dump fields ("2024-11-23T17:11:03+07:00", "23/11/2024"), HTML metadata (read by
trafilatura from `article:published_time` and `<time datetime>`) and the date line
scraped pages carry near their top ("Ngày đăng: 15/04/2024 10:30", "Thứ hai, 15/4/2024,
10:30 (GMT+7)", "Cập nhật lúc 10:30 ngày 15/4/2024", or the date and time alone).
"""
from __future__ import annotations

import datetime as _dt
import re

from . import patterns as P
from .compiled import compile as _compile
from .lines import after_newline, line_search

# Labels that introduce a page's own date (not a date the article talks about).
DATE_LABELS = ("Ngày đăng", "Ngày xuất bản", "Xuất bản", "Đăng lúc", "Đăng ngày",
               "Thời gian đăng", "Ngày cập nhật", "Cập nhật", "Published", "Posted")
# Labels that say so only with a colon after them ("Ngày: 21/11/2025").
COLON_LABELS = ("Ngày", "Thời gian", "Date")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật",
            "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN")
# Characters of a page, past its title, where its date line may be.
HEAD_CHARS = 2000

_DATE = (r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
         r"|(?P<iy>\d{4})[/.-](?P<im>\d{1,2})[/.-](?P<id>\d{1,2})"
         r"|(?P<td>\d{1,2})\s+tháng\s+(?P<tm>\d{1,2}),?\s+năm\s+(?P<ty>\d{4}))")
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:\s*[AaPp][Mm])?"
# a time zone up to its closing bracket, if any ("(GMT+7", "UTC +07:00")
_ZONE = r"\(?\s*+(?:GMT|UTC)\s*+[+-]\s*+\d{1,2}(?::?\d{2})?"
_colon_names = "|".join(re.escape(x) for x in COLON_LABELS)
_names = "|".join(re.escape(x) for x in sorted(DATE_LABELS + WEEKDAYS, key=len, reverse=True))


# A labelled line: the date within a few words of the label or weekday.
# ("Ngày: 21/11/2025" with its colon only: a lead opens with "Ngày 22/12/2024, …")
_LABELLED = _compile(
    rf"^[ \t]*(?:(?i:{_names})\b|(?i:{_colon_names})[ \t]*:)[^\n\d]{{0,25}}?"
    rf"(?:{_TIME}[^\n\d]{{0,12}}?)?{_DATE}", re.M)
# A reporter's initials or name before the date of a page's date line ("PV - 03/04/2025
# 17:35", "Minh Anh | 03/04/2025")
_BYLINE = r"[^\W\d_][^\n\d]{0,40}?[ \t][-–|][ \t]*"
# A line that is nothing but a date (and a time, a time zone), or a byline and a date.
# Blanks are taken possessively (\s*+) and the line's end as blanks but a newline
# ([^\S\n]*$): the same lines as "\s*[,-]?\s*" and "\s*(zone)?\s*\)?[ \t]*$" would
# match, without their trying every split of a long run of blanks (quadratic: 8 s on
# 16,000 spaces).
_BARE = _compile(rf"^[ \t]*(?:{_BYLINE})?(?:{_TIME}\s*+(?:[,-]\s*+)?)?{_DATE}"
                 rf"(?:\s*+(?:(?:[,-]|lúc)\s*+)?{_TIME})?"
                 rf"(?:\s*+{_ZONE}(?:\s*+\)[ \t]*|[^\S\n]*)|[^\S\n]*)$", re.M)
# run at newlines only (lines.py)
_LINE_PATTERNS = ((_LABELLED, after_newline(_LABELLED)), (_BARE, after_newline(_BARE)))
_ANY_DATE = _compile(_DATE)


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    y, mo, d = ((g["y"], g["m"], g["d"]) if g["y"] else (g["iy"], g["im"], g["id"])
                if g["iy"] else (g["ty"], g["tm"], g["td"]))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:  # 31/02, month 13: not a date
        return None


def iso_date(value: str | None) -> str | None:
    """"2024-11-23T17:11:03+07:00", "23/11/2024", "23 tháng 11 năm 2024" → "2024-11-23";
    a month alone, "2025-02" or "02/2025", → "2025-02" (the extractor reads it as the
    month's last day); None when `value` holds no valid date."""
    if not value:
        return None
    m = _ANY_DATE.search(value)
    if m:
        return _iso(m)
    if (month := _month(value)) is not None:
        return f"{month[0]:04d}-{month[1]:02d}"
    # RSS and e-mail dates: "Sat, 23 Nov 2024 10:00:00 +0700" (email loads only then)
    from email.utils import parsedate_to_datetime
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def page_date(text: str, start: int = 0) -> str | None:
    """The date line of a scraped page, looked for in HEAD_CHARS characters from
    `start` (past the title), as an ISO date; None when the page has none."""
    head = text[start:start + HEAD_CHARS]
    for first, after in _LINE_PATTERNS:
        found = line_search(first, after, head)
        m = found[1] if found else None
        if m and (iso := _iso(m)):
            return iso
    return None


def _month(value: str) -> tuple[int, int] | None:
    """(year, month) of a month alone ("2025-02", "02/2025"), else None."""
    m = P.MONTH_ALONE.fullmatch(value)
    if m is None:
        return None
    y, mo = int(m["y"] or m["y2"]), int(m["m"] or m["m2"])
    return (y, mo) if 1 <= mo <= 12 else None


def last_day(value: str | None) -> _dt.date | None:
    """The day an ISO date or datetime ("2024-11-23T17:11:03+07:00") starts with; of a
    month alone ("2025-02", as some dumps date their articles), its last day: a text
    dated so was written by then, which is all its date is asked (no document it cites
    is later)."""
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    if (month := _month(value)) is None:
        return None
    y, mo = month
    return _dt.date(y + mo // 12, mo % 12 + 1, 1) - _dt.timedelta(days=1)
