"""The table of laws, codes, ordinances and constitutions (refgraph/laws.py) and the law
names the extractor takes from it."""
from __future__ import annotations

from collections import defaultdict

import pytest

from refgraph import laws, resolve, vocab
from refgraph.extract import extract


def _law(name: str) -> laws.Law:
    return laws.by_name()[name.lower()]


def test_table_parses_into_hundreds_of_documents() -> None:
    assert len(laws.LAWS) >= 300
    kinds = {law.kind for law in laws.LAWS}
    assert kinds == {"law", "code", "ordinance", "constitution"}
    assert sum(law.kind == "ordinance" for law in laws.LAWS) >= 50
    for law in laws.LAWS:
        word = laws.KIND_WORDS[law.kind]
        assert law.name.startswith(word), law
        assert law.name == law.name.strip() and "  " not in law.name, law


def test_a_bad_line_is_reported_with_its_number() -> None:
    with pytest.raises(ValueError, match="line 2"):
        laws._parse("law | Đất đai | 2013 |\nlaw | Nhà ở 2014\n")
    with pytest.raises(ValueError, match="line 1: years"):
        laws._parse("law | Đất đai | 2013>2014> |\n")
    assert laws._parse("law | Đất đai | 2003>2004 2013 |")[0].effective == (2004, 2013)


def test_no_name_is_listed_twice() -> None:
    names = [law.name.lower() for law in laws.LAWS]
    assert len(names) == len(set(names))


