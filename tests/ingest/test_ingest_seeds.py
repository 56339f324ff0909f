"""Every seed is read as the UTF-8 it is, mojibake included (the cleaner's job)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import ingest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEEDS = sorted(EXAMPLES.glob("[0-9][0-9][0-9]_*.txt"))


def test_there_are_five_seeds() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_reads_as_utf8_unchanged(path: Path) -> None:
    article = ingest.read_article(path, path.stem)
    assert article.encoding == "utf_8"
    assert article.media_type == "text/plain"
    raw = path.read_text(encoding="utf-8")
    # nothing but line breaks and controls normalised: every line is there as scraped
    assert article.text.split("\n") == raw.splitlines()


def test_seed_002_keeps_its_mojibake_for_the_cleaner() -> None:
    # GBK read one byte off: garbled Han, '?' and private-use code points, all valid UTF-8
    path = EXAMPLES / "002_640841af2d42bf82.txt"
    article = ingest.read_article(path, "002")
    assert "?!鼻鄭u市" in article.text
    assert sum("\ue000" <= ch <= "\uf8ff" for ch in article.text) == 7


def test_examples_folder_yields_the_seeds_and_names_what_else_is_there() -> None:
    files, skipped = ingest.discover([EXAMPLES])
    assert files == SEEDS
    for record in skipped:  # e.g. the corpus README, recorded, never silently dropped
        assert Path(record.source_path).parent == EXAMPLES and record.reason
