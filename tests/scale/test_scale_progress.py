"""The progress displays: a bar on a terminal, one key=value line otherwise."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from reporter import pipeline
from reporter.scale.progress import RichProgress, SummaryProgress, progress_for
from reporter.settings import Settings


def test_terminal_gets_a_bar_with_counts_and_skipped() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with progress_for(console) as hook:
        assert isinstance(hook, RichProgress)
        for done in range(1, 11):
            hook(done, 10, 1 if done >= 4 else 0)
    shown = out.getvalue()
    assert "10/10" in shown
    assert "skipped 1" in shown


def test_non_terminal_gets_one_machine_readable_line() -> None:
    out = io.StringIO()
    ticks = iter([100.0, 100.0, 104.0])  # start, enter, summary
    console = Console(file=out, force_terminal=False)
    with SummaryProgress(console, clock=lambda: next(ticks)) as hook:
        hook(1, 8, 0)
        hook(8, 8, 2)
    assert out.getvalue() == ("reporter: progress done=8 total=8 skipped=2 seconds=4.0 rate=2.0\n")


def test_build_reports_every_file_to_the_hook(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = io.StringIO()
    console = Console(file=out, force_terminal=False)
    with progress_for(console) as hook:
        pipeline.build_brief(
            Settings(inputs=(examples_dir, tmp_path / "empty.txt")),
            pipeline.BuildHooks(on_progress=hook),
        )
    line = out.getvalue().strip()
    assert line.startswith("reporter: progress done=")
    fields = dict(part.split("=") for part in line.split()[2:])
    assert fields["done"] == fields["total"]
    assert int(fields["skipped"]) >= 1  # the empty file
