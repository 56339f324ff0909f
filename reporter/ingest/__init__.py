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
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from configparser import ConfigParser
from dataclasses import dataclass
from functools import cache, cached_property
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from reporter.ingest import provenance, readers
from reporter.ingest import resources as res
from reporter.models import Article, InputRejected, Removal, Skipped

# Files above this size are refused before they are read: a news article is 5-50 kB,
# so 5 MB is a whole site dump or a mislabelled binary, and reading it would stall
# the batch (the limit).
MAX_BYTES = 5 * 1024 * 1024
# Word, PDF and saved-page files carry images and fonts besides their text: a 20-page
# experience report with photos is 5-30 MB while its text is 20-50 kB.  A file with a
# document's suffix may be this large, if its content is a document (reporter.ingest.readers).
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

# A text needs this many Chinese characters to be an article at all (a headline).
MIN_HAN_CHARS = 10
# ... and Chinese characters must be this share of its letters: news text quotes
# English names and acronyms, but an English page quoting a few Chinese names stays
# far below (a Chinese word is 1-3 characters, an English word ~5 letters).
MIN_HAN_SHARE = 0.3
# Japanese is about 40 % kanji and Korean may carry hanja; kana or hangul above this
# share of the letters means the text is not Chinese.
MAX_KANA_SHARE = 0.1
MAX_HANGUL_SHARE = 0.1

# A legacy decoding (GBK, Big5, UTF-16 without BOM) must put at least this share of
# its Chinese characters among the frequently used ones of either script; correct
# decodings of the seeds score 0.97-0.99, wrong ones 0.1-0.6.
MIN_COMMON_SHARE = 0.7
# Invalid byte sequences tolerated, as a share of the decoded characters: a truncated
# download or one bad byte should not cost a whole article (the cleaner sees the
# U+FFFD), but a file that decodes only with many replacements is undecodable.
MAX_REPLACED_SHARE = 0.001
# Decoding a NUL-bearing file as UTF-16 without BOM is accepted only when at most this
# share of the characters are controls or private-use (real text has none).
MAX_GARBAGE_SHARE = 0.01
# Readability is scored on this many leading characters of each candidate decoding:
# enough to decide, and it keeps a 5 MB file from costing seconds per codec.
SCORE_SAMPLE_CHARS = 200_000
# charset-normalizer looks at this prefix only; its guess is one candidate among ours.
CHARSET_SAMPLE_BYTES = 64 * 1024
# charset-normalizer guesses from bytes alone (cp949 and cp874 for a text of Chinese
# punctuation); a Chinese article is far likelier in one of our Chinese codecs, so its
# guess must read better by more than one character (a common character scores +1,
# a rare one -1) to win: with a few Han characters the scores are that close.
GUESS_PENALTY = -2
# Codecs tried, in order of preference when two read equally well.  gb18030 is a
# superset of GBK and GB2312; cp950 and big5hkscs extend Big5 with characters that
# Taiwan and Hong Kong pages use.
CJK_CODECS = ("utf_8", "gb18030", "big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be")
# Byte-order marks; UTF-32 LE must be tested before UTF-16 LE (same first two bytes).
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf_8", "utf_8_sig"),
    (b"\xff\xfe\x00\x00", "utf_32_le", "utf_32_le"),
    (b"\x00\x00\xfe\xff", "utf_32_be", "utf_32_be"),
    (b"\xff\xfe", "utf_16_le", "utf_16_le"),
    (b"\xfe\xff", "utf_16_be", "utf_16_be"),
)

# trafilatura's minimum extraction size (250 characters) is tuned for alphabetic
# text; a Chinese paragraph says as much in a third of the characters, and below the
# minimum trafilatura falls back to extractors that flatten the page into one line.
HTML_MIN_EXTRACTED_CHARS = 50
# htmldate rejects dates after "today" by default, which would make the output depend
# on the clock; a fixed far bound keeps extraction deterministic.
HTML_MAX_DATE = "2099-12-31"
# The input name that means standard input (``reporter build -``).
STDIN_NAME = "-"
SUPPORTED_HINT = f".txt, .md, .html, .htm, {readers.SUPPORTED_HINT}"


