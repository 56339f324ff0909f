"""The genre gate's second pass of round 11, on the hard negatives batches 25-28 still let
through: a commentary that opens on the news it comments on (its dated source in brackets)
and then argues in its writer's voice; a firm that calls its own staff 干部员工; the yearly
catalogue of permitted award programmes; a unit's summary of its own year of Party
building.  Each kind has a near neighbour that is real cadre news and must pass.  The
sentences are written for these tests in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument

_SKIPPED = [
    # a commentary: the news hook with its dated source, then the writer's own argument;
    # the dates, places and head counts it names are the hook's and its examples'
    (
        "3月2日，某县对抗洪一线表现突出的5名干部予以提拔，另有3名村干部获表彰。"
        "（3月4日 某某新闻网）\n"
        "其实，我们不难发现，关键时刻最能识别干部。6月1日，另一地也提拔了12名一线干部。\n"
        "因此，选人用人要把一线表现作为重要依据。",
        "rhetoric",
        "时评由头",
    ),
    (
        "近日，某市8名在防疫一线连续奋战的干部被提拔重用。（新华社5月6日）\n"
        "笔者以为，用好一线干部，就是树立鲜明的用人导向。7月3日又有一批干部走上新岗位。\n"
        "试想，如果干与不干一个样，谁还愿意冲在前面？",
        "rhetoric",
        "时评由头",
    ),
    # a firm calls its staff 干部员工 and 干部职工: its workforce, not officials
    (
        "某某交通集团召开重点项目推进会，集团党委书记、董事长主持会议。\n"
        "会议号召全体干部员工迅速进入工作状态，全体干部职工要统一思想。\n"
        "集团将实行一周一调度、一月一排名，红黑榜每月公布，各项目公司总经理签订责任书。",
        "company",
        "企业主体",
    ),
    # the catalogue of permitted award programmes: a table of programmes, none conferred
    (
        "按照评比达标表彰活动管理有关规定，确定本省2024年度评比达标表彰项目共9项，现予以公布。\n"
        "一、省级评比达标表彰项目目录\n序号 |\n主办单位 |\n项目名称 |\n1 |\n省委组织部 |\n"
        "全省优秀基层党组织书记 |\n2 |\n省人社厅 |\n全省先进工作者 |",
        "catalogue",
        "评比达标表彰",
    ),
    # a unit's own summary of its year: last year's paragraphs, the duty, the next step
    (
        "去年，某市认真履行第一责任人职责，全市基层党建质量明显提升。"
        "举办各类培训班1200期，培训党员干部8万人次，提拔重用干部95人。\n"
        "去年，某市以党建引领乡村振兴，成立项目一线临时党支部20个。\n"
        "下一步，某市将全面建强基层战斗堡垒。",
        "work_report",
        "述职",
    ),
    # a township's profile: where it lies, its villages, people, land, resources, history
    (
        "一、基本情况\n某某乡地处某县最北端，辖12个村、1个社区，总人口3.2万人，国土面积150平方公里，"
        "耕地1.1万亩，林地20万亩。\n全乡矿产资源丰富，素有“某某之乡”之称。\n"
        "乡党委班子成员9人，其中挂职副乡长1人。",
        "profile",
        "概况标题",
    ),
]

_PASSED = [
    # a feature that opens on a few facts of the township it reports on
    "某某镇位于某县东部，辖15个村，总人口4万人。\n"
    "今年以来，镇党委选派12名年轻干部驻村，帮助群众发展特色产业。",
    # a report that quotes an outlet's hook and goes on to report the facts, no argument
    "原创评论\n6月20日，某市召开季度工作讲评会，3个县区因排名靠后被亮黄牌。（某某网 6月21日）\n"
    "据了解，市委书记带领各县区负责人观摩了42个重点项目，并现场通报了排名。",
    # news that cites its source at its end
    "5月8日，某县选派30名年轻干部到乡村振兴一线挂职锻炼，为期一年。\n"
    "县委组织部将对挂职干部进行跟踪考察。（来源：某某日报）",
    # a state firm's cadre work, reported with the organs and cadres it concerns
    "某投资集团党委召开干部大会，市委组织部有关负责同志宣布干部任免决定。\n"
    "集团将选派10名年轻干部到项目一线挂职锻炼，表现优秀的提拔重用。",
    # an award given, with the rules' word for the approved programme
    "6月30日，某市召开表彰大会，对50个先进基层党组织和100名优秀党员予以表彰。\n"
    "市委书记为受表彰代表颁奖。",
    # news of secretaries reporting on their duty at a meeting, rated on the spot
    "1月10日，某镇召开村党组织书记抓基层党建述职评议会，12名村党组织书记逐一述职。\n"
    "去年，该镇选派8名机关干部驻村指导，下一步，该镇将对排名靠后的书记进行约谈。",
]


@pytest.mark.parametrize(("text", "kind", "marker"), _SKIPPED)
def test_such_pages_are_not_news(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert marker in verdict.markers, verdict


@pytest.mark.parametrize("text", _PASSED)
def test_their_news_neighbours_pass(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
