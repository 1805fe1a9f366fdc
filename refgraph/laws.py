"""Vietnamese constitutions, codes, laws and ordinances: official names, the years of their
versions, and the abbreviations and variants the press writes.

One line per document: ``kind | name | years | aliases``.
- kind: law (Luật), code (Bộ luật), ordinance (Pháp lệnh), constitution (Hiến pháp).
- name: the official name after the kind word, cased as in the text of the law; a
  constitution's line holds its whole name.
- years: the year each version was passed (Quốc hội for laws and codes, Ủy ban Thường vụ
  Quốc hội for ordinances), not the year it took effect: most laws take effect on 1 January
  or 1 July of the next year. A version whose year is not certain is left out rather than
  guessed; a line may list no year at all. Laws that only amend ("Luật sửa đổi, bổ sung một
  số điều …") are not versions. "2015>2018": passed in 2015, in force from 2018, written
  only where the date of effect is known (Bộ luật Hình sự 2015 took effect on 1/1/2018).
  "2024-06": passed in June 2024, written where the month is known for certain: a law
  passed at the mid-year session is the law, no bill, in the autumn's news ("Luật Thủ đô
  (sửa đổi)" in October 2024), and one of the autumn session is still a bill then.
- aliases: ";"-separated; abbreviations as written after the kind word ("BHXH" for "Luật
  BHXH") or whole ("BLHS"), and variant spellings ("Hôn nhân gia đình").

Scope: what is in force in 2025 and what was repealed since 1992, plus older versions of
those. A bare name ("Giá") that names both a law and the ordinance it replaced stands for
the law in by_name(); with its kind word each is its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .linetable import rows

KIND_WORDS = {"law": "Luật", "code": "Bộ luật", "ordinance": "Pháp lệnh",
              "constitution": "Hiến pháp"}
# which document a bare name means when several kinds share it
_KIND_RANK = {"constitution": 0, "law": 1, "code": 2, "ordinance": 3}
_YEARS = re.compile(r"(\d{4})(?:-(\d{2}))?(?:>(\d{4}))?")  # passed[-month][>in force from]

_TABLE = """
constitution | Hiến pháp | 1946 1959>1960 1980 1992 2013>2014 | HP

code | Hình sự | 1985 1999>2000 2015>2018 | BLHS
code | Dân sự | 1995 2005>2006 2015>2017 | BLDS
code | Tố tụng hình sự | 1988 2003>2004 2015>2018 | BLTTHS
code | Tố tụng dân sự | 2004>2005 2015>2016 | BLTTDS
code | Lao động | 1994>1995 2012>2013 2019>2021 | BLLĐ;BLLD
code | Hàng hải Việt Nam | 1990 2005 2015 | Hàng hải;HHVN;BLHH

# --- State organisation, elections, lawmaking -------------------------------------------
law | Tổ chức Quốc hội | 1960 1992 2001 2014 |
law | Tổ chức Chính phủ | 1992 2001 2015 2025 |
law | Tổ chức Tòa án nhân dân | 1960 1981 1992 2002 2014 2024 | Tổ chức TAND
law | Tổ chức Viện kiểm sát nhân dân | 1960 1981 1992 2002 2014 | Tổ chức VKSND
law | Tổ chức chính quyền địa phương | 2015 2025 | Tổ chức CQĐP
law | Tổ chức Hội đồng nhân dân và Ủy ban nhân dân | 1994 2003 | Tổ chức HĐND và UBND
law | Tổ chức cơ quan điều tra hình sự | 2015>2018 |
law | Hoạt động giám sát của Quốc hội và Hội đồng nhân dân | 2015 | Hoạt động giám sát của Quốc hội và HĐND;Hoạt động giám sát
law | Hoạt động giám sát của Quốc hội | 2003 |
law | Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân | 2015 | Bầu cử đại biểu Quốc hội và đại biểu HĐND
law | Bầu cử đại biểu Quốc hội | 1992 1997 |
law | Bầu cử đại biểu Hội đồng nhân dân | 2003 |
law | Ban hành văn bản quy phạm pháp luật | 1996 2008 2015 2025 | Ban hành VBQPPL;VBQPPL
law | Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân | 2004 |
law | Trưng cầu ý dân | 2015 |
law | Mặt trận Tổ quốc Việt Nam | 1999 2015 | Mặt trận Tổ quốc;MTTQ Việt Nam;MTTQ
law | Công đoàn | 1990 2012 2024-11 | CĐ
law | Thanh niên | 2005 2020 |
law | Kiểm toán nhà nước | 2005 2015 | KTNN
law | Cán bộ, công chức | 2008 2025 | Cán bộ công chức;CBCC
law | Viên chức | 2010 |
law | Thi đua, khen thưởng | 2003 2022 | Thi đua khen thưởng
law | Thực hiện dân chủ ở cơ sở | 2022 |
law | Tiếp cận thông tin | 2016 |
law | Thủ đô | 2012 2024-06 |
law | Điều ước quốc tế | 2016 |
law | Ký kết, gia nhập và thực hiện điều ước quốc tế | 2005 |
law | Thỏa thuận quốc tế | 2020 |
law | Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài | 2009 | Cơ quan đại diện Việt Nam ở nước ngoài;Cơ quan đại diện
law | Quốc tịch Việt Nam | 1988 1998 2008 | Quốc tịch
law | Tín ngưỡng, tôn giáo | 2016 | Tín ngưỡng tôn giáo
law | Phổ biến, giáo dục pháp luật | 2012 | Phổ biến giáo dục pháp luật
law | Lưu trữ | 2011 2024-06 |

