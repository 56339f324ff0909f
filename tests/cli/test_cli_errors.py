"""Every failure a user can cause: one stderr line naming the thing and what to do, and
the documented exit code (README, "Exit codes"); never a traceback, never a hang."""

from __future__ import annotations

import errno
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reporter import cli
from reporter.cli import EXIT_CANNOT_WRITE, EXIT_NO_INPUT, EXIT_USAGE, app

runner = CliRunner()
REPO = Path(__file__).resolve().parent.parent.parent
# A FIFO opened for reading waits for a writer: a generous bound on a check that takes
# well under a second, so a regression fails instead of hanging the suite.
HANG_TIMEOUT_SECONDS = 60


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("reporter: ")
    return lines[0]


@pytest.fixture
def seed(examples_dir: Path) -> str:
    return str(next(examples_dir.glob("004_*.txt")))


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_output_folder_that_is_a_file_fails_with_one_line(tmp_path: Path, seed: str) -> None:
    target = tmp_path / "brief"
    target.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["build", seed, "-o", str(target), "-f", "json"])
    assert result.exit_code == EXIT_CANNOT_WRITE
    line = _one_line(result.stderr)
    assert str(target) in line and "--out" in line
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_output_folder_under_a_file_fails_with_one_line(tmp_path: Path, seed: str) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["build", seed, "-o", str(tmp_path / "file" / "out")])
    assert result.exit_code == EXIT_CANNOT_WRITE
    assert "--out" in _one_line(result.stderr)


@pytest.mark.parametrize(
    ("code", "reason", "hint"),
    [
        (errno.EROFS, "Read-only file system", "writable"),
        (errno.EACCES, "Permission denied", "writable"),
        (errno.ENOSPC, "No space left on device", "free some space"),
    ],
)
def test_read_only_or_full_output_folder_fails_before_the_build_with_one_line(
    tmp_path: Path, seed: str, monkeypatch: pytest.MonkeyPatch, code: int, reason: str, hint: str
) -> None:
    # Tests run as root, which writes anywhere: the refusal is what the system would say.
    out = tmp_path / "out"

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, reason, str(out / ".reporter-probe-x"))

    monkeypatch.setattr(cli.build.tempfile, "TemporaryFile", refuse)
    result = runner.invoke(app, ["build", seed, "-o", str(out), "-f", "json"])
    assert result.exit_code == EXIT_CANNOT_WRITE
    line = _one_line(result.stderr)
    assert reason in line and hint in line
    assert not out.exists()  # the folder this run made is removed again


def test_output_folder_filling_up_during_the_build_fails_with_one_line(
    tmp_path: Path, seed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reporter import render

    out = tmp_path / "out"

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(out / "brief.json"))

    monkeypatch.setattr(render, "write_outputs", disk_full)
    result = runner.invoke(app, ["build", seed, "-o", str(out), "-f", "json", "-q"])
    assert result.exit_code == EXIT_CANNOT_WRITE
    line = _one_line(result.stderr)
    assert f"{out / 'brief.json'}: No space left on device; free some space" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder_for_real_fails_with_one_line(tmp_path: Path, seed: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = runner.invoke(app, ["build", seed, "-o", str(out), "-f", "json"])
    finally:
        out.chmod(0o700)
    assert result.exit_code == EXIT_CANNOT_WRITE
    assert "Permission denied" in _one_line(result.stderr)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_taxonomy_missing_or_a_folder_fails_with_one_line(
    tmp_path: Path, seed: str, kind: str
) -> None:
    taxonomy = tmp_path / "taxonomy.toml"
    if kind == "folder":
        taxonomy.mkdir()
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", seed, "-o", str(out), "--taxonomy", str(taxonomy)])
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "--taxonomy" in line and str(taxonomy) in line
    assert "does not exist" in line if kind == "missing" else "is a folder" in line
    assert not out.exists()


def test_taxonomy_that_is_a_fifo_fails_with_one_line_and_does_not_hang(
    tmp_path: Path, seed: str
) -> None:
    fifo = tmp_path / "taxonomy.toml"
    os.mkfifo(fifo)
    command = ["build", seed, "-o", str(tmp_path / "o"), "-f", "json", "--taxonomy", str(fifo)]
    done = subprocess.run(
        [sys.executable, "-m", "reporter", *command],
        capture_output=True,
        text=True,
        timeout=HANG_TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path / "c")},
    )
    assert done.returncode == EXIT_USAGE
    assert "not a regular file" in _one_line(done.stderr)


def test_busy_preview_port_fails_with_one_line(seed: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["preview", seed, "--port", str(port)])
    assert result.exit_code == EXIT_CANNOT_WRITE
    line = _one_line(result.stderr)
    assert f"port {port}" in line and "busy" in line and "--port" in line


