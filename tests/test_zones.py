"""Body and related zones of scraped pages (shapes of ../shared/seeds)."""
from __future__ import annotations

from pathlib import Path

from refgraph import extract

PROSE = ("Tại hội nghị, các đại biểu đã nghe báo cáo về tình hình triển khai nhiệm vụ phát "
         "triển khoa học, công nghệ của tỉnh trong năm qua, với nhiều kết quả được đánh giá "
         "cao; các sở, ngành được yêu cầu tiếp tục rà soát, hoàn thiện kế hoạch trong quý tới.")


def zones(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.zone) for c in extract(text)]


def test_everything_after_a_related_heading_is_related() -> None:
    text = ("Tiêu đề\n" + PROSE + " Thực hiện Kết luận số 57-KL/TW, tỉnh đã ban hành kế hoạch.\n"
            "Tin bài liên quan\n\nGia Lai chủ động trong thông tin đối ngoại\n"
            "Các tin bài khác\n\nTổng Bí thư Tô Lâm: Nhận thức đầy đủ, sâu sắc về Nghị quyết 57 của Bộ Chính trị\n")
    assert zones(text) == [("Kết luận số 57-KL/TW", "body"), ("Nghị quyết 57", "related")]


def test_headings_in_capitals_and_with_colon() -> None:
    text = "Tiêu đề\n" + PROSE + "\nTIN LIÊN QUAN:\nNghị định 13/2023/NĐ-CP có hiệu lực\n"
    assert zones(text) == [("Nghị định 13/2023/NĐ-CP", "related")]


def test_the_source_line_closes_the_article() -> None:
    text = ("Tiêu đề\n" + PROSE + " Nghị quyết số 47/NQ-CP ngày 15/4/2024 của Chính phủ.\n\n"
            "Nguồn: https://baoquocte.vn/bai-viet-281922.html\n\n"
            "Siết chặt quản lý thuốc chứa Esketamine theo Nghị định số 57/2022/NĐ-CP.\n")
    assert zones(text) == [("Nghị quyết số 47/NQ-CP", "body"),
                           ("Nghị định số 57/2022/NĐ-CP", "related")]


def test_a_box_inside_the_article_ends_where_its_prose_resumes() -> None:
    text = ("Tiêu đề\n" + PROSE + "\n\nTin liên quan\n\nThủ tướng ký Nghị định 13/2023/NĐ-CP về dữ liệu\n\n"
            + PROSE + " Nghị quyết 57-NQ/TW là đột phá.\n\nNguồn: https://x.vn/a.html\n\n"
            "Đọc nhiều\n\nNghị định 100/2019/NĐ-CP sửa đổi\n")
    assert zones(text) == [("Nghị định 13/2023/NĐ-CP", "related"), ("Nghị quyết 57-NQ/TW", "body"),
                           ("Nghị định 100/2019/NĐ-CP", "related")]


def test_teaser_lines_before_the_lists() -> None:
    text = ("Tiêu đề\n" + PROSE + "\n![]() Tối 12/10, Bộ trưởng công bố Quyết định 1234/QĐ-TTg về giải thưởng. |\n"
            ">> Xem thêm: Thông tư 01/2023/TT-BTTTT có gì mới\n" + PROSE + " Chỉ thị 05-CT/TW.\n")
    assert zones(text) == [("Quyết định 1234/QĐ-TTg", "related"), ("Thông tư 01/2023/TT-BTTTT", "related"),
                           ("Chỉ thị 05-CT/TW", "body")]


def test_a_heading_word_inside_a_sentence_is_not_a_heading() -> None:
    text = "Tiêu đề\nBài viết có thể bạn quan tâm: Nghị định 15/2020/NĐ-CP quy định xử phạt.\n"
    assert zones(text) == [("Nghị định 15/2020/NĐ-CP", "body")]


def test_an_early_box_without_source_line_ends_at_the_prose() -> None:
    text = ("Tiêu đề\nTin nổi bật\nThủ tướng ký Nghị định 13/2023/NĐ-CP về dữ liệu\n"
            + (PROSE + "\n") * 3 + PROSE + " Thực hiện Kết luận số 57-KL/TW, tỉnh đã ban hành kế hoạch.\n")
    assert zones(text) == [("Nghị định 13/2023/NĐ-CP", "related"), ("Kết luận số 57-KL/TW", "body")]


def test_portal_headings_and_trailing_arrows() -> None:
    # 2024-25 government portals and news sites: "Các tin đã đưa", "Tin khác cùng chuyên
    # mục", "Xem thêm >>", "Tin khác »"
    for heading in ("Các tin đã đưa", "Tin khác cùng chuyên mục", "Bài viết cùng chuyên mục",
                    "Các tin mới hơn", "Xem thêm >>", "Tin khác »", "Đọc thêm bài viết"):
        text = "Tiêu đề\n" + PROSE + "\n" + heading + "\nKết luận 127-KL/TW về sắp xếp tỉnh\n"
        assert zones(text) == [("Kết luận 127-KL/TW", "related")], heading


def test_an_inline_box_late_in_a_page_ends_where_its_prose_resumes() -> None:
    # a "Tin liên quan" box after the article's second quarter, no source line: the
    # article goes on after its teasers (a page's tail of "Đọc nhiều" does not)
    text = ("Tiêu đề\n" + (PROSE + "\n") * 3 + "Tin liên quan\nKết luận 127-KL/TW: sắp xếp "
            "tỉnh\n" + PROSE + " Nghị quyết số 35-NQ/TW của Bộ Chính trị được quán triệt.\n")
    assert zones(text) == [("Kết luận 127-KL/TW", "related"), ("Nghị quyết số 35-NQ/TW", "body")]
    tail = text.replace("Tin liên quan", "Đọc nhiều")
    assert zones(tail) == [("Kết luận 127-KL/TW", "related"),
                           ("Nghị quyết số 35-NQ/TW", "related")]


