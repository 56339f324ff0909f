"""The genre model: the shipped file, its features, and how the gate uses it.

The pages under ``tests/fixtures/compare/genre_model/`` are written anew in the genre's
style: an officialdom novel's scene, a commentary with no reported act, and a county's
news of a sending.  The model is trained on real pages (scripts/train_genre_model.py), so
the cases asserted with the shipped model are clear ones a retrained model must still get
right; the gate's mechanics are asserted with a model of one weight.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter import article, compare, pipeline
from reporter.compare import genre
from reporter.compare.act_model import ActModelError
from reporter.compare.genre_model import (
    GRAM_PREFIX,
    SKIP_AT,
    GenreModel,
    grams,
    load_genre_model,
    parse_genre_model,
)
from reporter.models import Document
from reporter.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "genre_model"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _probability(path: Path, model: GenreModel | None = None) -> float:
    doc = article.load_document(path, path.stem)
    return (model or load_genre_model()).probability(s.text for s in doc.sentences)


def test_shipped_model_is_text_grams_only() -> None:
    model = load_genre_model()
    assert len(model.weights) > 1000
    assert all(k.startswith(GRAM_PREFIX) for k in model.weights)
    assert all(math.isfinite(w) for w in model.weights.values())


def test_a_feature_that_is_no_gram_is_named() -> None:
    with pytest.raises(ActModelError, match="w:干部"):
        parse_genre_model("#intercept\t0.5\nc:干部\t0.1\nw:干部\t0.2\n", "g.tsv")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # digits fold, so 2023年 and 1998年 are one feature; Latin letters lowercase
        ("2023年ABC", {"c:000", "c:0年", "c:abc"}, {"c:202", "c:ABC"}),
        # whitespace runs are one space; no feature holds a tab or a newline
        ("干部\t\n 下沉", {"c:部 下", "c: "}, {"c:\t", "c:\n"}),
    ],
)
def test_grams_are_folded(text: str, present: set[str], absent: set[str]) -> None:
    got = grams(text)
    assert present <= got
    assert not absent & got


@given(st.text(max_size=200))
def test_probability_is_a_probability_and_ignores_sentence_breaks(text: str) -> None:
    model = load_genre_model()
    p = model.probability([text])
    assert 0.0 <= p <= 1.0
    half = len(text) // 2
    assert model.probability([text[:half], text[half:]]) == p


def test_the_shipped_model_skips_an_officialdom_novel() -> None:
    assert _probability(FIXTURES / "novel_kaochazu.txt") >= SKIP_AT


def test_the_shipped_model_reads_a_commentary_as_more_likely_no_news() -> None:
    # no reported act, only what cadres should do: under the skip threshold, it is the
    # rules' call, but the model leans away from news
    assert _probability(FIXTURES / "essay_danDang.txt") > 0.5


@pytest.mark.parametrize(
    "path", [FIXTURES / "news_xiachen.txt", *sorted(EXAMPLES.glob("*.txt"))], ids=lambda p: p.name
)
def test_the_shipped_model_keeps_news_far_from_the_threshold(path: Path) -> None:
    assert _probability(path) < SKIP_AT / 2


def _one_gram_model(gram: str) -> GenreModel:
    """A model sure that any page holding ``gram`` is no news (and that no other page is)."""
    return GenreModel(-40.0, {GRAM_PREFIX + gram: 1e4})


def test_the_gate_skips_what_the_model_reads_as_no_news_and_says_why() -> None:
    doc = article.load_document(FIXTURES / "essay_danDang.txt", "essay")
    assert genre.judge(doc).reason is None  # the rules let the commentary through
    verdict = genre.judge(doc, model=_one_gram_model("撑腰"))
    assert verdict.genre == genre.NOT_NEWS_MODEL
    assert verdict.reason is not None and "genre model" in verdict.reason
    assert f"{verdict.score:.2f}" in verdict.reason
    news = article.load_document(FIXTURES / "news_xiachen.txt", "news")
    assert genre.judge(news, model=_one_gram_model("撑腰")).reason is None


def test_a_page_the_model_skips_is_listed_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("essay_danDang.txt", "news_xiachen.txt"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    monkeypatch.setattr(compare, "load_genre_model", lambda: _one_gram_model("撑腰"))
    brief = pipeline.build_brief(Settings(inputs=(tmp_path,), use_cache=False))
    skipped = {Path(s.source_path).name: s.reason for s in brief.skipped}
    assert list(skipped) == ["essay_danDang.txt"]
    assert "genre model" in skipped["essay_danDang.txt"]
    assert [a.article_id for a in brief.alignment.analyses] == ["news_xiachen"]


# A cadre's own account of a day at a frontline post (round 19, batch 65: the model read
# one as commentary at 0.84), and beside it the same first person in a commentary.
_STINT_TEXT = (
    "早上七点，我穿上红马甲来到社区，开始了一天网格员的工作。这个网格共有二百多户居民，"
    "我挨家挨户敲门，帮独居老人预约了体检，又和同事一起调解了一起邻里纠纷。"
    "一天下来走了两万多步，我真切感受到基层工作的不易，也更懂得了机关干部为什么要常到一线。"
)


@pytest.mark.parametrize(
    "title",
    ["张某：我在某区某小区当网格员的一天", "我当一天窗口办事员", "第一书记驻村日记"],
)
def test_a_cadres_first_person_stint_is_not_left_to_the_model(
    make_document: Callable[..., Document], title: str
) -> None:
    doc = make_document(_STINT_TEXT, title)
    assert genre.judge(doc, model=_one_gram_model("网格")).reason is None


@pytest.mark.parametrize("title", ["我们身边的网格员", "我市网格员队伍建设综述", "我当县长这些年"])
def test_other_first_person_headlines_are_still_read_by_the_model(
    make_document: Callable[..., Document], title: str
) -> None:
    doc = make_document(_STINT_TEXT, title)
    assert genre.judge(doc, model=_one_gram_model("网格")).genre == genre.NOT_NEWS_MODEL
