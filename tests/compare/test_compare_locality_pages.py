"""The primary locality of pages written in the genre's style, one table
(`tests/fixtures/compare/place_pages.toml`): the place whose organs act, not a venue, a
study tour's host, a survey paragraph's examples, the site's banner or a sender's
destination.  Each case names the way of naming places it stands for (`shape`); a new
way is one `[[page]]`."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.helpers import primary_locality_of

PAGES_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "place_pages.toml"
PAGES = tomllib.loads(PAGES_FILE.read_text(encoding="utf-8"))["page"]


def test_every_page_names_its_shape() -> None:
    assert all(p["shape"].strip() and p["text"].strip() for p in PAGES)
    texts = [p["text"] for p in PAGES]
    assert len(texts) == len(set(texts)), "a page is listed twice"


@pytest.mark.parametrize("page", PAGES, ids=[f"page-{i}" for i in range(len(PAGES))])
def test_the_page_is_placed(tmp_path: Path, page: dict[str, str]) -> None:
    assert primary_locality_of(tmp_path, page["text"]) == page.get("locality"), page["shape"]
