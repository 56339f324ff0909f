"""Stage 1: find the input files and decode each into an :class:`~reporter.models.Article`.

Two public calls, used by :mod:`reporter.pipeline`:

* :func:`discover` expands the user's paths (folders recursively, in sorted order)
  into the files to read, and records everything it passes over (missing paths,
  hidden files, unsupported suffixes, duplicates) as :class:`~reporter.models.Skipped`.
* :func:`read_article` reads one file and returns its text, or raises
  :class:`~reporter.models.InputRejected` with a one-line reason the CLI prints as
  ``reporter: skipped PATH: REASON``.  It never raises anything else, whatever the bytes.

Decoding is detected, not assumed (see :func:`decode_bytes`): byte-order marks, then
strict UTF-8, then the legacy Chinese codecs and UTF-16, ranked by how readable the
Chinese they produce is.  HTML goes through trafilatura (offline, deterministic);
Markdown loses its syntax but keeps its text.  Word, PDF, MHTML and .doc/.wps files
are recognised by their bytes and read by :mod:`reporter.ingest.readers`; what the user says
about a file (``sources.csv``, TOML front matter) is read by :mod:`reporter.ingest.provenance`.
The text keeps its paragraphs one per line; cleaning (stage 2) decides what else goes.

One module per step: :mod:`~reporter.ingest.discovery` (files, output folders, links),
:mod:`~reporter.ingest.decode` (bytes to text, the language test),
:mod:`~reporter.ingest.html` and :mod:`~reporter.ingest.markdown` (their text); this
module reads one file through them.
"""

from __future__ import annotations

import hashlib
import stat
import sys
from pathlib import Path

from reporter.ingest import provenance, readers
from reporter.ingest import resources as res
from reporter.ingest.decode import (
    MIN_COMMON_SHARE,
    MIN_HAN_CHARS,
    NotAnArticle,
    decode_bytes,
    language_problem,
    normalise,
)
from reporter.ingest.discovery import (
    OTHER_BUILD_FOLDER,
    STDIN_NAME,
    SUPPORTED_HINT,
    WRITTEN_BY_A_BUILD,
    BuildOutputs,
    article_stem,
    discover,
    is_stdin,
    shown_path,
)
from reporter.ingest.html import html_to_text
from reporter.ingest.markdown import markdown_to_text
from reporter.models import Article, InputRejected, Removal

__all__ = [
    "MAX_BYTES",
    "MAX_DOCUMENT_BYTES",
    "MIN_COMMON_SHARE",
    "MIN_HAN_CHARS",
    "OTHER_BUILD_FOLDER",
    "STDIN_NAME",
    "SUPPORTED_HINT",
    "WRITTEN_BY_A_BUILD",
    "BuildOutputs",
    "NotAnArticle",
    "article_stem",
    "byte_limit",
    "decode_bytes",
    "discover",
    "html_to_text",
    "is_stdin",
    "language_problem",
    "markdown_to_text",
    "read_article",
    "shown_path",
]

# Files above this size are refused before they are read: a news article is 5-50 kB,
# so 5 MB is a whole site dump or a mislabelled binary, and reading it would stall
# the batch (the limit).
MAX_BYTES = 5 * 1024 * 1024
# Word, PDF and saved-page files carry images and fonts besides their text: a 20-page
# experience report with photos is 5-30 MB while its text is 20-50 kB.  A file with a
# document's suffix may be this large, if its content is a document (reporter.ingest.readers).
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def read_article(path: Path, article_id: str) -> Article:
    """Read and decode one input file.

    Raises :class:`InputRejected` (path and a one-line reason) for anything that is
    not a usable Chinese article: missing, unreadable, over :data:`MAX_BYTES`, empty,
    binary, undecodable, no text, or not Chinese.
    """
    source = shown_path(path)
    removed: tuple[Removal, ...] = ()
    try:
        data = _read_bytes(path)
        kind = readers.sniff(path, data)
        meta: dict[str, str] = {}
        if kind is not None:
            text, codec, media_type, meta, removed = _read_document(kind, path, data)
        else:
            text, codec = decode_bytes(data)
            media_type = _media_type(path, text)
        text, given = provenance.given_for(path, text, media_type)
        if kind is None and media_type == "text/html":
            text, meta = html_to_text(text)
        elif media_type == "text/markdown":
            text, meta = markdown_to_text(text)
        if not text.strip():
            what = "the HTML page has no visible text" if media_type == "text/html" else None
            raise NotAnArticle(what or "only whitespace, no text")
        problem = language_problem(text)
        if problem:
            raise NotAnArticle(problem)
    except NotAnArticle as refusal:
        raise InputRejected(source, refusal.reason) from None
    return Article(
        id=article_id,
        source_path=source,
        text=text,
        encoding=codec,
        media_type=media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        html_title=meta.get("title"),
        html_date=meta.get("date"),
        html_sitename=meta.get("sitename"),
        html_author=meta.get("author"),
        url=meta.get("url"),
        given=given,
        ingest_removed=removed,
    )