class NotAnArticle(Exception):
    """Why some bytes or text cannot be used; :func:`read_article` turns it into
    :class:`InputRejected` with the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------- discover


@dataclass(frozen=True)
class BuildOutputs:
    """What a build writes, so discovery never reads it back as an article.

    ``folder`` is this build's output folder: passed over in silence wherever it sits
    among the inputs (it is not an input, and a first build, before it exists, must
    see the same inputs as the second).  ``names`` are the files a build writes there
    and ``marker`` the manifest every build leaves beside them: a folder holding the
    marker is another build's output folder, passed over with a reason.
    """

    folder: Path | None = None
    names: frozenset[str] = frozenset()
    marker: str | None = None

    @cached_property
    def identity(self) -> tuple[int, int] | None:
        return _identity(self.folder) if self.folder is not None else None

    def is_this_build(self, folder: Path) -> bool:
        # By device and inode, not by resolved path: resolving costs a system call per
        # component of the path, which for every folder of a deep tree is quadratic.
        return self.identity is not None and _identity(folder) == self.identity

    def is_other_build(self, folder: Path) -> bool:
        return self.marker is not None and (folder / self.marker).is_file()

    def wrote(self, path: Path) -> bool:
        """Whether ``path`` is a file a build wrote (in its output folder)."""
        if path.name not in self.names and path.name != self.marker:
            return False
        return self.is_this_build(path.parent) or self.is_other_build(path.parent)


def shown_path(path: Path | str) -> str:
    """A path as text that can be printed and written anywhere: a file name whose
    bytes are not UTF-8 (common in zips made on Windows) comes from the file system
    with lone surrogates (PEP 383), which no encoder accepts; they are shown as
    U+FFFD.  Every other path is its POSIX form, unchanged."""
    text = path.as_posix() if isinstance(path, Path) else path
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="replace")
    return text


def discover(
    inputs: Sequence[Path],
    *,
    outputs: BuildOutputs | None = None,
    outside_links: bool = False,
) -> tuple[list[Path], list[Skipped]]:
    """Expand the user's paths into the files to read, in a deterministic order.

    Folders are searched (iteratively: nesting has no depth limit) and their files
    taken in sorted path order; inside folders, hidden entries and files without a
    supported suffix are passed over but recorded.  A file named explicitly is always
    tried, whatever its suffix (:func:`read_article` sniffs it).  Missing paths,
    non-regular files (FIFOs, devices: reading one could hang the batch) and a file
    given twice are recorded in ``skipped``, never silently dropped.

    What a build wrote (``outputs``) is never read: this build's output folder is
    passed over in silence, another build's output folder and its files with a
    reason.  A symbolic link found in a folder that points to a file outside every
    input folder is skipped with a reason unless ``outside_links``: a folder someone
    else unpacked must not pull in files from anywhere on the machine.  Paths keep
    their bytes for reading; the paths recorded are :func:`shown_path`.
    """
    outputs = outputs or BuildOutputs()
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int] | Path] = set()
    roots = tuple(_resolved(item) for item in inputs if item.is_dir())

    def take(path: Path) -> None:
        key = _identity(path) or _resolved(path)
        if key in seen:
            skipped.append(Skipped(shown_path(path), "listed twice: same file as an earlier input"))
            return
        seen.add(key)
        files.append(path)

    for item in inputs:
        if is_stdin(item):
            take(item)
        elif item.is_dir():
            _walk(item, take, skipped, _Rules(outputs, roots, outside_links))
        elif item.is_file():
            if outputs.wrote(item):
                skipped.append(Skipped(shown_path(item), WRITTEN_BY_A_BUILD))
            elif not provenance.is_sidecar(item):  # read with the documents it describes
                take(item)
        elif item.exists():
            skipped.append(Skipped(shown_path(item), "not a regular file"))
        elif item.is_symlink():
            skipped.append(Skipped(shown_path(item), "broken symbolic link"))
        else:
            skipped.append(Skipped(shown_path(item), "no such file or folder"))
    return files, skipped


WRITTEN_BY_A_BUILD = "written by a reporter build (its output), not an article"
OTHER_BUILD_FOLDER = "output folder of a reporter build, not searched"


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare by the path as given
        return path.absolute()


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode ``path`` leads to (None when it leads nowhere)."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


@dataclass(frozen=True)
class _Rules:
    outputs: BuildOutputs
    roots: tuple[Path, ...]  # every input folder, resolved
    outside_links: bool

    def why_not_folder(self, path: Path, name: str, is_link: bool) -> str | None:
        """Why a subfolder is not searched (None: searched; "" : passed over in silence)."""
        if name.startswith("."):
            return "hidden folder, not searched"
        if is_link:
            return "symbolic link to a folder, not followed"
        if self.outputs.is_this_build(path):
            return ""
        if self.outputs.is_other_build(path):
            return OTHER_BUILD_FOLDER
        return None

    def why_not_file(self, path: Path, in_this_build_output: bool) -> str | None:
        if in_this_build_output and (
            path.name in self.outputs.names or path.name == self.outputs.marker
        ):
            return ""  # an input folder that is also the output folder: our own files
        reason = _why_not_in_folder(path)
        if reason is not None:
            return reason
        if self.outputs.wrote(path):
            return WRITTEN_BY_A_BUILD
        if path.is_symlink():
            target = _resolved(path)
            if not self.outside_links and not any(target.is_relative_to(r) for r in self.roots):
                return (
                    f"symbolic link to a file outside the input folders ({shown_path(target)});"
                    " --outside-links reads it"
                )
            if self.outputs.wrote(target):
                return WRITTEN_BY_A_BUILD
        return None


def _walk(root: Path, take: Callable[[Path], None], skipped: list[Skipped], rules: _Rules) -> None:
    entries: list[tuple[tuple[str, ...], Path, str | None]] = []  # (sort key, path, skip reason)
    quiet: set[Path] = set()  # passed over on purpose: no warning
    folders = [root]  # an explicit stack: 1,000 nested folders must not exhaust recursion
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as scan:
                children = [(entry.name, _is_dir(entry), entry.is_symlink()) for entry in scan]
        except OSError as exc:
            entries.append((folder.parts, folder, f"cannot read folder: {exc.strerror or exc}"))
            continue
        ours = rules.outputs.is_this_build(folder)
        for name, is_dir, is_link in children:
            path = folder / name
            if is_dir:
                reason = rules.why_not_folder(path, name, is_link)
                if reason is None and (page := _saved_page_of(path)):
                    quiet.add(path)
                    reason = f"files of the saved page {page}, not articles"
                if reason is None:
                    folders.append(path)
                elif reason:
                    entries.append((path.parts, path, reason))
                continue
            if provenance.is_sidecar(path):  # read with the documents it describes
                continue
            reason = rules.why_not_file(path, ours)
            if reason != "":
                entries.append((path.parts, path, reason))
    for _, path, reason in sorted(entries, key=lambda e: e[0]):
        if reason is None:
            take(path)
        else:
            skipped.append(Skipped(shown_path(path), reason, quiet=path in quiet))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a symlink, as os.walk did
    except OSError:
        return False


def _saved_page_of(folder: Path) -> str | None:
    """The page a browser's "complete page" save put ``folder`` beside (``X_files/``
    beside ``X.html``), or None."""
    for marker in res.SAVED_PAGE_FOLDER_SUFFIXES:
        if folder.name.endswith(marker) and len(folder.name) > len(marker):
            stem = folder.name[: -len(marker)]
            for suffix in res.SAVED_PAGE_SUFFIXES:
                page = folder.with_name(stem + suffix)
                if page.is_file():
                    return page.name
    return None


def _why_not_in_folder(path: Path) -> str | None:
    if path.name.startswith("."):
        return "hidden file"
    if path.stem.upper() in res.documentation_names():
        return f"documentation file ({path.name}), not an article"
    suffix = path.suffix.lower()
    if suffix not in res.MEDIA_TYPES and suffix not in readers.FOLDER_SUFFIXES:
        shown = f"'{path.suffix}'" if path.suffix else "no suffix"
        return f"unsupported file type ({shown}); reads {SUPPORTED_HINT}"
    if not path.is_file():
        return "not a regular file" if path.exists() else "broken symbolic link"
    return None


# --------------------------------------------------------------------------- read


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
        text, page_meta = html_to_text(_normalise(got.html))
        meta = {**page_meta, **meta}  # the address it was saved from beats the page's
    return _normalise(text), got.encoding, got.media_type, meta, got.removed


def is_stdin(path: Path) -> bool:
    """True for ``-``: one article read from standard input."""
    return path.as_posix() == STDIN_NAME


def article_stem(path: Path) -> str:
    """The stem an article id is made of (``stdin`` for standard input)."""
    return "stdin" if is_stdin(path) else path.stem


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


# --------------------------------------------------------------------------- decode


@dataclass(frozen=True)
class _Candidate:
    codec: str
    text: str
    replaced: int  # U+FFFD the decoder had to insert
    han: int  # Chinese characters in the scored sample
    common: int  # of which frequently used (best of the two scripts)
    garbage: int  # controls, private use, U+FFFD in the sample
    misread: int  # letters of scripts Chinese text does not use (hangul, Thai ...)

    @property
    def score(self) -> int:
        # a wrong decoding scatters characters over rare ones (and may read ASCII pairs
        # as ideographs, or GBK pairs as hangul); a right one has almost none, so rare
        # ones count against it, and letters of foreign scripts as much as garbage
        return 2 * self.common - self.han - 2 * self.garbage - 2 * self.misread


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, codec)`` with ``\\n`` line breaks, NFC.

    Order: refuse known binary formats by their magic bytes; honour a byte-order
    mark; a NUL-bearing file is UTF-16 without BOM or binary; strict UTF-8; else
    every candidate codec (and charset-normalizer's guess) is tried and the one
    whose text holds the most frequently used Chinese characters wins.  Raises
    :class:`NotAnArticle` for binary and undecodable input.
    """
    fmt = _binary_format(data)
    if fmt:
        raise NotAnArticle(f"binary file ({fmt}), not text")
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            if len(data) == len(bom):
                raise NotAnArticle("empty file (only a byte-order mark)")
            candidate = _candidate(data[len(bom) :], codec)
            if not _tolerable(candidate):
                raise NotAnArticle(f"undecodable: not valid {label} despite its byte-order mark")
            return _normalise(candidate.text), label
    if b"\x00" in data:
        utf16 = [c for c in (_candidate(data, k) for k in ("utf_16_le", "utf_16_be")) if _texty(c)]
        if utf16:
            best = max(utf16, key=lambda c: c.score)
            return _normalise(best.text), best.codec
        # a stray NUL or two in a UTF-8 text is a scraper artefact, not a binary file
        if data.count(b"\x00") <= MAX_GARBAGE_SHARE * len(data):
            utf8 = _candidate(data, "utf_8")
            if utf8.replaced == 0:
                return _normalise(utf8.text), "utf_8"
        raise NotAnArticle("binary file (contains NUL bytes), not text")
    try:
        return _normalise(data.decode("utf_8")), "utf_8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    codecs = list(CJK_CODECS)
    guess = _charset_normalizer_guess(data)
    if guess and guess not in codecs:
        codecs.append(guess)
    else:
        guess = None  # one of ours: no penalty
    candidates = [_candidate(data, codec) for codec in codecs]
    usable = [c for c in candidates if _tolerable(c)]
    if not usable:
        least = min(candidates, key=lambda c: c.replaced)
        raise NotAnArticle(
            f"undecodable: every encoding tried leaves invalid bytes "
            f"(best: {least.codec}, {least.replaced:,} replacement characters)"
        )
    # max() keeps the first of equals: our codecs, in CJK_CODECS order, before the guess
    best = max(usable, key=lambda c: c.score + (GUESS_PENALTY if c.codec == guess else 0))
    if best.han >= MIN_HAN_CHARS and best.common < MIN_COMMON_SHARE * best.han:
        raise NotAnArticle(
            f"undecodable: no encoding gives readable Chinese (tried {', '.join(codecs)}; "
            f"best {best.codec}: {best.common / best.han:.0%} common characters)"
        )
    return _normalise(best.text), best.codec


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:CHARSET_SAMPLE_BYTES]).best()
    encoding = getattr(match, "encoding", None)
    return encoding if isinstance(encoding, str) else None