# --- Justice ---------------------------------------------------------------------------
law | Tố tụng hành chính | 2010>2011 2015>2016 | TTHC
law | Thi hành án dân sự | 2008 | THADS
law | Thi hành án hình sự | 2010 2019 | THAHS
law | Thi hành tạm giữ, tạm giam | 2015>2018 | Thi hành tạm giữ tạm giam
law | Đặc xá | 2007 2018 |
law | Tương trợ tư pháp | 2007 |
law | Trợ giúp pháp lý | 2006 2017 |
law | Luật sư | 2006 | LS
law | Công chứng | 2006 2014 2024-11 |
law | Giám định tư pháp | 2012 |
law | Lý lịch tư pháp | 2009 |
law | Trọng tài thương mại | 2010 |
law | Hòa giải ở cơ sở | 2013 |
law | Hòa giải, đối thoại tại Tòa án | 2020 |
law | Hộ tịch | 2014 |
law | Nuôi con nuôi | 2010 |
law | Trách nhiệm bồi thường của Nhà nước | 2009 2017 | Trách nhiệm bồi thường Nhà nước
law | Khiếu nại | 2011 |
law | Tố cáo | 2011 2018 |
law | Khiếu nại, tố cáo | 1998 |
law | Tiếp công dân | 2013 |
law | Thanh tra | 2004 2010 2022 |
law | Phòng, chống tham nhũng | 2005 2018 | Phòng chống tham nhũng;PCTN
law | Xử lý vi phạm hành chính | 2012 | Xử lý VPHC;XLVPHC
law | Tư pháp người chưa thành niên | 2024 |

# --- Defence, security, public order -----------------------------------------------------
law | Quốc phòng | 2005 2018 |
law | An ninh quốc gia | 2004 |
law | Nghĩa vụ quân sự | 1960 1981 2015 | NVQS
law | Sĩ quan Quân đội nhân dân Việt Nam | 1999 | Sĩ quan QĐND Việt Nam;Sĩ quan QĐND
law | Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng | 2015 |
law | Dân quân tự vệ | 2009 2019 | DQTV
law | Lực lượng dự bị động viên | 2019 |
law | Biên giới quốc gia | 2003 |
law | Biên phòng Việt Nam | 2020 | Biên phòng
law | Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc | 2025 |
law | Biển Việt Nam | 2012 |
law | Cảnh sát biển Việt Nam | 2018 | Cảnh sát biển
law | Công an nhân dân | 2005 2014 2018 | CAND
law | Công an xã | 2018 |
law | Cảnh sát cơ động | 2022 |
law | Cảnh vệ | 2017 |
law | Cơ yếu | 2011 |
law | Bảo vệ bí mật nhà nước | 2018 |
law | An ninh mạng | 2018 |
law | Phòng, chống khủng bố | 2013 | Phòng chống khủng bố
law | Phòng, chống ma túy | 2000 2021 | Phòng chống ma túy
law | Phòng, chống mua bán người | 2011 2024 | Phòng chống mua bán người
law | Phòng, chống rửa tiền | 2012 2022 | Phòng chống rửa tiền
law | Phòng cháy và chữa cháy | 2001 | Phòng cháy, chữa cháy;Phòng cháy chữa cháy;PCCC
law | Phòng cháy, chữa cháy và cứu nạn, cứu hộ | 2024 | PCCC và CNCH
law | Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ | 2017 2024 |
law | Cư trú | 2006 2020 |
law | Căn cước công dân | 2014>2016 | CCCD
law | Căn cước | 2023-11>2024 |
law | Xuất cảnh, nhập cảnh của công dân Việt Nam | 2019 |
law | Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam | 2014 |
law | Phòng thủ dân sự | 2023 |
law | Quản lý, bảo vệ công trình quốc phòng và khu quân sự | 2023 |
law | Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở | 2023 |
law | Công nghiệp quốc phòng, an ninh và động viên công nghiệp | 2024 |
law | Phòng không nhân dân | 2024 |
law | Trật tự, an toàn giao thông đường bộ | 2024-06>2025 | Trật tự an toàn giao thông đường bộ;Trật tự, ATGT đường bộ;TTATGTĐB;Trật tự ATGTĐB;Trật tự, ATGTĐB;TT, ATGTĐB