def _read_document(
    kind: str, path: Path, data: bytes
) -> tuple[str, str, str, dict[str, str], tuple[Removal, ...]]:
    """A document a reader of :mod:`reporter.ingest.readers` claims: (text, codec, media type,
    metadata, what the reader left out); a saved page's HTML goes the HTML path."""
    try:
        got = readers.read(kind, path, data)
    except readers.Unreadable as exc:
        raise NotAnArticle(exc.reason) from None
    text, meta = got.text, dict(got.meta)
    if got.html is not None:
        text, page_meta = html_to_text(normalise(got.html))
        meta = {**page_meta, **meta}  # the address it was saved from beats the page's
    return normalise(text), got.encoding, got.media_type, meta, got.removed


_stdin_read: tuple[object, bytes] | None = None  # (the stream, what it held)


def _read_stdin() -> bytes:
    """Standard input's bytes, read once per stream (a second read would find it
    drained; a caller that replaces ``sys.stdin`` gets its new stream read)."""
    global _stdin_read
    stream = sys.stdin.buffer
    if _stdin_read is None or _stdin_read[0] is not stream:
        _stdin_read = (stream, stream.read(MAX_BYTES + 1))
    return _stdin_read[1]


def _read_bytes(path: Path) -> bytes:
    if is_stdin(path):
        data = _read_stdin()
        if len(data) > MAX_BYTES:
            raise NotAnArticle(_too_large(len(data)))
        if not data:
            raise NotAnArticle("empty file (0 bytes)")
        return data
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NotAnArticle("no such file") from None
    except OSError as exc:
        raise NotAnArticle(f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAnArticle("cannot read: is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotAnArticle("not a regular file")
    limit = byte_limit(path)
    if info.st_size > limit:
        raise NotAnArticle(_too_large(info.st_size, limit))
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise NotAnArticle(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit or (len(data) > MAX_BYTES and readers.sniff(path, data) is None):
        raise NotAnArticle(_too_large(len(data), limit if len(data) > limit else MAX_BYTES))
    if not data:
        raise NotAnArticle("empty file (0 bytes)")
    return data


def byte_limit(path: Path) -> int:
    """How large the file at ``path`` may be (:data:`MAX_DOCUMENT_BYTES` for a document's
    suffix; its content must then be a document to pass :data:`MAX_BYTES`)."""
    return MAX_DOCUMENT_BYTES if path.suffix.lower() in readers.FOLDER_SUFFIXES else MAX_BYTES


def _too_large(size: int, limit: int = MAX_BYTES) -> str:
    limit_mb = limit / 2**20
    return (
        f"file too large: {size:,} bytes ({size / 2**20:.1f} MB); "
        f"the limit is {limit_mb:g} MB ({limit:,} bytes)"
    )


def _media_type(path: Path, text: str) -> str:
    declared = res.MEDIA_TYPES.get(path.suffix.lower())
    if declared in (None, "text/plain") and res.HTML_DOCUMENT.match(text[:4096]):
        return "text/html"  # a saved page with the wrong suffix is still a page
    return declared or "text/plain"
