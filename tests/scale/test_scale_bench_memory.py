"""bench/bench_scale.py's memory sampler: it sees a whole process tree's memory, and
reads the costly PSS rarely enough not to slow the run it measures."""

from __future__ import annotations

import subprocess
import sys
import time
from types import ModuleType

import pytest

from tests.scale.conftest import load_bench_module

MB = 2**20
# A child holds this much, touched, and starts a grandchild holding as much again.
HELD_MB = 120
HOLD_SECONDS = 1.5

_TREE = f"""
import subprocess, sys, time
block = bytearray({HELD_MB} * {MB})  # bytearray() writes every page: resident
child = subprocess.Popen([sys.executable, "-c", "import time; b = bytearray({HELD_MB * MB});"
                          " print('held', flush=True); time.sleep({HOLD_SECONDS})"],
                         stdout=subprocess.PIPE, text=True)
child.stdout.readline()
print("held", flush=True)
child.wait()
"""


@pytest.fixture(scope="module")
def bench_scale() -> ModuleType:
    return load_bench_module("bench_scale")


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_peak_counts_every_process_of_the_tree(bench_scale: ModuleType) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _TREE], stdout=subprocess.PIPE, text=True)
    with bench_scale.PeakTreeMemory(proc.pid) as memory:
        assert proc.stdout is not None
        proc.stdout.readline()  # both blocks are held now
        time.sleep(2 * bench_scale.SAMPLE_SECONDS)
        proc.wait(timeout=30)
    # Both blocks, counted once each (PSS), plus two interpreters; RSS bounds PSS.
    assert 2 * HELD_MB * MB <= memory.peak_bytes <= memory.peak_rss_bytes
    assert memory.peak_bytes < (2 * HELD_MB + 100) * MB
    assert memory.cpu_seconds > 0


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_pss_reads_keep_to_their_share_of_a_core(
    bench_scale: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a share so small that one read must be followed by seconds of rest, a
    # three-second run reads PSS once, while RSS and CPU times are read every tick.
    monkeypatch.setattr(bench_scale, "PSS_CPU_SHARE", 1e-6)
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3)"])
    with bench_scale.PeakTreeMemory(proc.pid) as memory:
        proc.wait(timeout=30)
    assert memory.pss_samples == 1
    assert 0 < memory.peak_bytes <= memory.peak_rss_bytes
