"""refgraph.keys: KEY spellings people type, parsed and matched against document rows."""
from __future__ import annotations

import unicodedata

import pytest

from refgraph import vocab as _vocab
from refgraph.keys import (
    TYPE_CODES,
    TYPE_WORDS,
    fold,
    fold_key,
    match_documents,
    parse_key,
    parse_type,
    suggest,
)


def doc(key, type, number, issuer=None, year=None, body=None, name=None, ambiguous=0):
    return {"key": key, "type": type, "number": number, "issuer": issuer, "year": year,
            "body": body, "name": name, "ambiguous": ambiguous}


# The documents the seed articles cite (DESIGN.md and issue 5), plus a few beyond them.
SEEDS = [
    doc("57-KL/TW", "conclusion", "57", "TW", None, "Bộ Chính trị"),
    doc("47/NQ-CP@2024", "resolution", "47", "CP", 2024, "Chính phủ"),
    doc("71-KL/TW@2024", "conclusion", "71", "TW", 2024, "Bộ Chính trị"),
    doc("57-NQ/TW", "resolution", "57", "TW", None, "Bộ Chính trị"),
    doc("57/2022/NĐ-CP", "decree", "57", "CP", 2022, "Chính phủ"),
]
MORE = SEEDS + [
    doc("18-NQ/TW@2017", "resolution", "18", "TW", 2017),
    doc("18-NQ/TW@2022", "resolution", "18", "TW", 2022),
    doc("NQ 18", "resolution", "18", None, None, ambiguous=1),
    doc("Luật Đất đai 2024", "law", None, "QH", 2024, name="Luật Đất đai"),
    doc("Luật Đất đai 2013", "law", None, "QH", 2013, name="Luật Đất đai"),
    doc("Hiến pháp 2013", "constitution", None, "QH", 2013, name="Hiến pháp"),
    doc("Bộ luật Hình sự", "code", None, "QH", None, name="Bộ luật Hình sự"),
    doc("59/2020/QH14", "law", "59", "QH", 2020),
    doc("1/2023/TT-BTTTT", "circular", "1", "BTTTT", 2023),
    doc("5-CT/TW", "directive", "5", "TW"),
    doc("66-QĐ/TW@2017", "regulation", "66", "TW", 2017),
    doc("KL 90", "conclusion", "90", None, None),
]


def keys(found):
    return sorted(d["key"] for d in found)


# --- folding ---------------------------------------------------------------------------

def test_fold_drops_marks_and_maps_d_bar():
    assert fold("Kết luận số 57") == "ket luan so 57"
    assert fold("NĐ-CP") == fold("ND-CP") == fold("Nđ-cp") == "nd-cp"
    assert fold("Nghị định") == "nghi dinh"
    assert fold("\u00d0") == "d"  # Ð (U+00D0) typed for Đ


def test_fold_handles_nfd_nbsp_and_dashes():
    nfd = unicodedata.normalize("NFD", "Kết\u00a0luận   số\u201357")
    assert fold(nfd) == "ket luan so-57"


def test_fold_key_ignores_spaces_around_punctuation():
    assert fold_key("57 - KL/TW") == fold_key("57-KL/TW") == "57-kl/tw"
    assert fold_key("57 -KL / TW") == "57-kl/tw"
    assert fold_key("47/NQ-CP @ 2024") == "47/nq-cp@2024"
    assert fold_key("57/2022/NĐ-CP") == fold_key("57/2022/ND-CP")


# --- parsing: each spelling of issue 5 ---------------------------------------------------

