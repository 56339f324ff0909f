"""discover(): folders expanded in sorted order; everything passed over is recorded."""

from __future__ import annotations

import os
from pathlib import Path

from reporter import ingest
from reporter.models import Skipped

ARTICLE = "龙岗区抽调90名处级、科级干部参与土地整备工作。"


def _touch(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_expanded_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/z.html", "sub/deeper/c.HTM", "A.TXT"):
        _touch(tmp_path / name)
    files, skipped = ingest.discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "A.TXT", "a.md", "b.txt", "sub/deeper/c.HTM", "sub/z.html",
    ]  # fmt: skip
    assert skipped == []


def test_passed_over_entries_are_recorded_with_reasons(tmp_path: Path) -> None:
    _touch(tmp_path / "keep.txt")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "config.txt")
    _touch(tmp_path / "photo.jpg", "JFIF")
    _touch(tmp_path / "notes")
    _touch(tmp_path / "README.md", "# The corpus")
    os.mkfifo(tmp_path / "pipe.txt")
    files, skipped = ingest.discover([tmp_path])
    assert files == [tmp_path / "keep.txt"]
    reasons = {Path(s.source_path).name: s.reason for s in skipped}
    assert reasons == {
        ".git": "hidden folder, not searched",
        ".hidden.txt": "hidden file",
        "README.md": "documentation file (README.md), not an article",
        "notes": f"unsupported file type (no suffix); reads {ingest.SUPPORTED_HINT}",
        "photo.jpg": f"unsupported file type ('.jpg'); reads {ingest.SUPPORTED_HINT}",
        "pipe.txt": "not a regular file",
    }
    assert ".docx" in ingest.SUPPORTED_HINT and ".pdf" in ingest.SUPPORTED_HINT
    # and in sorted path order, like the files
    assert [s.source_path for s in skipped] == sorted(s.source_path for s in skipped)


def test_explicit_files_are_taken_whatever_their_suffix_and_missing_ones_recorded(
    tmp_path: Path,
) -> None:
    odd = _touch(tmp_path / "article.dat")
    readme = _touch(tmp_path / "README.md")
    files, skipped = ingest.discover([odd, readme, tmp_path / "missing.txt"])
    assert files == [odd, readme]
    assert skipped == [Skipped((tmp_path / "missing.txt").as_posix(), "no such file or folder")]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    article = _touch(tmp_path / "a.txt")
    files, skipped = ingest.discover([article, tmp_path, tmp_path / "." / "a.txt"])
    assert files == [article]
    assert [s.reason for s in skipped] == ["listed twice: same file as an earlier input"] * 2


def test_symlinks(tmp_path: Path) -> None:
    real = _touch(tmp_path / "real" / "a.txt")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked.txt").symlink_to(real)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    files, skipped = ingest.discover([corpus], outside_links=True)
    assert files == [corpus / "linked.txt"]
    assert {Path(s.source_path).name: s.reason for s in skipped} == {
        "dangling.txt": "broken symbolic link",
        "loop": "symbolic link to a folder, not followed",
    }


def test_discover_is_deterministic(tmp_path: Path) -> None:
    for i in range(30):
        _touch(tmp_path / f"d{i % 4}" / f"f{(i * 7) % 30:02d}.txt")
    assert ingest.discover([tmp_path]) == ingest.discover([tmp_path])
