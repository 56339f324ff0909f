"""Stage 6: rendering the brief as JSON, HTML and PDF, each written atomically.

``write_outputs`` is what the pipeline calls, into the staging folder of an
:class:`OutputSet`, which moves one build's files into place together.  The pieces,
for callers that want one:
:func:`reporter.render.html.render_html`, :func:`reporter.render.pdf.render_pdf`,
:func:`reporter.render.context.build_view` (the documented template context),
:mod:`reporter.render.charts` (inline SVG) and :mod:`reporter.render.preview`.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, ExitStack, nullcontext, suppress
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

import orjson

from reporter.brief import DETAIL_FILE, Brief, Items, json_members

StageTimer = Callable[[str], AbstractContextManager[None]]

FILE_NAMES = {"json": "brief.json", "html": "brief.html", "pdf": "brief.pdf", "docx": "brief.docx"}


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A reader never sees a half-written brief, and a failed render leaves the old one.
    """
    write_atomic_chunks(path, (data,))


def write_atomic_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """:func:`write_atomic` for data that comes in pieces, written as they come."""
    fh, tmp = _temporary_beside(path)
    try:
        with fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _temporary_beside(path: Path) -> tuple[IO[bytes], Path]:
    """A new temporary file in ``path``'s folder (made if missing), open for writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        # mkstemp makes the file private (0600); a brief is shared, so honour the umask.
        os.fchmod(fd, 0o666 & ~_umask())
        return os.fdopen(fd, "wb"), Path(tmp)
    except BaseException:
        os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputSet(AbstractContextManager["OutputSet"]):
    """One build's outputs, written as a set under a lock on the output folder.

    Entering takes an exclusive lock on ``out_dir`` (made if missing): a second build
    into the same folder waits for it (``on_wait`` is told first), so two builds never
    interleave their files.  The lock is the kernel's (``flock`` on the folder), so a
    build killed by any signal releases it.  :attr:`staging` is a temporary folder
    beside the output, on the same file system, where every file is written;
    :meth:`commit` moves them into place one by one, the manifest last, after the old
    manifest is removed (so a build interrupted while moving is never taken as up to
    date).  Leaving removes the staging folder whatever happened, and so do later
    builds with what a killed build left (``kill -9`` runs no clean-up).
    """

    def __init__(self, out_dir: Path, on_wait: Callable[[Path], None] | None = None) -> None:
        self.out_dir = out_dir
        self._on_wait = on_wait
        self._lock: int | None = None
        self._staging: Path | None = None
        self._made_folder = False
        self._committed = False

    def __enter__(self) -> OutputSet:
        told = False
        while self._lock is None:
            self._made_folder = not self.out_dir.is_dir()
            self.out_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.out_dir, os.O_RDONLY | os.O_DIRECTORY)
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if self._on_wait is not None and not told:
                        self._on_wait(self.out_dir)
                        told = True
                    fcntl.flock(fd, fcntl.LOCK_EX)
                if _same_file(fd, self.out_dir):
                    self._lock = fd
                # else the build we waited for removed the folder it had made: again
            finally:
                if self._lock != fd:
                    os.close(fd)
        for where in {*self._stage_parents()}:
            for stale in where.glob(self._stage_prefix() + "*"):
                shutil.rmtree(stale, ignore_errors=True)  # left by a killed build of it
        return self

    def _stage_parents(self) -> list[Path]:
        """Where the staging folder may go, best first: beside the output folder when
        on the same file system (a rename is then a move), else inside it (a mount
        point, or a parent folder this user cannot write)."""
        out = self.out_dir.resolve()
        parent = out.parent
        if out != parent and parent.stat().st_dev == out.stat().st_dev:
            return [parent, out]
        return [out]

    def _stage_prefix(self) -> str:
        return f".{self.out_dir.resolve().name or 'out'}{STAGING_INFIX}"

    @property
    def staging(self) -> Path:
        """The temporary folder this build writes into (made at first use, so that
        discovery, which runs under the lock first, never meets it)."""
        assert self._lock is not None, "use OutputSet in a with block"
        if self._staging is None:
            *beside, inside = self._stage_parents()
            for where in beside:
                with suppress(OSError):
                    self._staging = Path(tempfile.mkdtemp(dir=where, prefix=self._stage_prefix()))
                    return self._staging
            self._staging = Path(tempfile.mkdtemp(dir=inside, prefix=self._stage_prefix()))
        return self._staging

    def commit(self, staged: Sequence[Path], manifest: Path | None = None) -> list[Path]:
        """Move ``staged`` (files in :attr:`staging`) into the output folder, in order,
        then ``manifest``; returns where they now are (``staged``'s order)."""
        assert all(p.parent == self._staging for p in staged), "only staged files move"
        if manifest is not None:
            (self.out_dir / manifest.name).unlink(missing_ok=True)
        placed = []
        for path in staged:
            target = self.out_dir / path.name
            os.replace(path, target)
            placed.append(target)
        if manifest is not None:
            os.replace(manifest, self.out_dir / manifest.name)
        self._committed = True
        return placed

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._staging is not None:
                shutil.rmtree(self._staging, ignore_errors=True)
                self._staging = None
            if self._made_folder and not self._committed:
                with suppress(OSError):  # not empty: someone put something there
                    self.out_dir.rmdir()
        finally:
            if self._lock is not None:
                os.close(self._lock)  # releases the lock
                self._lock = None


# Staging folders are named ".<output folder>.build-XXXX" beside it.
STAGING_INFIX = ".build-"


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), path.stat()
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_JSON_OPTIONS = orjson.OPT_INDENT_2


