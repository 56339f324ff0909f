"""The genre gate on pages written in the genre's style, one table
(`tests/fixtures/compare/genre_pages.toml`): each kind of page that is no news (a novel's
chapter, a model speech for sale, an essay, a yearbook, a reading list, a company's own
command post) is judged that kind and cites the marker it was judged by, and its near
neighbour, real cadre news with the same words, passes.  A new kind is one `[[page]]`."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument

PAGES_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "genre_pages.toml"
PAGES = tomllib.loads(PAGES_FILE.read_text(encoding="utf-8"))["page"]
NEWS = genre.NEWS


def test_every_page_names_a_known_genre_and_a_shape() -> None:
    known = {g.id for g in genre.rules().genres} | {NEWS, genre.NO_ACTOR}
    assert {p["genre"] for p in PAGES} <= known
    assert all(p["shape"].strip() and p["text"].strip() for p in PAGES)
    assert any(p["genre"] == NEWS for p in PAGES) and any(p["genre"] != NEWS for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[f"{p['genre']}-{i}" for i, p in enumerate(PAGES)])
def test_the_gate_judges_the_page(make_document: MakeDocument, page: dict[str, str]) -> None:
    verdict = genre.judge(make_document(page["text"]))
    assert verdict.genre == page["genre"], (page["shape"], verdict)
    if page["genre"] == NEWS:
        assert verdict.reason is None, (page["shape"], verdict)
    else:
        assert verdict.reason is not None, (page["shape"], verdict)
    if "marker" in page:
        assert page["marker"] in verdict.markers, (page["shape"], verdict)
