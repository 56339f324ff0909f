"""A kicker (引题) above the main title or a subtitle (副题) below it, each printed on a
line of its own (batches 1, 13 and 15 at first sight): scores cannot tell them apart,
since both repeat the body.  The line that reads as prose (clauses apart by commas
outside quotes and brackets) or the couplet of a rhetorical kicker is not the headline;
a short line next to the headline is the body's intertitle, not a main title.  Pages
written here in the genre's style; the old code fails each positive row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline_text import stacked_main
from reporter.models import Article

BODY = (
    "本报讯 近日，某某县召开机关干部下沉社区工作推进会，"
    "全县42个部门“一把手”依次上台晒去年业绩、亮今年承诺，接受群众代表现场打分。\n"
    "据了解，此次下沉社区的机关干部共计120名，打分结果将纳入年度考核。"
)


def title_of(text: str) -> str:
    return clean_article(Article.from_text(text, "inline")).metadata.title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a kicker of two parallel phrases above the main title
        ("晒去年业绩 亮今年承诺\n42个部门“一把手”上台接受评议", "42个部门“一把手”上台接受评议"),
        # a kicker that reads as prose (its clauses apart by 、 and ，) above a short main title
        (
            "县、乡两级机关干部下沉社区，群众代表现场为42个部门打分\n某某县机关干部下沉社区接受评议",
            "某某县机关干部下沉社区接受评议",
        ),
        # a main title above its subtitle of clauses apart by commas
        (
            "部门一把手上台晒业绩接受打分\n某某县召开机关干部下沉社区工作推进会，42个部门“一把手”上台打分",
            "部门一把手上台晒业绩接受打分",
        ),
        # the commas of a quotation or a bracket are not the headline's clauses
        (
            "某某县开展“晒业绩、比担当、促落实”活动\n部门一把手上台晒业绩接受评议",
            "某某县开展“晒业绩、比担当、促落实”活动",
        ),
    ],
)
def test_main_title_between_kicker_and_subtitle(head: str, title: str) -> None:
    assert title_of(f"{head}\n{BODY}") == title


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