# --- Public finance, tax, banking -------------------------------------------------------
law | Ngân sách nhà nước | 1996 2002 2015 2025 | Ngân sách;NSNN
law | Quản lý nợ công | 2009 2017 |
law | Quản lý thuế | 2006 2019 | QLT
law | Thuế giá trị gia tăng | 1997>1999 2008>2009 2024-11>2025 | Thuế GTGT;GTGT
law | Thuế thu nhập doanh nghiệp | 1997 2003 2008 2025 | Thuế TNDN;TNDN
law | Thuế thu nhập cá nhân | 2007 | Thuế TNCN;TNCN
law | Thuế tiêu thụ đặc biệt | 1990 1998 2008 2025 | Thuế TTĐB;TTĐB
law | Thuế xuất khẩu, thuế nhập khẩu | 1991 2005 2016 | Thuế xuất nhập khẩu;Thuế XNK
law | Thuế tài nguyên | 2009 |
law | Thuế bảo vệ môi trường | 2010 | Thuế BVMT
law | Thuế sử dụng đất nông nghiệp | 1993 |
law | Thuế sử dụng đất phi nông nghiệp | 2010 |
law | Thuế chuyển quyền sử dụng đất | 1994 |
law | Thuế doanh thu | 1990 |
law | Thuế lợi tức | 1990 |
law | Phí và lệ phí | 2015 | Phí, lệ phí
law | Giá | 2012 2023 |
law | Hải quan | 2001 2014 |
law | Kế toán | 2003 2015 |
law | Kiểm toán độc lập | 2011 |
law | Thống kê | 2003 2015 |
law | Dự trữ quốc gia | 2012 |
law | Quản lý, sử dụng tài sản công | 2017 | Quản lý sử dụng tài sản công
law | Quản lý, sử dụng tài sản nhà nước | 2008 |
law | Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp | 2014 |
law | Quản lý và đầu tư vốn nhà nước tại doanh nghiệp | 2025 |
law | Thực hành tiết kiệm, chống lãng phí | 2005 2013 | Thực hành tiết kiệm chống lãng phí
law | Ngân hàng Nhà nước Việt Nam | 1997 2010 | Ngân hàng Nhà nước;NHNN
law | Các tổ chức tín dụng | 1997>1998 2010>2011 2024-01 | Tổ chức tín dụng;Các TCTD;TCTD
law | Bảo hiểm tiền gửi | 2012 | BHTG
law | Kinh doanh bảo hiểm | 2000 2022 | KDBH
law | Chứng khoán | 2006 2019 |

