"""Issue 17, inputs: what a build wrote is never read back, odd names and deep trees
do not stop the batch, symbolic links do not reach outside the input folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from reporter import ingest, pipeline
from reporter.models import Skipped
from reporter.settings import Settings

SAFETY = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "safety"
ARTICLES = sorted(SAFETY.glob("*.txt"))
OUTPUTS = pipeline.build_outputs(None).names


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
    return folder


def _names(files: list[Path]) -> list[str]:
    return [p.name for p in files]


def _discover(settings: Settings) -> tuple[list[Path], list[Skipped]]:
    return pipeline.discover_inputs(settings)


# ------------------------------------------------------------------ the output folder


def test_output_folder_inside_the_inputs_is_never_read(tmp_path: Path) -> None:
    """`cd corpus && reporter build .`: out/ lands inside the inputs; the next run
    must not read the old brief.html (or any output) as an article."""
    corpus = _corpus(tmp_path / "corpus")
    out = corpus / "out"
    for name in OUTPUTS:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTICLES[0], out / name)  # readable Chinese: would pass as an article
    (out / ".reporter-build.json").write_text("{}", encoding="utf-8")
    settings = Settings(inputs=(corpus,), out_dir=out)
    files, skipped = _discover(settings)
    assert _names(files) == [p.name for p in ARTICLES]
    assert skipped == []  # this build's own folder: not an input, nothing to report


def test_output_folder_given_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "out").mkdir()
    shutil.copy(ARTICLES[0], corpus / "out" / "brief.html")
    monkeypatch.chdir(corpus)
    files, skipped = _discover(Settings(inputs=(Path("."),), out_dir=Path("out")))
    assert _names(files) == [p.name for p in ARTICLES]
    assert skipped == []


def test_output_folder_that_is_the_input_folder_keeps_the_articles(tmp_path: Path) -> None:
    """`reporter build . -o .`: the tool's files are passed over, the articles read."""
    corpus = _corpus(tmp_path / "corpus")
    for name in OUTPUTS:
        shutil.copy(ARTICLES[0], corpus / name)
    files, skipped = _discover(Settings(inputs=(corpus,), out_dir=corpus))
    assert _names(files) == [p.name for p in ARTICLES]
    assert skipped == []