def json_chunks(brief: Brief) -> Iterator[bytes]:
    """brief.json: UTF-8, two-space indent, keys in the contract's order, newline-ended,
    in pieces.

    The bytes are exactly what ``json.dumps(to_json(brief), ensure_ascii=False,
    indent=2)`` writes (a test holds them equal).  Each member, and each article, is
    built, dumped by orjson and dropped before the next: the whole document as Python
    objects would be the largest allocation of a large build.  A member dumped on its
    own is indented from column 0; one level of nesting more is two spaces after every
    line break, and JSON strings hold no raw line breaks.
    """
    yield b"{"
    for n, (key, value) in enumerate(json_members(brief)):
        yield (b"\n  " if n == 0 else b",\n  ") + orjson.dumps(key) + b": "
        if isinstance(value, Items):
            empty = True
            for k, item in enumerate(value.pending):
                empty = False
                yield (b"[\n    " if k == 0 else b",\n    ") + _nested(item, 2)
            yield b"[]" if empty else b"\n  ]"
        else:
            yield _nested(value, 1)
    yield b"\n}\n"


def _nested(value: Any, depth: int) -> bytes:
    return orjson.dumps(value, option=_JSON_OPTIONS).replace(b"\n", b"\n" + b"  " * depth)


def json_bytes(brief: Brief) -> bytes:
    """:func:`json_chunks` joined."""
    return b"".join(json_chunks(brief))


class JsonLinesWriter:
    """Writes :data:`~reporter.brief.DETAIL_FILE` one record at a time, atomically.

    Records go to a temporary file in the output folder as they arrive, so a corpus of
    any size streams through; :meth:`commit` renames it into place, and leaving the
    ``with`` block without committing (an error) deletes it and keeps the old file.
    """

    def __init__(self, out_dir: Path, name: str = DETAIL_FILE) -> None:
        self.path = out_dir / name
        self.count = 0
        self._tmp: Path | None = None
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> JsonLinesWriter:
        self._fh, self._tmp = _temporary_beside(self.path)
        return self

    def write(self, line: bytes) -> None:
        """Append one record, already serialised (:func:`reporter.brief.article_line`)."""
        assert self._fh is not None, "use JsonLinesWriter in a with block"
        self._fh.write(line)
        self.count += 1

    def commit(self) -> Path:
        assert self._fh is not None and self._tmp is not None
        self._fh.close()
        os.replace(self._tmp, self.path)
        self._tmp = None
        return self.path

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)


def _no_timer(_name: str) -> AbstractContextManager[None]:
    return nullcontext()


def write_outputs(
    brief: Brief,
    out_dir: Path,
    formats: Sequence[str],
    lang: str,
    *,
    stage: StageTimer | None = None,
    pdf_aside: bool | PdfAside = False,
    pdf_cache: PdfStore | None = None,
) -> list[Path]:
    """Write ``brief.json``, ``brief.html`` and ``brief.pdf`` (those in ``formats``).

    ``stage`` (e.g. ``lambda n: timings.stage(f"render.{n}")``) times each format.
    ``pdf_aside``: lay the PDF out in another process while the JSON and the HTML are
    written here (:class:`PdfAside`; one started earlier, or True for a new one); the
    bytes are the same.  ``pdf_cache``: where a PDF laid out before for the same print
    HTML is taken from (:class:`reporter.scale.pdfcache.PdfCache`), and this one is kept.
    Returns the paths written, in the order json, html, pdf.
    """
    # Each renderer is imported only for its format: WeasyPrint alone takes about a
    # second to import, Jinja2 a quarter of one; a JSON-only build needs neither.
    timer = stage or _no_timer
    written: list[Path] = []
    pdf_html = None
    if "pdf" in formats:
        from reporter.render.html import render_print_html

        pdf_html = render_print_html(brief, lang)
    cached_pdf = pdf_cache.get(pdf_html) if pdf_cache is not None and pdf_html else None
    with ExitStack() as stack:
        pdf_future = None
        if pdf_html is not None and cached_pdf is None and pdf_aside and len(formats) > 1:
            aside = (
                pdf_aside if isinstance(pdf_aside, PdfAside) else stack.enter_context(PdfAside())
            )
            pdf_future = aside.lay_out(pdf_html)
        if "json" in formats:
            with timer("json"):
                path = out_dir / FILE_NAMES["json"]
                write_atomic_chunks(path, json_chunks(brief))
            written.append(path)
        if "html" in formats:
            from reporter.render.html import render_html

            with timer("html"):
                path = out_dir / FILE_NAMES["html"]
                write_atomic(path, render_html(brief, lang).encode("utf-8"))
            written.append(path)
        if pdf_html is not None:
            with timer("pdf"):
                path = out_dir / FILE_NAMES["pdf"]
                if cached_pdf is not None:
                    pdf = cached_pdf
                else:
                    if pdf_future is None:
                        from reporter.render.pdf import render_pdf

                    pdf = pdf_future.result() if pdf_future else render_pdf(pdf_html)
                    if pdf_cache is not None:
                        pdf_cache.put(pdf_html, pdf)
                write_atomic(path, pdf)
            written.append(path)
        if "docx" in formats:
            from reporter.render.docx import render_docx

            with timer("docx"):
                path = out_dir / FILE_NAMES["docx"]
                write_atomic(path, render_docx(brief, lang))
            written.append(path)
    return written


class PdfStore(Protocol):
    """Where laid-out PDFs are kept between builds (reporter.scale.pdfcache.PdfCache)."""

    def get(self, html: str) -> bytes | None: ...

    def put(self, html: str, pdf: bytes) -> None: ...


def _render_pdf(html: str) -> bytes:
    # Imported in the child, where nothing else of the build is loaded.
    from reporter.render import pdf

    return pdf.render_pdf(html)


# What the PDF process lays out while it waits for the brief: Chinese text in both
# faces the stylesheets use, so WeasyPrint's fonts are found and loaded beforehand.
_WARM_UP_HTML = (
    '<html lang="zh"><body><p style="font-family: serif">干部考核</p>'
    '<p style="font-family: sans-serif">一线专班</p></body></html>'
)


class PdfAside(AbstractContextManager["PdfAside"]):
    """A process that lays out the PDF (:func:`reporter.render.pdf.render_pdf`) while
    this one writes the JSON and the HTML: a large corpus's PDF takes seconds of
    layout, as long as its JSON and HTML together, while the second core is idle.

    :meth:`start` spawns it and has it import WeasyPrint and load its fonts (about a
    second) ahead of time, e.g. while the corpus-wide stages run on the other core;
    :meth:`lay_out` starts it if that has not happened.  Spawned, not forked: a forked
    child would share the parent's heap, and every page the parent then touches
    writing the JSON would be copied (about 850 MB for 10,000 articles).
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            # Its result is never read: a failure here shows again in lay_out().
            self._pool.submit(_render_pdf, _WARM_UP_HTML)

    def lay_out(self, html: str) -> Future[bytes]:
        self.start()
        assert self._pool is not None
        return self._pool.submit(_render_pdf, html)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            if exc_type is not None:
                # A failure or a signal: the layout under way is not wanted, and
                # waiting for it could take as long as the layout.
                processes = (getattr(self._pool, "_processes", None) or {}).values()
                for process in list(processes):
                    process.terminate()
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