def _candidate(data: bytes, codec: str) -> _Candidate:
    try:
        text, replaced = data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        replaced = text.count("\ufffd")
    except LookupError:  # a codec name charset-normalizer knows and Python does not
        text, replaced = "", len(data)
    sample = text[:SCORE_SAMPLE_CHARS]
    simplified, traditional = res.common_hanzi()
    counts = Counter(sample)
    han = sum(n for ch, n in counts.items() if res.HAN.match(ch))
    common = max(
        sum(n for ch, n in counts.items() if ch in simplified),
        sum(n for ch, n in counts.items() if ch in traditional),
    )
    garbage = _count(res.GARBAGE_CHARS, sample)
    misread = _count(res.MISREAD_LETTER, sample)
    return _Candidate(codec, text, replaced, han, common, garbage, misread)


def _tolerable(candidate: _Candidate) -> bool:
    allowed = max(1.0, MAX_REPLACED_SHARE * len(candidate.text))
    return bool(candidate.text) and candidate.replaced <= allowed


def _texty(candidate: _Candidate) -> bool:
    sample_len = min(len(candidate.text), SCORE_SAMPLE_CHARS)
    return (
        _tolerable(candidate)
        and candidate.replaced == 0
        and candidate.garbage <= MAX_GARBAGE_SHARE * sample_len
    )


