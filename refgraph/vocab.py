"""The words and codes of Vietnamese document citations, as data.

Everything the extractor knows about the language lives here; patterns.py compiles it.
"""
from __future__ import annotations

# Type words as written in running text -> record type. Longest first matters only for
# overlapping words ("Thông tư liên tịch" before "Thông tư"); patterns.py sorts by length.
TYPE_WORDS: dict[str, str] = {
    "nghị quyết liên tịch": "resolution",
    "nghị quyết": "resolution",
    "kết luận": "conclusion",
    "chỉ thị": "directive",
    "nghị định": "decree",
    "quyết định": "decision",
    "quy định": "regulation",
    "thông tư liên tịch": "joint_circular",
    "thông tư": "circular",
    "bộ luật": "code",
    "luật": "law",
    "pháp lệnh": "ordinance",
    "hiến pháp": "constitution",
    "hướng dẫn": "guideline",
    "thông báo": "notice",
    "kế hoạch": "plan",
    "quy chế": "rules",
    "chương trình": "program",
    "đề án": "project",
    "công văn": "official_letter",
    "văn bản": "official_letter",
    "công điện": "telegram",
}
# Abbreviations the press uses as type words: "NĐ 67", "NQ 35", "QĐ 1234".
ABBREVIATED_TYPE_WORDS: dict[str, str] = {"nđ": "decree", "nq": "resolution", "qđ": "decision"}

# A code more specific than the word before it refines the type: "Thông tư số
# 01/2001/TTLT-BTP-BCA" is a joint circular.
TYPE_REFINED_BY_CODE: dict[tuple[str, str], str] = {
    ("circular", "joint_circular"): "joint_circular",
    # "Thông báo Kết luận thanh tra số 636/TB-TTCP", "kết luận số 26-TB/TW": the notice
    # that publishes conclusions is a notice, as its code says
    ("conclusion", "notice"): "notice",
}

# Types whose numbers carry the year since the 2000s (57/2022/NĐ-CP): a short form whose
# year the text gives is keyed as the full symbol would be.
YEAR_IN_NUMBER_TYPES = frozenset({"decree", "circular", "joint_circular"})
# Two numbering series, one with the year in the number (normative acts: 15/2020/QĐ-TTg)
# and one without (individual acts: 15/QĐ-TTg of 2020), the year's place in the number
# then part of the identity: (type, issuer; None for every issuer) -> the first year of
# the second series. Decisions always; a People's Council's resolutions (12/2024/NQ-HĐND
# and 12/NQ-HĐND, two documents) and the Supreme Court Judges' Council's (02/2018/NQ-HĐTP);
# the Government's since the 2025 Law on Promulgation of Legal Documents ("07/2025/NQ-CP"
# beside "7/NQ-CP" of 2025). Elsewhere the year in the number is a notation folded into
# one key: "Nghị quyết 19-2017/NQ-CP" is the press's spelling of 19/NQ-CP of 2017.
YEAR_SERIES: dict[tuple[str, str | None], int] = {
    ("decision", None): 0,
    ("resolution", "HĐND"): 0,
    ("resolution", "HĐTP"): 0,
    ("resolution", "CP"): 2025,
}

# Type words that are also everyday verbs or nouns ("quyết định đầu tư", "theo quy định",
# "kế hoạch 5 năm", "luật sư"): written in lower case they count only with "số" or a
# full symbol after them; the others count with a bare number too ("nghị định 67").
WEAK_TYPE_WORDS = frozenset({
    "kết luận", "quyết định", "quy định", "hướng dẫn", "thông báo", "kế hoạch",
    "quy chế", "chương trình", "đề án", "công văn", "văn bản", "công điện", "luật",
    "bộ luật", "hiến pháp",
})

# Words right before a lower-case weak type word that make it a noun, a document ("theo
# quyết định 866", "ký quyết định 55/2011", "công văn 1150 của UBND huyện" after "tại"),
# not the verb ("đã quyết định 2 lần").
DOCUMENT_CONTEXT_BEFORE = (
    "theo", "tại", "căn cứ", "căn cứ vào", "ban hành", "ký", "ký ban hành", "thực hiện",
    "triển khai", "áp dụng", "hủy", "hủy bỏ", "huỷ", "huỷ bỏ", "thu hồi", "bãi bỏ",
    "thay thế", "sửa đổi", "bổ sung", "trong", "của", "nêu tại", "quy định tại",
    "ra", "có", "gửi", "phê duyệt", "chiểu", "với", "bằng", "hướng dẫn tại",
)

# "Văn bản số 219/TB-VPCP": a word for any document; the symbol's code gives the type.
GENERIC_TYPE_WORDS = frozenset({"văn bản"})

# Type words whose bare number is not enough even when capitalised: "Văn bản 123" is not
# a way the press names a document, "Văn bản số 123/BTC-TCDN" is; "Luật 2013", "Hiến
# pháp 1992" are named forms (a year), "Luật số 71" is a number.
NEEDS_SYMBOL_OR_SO = frozenset({"văn bản", "luật", "bộ luật", "hiến pháp"})

# Named documents: the kind word as written -> (as keyed, record type).
NAMED_KINDS: dict[str, tuple[str, str]] = {
    "luật": ("Luật", "law"), "bộ luật": ("Bộ luật", "code"),
    "pháp lệnh": ("Pháp lệnh", "ordinance"), "hiến pháp": ("Hiến pháp", "constitution"),
}

# Codes in document symbols -> type (the part before the issuer: NĐ in 57/2022/NĐ-CP,
# KL in 57-KL/TW). Typos the press makes are mapped too.
TYPE_CODES: dict[str, str] = {
    "NQ": "resolution", "NQLT": "resolution",
    "KL": "conclusion",
    "CT": "directive",
    "NĐ": "decree", "ND": "decree",
    "QĐ": "decision", "QD": "decision", "QĐNS": "regulation", "QYĐ": "regulation",
    # the Party's regulations since 2018 ("Quy định số 07-QĐi/TW")
    "QĐI": "regulation", "QDI": "regulation",
    "TT": "circular",
    "TTLT": "joint_circular",
    "PL": "ordinance",
    "HD": "guideline",
    "TB": "notice",
    "KH": "plan",
    "QC": "rules", "QCPH": "rules",
    "CTR": "program",
    "CTHĐ": "program", "CTHD": "program",  # chương trình hành động: "147-CTHĐ/TU"
    "ĐA": "project",
    "CĐ": "telegram",
    "CV": "official_letter",
    "L": "law",
}

# Symbol segments as typed -> as written officially ("ND-CP" -> NĐ-CP, "QĐ-Ttg" -> TTg);
# segments are compared upper-cased.
SEGMENT_SPELLINGS: dict[str, str] = {
    "ND": "NĐ", "QD": "QĐ", "QDD": "QĐ", "TTG": "TTg", "CTR": "CTr", "QYĐ": "QyĐ", "TTR": "TTr",
    "TƯ": "TW",  # Trung ương: "05-CT/TƯ" is 5-CT/TW
    "QĐI": "QĐi", "QDI": "QĐi",  # as the Party prints it: 07-QĐi/TW
}

# Record type -> abbreviation used to build keys of short forms ("NQ 18") and symbols of
# short forms whose issuer is known ("57-NQ/TW"). Official abbreviations (Nghị định
# 30/2020/NĐ-CP, Phụ lục III); Party documents write Quy định as QĐ.
TYPE_ABBR: dict[str, str] = {
    "resolution": "NQ", "conclusion": "KL", "directive": "CT", "decree": "NĐ",
    "decision": "QĐ", "regulation": "QyĐ", "circular": "TT", "joint_circular": "TTLT",
    "law": "L", "code": "BL", "ordinance": "PL", "constitution": "HP",
    "guideline": "HD", "notice": "TB", "plan": "KH", "rules": "QC", "program": "CTr",
    "project": "ĐA", "official_letter": "CV", "telegram": "CĐ",
}
PARTY_TYPE_ABBR = {**TYPE_ABBR, "regulation": "QĐ"}

# Record type -> the type word readers know it by, for tables, cards and the page.
TYPE_LABELS: dict[str, str] = {
    "resolution": "Nghị quyết", "conclusion": "Kết luận", "directive": "Chỉ thị",
    "decree": "Nghị định", "decision": "Quyết định", "regulation": "Quy định",
    "circular": "Thông tư", "joint_circular": "Thông tư liên tịch", "law": "Luật",
    "code": "Bộ luật", "ordinance": "Pháp lệnh", "constitution": "Hiến pháp",
    "guideline": "Hướng dẫn", "notice": "Thông báo", "plan": "Kế hoạch",
    "rules": "Quy chế", "program": "Chương trình", "project": "Đề án",
    "official_letter": "Công văn", "telegram": "Công điện",
}

# Types whose symbol has no type code of its own: a short form cannot be turned into a
# symbol even when the issuer is known ("Luật số 71" is 71/2014/QH13, term unknown).
NO_SYMBOL_TYPES = frozenset({"law", "code", "constitution", "official_letter"})

