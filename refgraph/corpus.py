"""Readers: files, folders and pipes in, Article records out.

Every reader streams: a folder is walked lazily, a JSON Lines dump is cut into runs of
whole lines of about a megabyte (`iter_units`; decoded and parsed by `read_unit`, in
whichever process reads the unit), a CSV dump is read one record at a time, so memory
does not grow with the corpus. Bad input never stops a run: it is reported once on
stderr (file and line), skipped and counted in a `SkipLog`, which the commands turn into
the end-of-run summary and exit status 3.

Formats, by extension:
  .txt (and any other file named explicitly)  scraped page: first line the title,
                                               a "Nguồn: https://…" line the URL
  .html / .htm                                 main text and metadata by trafilatura
                                               (the page's own sidebars dropped)
  .jsonl / .ndjson                             one JSON object per line
  .csv                                         a header row, one article per row
  -                                            standard input: JSON Lines when its first
                                               character is "{", else one page

Encodings: UTF-8 with or without BOM, UTF-16 with BOM, and legacy Windows-1258
Vietnamese (detected, decoded, composed to NFC). Anything else is reported, never
guessed into mojibake.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from .compiled import compile as _compile
from .dates import iso_date, page_date
from .escaping import for_terminal
from .models import Article
from .patterns import source_lines
from .normalize import nfc


# One article larger than this is not an article (a dump mistaken for a page, a log
# file): reading it whole would cost its size in memory in every process that touches
# it. JSON Lines and CSV dumps are not limited as files, only per record.
MAX_ARTICLE_BYTES = 32 * 1024 * 1024

TEXT_EXTS = frozenset({".txt"})
HTML_EXTS = frozenset({".html", ".htm"})
JSONL_EXTS = frozenset({".jsonl", ".ndjson"})
CSV_EXTS = frozenset({".csv"})
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS | CSV_EXTS

# Bytes sniffed to choose a line-oriented dump's encoding.
_SNIFF_BYTES = 1 << 20


# ---------------------------------------------------------------------------- skips


@dataclass(slots=True, frozen=True)
class Skip:
    """One piece of input that was not read: a file, or one line/row of a dump."""

    source: str
    reason: str
    line: int | None = None

    def where(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"

    def __str__(self) -> str:
        return f"{self.where()}: {self.reason}"


@dataclass
class SkipLog:
    """Collects skips and reports each one on `stream` (stderr) as it happens.

    Pass one to `iter_articles`; after the run, `len(log)` is the count the exit status
    depends on and `log.summary(n)` the closing line.
    """

    stream: IO[str] | None = None
    report: bool = True
    skips: list[Skip] = field(default_factory=list)
    # Memory stays bounded on a corpus of broken lines: past this many, skips are
    # counted and reported but not kept.
    keep: int = 1000
    count: int = 0

    def __call__(self, skip: Skip) -> None:
        self.count += 1
        if len(self.skips) < self.keep:
            self.skips.append(skip)
        if self.report:
            stream = self.stream or sys.stderr
            # File names and reasons come from the input: escaped, so that a name
            # cannot drive the terminal or forge a line of this report.
            print(f"refgraph: skipped {for_terminal(str(skip))}", file=stream, flush=True)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:  # a log with no skips is still a log
        return True

    def summary(self, n_articles: int, show: int = 5) -> str:
        """ "1,204 articles, 3 skipped: a.bin (binary file), …" """
        head = f"{n_articles:,} article{'s' if n_articles != 1 else ''}"
        if not self.count:
            return head
        parts = [for_terminal(f"{s.where()} ({s.reason})") for s in self.skips[:show]]
        more = self.count - len(parts)
        if more > 0:
            parts.append(f"and {more:,} more")
        return f"{head}, {self.count:,} skipped: " + ", ".join(parts)


class BadInput(Exception):
    """Raised inside a reader for input to skip; carries the line when there is one."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


_SURROGATE = _compile("[\ud800-\udfff]")

# ---------------------------------------------------------------------------- units

# Input is cut into units of about this many bytes: the share of work one process takes
# at a time (large enough to amortise sending it, small enough to keep processes evenly
# loaded and memory flat).
BLOCK_BYTES = 1 << 20


@dataclass(slots=True)
class Unit:
    """Input that one process reads by itself with `read_unit`: so reading, decoding and
    parsing run in the extracting processes, not in the one that writes.

    kind "page" / "html": one file, by path (read where the unit is read).
    kind "lines": a run of whole lines of a JSON Lines dump, as bytes, from `first_line`.
    kind "articles": articles already read (CSV rows, UTF-16 dumps, a page on stdin),
    with the skips met while reading them in their place.
    kind "skip": input found bad while cutting (`iter_units`), reported where it is
    read, so that skips come in input order wherever the units are read.
    """

    source: str
    file_id: str
    kind: str
    path: str | None = None
    data: bytes = b""
    tail: bytes = b""  # the end of data's last line, read after it
    enc: str = "utf-8"
    first_line: int = 1
    articles: list[Article | Skip] = field(default_factory=list)
    nbytes: int = 0  # input bytes, when known before reading (dumps)
    skip: Skip | None = None  # kind "skip": what was wrong