@pytest.mark.parametrize("text, types, number, issuer, year", [
    ("57-KL/TW", {"conclusion"}, "57", "tw", None),
    ("57 - KL/TW", {"conclusion"}, "57", "tw", None),
    ("71-KL/TW@2024", {"conclusion"}, "71", "tw", 2024),
    ("05-CT/TW", {"directive"}, "5", "tw", None),
    ("KL 57", {"conclusion"}, "57", None, None),
    ("KL57", {"conclusion"}, "57", None, None),
    ("kl.57", {"conclusion"}, "57", None, None),
    ("Kết luận 57", {"conclusion"}, "57", None, None),
    ("ket luan 57", {"conclusion"}, "57", None, None),
    ("kết luận số 57", {"conclusion"}, "57", None, None),
    ("KẾT LUẬN SỐ 57", {"conclusion"}, "57", None, None),
    ("Kết luận số 57-KL/TW", {"conclusion"}, "57", "tw", None),
    ("47/NQ-CP", {"resolution"}, "47", "cp", None),
    ("47/nq-cp@2024", {"resolution"}, "47", "cp", 2024),
    ("47/NQ-CP ngày 15/4/2024", {"resolution"}, "47", "cp", 2024),
    ("57/2022/NĐ-CP", {"decree"}, "57", "cp", 2022),
    ("57/2022/ND-CP", {"decree"}, "57", "cp", 2022),
    ("1/2023/TT-BTTTT", {"circular"}, "1", "btttt", 2023),
    ("59/2020/QH14", None, "59", "qh", 2020),
    ("1234/QĐ-TTg@2023", {"decision", "regulation"}, "1234", "ttg", 2023),
    ("278/QĐ-BNN-BVTV", {"decision", "regulation"}, "278", "bnn", None),
    ("Quy định 66-QĐ/TW", {"regulation"}, "66", "tw", None),
    ("66-QĐ/TƯ", {"decision", "regulation"}, "66", "tw", None),
    ("Nghị quyết 18 năm 2022", {"resolution"}, "18", None, 2022),
    ("NQ 18", {"resolution"}, "18", None, None),
    ("QyĐ 5", {"regulation"}, "5", None, None),
    ("Thông tư liên tịch 12", {"joint_circular"}, "12", None, None),
    ("57", None, "57", None, None),
])
def test_parse_key_fields(text, types, number, issuer, year):
    q = parse_key(text)
    assert (set(q.types) if q.types is not None else None) == types
    assert (q.number, q.issuer, q.year) == (number, issuer, year)


@pytest.mark.parametrize("text, types, name, year", [
    ("Luật Đất đai 2024", {"law"}, "luat dat dai", 2024),
    ("luat dat dai", {"law"}, "luat dat dai", None),
    ("Hiến pháp năm 2013", {"constitution"}, "hien phap", 2013),
    ("Hiến pháp 2013", {"constitution"}, "hien phap", 2013),
    ("Bộ luật Hình sự", {"code"}, "bo luat hinh su", None),
    # as the press names a new version (audit of 2024-25 pages): the law, any version
    ("Luật Đất đai (sửa đổi)", {"law"}, "luat dat dai", None),
    ("Luật Đất đai sửa đổi", {"law"}, "luat dat dai", None),
    ("Luật đất đai (sửa đổi) 2024", {"law"}, "luat dat dai", 2024),
])
def test_parse_named(text, types, name, year):
    q = parse_key(text)
    assert (set(q.types), q.name, q.year, q.number) == (types, name, year, None)


def test_parse_body_after_cua():
    q = parse_key("Nghị quyết 57 của Bộ Chính trị")
    assert (q.types, q.number, q.body) == ({"resolution"}, "57", "bo chinh tri")


def test_unparsable_text_keeps_only_folded():
    q = parse_key("hello world")
    assert not q.is_parsed and q.folded == "hello world"


def test_type_word_table_covers_design_words():
    # DESIGN.md's list of type words; each must map to a type and its code must agree.
    for word in ("Nghị quyết", "Kết luận", "Chỉ thị", "Nghị định", "Quyết định", "Quy định",
                 "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Pháp lệnh",
                 "Hiến pháp", "Hướng dẫn", "Thông báo", "Kế hoạch", "Quy chế",
                 "Chương trình", "Đề án", "Công văn", "Công điện"):
        assert parse_type(word) == {TYPE_WORDS[word.lower()]}
        assert parse_type(fold(word)) == {TYPE_WORDS[word.lower()]}


