"""Freed heap pages go back to the system between the corpus-wide stages."""

from __future__ import annotations

import platform

import numpy as np
import psutil
import pytest

from reporter.scale.memory import give_back

glibc = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)


@glibc
def test_freed_small_blocks_are_returned() -> None:
    process = psutil.Process()
    # Like repost grouping's shingle arrays: many blocks below glibc's mmap threshold,
    # interleaved with a few that stay alive so the heap cannot simply shrink at its top.
    blocks = [np.full(2000, k, dtype=np.uint32) for k in range(20_000)]  # ~160 MB
    kept = blocks[::1000]
    before = process.memory_info().rss
    del blocks
    after_free = process.memory_info().rss
    assert give_back()
    after_trim = process.memory_info().rss
    assert before - after_trim > 100 * 2**20
    assert after_free - after_trim > 50 * 2**20  # the trim did it, not the free
    assert all(int(b[0]) == k * 1000 for k, b in enumerate(kept))
