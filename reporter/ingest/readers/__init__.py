"""Readers of document formats other than plain text: one module per format, one interface.

:func:`reporter.ingest.read_article` asks :func:`sniff` what a file's bytes are (its
content decides; the suffix only settles what the content leaves open) and, when a
reader here claims it, calls :func:`read`, which returns an :class:`Extracted`: the
text one paragraph a line, metadata the document carries, and what the reader left
out (footnotes, page headers and numbers) as :class:`~reporter.models.Removal` records
the cleaning report shows.  A reader refuses a file by raising :class:`Unreadable`
with one line saying why and, where it helps, what to install; ingest records it as a
skipped input.

Formats: Word 2007+ (``.docx``), PDF with a text layer, MHTML saved pages
(``.mhtml``/``.mht``), and legacy Word/WPS (``.doc``/``.wps``) through LibreOffice.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from reporter.ingest import resources as res
from reporter.ingest.readers.base import OLE_MAGIC, OLE_WORD_STREAM, Extracted, Unreadable
from reporter.ingest.readers.docx_reader import read_docx
from reporter.ingest.readers.mhtml_reader import read_mhtml
from reporter.ingest.readers.office_reader import read_legacy_word, soffice
from reporter.ingest.readers.pdf_reader import read_pdf

__all__ = [
    "FOLDER_SUFFIXES",
    "OLE_MAGIC",
    "OLE_WORD_STREAM",
    "SUPPORTED_HINT",
    "Extracted",
    "Unreadable",
    "key_extra",
    "read",
    "sniff",
]

# A PDF's header may follow up to 1024 bytes of junk (PDF 1.7, annex H.3, note 13).
PDF_HEADER_WINDOW = 1024
# MIME headers of a saved page fit in its first few kilobytes; the sniff looks no further.
MHTML_HEADER_WINDOW = 8192
# Suffixes a folder search takes for these readers (content still decides the reader).
FOLDER_SUFFIXES: dict[str, str] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".doc": "legacy_word",
    ".wps": "legacy_word",
}
SUPPORTED_HINT = ".docx, .pdf, .mhtml/.mht, .doc/.wps (with LibreOffice)"


def sniff(path: Path, data: bytes) -> str | None:
    """The reader for ``data``: "docx", "pdf", "mhtml", "legacy_word", or None (text)."""
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) else None
    if data.startswith(OLE_MAGIC):
        suffix_says = FOLDER_SUFFIXES.get(path.suffix.lower()) == "legacy_word"
        return "legacy_word" if suffix_says or OLE_WORD_STREAM in data else None
    head = data[:MHTML_HEADER_WINDOW]
    if res.MHTML_MULTIPART.search(head) and (
        res.MIME_VERSION.search(head) or FOLDER_SUFFIXES.get(path.suffix.lower()) == "mhtml"
    ):
        return "mhtml"
    return None


def key_extra(path: Path) -> bytes:
    """What a cached result of ``path`` depends on besides its bytes: for a .doc/.wps,
    whether LibreOffice is installed (a skip for want of it must not outlive it)."""
    if FOLDER_SUFFIXES.get(path.suffix.lower()) != "legacy_word":
        return b""
    return f"\0soffice={soffice()}".encode()


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read(kind: str, path: Path, data: bytes) -> Extracted:
    """Run the reader ``kind`` (an answer of :func:`sniff`) on ``data``."""
    if kind == "docx":
        return read_docx(data)
    if kind == "pdf":
        return read_pdf(data)
    if kind == "mhtml":
        return read_mhtml(data)
    if kind == "legacy_word":
        return read_legacy_word(path, data)
    raise ValueError(f"no reader {kind!r}")