def test_type_codes_agree_with_extractor_vocab():
    # The extractor's tables and these must not drift apart.
    vocab = pytest.importorskip("refgraph.vocab")
    for word, t in vocab.TYPE_WORDS.items():
        # Abbreviations among them ("qđ") may mean more than one type here.
        assert t in (parse_type(word) or ()), word
    for code, t in vocab.TYPE_CODES.items():
        assert t in (parse_type(code) or ()), code
    for t, abbr in vocab.TYPE_ABBR.items():
        assert t in TYPE_CODES[abbr], abbr


@pytest.mark.parametrize("text, expected", [
    ("conclusion", {"conclusion"}), ("joint_circular", {"joint_circular"}),
    ("joint circular", {"joint_circular"}), ("Kết luận", {"conclusion"}),
    ("nghi quyet", {"resolution"}), ("KL", {"conclusion"}), ("nd", {"decree"}),
    ("QĐ", {"decision", "regulation"}), ("nonsense", None),
])
def test_parse_type(text, expected):
    got = parse_type(text)
    assert (set(got) if got is not None else None) == expected


# --- matching ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "57-KL/TW", "57 - KL/TW", "KL 57", "KL57", "Kết luận 57", "ket luan 57",
    "kết luận số 57", "Kết luận số 57-KL/TW", "57-kl/tw",
])
def test_spellings_of_57_kl_tw(text):
    assert keys(match_documents(text, SEEDS)) == ["57-KL/TW"]


@pytest.mark.parametrize("text, key", [
    ("47/NQ-CP", "47/NQ-CP@2024"),
    ("47/nq-cp@2024", "47/NQ-CP@2024"),
    ("47/NQ-CP@2024", "47/NQ-CP@2024"),
    ("Nghị quyết 47", "47/NQ-CP@2024"),
    ("57/2022/ND-CP", "57/2022/NĐ-CP"),
    ("57/2022/NĐ-CP", "57/2022/NĐ-CP"),
    ("Nghị định 57", "57/2022/NĐ-CP"),
    ("nghi dinh so 57", "57/2022/NĐ-CP"),
    ("71-KL/TW", "71-KL/TW@2024"),
    ("KL 71", "71-KL/TW@2024"),
    ("Nghị quyết 57", "57-NQ/TW"),
    ("Nghị quyết 57 của Bộ Chính trị", "57-NQ/TW"),
    ("57-NQ/TW", "57-NQ/TW"),
])
def test_match_one(text, key):
    assert keys(match_documents(text, SEEDS)) == [key]


def test_number_alone_is_ambiguous_across_types():
    # DESIGN.md: "Nghị quyết 57" ≠ "Kết luận 57-KL/TW" ≠ "Nghị định 57/2022/NĐ-CP".
    assert keys(match_documents("57", SEEDS)) == ["57-KL/TW", "57-NQ/TW", "57/2022/NĐ-CP"]


def test_wrong_year_or_issuer_matches_nothing():
    assert match_documents("47/NQ-CP@2023", SEEDS) == []
    assert match_documents("57-KL/TU", SEEDS) == []
    assert match_documents("Chỉ thị 57", SEEDS) == []
    assert match_documents("KL 58", SEEDS) == []


def test_party_number_reused_across_terms_is_ambiguous():
    assert keys(match_documents("18-NQ/TW", MORE)) == ["18-NQ/TW@2017", "18-NQ/TW@2022"]
    assert keys(match_documents("18-NQ/TW@2022", MORE)) == ["18-NQ/TW@2022"]
    assert keys(match_documents("Nghị quyết 18 năm 2017", MORE)) == ["18-NQ/TW@2017"]
    # The undated short form is flagged ambiguous, but it is a key: typed exactly, it is
    # the one named (its card lists the candidates); an exact key wins (issue 10).
    assert keys(match_documents("NQ 18", MORE)) == ["NQ 18"]


def test_short_form_found_by_full_key_when_only_known_that_way():
    # Issuer unknown on "KL 90": a precise KEY still finds it (lax tier).
    assert keys(match_documents("90-KL/TW", MORE)) == ["KL 90"]
    assert keys(match_documents("KL 90", MORE)) == ["KL 90"]