# --- Enterprise, investment, trade ----------------------------------------------------
law | Doanh nghiệp | 1999>2000 2005>2006 2014>2015 2020>2021 | DN
law | Doanh nghiệp nhà nước | 1995 2003 | DNNN
law | Công ty | 1990 |
law | Doanh nghiệp tư nhân | 1990 |
law | Phá sản | 2004 2014 |
law | Phá sản doanh nghiệp | 1993 |
law | Hợp tác xã | 1996 2003 2012 2023 | HTX
law | Đầu tư | 2005>2006 2014>2015 2020>2021 |
law | Đầu tư công | 2014 2019 2024 |
law | Đầu tư theo phương thức đối tác công tư | 2020 | Đầu tư theo hình thức đối tác công tư;Đối tác công tư;Đầu tư PPP;PPP
law | Đầu tư nước ngoài tại Việt Nam | 1987 1996 | Đầu tư nước ngoài
law | Khuyến khích đầu tư trong nước | 1994 1998 |
law | Hỗ trợ doanh nghiệp nhỏ và vừa | 2017 | Hỗ trợ DNNVV
law | Thương mại | 1997 2005 |
law | Quản lý ngoại thương | 2017 |
law | Cạnh tranh | 2004 2018 |
law | Bảo vệ quyền lợi người tiêu dùng | 2010 2023-06 |
law | Đấu thầu | 2005>2006 2013>2014 2023-06>2024 |
law | Đấu giá tài sản | 2016 |
law | Chất lượng sản phẩm, hàng hóa | 2007 | Chất lượng sản phẩm hàng hóa
law | Tiêu chuẩn và quy chuẩn kỹ thuật | 2006 |
law | Đo lường | 2011 |
law | Quảng cáo | 2012 |

# --- Land, construction, housing, planning --------------------------------------------
law | Đất đai | 1987>1988 1993 2003>2004 2013>2014 2024-01 |
law | Nhà ở | 2005>2006 2014>2015 2023-11>2024 |
law | Kinh doanh bất động sản | 2006>2007 2014>2015 2023-11>2024 | Kinh doanh BĐS;KDBĐS
law | Xây dựng | 2003 2014 |
law | Quy hoạch | 2017 |
law | Quy hoạch đô thị | 2009 |
law | Quy hoạch đô thị và nông thôn | 2024 |
law | Kiến trúc | 2019 |
law | Đo đạc và bản đồ | 2018 |

# --- Environment, resources, agriculture ----------------------------------------------
law | Bảo vệ môi trường | 1993>1994 2005>2006 2014>2015 2020>2022 | BVMT
law | Đa dạng sinh học | 2008 |
law | Tài nguyên nước | 1998 2012 2023-11 |
law | Tài nguyên, môi trường biển và hải đảo | 2015 | Tài nguyên môi trường biển và hải đảo;Tài nguyên biển và hải đảo
law | Khoáng sản | 1996 2010 |
law | Địa chất và khoáng sản | 2024 |
law | Dầu khí | 1993 2022 |
law | Khí tượng thủy văn | 2015 |
law | Phòng, chống thiên tai | 2013 | Phòng chống thiên tai
law | Đê điều | 2006 |
law | Thủy lợi | 2017 |
law | Bảo vệ và phát triển rừng | 1991 2004 | Bảo vệ rừng
law | Lâm nghiệp | 2017 |
law | Thủy sản | 2003 2017 |
law | Trồng trọt | 2018 |
law | Chăn nuôi | 2018 |
law | Thú y | 2015 |
law | Bảo vệ và kiểm dịch thực vật | 2013 |

# --- Transport, energy, communications, science ---------------------------------------
law | Giao thông đường bộ | 2001 2008 | GTĐB
law | Đường bộ | 2024-06>2025 |
law | Giao thông đường thủy nội địa | 2004 |
law | Đường sắt | 2005 2017 2025 |
law | Hàng không dân dụng Việt Nam | 1991 2006 | Hàng không dân dụng
law | Điện lực | 2004 2024 |
law | Sử dụng năng lượng tiết kiệm và hiệu quả | 2010 |
law | Năng lượng nguyên tử | 2008 2025 |
law | Hóa chất | 2007 2025 |
law | Bưu chính | 2010 |
law | Viễn thông | 2009 2023-11 |
law | Tần số vô tuyến điện | 2009 |
law | Công nghệ thông tin | 2006 | CNTT
law | Giao dịch điện tử | 2005 2023-06 |
law | An toàn thông tin mạng | 2015 |
law | Dữ liệu | 2024-11 |
law | Bảo vệ dữ liệu cá nhân | 2025 |
law | Công nghiệp công nghệ số | 2025 |
law | Khoa học và công nghệ | 2000 2013 | KH&CN
law | Khoa học, công nghệ và đổi mới sáng tạo | 2025-06 |
law | Công nghệ cao | 2008 |
law | Chuyển giao công nghệ | 2006 2017 |
law | Sở hữu trí tuệ | 2005 | SHTT

