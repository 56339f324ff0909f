"""Up-to-date builds: a second build of unchanged inputs redoes nothing; any change rebuilds."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reporter import article, pipeline
from reporter.cli import app
from reporter.models import Skipped
from reporter.scale.manifest import MANIFEST
from reporter.settings import Settings

REPO = Path(__file__).resolve().parents[2]
# Two seeds and a file ingest refuses: enough for a brief and a skip to replay.
SEEDS = ("001_*.txt", "004_*.txt")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for pattern in SEEDS:
        seed = sorted((REPO / "examples").glob(pattern))[0]
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture
def settings(corpus: Path, tmp_path: Path) -> Settings:
    return Settings(
        inputs=(corpus,),
        out_dir=tmp_path / "out",
        formats=("json", "html"),
        jobs=1,
        use_cache=True,
        cache_dir=tmp_path / "cache",
    )


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_second_build_of_unchanged_inputs_writes_nothing(settings: Settings) -> None:
    first = pipeline.run(settings)
    assert first.brief is not None and not first.up_to_date
    before = _snapshot(settings.out_dir)
    skips: list[Skipped] = []
    timings = article.Timings()
    second = pipeline.run(settings, pipeline.BuildHooks(on_skip=skips.append, timings=timings))
    assert second.up_to_date and second.brief is None
    assert second.written == first.written
    assert _snapshot(settings.out_dir) == before  # same bytes, not even rewritten
    assert "articles" not in timings.seconds  # no per-article work at all
    # The refused input is reported again, with the reason the first build gave.
    assert second.skipped == first.skipped and skips == list(first.skipped)
    assert any(s.source_path.endswith("empty.txt") for s in skips)


def test_a_changed_input_rebuilds(settings: Settings, corpus: Path) -> None:
    pipeline.run(settings)
    brief_json = (settings.out_dir / "brief.json").read_bytes()
    changed = sorted(corpus.glob("004_*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("考察", "考核", 1), encoding="utf-8")
    again = pipeline.run(settings)
    assert not again.up_to_date and again.brief is not None
    assert (settings.out_dir / "brief.json").read_bytes() != brief_json


def test_an_edited_or_missing_output_is_rebuilt(settings: Settings) -> None:
    pipeline.run(settings)
    html = settings.out_dir / "brief.html"
    good = html.read_bytes()
    html.write_bytes(good + b"<!-- edited -->")
    assert not pipeline.run(settings).up_to_date
    assert html.read_bytes() == good
    (settings.out_dir / "brief.json").unlink()
    assert not pipeline.run(settings).up_to_date
    assert (settings.out_dir / "brief.json").is_file()


@pytest.mark.parametrize(
    "change",
    [
        {"lang": "en"},
        {"formats": ("json",)},
        {"cards": 1},
        {"sentences": 3},
        {"use_cache": False},
    ],
)
def test_other_options_or_no_cache_rebuild(settings: Settings, change: dict[str, object]) -> None:
    pipeline.run(settings)
    assert not pipeline.run(replace(settings, **change)).up_to_date  # type: ignore[arg-type]


def test_manifest_names_every_output(settings: Settings) -> None:
    result = pipeline.run(settings)
    text = (settings.out_dir / MANIFEST).read_text(encoding="utf-8")
    for path in result.written:
        assert f'"{path.name}"' in text


def test_cli_says_up_to_date(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    out = tmp_path / "cli-out"
    args = ["build", str(corpus), "--out", str(out), "--format", "json", "--jobs", "1"]
    runner = CliRunner()
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "up to date" in second.output and "up to date" not in first.output
    assert "empty.txt" in second.output  # the skip is still named
    assert str(out / "brief.json") in second.output
