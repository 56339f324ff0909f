"""The PDF: WeasyPrint with a URL fetcher that only reads the package's own templates.

WeasyPrint fetches whatever a document references (images, stylesheets, fonts,
attachments), including ``file://`` paths and network URLs.  The brief's HTML is
built from escaped article text, so it references nothing; :class:`PackageFetcher`
makes sure of it anyway: every other URL is refused and recorded.
"""

from __future__ import annotations

import bisect
import threading
import warnings
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

# WeasyPrint warns at import when fontconfig has no font ("Expect ugly output") and then
# lays out boxes, or crashes; check_fonts says it instead, in one line that says what to
# install, before anything is laid out.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*FontConfig", category=UserWarning)
    import weasyprint
    from weasyprint.urls import URLFetcher, URLFetcherResponse

from reporter.render.env import templates_dir
from reporter.render.fontconfig import fc_list

# Re-exported: the font checks live apart so the CLI can run them without WeasyPrint.
from reporter.render.pdffonts import FontsMissing as FontsMissing
from reporter.render.pdffonts import check_fonts as check_fonts
from reporter.render.pdffonts import fast_subsetting_available as fast_subsetting_available

# What the PDF shows for a character no installed font has a glyph for: the geta mark,
# the sign Chinese and Japanese typesetting has long used for a missing character.  Laid
# out as is, such characters all become one empty box, and the PDF's text layer reads
# every one of them as the first of them (a copy-paste of 𪛖 gave 𗀀, or "🧧"); the HTML
# and JSON keep the character itself.
MISSING_GLYPH_MARK = "\u3013"
# Below this code point every character is ASCII markup or text that every font covers.
FIRST_NON_ASCII = 0x80


class FetchRefused(ValueError):
    """A URL outside the package's templates folder (or any network URL)."""


class PackageFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint has no type hints
    """Serves ``file://`` URLs inside ``root`` (the templates folder) and nothing else.

    ``attempts`` records every URL WeasyPrint asked for and ``refused`` those it did
    not get, so tests (and curious users) can check that rendering fetched nothing else.
    """

    def __init__(self, root: Path | None = None) -> None:
        # fail_on_errors=False: a refused URL leaves a blank (logged), the brief still renders.
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.root = (root or templates_dir()).resolve()
        self.attempts: list[str] = []
        self.refused: list[str] = []
        self._lock = threading.Lock()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        with self._lock:
            self.attempts.append(url)
        try:
            path = self._allowed_path(url)
        except FetchRefused:
            with self._lock:
                self.refused.append(url)
            raise
        return URLFetcherResponse(url, path.read_bytes(), headers={})

    def _allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            raise FetchRefused(f"refused non-file URL: {url}")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise FetchRefused(f"refused file outside {self.root}: {url}")
        return path


@cache
def covered_ranges() -> tuple[tuple[int, int], ...] | None:
    """The code point ranges some installed font covers (the union of every font's
    charset, as fontconfig reports it: ``fc-list --format '%{charset}'``), merged and
    sorted; None when fc-list is not installed (then nothing is replaced)."""
    listed = fc_list("--format", "%{charset}\n")
    if listed is None:
        return None
    ranges: list[tuple[int, int]] = []
    for token in listed.split():
        first, _, last = token.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue  # not a range: fontconfig printed something else
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def uncovered_characters(text: str) -> tuple[str, ...]:
    """The characters of ``text`` that no installed font covers, in code point order."""
    ranges = covered_ranges()
    if not ranges:
        return ()
    starts = [lo for lo, _ in ranges]
    out = []
    for ch in sorted({c for c in text if ord(c) >= FIRST_NON_ASCII}):
        i = bisect.bisect_right(starts, ord(ch)) - 1
        if i < 0 or ord(ch) > ranges[i][1]:
            out.append(ch)
    return tuple(out)


def mark_missing_glyphs(html: str) -> str:
    """``html`` with every character no font covers shown as :data:`MISSING_GLYPH_MARK`."""
    missing = uncovered_characters(html)
    if not missing:
        return html
    return html.translate({ord(ch): MISSING_GLYPH_MARK for ch in missing})


def render_pdf(html: str, fetcher: PackageFetcher | None = None) -> bytes:
    """The PDF of ``html`` (made by :func:`reporter.render.html.render_print_html`).

    Deterministic: the dates come from the document's ``dcterms.created`` meta (the
    brief's date), no file identifier is written, and attachments are refused.
    Raises :class:`FontsMissing` before laying out anything without a CJK font.
    Characters no installed font covers are shown as :data:`MISSING_GLYPH_MARK`.
    """
    check_fonts()
    html = mark_missing_glyphs(html)
    fetcher = fetcher or PackageFetcher()
    document = weasyprint.HTML(
        string=html, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher
    ).render()
    # <link rel="attachment"> would embed a fetched file; the brief never has one.
    document.metadata.attachments = []
    data = document.write_pdf(pdf_identifier=False, attachments=[], uncompressed_pdf=False)
    assert isinstance(data, bytes)
    return data
