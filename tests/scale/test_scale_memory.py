"""Freed heap pages go back to the system between the corpus-wide stages."""

from __future__ import annotations

import gc
import platform
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import pytest

from reporter import pipeline
from reporter.scale import upkeep
from reporter.scale.memory import give_back
from reporter.settings import Settings

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


def test_a_build_leaves_nothing_frozen_out_of_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Freeze every few results, as a large build does, on the seeds and a broken file.
    monkeypatch.setattr(upkeep, "RESULTS_FREEZE_EVERY", 2)
    frozen_during: list[int] = []
    original = pipeline.make_brief

    def spy(*args: Any, **kwargs: Any) -> Any:
        frozen_during.append(gc.get_freeze_count())
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_brief", spy)
    built = pipeline.run(Settings(out_dir=tmp_path, formats=("json",)))
    assert built.brief is not None and len(built.brief.documents) == 5
    assert frozen_during and frozen_during[0] > 0  # the results were out of its sight
    assert gc.get_freeze_count() == 0
    # And when the build fails.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(pipeline.NoUsableInput):
        pipeline.build_brief(Settings(inputs=(empty,)))
    assert gc.get_freeze_count() == 0