def test_dask_executor_without_the_extra_fails_with_one_line(
    tmp_path: Path, seed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = runner.invoke(
        app,
        ["build", seed, "-o", str(tmp_path / "o"), "--executor", "dask", "--scheduler", "tcp://x"],
    )
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "pip install 'cadre-reporter[dask]'" in line


@pytest.mark.parametrize("command", ["build", "preview"])
def test_unknown_format_names_the_choices_in_one_line(command: str) -> None:
    result = runner.invoke(app, [command, "--format", "html,epub"])
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "choose from pdf,html,json,docx" in line and "html,epub" in line


@pytest.mark.parametrize("command", ["build", "preview"])
def test_unknown_lang_names_the_choices_in_one_line(tmp_path: Path, command: str) -> None:
    result = runner.invoke(app, [command, "--lang", "fr"], prog_name="reporter")
    assert result.exit_code == EXIT_USAGE
    line = _one_line(result.stderr)
    assert "Value error" not in line
    assert "'fr' is not one of zh, en" in line and f"reporter {command} --help" in line


def test_unknown_option_is_one_line_of_bad_usage() -> None:
    result = runner.invoke(app, ["build", "--bogus"])
    assert result.exit_code == EXIT_USAGE
    assert "--bogus" in _one_line(result.stderr)


def test_no_usable_input_has_its_own_exit_code_and_leaves_no_empty_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "new" / "out"
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == EXIT_NO_INPUT
    assert "no usable input" in result.stderr.strip().splitlines()[-1]
    assert not out.exists()  # an empty output folder is not left after a failed build


def test_failed_build_keeps_an_output_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == EXIT_NO_INPUT
    assert out.is_dir()


def test_quiet_prints_errors_only(tmp_path: Path, seed: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(Path(seed).read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    result = runner.invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "o"), "-f", "json", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.splitlines()[0].endswith("brief.json")


def test_verbose_prints_the_seconds_of_each_stage(tmp_path: Path, seed: str) -> None:
    result = runner.invoke(app, ["build", seed, "-o", str(tmp_path / "o"), "-f", "json", "-v"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^reporter: timing render \d+\.\d\ds$", result.stderr, re.M)


def test_quiet_and_verbose_together_are_bad_usage(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "-q", "-v", "-o", str(tmp_path / "o")])
    assert result.exit_code == EXIT_USAGE
    assert "--quiet" in _one_line(result.stderr)


def test_shell_completion_is_switched_on(tmp_path: Path) -> None:
    # The script the shell sources (what `--show-completion bash` prints, without asking
    # shellingham which shell runs the tests: that depends on how pytest was started).
    shown = subprocess.run(
        [sys.executable, "-m", "reporter"],
        capture_output=True,
        text=True,
        timeout=HANG_TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONPATH": str(REPO), "_REPORTER_COMPLETE": "source_bash"},
    )
    assert shown.returncode == 0, shown.stderr
    assert "_REPORTER_COMPLETE=complete_bash" in shown.stdout
    # And it completes: what bash asks when the user typed `reporter bu<TAB>`.
    done = subprocess.run(
        [sys.executable, "-m", "reporter"],
        capture_output=True,
        text=True,
        timeout=HANG_TIMEOUT_SECONDS,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO),
            "_REPORTER_COMPLETE": "complete_bash",
            "COMP_WORDS": "reporter bu",
            "COMP_CWORD": "1",
        },
    )
    assert done.stdout.split() == ["build"]


def test_exit_codes_are_documented_in_the_readme(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n#", 1)[0]
    for code in (0, EXIT_USAGE, EXIT_NO_INPUT, EXIT_CANNOT_WRITE):
        assert re.search(rf"^\| `{code}` \|", section, re.M), code


def test_progress_line_counts_the_inputs_discovery_skipped(tmp_path: Path, seed: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(Path(seed).read_bytes())
    (corpus / "empty.txt").write_bytes(b"")  # skipped by its worker
    for name in ("notes.docx", "scan.pdf", "sheet.xlsx"):  # refused by discovery
        (corpus / name).write_bytes(b"PK\x03\x04 not an article")
    out = str(tmp_path / "o")
    first = runner.invoke(app, ["build", str(corpus), "-o", out, "-f", "json"])
    assert first.exit_code == 0, first.output
    skipped = len(re.findall(r"^reporter: skipped ", first.stderr, re.M))
    assert skipped == 4, first.stderr
    assert f"skipped={skipped} " in first.stderr
    # An up-to-date build names its skipped inputs again, and counts them too.
    again = runner.invoke(app, ["build", str(corpus), "-o", out, "-f", "json"])
    assert "up to date" in again.stderr
    assert f"skipped={skipped} " in again.stderr
