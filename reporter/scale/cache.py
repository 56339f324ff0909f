"""A content-addressed cache of per-article results (stages 1-5a).

An entry is keyed by everything :func:`reporter.pipeline.process_file` depends on: the
file's bytes, the article id and path it is recorded under, the
:class:`~reporter.pipeline.ArticleOptions`, the taxonomy file's bytes, the package
version, a fingerprint of the package's own code and data files (so a development
checkout never serves results of older code under an unchanged version number) and
the versions of the libraries that shape results.  Entries are pickles written
atomically; one that cannot be read is treated as a miss and rewritten.

The cache lives in ``platformdirs.user_cache_dir("reporter")``; it is the user's own
directory, so unpickling its entries trusts nothing more than the user's own files.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from dataclasses import astuple, dataclass, field
from functools import cache
from importlib import metadata as importlib_metadata
from pathlib import Path

import platformdirs

from reporter import __version__
from reporter.ingest import byte_limit
from reporter.models import Skipped, pickles_as_fields
from reporter.pipeline import ArticleOptions, ArticleResult
from reporter.provenance import sidecar_digest
from reporter.readers import key_extra
from reporter.scale.reposts import Fingerprint

# Bump when the entry layout changes, so older entries are never misread ("3": the
# records became slotted dataclasses, which pickle differently).
CACHE_FORMAT = "3"
ENTRIES = "articles"
# Libraries whose upgrades change per-article results (segmentation, conversion, graphs;
# datasketch derives the MinHash permutations of the cached repost fingerprints).
_RESULT_LIBRARIES = (
    "jieba",
    "textrank4zh",
    "opencc",
    "networkx",
    "numpy",
    "scipy",
    "trafilatura",
    "datasketch",
)
# Package files that shape per-article results; compiled caches and templates do not.
_FINGERPRINT_SUFFIXES = (".py", ".toml", ".tsv", ".txt", ".json")


@pickles_as_fields
@dataclass(frozen=True, slots=True)
class ArticleWork:
    """One input's per-article result, its repost fingerprint and its line of
    articles.jsonl (both None when skipped), made where the article was processed so
    the parent only passes them on."""

    outcome: ArticleResult | Skipped
    fingerprint: Fingerprint | None
    record: bytes | None = None


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("reporter"))


@cache
def code_fingerprint() -> str:
    """A digest of the installed package's code and data files."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in _FINGERPRINT_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@cache
def _library_versions() -> tuple[tuple[str, str], ...]:
    out = []
    for name in _RESULT_LIBRARIES:
        try:
            out.append((name, importlib_metadata.version(name)))
        except importlib_metadata.PackageNotFoundError:
            out.append((name, "absent"))
    return tuple(out)


def options_digest(options: ArticleOptions) -> str:
    """What the options contribute to a key: their values and the taxonomy's bytes."""
    digest = hashlib.sha256()
    digest.update(repr(astuple(options)).encode())
    if options.taxonomy:
        # The file's bytes, not its path or mtime: an edited taxonomy must miss.
        digest.update(Path(options.taxonomy).read_bytes())
    digest.update(repr((__version__, CACHE_FORMAT, _library_versions())).encode())
    digest.update(code_fingerprint().encode())
    return digest.hexdigest()


def entry_key(data: bytes, source_path: str, article_id: str, options_key: str) -> str:
    # The id and path are recorded inside the result, so they are part of its identity.
    digest = hashlib.sha256(data)
    digest.update(b"\0" + source_path.encode() + b"\0" + article_id.encode() + b"\0")
    digest.update(options_key.encode())
    return digest.hexdigest()


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    unreadable: int = 0  # entries that existed but could not be loaded (then rewritten)
    unwritable: int = 0  # results this process could not store


@dataclass
class ArticleCache:
    """Per-article results on disk under ``root``; thread- and process-safe writes."""

    root: Path = field(default_factory=default_cache_dir)
    stats: CacheStats = field(default_factory=CacheStats)

    def _path(self, key: str) -> Path:
        return self.root / ENTRIES / key[:2] / f"{key}.pkl"

    def key_for(self, path: Path, article_id: str, options_key: str) -> str | None:
        """The entry key, or None for a file ingest refuses by size: it is not read here
        (a multi-gigabyte input would otherwise be loaded whole just to be hashed)."""
        if path.stat().st_size > byte_limit(path):
            return None
        # A sources.csv beside it is part of the result (provenance.given_for), and so is
        # LibreOffice for a .doc (readers.key_extra).
        data = path.read_bytes() + sidecar_digest(path) + key_extra(path)
        return entry_key(data, path.as_posix(), article_id, options_key)

    def get(self, key: str) -> ArticleWork | None:
        entry = self._path(key)
        try:
            with entry.open("rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except Exception:  # any damage to an entry (truncated, old classes) means: recompute
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        if not isinstance(value, ArticleWork):
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return value

    def put(self, key: str, value: ArticleWork) -> None:
        if not store(self.root, key, value):
            self.stats.unwritable += 1


def store(root: Path, key: str, value: ArticleWork) -> bool:
    """Write one entry atomically (a reader sees no entry or a whole one); False when
    the cache cannot be written (read-only home, full disk): the build goes on, and
    the next run computes that article again."""
    entry = root / ENTRIES / key[:2] / f"{key}.pkl"
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{entry.name}.")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def clear_cache(root: Path | None = None) -> int:
    """Delete every cached entry under ``root`` (default: the user cache dir); returns
    how many entries were removed."""
    entries = (root or default_cache_dir()) / ENTRIES
    if not entries.is_dir():
        return 0
    count = sum(1 for _ in entries.rglob("*.pkl"))
    shutil.rmtree(entries)
    return count
