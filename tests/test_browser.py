"""The page in a real browser: Debian's chromium, headless, driven by Playwright.

No request may leave the file, no console error may appear, the canvas must draw, and
script payloads in article text must show as text and run nothing.

Needs /usr/bin/chromium (apt-get install chromium; or REFGRAPH_CHROMIUM=/path) and the
playwright pip package. Never `playwright install`: its browser download is not allowed
here. A missing browser is a failure, not a skip: CI installs it.
"""
from __future__ import annotations

import json

import os
import shutil
import struct
import time
import zlib
from pathlib import Path

import pytest

from refgraph import graph as g
from refgraph import render
from refgraph.corpus import iter_articles
from refgraph.extract import extract_article
from refgraph.models import Article, Citation, Extraction, Relation
from refgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# As root in a container chromium needs --no-sandbox; the rest keep it from calling home
# (the closed network refuses those connections, and they would count as requests).
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-dev-shm-usage"]
XSS_TITLE = '<script>alert(1)</script><img src=x onerror="alert(2);window.__xss=1">'
XSS_SUBJECT = '<img src=x onerror="window.__xss=2"> về <b>thông tin</b>'


def _chromium() -> str:
    path = os.environ.get("REFGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        pytest.fail("Debian chromium not found (looked for $REFGRAPH_CHROMIUM, `chromium` on "
                    "PATH, /usr/bin/chromium): apt-get install -y chromium", pytrace=False)
    return path


@pytest.fixture(scope="module")
def browser():
    path = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright pip package is missing: pip install playwright "
                    "(the browser is Debian's chromium; do not run `playwright install`)",
                    pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


class Page:
    """A page opened from a file, recording everything that would make the test fail."""

    def __init__(self, browser, path: Path, timeout_s: float = 60):
        self.ctx = browser.new_context(viewport={"width": 1280, "height": 800},
                                       service_workers="block")
        self.page = self.ctx.new_page()
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and
                     self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        # Anything that is not this file is refused (and recorded above).
        self.ctx.route("**/*", lambda route: route.continue_()
                       if route.request.url == self.url else route.abort())
        t0 = time.monotonic()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-state=ready]", timeout=timeout_s * 1000)
        self.load_s = time.monotonic() - t0

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_id(self, node: str) -> int:
        """The page's numeric id of a graph node (order of G.nodes)."""
        return self.js("""k => { const n = refgraph.data.nodes.find(n =>
            (n.kind === 'document' && 'doc:' + n.key === k) ||
            (n.kind === 'article' && 'article:' + n.article_id === k) ||
            (n.kind === 'body' && 'body:' + n.name === k)); return n ? n.i : null; }""", node)

    def check_clean(self) -> None:
        outside = [u for u in self.requests if u != self.url and not u.startswith("data:")]
        assert outside == [], f"requests left the file: {outside}"
        assert self.errors == [], f"console: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"

    def close(self) -> None:
        self.ctx.close()


def _png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit non-interlaced PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        (length,), ctype = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        chunk = png[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif ctype == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line[j] for k in range(0, stride, bpp) for j in range(k, k + 3)))
        prev = line
    return width, height, rows


def _seed_store(include=()) -> Store:
    s = Store.open(None)
    for art in iter_articles([str(SAMPLES)]):
        s.add(art, extract_article(art))
    for art, ex in include:
        s.add(art, ex)
    s.finalize()
    return s


def _page_file(tmp_path: Path, store: Store, name: str = "refgraph.html", **view) -> Path:
    G = g.build_graph(store)
    v = g.view(G, **view)
    out = tmp_path / name
    render.write_html(v.graph, out, source=G, notes=v.notes)
    return out


# --- the seeds ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_page(browser, tmp_path_factory):
    store = _seed_store()
    path = _page_file(tmp_path_factory.mktemp("seed"), store)
    store.close()
    p = Page(browser, path)
    yield p
    p.close()


