"""Where each article came from: what the user says about it, and how a path is shown.

Two ways for the user to say where an article came from, both optional:

* ``sources.csv`` in an input folder (or a folder above it), with a header row and the
  columns ``file,url,outlet,published,title,note``; ``file`` is the document's path
  relative to the CSV's folder.  The nearest ``sources.csv`` that lists a file wins.
* TOML front matter at the top of a ``.txt`` or ``.md``, between two ``+++`` lines,
  with the same keys (``file`` aside); it wins over ``sources.csv``.

Values the user gave win over what the cleaner detects, and are marked as given
(``Metadata.given``).  A ``published`` that is not a date and a ``url`` that is not a
web address are not used.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import os
import tomllib
from functools import lru_cache
from pathlib import Path, PurePosixPath

from reporter.ingest import resources as res
from reporter.ingest.decode import NotAnArticle, decode_bytes
from reporter.models import Article, Metadata

SIDECAR_NAME = "sources.csv"
FIELDS = ("url", "outlet", "published", "title", "note")
# How many folders above a document are searched for a sources.csv: the document's own
# folder and two above it cover a corpus sorted into year/outlet sub-folders, while a
# CSV further up (a home folder) is unlikely to describe it.
SIDECAR_MAX_LEVELS = 3
_FRONT_MATTER_TYPES = ("text/plain", "text/markdown")

Given = tuple[tuple[str, str], ...]


def is_sidecar(path: Path) -> bool:
    """True for a ``sources.csv``: read with the documents, never as an article."""
    return path.name.lower() == SIDECAR_NAME


def given_for(path: Path, text: str, media_type: str) -> tuple[str, Given]:
    """``text`` without its front matter, and what the user says about the document at
    ``path`` (front matter over ``sources.csv``), as ``(field, value)`` pairs in
    :data:`FIELDS` order."""
    values = sidecar_values(path)
    if media_type in _FRONT_MATTER_TYPES:
        text, front = split_front_matter(text)
        values.update(front)
    return text, tuple((k, values[k]) for k in FIELDS if values.get(k))


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """``text`` without a leading TOML front matter block, and its usable values; a
    block that is not valid TOML is left in the text (the cleaner sees it)."""
    match = res.TOML_FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        table = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError:
        return text, {}
    return text[match.end() :], _usable({k: _as_text(v) for k, v in table.items()})


def _as_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value) if isinstance(value, str | dt.date | int) else ""


def _usable(row: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in FIELDS:
        value = " ".join((row.get(key) or "").split())
        if key == "published":
            value = iso_date(value) or ""
        elif key == "url" and not res.WEB_ADDRESS.match(value):
            value = ""
        if value:
            out[key] = value
    return out


def iso_date(value: str) -> str | None:
    """``2022-11-07``, ``2022/11/7`` or ``2022年11月7日`` as ISO, else None."""
    m = res.GIVEN_DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _sidecars(path: Path) -> list[Path]:
    folder = path.absolute().parent
    out = []
    for _ in range(SIDECAR_MAX_LEVELS):
        candidate = folder / SIDECAR_NAME
        if candidate.is_file():
            out.append(candidate)
        if folder.parent == folder:
            break
        folder = folder.parent
    return out


def sidecar_values(path: Path) -> dict[str, str]:
    """What the nearest ``sources.csv`` listing ``path`` says about it."""
    target = path.absolute()
    for sidecar in _sidecars(path):
        relative = PurePosixPath(os.path.relpath(target, sidecar.parent).replace(os.sep, "/"))
        try:
            info = sidecar.stat()
        except OSError:
            continue
        rows = _read_sidecar(str(sidecar), info.st_mtime_ns, info.st_size)
        if relative.as_posix() in rows:
            return dict(rows[relative.as_posix()])
    return {}


@lru_cache(maxsize=64)
def _read_sidecar(path: str, _mtime_ns: int, _size: int) -> dict[str, dict[str, str]]:
    """A sources.csv's rows by normalised file path (cached while the file is unchanged)."""
    try:
        data = Path(path).read_bytes()
        text, _ = decode_bytes(data)  # Excel saves CSV as GBK on a Chinese Windows
    except (OSError, NotAnArticle):
        return {}
    rows: dict[str, dict[str, str]] = {}
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    for row in reader:
        name = (row.get("file") or "").strip().replace("\\", "/")
        if not name:
            continue
        key = PurePosixPath(name.removeprefix("./")).as_posix()
        rows.setdefault(key, _usable({k: v for k, v in row.items() if isinstance(v, str)}))
    return rows


def sidecar_digest(path: Path) -> bytes:
    """What the sidecars contribute to a cache key of ``path``: the bytes of every
    ``sources.csv`` that may describe it (an edited sidecar must miss)."""
    digest = hashlib.sha256()
    for sidecar in _sidecars(path):
        try:
            digest.update(sidecar.read_bytes())
        except OSError:
            continue
    return digest.digest()


def apply_given(metadata: Metadata, article: Article) -> Metadata:
    """``metadata`` with the user's values in place of detected ones, marked as given,
    and the article's address (given, else detected)."""
    given = dict(article.given)
    changes: dict[str, object] = {"url": given.get("url") or article.url}
    if "title" in given:
        changes.update(title=given["title"], title_derived=False)
    if "outlet" in given:
        changes["outlet"] = given["outlet"]
    if "published" in given:
        changes["published"] = given["published"]
        if metadata.reposted and metadata.reposted <= given["published"]:
            changes["reposted"] = None
    if "note" in given:
        changes["note"] = given["note"]
    changes["given"] = tuple(k for k, _ in article.given)
    return dataclasses.replace(metadata, **changes)  # type: ignore[arg-type]


def shown_path(source_path: str, roots: tuple[str, ...]) -> str:
    """A document's path as a brief shows it: relative to the input folder it was
    found in (the deepest that holds it), never absolute."""
    path = Path(source_path)
    if not path.is_absolute() and ".." not in path.parts:
        return path.as_posix()
    absolute = path.absolute()
    best: str | None = None
    for root in roots:
        try:
            relative = absolute.relative_to(Path(root).absolute())
        except ValueError:
            continue
        if best is None or len(relative.parts) < len(PurePosixPath(best).parts):
            best = relative.as_posix()
    return best if best and best != "." else path.name
