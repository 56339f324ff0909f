"""Round 14: a place below its division carried only by the headline or lead naming it
(a province's feature opening on one county's village, a city's campaign whose lead opens
on one district's meeting): the division the text keeps naming acts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.descent import headed_only, titled_city_holds
from reporter.compare.home import province_paper
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a province's feature: its lead opens on one county's village, then the province
        # acts paragraph after paragraph
        (
            "党建引领乡村振兴见闻\n"
            "新华网福州电 福建长汀县某村过去是有名的空壳村，如今成了示范村。\n"
            "近年来，福建坚持党建引领，选派驻村第一书记。福建还建立考核制度，"
            "福建各地比学赶超。\n"
            "今年，福建再选派干部到村任职，福建将持续推进。\n",
            "福建省",
        ),
        # a city's campaign: the lead opens on one district's meeting, the city acts after
        (
            "比作风 抓落实\n"
            "日前，西青区召开作风建设推进会。\n"
            "今年以来，天津市开展作风建设专项行动，天津市各单位建立排名通报制度。\n"
            "天津市委组织部抽调干部组成督导组，天津市对排名靠后的单位约谈问责。\n",
            "天津市",
        ),
    ],
)
def test_a_place_the_lead_alone_carries_leaves_its_division(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the county the text keeps naming is still the subject under its province
        (
            "长汀县选派干部驻村\n"
            "福建省长汀县近日选派50名干部驻村。长汀县为驻村干部建立档案，"
            "长汀县委组织部定期考核。\n"
            "福建各地也在推进这项工作。\n",
            "长汀县",
        ),
    ],
)
def test_a_place_the_text_keeps_naming_stays_the_subject(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("below", "node", "expected"),
    [
        (0.5, 4.5, True),  # one passing mention against a province named throughout
        (2.0, 6.75, True),  # a district's meeting against its city's campaign
        (3.0, 6.0, False),  # a county named half as often as its city: its story
        (0.25, 1.0, False),  # a division named once says too little to overrule
    ],
)
def test_headed_only(below: float, node: float, expected: bool) -> None:
    assert headed_only(below, node) is expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the headline names the city; the lead opens on one county's example
        (
            "宜昌市推行干部包联企业制度\n"
            "远安县近日选派干部进驻企业，远安县委组织部跟踪考核，远安县企业点赞。\n"
            "今年以来，宜昌市建立干部包联企业制度，宜昌市各地选派干部驻企服务。\n"
            "宜昌市将对包联干部开展考核。\n",
            "宜昌市",
        ),
        (
            "滁州市开展作风建设擂台赛\n"
            "琅琊区近日召开作风建设推进会，琅琊区各部门比学赶超。琅琊区表彰先进。\n"
            "滁州市今年开展作风建设擂台赛，滁州市各县区比拼，排名靠后的单位被约谈。\n",
            "滁州市",
        ),
    ],
)
def test_a_city_the_headline_names_keeps_a_county_the_lead_opens_on(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("below", "node", "expected"),
    [
        (4.55, 3.8, True),  # a district's example in the lead, the city through the text
        (9.0, 2.0, False),  # the district the text is about, its city in the headline
    ],
)
def test_titled_city_holds(below: float, node: float, expected: bool) -> None:
    assert titled_city_holds(below, node) is expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a prefecture writes of itself as 地委, 行署 and 全地区 while the region it lies in
        # is named for its policy's words
        (
            "建设高素质干部队伍\n"
            "近日，和田地区召开干部工作会议，贯彻新疆维吾尔自治区党委部署。\n"
            "会议要求建设新疆特色干部队伍，做好新疆工作关键在干部。\n"
            "地委、行署把干部培训纳入考核，全地区举办培训班30期，地直各单位选派干部到村。\n"
            "地委组织部建立干部实绩档案。\n",
            "和田地区",
        ),
        # a league: 盟委 and 全盟 as its own voice
        (
            "选派干部驻嘎查村\n"
            "近日，兴安盟选派200名干部驻村，内蒙古自治区组织部门给予肯定。\n"
            "内蒙古各地都在推进驻村工作，内蒙古还出台了办法。\n"
            "盟委要求驻村干部全脱产，全盟建立考核制度，盟直单位全部参与，盟委组织部跟踪考察。\n",
            "兴安盟",
        ),
    ],
)
def test_a_prefecture_writing_of_itself_as_its_organs_acts(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a regional paper's notice: nominees from its prefectures, each named once, the
        # region's Party committee acting unnamed
        (
            "优秀共产党员拟表彰对象公示\n"
            "发布时间：2024-06-10 来源：西藏日报\n"
            "根据有关通知精神，经自治区党委同意，现将拟表彰对象予以公示。\n"
            "一、优秀共产党员拟表彰对象（2名）\n"
            "卓玛（女，藏族） 昌都市江达县人民医院护士长\n"
            "次仁 山南市乃东区第二小学教师\n"
            "公示期间如有异议，可向自治区党委组织部反映。\n",
            "西藏自治区",
        ),
    ],
)
def test_a_provincial_paper_naming_no_place_strongly_is_its_province(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("paper", "provinces", "expected"),
    [
        ("西藏自治区", ["西藏自治区", "西藏自治区"], "西藏自治区"),
        ("西藏自治区", ["西藏自治区", "四川省"], None),  # a place lies elsewhere
        ("临汾市", ["山西省"], None),  # a city's paper
        (None, ["山西省"], None),
    ],
)
def test_province_paper(paper: str | None, provinces: list[str], expected: str | None) -> None:
    assert province_paper(paper, provinces) == expected
