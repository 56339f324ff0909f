"""Up-to-date builds: a second ``reporter build`` of unchanged inputs redoes nothing.

Every build leaves ``.reporter-build.json`` in its output folder: the build's key and
the SHA-256 of each file it wrote.  The key covers everything the outputs depend on:
each input's cache key (its bytes, path and id, the options, the taxonomy's bytes, the
package's code and data, the versions of the libraries that shape results), the inputs
discovery refused, the formats, the language, the number of cards and the templates.
When a build with the cache on finds the same key and every output still in place,
byte for byte, it stops there and reports the skipped inputs the manifest recorded.
Anything else (one changed input, an edited or missing output, another option)
rebuilds, with per-article work served by the cache.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reporter.article import ArticleOptions
from reporter.ingest import shown_path
from reporter.models import Skipped
from reporter.render import write_atomic
from reporter.render.env import templates_dir
from reporter.scale.cache import ArticleCache, options_digest
from reporter.settings import Settings

MANIFEST = ".reporter-build.json"
# Bump when the key's recipe or the file's layout changes: an older manifest then
# never matches.
MANIFEST_FORMAT = "1"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    """What the last build of an output folder was, and what it wrote."""

    key: str
    outputs: tuple[tuple[str, str], ...]  # (file name in the folder, SHA-256)
    skipped: tuple[Skipped, ...]


@cache
def _templates_digest() -> str:
    digest = hashlib.sha256()
    root = templates_dir()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build_key(
    settings: Settings,
    items: Sequence[tuple[Path, str]],
    refused: Sequence[Skipped],
    cache: ArticleCache,
) -> str:
    """The key of a build of ``items`` (path, article id) with ``settings``."""
    options_key = options_digest(ArticleOptions.from_settings(settings))
    digest = hashlib.sha256()
    outputs: tuple[object, ...] = (sorted(settings.formats), settings.lang, settings.cards)
    if settings.filters.active:  # unfiltered builds keep the key they always had
        outputs = (*outputs, settings.filters.key())
    digest.update(repr((MANIFEST_FORMAT, options_key, outputs)).encode())
    digest.update(_templates_digest().encode())
    for path, article_id in items:
        shown = shown_path(path)
        try:
            key = cache.key_for(path, article_id, options_key) or f"too large: {shown}"
        except OSError as exc:
            key = f"unreadable: {shown}: {exc.strerror}"
        digest.update(key.encode() + b"\n")
    for s in refused:
        digest.update(f"refused: {s.source_path}: {s.reason}\n".encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def load(out_dir: Path) -> Manifest | None:
    """The folder's manifest, or None when there is none or it cannot be read."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(
            key=str(data["key"]),
            outputs=tuple((str(name), str(sha)) for name, sha in data["outputs"]),
            skipped=tuple(Skipped(str(p), str(r)) for p, r in data["skipped"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current(out_dir: Path, key: str) -> Manifest | None:
    """The manifest when the last build had ``key`` and left every output unchanged."""
    manifest = load(out_dir)
    if manifest is None or manifest.key != key or not manifest.outputs:
        return None
    for name, sha in manifest.outputs:
        path = out_dir / name
        try:
            if file_digest(path) != sha:
                return None
        except OSError:
            return None
    return manifest


def record(out_dir: Path, key: str, written: Sequence[Path], skipped: Sequence[Skipped]) -> Path:
    """Write the manifest of a build that just wrote ``written`` into ``out_dir`` (the
    staging folder of its :class:`~reporter.render.OutputSet`); returns its path."""
    data = {
        "format": MANIFEST_FORMAT,
        "key": key,
        "outputs": [[p.name, file_digest(p)] for p in written],
        "skipped": [[s.source_path, s.reason] for s in skipped if not s.quiet],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path = out_dir / MANIFEST
    write_atomic(path, text.encode("utf-8"))
    return path
