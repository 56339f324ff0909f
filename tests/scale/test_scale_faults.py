"""Issue 17, faults: a parallel build ended by SIGTERM, SIGINT, ``kill -9`` or
``timeout`` leaves no process behind (workers, fork server, resource tracker) and no
temporary file.  Real processes: the build runs in a child, in a session of its own,
and every process of that session is looked for afterwards."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from reporter import render

REPO = Path(__file__).resolve().parents[2]
SAFETY = REPO / "tests" / "fixtures" / "ingest" / "safety"
# Copies of the fixtures under other names: enough work that both workers are busy
# when the signal comes (about 0.3 s an article).
COPIES = 30
# Seconds `timeout` gives the build: ample to get going on a loaded machine.
TIMEOUT = 45
# Seconds a build's processes get to be gone after its end (they exit at once; this
# bounds a loaded machine).
GONE_WITHIN = 20

# The child: the real pipeline with the pool forced on however few the articles,
# announcing (a file) once the first article is back from a worker and then holding
# the build there, so that it is always mid-way when it is ended.
_BUILD = """
import dataclasses, sys, time
from pathlib import Path
import reporter.scale.executor as ex
from reporter import pipeline
from reporter.settings import Settings

real_map = ex.map_articles

def pooled(items, options, scale=None, *args, **kwargs):
    scale = dataclasses.replace(scale or ex.ScaleOptions(), pool_min_articles=1)
    return real_map(items, options, scale, *args, **kwargs)

ex.map_articles = pooled

def progress(done, total, skipped):
    if done == 1:
        Path(sys.argv[3]).write_text("working")
        time.sleep(600)

pipeline.run(
    Settings(inputs=(Path(sys.argv[1]),), out_dir=Path(sys.argv[2]), formats=("json",), jobs=2),
    pipeline.BuildHooks(on_progress=progress),
)
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(COPIES):
        for source in sorted(SAFETY.glob("*.txt")):
            shutil.copy(source, folder / f"{n:02d}_{source.name}")
    return folder


def _session(sid: int) -> list[psutil.Process]:
    """Every live (not zombie) process of session ``sid``."""
    found = []
    for proc in psutil.process_iter(["pid", "status"]):
        try:
            if os.getsid(proc.pid) == sid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return found


def _wait_gone(sid: int) -> list[str]:
    deadline = time.monotonic() + GONE_WITHIN
    while time.monotonic() < deadline:
        alive = _session(sid)
        if not alive:
            return []
        time.sleep(0.2)
    return [" ".join(p.cmdline())[:120] for p in _session(sid)]


@pytest.fixture
def build(tmp_path: Path, corpus: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A parallel build, started in its own session, once its pool is working."""
    started = tmp_path / "working"
    command = [sys.executable, "-c", _BUILD, str(corpus), str(tmp_path / "out"), str(started)]
    child = subprocess.Popen(
        command,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while not started.exists():
            if child.poll() is not None:
                pytest.fail(child.stderr.read().decode() if child.stderr else "build ended")
            assert time.monotonic() < deadline, "the build never got going"
            time.sleep(0.1)
        assert len(_session(child.pid)) >= 5  # build, tracker, fork server, 2 workers
        yield child
    finally:
        for proc in _session(child.pid):  # whatever a failing test left
            proc.kill()
        child.wait(timeout=30)


def _no_temporary_files(tmp_path: Path) -> None:
    leftovers = [p.name for p in tmp_path.iterdir() if render.STAGING_INFIX in p.name]
    out = tmp_path / "out"
    if out.exists():
        leftovers += [p.name for p in out.iterdir()]
    assert leftovers == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "status"),
    [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 128 + signal.SIGINT)],
)
def test_sigterm_and_sigint_end_the_pool_and_its_helpers(
    build: subprocess.Popen[bytes], tmp_path: Path, sig: signal.Signals, status: int
) -> None:
    """They used to leave the fork server, two workers and the resource tracker alive
    (~900 MB), and a full-size `.articles.jsonl.*`."""
    build.send_signal(sig)
    # a shell's 128 + n, or killed by the signal re-raised after the clean-up (what
    # Python does with an uncaught KeyboardInterrupt)
    assert build.wait(timeout=GONE_WITHIN) in (status, -sig)
    assert _wait_gone(build.pid) == []
    _no_temporary_files(tmp_path)


@pytest.mark.slow
def test_killed_parent_workers_exit_when_it_dies(
    build: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    """kill -9 runs no clean-up in the build: its workers see the pipe they watch
    close, exit, and the fork server and the resource tracker follow."""
    build.kill()
    build.wait(timeout=GONE_WITHIN)
    assert _wait_gone(build.pid) == []


@pytest.mark.slow
def test_nothing_survives_timeout(tmp_path: Path, corpus: Path) -> None:
    started = tmp_path / "working"
    command = [sys.executable, "-c", _BUILD, str(corpus), str(tmp_path / "out"), str(started)]
    # the build holds once working; timeout ends it (it needs ~10 s to get going)
    child = subprocess.Popen(
        ["timeout", "-s", "TERM", str(TIMEOUT), *command],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        start_new_session=True,
    )
    try:
        assert child.wait(timeout=TIMEOUT + 60) == 124  # timed out
        assert started.exists()
        assert _wait_gone(child.pid) == []
        _no_temporary_files(tmp_path)
    finally:
        for proc in _session(child.pid):
            proc.kill()
