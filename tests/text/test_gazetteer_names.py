"""The divisions the gazetteer finds in texts written in the genre's style, one table
(`tests/fixtures/text/place_names.toml`): short forms, homonyms resolved by their parent,
former counties and new districts, and words that only look like places (a company's
name, a river, a road).  A new way of naming is one `[[text]]`."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reporter.text.gazetteer import find_places

NAMES_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "text" / "place_names.toml"
TEXTS = tomllib.loads(NAMES_FILE.read_text(encoding="utf-8"))["text"]


def test_every_text_names_its_shape() -> None:
    assert all(t["shape"].strip() and t["text"].strip() for t in TEXTS)


@pytest.mark.parametrize("case", TEXTS, ids=[f"text-{i}" for i in range(len(TEXTS))])
def test_the_places_are_found(case: dict[str, object]) -> None:
    text = str(case["text"])
    found = find_places(text)
    assert [m.name for m in found] == case["names"], case["shape"]
    # `cities`, when given: the city each place lies in (a homonym resolved)
    if "cities" in case:
        assert [m.city for m in found] == case["cities"], case["shape"]