def input_digest(raw: bytes, tag: bytes = b"") -> str:
    """Content hash of the bytes an article was read from (with `tag`: how they were
    read, e.g. the field mapping of a dump). Hashing the input as read costs half as
    much as encoding the article's fields again, and identifies it as well."""
    import hashlib  # here: `scan` hashes nothing (2 ms of start-up)

    h = hashlib.blake2b(tag, digest_size=16)
    h.update(b"\x1f")
    h.update(raw)
    return h.hexdigest()


# ---------------------------------------------------------------------------- fields


@dataclass(slots=True, frozen=True)
class Fields:
    """Field (JSON key or CSV column) names for each article attribute, first match wins."""

    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title",)
    url: tuple[str, ...] = ("url",)
    date: tuple[str, ...] = ("date",)
    text: tuple[str, ...] = ("text", "content", "body")

    @classmethod
    def parse(cls, specs: Iterable[str]) -> Fields:
        """From "text=noi_dung" / "title=tieu_de,headline" options."""
        kw: dict[str, tuple[str, ...]] = {}
        names = set(cls.__slots__)
        for spec in specs:
            attr, sep, cols = spec.partition("=")
            attr = attr.strip()
            if not sep or attr not in names or not cols.strip():
                raise ValueError(
                    f"bad field mapping {spec!r}: expected NAME=COLUMN[,COLUMN…] with NAME "
                    f"one of {', '.join(sorted(names))}")
            kw[attr] = tuple(c.strip() for c in cols.split(",") if c.strip())
        return cls(**kw)


DEFAULT_FIELDS = Fields()