@pytest.mark.parametrize("text, expected", [
    ("Luật Đất đai 2024", ["Luật Đất đai 2024"]),
    ("luat dat dai 2013", ["Luật Đất đai 2013"]),
    ("Luật Đất đai", ["Luật Đất đai 2013", "Luật Đất đai 2024"]),
    ("Hiến pháp năm 2013", ["Hiến pháp 2013"]),
    ("hien phap", ["Hiến pháp 2013"]),
    ("Bộ luật Hình sự", ["Bộ luật Hình sự"]),
    ("59/2020/QH14", ["59/2020/QH14"]),
    ("Luật 59", ["59/2020/QH14"]),
    ("1/2023/tt-btttt", ["1/2023/TT-BTTTT"]),
    ("01/2023/TT-BTTTT", ["1/2023/TT-BTTTT"]),
    ("05-CT/TW", ["5-CT/TW"]),
    ("Quy định 66", ["66-QĐ/TW@2017"]),
    ("66-QĐ/TW", ["66-QĐ/TW@2017"]),
    ("Quyết định 66", []),
])
def test_match_beyond_seeds(text, expected):
    assert keys(match_documents(text, MORE)) == expected


def test_suggest_same_type_and_number_first():
    assert suggest("KL 58", SEEDS)[:2] == ["57-KL/TW", "71-KL/TW@2024"]
    assert "57-KL/TW" in suggest("Chỉ thị 57", SEEDS)
    assert suggest("57-KL/TX", SEEDS)[0] == "57-KL/TW"
    assert suggest("zzzz", SEEDS) == []


def test_short_keys_of_every_type_parse_back():
    # "KL 71", "QyĐ 5", "CTr 3": the extractor's keys for issuer-unknown short forms.
    for t, abbr in _vocab.TYPE_ABBR.items():
        q = parse_key(f"{abbr} 7")
        assert t in q.types and q.number == "7", abbr
        assert match_documents(f"{abbr} 7", [doc(f"{abbr} 7", t, "7")])


# --- forms articles print (issue 10) ----------------------------------------------------

PRINTED = [
    doc("19/NQ-CP@2017", "resolution", "19", "CP", 2017, "Chính phủ"),
    doc("19/NQ-CP@2016", "resolution", "19", "CP", 2016, "Chính phủ"),
    doc("35/NQ-CP@2016", "resolution", "35", "CP", 2016, "Chính phủ"),
    doc("5-CT/TW@2016", "directive", "5", "TW", 2016, "Bộ Chính trị"),
    doc("5-CT/TW@1951", "directive", "5", "TW", 1951),
    doc("5-CT/TW", "directive", "5", "TW", None, ambiguous=1),
]


@pytest.mark.parametrize("typed, expected", [
    ("19-2017/NQ-CP", ["19/NQ-CP@2017"]),        # "Nghị quyết 19-2017/NQ-CP"
    ("19/2017/NQ-CP", ["19/NQ-CP@2017"]),
    ("Nghị quyết 19/2017", ["19/NQ-CP@2017"]),
    ("35/NQ-CP ngày 16/5/2016", ["35/NQ-CP@2016"]),
    ("05-CT/TW năm 2016", ["5-CT/TW@2016"]),
    ("05-CT/TƯ năm 2016", ["5-CT/TW@2016"]),
    # an exact key wins, even an ambiguous one (`graph --focus 5-CT/TW`)
    ("5-CT/TW", ["5-CT/TW"]),
])
def test_forms_articles_print(typed, expected):
    assert keys(match_documents(typed, PRINTED)) == expected


@pytest.mark.parametrize("typed, name", [
    ("Luật BHXH", "luat bao hiem xa hoi"),
    ("Luật LS", "luat luat su"),
    ("Luật Hôn nhân gia đình", "luat hon nhan va gia dinh"),
])
def test_law_abbreviations_typed(typed, name):
    assert parse_key(typed).name == name
