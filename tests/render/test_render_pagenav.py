"""The HTML page's navigation: contents that stay in view and a filter by locality and
mechanism (a small inline script; the page reads in full without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.render.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]
# The narrowest phone the page is laid out for (iPhone 12-15: 390 CSS px).
PHONE_WIDTH = 390
DESKTOP_WIDTH = 1280


def test_navigation_is_hidden_without_script_and_absent_from_print(seed_brief: Brief) -> None:
    screen = render_html(seed_brief, "zh")
    assert '<nav class="pagenav" id="pagenav" aria-label="目录" hidden>' in screen
    assert "<option>青岛市</option>" in screen and "<option>专班/指挥部</option>" in screen
    assert 'data-loc="青岛市"' in screen
    from reporter.render.html import render_print_html

    printed = render_print_html(seed_brief, "zh")
    assert "pagenav" not in printed and "data-loc" not in printed


@pytest.mark.slow
@pytest.mark.parametrize("width", [DESKTOP_WIDTH, PHONE_WIDTH])
def test_filter_by_locality_in_chromium(seed_brief: Brief, tmp_path: Path, width: int) -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "brief.html"
    page_file.write_text(render_html(seed_brief, "zh"), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 800})
            page.goto(page_file.as_uri())
            nav = page.locator("#pagenav")
            assert nav.is_visible()
            assert page.locator("article.card:visible").count() == 5
            page.select_option("#f-loc", "青岛市")
            cards = page.locator("article.card:visible")
            assert cards.count() == 1 and cards.first.get_attribute("data-loc") == "青岛市"
            rows = page.locator("tbody[data-loc]:visible")
            assert rows.count() > 0
            assert set(rows.evaluate_all("els => els.map(e => e.dataset.loc)")) == {"青岛市"}
            # A mechanism 青岛市 does not show (教育培训) has no row left: its section hides.
            assert not page.locator("section[data-mech='教育培训']").is_visible()
            page.select_option("#f-mech", "比拼/擂台/排名")
            assert page.locator("section[data-mech]:visible").count() == 1
            # Search within the articles: only the cards that contain the words stay.
            page.select_option("#f-loc", "")
            page.select_option("#f-mech", "")
            page.fill("#f-q", "擂台")
            shown = page.locator("article.card:visible")
            texts = shown.evaluate_all("els => els.map(e => e.textContent)")
            assert 0 < len(texts) < 5 and all("擂台" in x for x in texts)
            page.fill("#f-q", "")
            assert page.locator("article.card:visible").count() == 5
            # The contents stay in view after scrolling to the articles.
            page.evaluate("document.getElementById('articles').scrollIntoView()")
            box = nav.bounding_box()
            assert box is not None and box["y"] == 0
            # Nothing is wider than the screen: tables scroll inside themselves.
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width
            page.screenshot(path=str(tmp_path / f"nav-{width}.png"))
        finally:
            browser.close()
