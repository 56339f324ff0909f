"""Page heads and what `clean_article` reads from them, one table
(`tests/fixtures/clean/heads.toml`): the headline among a page's furniture (breadcrumbs,
channel labels, credits, captions, banners, spam tails), a kicker or a subtitle stacked
on it, a headline wrapped by a narrow column, a title derived when the page shows none,
and the page's date among datelines, feed stamps, upload credits and lists of other
stories' dates.  Each case names its general cause (`why`) and checks only what that
cause is about: the whole title, whether it was derived, the date, or a part of the
title (`title_has`, `title_lacks`, `title_starts`); every case failed on the
rules of its day at first sight of a batch, or guards a neighbour of one that did.  A
new way a page sets its head is one `[[case]]`, not a new test module."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.models import Article

HEADS_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "clean" / "heads.toml"
REQUIRED = {"why", "text"}
PARTIAL = {"title_has", "title_lacks", "title_starts"}  # parts of the title, no whole one
CHECKS = {"title", "derived", "published"} | PARTIAL
CASES: list[dict[str, object]] = tomllib.loads(HEADS_FILE.read_text(encoding="utf-8"))["case"]


def _slug(why: str) -> str:
    words = re.findall(r"[a-z0-9]+", why.lower())
    return "-".join(words[:6]) or "case"


IDS = [f"{_slug(str(case['why']))}-{i}" for i, case in enumerate(CASES)]


def _strings(value: object) -> list[str]:
    """A partial check's value: one string or a list of them."""
    values = value if isinstance(value, list) else [value]
    assert values and all(isinstance(v, str) and v for v in values), value
    return [str(v) for v in values]


def test_every_case_is_well_formed() -> None:
    for i, case in enumerate(CASES):
        keys = set(case)
        assert keys >= REQUIRED, f"case {i} lacks {sorted(REQUIRED - keys)}"
        unknown = keys - REQUIRED - CHECKS
        assert not unknown, f"case {i} has unknown {sorted(unknown)}"
        assert keys & CHECKS, f"case {i} checks nothing"
        assert isinstance(case["why"], str) and case["why"].strip() and "\n" not in case["why"]
        assert isinstance(case["text"], str) and case["text"].strip()
        if "title" in case:
            assert isinstance(case["title"], str) and case["title"].strip()
        if "derived" in case:
            assert isinstance(case["derived"], bool)
        published = case.get("published", "")
        assert isinstance(published, str)
        assert published == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published), published
        for key in PARTIAL & keys:
            _strings(case[key])
        assert isinstance(case.get("title_starts", ""), str)
    texts = [case["text"] for case in CASES]
    assert len(texts) == len(set(texts)), "a text is listed twice"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_head_is_read(case: dict[str, object]) -> None:
    meta = clean_article(Article.from_text(str(case["text"]), "inline")).metadata
    why = case["why"]
    if "title" in case:
        assert meta.title == case["title"], why
    if "derived" in case:
        assert meta.title_derived is case["derived"], why
    if "published" in case:
        assert meta.published == (case["published"] or None), why
    if "title_has" in case:
        assert all(part in meta.title for part in _strings(case["title_has"])), why
    if "title_lacks" in case:
        assert not any(part in meta.title for part in _strings(case["title_lacks"])), why
    if "title_starts" in case:
        assert meta.title.startswith(str(case["title_starts"])), why
