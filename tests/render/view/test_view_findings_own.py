"""An "only X" finding rests on X's own acts (issue 16, batch 27 at first sight: a
commentary that opens on 镇海区's promotion and goes on to 郑州's and 荆州's was said to be
"only 镇海区 reports merit promotion").  Articles in tests/fixtures/render/findings_survey,
written in the genre's style: 镇海区's page tells of other places' promotions too; 仪征市's
page tells of its own sending only."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.compare.model import ArticleAnalysis, Detection, Evidence
from reporter.pipeline import build_brief
from reporter.render.view import build_view, support
from reporter.settings import Settings

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render" / "findings_survey"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(Settings(inputs=(FIXTURES,), jobs=1))


def test_only_is_not_said_of_a_practice_the_page_tells_of_other_places(brief: Brief) -> None:
    # the alignment still sees the mechanism in one article only ...
    assert ("merit_promotion", "survey") in brief.alignment.unique
    text = "\n".join(f.headline for f in build_view(brief, "zh", "print").findings)
    # ... but the page's promotions are 郑州's and 荆州's as much as 镇海区's
    assert "只有镇海区（survey）报道了“实绩用人”" not in text
    # its own act, told in its own sentences, is still said
    assert "只有仪征市（own）报道了“下沉/抽调/一线锻炼”" in text


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("2月9日，宁波市镇海区蛟川街道党工委在抗疫一线提拔村干部。", True),  # its own name
        ("市委组织部表示，将在防控一线考察识别干部。", True),  # no place: its own voice
        ("浙江省委组织部要求各地在一线识别干部。", True),  # a place it lies in
        ("例如，河南省郑州市对社区干部火线提拔。", False),  # another place's act
        ("近日，湖北省荆州市两名民警被火线提拔。", False),
        ("与此同时，浙江省绍兴市也提拔了一批抗疫干部。", False),  # a sibling city
    ],
)
def test_a_sentence_is_the_places_own_when_it_names_it_or_only_what_contains_it(
    sentence: str, own: bool
) -> None:
    assert support.own_sentence(sentence, "镇海区", frozenset({"浙江省", "宁波市"})) is own


def _analysis(score: float, sentence_scores: tuple[float, ...]) -> ArticleAnalysis:
    evidence = tuple(
        Evidence(i, f"第{i}句。", ("cue",), s, None) for i, s in enumerate(sentence_scores)
    )
    detection = Detection("leaderboard", True, score, evidence, ("cue",), (), threshold=2.0)
    return ArticleAnalysis("a1", (detection,), ())


@pytest.mark.parametrize(
    ("score", "sentences", "is_clear", "is_acted"),
    [
        # one sentence exactly at the threshold (a 揭榜领题 list of topics read as a ranking
        # at 2.0 of 2.0, batch 32): present, but too weak to say "only"
        (2.0, (2.0,), False, True),
        # clear of the threshold, with one sentence that alone reaches it: an act
        (3.5, (2.0, 1.5), True, True),
        # present only as a sum of passing mentions (1.5 + 1.0 of 2.0, batch 32's "most
        # alike"): no sentence is an act
        (2.5, (1.5, 1.0), True, False),
    ],
)
def test_a_finding_on_one_detection_needs_it_clear_of_its_threshold(
    score: float, sentences: tuple[float, ...], is_clear: bool, is_acted: bool
) -> None:
    analysis = _analysis(score, sentences)
    assert support.clear(analysis, "leaderboard") is is_clear
    assert support.acted(analysis, "leaderboard") is is_acted
