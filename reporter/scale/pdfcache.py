"""The laid-out PDF of a brief, kept for the next build that asks for the same one.

Laying out the PDF is most of a warm build's time (2-3 s of about 4 s for the examples).
When the print HTML, the renderer's code and versions and the installed fonts are the
same, the PDF bytes are the same (the build is deterministic), so a rebuild into a new
folder or after a change that leaves the brief alone can take them from here.

Entries are signed with the article cache's secret (:mod:`reporter.scale.cache`): a file
planted in the cache directory is never served as the user's PDF.  At most
:data:`MAX_PDF_ENTRIES` are kept, the most recently used.
"""

from __future__ import annotations

import hashlib
from ctypes.util import find_library
from functools import cache
from importlib import metadata
from pathlib import Path

from reporter.render.fontconfig import fc_list
from reporter.scale.cache import code_fingerprint
from reporter.scale.signedfolder import SignedFolder

PDF_FOLDER = "pdf"
# Briefs kept: one per corpus and language a user rebuilds; a PDF is about 1 MB.
MAX_PDF_ENTRIES = 16
# Libraries whose versions change the PDF's bytes for the same HTML.
_PDF_LIBRARIES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2")


@cache
def _fonts() -> str:
    """The installed fonts (files and versions): another font set lays out other bytes."""
    listed = fc_list("--format", "%{file} %{fontversion}\n")
    if listed is None:
        return "no fc-list"
    return "\n".join(sorted(listed.splitlines()))


@cache
def _environment() -> bytes:
    versions = []
    for name in _PDF_LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    # harfbuzz-subset or fontTools subsets the fonts: each gives its own bytes.
    subset = find_library("harfbuzz-subset") or "fonttools"
    return "\n".join([code_fingerprint(), *versions, subset, _fonts()]).encode()


def pdf_key(html: str) -> str:
    digest = hashlib.sha256(_environment())
    digest.update(b"\0")
    digest.update(html.encode("utf-8"))
    return digest.hexdigest()


class PdfCache:
    """``get``/``put`` the PDF of a print HTML under ``root``/pdf (signed entries)."""

    def __init__(self, root: Path) -> None:
        self.entries = SignedFolder(root / PDF_FOLDER, ".pdf", MAX_PDF_ENTRIES)
        self.folder = self.entries.folder

    def get(self, html: str) -> bytes | None:
        return self.entries.read(pdf_key(html))

    def put(self, html: str, pdf: bytes) -> None:
        self.entries.write(pdf_key(html), pdf)
