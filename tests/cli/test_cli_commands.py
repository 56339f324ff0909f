"""The command line: every command documented, exit codes, skipped inputs reported."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reporter import __version__
from reporter.cli import app

runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"reporter {__version__}"


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented_in_readme(command: str, repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"reporter {command}\b", readme), f"README does not document {command!r}"


def test_build_json_on_mixed_folder_names_every_bad_file(
    tmp_path: Path, examples_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = next(examples_dir.glob("001_*.txt"))
    (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (corpus / "english.txt").write_text("This page is in English only.\n" * 20, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    skipped = {Path(s["source_path"]).name: s["reason"] for s in data["skipped"]}
    assert set(skipped) == {"empty.txt", "blank.txt", "scan.txt", "english.txt"}
    assert all(reason.strip() for reason in skipped.values())
    assert [a["id"] for a in data["articles"]] == [seed.stem]
    for name in skipped:
        assert f"skipped {corpus / name}" in result.stderr or name in result.stderr


def test_build_with_no_usable_input_fails_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    last = result.stderr.strip().splitlines()[-1]
    assert "no usable input" in last
    assert not (tmp_path / "o" / "brief.json").exists()


def test_build_rejects_unknown_format_and_engine(tmp_path: Path) -> None:
    bad_format = runner.invoke(app, ["build", "--format", "odt", "--out", str(tmp_path)])
    assert bad_format.exit_code != 0
    bad_engine = runner.invoke(app, ["build", "--engine", "nope", "--out", str(tmp_path)])
    assert bad_engine.exit_code != 0
    assert "nope" in bad_engine.output


def test_clean_json_reports_cleaning(examples_dir: Path) -> None:
    seed = next(examples_dir.glob("002_*.txt"))
    result = runner.invoke(app, ["clean", str(seed), "--json"])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)
    assert article["id"] == seed.stem
    assert article["sentences"]
    assert article["cleaning"]["chars_in"] >= article["cleaning"]["chars_out"] > 0


def test_summarize_json_picks_sentences_in_document_order(examples_dir: Path) -> None:
    seed = next(examples_dir.glob("004_*.txt"))
    result = runner.invoke(app, ["summarize", str(seed), "--sentences", "3", "--json"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["articles"]
    assert item["id"] == seed.stem
    indexes = [p["index"] for p in item["sentences"]]
    assert 1 <= len(indexes) <= 3
    assert indexes == sorted(indexes)


def test_second_build_uses_cache_and_cache_clear_empties_it(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seed = str(next(examples_dir.glob("004_*.txt")))
    first = runner.invoke(app, ["build", seed, "-o", str(tmp_path / "a"), "-f", "json"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["build", seed, "-o", str(tmp_path / "b"), "-f", "json"])
    assert second.exit_code == 0, second.output
    assert (tmp_path / "a" / "brief.json").read_bytes() == (
        tmp_path / "b" / "brief.json"
    ).read_bytes()
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0
    assert re.search(r"removed [1-9]\d* cached result", cleared.stdout)
    again = runner.invoke(app, ["cache", "clear"])
    assert "removed 0 cached" in again.stdout


def test_dask_executor_needs_a_scheduler(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--executor", "dask", "-o", str(tmp_path)])
    assert result.exit_code != 0
    assert "--scheduler" in result.output