# --- Education, culture, information --------------------------------------------------
law | Giáo dục | 1998 2005 2019 |
law | Giáo dục đại học | 2012 | Giáo dục ĐH;GDĐH
law | Giáo dục nghề nghiệp | 2014 |
law | Dạy nghề | 2006 |
law | Giáo dục quốc phòng và an ninh | 2013 |
law | Phổ cập giáo dục tiểu học | 1991 |
law | Nhà giáo | 2025-06>2026 |
law | Báo chí | 1989 2016 |
law | Xuất bản | 1993 2004 2012 |
law | Điện ảnh | 2006 2022 |
law | Di sản văn hóa | 2001 2024-11 |
law | Thư viện | 2019 |
law | Du lịch | 2005 2017 |
law | Thể dục, thể thao | 2006 | Thể dục thể thao;TDTT

# --- Health, labour, society -----------------------------------------------------------
law | Bảo vệ sức khỏe nhân dân | 1989 |
law | Khám bệnh, chữa bệnh | 2009 2023 | Khám bệnh chữa bệnh;Khám, chữa bệnh;Khám chữa bệnh;KBCB
law | Dược | 2005 2016 |
law | Bảo hiểm y tế | 2008 | BHYT
law | Bảo hiểm xã hội | 2006>2007 2014>2016 2024-06>2025 | BHXH
law | Việc làm | 2013 2025 |
law | An toàn, vệ sinh lao động | 2015 | An toàn vệ sinh lao động;ATVSLĐ
law | Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng | 2006 2020 |
law | An toàn thực phẩm | 2010 | ATTP
law | Phòng, chống bệnh truyền nhiễm | 2007 | Phòng chống bệnh truyền nhiễm
law | Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) | 2006 | Phòng, chống HIV/AIDS;Phòng chống HIV/AIDS
law | Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác | 2006 |
law | Phòng, chống tác hại của thuốc lá | 2012 | Phòng chống tác hại của thuốc lá;Phòng, chống tác hại thuốc lá;Phòng chống tác hại thuốc lá
law | Phòng, chống tác hại của rượu, bia | 2019 | Phòng chống tác hại của rượu, bia;Phòng, chống tác hại rượu, bia;Phòng, chống tác hại của rượu bia;Phòng chống tác hại của rượu bia
law | Hôn nhân và gia đình | 1959 1986 2000 2014 | Hôn nhân gia đình;HNGĐ
law | Bình đẳng giới | 2006 |
law | Phòng, chống bạo lực gia đình | 2007 2022 | Phòng chống bạo lực gia đình
law | Trẻ em | 2016 |
law | Bảo vệ, chăm sóc và giáo dục trẻ em | 1991 2004 |
law | Người cao tuổi | 2009 |
law | Người khuyết tật | 2010 |

# --- Passed, but the year of passage is not certain here (see the report of issue 9) ----
law | Phòng bệnh | |
law | Dẫn độ | |
law | Tương trợ tư pháp về dân sự | |
law | Tương trợ tư pháp về hình sự | |
law | Chuyển giao người đang chấp hành án phạt tù | |