# Codes in the type code's place that name a kind of text outside TYPES: the issuer
# follows ("Văn bản hợp nhất số 12/VBHN-BTC" is the Ministry of Finance's; a report,
# "văn bản số 126/BC-UBND", the People's Committee's). The type word gives the type.
# Not TTr alone: it is as often the inspectorate (Thanh tra: "71/QĐ-TTr") as a
# submission (tờ trình); before an organ's code it is the submission's kind ("văn bản
# số 192/TTr-BTC": the Ministry of Finance's), OTHER_KIND_BEFORE_ORGAN.
OTHER_KIND_CODES = frozenset({"VBHN", "BC"})
OTHER_KIND_BEFORE_ORGAN = frozenset({"TTR"})
# Words for papers outside the scope (a proposal, a report, minutes): a bare symbol right
# after one is that paper's, whatever its code says ("Tờ trình số 338/TT-ĐC" of 1999:
# TT is the proposal's, not a Thông tư's).
OTHER_KIND_WORDS = ("tờ trình", "báo cáo", "biên bản")

# Codes in the issuer's place that name a kind of act, not an organ:
# "126/QĐ-XPVPHC" is a decision imposing an administrative fine, issuer unknown.
NOT_ISSUERS = frozenset({"XPVPHC", "XPHC", "XLVPHC", "KPHQ", "CCXP", "TGTĐ"})

# A type only one organ issues names that organ (every Nghị định is the Government's).
TYPE_ISSUER: dict[str, str] = {
    "decree": "CP",
    "law": "QH",
    "code": "QH",
    "constitution": "QH",
    "ordinance": "UBTVQH",
}
# The year from which that organ issued the type: ordinances were the Council of State's
# (Hội đồng Nhà nước) until the 1992 Constitution gave them to the Standing Committee.
TYPE_ISSUER_SINCE: dict[str, int] = {"ordinance": 1992}