def test_output_folder_of_another_build_is_skipped_with_a_reason(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    old = corpus / "archive" / "brief-2023"
    old.mkdir(parents=True)
    shutil.copy(ARTICLES[0], old / "brief.html")
    (old / ".reporter-build.json").write_text("{}", encoding="utf-8")
    files, skipped = _discover(Settings(inputs=(corpus,), out_dir=tmp_path / "elsewhere"))
    assert _names(files) == [p.name for p in ARTICLES]
    assert skipped == [Skipped(old.as_posix(), ingest.OTHER_BUILD_FOLDER)]


def test_output_file_named_explicitly_is_skipped_with_a_reason(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(ARTICLES[0], out / "brief.html")
    (out / ".reporter-build.json").write_text("{}", encoding="utf-8")
    files, skipped = _discover(Settings(inputs=(out / "brief.html", ARTICLES[0])))
    assert files == [ARTICLES[0]]
    assert skipped == [Skipped((out / "brief.html").as_posix(), ingest.WRITTEN_BY_A_BUILD)]


@pytest.mark.slow
def test_output_folder_inside_the_inputs_second_build_reads_the_same_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's reproduction end to end: two builds of `.`, the second with out/
    (brief.html, brief.json, articles.jsonl) inside the inputs, brief the same."""
    corpus = _corpus(tmp_path / "corpus")
    monkeypatch.chdir(corpus)
    settings = Settings(inputs=(Path("."),), out_dir=Path("out"), formats=("json", "html"))
    pipeline.run(settings)
    first = (corpus / "out" / "brief.json").read_bytes()
    pipeline.run(settings)
    assert (corpus / "out" / "brief.json").read_bytes() == first
    brief = orjson.loads(first)
    assert sorted(a["source_path"] for a in brief["articles"]) == [p.name for p in ARTICLES]
    assert brief["skipped"] == []


# ------------------------------------------------------------------ file names


def _bytes_name(folder: Path, name: bytes, source: Path) -> Path:
    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as fh:
        fh.write(source.read_bytes())
    return Path(os.fsdecode(raw))


def test_non_utf8_file_name_is_read_and_shown_with_replacement_characters(
    tmp_path: Path,
) -> None:
    """A name in GBK bytes (成 as a zip made on Windows stores it) is read; it is
    shown, recorded and used as the article id with U+FFFD, and serialises."""
    corpus = _corpus(tmp_path / "corpus")
    odd = _bytes_name(corpus, "干部成长.txt".encode("gbk"), ARTICLES[0])
    (corpus / ARTICLES[0].name).unlink()
    files, skipped = ingest.discover([corpus])
    assert odd in files and skipped == []
    ids = dict(pipeline.assign_ids(files))
    article = ingest.read_article(odd, ids[odd])
    shown = ingest.shown_path(odd)
    assert "\ufffd" in shown and shown.endswith(".txt")
    assert article.source_path == shown
    assert "\ufffd" in article.id
    orjson.dumps({"id": article.id, "path": article.source_path})  # no surrogates left


def test_non_utf8_file_name_skipped_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _bytes_name(corpus, b"scan\xb3\xc9.bin", ARTICLES[0])
    _files, skipped = ingest.discover([corpus])
    assert [s.source_path for s in skipped] == [(corpus / "scan\ufffd\ufffd.bin").as_posix()]
    assert skipped[0].source_path.encode("utf-8")


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("corpus/干部.txt", "corpus/干部.txt"),
        # GBK 干部: a byte pair that happens to be UTF-8 (ɲ) stays that character
        (os.fsdecode(b"corpus/\xb8\xc9\xb2\xbf.txt"), "corpus/\ufffd\u0272\ufffd.txt"),
        (os.fsdecode("corpus/干部".encode() + b"\xff.txt"), "corpus/干部\ufffd.txt"),
    ],
)
def test_shown_path(text_in: str, expected: str) -> None:
    assert ingest.shown_path(Path(text_in)) == expected


# ------------------------------------------------------------------ deep folders


def test_deeply_nested_folders_are_walked_iteratively(tmp_path: Path) -> None:
    """1,100 nested folders (more than Python's recursion limit) are searched."""
    depth = sys.getrecursionlimit() + 100
    leaf = tmp_path / "deep"
    leaf.mkdir()
    # made with a relative path from inside, so no system call sees the whole depth
    cwd = os.getcwd()
    os.chdir(leaf)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        shutil.copy(ARTICLES[0], "article.txt")
    finally:
        os.chdir(cwd)
    try:
        files, skipped = ingest.discover([tmp_path / "deep"])
        assert skipped == []
        assert len(files) == 1 and len(files[0].relative_to(tmp_path).parts) == depth + 2
    finally:
        # pytest's own clean-up of old temporary folders recurses (shutil.rmtree)
        subprocess.run(["rm", "-rf", str(leaf)], check=True)


# ------------------------------------------------------------------ symbolic links


def test_symlinked_file_outside_the_input_folders_is_skipped_with_a_reason(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "home" / "notes.txt"
    secret.parent.mkdir()
    shutil.copy(ARTICLES[0], secret)
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "zz_linked.txt").symlink_to(secret)
    (corpus / "zz_inside.txt").symlink_to(corpus / ARTICLES[1].name)
    files, skipped = ingest.discover([corpus])
    assert corpus / "zz_linked.txt" not in files
    assert [(Path(s.source_path).name, s.reason) for s in skipped] == [
        ("zz_inside.txt", "listed twice: same file as an earlier input"),
        (
            "zz_linked.txt",
            f"symbolic link to a file outside the input folders ({secret.as_posix()});"
            " --outside-links reads it",
        ),
    ]


def test_symlinked_file_outside_the_input_folders_read_with_the_flag(tmp_path: Path) -> None:
    secret = tmp_path / "home" / "notes.txt"
    secret.parent.mkdir()
    shutil.copy(ARTICLES[0], secret)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked.txt").symlink_to(secret)
    files, skipped = ingest.discover([corpus], outside_links=True)
    assert files == [corpus / "linked.txt"] and skipped == []


def test_symlinked_file_into_another_input_folder_is_read(tmp_path: Path) -> None:
    first, second = _corpus(tmp_path / "a"), tmp_path / "b"
    second.mkdir()
    (second / "link.txt").symlink_to(first / ARTICLES[0].name)
    _files, skipped = ingest.discover([second])
    assert skipped[0].reason.startswith("symbolic link to a file outside the input folders")
    files, skipped = ingest.discover([second, first])
    assert second / "link.txt" in files
    assert skipped == [
        Skipped(
            (first / ARTICLES[0].name).as_posix(), "listed twice: same file as an earlier input"
        )
    ]