def test_canvas_draws(seed_page, tmp_path):
    shot = seed_page.page.locator("#network").screenshot(path=str(tmp_path / "network.png"))
    w, h, rows = _png_pixels(shot)
    px = [r[i:i + 3] for r in rows for i in range(0, len(r), 3)]
    not_white = sum(1 for c in px if c != b"\xff\xff\xff")
    assert not_white > 0.002 * w * h, f"canvas looks blank: {not_white} of {w * h} pixels"
    assert len(set(px)) > 10, "canvas has hardly any colours: nothing drawn?"
    # and vis-network drew on its own canvas, not just the page around it
    drawn = seed_page.js("""() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert drawn > 500
    seed_page.check_clean()


def test_opens_still_at_python_positions(seed_page):
    assert seed_page.js("() => refgraph.network.physics.physicsEnabled") is False
    moved = seed_page.js("""() => refgraph.data.nodes.filter(n => {
        const p = refgraph.network.getPositions([n.i])[n.i];
        return Math.abs(p.x - n.x) >= 1 || Math.abs(p.y - n.y) >= 1; }).length""")
    assert moved == 0  # getPositions gives whole units


def test_search_select_and_highlight(seed_page):
    pg = seed_page.page
    pg.fill("#search", "ket luan 57")  # folded, no diacritics
    first = pg.locator("#results li").first
    assert first.inner_text().startswith("57-KL/TW")
    pg.press("#search", "Enter")
    assert pg.locator("#details h3").inner_text() == "57-KL/TW"
    details = pg.locator("#details").inner_text()
    assert "Bộ Chính trị" in details and "47/NQ-CP@2024" in details  # body and relation
    assert "thực hiện" in details
    # the evidence: both seed articles, each with the sentence and the citation marked
    marks = pg.locator("#details ol.evidence mark").all_inner_texts()
    assert marks == ["Kết luận số 57-KL/TW", "Kết luận số 57-KL/TW"]
    assert "Chương trình hành động của Chính phủ" in details
    # neighbourhood highlight: 71-KL/TW is not a neighbour of 57-KL/TW, 47/NQ-CP is
    far, near = seed_page.node_id("doc:71-KL/TW@2024"), seed_page.node_id("doc:47/NQ-CP@2024")
    colors = seed_page.js("ids => ids.map(i => refgraph.nodes.get(i).color.background)",
                          [far, near])
    assert colors[0] == "#e6e6e6" and colors[1] != "#e6e6e6"
    seed_page.check_clean()


def _toggle(page, box: str, value: str) -> None:
    page.click(f"#{box} summary")
    page.locator(f"#{box} input[value='{value}']").click()
    page.click("header h1")  # closes the drop-down


def test_filters(seed_page):
    pg = seed_page.page
    pg.click("#reset")
    _toggle(pg, "f-type", "resolution")  # every type but resolutions
    d47 = seed_page.node_id("doc:47/NQ-CP@2024")
    assert seed_page.js("i => refgraph.nodes.get(i).hidden", d47) is True
    hidden = seed_page.js("() => refgraph.nodes.get({filter: n => n.hidden}).length")
    assert hidden == 2  # 47/NQ-CP@2024 and its body, Chính phủ
    assert pg.locator("#list tbody tr").count() == 2  # the list follows
    assert "type=conclusion" in seed_page.js("() => location.hash")
    _toggle(pg, "f-type", "resolution")
    # years: the seeds' dated documents are all 2024; unknown years can be left out
    pg.uncheck("#y-unknown")
    assert seed_page.js("i => refgraph.nodes.get(i).hidden", d47) is False
    d57 = seed_page.node_id("doc:57-KL/TW")  # year unknown
    assert seed_page.js("i => refgraph.nodes.get(i).hidden", d57) is True
    pg.click("#reset")
    assert seed_page.js("() => refgraph.nodes.get({filter: n => n.hidden}).length") == 0
    seed_page.check_clean()


def test_legend(seed_page):
    legend = seed_page.page.locator("#legend").inner_text()
    for word in ("Kết luận", "Nghị quyết", "Cơ quan Đảng", "Cơ quan Nhà nước", "thực hiện"):
        assert word in legend
    assert "(conclusion)" not in legend  # Vietnamese only


# --- script payloads in article text stay inert ----------------------------------------

@pytest.fixture(scope="module")
def xss_page(browser, tmp_path_factory):
    text = ("Tiêu đề\n<b onmouseover=\"window.__xss=3\">Theo</b> Kết luận số 99-KL/TW của Bộ "
            "Chính trị về thông tin, bài viết.")
    start = text.index("Kết luận")
    cit = Citation(start=start, end=start + len("Kết luận số 99-KL/TW"),
                   text="Kết luận số 99-KL/TW", type="conclusion", number="99", issuer="TW",
                   year=None, date=None, body="Bộ Chính trị", key="99-KL/TW", form="full",
                   title=XSS_SUBJECT)
    bad = Article(id="xss.txt", text=text, title=XSS_TITLE, url="javascript:alert(3)",
                  body_start=text.index("\n"))
    ex = Extraction([cit], [Relation("99-KL/TW", "57-KL/TW", "implements", start, start + 5)])
    store = _seed_store(include=[(bad, ex)])
    path = _page_file(tmp_path_factory.mktemp("xss"), store)
    store.close()
    p = Page(browser, path)
    yield p
    p.close()


def test_payloads_show_as_text(xss_page):
    pg = xss_page.page
    art = xss_page.node_id("article:xss.txt")
    assert art is not None
    # tooltip: hover the node where vis drew it
    pos = xss_page.js("""i => { const p = refgraph.network.getPositions([i])[i];
        return refgraph.network.canvasToDOM(p); }""", art)
    box = pg.locator("#network").bounding_box()
    pg.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    tip = pg.locator("#tip")
    tip.wait_for(state="visible", timeout=5000)
    assert XSS_TITLE in tip.inner_text()
    assert tip.locator("img, script").count() == 0
    # details panel, via a click on the node
    pg.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    assert pg.locator("#details h3").inner_text() == XSS_TITLE
    # the javascript: URL never became a link
    assert pg.locator("#details a[href]").count() == 0
    # the document whose subject carries markup
    xss_page.js("k => refgraph.select(k)", xss_page.node_id("doc:99-KL/TW"))
    assert XSS_SUBJECT in pg.locator("#details").inner_text()
    # the snippet, cut from the article text around the citation, stays text too
    assert '<b onmouseover="window.__xss=3">Theo</b>' in pg.locator(
        "#details ol.evidence").inner_text()
    assert pg.locator("#details ol.evidence mark").inner_text() == "Kết luận số 99-KL/TW"
    assert XSS_TITLE in pg.locator("#details ol.evidence").inner_text()
    # search results
    pg.fill("#search", "alert")
    assert XSS_TITLE in pg.locator("#results").inner_text()
    assert pg.locator("#side img, #side script, #side b, #results img, #list img").count() == 0
    assert xss_page.js("() => window.__xss === undefined")
    xss_page.check_clean()


# --- the corpus page: 2,769 baomoi articles, as a user would build it ---------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "baomoi-2017"


@pytest.fixture(scope="module")
def corpus_page(browser, tmp_path_factory):
    from click.testing import CliRunner

    from refgraph.cli import main

    if not CORPUS.is_dir():
        pytest.fail(f"the baomoi corpus is missing: {CORPUS}", pytrace=False)
    out = tmp_path_factory.mktemp("corpus") / "corpus.html"
    r = CliRunner().invoke(main, ["graph", str(CORPUS), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    # what `refgraph docs` ranks first is what the page must draw largest
    docs = CliRunner().invoke(main, ["docs", str(CORPUS), "--format", "json"])
    assert docs.exit_code == 0, docs.output
    ranked = json.loads(docs.stdout)
    p = Page(browser, out, timeout_s=30)
    p.top_doc = (ranked[0]["key"], ranked[0]["n_articles"])
    p.n_articles = {d["key"]: d["n_articles"] for d in ranked}
    p.page.set_viewport_size({"width": 1400, "height": 900})
    yield p
    p.close()


def _in_view(p: Page, ids: list[int]) -> list[int]:
    """Those of ids whose node centre is inside the drawn canvas."""
    return p.js("""ids => { const c = document.getElementById('network');
        const w = c.clientWidth, h = c.clientHeight;
        return ids.filter(i => { const d = refgraph.network.canvasToDOM(
            refgraph.network.getPositions([i])[i]);
            return d.x >= 0 && d.x <= w && d.y >= 0 && d.y <= h; }); }""", ids)


def test_corpus_labels_at_first_paint(corpus_page):
    p = corpus_page
    # ready is set by the first frame that drew labels: they come with the first paint
    assert p.js("() => refgraph.firstLabelledMs") is not None
    labels = p.js("() => refgraph.labels")
    top = p.js("() => refgraph.ranked.slice(0, 3).map(n => n.i)")
    assert len(labels) >= 15
    # the most cited are labelled first, each on whichever side of its node is free
    assert set(top) <= {b["i"] for b in labels}, "the three most cited are labelled"
    for k, a in enumerate(labels):  # never overlapping
        for b in labels[k + 1:]:
            assert (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or
                    a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]), (a, b)
    # the whole graph is in view on load
    n = p.js("() => refgraph.data.nodes.length")
    assert len(_in_view(p, list(range(n)))) == n
    p.check_clean()


def test_corpus_most_cited_is_largest(corpus_page):
    p = corpus_page
    # the most cited document of the baomoi corpus, as `refgraph docs` ranks it, is drawn
    # the largest; documents cited by fewer articles are drawn strictly smaller (two
    # documents cited by as many articles are drawn alike)
    docs = p.js("""() => refgraph.data.nodes.filter(n => n.kind === 'document')
        .map(n => [n.key, n.n_articles, refgraph.network.body.nodes[n.i].shape.options.size])""")
    key, n_max = p.top_doc
    assert max(n for _, n, _ in docs) == n_max
    biggest = max(size for _, _, size in docs)
    assert [size for k, _, size in docs if k == key] == [biggest]
    assert all(size < biggest for _, n, size in docs if n < n_max)
    assert all(size == biggest for _, n, size in docs if n == n_max)
    # bodies are a fixed mark, not sized by their hundreds of citations
    body_sizes = p.js("""() => refgraph.data.nodes.filter(n => n.kind === 'body')
        .map(n => refgraph.network.body.nodes[n.i].shape.options.size)""")
    assert set(body_sizes) == {render.BODY_SIZE}


def test_corpus_search_select_fits_neighbours(corpus_page):
    p, pg = corpus_page, corpus_page.page
    pg.fill("#search", "57")
    keys = pg.locator("#results li").all_inner_texts()
    joined = "\n".join(keys)
    assert "57-QĐ/TW" in joined and "57/2008/QĐ-BNN" in joined
    for partial in ("1557/QĐ-TTg", "15700/BTC-TCDN", "157/2013/NĐ-CP", "2257/QĐ-BGTVT"):
        assert partial not in joined  # numbers match whole
    pg.fill("#search", "bo luat hinh su")
    pg.press("#search", "ArrowDown")  # the second hit
    second = pg.locator("#results li.active").inner_text()
    pg.press("#search", "ArrowUp")
    first = pg.locator("#results li.active").inner_text()
    assert first != second  # the arrows moved the choice
    pg.press("#search", "Enter")
    assert pg.locator("#details h3").inner_text() == "Bộ luật Hình sự"
    pg.wait_for_timeout(700)  # the fit animation
    sel = p.node_id("doc:Bộ luật Hình sự")
    # its documents (co-cited) and relations; its body, Quốc hội, sits at the centre of
    # its 300 documents and is framed only when selected itself
    nb = p.js("""i => refgraph.network.getConnectedNodes(i)
        .filter(m => refgraph.data.nodes[m].kind !== 'body')""", sel)
    assert len(nb) >= 20
    assert sorted(_in_view(p, [sel] + nb)) == sorted([sel] + nb)
    assert p.js("() => refgraph.network.getScale()") > 0.3  # closer than the whole map
    assert pg.locator("#list tr.sel").inner_text().split("\t")[1].strip() == "Bộ luật Hình sự"
    p.check_clean()


def test_corpus_panel_shows_snippets(corpus_page):
    p, pg = corpus_page, corpus_page.page
    p.js("i => refgraph.select(i)", p.node_id("doc:Bộ luật Hình sự"))
    items = pg.locator("#details ol.evidence li")
    assert items.count() == 12
    marks = pg.locator("#details ol.evidence mark").all_inner_texts()
    # (the citation's own words: the name, or the abbreviation court news writes)
    assert all("hình sự" in m.lower() or m == "BLHS" for m in marks), marks
    n = corpus_page.n_articles["Bộ luật Hình sự"]  # as `refgraph docs` counts them
    pg.click(f"#details button:has-text('Hiện tất cả ({n})')")
    assert items.count() == n
    # the CSV the copy button copies: a header and one row per citing article
    rows = p.js("i => refgraph.evidenceCsv(i)", p.node_id("doc:Bộ luật Hình sự")).splitlines()
    assert rows[0] == "van_ban,ngay,tieu_de,url,trich_doan" and len(rows) == n + 1
    p.check_clean()


def test_corpus_hash_restores_selection(corpus_page):
    p, pg = corpus_page, corpus_page.page
    p.js("i => refgraph.select(i)", p.node_id("doc:67/2014/NĐ-CP"))
    # 5-CT/TW@2016: "Chỉ thị 05" joined to its dated document (issue 10)
    p.js("i => refgraph.select(i)", p.node_id("doc:5-CT/TW@2016"))
    assert "sel=d%3A5-CT%2FTW%402016" in p.js("() => location.hash")
    pg.reload()
    pg.wait_for_selector("body[data-state=ready]", timeout=30000)
    assert pg.locator("#details h3").inner_text() == "5-CT/TW@2016"
    assert p.js("() => refgraph.state.sel") == p.node_id("doc:5-CT/TW@2016")
    pg.go_back()  # the previous selection, not another page
    pg.wait_for_function("() => refgraph.state.sel !== null && "
                         "document.querySelector('#details h3').textContent === '67/2014/NĐ-CP'")
    assert pg.url.startswith(p.url)
    p.check_clean()


def test_corpus_filters_years_and_exports(corpus_page):
    p, pg = corpus_page, corpus_page.page
    pg.click("#reset")
    p.js("""() => { const a = document.getElementById('y-min'), b = document.getElementById('y-max');
        a.value = 2015; a.dispatchEvent(new Event('input'));
        b.value = 2016; b.dispatchEvent(new Event('input')); }""")
    pg.uncheck("#y-unknown")
    years = {int(t) for t in pg.locator("#list tbody td:nth-child(5)").all_inner_texts()}
    assert years == {2015, 2016}
    assert "years=2015-2016" in p.js("() => location.hash")
    # the list's CSV has the rows the list shows: every document of 2015 and 2016
    csv_rows = p.js("() => refgraph.listCsv()").splitlines()
    want = p.js("""() => refgraph.data.nodes.filter(n => n.kind === 'document' &&
        (n.year === 2015 || n.year === 2016)).length""")
    assert len(csv_rows) - 1 == want > 100
    assert pg.locator("#list-head").inner_text().startswith(f"{want} văn bản")
    assert p.js("() => refgraph.viewPng()").startswith("data:image/png;base64,")
    # the legend filters too
    pg.click("#reset")
    pg.click("#legend li:has-text('Quyết định')")
    assert "Quyết định" not in set(pg.locator("#list tbody td:nth-child(6)").all_inner_texts())
    pg.click("#reset")
    p.check_clean()


def test_corpus_body_filter_merges_spellings(corpus_page):
    p, pg = corpus_page, corpus_page.page
    pg.click("#reset")
    options = pg.locator("#f-body .opts label").all_text_contents()
    # the corpus spells it both ways ("Bộ chính trị" once): one choice, the usual spelling
    assert sum(o.startswith("Bộ Chính trị") for o in options) == 1
    assert not any(o.startswith("Bộ chính trị") for o in options)
    pg.click("#f-body summary")
    pg.click("#f-body button:has-text('Bỏ chọn')")
    pg.locator("#f-body input[value='bộ chính trị']").click()
    pg.click("header h1")
    want = p.js("""() => refgraph.data.nodes.filter(n => n.kind === 'document' &&
        (n.body === 'Bộ Chính trị' || n.body === 'Bộ chính trị')).length""")
    bodies = pg.locator("#list tbody td:nth-child(7)").all_inner_texts()
    # since issue 10 the store folds the spellings too: documents carry one
    assert set(bodies) == {"Bộ Chính trị"} and len(bodies) == want
    pg.click("#reset")
    p.check_clean()
