"""Files written whole or not at all: a single file (:func:`write_atomic`), one build's
set of files under a lock (:class:`OutputSet`), and the JSON Lines detail file written
a record at a time (:class:`JsonLinesWriter`)."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, suppress
from pathlib import Path
from types import TracebackType
from typing import IO

from reporter.brief import DETAIL_FILE


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