def _binary_format(data: bytes) -> str | None:
    for sig in res.binary_signatures():
        if data[sig.offset : sig.offset + len(sig.magic)] == sig.magic:
            return sig.name
    return None


def _normalise(text: str) -> str:
    # splitlines() knows every line break (\r\n, \r, U+2028, NEL, ...); controls are
    # never text and break XML/PDF output later; NFC only, because NFKC would also
    # turn full-width punctuation half-width, which the cleaner decides about.
    text = "\n".join(text.splitlines())
    text = res.CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- language


def language_problem(text: str) -> str | None:
    """Why ``text`` is not a Chinese article, or None when it is.

    Judged on the prose only: markup, entities, data URIs and addresses inside any
    file (a .txt of ``<p style="…">`` paragraphs) are not letters of its language.
    """
    if "<" in text or "&" in text or "data:" in text or "://" in text:
        text = res.NOT_PROSE.sub(" ", text)
    han = _count_outside(res.NOT_HAN_RUN, text)
    letters = _count_outside(res.NOT_LETTER_RUN, text)
    if han < MIN_HAN_CHARS or han < MIN_HAN_SHARE * letters:
        return (
            f"not Chinese text: {han:,} Chinese characters among {letters:,} letters "
            f"(an article needs at least {MIN_HAN_CHARS}, and {MIN_HAN_SHARE:.0%} of its letters)"
        )
    if _count(res.KANA, text) > MAX_KANA_SHARE * letters:
        return "Japanese text (kana), not Chinese"
    if _count(res.HANGUL, text) > MAX_HANGUL_SHARE * letters:
        return "Korean text (hangul), not Chinese"
    return None