# Issuer codes as symbols write them -> (canonical code, body name or None, kind).
# TW alone is the Party Centre: Ban Chấp hành Trung ương, Bộ Chính trị or Ban Bí thư;
# the body is named only when the text names it.
ISSUERS: dict[str, tuple[str, str | None, str]] = {
    "TW": ("TW", None, "Party"),
    "TƯ": ("TW", None, "Party"),
    "TU": ("TU", "Tỉnh ủy", "Party"),
    "HU": ("HU", "Huyện ủy", "Party"),
    "QU": ("QU", "Quận ủy", "Party"),
    "ĐU": ("ĐU", "Đảng ủy", "Party"),
    "ĐUK": ("ĐUK", "Đảng ủy Khối", "Party"),
    "VPTW": ("VPTW", "Văn phòng Trung ương Đảng", "Party"),
    "BTGTW": ("BTGTW", "Ban Tuyên giáo Trung ương", "Party"),
    "BTCTW": ("BTCTW", "Ban Tổ chức Trung ương", "Party"),
    # Party commissions merged in 2025
    "BTGDVTW": ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", "Party"),
    "BCSCLTW": ("BCSCLTW", "Ban Chính sách, chiến lược Trung ương", "Party"),
    "UBKTTW": ("UBKTTW", "Ủy ban Kiểm tra Trung ương", "Party"),
    "QUTW": ("QUTW", "Quân ủy Trung ương", "Party"),
    "BCS": ("BCS", "Ban cán sự đảng", "Party"),
    # the Party's central steering committees ("Kế hoạch số 02-KH/BCĐTW" of the one on
    # science, technology and digital transformation, 2025)
    "BCĐTW": ("BCĐTW", "Ban Chỉ đạo Trung ương", "Party"),
    # the Party's academy ("Kế hoạch số 57-KH/HVCTQG")
    "HVCTQG": ("HVCTQG", "Học viện Chính trị quốc gia Hồ Chí Minh", "Party"),
    "CP": ("CP", "Chính phủ", "State"),
    "TTG": ("TTg", "Thủ tướng Chính phủ", "State"),
    "QH": ("QH", "Quốc hội", "State"),
    "UBTVQH": ("UBTVQH", "Ủy ban Thường vụ Quốc hội", "State"),
    "CTN": ("CTN", "Chủ tịch nước", "State"),
    "VPCP": ("VPCP", "Văn phòng Chính phủ", "State"),
    "TTCP": ("TTCP", "Thanh tra Chính phủ", "State"),
    "BTC": ("BTC", "Bộ Tài chính", "State"),
    "BYT": ("BYT", "Bộ Y tế", "State"),
    "BCA": ("BCA", "Bộ Công an", "State"),
    "BQP": ("BQP", "Bộ Quốc phòng", "State"),
    "BNG": ("BNG", "Bộ Ngoại giao", "State"),
    "BNV": ("BNV", "Bộ Nội vụ", "State"),
    "BTP": ("BTP", "Bộ Tư pháp", "State"),
    "BCT": ("BCT", "Bộ Công Thương", "State"),
    "BXD": ("BXD", "Bộ Xây dựng", "State"),
    "BGTVT": ("BGTVT", "Bộ Giao thông vận tải", "State"),
    "BGDĐT": ("BGDĐT", "Bộ Giáo dục và Đào tạo", "State"),
    "BGD&ĐT": ("BGDĐT", "Bộ Giáo dục và Đào tạo", "State"),
    "BTTTT": ("BTTTT", "Bộ Thông tin và Truyền thông", "State"),
    "BTNMT": ("BTNMT", "Bộ Tài nguyên và Môi trường", "State"),
    "BNNPTNT": ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "State"),
    "BNN": ("BNN", "Bộ Nông nghiệp và Phát triển nông thôn", "State"),
    "BLĐTBXH": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", "State"),
    "BKHĐT": ("BKHĐT", "Bộ Kế hoạch và Đầu tư", "State"),
    "BKH": ("BKH", "Bộ Kế hoạch và Đầu tư", "State"),
    "BKHCN": ("BKHCN", "Bộ Khoa học và Công nghệ", "State"),
    # ministries of the 2025 reorganisation (from 1 March 2025)
    "BNNMT": ("BNNMT", "Bộ Nông nghiệp và Môi trường", "State"),
    "BDTTG": ("BDTTG", "Bộ Dân tộc và Tôn giáo", "State"),
    "BVHTTDL": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "State"),
    "NHNN": ("NHNN", "Ngân hàng Nhà nước Việt Nam", "State"),
    "UBDT": ("UBDT", "Ủy ban Dân tộc", "State"),
    "TANDTC": ("TANDTC", "Tòa án nhân dân tối cao", "State"),
    "VKSNDTC": ("VKSNDTC", "Viện kiểm sát nhân dân tối cao", "State"),
    "HĐTP": ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "State"),
    "KTNN": ("KTNN", "Kiểm toán nhà nước", "State"),
    "BHXH": ("BHXH", "Bảo hiểm xã hội Việt Nam", "State"),
    "TCHQ": ("TCHQ", "Tổng cục Hải quan", "State"),
    "TCT": ("TCT", "Tổng cục Thuế", "State"),
    "UBCK": ("UBCK", "Ủy ban Chứng khoán Nhà nước", "State"),
    "UBND": ("UBND", "Ủy ban nhân dân", "State"),
    "UB": ("UBND", "Ủy ban nhân dân", "State"),
    "HĐND": ("HĐND", "Hội đồng nhân dân", "State"),
    "UBMTTQ": ("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "State"),
    "MTTW": ("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "State"),
    "TLĐ": ("TLĐ", "Tổng Liên đoàn Lao động Việt Nam", "State"),
}
# A provincial committee's commissions ("Kế hoạch số 49-KH/BTGTU"): head -> code; each
# named after its Tỉnh ủy or Thành ủy (BODIES), with its province (PLACE_ISSUERS)
PROVINCIAL_COMMISSIONS: dict[str, str] = {
    "Ban Tuyên giáo": "BTGTU", "Ban Tổ chức": "BTCTU", "Ban Dân vận": "BDVTU",
    "Ủy ban Kiểm tra": "UBKTTU", "Ban Tuyên giáo và Dân vận": "BTGDVTU",
}
ISSUERS.update({code: (code, f"{head} Tỉnh ủy", "Party")
                for head, code in PROVINCIAL_COMMISSIONS.items()})
# Typed without its Đ ("29/2024/TT-BGDDT"): the same organ
ISSUERS.update({code.replace("Đ", "D"): entry for code, entry in list(ISSUERS.items())
                if "Đ" in code and code.replace("Đ", "D") not in ISSUERS})

# Issuer codes of Party organs ("57-KL/TW", "01-NQ/TU"): their documents are Party style.
PARTY_ISSUERS = frozenset(code for code, _name, kind in ISSUERS.values() if kind == "Party") | {
    code for code, (_c, _n, kind) in ISSUERS.items() if kind == "Party"}
# … and of State organs: a Party-style symbol with one of them is a typo ("Nghị quyết
# 03-NQ/CP" for 03/NQ-CP), read in the State style
STATE_ISSUERS = frozenset(code for code, _name, kind in ISSUERS.values() if kind == "State")
# State codes that, in a Party-style symbol, are the press's initials for a Party organ:
# "Chỉ thị số 05-CT/BCT của Bộ Chính trị" is 05-CT/TW (Bộ Công Thương's are "05/CT-BCT")
PARTY_STYLE_ISSUERS: dict[str, str] = {"BCT": "TW"}
# State organs the press names for one another ("Quyết định 309/QĐ-CP của Thủ tướng",
# "Nghị quyết 03/2017/NQ-HĐTP của Tòa án nhân dân tối cao"): the body the text names
# beside such a symbol stands (another organ's yields to the symbol's)
KINDRED_ORGANS = frozenset({frozenset({"CP", "TTg"}), frozenset({"HĐTP", "TANDTC"})})

# First words of an organ's name, for issuers the tables do not list ("… của Cục Thuế
# TP.HCM về …"); a person's title ("Thứ trưởng …") is not an issuing body.
ORGAN_WORDS = (
    "Bộ", "Ban", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Hội đồng", "Sở", "Cục", "Tổng cục",
    "Vụ", "Tòa án", "Toà án", "TAND", "Viện", "VKSND", "Văn phòng", "Thanh tra",
    "Ngân hàng", "Kiểm toán", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy", "Liên bộ",
    "Liên ngành", "Tập đoàn", "Tổng công ty", "Học viện", "Đại học", "Trường", "Chi cục",
    "Phòng", "Đoàn", "Hội", "Mặt trận", "Tổng Liên đoàn", "Trung ương",
)

# An organ word alone names no body: "Thông tư 09 năm 2009 của Bộ về …" is "the
# Ministry" the article spoke of. (The others name one: "của Tỉnh ủy", "của UBND".)
ANAPHORIC_ORGANS = frozenset(ORGAN_WORDS) - {
    "UBND", "HĐND", "TAND", "VKSND", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy",
    "Tổng Liên đoàn", "Trung ương"}

# "Ban Chỉ đạo Trung ương", "Ban Kinh tế Trung ương", "Đảng ủy Chính phủ", "Ban cán sự
# đảng Chính phủ", "Đảng đoàn Quốc hội", "Hội đồng Dân tộc của Quốc hội": organs whose
# names end in the name of one of these bodies (by issuer code), which they are not. A
# unit of a ministry ("Cơ quan Cảnh sát điều tra Bộ Công an") is the ministry's: the
# organ, not the unit under it, issues.
# (And a provincial committee's boards: "Ban Tổ chức Tỉnh ủy Hải Dương" is not the
# Tỉnh ủy; its standing board is, listed in BODIES.)
# (And a committee's office: "Văn phòng UBND tỉnh có Văn bản số 144/VPUBND" is not
# the committee's.)
ENDS_OTHER_ORGANS = frozenset({"TW", "CP", "QH", "TU", "HU", "UBND", "HĐND"})
# Collective bodies whose head signs for them ("thay mặt Ủy ban Thường vụ Quốc hội, Chủ
# tịch Quốc hội … ký ban hành Nghị quyết số 1656"): the body signed for is the issuer,
# not the signer's office (a decision signed "thay mặt Chính phủ" stays the Prime
# Minister's)
SIGNED_FOR_ISSUERS = frozenset({"TW", "UBTVQH", "HĐND"})
# Posts that name a person, not the body that issues ("Thường trực Ban Bí thư ký ban
# hành Kết luận số 185-KL/TW": the Politburo's or the Secretariat's, the text does not say)
PERSON_POSTS_BEFORE_BODY = ("Thường trực", "Ủy viên", "Uỷ viên")
ORGAN_HEADS = ("Ban", "Hội đồng", "Ủy ban", "Đảng ủy", "Đảng đoàn", "Tiểu ban", "Văn phòng",
               "Cơ quan")
# Words that end an organ's name before a body is named: "Văn phòng Chính phủ cho biết
# Thủ tướng vừa ký …" (the verbs of reported speech, REPORTING_VERBS, too)
NOT_IN_ORGAN_NAMES = ("đã", "vừa", "là", "và", "có", "ký", "theo", "khi", "thì")
# … nor in one a sentence ends with after "của" ("… của Sở nêu rõ.", "… của Bộ này là …")
NOT_AT_OTHER_BODY_END = (*NOT_IN_ORGAN_NAMES, "nêu", "này", "với", "đề", "của", "cho")
# Verbs of reported speech: a lead date before one is the day someone spoke ("Ngày
# 20-11, đại diện Sở Tài chính cho biết UBND TP đã ban hành quyết định 4528").
REPORTING_VERBS = ("cho biết", "cho hay", "nói", "khẳng định", "nhấn mạnh", "thông tin",
                   "phát biểu", "trả lời", "chia sẻ", "thông báo", "báo cáo", "nêu rõ")

# Bodies as the text names them beside a citation ("… của Bộ Chính trị", "Ban Bí thư đã
# có Chỉ thị …") -> (issuer code, body name). Spelling variants (Ủy/Uỷ, Hòa/Hoà, khóa/
# khoá) are generated by patterns.py, so each body is listed once.
BODIES: dict[str, tuple[str, str]] = {
    "Bộ Chính trị": ("TW", "Bộ Chính trị"),
    "Ban Bí thư Trung ương Đảng": ("TW", "Ban Bí thư"),
    "Ban Bí thư Trung ương": ("TW", "Ban Bí thư"),
    "Ban Bí thư": ("TW", "Ban Bí thư"),
    "Ban Chấp hành Trung ương Đảng": ("TW", "Ban Chấp hành Trung ương"),
    "Ban Chấp hành Trung ương": ("TW", "Ban Chấp hành Trung ương"),
    "BCH Trung ương": ("TW", "Ban Chấp hành Trung ương"),
    "BCHTW": ("TW", "Ban Chấp hành Trung ương"),
    "Trung ương Đảng": ("TW", "Ban Chấp hành Trung ương"),
    "Trung ương": ("TW", "Ban Chấp hành Trung ương"),
    # (and as the press shortens it: "Chỉ thị 05 của TW về …")
    "TW": ("TW", "Ban Chấp hành Trung ương"),
    "TƯ": ("TW", "Ban Chấp hành Trung ương"),
    "T.Ư": ("TW", "Ban Chấp hành Trung ương"),
    "Văn phòng Trung ương Đảng": ("VPTW", "Văn phòng Trung ương Đảng"),
    "Ban Tuyên giáo Trung ương": ("BTGTW", "Ban Tuyên giáo Trung ương"),
    "Ban Tổ chức Trung ương": ("BTCTW", "Ban Tổ chức Trung ương"),
    "Ban Tuyên giáo và Dân vận Trung ương": ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"),
    "Ban Chính sách, chiến lược Trung ương": ("BCSCLTW", "Ban Chính sách, chiến lược Trung ương"),
    "Ủy ban Kiểm tra Trung ương": ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    "Quân ủy Trung ương": ("QUTW", "Quân ủy Trung ương"),
    "Thủ tướng Chính phủ": ("TTg", "Thủ tướng Chính phủ"),
    "Thủ tướng": ("TTg", "Thủ tướng Chính phủ"),
    # a Deputy Prime Minister signs "KT. Thủ tướng": the decision is the Prime Minister's
    "Phó Thủ tướng Thường trực": ("TTg", "Thủ tướng Chính phủ"),
    "Phó Thủ tướng Chính phủ": ("TTg", "Thủ tướng Chính phủ"),
    "Phó Thủ tướng": ("TTg", "Thủ tướng Chính phủ"),
    "Chính phủ": ("CP", "Chính phủ"),
    "Ủy ban Thường vụ Quốc hội": ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    "UBTVQH": ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    "Quốc hội": ("QH", "Quốc hội"),
    "Chủ tịch nước": ("CTN", "Chủ tịch nước"),
    "Văn phòng Chính phủ": ("VPCP", "Văn phòng Chính phủ"),
    "Thanh tra Chính phủ": ("TTCP", "Thanh tra Chính phủ"),
    "Bộ Tài chính": ("BTC", "Bộ Tài chính"),
    "Bộ Y tế": ("BYT", "Bộ Y tế"),
    "Bộ Công an": ("BCA", "Bộ Công an"),
    "Bộ Quốc phòng": ("BQP", "Bộ Quốc phòng"),
    "Bộ Ngoại giao": ("BNG", "Bộ Ngoại giao"),
    "Bộ Nội vụ": ("BNV", "Bộ Nội vụ"),
    "Bộ Tư pháp": ("BTP", "Bộ Tư pháp"),
    "Bộ Công Thương": ("BCT", "Bộ Công Thương"),
    "Bộ Công thương": ("BCT", "Bộ Công Thương"),
    "Bộ Xây dựng": ("BXD", "Bộ Xây dựng"),
    "Bộ Giao thông vận tải": ("BGTVT", "Bộ Giao thông vận tải"),
    "Bộ GTVT": ("BGTVT", "Bộ Giao thông vận tải"),
    "Bộ Giáo dục và Đào tạo": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    "Bộ GD&ĐT": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    "Bộ GD-ĐT": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    "Bộ Thông tin và Truyền thông": ("BTTTT", "Bộ Thông tin và Truyền thông"),
    "Bộ TT&TT": ("BTTTT", "Bộ Thông tin và Truyền thông"),
    "Bộ Tài nguyên và Môi trường": ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    "Bộ TN&MT": ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    "Bộ Nông nghiệp và Phát triển nông thôn": ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    "Bộ NN&PTNT": ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    "Bộ Lao động - Thương binh và Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Lao động – Thương binh và Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ LĐ-TB&XH": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Kế hoạch và Đầu tư": ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    "Bộ KH&ĐT": ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    "Bộ Khoa học và Công nghệ": ("BKHCN", "Bộ Khoa học và Công nghệ"),
    "Bộ Nông nghiệp và Môi trường": ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    "Bộ NN&MT": ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    "Bộ Dân tộc và Tôn giáo": ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    "Bộ KH&CN": ("BKHCN", "Bộ Khoa học và Công nghệ"),
    "Bộ Văn hóa, Thể thao và Du lịch": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "Bộ VH-TT&DL": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "Bộ VHTTDL": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "Ngân hàng Nhà nước Việt Nam": ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    "Ngân hàng Nhà nước": ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    "NHNN": ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    "Tòa án nhân dân tối cao": ("TANDTC", "Tòa án nhân dân tối cao"),
    # its Judges' Council, which issues the resolutions that guide the codes (NQ-HĐTP)
    "Hội đồng Thẩm phán Tòa án nhân dân tối cao": (
        "HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    "Hội đồng Thẩm phán TAND tối cao": ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    "Hội đồng Thẩm phán TANDTC": ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    "Viện kiểm sát nhân dân tối cao": ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    "Kiểm toán Nhà nước": ("KTNN", "Kiểm toán nhà nước"),
    "Ủy ban nhân dân": ("UBND", "Ủy ban nhân dân"),
    "UBND": ("UBND", "Ủy ban nhân dân"),
    "Hội đồng nhân dân": ("HĐND", "Hội đồng nhân dân"),
    "HĐND": ("HĐND", "Hội đồng nhân dân"),
    "Tỉnh ủy": ("TU", "Tỉnh ủy"),
    "Thành ủy": ("TU", "Thành ủy"),
    "Huyện ủy": ("HU", "Huyện ủy"),
    # the committee's standing board and office, which issue most of its documents
    "Ban Thường vụ Tỉnh ủy": ("TU", "Ban Thường vụ Tỉnh ủy"),
    "Ban Thường vụ Thành ủy": ("TU", "Ban Thường vụ Thành ủy"),
    "Ban Thường vụ Huyện ủy": ("HU", "Ban Thường vụ Huyện ủy"),
    # (as provincial Party papers abbreviate it: "BTV Tỉnh ủy đã ban hành Kế hoạch …")
    "BTV Tỉnh ủy": ("TU", "Ban Thường vụ Tỉnh ủy"),
    "BTV Thành ủy": ("TU", "Ban Thường vụ Thành ủy"),
    "BTV Huyện ủy": ("HU", "Ban Thường vụ Huyện ủy"),
    "Thường trực Tỉnh ủy": ("TU", "Thường trực Tỉnh ủy"),
    "Thường trực Thành ủy": ("TU", "Thường trực Thành ủy"),
    "Học viện Chính trị quốc gia Hồ Chí Minh": ("HVCTQG", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    # shorthand and slips the press prints for the same bodies
    "Bộ NNPTNT": ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    "Bộ NN-PTNT": ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    "Bộ TNMT": ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    "Bộ TN-MT": ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    "Bộ LĐTBXH": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ LĐTB&XH": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Lao động-Thương binh và Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Lao động, Thương binh và Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Lao động Thương binh và Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    "Bộ Lao động Thương binh Xã hội": ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    # the Central Military Commission's standing board, which issues most of its directives
    "Thường vụ Quân ủy Trung ương": ("QUTW", "Thường vụ Quân ủy Trung ương"),
    "Bộ KHĐT": ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    "Bộ KHCN": ("BKHCN", "Bộ Khoa học và Công nghệ"),
    "Bộ TTTT": ("BTTTT", "Bộ Thông tin và Truyền thông"),
    "Bộ GDĐT": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    # the ministries' short names in the press ("Thông tư 30 của Bộ Giáo dục về …"; not
    # "Bộ Nông nghiệp", two ministries' in turn)
    "Bộ Giáo dục": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    "Bộ Giáo dục - Đào tạo": ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    "Bộ Giao thông": ("BGTVT", "Bộ Giao thông vận tải"),
    "Bộ Tài nguyên": ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    "Bộ Văn hóa": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "Bộ VH-TT-DL": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "Bộ VHTT&DL": ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    "TAND tối cao": ("TANDTC", "Tòa án nhân dân tối cao"),
    "TANDTC": ("TANDTC", "Tòa án nhân dân tối cao"),
    "VKSND tối cao": ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    "VKSNDTC": ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    "Bộ Chính chị": ("TW", "Bộ Chính trị"),  # a typo baomoi-2017 prints twice
}
BODIES.update({f"{head} {committee}": (code, f"{head} {committee}")
               for head, code in PROVINCIAL_COMMISSIONS.items()
               for committee in ("Tỉnh ủy", "Thành ủy")})
# "Trung ương" shortened in the Central Committee's name: "Nghị quyết số 29 của BCH T.Ư
# Đảng Khóa XI", "BCH TW Đảng", "Ban Chấp hành TƯ"
BODIES.update({f"{head} {tw}{party}": ("TW", "Ban Chấp hành Trung ương")
               for head in ("Ban Chấp hành", "BCH")
               for tw in ("TƯ", "T.Ư", "TW", "T.W", "Trung ương")
               for party in ("", " Đảng", " Đảng Cộng sản Việt Nam")
               if f"{head} {tw}{party}" not in BODIES})

# A place after UBND/HĐND/Tỉnh ủy names which one ("UBND tỉnh Quảng Nam").
PLACE_ISSUERS = frozenset({"UBND", "HĐND", "TU", "HU", *PROVINCIAL_COMMISSIONS.values()})
# Provinces and cities, whose names are never a person's (but for "TP Hồ Chí Minh") …
PROVINCE_WORDS = ("tỉnh", "thành phố", "Thành phố", "TP.", "TP", "Tp.", "Tp")
# … and the units below them, often named after one ("phường Lê Thanh Nghị")
LOCAL_PLACE_WORDS = ("huyện", "quận", "thị xã", "xã", "phường")
PLACE_WORDS = PROVINCE_WORDS + LOCAL_PLACE_WORDS
# Types a province, city or district issues through its People's Committee, and that
# organ's code: "Quyết định 45/2012 của TP" is the city UBND's (a resolution "của tỉnh"
# may be the council's or the Party committee's, so it names no issuer)
PLACE_OWNED_TYPES: dict[str, str] = {t: "UBND" for t in (
    "decision", "plan", "directive", "official_letter", "notice")}

# Bodies that issue through a Party conference: "Hội nghị Trung ương 8 khóa XIII".
CONFERENCE_BODY = ("TW", "Ban Chấp hành Trung ương")

# Related-article blocks of scraped pages open with one of these headings on a line of
# its own; from there to the end of the page is sidebar, not the article.
RELATED_HEADINGS = (
    "Tin bài liên quan", "Tin liên quan", "Bài liên quan", "Bài viết liên quan",
    "Tin tức liên quan", "Các tin bài khác", "Các tin khác", "Tin khác", "Tin bài khác",
    "Đọc nhiều", "Bài đọc nhiều", "Đọc nhiều nhất", "Xem nhiều", "Xem nhiều nhất",
    "Tin xem nhiều", "Tin đọc nhiều", "Cùng chủ đề", "Tin cùng chủ đề", "Cùng chuyên mục",
    "Tin cùng chuyên mục", "Bài cùng chuyên mục", "Mới nhất", "Tin mới nhất", "Tin mới",
    "Nổi bật", "Tin nổi bật", "Tiêu điểm", "Multimedia", "Cùng tác giả",
    "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Có thể bạn muốn xem", "Xem thêm",
    "Đọc thêm", "Tin tiêu điểm", "Tin đã đưa", "Các bài viết khác", "Bài viết khác",
    "Tin tức khác", "Bài viết cùng chủ đề", "Bài cùng chủ đề", "Tin cùng chuyên mục khác",
    "Video liên quan", "Tin ảnh", "Đọc tiếp", "Xem tiếp", "Bình luận", "Ý kiến bạn đọc",
    "Gửi bình luận", "Từ khóa", "Từ khoá", "Tags", "Tag", "Chủ đề", "Sự kiện",
    "Tin mới cập nhật", "Tin nóng", "Tin hot", "Bài đọc nhiều", "Tin bài đã đưa",
    # government portals' and others' (2024-25 pages)
    "Các tin đã đưa", "Các tin bài đã đưa", "Tin khác cùng chuyên mục",
    "Bài viết cùng chuyên mục", "Tin tức cùng chuyên mục", "Các tin mới hơn",
    "Các tin cũ hơn", "Tin mới hơn", "Tin cũ hơn", "Đọc thêm bài viết",
    "Các tin liên quan", "Các bài liên quan", "Các bài viết liên quan", "Tin liên quan khác",
    # legal-news sites' lists of other documents
    "Văn bản nổi bật mới cập nhật", "Văn bản mới cập nhật", "Văn bản nổi bật", "Văn bản mới",
    "Văn bản liên quan",
)
# Headings of the boxes pages put inside an article, past its first quarter too: where
# the article's prose resumes within INLINE_BOX_CHARS after one, that was a box, not the
# page's tail ("Tin liên quan" between two paragraphs).
INLINE_BOX_HEADINGS = frozenset({
    "tin liên quan", "bài liên quan", "tin bài liên quan", "bài viết liên quan",
    "xem thêm", "đọc thêm",
})
# ("Có thể bạn quan tâm" is no such box: the pages that print it late put the other
# stories' cards under it, each a title and its summary paragraph, to the page's end)
INLINE_BOX_CHARS = 800
# A single line that points elsewhere: ">> Xem thêm: …", "Tin liên quan: …".
RELATED_LINE_PREFIXES = (
    ">>", "»", "Xem thêm:", "Đọc thêm:", "Tin liên quan:", "Xem tiếp:", "Mời xem:",
    "Bài liên quan:", "Từ khóa:", "Từ khoá:", "Tags:", "Tag:", "Chủ đề:",
)
# Scraped pages end the article with its source line ("Nguồn: https://…"); what follows
# is the page around it. Only a source line this far into the text counts, so that a
# source line printed at the top does not turn the article into sidebar.
SOURCE_LINE_MIN_OFFSET = 300
# With no source line, a related-list heading this early in the page (as a fraction of
# its length) opens a box above or inside the article, not the page's tail.
EARLY_BOX_FRACTION = 0.25

# Words that, right after a bare number, say it is a quantity, not a document number
# ("Kế hoạch 5 năm", "Chương trình 30 phút", "Quyết định 2 lần").
QUANTITY_WORDS = (
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "lần", "người", "điểm",
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "đồng", "USD", "km", "m", "ha", "tấn",
    "kg", "con", "cái", "chiếc", "căn", "hộ", "xã", "tỉnh", "bước", "nội dung", "vấn đề",
    "nhiệm vụ", "giải pháp", "mục tiêu", "điều", "khoản", "loại", "nhóm", "đợt", "kỳ",
    "tiêu chí", "bậc", "tầng", "phần", "trang", "mục",
    # counted things: "đã có kết luận 02 cuộc", "phê duyệt chương trình 4 thuốc"
    # (not words that are also verbs after a document's number: "Đề án 896 tổ chức họp")
    "cuộc", "vụ", "trường hợp", "hồ sơ", "dự án", "đơn vị", "doanh nghiệp", "cơ sở",
    "thuốc", "lô", "sản phẩm", "học sinh", "sinh viên", "gia đình", "công trình",
    "hạng mục", "lượt", "suất", "chỉ tiêu", "ý kiến", "kiến nghị", "cá nhân", "cán bộ",
    "đảng viên", "lớp", "cơ quan", "địa phương",
)

# Relation triggers between two citations of one sentence. "A <trigger> B" means
# A <kind> B; the passive forms ("được thay thế bởi") flip it.
RELATION_TRIGGERS: dict[str, str] = {
    "thực hiện": "implements",
    "triển khai thực hiện": "implements",
    # "Kế hoạch số 81/KH-UBTVQH15 … nhằm triển khai Kết luận 19-KL/TW"
    "nhằm triển khai": "implements",
    "để triển khai": "implements",
    # "Công văn 202/TTg-NN triển khai thi hành Luật Đất đai", "Nghị quyết 76/NQ-CP về việc
    # ban hành Kế hoạch triển khai Nghị quyết 1313/NQ-UBTVQH15"
    "triển khai thi hành": "implements",
    "triển khai": "implements",
    "cụ thể hóa": "implements",
    "thể chế hóa": "implements",  # "Luật … nhằm thể chế hóa Nghị quyết 20-NQ/TW của Đảng"
    "sửa đổi, bổ sung": "amends",
    "sửa đổi bổ sung": "amends",
    "sửa đổi": "amends",
    "bổ sung": "amends",
    "thay thế": "replaces",
    "thay cho": "replaces",  # "Nghị quyết này thay cho Nghị quyết 09-NQ/TW"
    "hướng dẫn thi hành": "guides",
    "hướng dẫn thực hiện": "guides",
    "hướng dẫn": "guides",
    "quy định chi tiết": "guides",
}
# Adverbs before a relation's verb, after an aside set off by commas: "Luật Dược 2016,
# được Quốc hội thông qua ngày 6/4/2016, đã thay thế Luật Dược 2005"
LEAD_ADVERBS = frozenset({"đã", "sẽ", "cũng", "vừa", "mới", "chính thức"})
PASSIVE_MARKERS = ("được", "bị")
# Words that may stand between a trigger and the document it points at.
RELATION_TAIL_WORDS = (
    "một", "số", "các", "những", "điều", "khoản", "điểm", "mục", "chương", "phần", "phụ",
    "lục", "của", "tại", "thi", "hành", "chi", "tiết", "thực", "hiện", "việc", "và",
    "biện", "pháp", "quy", "định", "nội", "dung", "theo", "bởi", "bằng", "trong", "cho",
    "đối", "với", "nghị", "thông", "tư", "luật", "đã", "được", "bổ", "sung",
    "sửa", "đổi", "hướng", "dẫn", "toàn", "bộ", "văn", "bản",
    "áp", "dụng",  # "hướng dẫn áp dụng một số quy định của Bộ luật Hình sự"
    # how it is carried out: "về tiếp tục triển khai hiệu quả Nghị quyết số 35/NQ-CP",
    # "thực hiện nghiêm túc, đồng bộ …" (the comma still ends the tail)
    "có", "hiệu", "quả", "nghiêm", "túc", "tốt", "đầy", "đủ", "đồng", "quyết", "liệt",
    # how much of it: "sửa đổi, bổ sung hàng loạt quy định quan trọng tại các Thông tư 96,
    # 120 và 121", "nhiều nội dung của …"
    "hàng", "loạt", "nhiều", "quan", "trọng",
)

# Words that end a law's name ("Luật Đất đai quy định …"): function words, and verbs
# of two syllables as phrases (single syllables like "hành" occur inside names: "Luật
# Thi hành án dân sự"). The first word of a name is never a stop: "Luật Các tổ chức tín
# dụng", "Luật Ban hành văn bản quy phạm pháp luật".
NAME_STOP_WORDS = frozenset("""
    và hoặc hay với của cho tại trong theo về là thì mà nên nhưng được bị đã đang sẽ
    vừa mới có không chưa cũng này đó kia ấy các những một từ đến khi nếu do vì để
    năm số trên dưới ngày tháng như phải cần vẫn còn chỉ rất lại ra vào lên nay qua
    cùng sau trước nêu nói ghi gồm lần trình xảy bao tương mới cũ đầu tiên hiện thế
    nhằm phần chương mục bằng thay gây mặc dù sắp cách đây phù hợp ngay đáp ứng
    đánh giá dự kiến chậm nhất chính thức tất cả đúng sáng chiều tối trưa hôm lúc
    sư
""".split())  # ("sư": "Luật Sư Trần B", a lawyer in a byline; the law is "Luật Luật sư")
NAME_STOP_PHRASES = frozenset({
    "quy định", "sửa đổi", "bổ sung", "thay thế", "hướng dẫn", "ban hành", "thông qua", "hiệu lực",
    "áp dụng", "hiện hành", "yêu cầu", "cụ thể", "điều chỉnh", "xác định", "nghiêm cấm",
    "tạo ra", "đưa ra", "đặt ra",
})
NAME_MAX_WORDS = 9

# Commas and "và" inside names: "Luật Phòng, chống tham nhũng", "Luật Cán bộ, công
# chức", "Luật Bảo vệ và phát triển rừng", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa".
NAME_COMMA_NEXT = frozenset({
    "chống", "chữa", "công", "viên", "sử", "vệ", "chăm", "giáo", "khai", "môi", "bảo",
    "phát", "kiểm", "khám",
})
NAME_AND_NEXT = frozenset({"vừa", "phát", "kiểm", "chăm", "giáo", "hải", "sử", "bảo"})

# People: "ông Luật", "chị Luật".
# ("em", "cô" end noun phrases too: "bán rượu cho trẻ em Luật Trẻ em …")
HONORIFICS = ("ông", "bà", "anh", "chị", "Ông", "Bà", "Anh", "Chị")
# "Công ty Luật TP", "Đoàn Luật sư", "Trường Đại học Luật": institutions, not laws.
NAMED_NOT_AFTER = (
    "Công ty", "công ty", "Cty", "Văn phòng", "văn phòng", "Đoàn", "Hãng", "hãng",
    "Đại học", "đại học", "ĐH", "Trường", "trường", "Khoa", "khoa", "Học viện", "Viện", "Cử nhân",
    "cử nhân", "Thạc sĩ", "thạc sĩ", "Tiến sĩ", "tiến sĩ", "Tạp chí", "Hội", "Ths", "ThS",
    "TS", "Vụ", "Ban", "Tòa án", "Toà án", "tòa án", "Pháp", "pháp", "tế -", "tế –", "Ủy ban", "Uỷ ban", "Sinh viên", "sinh viên", "ngành", "Ngành",
    "ban Dự thảo",  # an organ's name: "Chủ tịch Ủy ban Dự thảo Hiến pháp của Quốc hội"
    *HONORIFICS,
)

# Names of laws, codes and ordinances, so that a name ends where the law's name ends
# ("Luật Đất đai gây bức xúc" names Luật Đất đai). Names not listed fall back to the stop
# words above. The names, years and abbreviations live in laws.py.
from .laws import extract_names as _law_names  # noqa: E402  (kept beside its one use)

LAW_NAMES = _law_names()

# Bills are not laws in force ("dự Luật Nhà giáo", "Quốc hội thảo luận Luật …", "Luật
# Đất đai (sửa đổi)" before its vote): words right before the kind word that make it one.
DRAFT_BEFORE = (
    "dự thảo", "dự án", "dự", "thảo luận", "thảo luận về", "thảo luận ở tổ về",
    "thảo luận tại tổ về", "thảo luận ở hội trường về", "thảo luận tại hội trường về",
    "cho ý kiến", "cho ý kiến về",
    "cho ý kiến vào", "góp ý", "góp ý vào", "góp ý về", "xem xét", "trình", "soạn thảo",
    "chỉnh lý", "tiếp thu, chỉnh lý", "xây dựng", "sẽ thông qua", "sẽ được thông qua",
    "sẽ biểu quyết thông qua", "dự kiến thông qua", "sẽ xem xét thông qua",
    "xem xét, thông qua", "xem xét thông qua",
)
# What a bill adds to a law: "đồ uống có đường được đưa vào Luật Thuế tiêu thụ đặc biệt"
# (November 2024, in the debate of the bill passed in 2025). A bill only where the law's
# next version passes the year after the text, with no year after the name and no "đã"
# before ("đã được đưa vào Luật Đất đai 2024" is the law).
# ("sự cần thiết ban hành Luật Nhà giáo" in 2024 is the bill's case; an explainer of the
# passed Luật Thủ đô heads a section so too)
DRAFT_BEFORE_UNLESS_PASSED = ("đưa vào", "bổ sung vào", "sự cần thiết ban hành",
                              "sự cần thiết xây dựng")
# Words before "trình" that make it part of another word ("quá trình", "chương trình").
DRAFT_NOT_AFTER = ("quá", "chương", "lộ", "hành", "tờ")
# A law "vừa được Quốc hội thông qua" is a law, whatever else the sentence says; but not
# one that is yet to be passed ("sẽ xem xét, thông qua", "dự kiến thông qua").
PASSED_MARKERS = ("đã", "vừa", "mới", "chính thức")
NOT_PASSED_AFTER = ("sẽ", "kiến", "xét", "xét,", "chưa", "để", "quyết", "cần", "nhằm")
# Asking the Assembly to pass a law is no passing: "đề xuất Quốc hội ban hành Luật …"
PROPOSED_TO = tuple(f"{verb} {organ}" for verb in ("đề xuất", "đề nghị", "kiến nghị", "trình")
                    for organ in ("Quốc hội", "Quốc Hội"))
# "… có hiệu lực" after a bill's name says it is in force, or will be (passed), but not
# "để kịp có hiệu lực", "nếu có hiệu lực", "dự kiến có hiệu lực".
NOT_IN_FORCE_AFTER = ("kịp", "để", "nếu", "kiến")
# Words right before a bill's name that make "… được thông qua ngày …" a plan, a wish
# or a condition, not a fact: "Nếu Luật … được thông qua ngày 28/11", "Dự kiến, Luật …
# được Quốc hội thông qua ngày 30/11". ("Sau khi" is a fact: not "khi" there.)
NOT_PASSED_YET = ("nếu", "khi", "để", "dự kiến", "sẽ", "mong", "kỳ vọng", "hy vọng",
                  "đề nghị", "trường hợp", "giả sử", "theo kế hoạch",
                  "theo chương trình", "theo lộ trình")

# Nouns that take a number of their own: "quyết định chốt giá vé tuyến metro số 1" is not
# decision 1. A qualifier ending in one gives the number to it.
NUMBERED_NOUNS = (
    "tuyến", "metro", "đường", "quốc lộ", "tỉnh lộ", "bão", "áp thấp", "xe", "phòng",
    "khu", "lô", "tổ", "ấp", "khóm", "tàu", "chuyến", "cầu", "nhà", "lớp", "trường", "ô",
    "thửa", "tờ", "kỳ", "đợt", "gói", "gói thầu", "hợp đồng", "nhà máy", "hầm", "sân",
    "bến", "cảng", "ga", "đội", "quân khu", "vùng", "kênh", "mỏ", "giàn", "lò", "tầng",
    "căn hộ", "phiên", "trận", "vòng", "chương", "điều", "khoản", "điểm", "mục", "bản án",
    "biên bản", "hồ sơ", "phương án", "giai đoạn", "hạng", "cấp", "mẫu", "biểu", "phụ lục",
)
# A named law of another country or of an international convention is not a Vietnamese
# law: "Luật Chống độc quyền của Mỹ", "Công ước … về Luật Biển năm 1982".
# The European Commission, as the press spells it: a foreign place, a word of a foreign
# sentence and a foreign organ alike
EU_COMMISSION = ("Ủy ban châu Âu", "Uỷ ban châu Âu", "Ủy ban Châu Âu", "Uỷ ban Châu Âu")
FOREIGN_PLACES = (
    "Mỹ", "Hoa Kỳ", "Nga", "Trung Quốc", "Nhật Bản", "Nhật", "Hàn Quốc", "Anh", "Pháp",
    "Đức", "Úc", "Australia", "Canada", "Ấn Độ", "Israel", "Ukraine", "Philippines",
    "Indonesia", "Thái Lan", "Singapore", "Malaysia", "Campuchia", "Lào", "EU",
    "Liên minh châu Âu", "châu Âu", "Mexico", "Brazil", "Iran", "Triều Tiên", "Đài Loan",
    "New Zealand", "Thụy Điển", "Na Uy", "Ý", "Italy", "Tây Ban Nha", "Hà Lan", "Bỉ",
    "Thụy Sĩ", "Myanmar", "Bangladesh", "Pakistan", "Ai Cập", "Nam Phi", "Argentina",
    "California", "Texas", "New York", "Florida", "Washington", "Hong Kong", "Hồng Kông",
    "Liên Hợp Quốc", "Liên hợp quốc",
    # the European Commission and China's official name (2024-25 pages)
    "Châu Âu", *EU_COMMISSION,
    "Cộng hòa Nhân dân Trung Hoa", "Cộng hoà Nhân dân Trung Hoa",
)
# … and, after "của/tại/ở" only, words for another country ("Luật Đầu tư nước ngoài" is
# Vietnam's own law on foreign investment)
FOREIGN_REFERENCES = ("các nước", "nước này", "nước bạn", "nước sở tại")
FOREIGN_BEFORE = ("Công ước", "công ước", "Hiệp ước", "hiệp ước")
# Countries whose name in a sentence marks a law name the table does not know as theirs
# (not the short ones that are also Vietnamese given names or words: Anh, Nga, Ý, Đức)
FOREIGN_IN_SENTENCE = (
    "Mỹ", "Hoa Kỳ", "Washington", "Nhà Trắng", "Trung Quốc", "Nhật Bản", "Hàn Quốc",
    "Liên minh châu Âu", "EU", "Singapore", "Malaysia", "Indonesia", "Thái Lan",
    "Campuchia", "Australia", "Canada", "Ấn Độ", "Israel", "Ukraine", "Philippines",
    *EU_COMMISSION,
    "Cộng hòa Nhân dân Trung Hoa", "Cộng hoà Nhân dân Trung Hoa", "Quốc vụ viện",
)
# Documents cited as the background of any subject: the constitution beside a Party
# resolution on judicial reform and beside a 1961 one on border guards says nothing of
# which 49-NQ/TW an article means (store: documents cited beside a mention).
BACKGROUND_TYPES = frozenset({"constitution"})
# Organs of other states and of the United Nations, whose numbered documents in a
# sentence are theirs, not Vietnam's: "Hội đồng Bảo an Liên hợp quốc … phê chuẩn Nghị
# quyết 2356". (Only for a number printed without a Vietnamese issuer code.)
# (offices Vietnam does not have: FOREIGN_OFFICES_IN_SENTENCE begins with them too)
_FOREIGN_STATE_OFFICES = ("Tổng thống", "Thượng viện", "Hạ viện")
FOREIGN_ORGANS = ("Hội đồng Bảo an", "HĐBA", "Liên hợp quốc", "Liên Hợp Quốc",
                  "Liên Hiệp Quốc", "Liên hiệp quốc", "LHQ", "Đại hội đồng", "Quốc hội Mỹ",
                  "Quốc hội Hoa Kỳ", *_FOREIGN_STATE_OFFICES,
                  # the EU's and China's ("EC đã thiết lập khung pháp lý (Quyết định số
                  # 1005/2008)", "Quốc vụ viện Trung Quốc … Thông báo số 61 năm 2025")
                  *EU_COMMISSION, "EC",
                  "Nghị viện châu Âu", "Hội đồng châu Âu", "Quốc vụ viện",
                  "Bộ Thương mại Trung Quốc")
# the types such an organ's documents are read as (a resolution, a decision); a decree or
# a circular beside a UN organ is still Vietnam's
FOREIGN_ORGAN_TYPES = frozenset({"resolution", "decision"})
# … and, only where "của/do" names the organ, a notice ("Thông báo số 61 năm 2025 của Bộ
# Thương mại Trung Quốc"; a provincial notice in a sentence about a UN visit is Vietnam's)
FOREIGN_ORGAN_BODY_TYPES = frozenset({"notice"})
# Offices Vietnam does not have, whatever name follows them: "Chính phủ Tổng thống Biden
# … các chính sách như Luật Giảm lạm phát (IRA)" speaks of the US.
FOREIGN_OFFICES_IN_SENTENCE = (*_FOREIGN_STATE_OFFICES, "Điện Kremlin",
                               "sắc lệnh hành pháp", "Tòa án Tối cao Mỹ",
                               # foreign leaders the press of these years names most
                               "Trump", "Biden", "Obama", "Harris", "Putin", "Zelensky",
                               "Tập Cận Bình", "Macron", "Netanyahu", "Elon Musk")

# The body whose document an organ signs where it issues none of that type: the Prime
# Minister signs the Government's resolutions and decrees ("Nghị quyết 19, Nghị quyết 35
# của Thủ tướng Chính phủ" are 19/NQ-CP and 35/NQ-CP).
ISSUED_INSTEAD: dict[tuple[str, str], str] = {("TTg", "resolution"): "CP",
                                              ("TTg", "decree"): "CP",
                                              # "Quyết định 1880 … của Chính phủ": the
                                              # Prime Minister's (QĐ-TTg)
                                              ("CP", "decision"): "TTg",
                                              ("CP", "directive"): "TTg"}
# Who numbers laws, codes and ordinances ("45/2013/QH13", "02/2011/UBTVQH12")
LAW_SYMBOL_ISSUERS = frozenset({"QH", "UBTVQH"})

# Verbs of issuing a document, right before it ("Bộ Tài chính đã ban hành Thông tư …")
# ("… thay mặt Ban Chấp hành Trung ương Đảng ký quyết định ban hành Quy định số 296-QĐ/TW")
ISSUING_VERBS = ("ký quyết định ban hành", "ký ban hành", "ban hành", "ký", "có", "ra", "gửi", "phê duyệt", "thông qua")

# Words that count or make plural the noun after them ("các nghị quyết 19", "ba luật gồm …")
COUNT_WORDS = ("các", "những", "hai", "ba", "bốn", "năm")

# Documents a relation's trigger may speak of as a group, none of them cited: "sửa đổi,
# bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai" amends decrees
GROUP_OBJECT_WORDS = ("nghị định", "thông tư", "quyết định", "nghị quyết", "văn bản")

# A conjunction left at a subject's end ("… dịch vụ thanh toán và" before "có hiệu lực")
SUBJECT_DANGLING_WORDS = frozenset({"và", "hoặc", "cùng", "để", "nhằm"})

# What the Party Centre (TW) issues: a body of it closing such a document's subject is
# its issuer (patterns.SUBJECT_OWNER); only these bodies of it, not "Trung ương" alone
# ("… cho các bộ, cơ quan của Trung ương": central as opposed to local)
PARTY_CENTRE_TYPES = frozenset({"resolution", "conclusion", "directive", "regulation",
                                "decision", "notice", "guideline"})
PARTY_CENTRE_BODIES = frozenset({"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"})

# A quantity word after a document's number that begins a verb instead ("Nghị định số 97
# điều chỉnh lộ trình học phí", "Nghị định 100 đồng thời quy định"): the number stands
QUANTITY_VERBS = ("điều chỉnh", "điều hành", "điều tra", "đồng thời", "đồng ý",
                  # an adverb: "Nghị quyết 18 bước đầu được thực tế chứng minh"
                  "bước đầu")

# Words of the counted laws' field that end it ("… 37 luật có liên quan đến quy hoạch
# ngày 20 …")
AMENDED_COUNT_STOP = ("ngày", "năm", "được", "đã", "sẽ", "có", "của", "tại", "theo", "thì",
                      "nhằm", "để", "do", "và", "trong", "với", "cho")

# The verbs of a subject whose own "là" follows: "về việc công nhận thị xã … là đô thị"
SUBJECT_NAMING_VERBS = ("công nhận", "xác định", "coi", "gọi")

# Types an organ never issues: the Prime Minister issues decisions, directives, letters
# and telegrams, not resolutions or decrees; the Government no circulars or laws; the
# National Assembly no decrees. "35/NQ-TTg" in the press is a typo for 35/NQ-CP, not a
# document that a mention of "Nghị quyết 35" could name.
NOT_ISSUED_BY: dict[str, frozenset[str]] = {
    "TTg": frozenset({"resolution", "decree", "circular", "joint_circular", "law", "code",
                      "ordinance"}),
    "CP": frozenset({"circular", "joint_circular", "law", "code", "ordinance", "decision",
                     "directive"}),
    "QH": frozenset({"decree", "circular", "joint_circular", "decision", "directive"}),
}

# Fields of law: "theo luật dân sự" is civil law, not a law; "luật đất đai" in lower case
# is still the Land Law.
LEGAL_FIELDS = frozenset({
    "dân sự", "hình sự", "lao động", "hành chính", "thương mại", "quốc tế", "kinh tế",
    "tố tụng", "hiến pháp", "biển", "quốc gia", "tư", "công",
})

# Syllables that make "luật" part of another word: pháp luật (law in general), kỷ luật
# (discipline), quy luật, điều luật, dự luật (a bill, not a law).
LUAT_COMPOUNDS = ("pháp", "kỷ", "quy", "điều", "dự", "giới", "ngoài", "trái", "đạo")

# --- identity (resolve.py) -----------------------------------------------------------------

# Terms of the Party Congress (and of the National Assembly, which follow them) -> the
# years a document of that term can bear. Party numbering restarts each term, so "khóa
# XI" beside "Nghị quyết 39" rules out the 39-NQ/TW of any other term.
TERMS: dict[str, tuple[int, int]] = {
    "VI": (1986, 1991), "VII": (1991, 1996), "VIII": (1996, 2001), "IX": (2001, 2006),
    "X": (2006, 2011), "XI": (2011, 2016), "XII": (2016, 2021), "XIII": (2021, 2026),
    "XIV": (2026, 2031),
}
# The day each term's congress opened: a document's day of issue places it in one term
CONGRESS_OPENED: dict[str, str] = {
    "VI": "1986-12-15", "VII": "1991-06-24", "VIII": "1996-06-28", "IX": "2001-04-19",
    "X": "2006-04-18", "XI": "2011-01-12", "XII": "2016-01-20", "XIII": "2021-01-25",
    "XIV": "2026-01-19",
}
# … as some pages number them, in figures: "Ban Chấp hành Trung ương Đảng khóa 12"
TERM_NUMERALS = {"6": "VI", "7": "VII", "8": "VIII", "9": "IX", "10": "X", "11": "XI",
                 "12": "XII", "13": "XIII", "14": "XIV"}

# Abbreviations the press writes in subject clauses, spelt out before comparing them
# ("về hỗ trợ và phát triển DN" is "… doanh nghiệp").
SUBJECT_ABBREVIATIONS: dict[str, str] = {
    "DN": "doanh nghiệp", "DNNN": "doanh nghiệp nhà nước", "GD": "giáo dục",
    "GDĐT": "giáo dục đào tạo", "ĐT": "đào tạo", "KT": "kinh tế", "XH": "xã hội",
    "KTXH": "kinh tế xã hội", "NN": "nhà nước", "CNH": "công nghiệp hóa",
    "HĐH": "hiện đại hóa", "BHXH": "bảo hiểm xã hội", "BHYT": "bảo hiểm y tế",
    "ATGT": "an toàn giao thông", "TTATGT": "trật tự an toàn giao thông",
    "CCHC": "cải cách hành chính", "KH&CN": "khoa học công nghệ", "KHCN": "khoa học công nghệ",
    "CNTT": "công nghệ thông tin", "MTKD": "môi trường kinh doanh", "NSNN": "ngân sách nhà nước",
    "NLĐ": "người lao động", "CBCCVC": "cán bộ công chức viên chức",
    "LLVT": "lực lượng vũ trang",
}
# Words that say nothing about which document a subject names.
SUBJECT_STOP_WORDS = frozenset("""
    về việc và các của cho một số những trong tại đến với theo năm giai đoạn đối
    tiếp tục thực hiện tăng cường đẩy mạnh nâng cao quy định ban hành nhằm để là
    việt nam
""".split())  # ("Việt Nam": in a subject of every kind, "người Việt Nam ở nước ngoài" and
# "kinh tế biển Việt Nam" alike)

# Syllables that say nothing of what a document is about, left out of its topic
# (resolve.topic_words) alone and in pairs: function words, a legal text's boilerplate
# ("hướng dẫn thi hành một số điều"), wire-service credits. "của người", "tại khoản" or
# "TTXVN" beside a decree's number are no evidence of which decree it is.
TOPIC_STOP_SYLLABLES = frozenset("""
    của và các cho một số những trong tại đến với theo là có được không này đó khi thì
    để từ về do ra vào như nhưng hay hoặc cũng sẽ đang đã vẫn rất nhiều mọi người khác
    nhau sau trước trên dưới giữa ngày tháng năm bị chỉ còn lại mà nên vì bởi qua hơn
    lên nếu thế nào gì đây ấy đấy họ chúng tôi ta ông bà anh chị em mình nói biết cần
    phải việc vừa hiện nay đều cùng nhằm cả hết bằng thêm nữa rồi luôn ngay tới đi làm
    điều khoản điểm mục chương hướng dẫn thi hành chi tiết sửa đổi bổ sung ban quy định
    hiệu lực văn bản số nghị quyết thông tư luật pháp lệnh kết luận
    ttxvn pv vna vov vtv ctv tin ảnh nguồn
""".split())

# A phrase read as a body but ending in one of these is a clause, not a body
# ("Thủ tướng Chính phủ ký", "Bộ Tài chính quy định").
# Spellings of one place word inside a body's name ("UBND TP. Hà Nội", "… thành phố Hà
# Nội"): folded to one so that one body is one row of `bodies`.
BODY_PLACE_SPELLINGS: dict[str, str] = {"TP.": "TP", "Tp.": "TP", "Tp": "TP", "thành phố": "TP",
                                        "Thành phố": "TP"}
# Offices one person holds, named before the signer's name ("Thủ tướng Phạm Minh Chính
# ký …"): keys of BODIES.
PERSON_OFFICES = ("Thủ tướng Chính phủ", "Thủ tướng", "Phó Thủ tướng Chính phủ",
                  "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Chủ tịch nước")
# An amending law's verbs as the press writes them (folded to one spacing, lower case)
# -> as the National Assembly titles such laws. "Luật sửa đổi, bổ sung Luật Quảng cáo"
# is the press's short form of "… sửa đổi, bổ sung một số điều của Luật Quảng cáo".
AMENDING_TITLES: dict[str, str] = {
    "sửa đổi, bổ sung": "sửa đổi, bổ sung một số điều của",
    "sửa đổi, bổ sung của": "sửa đổi, bổ sung một số điều của",
    "sửa đổi, bổ sung một số điều": "sửa đổi, bổ sung một số điều của",
    "sửa đổi một số điều": "sửa đổi một số điều của",
    "bổ sung một số điều": "bổ sung một số điều của",
}
# The National Assembly's terms (khóa XI … XV) by the years they span; its resolutions
# are numbered "98/2023/QH15". A year inside one term (not the election year two share)
# tells the term of a resolution cited without it ("Nghị quyết 98/2023 của Quốc hội").
ASSEMBLY_TERMS: dict[int, tuple[int, int]] = {
    11: (2002, 2007), 12: (2007, 2011), 13: (2011, 2016), 14: (2016, 2021), 15: (2021, 2026)}
# Types whose numbers may carry a sub-number: the Government's 2025 series of resolutions
# 66.1/2025/NQ-CP … 66.7, cited short as "Nghị quyết 66.7".
DOTTED_NUMBER_TYPES = frozenset({"resolution"})
# The commonest family names: after a place's first word, one begins the signer's name,
# not more of the place ("UBND TP Huế Nguyễn Văn Thành ký"). Names that end places too
# (Dương: Bình Dương; Hồ: Tây Hồ; Lý: Phủ Lý; Lương: Phú Lương) are left out.
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Ngô", "Chu", "Trương", "Đinh", "Đào", "Đoàn", "Trịnh", "Lưu", "Tạ",
            "Vương", "Quách", "Kiều", "Triệu", "Tô", "Đàm", "Phùng", "Khổng", "Thân", "Nông")
# Places the press writes by initials ("UBND TP.HCM", "Thành ủy TPHCM"): one body whatever
# the spelling, named in full.
PLACE_ABBREVIATIONS: dict[str, str] = {
    "TP.HCM": "TP Hồ Chí Minh", "TPHCM": "TP Hồ Chí Minh", "TP HCM": "TP Hồ Chí Minh",
    "TP. HCM": "TP Hồ Chí Minh", "Tp.HCM": "TP Hồ Chí Minh", "Tp HCM": "TP Hồ Chí Minh",
    "Tp. HCM": "TP Hồ Chí Minh", "TP.Hồ Chí Minh": "TP Hồ Chí Minh",
    "TP.HN": "TP Hà Nội", "TP HN": "TP Hà Nội",
    "TT-Huế": "Thừa Thiên Huế", "Thừa Thiên-Huế": "Thừa Thiên Huế",
    "Thừa Thiên - Huế": "Thừa Thiên Huế", "TT - Huế": "Thừa Thiên Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu",
    "Phan Rang-Tháp Chàm": "Phan Rang - Tháp Chàm",
}
NOT_BODY_ENDINGS = ("ký", "quy định", "ban hành", "hướng dẫn", "yêu cầu", "đã", "vừa")

# What the ministry named by "do …" after a document does when it drafts it rather than
# issues it ("Luật sửa đổi … Bộ luật Hình sự do Bộ Tư pháp chủ trì"): not its body.
DRAFTING_VERBS = ("chủ trì", "soạn thảo", "xây dựng", "trình", "đề xuất", "tham mưu",
                  "thẩm định", "chủ trì soạn thảo", "dự thảo")

# Heads of a subject whose purpose ("nhằm …") is its own: "về một số cơ chế, chính sách
# đặc biệt nhằm phát triển kinh tế tư nhân", "… nhiệm vụ, giải pháp nhằm thực hiện …"
SUBJECT_GENERIC_HEADS = ("cơ chế", "chính sách", "giải pháp", "biện pháp", "nhiệm vụ",
                         "chủ trương")
# Verbs of a sentence's main clause, after the subject of the phrase it opens with ("Theo
# Nghị định 168 … về xử phạt vi phạm hành chính, người vi phạm bị phạt …"); the second
# words are subjects' own too ("hàng không", "công nhận … là đô thị"), read only where
# they end the subject
MAIN_CLAUSE_VERBS = ("bị", "được", "phải", "sẽ", "đã", "cần", "chưa", "có thể")
MAIN_CLAUSE_VERBS_AFTER_ONLY = ("không", "là")

# What a ministry does in the clause right after its circular ("Trong Thông tư 29/2024,
# Bộ GD&ĐT quy định rõ …"), or a Party organ after its document ("tại Quyết định số
# 328-QĐ/TW, Bộ Chính trị quyết định …"): lays it down, so it is the issuer.
RULING_VERBS = ("quy định", "hướng dẫn", "nêu rõ", "yêu cầu", "quyết định", "giao")
# Types a ministry issues, whose issuer such a clause names.
MINISTRY_TYPES = frozenset({"circular"})
# The rank of a State document's type in the order of legal force (lower binds more),
# where the type alone says it: a decree never amends, replaces or guides-as-amending a
# law, nor a circular a decree ("Nghị định 100/2024 … của Luật Nhà ở (được sửa đổi, bổ
# sung tại Nghị định số 261/2025/NĐ-CP)": the decree amended is the one the sentence is
# about). Resolutions and decisions are of any rank, by issuer: not listed.
LEGAL_RANK: dict[str, int] = {"constitution": 0, "code": 1, "law": 1, "ordinance": 2,
                              "decree": 3, "circular": 4, "joint_circular": 4}

# The head of an organ, who signs for it, before its name: "của Thống đốc Ngân hàng Nhà
# nước về …", "Chánh Thanh tra tỉnh" (not "Tổng Thanh tra Chính phủ": the head of the
# Government Inspectorate, not of the Government).
ORGAN_HEAD_TITLES = ("bộ trưởng", "thứ trưởng", "chủ tịch", "thủ trưởng", "giám đốc",
                     "tổng giám đốc", "chánh", "thống đốc", "phó thống đốc", "tổng kiểm toán",
                     "chủ nhiệm", "cục trưởng", "tổng cục trưởng", "viện trưởng")
# Words a Party title ends with, so that a comma after them closes it ("… trong tình hình
# mới, nâng cao nhận thức …"): "nâng cao", "tăng cường" … after a comma may be a title's own.
TITLE_CLOSES = ("tình hình mới", "giai đoạn mới", "thời kỳ mới", "kỷ nguyên mới")
# The Party's central bodies, whose term a figure after "khóa" may give ("Ban Chấp hành
# Trung ương Đảng khóa 12"; "lý luận chính trị khóa 12" is a class).
PARTY_BODIES_BEFORE_TERM = ("Trung ương", "Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư")