def test_headings_with_bullets_and_counts() -> None:
    for heading in ("■ Tin liên quan", "Bình luận (0)", "- Xem thêm:", "## Đọc nhiều"):
        text = "Tiêu đề\n" + PROSE + "\n" + heading + "\nNghị định 13/2023/NĐ-CP có hiệu lực\n"
        assert zones(text) == [("Nghị định 13/2023/NĐ-CP", "related")], heading


def test_source_lines_finds_what_the_line_pattern_finds() -> None:
    from pathlib import Path

    from refgraph.patterns import SOURCE_LINE, source_lines

    url = "https://baoquocte.vn/bai-viet-281922.html"
    texts = [p.read_text("utf-8") for p in sorted(
        (Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))]
    texts += [
        f"Nguồn: {url}\n",                                   # at the very start
        f"Tiêu đề\n  Nguồn :  {url}  \nNguồn: {url}\n",       # spaced, then again
        f"Theo Nguồn: {url}\nNguồn tin: Bộ Y tế\n",          # not at a line start; no URL
        f"Nguồn Nguồn: {url}\n\tNguồn: {url}",                # the word twice; no last \n
        PROSE,                                                # none
    ]
    spans = lambda ms: [(m.start(), m.end(), m.group("url")) for m in ms]
    for t in texts:
        for pos in (0, 1, 5, 300, len(t) // 2):
            assert spans(source_lines(t, pos)) == spans(SOURCE_LINE.finditer(t, pos)), (t, pos)
    assert len(list(source_lines(texts[-4]))) == 2


def test_line_start_twins_find_what_the_caret_patterns_find() -> None:
    # zones run the heading, prose and teaser patterns only at newlines (speed): the same
    # spans as the ^ patterns with re.M on every page of both corpora, from every start
    from refgraph import patterns as P
    from refgraph.corpus import iter_articles
    from refgraph.lines import line_finditer, line_search

    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    texts = [a.text for a in iter_articles([str(shared / "baomoi-2017"),
                                            str(shared / "tuoitre-2024")], skips=lambda s: None)]
    texts += ["Tin liên quan\nx", "\nTin liên quan:\n", ">> Xem thêm: abc\n>> Xem thêm: d",
              "a\n\n![](x.jpg) Ảnh khác\n"]
    assert len(texts) > 3000
    found = 0
    for first, after in ((P.RELATED_HEADING, P.RELATED_HEADING_NL),
                         (P.PROSE_PARAGRAPH, P.PROSE_PARAGRAPH_NL),
                         (P.RELATED_LINE, P.RELATED_LINE_NL)):
        for t in texts:
            end = len(t) - len(t) // 7  # an end before the text's, as zones pass one
            want = [m.span() for m in first.finditer(t, 0, end)]
            assert list(line_finditer(first, after, t, 0, end)) == want, first.pattern[:40]
            for pos in (1, len(t) // 3):
                m = first.search(t, pos, end)
                got = line_search(first, after, t, pos, end)
                assert (got and (got[0], got[1].end())) == (m and m.span())
            found += len(want)
    assert found > 500  # 910 on the two corpora


def test_a_legal_sites_list_of_new_documents_is_related() -> None:
    # an audited 2017 page reprinted on a legal-news site in 2025: its list of other
    # documents, under "VĂN BẢN NỔI BẬT MỚI CẬP NHẬT", is no citation of the article's
    text = ("Tiêu đề\n" + PROSE + " Quyết định 58/2016/QĐ-TTg thay thế Quyết định "
            "37/2014/QĐ-TTg.\n\nVĂN BẢN NỔI BẬT MỚI CẬP NHẬT\n"
            "  • 17:50 | 04/07/2025 Thông tư 17/2025/TT-BXD định mức, phương pháp lập và quản "
            "lý chi phí cho hoạt động quy hoạch đô thị và nông thôn\n")
    assert zones(text) == [("Quyết định 58/2016/QĐ-TTg", "body"),
                           ("Quyết định 37/2014/QĐ-TTg", "body"),
                           ("Thông tư 17/2025/TT-BXD", "related")]


def test_may_interest_you_cards_run_to_the_pages_end() -> None:
    # an audited 2025 news page: under "Có thể bạn quan tâm", other stories' cards, each
    # its title twice and a summary paragraph, which is no prose of the article resuming
    text = ("Tiêu đề\n" + (PROSE + "\n\n") * 3 + "Có thể bạn quan tâm\n\n"
            "[Video] Thêm trường hợp được cấp sổ đỏ\n\n[Video] Thêm trường hợp được cấp sổ đỏ\n\n"
            "Theo Luật Đất đai năm 2024 và Nghị quyết 254/2025 của Quốc hội, từ năm 2026 thêm "
            "hai trường hợp được xem xét cấp giấy chứng nhận quyền sử dụng đất lần đầu cho "
            "người dân đang sử dụng đất ổn định, không có tranh chấp tại địa phương.\n\n"
            "[Video] Lãi suất tiết kiệm tăng\n")
    assert zones(text) == [("Luật Đất đai năm 2024", "related"),
                           ("Nghị quyết 254/2025", "related")]