def _count(pattern: Any, text: str) -> int:
    # len - len(sub) counts matches at C speed without a list of one-character strings
    return len(text) - len(pattern.sub("", text))


def _count_outside(runs: re.Pattern[str], text: str) -> int:
    """Characters of ``text`` outside the runs ``runs`` finds: for a class most of
    the text belongs to (Han, letters), a few runs of the rest are cheaper to find
    than one match per character."""
    return len(text) - sum(map(len, runs.findall(text)))


# --------------------------------------------------------------------------- HTML


@cache
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config

    config: ConfigParser = use_config()
    config.set("DEFAULT", "min_extracted_size", str(HTML_MIN_EXTRACTED_CHARS))
    # trafilatura's timeout uses SIGALRM: only in the main thread, and time-dependent
    config.set("DEFAULT", "extraction_timeout", "0")
    return config


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text (one paragraph a line) and metadata of an HTML page, offline.

    trafilatura gets the decoded string and no URL, so it never fetches anything;
    images, links and comments are left out.  When it finds no main text, its
    baseline extractor, then its whole-page text, are used.  Any text that still
    looks like markup (escaped tags the page displayed) is removed.
    """
    import trafilatura

    lines: list[str] = []
    meta: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's FutureWarnings about lxml truthiness
        try:
            doc = trafilatura.bare_extraction(
                html,
                url=None,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                include_formatting=True,
                deduplicate=False,
                date_extraction_params={
                    "original_date": True,
                    "extensive_search": True,
                    "max_date": HTML_MAX_DATE,
                },
                config=_trafilatura_config(),
            )
        except Exception:  # a parser crash on hostile markup must not stop the batch
            doc = None
        if doc is not None and not isinstance(doc, dict):
            if doc.body is not None:
                lines = _xml_lines(doc.body)
            for key in ("title", "date", "sitename", "author", "url"):
                value = getattr(doc, key, None)
                if isinstance(value, str) and _unmarked(value):
                    meta[key] = _unmarked(value)
            if res.ADDRESS_SITENAME.search(meta.get("sitename", "")):
                del meta["sitename"]
            if not res.WEB_ADDRESS.match(meta.get("url", "")):
                meta.pop("url", None)  # a relative or file: link says nothing about the source
        if not lines:
            lines = _fallback_lines(html)
    cleaned = [_unmarked(line) for line in lines]
    return "\n".join(line for line in cleaned if line), meta


def _fallback_lines(html: str) -> list[str]:
    import trafilatura

    extractors: tuple[Callable[[], str], ...] = (
        lambda: str(trafilatura.baseline(html)[1]),
        lambda: str(trafilatura.html2txt(html)),
    )
    for extract in extractors:
        try:
            text = extract()
        except Exception:  # as above: fall through to the next, cruder extractor
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines:
            return lines
    return _visible_text_lines(html)


class _VisibleText(HTMLParser):
    """The visible text of a page, one block a line, scripts and the like left out.

    The last resort: lxml (under trafilatura) gives up on pages nested deeper than
    libxml2's limit, while this streaming parser has no depth limit at all.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buffer: list[str] = []
        self._hidden = 0  # depth inside elements whose content is not text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in res.HTML_HIDDEN_ELEMENTS:
            self._hidden += 1
        elif tag in res.HTML_BLOCK_ELEMENTS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in res.HTML_HIDDEN_ELEMENTS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in res.HTML_BLOCK_ELEMENTS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buffer.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if line:
            self.lines.append(line)

    def result(self) -> list[str]:
        self.close()
        self._flush()
        return self.lines


