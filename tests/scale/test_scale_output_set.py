"""Issue 17, outputs: one build's files are written as a set, under a lock on the
output folder; nothing half-written or left over, whatever happens to the build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reporter import pipeline, render
from reporter.render import OutputSet
from reporter.scale.manifest import MANIFEST, file_digest, load
from reporter.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SAFETY = REPO / "tests" / "fixtures" / "ingest" / "safety"


def _corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(SAFETY / name, folder / name)
    return folder


@pytest.fixture
def two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    """Two different corpora (one article in common) for two builds into one folder."""
    a = _corpus(tmp_path / "a", ["city_taskforce.txt", "county_rotation.txt"])
    b = _corpus(tmp_path / "b", ["county_rotation.txt", "district_assessment.txt"])
    return a, b


def _settings(inputs: Path, out: Path, cache: Path) -> Settings:
    return Settings(
        inputs=(inputs,),
        out_dir=out,
        formats=("json", "html"),
        jobs=1,
        use_cache=True,
        cache_dir=cache,
    )


def _leftovers(out: Path) -> list[str]:
    """Temporary files and staging folders in or beside ``out``."""
    beside = [p.name for p in out.parent.iterdir() if render.STAGING_INFIX in p.name]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != MANIFEST]
    return sorted(beside + inside)


def _consistent(out: Path) -> bool:
    """Every output the manifest lists is the file it hashed."""
    manifest = load(out)
    assert manifest is not None
    return all(file_digest(out / name) == sha for name, sha in manifest.outputs)


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_overlapping_builds_never_up_to_date_over_another_builds_outputs(
    tmp_path: Path, two_corpora: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Build B runs while build A is between its JSON and its HTML.  A used to hash
    B's brief.json into its manifest, so the next build of A said "up to date" over
    B's brief; now B waits for A, and each manifest describes its own files."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    a, b = (_settings(c, out, cache) for c in two_corpora)
    real_write = render.write_atomic_chunks
    other: list[threading.Thread] = []
    waited: list[Path] = []

    def write_then_let_b_in(path: Path, chunks: object) -> None:
        real_write(path, chunks)  # type: ignore[arg-type]
        if not other:  # A's brief.json is written: B starts now
            thread = threading.Thread(
                target=pipeline.run, args=(b, pipeline.BuildHooks(on_wait=waited.append))
            )
            other.append(thread)
            thread.start()
            time.sleep(3)  # B gets as far as it can while A is mid-way

    monkeypatch.setattr(render, "write_atomic_chunks", write_then_let_b_in)
    pipeline.run(a)
    monkeypatch.undo()
    other[0].join(timeout=120)
    assert waited == [out]  # B waited for A's lock
    assert _consistent(out)
    again_a = pipeline.run(a)
    assert not again_a.up_to_date  # the folder holds B's brief, not A's
    assert _consistent(out) and pipeline.run(a).up_to_date
    assert _leftovers(out) == []


def test_second_build_waits_for_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    order: list[str] = []
    with OutputSet(out):

        def second() -> None:
            with OutputSet(out, on_wait=lambda _p: order.append("waiting")):
                order.append("second has the lock")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.5)
        order.append("first releases")
    thread.join(timeout=10)
    assert order == ["waiting", "first releases", "second has the lock"]


def test_failed_build_leaves_the_old_outputs_and_no_temporary_files(
    tmp_path: Path, two_corpora: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A render that fails after brief.json and articles.jsonl were written used to
    leave the new brief.json beside the old brief.html (and `.articles.jsonl.*`)."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    a, b = (_settings(c, out, cache) for c in two_corpora)
    pipeline.run(a)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken_html(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("reporter.render.html.render_html", broken_html)
    with pytest.raises(RuntimeError, match="layout failed"):
        pipeline.run(replace(b, use_cache=False))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert _leftovers(out) == []


def test_failed_first_build_leaves_no_output_folder(
    tmp_path: Path, two_corpora: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "new" / "out"

    def broken_html(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("reporter.render.html.render_html", broken_html)
    with pytest.raises(RuntimeError):
        pipeline.run(_settings(two_corpora[0], out, tmp_path / "cache"))
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir()] == []


def test_staging_left_by_a_killed_build_is_removed_by_the_next(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = tmp_path / f".out{render.STAGING_INFIX}k1ll3d"
    stale.mkdir()
    (stale / ".articles.jsonl.x1y2").write_bytes(b"{}\n" * 1000)
    with OutputSet(out) as outputs:
        assert not stale.exists()
        assert outputs.staging.parent == tmp_path
    assert _leftovers(out) == []


# What the build killed during PDF writing runs: the real pipeline, with the PDF
# layout announcing itself (a file) and then taking long enough to be killed in.
_SLOW_PDF_BUILD = """
import sys, time
from pathlib import Path
import reporter.render.pdf as pdf
from reporter import pipeline
from reporter.settings import Settings

def slow_pdf(html):
    Path(sys.argv[3]).write_text("laying out")
    time.sleep(120)

pdf.render_pdf = slow_pdf
pipeline.run(Settings(inputs=(Path(sys.argv[1]),), out_dir=Path(sys.argv[2]),
                      formats=("json", "html", "pdf"), jobs=1))
"""


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_kill_during_pdf_writing_leaves_the_old_build_whole(
    tmp_path: Path, two_corpora: tuple[Path, Path], sig: signal.Signals
) -> None:
    """A build killed while its PDF is laid out used to leave its JSON and HTML
    beside the old build's PDF.  Now the folder stays the old build's, whole, and
    (SIGTERM) no temporary file is left; after SIGKILL the next build removes it."""
    out = tmp_path / "out"
    pipeline.run(
        replace(_settings(two_corpora[0], out, tmp_path / "cache"), formats=("json", "html", "pdf"))
    )
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    started = tmp_path / "pdf-started"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_PDF_BUILD, str(two_corpora[1]), str(out), str(started)],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not started.exists():
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        child.send_signal(sig)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    if sig == signal.SIGTERM:
        assert _leftovers(out) == []
    with OutputSet(out):
        pass
    assert _leftovers(out) == []


def test_second_build_says_in_one_line_that_it_waits(
    tmp_path: Path, two_corpora: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from reporter import cli
    from reporter.cli import build

    told = threading.Event()
    say = build._say_waiting

    def say_and_tell(out_dir: Path) -> None:
        say(out_dir)
        told.set()

    monkeypatch.setattr(build, "_say_waiting", say_and_tell)
    out = tmp_path / "out"
    args = ["build", str(two_corpora[0]), "-o", str(out), "-f", "json", "--no-cache", "-j", "1"]
    result: list[object] = []
    with OutputSet(out):  # another build holds the folder
        thread = threading.Thread(target=lambda: result.append(CliRunner().invoke(cli.app, args)))
        thread.start()
        assert told.wait(timeout=120)
        assert not (out / "brief.json").exists()  # waiting, not writing
    thread.join(timeout=120)
    (done,) = result
    assert done.exit_code == 0  # type: ignore[attr-defined]
    waiting = [
        line
        for line in done.stderr.splitlines()  # type: ignore[attr-defined]
        if "waiting" in line
    ]
    assert waiting == [f"reporter: waiting for another build writing {out} to finish"]
    assert (out / "brief.json").is_file()
