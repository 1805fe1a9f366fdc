"""Properties of extract() that hold for every text (hypothesis)."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from refgraph import extract

# Pieces of real citation text (forms of ../shared/corpus) to splice into random text,
# so that the properties are exercised on matches, not only on noise.
PIECES = [
    "Nghị định số 67/2014/NĐ-CP", "Kết luận số 57-KL/TW", "Chỉ thị 05-CT/TW",
    "Nghị quyết số 47/NQ-CP ngày 15/4/2024 của Chính phủ", "Quyết định 1880/QĐ-TTg",
    "Luật Đất đai 2013", "Bộ luật Hình sự năm 2015", "Hiến pháp năm 2013",
    "Thông tư 02/2017/TT-BYT hướng dẫn Nghị định 67", "Quy định số 181-QĐ/TW",
    "các Nghị quyết số 18-NQ/TW, 19-NQ/TW", "Nghị định 49/2017", "Nghị quyết 35",
    "Công văn số 4567/BTTTT-CBC", "Quyết định số 278/QĐ-BNN-BVTV ngày 15 tháng 4 năm 2024",
    "của Bộ Chính trị", " về việc tăng cường", "Tin liên quan\n", "\n", " ", ", ", ". ",
    "Ngày 15/4/2024, Chính phủ ban hành ", "thay thế ", "thực hiện ", "57- KL/TW",
    "Nghị quyết\u00a0số 18", "NÐ-CP", "0912.345.678", "2-1", "15%", "Đại hội XIII",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=14).map("".join)


def to_eth(s: str) -> str:
    return s.replace("Đ", "\u00d0")


def comparable(found) -> list[tuple]:
    # `text` is the slice of the input as given, so it differs where Ð was typed.
    return [(c.start, c.end, c.type, c.number, c.issuer, c.year, c.date, c.body, c.key,
             c.form, c.zone, c.title, c.name) for c in found]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(s: str) -> None:
    extract(s)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offsets_slice_the_nfc_text_to_the_match(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    for c in extract(s):
        assert 0 <= c.start < c.end <= len(nfc)
        assert nfc[c.start:c.end] == c.text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_output_for_nfc_nfd_and_eth(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    base = extract(nfc)
    nfd = extract(unicodedata.normalize("NFD", s))
    assert comparable(nfd) == comparable(base)
    assert [c.text for c in nfd] == [c.text for c in base]
    eth = extract(to_eth(nfc))
    assert comparable(eth) == comparable(base)
    assert [c.text for c in eth] == [to_eth(c.text) for c in base]
    assert [(r.source, r.target, r.kind) for r in eth.relations] == \
        [(r.source, r.target, r.kind) for r in base.relations]


def test_pieces_are_found() -> None:
    # guards the strategy itself: the spliced pieces do produce citations
    assert len(extract(" ".join(PIECES))) >= 15