# --- Ordinances (Pháp lệnh, Ủy ban Thường vụ Quốc hội) ----------------------------------
ordinance | Ưu đãi người có công với cách mạng | 2005 2020 | Người có công;Ưu đãi người có công
ordinance | Chi phí tố tụng | 2024 |
ordinance | Án phí, lệ phí Tòa án | 2009 | Án phí lệ phí Tòa án
ordinance | Chi phí giám định, định giá; chi phí cho người làm chứng, người phiên dịch trong tố tụng | 2012 |
ordinance | Quản lý thị trường | 2016 |
ordinance | Phòng, chống mại dâm | 2003 | Phòng chống mại dâm
ordinance | Dân số | 2003 |
ordinance | Nhà ở | 1991 |
ordinance | Ngoại hối | 2005 |
ordinance | Xử lý vi phạm hành chính | 1989 1995 2002 | Xử lý VPHC
ordinance | Trình tự, thủ tục xem xét, quyết định việc áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân | 2014 |
ordinance | Thủ tục bắt giữ tàu biển | 2008 |
ordinance | Thi hành án dân sự | 1989 1993 2004 |
ordinance | Thi hành án phạt tù | 1993 |
ordinance | Thẩm phán và Hội thẩm Tòa án nhân dân | 1993 2002 |
ordinance | Kiểm sát viên Viện kiểm sát nhân dân | 1993 2002 |
ordinance | Tổ chức Tòa án quân sự | 2002 |
ordinance | Tổ chức Viện kiểm sát quân sự | 2002 |
ordinance | Tổ chức điều tra hình sự | 1989 2004 |
ordinance | Giám định tư pháp | 2004 |
ordinance | Luật sư | 2001 |
ordinance | Tổ chức luật sư | 1987 |
ordinance | Trọng tài thương mại | 2003 |
ordinance | Thủ tục giải quyết các vụ án dân sự | 1989 |
ordinance | Thủ tục giải quyết các vụ án kinh tế | 1994 |
ordinance | Thủ tục giải quyết các vụ án hành chính | 1996 |
ordinance | Thủ tục giải quyết các tranh chấp lao động | 1996 |
ordinance | Hợp đồng kinh tế | 1989 |
ordinance | Hợp đồng dân sự | 1991 |
ordinance | Khiếu nại, tố cáo của công dân | 1991 |
ordinance | Chống tham nhũng | 1998 |
ordinance | Thực hành tiết kiệm, chống lãng phí | 1998 |
ordinance | Cán bộ, công chức | 1998 |
ordinance | Bảo vệ bí mật nhà nước | 2000 |
ordinance | Tình trạng khẩn cấp | 2000 |
ordinance | Dân quân tự vệ | 2004 |
ordinance | Lực lượng dự bị động viên | 1996 |
ordinance | Bộ đội biên phòng | 1997 |
ordinance | Lực lượng Cảnh sát biển Việt Nam | 2008 |
ordinance | Bảo vệ công trình quốc phòng và khu quân sự | 1994 |
ordinance | Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ | 2011 |
ordinance | Tín ngưỡng, tôn giáo | 2004 |
ordinance | Quảng cáo | 2001 |
ordinance | Thư viện | 2000 |
ordinance | Lưu trữ quốc gia | 2001 |
ordinance | Du lịch | 1999 |
ordinance | Người cao tuổi | 2000 |
ordinance | Về người tàn tật | 1998 | Người tàn tật
ordinance | Vệ sinh an toàn thực phẩm | 2003 |
ordinance | Hành nghề y, dược tư nhân | 1993 2003 |
ordinance | Thú y | 1993 2004 |
ordinance | Bảo vệ và kiểm dịch thực vật | 1993 2001 |
ordinance | Giống cây trồng | 2004 |
ordinance | Giống vật nuôi | 2004 |
ordinance | Chất lượng hàng hóa | 1999 |
ordinance | Đo lường | 1999 |
ordinance | Bưu chính, viễn thông | 2002 |
ordinance | Khai thác và bảo vệ công trình thủy lợi | 1994 2001 |
ordinance | Phòng, chống lụt, bão | 1993 |
ordinance | Đê điều | 1989 2000 |
ordinance | Bảo vệ nguồn lợi thủy sản | 1989 |
ordinance | Dự trữ quốc gia | 2004 |
ordinance | Giá | 2002 |
ordinance | Phí và lệ phí | 2001 |
ordinance | Kế toán và thống kê | 1988 |
ordinance | Thuế tài nguyên | 1990 1998 |
ordinance | Thuế thu nhập đối với người có thu nhập cao | 1994 2001 |
ordinance | Thuế nhà, đất | 1992 |
ordinance | Ngân hàng Nhà nước Việt Nam | 1990 |
ordinance | Ngân hàng, hợp tác xã tín dụng và công ty tài chính | 1990 |
ordinance | Chống bán phá giá hàng hóa nhập khẩu vào Việt Nam | 2004 |
ordinance | Chống trợ cấp hàng hóa nhập khẩu vào Việt Nam | 2004 |
ordinance | Về tự vệ trong nhập khẩu hàng hóa nước ngoài vào Việt Nam | 2002 |
ordinance | Đối xử tối huệ quốc và đối xử quốc gia trong thương mại quốc tế | 2002 |
ordinance | Bảo hộ quyền tác giả | 1994 |
ordinance | Bảo hộ quyền sở hữu công nghiệp | 1989 |
ordinance | Công nhận và thi hành tại Việt Nam bản án, quyết định dân sự của Tòa án nước ngoài | 1993 |
ordinance | Công nhận và thi hành tại Việt Nam quyết định của Trọng tài nước ngoài | 1995 |
ordinance | Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) | 1995 |
"""

# Names of bills the press writes as "Luật X" whose passage this table does not record
# (never passed, or passed after what its author knows for certain): their names still
# end where the bill's name ends ("dự án Luật Biểu tình").
# The first were debated for years and never passed: whatever the text says of them, a
# "Luật Đơn vị hành chính - kinh tế đặc biệt" is a bill.
NEVER_PASSED = (
    "Biểu tình", "Về hội", "Hành chính công", "Đơn vị hành chính - kinh tế đặc biệt",
    "Đơn vị hành chính", "Khu hành chính - kinh tế đặc biệt",
)
BILLS = (*NEVER_PASSED, "Trí tuệ nhân tạo", "Chuyển đổi số", "Thương mại điện tử")


# Laws passed twice in one year under one name: the earlier, replaced within months, is
# keyed by its own number; the name and year are the later one's ("Luật Tổ chức chính
# quyền địa phương" 65/2025/QH15 of February, replaced by 72/2025/QH15 of June 2025).
EARLIER_SAME_YEAR = frozenset({"65/2025/QH15"})


@dataclass(frozen=True, slots=True)
class Law:
    kind: str  # law | code | ordinance | constitution
    name: str  # full official name with its kind word: "Luật Đất đai"
    versions: tuple[int, ...]  # years passed, ascending
    aliases: tuple[str, ...]  # as written after the kind word ("BHXH") or whole ("BLHS")
    # year each version took effect where known, else its year of passage
    effective: tuple[int, ...] = ()
    # month each version was passed where known, else None
    months: tuple[int | None, ...] = ()

    @property
    def passages(self) -> tuple[tuple[int, int | None], ...]:
        """(year, month or None) each version was passed."""
        return tuple(zip(self.versions, self.months or (None,) * len(self.versions)))

    @property
    def short(self) -> str:
        """The name without its kind word ("Đất đai"); a constitution's whole name."""
        word = KIND_WORDS[self.kind]
        return self.name[len(word) + 1:] if self.kind != "constitution" else self.name


