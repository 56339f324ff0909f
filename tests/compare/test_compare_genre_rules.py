"""The genre rules beyond the page table (tests/fixtures/compare/genre_pages.toml): a named
place counts against rhetoric, read from a file as a user gives it, and a rule's place
weight must be a number."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import pipeline
from reporter.compare import genre
from reporter.compare.genre import GenreError, parse_rules

ESSAY = (
    "之所以强调容错，是因为改革难免试错。因此，必须分清故意违纪和探索失误，"
    "不能把容错当成挡箭牌。有的地方规定过于原则，有的地方程序繁琐，各地应当细化标准。"
    "党中央对此早有要求。"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ESSAY, "rhetoric"),
        # the same argument about a county and its city it names: a commentary on one
        # place's practice, which analysts compare
        ("浙江省安吉县出台干部容错办法，湖州市随后推广。" + ESSAY, "news"),
    ],
    ids=["essay", "commentary-on-a-county"],
)
def test_a_named_place_counts_against_rhetoric(tmp_path: Path, text: str, kind: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = pipeline.load_document(path, "page")
    assert genre.judge(doc).genre == kind


def test_place_weight_must_be_a_number() -> None:
    with pytest.raises(GenreError, match="place_weight"):
        parse_rules(
            '[[genre]]\nid="x"\nreason="r"\nthreshold=1\nplace_weight="many"\n'
            '[actors]\npattern="干部"\n'
        )
