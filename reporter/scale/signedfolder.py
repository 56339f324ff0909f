"""A folder of signed cache entries, the least recently used pruned: what the PDF cache
and the corpus cache share.

Each entry is ``<key><suffix>``, sealed with the cache secret (:mod:`reporter.scale.cache`)
so that a file planted in the folder is never trusted; it is written to a temporary file
and renamed, so a reader never sees half an entry; reading it marks it recently used.
Without a secret (an unwritable home), nothing is read or written and the build computes
everything, as with an empty cache.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from reporter.scale.cache import cache_secret, seal, unseal


class SignedFolder:
    """``read``/``write`` signed entries of one kind under ``folder``, at most
    ``max_entries`` of them."""

    def __init__(self, folder: Path, suffix: str, max_entries: int) -> None:
        self.folder = folder
        self.suffix = suffix
        self.max_entries = max_entries

    def read(self, key: str) -> bytes | None:
        """The payload stored under ``key``, or None (absent, unreadable, not ours)."""
        secret = cache_secret()
        if secret is None:
            return None
        path = self.folder / f"{key}{self.suffix}"
        try:
            entry = path.read_bytes()
        except OSError:
            return None
        payload = unseal(key, entry, secret)
        if payload is not None:
            with suppress(OSError):
                os.utime(path)  # recently used: kept by the next prune
        return payload

    def write(self, key: str, payload: bytes) -> None:
        """Store ``payload`` under ``key``; a cache that cannot be written is skipped."""
        secret = cache_secret()
        if secret is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(seal(key, payload, secret))
            os.replace(tmp, self.folder / f"{key}{self.suffix}")
        except OSError:
            with suppress(OSError, UnboundLocalError):
                Path(tmp).unlink(missing_ok=True)
            return
        self._prune()

    def _prune(self) -> None:
        try:
            entries = sorted(
                self.folder.glob(f"*{self.suffix}"), key=lambda p: (p.stat().st_mtime, p.name)
            )
        except OSError:
            return
        for old in entries[: -self.max_entries]:
            with suppress(OSError):
                old.unlink()