def _parse(table: str) -> tuple[Law, ...]:
    out = []
    for lineno, parts in rows(table, "laws", 4):
        if parts[0] not in KIND_WORDS:
            raise ValueError(f"laws table line {lineno}: want 'kind | name | years | aliases', "
                             f"got {' | '.join(parts)!r}")
        kind, name, years, aliases = parts
        full = name if kind == "constitution" else f"{KIND_WORDS[kind]} {name}"
        pairs = [_YEARS.fullmatch(y) for y in years.split()]
        if not all(pairs):
            raise ValueError(f"laws table line {lineno}: years must read '2013', "
                             f"'2015>2018' or '2024-06>2025', got {years!r}")
        passed = tuple(int(m[1]) for m in pairs)
        effective = tuple(int(m[3] or m[1]) for m in pairs)
        months = tuple(int(m[2]) if m[2] else None for m in pairs)
        out.append(Law(kind, full, passed,
                       tuple(a.strip() for a in aliases.split(";") if a.strip()), effective,
                       months))
    return tuple(out)


LAWS: tuple[Law, ...] = _parse(_TABLE)


@cache
def code_abbreviations() -> dict[str, Law]:
    """The codes' abbreviations the press writes on their own, without "Bộ luật"
    ("Điều 174 BLHS 2015", "BLTTHS năm 2003") -> the code."""
    return {a: law for law in LAWS if law.kind == "code" for a in law.aliases
            if a.startswith("BL") and is_abbreviation(a)}


def is_abbreviation(alias: str) -> bool:
    """"BHXH", "BLLĐ", "KH&CN": no lower-case letter; "Thuế TNCN" is a name."""
    return not any(c.islower() for c in alias)


