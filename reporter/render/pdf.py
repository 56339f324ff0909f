"""The PDF: WeasyPrint with a URL fetcher that only reads the package's own templates.

WeasyPrint fetches whatever a document references (images, stylesheets, fonts,
attachments), including ``file://`` paths and network URLs.  The brief's HTML is
built from escaped article text, so it references nothing; :class:`PackageFetcher`
makes sure of it anyway: every other URL is refused and recorded.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.text import ffi as weasy_ffi
from weasyprint.urls import URLFetcher, URLFetcherResponse

from reporter.render.env import templates_dir

# harfbuzz-subset before 4.1 lacks the calls WeasyPrint uses; it then uses fontTools.
HARFBUZZ_SUBSET_MIN_VERSION = (4, 1, 0)


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


def fast_subsetting_available() -> bool:
    """True when WeasyPrint will subset fonts with HarfBuzz (about 1 s per PDF, not 15 s).

    This is WeasyPrint's own test (``weasyprint.pdf.fonts.Font.subset``): the
    harfbuzz-subset library loaded by ``weasyprint.text.ffi`` and HarfBuzz ≥ 4.1.
    """
    if weasy_ffi.harfbuzz_subset is None:
        return False
    return bool(weasy_ffi.harfbuzz.hb_version_atleast(*HARFBUZZ_SUBSET_MIN_VERSION))


def render_pdf(html: str, fetcher: PackageFetcher | None = None) -> bytes:
    """The PDF of ``html`` (made by :func:`reporter.render.html.render_print_html`).

    Deterministic: the dates come from the document's ``dcterms.created`` meta (the
    brief's date), no file identifier is written, and attachments are refused.
    """
    fetcher = fetcher or PackageFetcher()
    document = weasyprint.HTML(
        string=html, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher
    ).render()
    # <link rel="attachment"> would embed a fetched file; the brief never has one.
    document.metadata.attachments = []
    data = document.write_pdf(pdf_identifier=False, attachments=[], uncompressed_pdf=False)
    assert isinstance(data, bytes)
    return data