def _pick(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        v = record.get(name)
        if v is not None and v != "":
            return v if isinstance(v, str) else str(v)
    return None


# ---------------------------------------------------------------------------- encodings

# Windows-1258 writes Vietnamese as base letters (some precomposed: â ê ô ơ ư ă đ and the
# Latin-1 vowels with grave/acute/tilde) followed by combining tone marks. Decoded and
# composed to NFC, real Vietnamese leaves no combining mark behind and uses only these
# letters; Latin-1 text or random bytes decoded the same way leaves stray marks or
# letters like ß æ ø ñ. That is the test that keeps us from guessing into mojibake.
_VI_LETTERS = "".join(sorted(
    c for c in {
        nfc(base + mod + tone)
        for base, mods in (("a", "\u0302\u0306"), ("e", "\u0302"), ("o", "\u0302\u031b"),
                           ("u", "\u031b"), ("i", ""), ("y", ""))
        for base in (base, base.upper())
        for mod in ("", *mods)
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    } | set("đĐ")
    if ord(c[0]) > 127))
_VI_SPECIFIC = _compile(
    "[" + "".join(c for c in _VI_LETTERS
                  if c not in "àáèéìíòóùúýÀÁÈÉÌÍÒÓÙÚÝâêôÂÊÔãõÃÕ") + "]")
# Typography a Vietnamese Windows text may hold besides letters.
_CP1258_OK = "\u00a0“”‘’–—…•€₫«»°·©®™§¶±×÷"
_NOT_VIETNAMESE = _compile(
    r"[^\t\n\r\f\x20-\x7e" + re.escape(_VI_LETTERS + _CP1258_OK) + "]")


def _looks_vietnamese_cp1258(text_nfc: str) -> bool:
    """True when NFC text decoded from Windows-1258 is plausibly Vietnamese."""
    if not _VI_SPECIFIC.search(text_nfc):
        return False
    odd = len(_NOT_VIETNAMESE.findall(text_nfc))
    # A stray symbol or two (a "½", a "Ñ" in a foreign name) is tolerated.
    return odd <= max(2, len(text_nfc) // 2000)


class EncodingError(BadInput):
    pass


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bom_encoding(head: bytes) -> str | None:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def _utf8_prefix_ok(data: bytes, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
        return True
    except UnicodeDecodeError:
        return False


def _undecodable() -> EncodingError:
    return EncodingError("not UTF-8, UTF-16 with BOM or Windows-1258 Vietnamese; "
                         "convert it to UTF-8")


def sniff_encoding(head: bytes, complete: bool) -> str:
    """Choose the encoding of a file from its first bytes (`complete`: they are all).

    Raises BadInput for binary data and for text in an encoding we do not guess.
    """
    enc = _bom_encoding(head)
    if enc:
        return enc
    if b"\x00" in head:
        raise BadInput("binary file (NUL bytes)")
    if _utf8_prefix_ok(head, final=complete):
        return "utf-8"
    try:
        text = head.decode("cp1258")
    except UnicodeDecodeError:
        raise _undecodable() from None
    if not complete:
        # The sample may end inside a word: judge only whole lines.
        cut = text.rfind("\n")
        text = text[:cut] if cut > 0 else text
    if _looks_vietnamese_cp1258(nfc(text)):
        return "cp1258"
    raise _undecodable()


def decode_bytes(data: bytes) -> str:
    """Whole-file decode to NFC text, by the rules above; raises BadInput."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bool]:
    """decode_bytes(data), and whether the text is `data` as it stands (UTF-8 without
    BOM, NFC already): then `data` is its UTF-8, which the extractor need not make again."""
    text = plain = None
    if _bom_encoding(data) is None and b"\x00" not in data:
        # Most files are UTF-8: one decode both checks and reads them (sniffing first
        # would decode them twice).
        try:
            text = plain = data.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None:
        enc = sniff_encoding(data, complete=True)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            raise BadInput(f"not valid {enc} at byte {e.start}") from None
    if enc.startswith("utf-"):
        text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise BadInput("binary file (NUL characters)")
    out = nfc(text)
    return out, out is plain  # nothing stripped, nothing composed


# ---------------------------------------------------------------------------- pages
# Every reader's Article has NFC text and says so (meta "nfc"): the extractor does not
# check its text again (bounded.extract_bounded).


# A site's breadcrumb trail scraped as the first line ("Trang chủNewsNhân quyềnNâng cao
# công tác…"): the title is the next non-empty line.
_BREADCRUMB = _compile(r"[ \t]*(?:Trang chủ|Trang nhất|Home)(?![ \t]*\n)")
_NEXT_LINE = _compile(r"\n\s*([^\n]*\S)[ \t]*(?=\n|$)")


def article_from_page(text: str, article_id: str, source: str | None = None) -> Article:
    """A scraped page: first line the title (past a breadcrumb trail), a
    "Nguồn: https://…" line the URL. Scanning starts after the title line."""
    return _page_article(nfc(text.lstrip("\ufeff")), article_id, source)


def _page_article(text: str, article_id: str, source: str | None) -> Article:
    """`article_from_page` for text that is NFC already (from `decode_bytes`)."""
    first_nl = text.find("\n")
    title_end = len(text) if first_nl < 0 else first_nl
    title = text[:title_end].strip() or None
    if _BREADCRUMB.match(text) and (nxt := _NEXT_LINE.match(text, title_end)):
        title, title_end = nxt.group(1).strip(), nxt.end()
    m = next(source_lines(text), None)
    return Article(id=article_id, text=text, title=title, url=m.group("url") if m else None,
                   date=page_date(text, title_end), source=source, body_start=title_end,
                   meta={"nfc": True})


_trafilatura = None


def _html_extractor():
    # Imported on first use: trafilatura and lxml cost ~0.3 s, which a run over .txt
    # files should not pay.
    global _trafilatura
    if _trafilatura is None:
        import logging  # with trafilatura: 10 ms a run over .txt files need not pay

        try:
            import trafilatura
        except ImportError as e:  # e.g. lxml without lxml_html_clean: say so per file
            raise BadInput(f"cannot read HTML: trafilatura does not load ({e})") from None

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        _trafilatura = trafilatura
    return _trafilatura


def article_from_html(html: str, article_id: str, source: str | None = None) -> Article:
    """A saved HTML page: main text and metadata by trafilatura; raises BadInput."""
    traf = _html_extractor()
    try:
        doc = traf.bare_extraction(html, with_metadata=True, include_comments=False,
                                   include_tables=True, include_images=False)
    except Exception as e:  # a parser crash on one page must not end the run
        raise BadInput(f"HTML not readable ({type(e).__name__}: {e})") from None
    if doc is None:
        raise BadInput("no main text found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = nfc(meta.get("text") or "")
    if not text.strip():
        raise BadInput("no main text found in the HTML page")
    title = meta.get("title")
    title = nfc(title).strip() if title else None
    # trafilatura repeats the headline as the first line: scanning starts past it, as
    # for a .txt page.
    first_nl = text.find("\n")
    first = text[: first_nl if first_nl >= 0 else len(text)]
    body_start = len(first) if title and first.strip() == title else 0
    return Article(id=article_id, text=text, title=title, url=meta.get("url") or None,
                   date=iso_date(meta.get("date")), source=source, body_start=body_start,
                   meta={"nfc": True})


# ---------------------------------------------------------------------------- files


def _read_limited(f: BinaryIO, max_bytes: int) -> bytes:
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise BadInput(f"too large for one article (> {max_bytes / 1e6:.0f} MB)")
    return data


def _read_page_file(path: str, article_id: str, max_bytes: int, html: bool,
                    digest: bool = True) -> Article:
    # Unbuffered, and sized by fstat: one read of the whole file into a buffer of its
    # size, not through a 32 MB one.
    with _open_regular(path, buffering=0) as f:
        size = os.fstat(f.fileno()).st_size
        if size > max_bytes:
            raise BadInput(f"too large for one article ({size / 1e6:,.0f} MB > "
                           f"{max_bytes / 1e6:.0f} MB)")
        data = f.read(size + 1) if size else b""
        if len(data) > size or not size:  # growing, or a size fstat does not know
            data += _read_limited(f, max_bytes - len(data))
    if not data or data.isspace():
        raise BadInput("empty file")
    text, same = _decode(data)
    if not text or text.isspace():
        raise BadInput("empty file")
    art = (article_from_html(text, article_id, path) if html
           else _page_article(text, article_id, path))
    art.meta["bytes"] = len(data)
    if same and not html:  # the text's UTF-8: the extractor's native scan reads it
        art.meta["utf8"] = data
    if digest:
        art.meta["digest"] = input_digest(data)
    return art


def _open_regular(path: str, buffering: int = -1) -> BinaryIO:
    """`path` opened for reading, when it is a regular file; raises BadInput for a FIFO,
    a device or a socket. Opened non-blocking, so that a FIFO put where a file was
    listed cannot hang the run; checked on the open descriptor, not on the name."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise BadInput(f"not a regular file ({_file_kind(mode)}); not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb", buffering=buffering)
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def _binary_lines(f: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes None for a line over `max_bytes`,
    which is drained in chunks rather than held."""
    n = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        yield n, line


def _too_long(max_bytes: int) -> str:
    return f"line too long (> {max_bytes / 1e6:.0f} MB)"


def _decode_line(raw: bytes, n: int, enc: str) -> str:
    """Line `n` of a dump in a byte encoding, as text (not yet NFC); raises BadInput."""
    try:
        line = raw.decode(enc)
    except UnicodeDecodeError:
        raise BadInput(f"not valid {'UTF-8' if enc.startswith('utf-8') else enc}",
                       n) from None
    if n == 1:
        line = line.lstrip("\ufeff")
    if "\x00" in line:
        raise BadInput("binary data (NUL characters)", n)
    return line


def _text_lines(f: BinaryIO, enc: str, max_bytes: int,
                bad: dict[int, str]) -> Iterator[tuple[int, str, int]]:
    """(line number, text, byte size) of a dump in `enc`.

    Lines that cannot be decoded, or are too long, come out as "" and their number and
    reason go into `bad`, so the record that spans them is skipped, not the file.
    """
    if enc in ("utf-16", "utf-32"):
        # No per-line byte splitting for wide encodings: decode as a stream.
        # surrogatepass: a bad sequence comes through as a lone surrogate, so only its
        # line is lost, not the rest of the file (or of the decoder's chunk). A
        # truncated last character still ends the file, reported at its line.
        wrapper = io.TextIOWrapper(f, encoding=enc, errors="surrogatepass", newline="")
        n = 0
        try:
            for line in wrapper:
                n += 1
                if _SURROGATE.search(line):
                    bad[n] = f"not valid {enc}"
                    yield n, "\n", len(line) * 2
                    continue
                yield n, nfc(line), len(line) * 2
        except UnicodeDecodeError:
            raise BadInput(f"not valid {enc}", n + 1) from None
        finally:
            wrapper.detach()
        return
    for n, raw in _binary_lines(f, max_bytes):
        if raw is None:
            bad[n] = _too_long(max_bytes)
            yield n, "\n", max_bytes
            continue
        try:
            line = _decode_line(raw, n, enc)
        except BadInput as e:
            bad[n] = e.reason
            yield n, "\n", len(raw)
            continue
        # NFC per line: a line is the unit a dump record is made of, and composing
        # never crosses a newline.
        yield n, nfc(line), len(raw)


class _Prefixed(io.RawIOBase):
    """`head` then the rest of `f`: lets a pipe be sniffed without seeking back."""

    def __init__(self, head: bytes, f: BinaryIO):
        self._head = memoryview(head)
        self._f = f

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._f.read(len(b))
        b[: len(data)] = data
        return len(data)


def _open_dump(f: BinaryIO) -> tuple[str, BinaryIO]:
    """Sniff a dump's encoding from its first MB; returns it and a stream from byte 0."""
    head = f.read(_SNIFF_BYTES)
    if not head.strip():
        raise BadInput("empty file")
    complete = len(head) < _SNIFF_BYTES
    try:
        enc = sniff_encoding(head, complete=complete)
    except EncodingError:
        # One bad record must not condemn a dump: when most lines of the sample are
        # UTF-8, read it as UTF-8 and skip the lines that are not.
        lines = head.split(b"\n")
        if not complete:
            lines = lines[:-1] or lines  # the last one may be cut mid-character
        n_bad = sum(1 for line in lines if not _utf8_prefix_ok(line, final=True))
        if n_bad * 2 >= len(lines):
            raise
        enc = "utf-8"
    if f.seekable():
        f.seek(0)
        return enc, f
    return enc, io.BufferedReader(_Prefixed(head, f), buffer_size=1 << 16)


def _record_article(rec: dict, fields: Fields, fallback_id: str, source: str,
                    line: int, nbytes: int, digest: str | None = None) -> Article:
    text = _pick(rec, fields.text)
    if not text or text.isspace():  # isspace stops at the first letter; strip would copy
        raise BadInput(f"no text (looked for field {', '.join(fields.text)})", line)
    art_id = _pick(rec, fields.id) or _pick(rec, fields.url) or fallback_id
    title = _pick(rec, fields.title)
    return Article(
        id=nfc(art_id),
        text=nfc(text),
        title=nfc(title).strip() if title else None,
        url=_pick(rec, fields.url),
        date=iso_date(_pick(rec, fields.date)),
        source=source,
        meta={"line": line, "bytes": nbytes, "nfc": True,
              **({"digest": digest} if digest is not None else {})},
    )


def _json_record(line: str, n: int, nbytes: int, digest: str | None, file_id: str, source: str,
                 fields: Fields, on_skip: Callable[[Skip], None]) -> Article | None:
    """The article of one JSON line (line `n`), or None after reporting why not."""
    try:
        # Not NFC yet: JSON may spell a combining mark as an escape (\u0301), so the
        # record's strings are composed after parsing (`_record_article`).
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        on_skip(Skip(source, f"broken JSON ({e.msg}, column {e.colno})", n))
        return None
    except RecursionError:
        # 100,000 "[" in a row: the parser recurses once per level.
        on_skip(Skip(source, "JSON nested too deeply to be an article", n))
        return None
    if not isinstance(rec, dict):
        on_skip(Skip(source, f"not a JSON object ({type(rec).__name__})", n))
        return None
    try:
        return _record_article(rec, fields, f"{file_id}:{n}", source, n, nbytes, digest)
    except BadInput as e:
        on_skip(Skip(source, e.reason, n))
        return None


def _json_tag(fields: Fields) -> bytes:
    # The same line read with another field mapping is another article.
    return repr(fields).encode("utf-8")


def _json_records(unit: Unit, fields: Fields, max_bytes: int,
                  on_skip: Callable[[Skip], None], digest: bool = True) -> Iterator[Article]:
    """The articles of a run of JSON Lines (a `lines` unit), one per line."""
    source = unit.source
    tag = _json_tag(fields)
    n = unit.first_line - 1
    lines = (unit.data + unit.tail if unit.tail else unit.data).split(b"\n")
    if lines and not lines[-1]:
        lines.pop()  # the run ends with a newline: nothing after it
    for raw in lines:
        n += 1
        if len(raw) > max_bytes:
            on_skip(Skip(source, _too_long(max_bytes), n))
            continue
        if not raw or raw.isspace():
            continue
        try:
            line = _decode_line(raw, n, unit.enc)
        except BadInput as e:
            on_skip(Skip(source, e.reason, n))
            continue
        art = _json_record(line, n, len(raw) + 1, input_digest(raw, tag) if digest else None,
                           unit.file_id, source, fields, on_skip)
        if art is not None:
            yield art


def _drain_line(f: BinaryIO) -> None:
    """Read past the end of the current line without holding it."""
    while True:
        rest = f.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return


def _line_units(f: BinaryIO, enc: str, source: str, file_id: str, max_bytes: int,
                block_bytes: int, on_skip: Callable[[Skip], None]) -> Iterator[Unit]:
    """A JSON Lines dump cut into runs of whole lines of about `block_bytes`.

    Only line ends are looked for here: decoding and parsing happen in `read_unit`, in
    whichever process reads the unit. A byte 0x0A is a line end in UTF-8 and
    Windows-1258 alike, never part of a character. Each block is read whole and the
    line it ends in is completed with one `readline` (sent beside it, not copied onto
    it): the writer touches each megabyte once.
    """
    line = 1  # number of the first line of the next unit
    while chunk := f.read(block_bytes):
        tail = b""
        if not chunk.endswith(b"\n"):
            tail = f.readline(max_bytes + 1)
            if len(tail) > max_bytes and not tail.endswith(b"\n"):
                # The block's last line runs on past max_bytes: the lines before it go,
                # it is skipped without being held.
                _drain_line(f)
                cut = chunk.rfind(b"\n") + 1
                if cut:
                    yield Unit(source, file_id, "lines", data=chunk[:cut], enc=enc,
                               first_line=line, nbytes=cut)
                    line += chunk.count(b"\n", 0, cut)
                on_skip(Skip(source, _too_long(max_bytes), line))
                line += 1
                continue
        yield Unit(source, file_id, "lines", data=chunk, tail=tail, enc=enc,
                   first_line=line, nbytes=len(chunk) + len(tail))
        line += chunk.count(b"\n") + tail.count(b"\n")


def _article_units(read: Callable[[Callable[[Skip], None]], Iterable[Article]], source: str,
                   file_id: str, block_bytes: int) -> Iterator[Unit]:
    """Articles the main process had to read itself, `read(skip)`'s, in units of about
    `block_bytes`. What `read` skips (a bad CSV row) travels in the unit in its place
    among the articles, so it is reported in input order wherever the unit is read.
    When reading fails partway, the articles read before the failure still come out."""
    batch: list[Article | Skip] = []
    size = 0
    try:
        for art in read(batch.append):
            batch.append(art)
            size += art.meta.get("bytes", len(art.text))
            if size >= block_bytes:
                yield Unit(source, file_id, "articles", articles=batch, nbytes=size)
                batch, size = [], 0
    except (BadInput, OSError):
        if batch:
            yield Unit(source, file_id, "articles", articles=batch, nbytes=size)
        raise
    if batch:
        yield Unit(source, file_id, "articles", articles=batch, nbytes=size)


def _dump_units(f: BinaryIO, file_id: str, source: str, fields: Fields, max_bytes: int,
                block_bytes: int, on_skip: Callable[[Skip], None]) -> Iterator[Unit]:
    enc, f = _open_dump(f)
    if enc in ("utf-16", "utf-32"):
        # Wide encodings have no byte-level line ends to cut at: decode as a stream here.
        yield from _article_units(
            lambda skip: _iter_wide_jsonl(f, enc, file_id, source, fields, max_bytes, skip),
            source, file_id, block_bytes)
        return
    yield from _line_units(f, enc, source, file_id, max_bytes, block_bytes, on_skip)


def _iter_wide_jsonl(f: BinaryIO, enc: str, file_id: str, source: str, fields: Fields,
                     max_bytes: int, on_skip: Callable[[Skip], None]) -> Iterator[Article]:
    tag = _json_tag(fields)
    bad: dict[int, str] = {}
    for n, line, nbytes in _text_lines(f, enc, max_bytes, bad):
        if n in bad:
            on_skip(Skip(source, bad.pop(n), n))
            continue
        if not line or line.isspace():
            continue
        art = _json_record(line, n, nbytes, input_digest(line.encode("utf-8"), tag),
                           file_id, source, fields, on_skip)
        if art is not None:
            yield art


def _iter_csv(f: BinaryIO, file_id: str, source: str, fields: Fields, max_bytes: int,
              on_skip: Callable[[Skip], None]) -> Iterator[Article]:
    import csv  # here: a run over pages and JSON Lines never needs it

    enc, f = _open_dump(f)
    bad: dict[int, str] = {}
    lines = _text_lines(f, enc, max_bytes, bad)
    # The lines the reader took for the record it is reading: their numbers and byte
    # sizes, and the lines themselves, to read again when the record turns out broken.
    taken: list[tuple[int, str, int]] = []
    again: deque[tuple[int, str, int]] = deque()

    class Feed:  # an iterator, not a generator: it reads on after an end of data
        def __iter__(self) -> Feed:
            return self

        def __next__(self) -> str:
            item = again.popleft() if again else next(lines, None)
            if item is None:
                raise StopIteration
            taken.append(item)
            return item[1]

    # strict: a quote that is never closed, or closed with text after it, is an error,
    # not a field that silently runs on over the next records.
    reader = csv.reader(Feed(), strict=True)
    csv.field_size_limit(max(max_bytes, 131072))
    try:
        header = next(reader)
    except StopIteration:
        raise BadInput("empty file") from None
    except csv.Error as e:
        raise BadInput(f"unreadable CSV header ({e})", 1) from None
    if bad.get(1):
        raise BadInput(f"unreadable CSV header ({bad[1]})", 1)
    header = [h.strip().lstrip("\ufeff") for h in header]
    if not any(name in header for name in fields.text):
        raise BadInput(f"no text column (looked for {', '.join(fields.text)}; "
                       f"columns are {', '.join(header)})", 1)
    width = len(header)
    while True:
        taken.clear()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            if not taken:
                break
            start = taken[0][0]
            # Most often a quote left open: the lines it ran over are records of their
            # own, read again from the line after the broken one.
            on_skip(Skip(source, f"broken CSV row ({e}); the lines after it are read "
                                 "again as rows", start))
            again.extendleft(reversed(taken[1:]))
            for n, _, _ in taken[:1]:
                bad.pop(n, None)
            continue
        start, end = taken[0][0], taken[-1][0]
        nbytes = sum(t[2] for t in taken)
        broken = [bad.pop(i) for i in range(start, end + 1) if i in bad]
        if broken:
            on_skip(Skip(source, broken[0], start))
            continue
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            on_skip(Skip(source, f"{len(row)} fields where the header has {width}", start))
            continue
        rec = dict(zip(header, row))
        try:
            yield _record_article(rec, fields, f"{file_id}:{start}", source, start, nbytes)
        except BadInput as e:
            on_skip(Skip(source, e.reason, start))


# ---------------------------------------------------------------------------- walking


def _bad_name(path: str) -> Skip | None:
    """A skip for a name that is not UTF-8 (Python hands its bytes over as lone
    surrogates, which no article id, database or output can hold)."""
    if _SURROGATE.search(path):
        return Skip(path, "file name is not valid UTF-8; rename it to read it")
    return None


def _walk(root: str, on_skip: Callable[[Skip], None], prefix: str = "",
          seen: dict[tuple[int, int], str] | None = None,
          links: list[tuple[str, str]] | None = None) -> Iterator[tuple[str, str]]:
    """(path, path relative to the walk's root, with "/") of the files under `root` with
    a known extension, sorted, lazily; hidden entries skipped. A folder that cannot be
    listed is reported and the walk goes on. Symbolic links to folders are followed;
    a folder met a second time (a link loop, or two links to one folder) is reported
    and read once. Names with a known extension that are not regular files (FIFOs,
    devices) and names that are not UTF-8 are reported, never opened. Strings, not
    Paths: pathlib cost more than the walk itself on a folder of 100,000 pages.

    Linked folders are read after every real one, so a folder is always read (and its
    articles named) at its own place, never through a link that sorts before it."""
    top = links is None
    if top:
        links = []
    if seen is None:
        seen = {}
        try:
            st = os.stat(root)
            seen[(st.st_dev, st.st_ino)] = root
        except OSError:
            pass
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        on_skip(Skip(root, f"cannot list folder ({e.strerror or e})"))
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_dir():
                if entry.is_symlink():
                    links.append((entry.path, f"{prefix}{name}/"))
                    continue
                yield from _subfolder(entry.path, entry.stat(follow_symlinks=False), on_skip,
                                      f"{prefix}{name}/", seen, links)
            elif os.path.splitext(name)[1].lower() in KNOWN_EXTS:
                if (bad := _bad_name(entry.path)) is not None:
                    on_skip(bad)
                elif entry.is_file():
                    yield entry.path, prefix + name
                elif entry.is_symlink() and not os.path.exists(entry.path):
                    on_skip(Skip(entry.path, "broken symbolic link"))
                else:
                    on_skip(Skip(entry.path, "not a regular file "
                                 f"({_file_kind(os.stat(entry.path).st_mode)}); not read"))
        except OSError:
            continue  # vanished between listing and looking: nothing to read
    while top and links:
        path, sub = links.pop(0)
        try:
            st = os.stat(path)
        except OSError:
            continue
        yield from _subfolder(path, st, on_skip, sub, seen, links)


def _subfolder(path: str, st: os.stat_result, on_skip: Callable[[Skip], None], prefix: str,
               seen: dict[tuple[int, int], str], links: list[tuple[str, str]]
               ) -> Iterator[tuple[str, str]]:
    """_walk's step into one folder, unless it was read already (a link loop, or a
    second link to one folder: reported) or its name is not UTF-8 (reported)."""
    ident = (st.st_dev, st.st_ino)
    if ident in seen:
        on_skip(Skip(path, f"link to a folder already read ({seen[ident]}); not read again"))
        return
    if (bad := _bad_name(path)) is not None:
        on_skip(bad)
        return
    seen[ident] = path
    yield from _walk(path, on_skip, prefix, seen, links)


def _file_units(source: str, file_id: str, fields: Fields, max_bytes: int, block_bytes: int,
                on_skip: Callable[[Skip], None]) -> Iterator[Unit]:
    ext = os.path.splitext(source)[1].lower()
    if ext not in JSONL_EXTS and ext not in CSV_EXTS:
        yield Unit(source, file_id, "html" if ext in HTML_EXTS else "page", path=source)
        return
    try:
        with _open_regular(source) as f:
            if ext in JSONL_EXTS:
                yield from _dump_units(f, file_id, source, fields, max_bytes, block_bytes,
                                       on_skip)
            else:
                yield from _article_units(
                    lambda skip: _iter_csv(f, file_id, source, fields, max_bytes, skip),
                    source, file_id, block_bytes)
    except BadInput as e:
        on_skip(Skip(source, e.reason, e.line))
    except OSError as e:
        on_skip(_os_skip(source, e))


def _os_skip(source: str, e: OSError) -> Skip:
    if isinstance(e, FileNotFoundError):
        return Skip(source, "file vanished before it could be read")
    if isinstance(e, IsADirectoryError):
        return Skip(source, "is a folder")
    return Skip(source, f"cannot read ({e.strerror or e})")


def _stdin_units(fields: Fields, max_bytes: int, block_bytes: int,
                 on_skip: Callable[[Skip], None]) -> Iterator[Unit]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if stream is None:  # a text stream (tests, embedding): treat its text as UTF-8
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    try:
        head = stream.read(4096)
        enc = _bom_encoding(head)
        stripped = head.decode(enc or "utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
        f = io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)
        if stripped.startswith("{"):
            yield from _dump_units(f, "-", "-", fields, max_bytes, block_bytes, on_skip)
            return
        data = _read_limited(f, max_bytes)
        if not data.strip():
            raise BadInput("empty input")
        art = article_from_page(decode_bytes(data), "-", "-")
        art.meta["bytes"] = len(data)
        art.meta["digest"] = input_digest(data)
        yield Unit("-", "-", "articles", articles=[art], nbytes=len(data))
    except BadInput as e:
        on_skip(Skip("-", e.reason, e.line))
    except OSError as e:
        on_skip(Skip("-", f"cannot read standard input ({e.strerror or e})"))


def iter_units(paths: Iterable[str], *, fields: Fields | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES,
               block_bytes: int = BLOCK_BYTES) -> Iterator[Unit]:
    """The input of `paths` as units for `read_unit`, in a stable order, lazily.

    Cheap where it can be: a folder's pages are named, not read; a JSON Lines dump is
    only cut at line ends. What must be read here to be cut at all (CSV, whose quoted
    fields may hold newlines; UTF-16 dumps; a page on stdin) comes as read articles.
    Bad input found here (a broken link, a CSV row) comes as a unit of kind "skip" in
    its place, reported by whoever reads it: so every skip is reported in input order,
    however many processes read the units.
    """
    found: list[Skip] = []
    for unit in _cut_units(paths, found.append, fields, max_bytes, block_bytes):
        for s in found:  # met before this unit: it comes first
            yield Unit(s.source, s.source, "skip", skip=s)
        found.clear()
        yield unit
    for s in found:
        yield Unit(s.source, s.source, "skip", skip=s)


def _cut_units(paths: Iterable[str], on_skip: Callable[[Skip], None], fields: Fields | None,
               max_bytes: int, block_bytes: int) -> Iterator[Unit]:
    fields = fields or DEFAULT_FIELDS
    for p in paths:
        p = str(p)
        if p == "-":
            yield from _stdin_units(fields, max_bytes, block_bytes, on_skip)
            continue
        if (bad := _bad_name(p)) is not None:
            on_skip(bad)
            continue
        path = Path(p)
        if path.is_dir():
            for f, rel in _walk(str(path), on_skip):
                yield from _file_units(f, rel, fields, max_bytes, block_bytes, on_skip)
        elif path.exists():
            yield from _file_units(str(path), path.name, fields, max_bytes, block_bytes,
                                   on_skip)
        else:
            on_skip(Skip(p, "no such file or folder"))


def read_unit(unit: Unit, *, skips: Callable[[Skip], None] | None = None,
              fields: Fields | None = None, max_bytes: int = MAX_ARTICLE_BYTES,
              digests: bool = True) -> Iterator[Article]:
    """The articles of one unit from `iter_units`; its bad input goes to `skips`.
    `digests`: hash what each article was read from (`meta["digest"]`, for the index;
    `scan` does without)."""
    on_skip = skips if skips is not None else SkipLog()
    if unit.kind == "skip":
        on_skip(unit.skip)
    elif unit.kind == "articles":
        for a in unit.articles:  # skips met while they were read, in their place
            if isinstance(a, Skip):
                on_skip(a)
            else:
                yield a
    elif unit.kind == "lines":
        yield from _json_records(unit, fields or DEFAULT_FIELDS, max_bytes, on_skip,
                                 digests)
    else:
        try:
            art = _read_page_file(unit.path, unit.file_id, max_bytes,
                                  html=unit.kind == "html", digest=digests)
        except BadInput as e:
            on_skip(Skip(unit.source, e.reason, e.line))
            return
        except OSError as e:
            on_skip(_os_skip(unit.source, e))
            return
        yield art


def iter_articles(paths: Iterable[str], *, skips: Callable[[Skip], None] | None = None,
                  fields: Fields | None = None,
                  max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Articles from files, folders (recursively) and "-" (stdin), in a stable order.

    Article ids: a folder's files are named by their path relative to it
    ("sub/001.txt"); a file given by itself by its name; dump records by their id field,
    else their url, else "file:line". Each piece of bad input goes to `skips` (a
    `SkipLog`, or any callable taking a `Skip`; default: a fresh SkipLog reporting on
    stderr) and the run goes on. Each article's `meta["bytes"]` is the input it took.
    """
    on_skip = skips if skips is not None else SkipLog()
    fields = fields or DEFAULT_FIELDS
    for unit in iter_units(paths, fields=fields, max_bytes=max_bytes):
        yield from read_unit(unit, skips=on_skip, fields=fields, max_bytes=max_bytes)


def input_bytes(paths: Iterable[str]) -> int:
    """Total size of what `iter_articles(paths)` will read (stdin counts 0): the length
    of a progress bar. Walks folders without reading files."""
    total = 0
    for p in paths:
        p = str(p)
        if p == "-":
            continue
        path = Path(p)
        try:
            if path.is_dir():
                for f, _ in _walk(str(path), lambda skip: None):
                    try:
                        total += os.stat(f).st_size
                    except OSError:
                        pass
            else:
                total += path.stat().st_size
        except (OSError, BadInput):
            pass
    return total