def _keys(law: Law) -> list[tuple[str, bool]]:
    """(key, is_bare) for every lower-cased form of the law's name."""
    word = KIND_WORDS[law.kind]
    keys = [(law.name.lower(), False)]
    for bare in (law.short, *law.aliases) if law.kind != "constitution" else law.aliases:
        keys += [(bare.lower(), True), (f"{word} {bare}".lower(), False)]
        if law.kind == "code":  # the press writes "Luật Hình sự" for the code
            keys.append((f"luật {bare}".lower(), True))
    return keys


@cache
def by_name() -> dict[str, Law]:
    """Lower-cased name or alias, with and without its kind word -> Law. A bare name
    shared by kinds ("giá": Luật Giá, Pháp lệnh Giá) goes to the highest in _KIND_RANK
    (the law that replaced the ordinance)."""
    out: dict[str, Law] = {}
    rank: dict[str, int] = {}
    for law in LAWS:
        for key, bare in _keys(law):
            r = _KIND_RANK[law.kind] if bare else -1
            if key not in out or r < rank[key]:
                out[key], rank[key] = law, r
    return out


def version_in_force(law: Law, iso_date: str) -> int | None:
    """The year (of passage) of the latest version in force in the year of `iso_date`
    ("2017-05-03"), or None when the date precedes every version. A version counts from
    its year of effect where the table gives one, else from its year of passage (so one
    passed late in a year counts from that year, though it usually takes effect the next).
    By year only: a version that took effect mid-year counts from the 1st of January."""
    year = int(iso_date[:4])
    effective = law.effective or law.versions
    found = [v for v, e in zip(law.versions, effective) if e <= year]
    return found[-1] if found else None


def version_pending(law: Law, iso_date: str) -> bool:
    """Whether a version of `law` was passed by the year of `iso_date` but takes effect
    only in a later year: then the press speaks of the old law and of the new one alike
    ("đồng bộ với Luật Bảo hiểm xã hội" in November 2024, between the 2024 law's passage
    and its effect in July 2025)."""
    year = int(iso_date[:4])
    passed_by = _passed_by(iso_date)
    return any(v <= passed_by and year < e
               for v, e in zip(law.versions, law.effective or law.versions))


PASSED_FROM_MONTH = "07"


def _passed_by(iso_date: str) -> int:
    """The last year whose laws count as passed at `iso_date`: its own only from July,
    after the Assembly's mid-year session (a law of its autumn session then counts some
    months early, which costs a version, never gives a wrong one); in March it is not
    passed yet."""
    year = int(iso_date[:4])
    return year if iso_date[5:7] >= PASSED_FROM_MONTH else year - 1


def version_passed_by(law: Law, iso_date: str) -> int | None:
    """The year of the latest version of `law` passed by `iso_date` (_passed_by, or the
    month after the one it was passed in, where the table knows it), in force or not:
    what "Luật Du lịch sửa đổi" names, the amended law just passed, not the one it
    replaced."""
    found = [v for v, mo in law.passages if _passed(v, mo, iso_date)]
    return found[-1] if found else None


def _passed(year: int, month: int | None, iso_date: str) -> bool:
    """Whether a version passed in `year` (and `month`, if known) counts as passed at
    `iso_date`: from the month after it, or from July of its year (_passed_by)."""
    if month is None or year != int(iso_date[:4]):
        return year <= _passed_by(iso_date)
    return int(iso_date[5:7]) > month


def passed_later(law: Law, iso_date: str) -> bool:
    """Whether a version of `law` was passed after `iso_date`: in its month or later of
    the same year (where the table knows the month), or the next year."""
    year, month = int(iso_date[:4]), int(iso_date[5:7])
    return any(v == year + 1 or (v == year and mo is not None and mo >= month)
               for v, mo in law.passages)


@cache
def _never_passed() -> frozenset[str]:
    return frozenset(f"luật {n}".lower() for n in NEVER_PASSED)


def never_passed(name: str) -> bool:
    """Whether law `name` ("Luật Biểu tình") is a bill never passed (NEVER_PASSED)."""
    return " ".join(name.split()).lower() in _never_passed()


def extract_names() -> tuple[str, ...]:
    """Names as they follow a kind word in text: every name without its kind word, the
    aliases that are names rather than abbreviations, and the bills' names."""
    names = {law.short for law in LAWS if law.kind != "constitution"}
    names |= {a for law in LAWS if law.kind != "constitution"
              for a in law.aliases if not is_abbreviation(a)}
    return tuple(sorted(names | set(BILLS)))
