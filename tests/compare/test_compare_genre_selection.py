"""Two kinds of real news the genre gate used to skip (batches 11-12 at first sight): a
feature on cadres chosen by open exam, which names the exam's steps again and again, and
a township's own meeting told without the word 干部 or any organ's name.  Each has a near
neighbour that must still be skipped.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    "text",
    [
        # a selection by open exam, its steps repeated paragraph after paragraph
        "今年，某省有20名乡镇党委书记经公开招考进入省直机关。\n"
        "这次招考分三轮：先由各县民主推荐，再经笔试和面试，最后由常委会票决。\n"
        "“这次招考比当年高考还难。”一位参加招考的书记说。\n"
        "组织部门把这种招考概括为“两次差额，一次票决”。",
        "去年，该市面向基层公开招录30名副科级干部，笔试、面试之后进行差额考察，"
        "经票决后任前公示。\n不少人说，这样的招录给基层干部打开了上升通道。",
        # a township convenes: the level named by its place is its government acting
        "清河乡表扬一批优秀网格员\n3月5日，清河乡召开年度表彰大会，对12名优秀网格员、"
        "护林员进行表扬。\n下一步，全乡将继续完善各项制度，建设美丽清河。",
        "柳林镇举行护林防火表扬会\n会上，18名护林员和保洁员受到表扬。",
        # a whole level's site visit or progress meeting: the level convenes it, though no
        # organ is named
        "全旗上半年重点项目“比学赶超”现场观摩会侧记\n与会人员先后走进两个苏木，"
        "实地察看产业园和牧区水利项目建设进展。",
        "7月8日，全县第二季度重点工程推进会召开，与会人员察看了物流园建设现场。",
        # a feature may open a section with one question of why: still a report
        "为何让年轻干部到信访窗口？\n今年以来，某县委组织部选派42名年轻干部到信访窗口跟班"
        "锻炼，每人为期半年。",
    ],
)
def test_such_news_is_not_skipped(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a guide speaks to the candidate: its exam words are not a selection's steps
        (
            "选调生考试怎么准备？考生报考前要看清报名条件和岗位表。\n"
            "笔试考行测和申论，面试一般采用结构化形式，备考时多做真题。",
            "explainer",
        ),
        # a company's or a community's event names no level of government
        ("某建设公司召开年度表彰会，对12名优秀班组长进行表扬。", "no_actor"),
        ("阳光社区举行邻里节，评出10户文明家庭。", "no_actor"),
        # an explainer walks its reader from question to question, speaks to the reader,
        # announces itself, or sits under a portal's 政策解读
        (
            "某省一厅级干部转任县委书记，有何特别之处？\n有读者提出，为何厅级干部会去县里任职？\n"
            "这与该省的管理体制有关：省直接管理各县，市县之间没有隶属关系。",
            "explainer",
        ),
        (
            "本文将深入解析市委组织部的内设机构和职责，帮助读者了解干部工作的运行方式。\n"
            "组织部一般下设干部科、组织科和人才科，分别负责干部任免、基层党建和人才引进。",
            "explainer",
        ),
        (
            "政策问答 > 网格化管理\n什么是“网格化管理”？\n"
            "它把社区划成若干网格，每格配一名网格员。\n"
            "网格员由谁担任？\n由街道干部和社区工作者担任。\n"
            "网格员的职责有哪些？\n网格员负责走访住户、排查隐患、上报问题。",
            "explainer",
        ),
        # a company's meeting has 与会人员 too, and no level convenes it
        ("某集团召开年度项目观摩会，与会人员参观了新建厂房。", "no_actor"),
    ],
)
def test_the_near_neighbours_are_still_skipped(
    make_document: MakeDocument, text: str, kind: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
