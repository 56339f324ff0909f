"""A content-addressed cache of per-article results (stages 1-5a).

An entry is keyed by everything :func:`reporter.article.process_file` depends on: the
file's bytes, the article id and path it is recorded under, the
:class:`~reporter.article.ArticleOptions`, the taxonomy file's bytes, the package
version, a fingerprint of the package's own code and data files (so a development
checkout never serves results of older code under an unchanged version number) and
the versions of the libraries that shape results.  Entries are pickles written
atomically; one that cannot be read is treated as a miss and rewritten.

The cache lives in ``platformdirs.user_cache_dir("reporter")``.  A pickle can run code
when it is loaded, and a cache directory is easier to write than it looks (a shared
home, a restored backup, a tool that unpacks into it), so every entry is signed: an
HMAC-SHA256 of its key and its bytes, under a secret of 32 random bytes kept in the
user's config directory (``platformdirs.user_config_dir("reporter")/cache.key``, mode
0600), is checked before anything is unpickled.  An entry planted or altered without
the secret, or moved to another key (another input's entry), is a miss: it is never
loaded, and it is rewritten.  Without a readable or writable secret the cache is off.

The cache is bounded (:data:`MAX_CACHE_BYTES`): after a build that wrote to it, the
least recently used entries are evicted down to :data:`PRUNE_TO_FRACTION` of it.
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import os
import pickle
import secrets
import shutil
import tempfile
from contextlib import suppress
from dataclasses import astuple, dataclass, field
from functools import cache
from importlib import metadata as importlib_metadata
from pathlib import Path

import platformdirs

from reporter import __version__
from reporter.article import ArticleOptions, ArticleWork
from reporter.ingest import byte_limit
from reporter.ingest.provenance import sidecar_digest
from reporter.ingest.readers import key_extra

# Bump when the entry layout changes, so older entries are never misread ("3": the
# records became slotted dataclasses, which pickle differently; "4": entries signed).
CACHE_FORMAT = "4"
ENTRIES = "articles"
# An entry is MAGIC, the HMAC-SHA256 of (key, pickle) and the pickle.
MAGIC = b"reporter-cache-4\n"
SIGNATURE_BYTES = 32
SECRET_NAME = "cache.key"
SECRET_BYTES = 32
# Bytes of entries the cache may hold: a corpus of 10,000 ordinary articles, without
# growing with every corpus ever built (entry sizes in docs/performance.md).
MAX_CACHE_BYTES = 1 << 30
# Eviction goes below the bound by this fraction, so the next builds do not evict again
# at once (each eviction lists every entry).
PRUNE_TO_FRACTION = 0.8
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


def _unpickled(payload: bytes) -> object:
    """``pickle.loads`` with the cyclic collector paused: an entry is tens of thousands
    of new objects, all alive, so the collections their allocations would trigger find
    nothing to free (docs/performance.md)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    finally:
        if enabled:
            gc.enable()


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("reporter"))


def secret_path() -> Path:
    """Where the signing secret lives: the user's config directory, not the cache."""
    return Path(platformdirs.user_config_dir("reporter")) / SECRET_NAME


def cache_secret() -> bytes | None:
    """The secret entries are signed with, made on first use; None when it can be
    neither read nor made (then the cache is off: nothing is loaded or stored)."""
    return _secret_at(str(secret_path()))


@cache
def _secret_at(where: str) -> bytes | None:
    path = Path(where)
    if not path.exists():
        # Written whole under another name (mkstemp: mode 0600), then linked into place:
        # a process that finds the file finds all of it, and of two processes making it
        # at once the first link wins and both read that one.
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        except OSError:
            return None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(SECRET_BYTES))
            with suppress(FileExistsError):
                os.link(tmp, path)
        except OSError:
            return None
        finally:
            Path(tmp).unlink(missing_ok=True)
    try:
        secret = path.read_bytes()
    except OSError:
        return None
    # A truncated or hand-made short secret signs nothing: the cache is off.
    return secret if len(secret) >= SECRET_BYTES else None


def _signature(secret: bytes, key: str, payload: bytes) -> bytes:
    mac = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.digest()


def seal(key: str, payload: bytes, secret: bytes) -> bytes:
    """An entry's bytes: the pickle ``payload`` signed for ``key``."""
    return MAGIC + _signature(secret, key, payload) + payload


