"""The preview server: serves the brief on loopback, rebuilds on change, works in Chromium."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.render.html import render_html
from reporter.render.preview import PreviewServer, make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SECTIONS = ("cover", "exec", "mechanisms", "other", "articles", "quality", "methods")


def _get(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, "", {}


@pytest.fixture()
def watched(tmp_path: Path) -> Path:
    f = tmp_path / "input.txt"
    f.write_text("v1", "utf-8")
    return f


@pytest.fixture()
def server(seed_brief: Brief, watched: Path) -> Iterator[PreviewServer]:
    events: list[str] = []

    def build() -> str:
        # The watched file's content shows up in the page, so a rebuild is visible.
        marker = watched.read_text("utf-8")
        return render_html(seed_brief, "zh").replace(
            "</body>", f"<p id='marker'>{marker}</p></body>"
        )

    srv = make_server(build, [watched.parent], port=0, on_event=events.append)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def test_serves_the_brief_on_loopback(server: PreviewServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    status, body, headers = _get(server.url)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src" not in headers["Content-Security-Policy"]  # default-src 'none'
    assert 'id="exec"' in body
    assert _get(server.url + "brief.html")[0] == 200
    assert _get(server.url + "../../etc/passwd")[0] == 404


def test_rebuilds_when_an_input_changes(server: PreviewServer, watched: Path) -> None:
    assert "<p id='marker'>v1</p>" in _get(server.url)[1]
    time.sleep(0.05)  # a distinct mtime even on coarse file systems
    watched.write_text("v2-changed", "utf-8")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and server.builds < 2:
        time.sleep(0.1)
    assert "<p id='marker'>v2-changed</p>" in _get(server.url)[1]


def test_a_failed_build_keeps_the_last_page(seed_brief: Brief, watched: Path) -> None:
    calls: list[int] = []
    events: list[str] = []

    def build() -> str:
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("broken input")
        return "<p>good</p>"

    srv = make_server(build, [watched], port=0, on_event=events.append)
    srv.rebuild()
    watched.write_text("changed!", "utf-8")
    assert srv.check()
    assert srv.page() == b"<p>good</p>"
    assert any("broken input" in e for e in events)
    srv.stop()


def test_refuses_to_bind_outside_loopback(watched: Path) -> None:
    with pytest.raises(ValueError):
        make_server(lambda: "", [watched], host="0.0.0.0", port=0)


@pytest.mark.slow
def test_chromium_shows_sections_and_citations_land_on_their_sentence(
    server: PreviewServer,
) -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server.url)
            for section in SECTIONS:
                assert page.locator(f"#{section}").count() == 1, section
            assert page.locator("svg").count() >= 2
            link = page.locator("#exec a.cite").first
            href = link.get_attribute("href")
            assert href and href.startswith("#a-")
            link.click()
            page.wait_for_function("h => location.hash === h", arg=href)
            target = page.locator(":target")
            assert target.get_attribute("id") == href[1:]
            assert target.evaluate("e => e.closest('article.card') !== null")
            box = target.bounding_box()
            assert box is not None and 0 <= box["y"] < 900  # scrolled into view
            # A sentence only in the collapsed full text still gets shown when cited.
            hidden = page.locator("details.fulltext li.sent[id]").first
            hidden_id = hidden.get_attribute("id")
            page.goto(f"{server.url}#{hidden_id}")
            assert page.locator(f"[id='{hidden_id}']").is_visible()
        finally:
            browser.close()