def test_no_name_or_alias_with_its_kind_word_means_two_documents() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for law in laws.LAWS:
        for key, bare in laws._keys(law):
            if not bare:
                owners[key].add(law.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_a_bare_name_shared_by_a_law_and_an_ordinance_means_the_law() -> None:
    # Pháp lệnh Giá 2002 was replaced by Luật Giá 2012
    assert _law("Giá").name == "Luật Giá"
    assert _law("Pháp lệnh Giá").name == "Pháp lệnh Giá"
    assert _law("Pháp lệnh Giá").versions == (2002,)
    assert _law("Thú y").kind == "law" and _law("Pháp lệnh Thú y").kind == "ordinance"


def test_years_ascend_and_are_plausible() -> None:
    for law in laws.LAWS:
        assert list(law.versions) == sorted(set(law.versions)), law
        assert all(1946 <= y <= 2025 for y in law.versions), law
        assert len(law.effective) == len(law.versions), law
        # in force the year it is passed or within three years, before the next version
        assert all(0 <= e - v <= 3 for v, e in zip(law.versions, law.effective)), law
        assert list(law.effective) == sorted(set(law.effective)), law
        if law.kind == "ordinance":  # the Standing Committee's ordinances end in 2024
            assert all(y <= 2024 for y in law.versions), law


@pytest.mark.parametrize(("name", "versions"), [
    ("Luật Đất đai", (1987, 1993, 2003, 2013, 2024)),
    ("Bộ luật Hình sự", (1985, 1999, 2015)),
    ("Bộ luật Dân sự", (1995, 2005, 2015)),
    ("Hiến pháp", (1946, 1959, 1980, 1992, 2013)),
    ("Bộ luật Lao động", (1994, 2012, 2019)),
    ("Bộ luật Tố tụng hình sự", (1988, 2003, 2015)),
    ("Bộ luật Tố tụng dân sự", (2004, 2015)),
    ("Luật Bảo hiểm xã hội", (2006, 2014, 2024)),
    ("Luật Doanh nghiệp", (1999, 2005, 2014, 2020)),
    ("Luật Đầu tư", (2005, 2014, 2020)),
    ("Luật Nhà ở", (2005, 2014, 2023)),
    ("Luật Kinh doanh bất động sản", (2006, 2014, 2023)),
    ("Luật Các tổ chức tín dụng", (1997, 2010, 2024)),
    ("Luật Hôn nhân và gia đình", (1959, 1986, 2000, 2014)),
    ("Luật Bảo vệ môi trường", (1993, 2005, 2014, 2020)),
    ("Luật Căn cước công dân", (2014,)),
    ("Luật Căn cước", (2023,)),
    ("Luật Đấu giá tài sản", (2016,)),
    ("Luật Trật tự, an toàn giao thông đường bộ", (2024,)),
    ("Luật Nhà giáo", (2025,)),
    ("Pháp lệnh Xử lý vi phạm hành chính", (1989, 1995, 2002)),
])
def test_known_versions(name: str, versions: tuple[int, ...]) -> None:
    assert _law(name).name == name
    assert _law(name).versions == versions


@pytest.mark.parametrize(("written", "official"), [
    ("BHXH", "Luật Bảo hiểm xã hội"),
    ("Luật BHYT", "Luật Bảo hiểm y tế"),
    ("Luật NSNN", "Luật Ngân sách nhà nước"),
    ("Luật Các TCTD", "Luật Các tổ chức tín dụng"),
    ("Luật tổ chức tín dụng", "Luật Các tổ chức tín dụng"),
    ("Luật Thuế TNCN", "Luật Thuế thu nhập cá nhân"),
    ("Luật Thuế TNDN", "Luật Thuế thu nhập doanh nghiệp"),
    ("Luật GTGT", "Luật Thuế giá trị gia tăng"),
    ("Luật LS", "Luật Luật sư"),
    ("Luật Hôn nhân gia đình", "Luật Hôn nhân và gia đình"),
    ("Luật DN", "Luật Doanh nghiệp"),
    ("Luật KBCB", "Luật Khám bệnh, chữa bệnh"),
    ("Luật TDTT", "Luật Thể dục, thể thao"),
    ("BLHS", "Bộ luật Hình sự"),
    ("BLDS", "Bộ luật Dân sự"),
    ("BLTTHS", "Bộ luật Tố tụng hình sự"),
    ("BLTTDS", "Bộ luật Tố tụng dân sự"),
    ("BLLĐ", "Bộ luật Lao động"),
    ("Luật Hình sự", "Bộ luật Hình sự"),  # the press's name for the code
    ("Luật Hàng hải", "Bộ luật Hàng hải Việt Nam"),
    ("Đất đai", "Luật Đất đai"),
])
def test_abbreviations_and_variants(written: str, official: str) -> None:
    assert _law(written).name == official


@pytest.mark.parametrize(("name", "date", "version"), [
    # publication dates of articles in ../shared/corpus (tuoitre-2024: November 2024)
    ("Luật Đất đai", "2024-11-23", 2024),
    ("Luật Đất đai", "2017-06-01", 2013),
    ("Bộ luật Hình sự", "2017-06-01", 1999),  # the 2015 code took effect on 1/1/2018
    ("Bộ luật Hình sự", "2018-03-01", 2015),
    ("Bộ luật Dân sự", "2016-12-31", 2005),
    ("Bộ luật Dân sự", "2017-01-01", 2015),
    ("Luật Bảo hiểm xã hội", "2024-11-23", 2014),  # passed 6/2024, in force 7/2025
    ("Luật Nhà ở", "2024-11-23", 2023),
    ("Luật Giá", "2024-11-23", 2023),  # no date of effect listed: year of passage
    ("Hiến pháp", "1990-05-01", 1980),
    ("Hiến pháp", "2024-11-23", 2013),
    ("Luật Căn cước", "2017-06-01", None),  # passed in 2023
    ("Bộ luật Tố tụng dân sự", "2003-12-31", None),
])
def test_version_in_force(name: str, date: str, version: int | None) -> None:
    assert laws.version_in_force(_law(name), date) == version


@pytest.mark.parametrize(("name", "date", "pending"), [
    ("Luật Bảo hiểm xã hội", "2024-11-23", True),  # 2024 law in force from 2025
    ("Bộ luật Hình sự", "2017-06-01", True),  # the 2015 code from 1/1/2018
    ("Bộ luật Hình sự", "2018-03-01", False),
    ("Luật Đất đai", "2024-11-23", False),  # the 2024 law took effect in 2024
    ("Luật Đất đai", "2017-06-01", False),
])
def test_version_pending(name: str, date: str, pending: bool) -> None:
    assert laws.version_pending(_law(name), date) is pending


@pytest.mark.parametrize(("name", "date", "version"), [
    ("Luật Du lịch", "2017-08-01", 2017),  # passed 19/6/2017, in force 1/1/2018
    ("Luật Du lịch", "2017-03-01", 2005),  # before the Assembly's mid-year session
    ("Luật Bảo hiểm xã hội", "2024-11-23", 2024),  # passed, not yet in force
    ("Luật Căn cước", "2017-06-01", None),
])
def test_version_passed_by(name: str, date: str, version: int | None) -> None:
    assert laws.version_passed_by(_law(name), date) == version


def _named(i: int, article: str, year: int | None, date: str | None, hints: str | None
           ) -> dict:
    return {"id": i, "article": article, "name": "Luật Du lịch", "year": year,
            "article_date": date, "hints": hints}


def test_a_law_named_as_amended_is_never_the_version_it_replaced() -> None:
    # "tháng 6/2017, Quốc hội đã thông qua Luật Du lịch sửa đổi … Luật Du lịch năm 2005
    # mới đưa vấn đề …" (baomoi-2017 22658955): the amended law is the 2017 one
    decided = resolve.law_decisions([
        _named(1, "a", None, "2017-08-01", "newer;recent"), _named(2, "a", 2005, "2017-08-01", None),
        _named(3, "b", None, None, "newer"), _named(4, "b", 2005, None, None),
        _named(5, "c", None, "2017-03-01", "newer"),  # still the bill in March
        _named(6, "d", None, None, None), _named(7, "d", 2005, None, None)])
    assert decided == {1: ("Luật Du lịch 2017", "date"), 6: ("Luật Du lịch 2005", "article")}


def test_extractor_names_come_from_the_table() -> None:
    names = set(vocab.LAW_NAMES)
    assert "Đấu giá tài sản" in names and "Hôn nhân gia đình" in names
    assert "BHXH" not in names  # abbreviations are read by the extractor's own rule
    assert all(law.short in names for law in laws.LAWS if law.kind != "constitution")


@pytest.mark.parametrize(("text", "found"), [
    # passages of ../shared/corpus/baomoi-2017
    ("Ông Vũ bày tỏ, theo Luật Đấu giá tài sản 2016 sẽ có hiệu lực từ ngày 1-7.",
     "Luật Đấu giá tài sản 2016"),
    ("khả dĩ nhất để có thể đấu giá biển số xe đẹp là nên có khung pháp lý riêng, trên cơ "
     "sở phù hợp với luật Đấu giá tài sản.", "luật Đấu giá tài sản"),
    ("Bộ trưởng Nguyễn Xuân Cường, thừa ủy quyền của Thủ tướng Chính phủ trình bày Tờ trình "
     "dự án Luật Bảo vệ và Phát triển rừng (sửa đổi).",
     "dự án Luật Bảo vệ và Phát triển rừng (sửa đổi)"),  # the bill, from its marker
    ("chồng bạn chung sống với người phụ nữ khác là hành vi vi phạm quy định luật Hôn nhân "
     "gia đình.", "luật Hôn nhân gia đình"),
    ("sau 30 năm Luật Đầu tư nước ngoài chính thức có hiệu lực.", "Luật Đầu tư nước ngoài"),
    ("Nếu không thực hiện nghiêm túc Luật Phí, lệ phí, Luật Giá và Luật Ngân sách khi kiểm "
     "toán", "Luật Phí, lệ phí"),
    # shaped on corpus passages ("căn cứ Nghị định 147 về xử phạt … hàng không dân dụng Việt
    # Nam"), for the names issue 9 finds cut short in 2024 articles
    ("Hành khách bị phạt căn cứ Luật Hàng không dân dụng Việt Nam về bảo đảm an ninh hàng "
     "không.", "Luật Hàng không dân dụng Việt Nam"),
    ("Theo Luật Phòng, chống ma túy năm 2021, người nghiện phải cai nghiện.",
     "Luật Phòng, chống ma túy năm 2021"),
    ("Luật Bảo vệ và phát triển rừng năm 2004 đã hết hiệu lực.",
     "Luật Bảo vệ và phát triển rừng năm 2004"),
])
def test_names_are_extracted_whole(text: str, found: str) -> None:
    assert found in [c.text for c in extract(text)]


def test_a_spelling_variant_of_a_listed_name_is_read_as_listed() -> None:
    # "hoá"/"hóa", "Thuỷ"/"Thủy": once a KeyError inside extract
    got = {c.text: c.name for c in extract("Theo Luật Di sản văn hoá và Luật Thuỷ lợi, …")}
    assert got == {"Luật Di sản văn hoá": "Luật Di sản văn hóa",
                   "Luật Thuỷ lợi": "Luật Thủy lợi"}


def test_a_version_named_to_compare_with_is_not_the_articles() -> None:
    # "… Luật Trợ giúp pháp lý … so với Luật Trợ giúp pháp lý 2006" (baomoi-2017 22738284):
    # the 2006 law is what the new one is measured against
    rows = [{"id": 1, "article": "a", "name": "Luật Trợ giúp pháp lý", "year": None,
             "article_date": None, "hints": None},
            {"id": 2, "article": "a", "name": "Luật Trợ giúp pháp lý", "year": 2006,
             "article_date": None, "hints": "baseline"},
            {"id": 3, "article": "b", "name": "Luật Trợ giúp pháp lý", "year": None,
             "article_date": None, "hints": None},
            {"id": 4, "article": "b", "name": "Luật Trợ giúp pháp lý", "year": 2006,
             "article_date": None, "hints": None}]
    assert resolve.law_decisions(rows) == {3: ("Luật Trợ giúp pháp lý 2006", "article")}
    # … also at a sentence's start: "So với Luật Đất đai 2013, Luật Đất đai mới …"
    text = "So với Luật Đất đai 2013, Luật Đất đai mới có nhiều điểm mới về bồi thường."
    hints = {c.text: c.hints for c in extract(text)}
    assert hints == {"Luật Đất đai 2013": "baseline", "Luật Đất đai": None}
