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
from reporter.render.preview import (
    PDF_PATH,
    RELOAD_SCRIPT_ID,
    VERSION_PATH,
    Built,
    PreviewServer,
    make_server,
    render_formats,
    served_page,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SECTIONS = ("cover", "exec", "mechanisms", "other", "articles", "quality", "methods")


# Seconds a test waits for the watcher to notice a change and rebuild (it polls every
# half second; a build of the seeds takes well under a second).
REBUILD_WAIT_SECONDS = 10


def _get_bytes(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, b"", {}


def _get(url: str) -> tuple[int, str, dict[str, str]]:
    status, body, headers = _get_bytes(url)
    return status, body.decode("utf-8"), headers


def _wait_for_builds(server: PreviewServer, n: int) -> None:
    deadline = time.monotonic() + REBUILD_WAIT_SECONDS
    while time.monotonic() < deadline and server.builds < n:
        time.sleep(0.1)
    assert server.builds >= n, "the watcher did not rebuild"


def _without_reload_script(page: str) -> str:
    start = page.index(f'<script id="{RELOAD_SCRIPT_ID}">')
    return page[:start] + page[page.index("</script>", start) + len("</script>") :]


@pytest.fixture()
def watched(tmp_path: Path) -> Path:
    f = tmp_path / "input.txt"
    f.write_text("v1", "utf-8")
    return f


def _marked(brief: Brief, marker: str) -> str:
    return render_html(brief, "zh").replace("</body>", f"<p id='marker'>{marker}</p></body>")


@pytest.fixture()
def server(seed_brief: Brief, watched: Path) -> Iterator[PreviewServer]:
    events: list[str] = []

    def build() -> str:
        # The watched file's content shows up in the page, so a rebuild is visible.
        return _marked(seed_brief, watched.read_text("utf-8"))

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
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    # Scripts: the page's own (the filters and the reload), each by its hash, no other.
    scripts = csp.split("script-src ", 1)[1].split(";", 1)[0].split()
    assert len(scripts) == 2 and all(s.startswith("'sha256-") for s in scripts)
    assert 'id="exec"' in body
    assert _get(server.url + "brief.html")[0] == 200
    assert _get(server.url + "../../etc/passwd")[0] == 404


def test_rebuilds_when_an_input_changes(server: PreviewServer, watched: Path) -> None:
    assert "<p id='marker'>v1</p>" in _get(server.url)[1]
    time.sleep(0.05)  # a distinct mtime even on coarse file systems
    watched.write_text("v2-changed", "utf-8")
    _wait_for_builds(server, 2)
    assert "<p id='marker'>v2-changed</p>" in _get(server.url)[1]


def test_the_served_page_learns_of_a_rebuild_from_the_version(
    server: PreviewServer, watched: Path
) -> None:
    status, first, headers = _get(server.url + VERSION_PATH.lstrip("/"))
    assert status == 200 and len(first) == 16
    assert headers["ETag"] == f'"{first}"' and headers["Cache-Control"] == "no-store"
    page = _get(server.url)[1]
    # The page polls the version it was served with and reloads when it changes.
    script = page[page.index(f'<script id="{RELOAD_SCRIPT_ID}">') :]
    assert f'"{first}"' in script and VERSION_PATH in script and "location.reload()" in script
    assert "http" not in script.split("</script>")[0]  # same origin, nothing outside
    time.sleep(0.05)
    watched.write_text("v2-changed", "utf-8")
    _wait_for_builds(server, 2)
    second = _get(server.url + VERSION_PATH.lstrip("/"))[1]
    assert second != first
    assert f'"{second}"' in _get(server.url)[1]
    # A rebuild that changes nothing (same bytes) keeps the version: no reload.
    server.rebuild()
    assert _get(server.url + VERSION_PATH.lstrip("/"))[1] == second


def test_the_script_is_in_the_served_page_only(
    server: PreviewServer, seed_brief: Brief, seed_out: Path
) -> None:
    built = _marked(seed_brief, "v1")
    served = _get(server.url)[1]
    assert served.count(RELOAD_SCRIPT_ID) == 1
    # Take the script out again: the build's page, byte for byte.
    assert _without_reload_script(served) == built
    assert server.page() == built.encode("utf-8")
    # What a build writes as brief.html has no trace of the preview.
    on_disk = (seed_out / "brief.html").read_bytes()
    assert RELOAD_SCRIPT_ID.encode() not in on_disk
    assert on_disk == render_html(seed_brief, "zh").encode("utf-8")


def test_the_script_goes_before_the_last_body_end_or_at_the_end() -> None:
    page = served_page(b"<p>a</p></body></html>", "v")
    assert page.startswith(b"<p>a</p><script") and page.endswith(b"</script></body></html>")
    assert served_page(b"<p>a</p>", "v").startswith(b"<p>a</p><script")


def test_serves_the_pdf_when_the_build_made_one(
    seed_brief: Brief, seed_out: Path, watched: Path
) -> None:
    pdf = (seed_out / "brief.pdf").read_bytes()
    srv = make_server(lambda: Built(render_html(seed_brief, "zh"), pdf), [watched], port=0)
    srv.start()
    try:
        status, body, headers = _get_bytes(srv.url + PDF_PATH.lstrip("/"))
        assert status == 200
        assert headers["Content-Type"] == "application/pdf"
        assert body == pdf and body.startswith(b"%PDF-")
        assert headers["Content-Length"] == str(len(pdf))
    finally:
        srv.stop()


def test_no_pdf_when_the_build_made_none(server: PreviewServer) -> None:
    assert _get(server.url + PDF_PATH.lstrip("/"))[0] == 404


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_render_formats_lays_out_the_pdf_a_build_writes(seed_brief: Brief, seed_out: Path) -> None:
    html_only = render_formats(seed_brief, "zh", ("html",))
    assert html_only.pdf is None
    assert html_only.html.encode("utf-8") == (seed_out / "brief.html").read_bytes()
    with_pdf = render_formats(seed_brief, "zh", ("html", "pdf"))
    assert with_pdf.pdf == (seed_out / "brief.pdf").read_bytes()


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


@pytest.mark.slow
def test_chromium_reloads_after_a_rebuild(server: PreviewServer, watched: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            refused: list[str] = []
            page.on("console", lambda m: refused.append(m.text) if m.type == "error" else None)
            page.goto(server.url)
            assert page.locator("#marker").inner_text() == "v1"
            # The policy lets the page's own filter script run: the contents bar shows.
            assert page.locator("#pagenav").is_visible()
            time.sleep(0.05)
            watched.write_text("v2-changed", "utf-8")
            # No navigation from here: the page reloads itself.
            page.wait_for_function(
                "() => document.getElementById('marker')?.textContent === 'v2-changed'",
                timeout=REBUILD_WAIT_SECONDS * 1000,
            )
            assert not refused, refused  # no Content-Security-Policy violation
        finally:
            browser.close()
