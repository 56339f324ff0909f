"""The role of each place in a lead naming a place and a higher level (issue 16,
batches 17-20, second pass): an unnamed organ (市委统战部) listed after a named place
has acted in the same paragraph only attends or co-hosts, so the named place stays the
actor.  Sentences written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import opening_organ_levels
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "subjects", "levels"),
    [
        # the organ opens the lead: its level acts
        ("日前，市委组织部选派一批干部到园区挂职。", [], ("市",)),
        # a named place acted first in the same paragraph: the organ only attends
        ("某某区召开挂职干部座谈会。市委组织部有关领导参加会议。", [0], ()),
        # a place acting in another span (the title) does not silence the lead's organ
        ("某某区\n省委选派干部到某某区挂职。", [0], ("省",)),
    ],
)
def test_an_organ_after_a_place_acting_does_not_open(
    text: str, subjects: list[int], levels: tuple[str, ...]
) -> None:
    title_end = text.find("\n")
    spans = [(0, title_end), (title_end + 1, len(text))] if title_end != -1 else [(0, len(text))]
    assert opening_organ_levels(text, subjects, *spans) == levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district's own meeting, the city's departments among those attending
        (
            "7月5日，松江区召开第八批挂职干部总结会暨第九批挂职干部欢迎会。市委组织部干部处、"
            "市委统战部有关领导，松江区委组织部负责同志，挂职干部及接收单位代表参加会议。"
            "松江区委常委、组织部部长讲话，要求挂职干部沉下身子。松江区将为挂职干部搭建平台，"
            "松江区各接收单位要压实责任。",
            "松江区",
        ),
        # the city's organ opens the lead, the district only hosts: the city acts
        (
            "市委组织部在松江区举办年轻干部培训班。来自全市各区的80名年轻干部参加培训。"
            "培训期间，学员们到松江区车墩镇、松江区泗泾镇开展现场教学。",
            "上海市",
        ),
    ],
)
def test_the_place_acting_first_keeps_the_lead(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected
