"""Finding the input files: folders searched in sorted order, what a build wrote passed
over, links that leave the input folders refused, and how a path is printed."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reporter.ingest import provenance, readers
from reporter.ingest import resources as res
from reporter.models import Skipped

# The input name that means standard input (``reporter build -``).
STDIN_NAME = "-"
SUPPORTED_HINT = f".txt, .md, .html, .htm, {readers.SUPPORTED_HINT}"


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


def is_stdin(path: Path) -> bool:
    """True for ``-``: one article read from standard input."""
    return path.as_posix() == STDIN_NAME


def article_stem(path: Path) -> str:
    """The stem an article id is made of (``stdin`` for standard input)."""
    return "stdin" if is_stdin(path) else path.stem
