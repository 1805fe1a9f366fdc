"""Documents every Vietnamese reader knows, as a reference the resolver may join to.

The corpus stage joins an undated mention ("Nghị quyết 39 của Bộ Chính trị về tinh giản
biên chế", "nghị quyết 18 … khóa XII") to a dated document only on evidence, and only
among the documents the corpus itself prints in full. Party numbering restarts each
term, so the document a mention means is often one no article of the corpus dates: 39-NQ/TW
of 2015 beside a 39-NQ/TW of 1962 that one article cites with its date. These documents
are candidates too, with their subject and date, whatever the corpus holds; the same
evidence (subject, term, the article's date) decides, and nothing joins on the table
alone.

One line per document: ``key | date | body | subject``. The key as refgraph writes it
(type, number and issuer come from it); the date of issue; the issuing body; the subject
as the document titles itself. A document goes in only with all four known for certain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import vocab
from .linetable import rows

_TABLE = """
# Resolutions of Central Committee plenums (Ban Chấp hành Trung ương) and of the Politburo
48-NQ/TW@2005 | 2005-05-24 | Bộ Chính trị | về Chiến lược xây dựng và hoàn thiện hệ thống pháp luật Việt Nam đến năm 2010, định hướng đến năm 2020
49-NQ/TW@2005 | 2005-06-02 | Bộ Chính trị | về Chiến lược cải cách tư pháp đến năm 2020
36-NQ/TW@2004 | 2004-03-26 | Bộ Chính trị | về công tác đối với người Việt Nam ở nước ngoài
33-NQ/TW@2003 | 2003-10-16 | Bộ Chính trị | về xây dựng và phát triển thành phố Đà Nẵng trong thời kỳ công nghiệp hóa, hiện đại hóa đất nước
23-NQ/TW@2008 | 2008-06-16 | Bộ Chính trị | về tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới
26-NQ/TW@2008 | 2008-08-05 | Ban Chấp hành Trung ương | về nông nghiệp, nông dân, nông thôn
27-NQ/TW@2008 | 2008-08-06 | Ban Chấp hành Trung ương | về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước
8-NQ/TW@2011 | 2011-12-01 | Bộ Chính trị | về tăng cường sự lãnh đạo của Đảng, tạo bước phát triển mạnh mẽ về thể dục, thể thao đến năm 2020
29-NQ/TW@2013 | 2013-11-04 | Ban Chấp hành Trung ương | về đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế
33-NQ/TW@2014 | 2014-06-09 | Ban Chấp hành Trung ương | về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước
36-NQ/TW@2014 | 2014-07-01 | Bộ Chính trị | về đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế
39-NQ/TW@2015 | 2015-04-17 | Bộ Chính trị | về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức
6-NQ/TW@2016 | 2016-11-05 | Ban Chấp hành Trung ương | về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế, giữ vững ổn định chính trị - xã hội trong bối cảnh nước ta tham gia các hiệp định thương mại tự do thế hệ mới
4-NQ/TW@2016 | 2016-10-30 | Ban Chấp hành Trung ương | về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ
10-NQ/TW@2017 | 2017-06-03 | Ban Chấp hành Trung ương | về phát triển kinh tế tư nhân trở thành một động lực quan trọng của nền kinh tế thị trường định hướng xã hội chủ nghĩa
11-NQ/TW@2017 | 2017-06-03 | Ban Chấp hành Trung ương | về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa
12-NQ/TW@2017 | 2017-06-03 | Ban Chấp hành Trung ương | về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước
18-NQ/TW@2017 | 2017-10-25 | Ban Chấp hành Trung ương | về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả
19-NQ/TW@2017 | 2017-10-25 | Ban Chấp hành Trung ương | về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập
20-NQ/TW@2017 | 2017-10-25 | Ban Chấp hành Trung ương | về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới
21-NQ/TW@2017 | 2017-10-25 | Ban Chấp hành Trung ương | về công tác dân số trong tình hình mới
26-NQ/TW@2018 | 2018-05-19 | Ban Chấp hành Trung ương | về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ
27-NQ/TW@2018 | 2018-05-21 | Ban Chấp hành Trung ương | về cải cách chính sách tiền lương đối với cán bộ, công chức, viên chức, lực lượng vũ trang và người lao động trong doanh nghiệp
28-NQ/TW@2018 | 2018-05-23 | Ban Chấp hành Trung ương | về cải cách chính sách bảo hiểm xã hội
35-NQ/TW@2018 | 2018-10-22 | Bộ Chính trị | về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới
36-NQ/TW@2018 | 2018-10-22 | Ban Chấp hành Trung ương | về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045
18-NQ/TW@2022 | 2022-06-16 | Ban Chấp hành Trung ương | về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao
27-NQ/TW@2022 | 2022-11-09 | Ban Chấp hành Trung ương | về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới
29-NQ/TW@2022 | 2022-11-17 | Ban Chấp hành Trung ương | về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045
41-NQ/TW@2023 | 2023-10-10 | Bộ Chính trị | về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới
42-NQ/TW@2023 | 2023-11-24 | Ban Chấp hành Trung ương | về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới
43-NQ/TW@2023 | 2023-11-24 | Ban Chấp hành Trung ương | về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc
44-NQ/TW@2023 | 2023-11-24 | Ban Chấp hành Trung ương | về Chiến lược bảo vệ Tổ quốc trong tình hình mới
45-NQ/TW@2023 | 2023-11-24 | Ban Chấp hành Trung ương | về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển nhanh và bền vững đất nước trong giai đoạn mới
57-NQ/TW@2024 | 2024-12-22 | Bộ Chính trị | về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
59-NQ/TW@2025 | 2025-01-24 | Bộ Chính trị | về hội nhập quốc tế trong tình hình mới
66-NQ/TW@2025 | 2025-04-30 | Bộ Chính trị | về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới
68-NQ/TW@2025 | 2025-05-04 | Bộ Chính trị | về phát triển kinh tế tư nhân
70-NQ/TW@2025 | 2025-08-20 | Bộ Chính trị | về bảo đảm an ninh năng lượng quốc gia đến năm 2030, tầm nhìn đến năm 2045
71-NQ/TW@2025 | 2025-08-22 | Bộ Chính trị | về đột phá phát triển giáo dục và đào tạo
72-NQ/TW@2025 | 2025-09-09 | Bộ Chính trị | về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân

# Directives of the Politburo
48-CT/TW@2010 | 2010-10-22 | Bộ Chính trị | về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới
20-CT/TW@2012 | 2012-11-05 | Bộ Chính trị | về tăng cường sự lãnh đạo của Đảng đối với công tác chăm sóc, giáo dục và bảo vệ trẻ em trong tình hình mới
5-CT/TW@2016 | 2016-05-15 | Bộ Chính trị | về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
35-CT/TW@2024 | 2024-06-14 | Bộ Chính trị | về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng

6-CT/TW@2006 | 2006-11-07 | Bộ Chính trị | về tổ chức cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"
3-CT/TW@2011 | 2011-05-14 | Bộ Chính trị | về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh
50-CT/TW@2015 | 2015-12-07 | Bộ Chính trị | về tăng cường sự lãnh đạo của Đảng đối với công tác phát hiện, xử lý vụ việc, vụ án tham nhũng
# Resolutions of the IX-XI terms on cadres, classes and the economy that the press
# still cites by number and subject ("Nghị quyết 42 về công tác quy hoạch cán bộ")
11-NQ/TW@2002 | 2002-01-25 | Bộ Chính trị | về việc luân chuyển cán bộ lãnh đạo và quản lý
13-NQ/TW@2002 | 2002-03-18 | Ban Chấp hành Trung ương | về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể
42-NQ/TW@2004 | 2004-11-30 | Bộ Chính trị | về công tác quy hoạch cán bộ lãnh đạo, quản lý thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước
20-NQ/TW@2008 | 2008-01-28 | Ban Chấp hành Trung ương | về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước
12-NQ/TW@2012 | 2012-01-16 | Ban Chấp hành Trung ương | về một số vấn đề cấp bách về xây dựng Đảng hiện nay
13-NQ/TW@2012 | 2012-01-16 | Ban Chấp hành Trung ương | về xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020
# Resolutions of the XI-XIII terms the press cites most, besides those above
9-NQ/TW@2011 | 2011-12-09 | Bộ Chính trị | về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và hội nhập quốc tế
20-NQ/TW@2012 | 2012-11-01 | Ban Chấp hành Trung ương | về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế
5-NQ/TW@2016 | 2016-11-01 | Ban Chấp hành Trung ương | về một số chủ trương, chính sách lớn nhằm tiếp tục đổi mới mô hình tăng trưởng, nâng cao chất lượng tăng trưởng, năng suất lao động, sức cạnh tranh của nền kinh tế
7-NQ/TW@2016 | 2016-11-18 | Bộ Chính trị | về chủ trương, giải pháp cơ cấu lại ngân sách nhà nước, quản lý nợ công để bảo đảm nền tài chính quốc gia an toàn, bền vững
8-NQ/TW@2017 | 2017-01-16 | Bộ Chính trị | về phát triển du lịch trở thành ngành kinh tế mũi nhọn
23-NQ/TW@2018 | 2018-03-22 | Bộ Chính trị | về định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045
43-NQ/TW@2019 | 2019-01-24 | Bộ Chính trị | về xây dựng và phát triển thành phố Đà Nẵng đến năm 2030, tầm nhìn đến năm 2045
52-NQ/TW@2019 | 2019-09-27 | Bộ Chính trị | về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư
55-NQ/TW@2020 | 2020-02-11 | Bộ Chính trị | về định hướng Chiến lược phát triển năng lượng quốc gia của Việt Nam đến năm 2030, tầm nhìn đến năm 2045
19-NQ/TW@2022 | 2022-06-16 | Ban Chấp hành Trung ương | về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045
20-NQ/TW@2022 | 2022-06-16 | Ban Chấp hành Trung ương | về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới
21-NQ/TW@2022 | 2022-06-16 | Ban Chấp hành Trung ương | về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới

# Directives of the Politburo on the Party congresses of each term
35-CT/TW@2019 | 2019-05-30 | Bộ Chính trị | về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
45-CT/TW@2025 | 2025-04-14 | Bộ Chính trị | về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng

# Conclusions of the Politburo and the Secretariat on the 2025 reorganisation
126-KL/TW@2025 | 2025-02-14 | Bộ Chính trị | về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025
127-KL/TW@2025 | 2025-02-28 | Bộ Chính trị | về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị
137-KL/TW@2025 | 2025-03-28 | Bộ Chính trị | về Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp
"""

# Regulations (Quy định) of the Central Committee and the Politburo: their code, QĐ, is a
# decision's too, so they are a table of their own
_REGULATIONS = """
47-QĐ/TW@2011 | 2011-11-01 | Ban Chấp hành Trung ương | về những điều đảng viên không được làm
101-QĐ/TW@2012 | 2012-06-07 | Ban Bí thư | về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp
218-QĐ/TW@2013 | 2013-12-12 | Bộ Chính trị | về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền
30-QĐ/TW@2016 | 2016-07-26 | Ban Chấp hành Trung ương | về thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng
55-QĐ/TW@2016 | 2016-12-19 | Bộ Chính trị | về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên
102-QĐ/TW@2017 | 2017-11-15 | Bộ Chính trị | về xử lý kỷ luật đảng viên vi phạm
105-QĐ/TW@2017 | 2017-12-19 | Bộ Chính trị | về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử
22-QĐ/TW@2021 | 2021-07-28 | Ban Chấp hành Trung ương | về công tác kiểm tra, giám sát và kỷ luật của Đảng
41-QĐ/TW@2021 | 2021-11-03 | Bộ Chính trị | về việc miễn nhiệm, từ chức đối với cán bộ
69-QĐ/TW@2022 | 2022-07-06 | Bộ Chính trị | về kỷ luật tổ chức đảng, đảng viên vi phạm
114-QĐ/TW@2023 | 2023-07-11 | Bộ Chính trị | về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ
144-QĐ/TW@2024 | 2024-05-09 | Bộ Chính trị | về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới
"""

_PARTY_KEY = re.compile(r"(?P<number>\d+)-(?P<code>[A-ZĐ]+)/(?P<issuer>[A-ZĐ]+)@(?P<year>\d{4})")


@dataclass(frozen=True, slots=True)
class Known:
    key: str
    type: str
    number: str
    issuer: str
    year: int
    date: str
    body: str
    subject: str


def _parse(table: str, dtype: str | None = None) -> tuple[Known, ...]:
    """The documents of `table`, of the type their code names or `dtype`."""
    out = []
    for lineno, parts in rows(table, "reference", 4):
        m = _PARTY_KEY.fullmatch(parts[0])
        if m is None or m["code"] not in vocab.TYPE_CODES or not re.fullmatch(
                rf"{m['year']}-\d\d-\d\d", parts[1]):
            raise ValueError(f"reference table line {lineno}: want 'number-CODE/ISSUER@year"
                             f" | yyyy-mm-dd of that year | body | subject', got "
                             f"{' | '.join(parts)!r}")
        out.append(Known(parts[0], dtype or vocab.TYPE_CODES[m["code"]], m["number"], m["issuer"],
                         int(m["year"]), parts[1], parts[2], parts[3]))
    return tuple(out)


DOCUMENTS: tuple[Known, ...] = _parse(_TABLE) + _parse(_REGULATIONS, "regulation")


@cache
def by_key() -> dict[str, Known]:
    return {d.key: d for d in DOCUMENTS}


@cache
def by_number() -> dict[str, tuple[Known, ...]]:
    out: dict[str, list[Known]] = {}
    for d in DOCUMENTS:
        out.setdefault(d.number, []).append(d)
    return {n: tuple(ds) for n, ds in out.items()}


def _terms(year: int) -> set[str]:
    return {t for t, (a, b) in vocab.TERMS.items() if a <= year <= b}


def _term_of_day(day: str) -> str | None:
    """The term a document issued on `day` (ISO) belongs to: that of the last congress
    opened by then (a year alone may straddle two: 9-NQ/TW of December 2011 is of the XI
    term, not of the X term whose 2007 9-NQ/TW is on the sea)."""
    opened = [t for t, d in vocab.CONGRESS_OPENED.items() if d <= day]
    return max(opened, key=vocab.CONGRESS_OPENED.__getitem__) if opened else None


def year_in_term(dtype: str, number: str, issuer: str, year: int) -> int | None:
    """The year of the listed Party document of `dtype`, `number`, `issuer` that `year`
    can only be in the term of, when it differs from `year`: Party numbering restarts
    each term, so within one term a number names one document ("Nghị quyết 57-NQ/TW năm
    2025" is the 57-NQ/TW of 2024; the year is the plan's that cites it)."""
    terms = _terms(year)
    for k in by_number().get(number, ()):
        if (k.type, k.issuer) == (dtype, issuer) and k.year != year and terms and (
                terms == {_term_of_day(k.date)}):
            return k.year
    return None


def clipped_title(key: str, title: str | None) -> str | None:
    """`title` cut at the end of the listed document's own subject, when it runs on past
    it with no punctuation to stop it: "Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính
    trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh các
    tỉnh, thành ủy khu vực phía Bắc" (a conference's participants follow the title)."""
    known = by_key().get(key) if title is not None else None
    if known is None:
        return title
    n = len(known.subject)
    if len(title) > n and not title[n].isalnum() and title[:n].lower() == known.subject.lower():
        return title[:n]
    return title


_BLANKS = re.compile(r"\s+")
_QUOTES = "\"“”"


def _loose(phrase: str) -> str:
    """A pattern of `phrase` that lets blanks be any run of blanks or line breaks, a
    quote be any quote, and a tone mark sit on either vowel of a pair (hóa/hoá)."""
    from .patterns import SPELLING_PAIRS  # (loaded by then; not at import: no cycle)
    out = "".join(r"\s+" if c == " " else f"[{_QUOTES}]" if c in _QUOTES else re.escape(c)
                  for c in _BLANKS.sub(" ", phrase))
    for a, b in SPELLING_PAIRS:
        if a in out or b in out:
            out = out.replace(a, "\0").replace(b, "\0").replace("\0", f"(?:{a}|{b})")
    return out


@cache
def _subject_pattern(key: str) -> re.Pattern:
    return re.compile(_loose(by_key()[key].subject), re.I)


@cache
def _by_undated() -> dict[str, tuple[Known, ...]]:
    out: dict[str, list[Known]] = {}
    for d in DOCUMENTS:
        out.setdefault(d.key.split("@")[0], []).append(d)
    return {k: tuple(ds) for k, ds in out.items()}


def listed(key: str | None) -> tuple[Known, ...]:
    """The listed documents `key` may be: itself, or those of its undated form's
    number ("4-NQ/TW" -> 4-NQ/TW of 2016)."""
    if key is None:
        return ()
    if (d := by_key().get(key)) is not None:
        return (d,)
    return _by_undated().get(key, ())


def completed_title(key: str, title: str | None, text: str, start: int) -> str | None:
    """`title` run on to the listed document's whole subject where the text after the
    citation (from `start`) goes on with it past the punctuation a subject read in
    the text stops at: "Quy định số 101-QĐ/TW … về trách nhiệm nêu gương của cán bộ,
    đảng viên, nhất là cán bộ chủ chốt các cấp", "Nghị quyết số 04-NQ/TW về tăng cường
    xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi …" (the subject's own comma and
    semicolon). Otherwise `title` as it is."""
    # (of an undated key, the one listed document whose subject the title begins)
    known = next((d for d in listed(key) if len(title) < len(d.subject)
                  and d.subject.lower().startswith(title.lower())), None) if title else None
    if known is None:
        return title
    key = known.key
    # where the title was read, and the whole subject from there
    at = re.compile(_loose(title), re.I).search(text, start, start + 400 + len(title))
    if at is None:
        return title
    found = _subject_pattern(key).match(text, at.start())
    return _BLANKS.sub(" ", found.group()) if found else title