def unseal(key: str, entry: bytes, secret: bytes) -> bytes | None:
    """The pickle of an entry whose signature holds for ``key``, else None."""
    head = len(MAGIC) + SIGNATURE_BYTES
    if len(entry) < head or not entry.startswith(MAGIC):
        return None
    payload = entry[head:]
    good = hmac.compare_digest(entry[len(MAGIC) : head], _signature(secret, key, payload))
    return payload if good else None


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
    unsigned: int = 0  # entries whose signature did not hold (never unpickled)


@dataclass
class ArticleCache:
    """Per-article results on disk under ``root``; thread- and process-safe writes."""

    root: Path = field(default_factory=default_cache_dir)
    stats: CacheStats = field(default_factory=CacheStats)
    # The signing secret, found once per cache rather than once per entry: locating the
    # config folder (platformdirs) cost about as much as reading a small entry.
    _secret: tuple[bytes | None] | None = field(default=None, init=False, repr=False, compare=False)

    def _signing_secret(self) -> bytes | None:
        if self._secret is None:
            self._secret = (cache_secret(),)
        return self._secret[0]

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
        secret = self._signing_secret()
        try:
            if secret is None:
                raise FileNotFoundError(entry)  # no secret: no cache
            data = entry.read_bytes()
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except OSError:
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        payload = unseal(key, data, secret)
        if payload is None:
            # planted, altered, an older format or another key's entry: never unpickled
            self.stats.unsigned += 1
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        try:
            value = _unpickled(payload)
        except Exception:  # any damage to an entry (truncated, old classes) means: recompute
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        if not isinstance(value, ArticleWork):
            self.stats.unreadable += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        with suppress(OSError):
            os.utime(entry)  # recently used: evicted last (see prune)
        return value

    def prune(self, max_bytes: int = MAX_CACHE_BYTES) -> int:
        """Evict least recently used entries until the cache holds at most
        ``max_bytes`` (down to :data:`PRUNE_TO_FRACTION` of it); returns how many."""
        return prune(self.root, max_bytes)

    def put(self, key: str, value: ArticleWork) -> None:
        if not store(self.root, key, value):
            self.stats.unwritable += 1


def store(root: Path, key: str, value: ArticleWork) -> bool:
    """Write one entry atomically (a reader sees no entry or a whole one); False when
    the cache cannot be written (read-only home, full disk): the build goes on, and
    the next run computes that article again."""
    entry = root / ENTRIES / key[:2] / f"{key}.pkl"
    secret = cache_secret()
    if secret is None:
        return False
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{entry.name}.")
    except OSError:
        return False
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(fd, "wb") as fh:
            fh.write(seal(key, payload, secret))
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def prune(root: Path, max_bytes: int = MAX_CACHE_BYTES) -> int:
    """Evict the least recently used entries under ``root`` (by modification time,
    which a hit refreshes) while they hold more than ``max_bytes``, down to
    :data:`PRUNE_TO_FRACTION` of it; returns how many were removed.  Entries another
    process removes meanwhile are skipped."""
    entries: list[tuple[int, str, int]] = []
    total = 0
    try:
        shards = list(os.scandir(root / ENTRIES))
    except OSError:
        return 0
    for shard in shards:
        if not shard.is_dir(follow_symlinks=False):
            continue
        with suppress(OSError), os.scandir(shard.path) as it:
            for e in it:
                if e.name.endswith(".pkl") and e.is_file(follow_symlinks=False):
                    st = e.stat(follow_symlinks=False)
                    entries.append((st.st_mtime_ns, e.path, st.st_size))
                    total += st.st_size
    if total <= max_bytes:
        return 0
    target = int(max_bytes * PRUNE_TO_FRACTION)
    removed = 0
    for _mtime, path, size in sorted(entries):
        if total <= target:
            break
        with suppress(FileNotFoundError):
            os.unlink(path)
            removed += 1
        total -= size
    return removed


def clear_cache(root: Path | None = None) -> int:
    """Delete every cached entry under ``root`` (default: the user cache dir); returns
    how many entries were removed."""
    entries = (root or default_cache_dir()) / ENTRIES
    if not entries.is_dir():
        return 0
    count = sum(1 for _ in entries.rglob("*.pkl"))
    shutil.rmtree(entries)
    return count
