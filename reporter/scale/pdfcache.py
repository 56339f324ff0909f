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
import os
import tempfile
from contextlib import suppress
from ctypes.util import find_library
from functools import cache
from importlib import metadata
from pathlib import Path

from reporter.render.fontconfig import fc_list
from reporter.scale.cache import cache_secret, code_fingerprint, seal, unseal

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
        self.folder = root / PDF_FOLDER

    def get(self, html: str) -> bytes | None:
        secret = cache_secret()
        if secret is None:
            return None
        key = pdf_key(html)
        path = self.folder / f"{key}.pdf"
        try:
            entry = path.read_bytes()
        except OSError:
            return None
        data = unseal(key, entry, secret)
        if data is not None:
            with suppress(OSError):
                os.utime(path)  # recently used: kept by the next prune
        return data

    def put(self, html: str, pdf: bytes) -> None:
        secret = cache_secret()
        if secret is None:
            return
        key = pdf_key(html)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(seal(key, pdf, secret))
            os.replace(tmp, self.folder / f"{key}.pdf")
        except OSError:
            with suppress(OSError, UnboundLocalError):
                Path(tmp).unlink(missing_ok=True)
            return
        self._prune()

    def _prune(self) -> None:
        try:
            entries = sorted(self.folder.glob("*.pdf"), key=lambda p: (p.stat().st_mtime, p.name))
        except OSError:
            return
        for old in entries[:-MAX_PDF_ENTRIES]:
            with suppress(OSError):
                old.unlink()
