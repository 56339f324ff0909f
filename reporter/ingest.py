"""Stage 1: find input files and decode them.  PLACEHOLDER: replaced by the issue-3 work."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from reporter.models import Article, InputRejected, Skipped

SUFFIXES = (".txt", ".md", ".html", ".htm")


def discover(inputs: Sequence[Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders (sorted, recursively) into files; record missing paths as skipped."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.is_file()))
        elif item.is_file():
            files.append(item)
        else:
            skipped.append(Skipped(item.as_posix(), "no such file or folder"))
    return files, skipped


def read_article(path: Path, article_id: str) -> Article:
    data = path.read_bytes()
    if not data.strip():
        raise InputRejected(path.as_posix(), "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputRejected(path.as_posix(), f"not UTF-8 ({exc.reason})") from exc
    return Article(
        id=article_id,
        source_path=path.as_posix(),
        text=text.replace("\r\n", "\n"),
        encoding="utf_8",
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
    )
