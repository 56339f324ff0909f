"""Page heads and what `clean_article` reads from them, one table
(`tests/fixtures/clean/heads.toml`): the headline among a page's furniture (breadcrumbs,
channel labels, credits, captions, banners, spam tails), a kicker or a subtitle stacked
on it, a headline wrapped by a narrow column, a title derived when the page shows none,
and the page's date among datelines, feed stamps, upload credits and lists of other
stories' dates.  Each case names its general cause (`why`); every case failed on the
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
REQUIRED = {"why", "text", "title", "derived"}
OPTIONAL = {"published"}
CASES: list[dict[str, object]] = tomllib.loads(HEADS_FILE.read_text(encoding="utf-8"))["case"]


def _slug(why: str) -> str:
    words = re.findall(r"[a-z0-9]+", why.lower())
    return "-".join(words[:6]) or "case"


IDS = [f"{_slug(str(case['why']))}-{i}" for i, case in enumerate(CASES)]


def test_every_case_is_well_formed() -> None:
    for i, case in enumerate(CASES):
        keys = set(case)
        assert keys >= REQUIRED, f"case {i} lacks {sorted(REQUIRED - keys)}"
        assert not keys - REQUIRED - OPTIONAL, f"case {i} has unknown {sorted(keys - REQUIRED)}"
        assert isinstance(case["why"], str) and case["why"].strip() and "\n" not in case["why"]
        assert isinstance(case["text"], str) and case["text"].strip()
        assert isinstance(case["title"], str) and case["title"].strip()
        assert isinstance(case["derived"], bool)
        published = case.get("published", "")
        assert isinstance(published, str)
        assert published == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published), published
    texts = [case["text"] for case in CASES]
    assert len(texts) == len(set(texts)), "a text is listed twice"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_head_is_read(case: dict[str, object]) -> None:
    meta = clean_article(Article.from_text(str(case["text"]), "inline")).metadata
    assert (meta.title, meta.title_derived) == (case["title"], case["derived"]), case["why"]
    if "published" in case:
        assert meta.published == (case["published"] or None), case["why"]
