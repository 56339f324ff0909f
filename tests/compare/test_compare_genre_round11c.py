"""The genre gate on a reading list of batch 29 (round 11): a site that recommends a
leader's articles to study (今天为大家推荐……篇好文章，供大家参考学习) names his offices and
promotions, yet reports nothing a place did.  Its neighbour, news of a study session on a
leader's speeches, must pass.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument

_SKIPPED = [
    (
        "今天，为大家推荐的是某省副省长王某某5篇好文章，供大家参考学习。\n"
        "王某某曾任某市市长，2020年直接提拔为副省长，是一位笔杆子型领导干部。",
        "speech_template",
        "文库网站",
    ),
    (
        "推荐给大家某县委书记的8篇好文章，文采斐然。\n该书记从乡镇干部一路成长，被提拔重用。",
        "speech_template",
        "文库网站",
    ),
]

_PASSED = [
    "5月8日，某县委理论学习中心组召开集体学习会，县委书记领学了有关重要讲话精神。\n"
    "会议要求，全县干部要把学习成果转化为推动发展的实际成效，对表现突出的干部优先提拔重用。",
    "某市组织部向全市干部推荐5本学习书目，并选派20名年轻干部到乡镇一线挂职锻炼。",
]


@pytest.mark.parametrize(("text", "kind", "marker"), _SKIPPED)
def test_a_reading_list_is_not_news(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert marker in verdict.markers, verdict


@pytest.mark.parametrize("text", _PASSED)
def test_its_news_neighbours_pass(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
