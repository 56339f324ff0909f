"""Handing freed memory back to the system between the corpus-wide stages.

A large build frees much of what each corpus-wide stage allocated (shingle arrays
of repost grouping, the JSON tree of brief.json), but glibc's allocator keeps freed
small blocks for reuse, so the process stays as large as its largest stage and the
next stage's peak lands on top.  ``malloc_trim`` returns those pages (how much:
``docs/performance.md``).  Elsewhere (macOS, musl) it is skipped; memory is then only
reused, not returned.  Used through :mod:`reporter.scale.upkeep`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import platform
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def give_back() -> bool:
    """Collect cycles, then return free heap pages to the system where the C library
    can; True when it could."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
