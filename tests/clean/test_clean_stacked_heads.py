"""A kicker (引题) above the main title or a subtitle (副题) below it, each printed on a
line of its own (batches 1, 13, 15 and 23-24 at first sight): `stacked_main` tells which
of two lines is the main title.  The line that reads as prose (clauses apart by commas
outside quotes and brackets), the couplet of a rhetorical kicker, or a kicker naming who
spoke where (某某在座谈会上提出) is not the headline; a short line next to the headline is
the body's intertitle.  Whole pages of these shapes are cases of
`tests/fixtures/clean/heads.toml`."""

from __future__ import annotations

import pytest

from reporter.clean.headline_text import stacked_main


@pytest.mark.parametrize(
    ("upper", "lower", "main"),
    [
        ("比一比成绩 看一看担当", "42个部门“一把手”上台晒业绩", 1),
        ("部门一把手上台晒业绩接受评议", "某某县召开推进会，群众代表现场打分", 0),
        # a short line under the headline is the body's intertitle
        ("某某县召开推进会，群众代表现场打分", "评出先进部门7个", None),
        # a dashed subtitle completes the line above
        ("干部，在下沉中成长", "――某某县机关干部下沉社区纪实", None),
        # both lines one statement each: nothing tells
        ("部门一把手上台晒业绩接受评议", "某某县机关干部下沉社区接受评议", None),
        # quoted or bracketed commas do not make prose
        ("某某县(市、区)委书记座谈会召开", "部门一把手上台晒业绩接受评议", None),
    ],
)
def test_stacked_main(upper: str, lower: str, main: int | None) -> None:
    assert stacked_main(upper, lower) == main


@pytest.mark.parametrize(
    ("upper", "lower", "main"),
    [
        ("某某某出席全市干部大会并要求", "锻造忠诚干净担当的干部队伍", 1),
        ("锻造忠诚干净担当的干部队伍", "某某某在全市干部大会上指出", 0),
        # both lines name a speaker: nothing tells
        ("某某某在座谈会上提出", "某某某在动员会上强调", None),
    ],
)
def test_stacked_main_speech_kicker(upper: str, lower: str, main: int | None) -> None:
    assert stacked_main(upper, lower) == main
