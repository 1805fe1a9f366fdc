"""Screenshots of the real page for the README, in headless Chromium at 1400x900.

    python docs/make_screenshots.py [--corpus /work/shared/corpus/baomoi-2017]

Builds the sample page (samples/) and the corpus page with `refgraph graph`, opens each
from its file with every other request refused, and writes:

  docs/page-sample.png            the seeds, 57-KL/TW selected (search "ket luan 57")
  docs/page-corpus.png            the baomoi corpus as it opens
  docs/page-corpus-selected.png   the same, "Bộ luật Hình sự" picked from the search
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def build(paths: list[str], out: Path) -> None:
    from click.testing import CliRunner

    from refgraph.cli import main

    r = CliRunner().invoke(main, ["graph", *paths, "-o", str(out), "-q"])
    if r.exit_code not in (0, 3):  # 3: some input skipped, the page is still written
        raise SystemExit(f"refgraph graph failed ({r.exit_code}): {r.output}")


def shoot(browser, page_file: Path, shots: list[tuple[str | None, Path]]) -> None:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    url = page_file.resolve().as_uri()
    ctx.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)
    for query, png in shots:
        if query:
            page.fill("#search", query)
            page.press("#search", "Enter")
            page.wait_for_timeout(800)  # the fit animation
        page.screenshot(path=str(png))
        print(f"wrote {png.relative_to(ROOT)}")
    ctx.close()
    if errors:
        raise SystemExit(f"{page_file}: {errors}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpus/baomoi-2017")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get(
            "REFGRAPH_CHROMIUM", "/usr/bin/chromium"), headless=True, args=FLAGS)
        sample, corpus = Path(tmp) / "sample.html", Path(tmp) / "corpus.html"
        build([str(ROOT / "samples")], sample)
        shoot(browser, sample, [("ket luan 57", docs / "page-sample.png")])
        build([args.corpus], corpus)
        shoot(browser, corpus, [(None, docs / "page-corpus.png"),
                                ("bo luat hinh su", docs / "page-corpus-selected.png")])
        browser.close()


if __name__ == "__main__":
    main()
