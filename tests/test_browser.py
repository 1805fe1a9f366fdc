"""The page in a real browser: Debian's chromium, headless, driven by Playwright.

No request may leave the file, no console error may appear, the canvas must draw, and
script payloads in article text must show as text and run nothing.

Needs /usr/bin/chromium (apt-get install chromium; or REFGRAPH_CHROMIUM=/path) and the
playwright pip package. Never `playwright install`: its browser download is not allowed
here. A missing browser is a failure, not a skip: CI installs it.
"""
from __future__ import annotations

import importlib.util
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


def test_physics_settles_and_stops(seed_page):
    assert seed_page.js("() => refgraph.network.physics.physicsEnabled") is False
    assert seed_page.js("() => document.getElementById('loading').hidden") is True


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
    # neighbourhood highlight: 71-KL/TW is not a neighbour of 57-KL/TW, 47/NQ-CP is
    far, near = seed_page.node_id("doc:71-KL/TW@2024"), seed_page.node_id("doc:47/NQ-CP@2024")
    colors = seed_page.js("ids => ids.map(i => refgraph.nodes.get(i).color.background)",
                          [far, near])
    assert colors[0] == "#eeeeee" and colors[1] != "#eeeeee"
    seed_page.check_clean()


def test_filters(seed_page):
    pg = seed_page.page
    pg.select_option("#f-type", "conclusion")
    hidden = seed_page.js("() => refgraph.nodes.get({filter: n => n.hidden}).length")
    d47 = seed_page.node_id("doc:47/NQ-CP@2024")
    assert seed_page.js("i => refgraph.nodes.get(i).hidden", d47) is True
    assert hidden == 2  # 47/NQ-CP@2024 and its body, Chính phủ
    pg.select_option("#f-type", "")
    pg.select_option("#f-year", "2024")
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


# --- script payloads in article text stay inert ----------------------------------------

@pytest.fixture(scope="module")
def xss_page(browser, tmp_path_factory):
    text = "Tiêu đề\nTheo Kết luận số 99-KL/TW của Bộ Chính trị về thông tin, bài viết."
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
    tip = pg.locator("div.vis-tooltip")
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
    # search results
    pg.fill("#search", "alert")
    assert XSS_TITLE in pg.locator("#results").inner_text()
    assert pg.locator("#side img, #side script, #side b, #results img").count() == 0
    assert xss_page.js("() => window.__xss === undefined")
    xss_page.check_clean()


# --- a large page settles ----------------------------------------------------------------

def test_two_thousand_nodes_settle(browser, tmp_path):
    spec = importlib.util.spec_from_file_location("bench_graph", ROOT / "bench" / "graph.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    store = Store.open(None)
    for art, ex in bench.synthetic(10_000):
        store.add(art, ex)
    store.finalize()
    path = _page_file(tmp_path, store, max_nodes=2000)
    store.close()
    p = Page(browser, path, timeout_s=60)
    try:
        n = p.js("() => refgraph.data.nodes.length")
        assert 1500 <= n <= 2000
        assert p.load_s < 30, f"{n} nodes took {p.load_s:.1f}s to settle"
        assert p.js("() => refgraph.network.physics.physicsEnabled") is False
        # still: positions do not move once settled
        before = p.js("() => refgraph.network.getPositions()")
        p.page.wait_for_timeout(500)
        assert p.js("() => refgraph.network.getPositions()") == before
        p.check_clean()
    finally:
        p.close()