def _visible_text_lines(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return parser.result()


def _unmarked(text: str) -> str:
    return res.MARKUP_LEFTOVER.sub("", text).strip()


def _xml_lines(body: Any) -> list[str]:
    """The text of trafilatura's XML tree, one line per block element.

    Walked with an explicit stack: hostile pages can nest deeper than Python recursion.
    """
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = "".join(buffer).strip()
        buffer.clear()
        if line:
            lines.append(line)

    stack: list[tuple[Any, bool]] = [(body, False)]  # (element, children already visited)
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if not closing:
            if tag in res.EXTRACTOR_BLOCKS:
                flush()
            elif tag == "cell" and buffer:
                buffer.append(" ")  # cells of a table row share its line
            if element.text and tag and tag != "graphic":  # not comments or PIs
                buffer.append(element.text)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
        else:
            if tag in res.EXTRACTOR_BLOCKS or tag == "lb":
                flush()
            if element is not body and element.tail:
                buffer.append(element.tail)
    flush()
    return lines


# --------------------------------------------------------------------------- Markdown


def markdown_to_text(markdown: str) -> tuple[str, dict[str, str]]:
    """Markdown without the syntax that is not text; one line stays one line.

    Headings, quote markers, bullets, table rules, emphasis, code fences and inline
    HTML go; links keep their text; images and link definitions are dropped.  YAML
    front matter is dropped too, its ``title``/``date``/``author``/``source`` kept
    as metadata.
    """
    meta: dict[str, str] = {}
    front = res.MD_FRONT_MATTER.match(markdown)
    if front:
        for key, value in res.MD_FRONT_MATTER_FIELD.findall(front.group(1)):
            name = {"source": "sitename", "site": "sitename"}.get(key.lower(), key.lower())
            value = value.strip().strip("\"'")
            if value and name not in meta:
                meta[name] = value
        markdown = markdown[front.end() :]
    markdown = res.MD_HTML_BLOCK.sub("", markdown)
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if res.MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)  # code is kept as text: it may be all a page quotes
            continue
        if (
            res.MD_SETEXT_OR_RULE.match(line)
            or res.MD_TABLE_DELIMITER.match(line)
            or res.MD_LINK_DEFINITION.match(line)
        ):
            out.append("")
            continue
        line = res.MD_BLOCKQUOTE.sub("", line)
        heading = res.MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = res.MD_BULLET.sub("", line)
        if line.lstrip().startswith("|"):
            line = res.MD_TABLE_PIPE.sub(" ", line).strip()
        out.append(_markdown_inline(line))
    return "\n".join(out), meta


def _markdown_inline(line: str) -> str:
    line = res.MD_IMAGE.sub("", line)
    line = res.MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
    line = res.MD_AUTOLINK.sub("", line)
    line = res.MD_CODE_SPAN.sub(r"\2", line)
    line = res.MARKUP_LEFTOVER.sub("", line)
    line = res.MD_STRONG.sub(r"\2", line)
    for pattern in (res.MD_STRIKE, res.MD_EMPHASIS_STAR, res.MD_EMPHASIS_UNDERSCORE):
        line = pattern.sub(r"\1", line)
    return res.MD_ESCAPE.sub(r"\1", line)
