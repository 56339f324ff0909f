"""The primary locality on short pages shaped like batches 11-14's failures (issue 16),
each a general cause: a county written by the name it had before it became a district
(洪泽县 for 洪泽区), a district created after the gazetteer's snapshot, a division with no
cadre work of the genre's (台湾) named more often than the actor.  Sentences written
here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import is_elsewhere
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county that became a district (撤县设区), written by its old name
        ("洪泽县委书记带队调研重点项目", ["洪泽区"]),
        ("江宁县选派机关干部驻村", ["江宁区"]),
        ("富阳县委组织部举办培训班", ["富阳区"]),
        # a district whose short form is a word keeps no county form (鼓楼 is a tower)
        ("鼓楼县城的干部", []),
        # a district created after the snapshot
        ("九江市柴桑区选派干部驻村", ["九江市", "柴桑区"]),
    ],
)
def test_former_counties_and_new_districts(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan named for its food and visitors, more often than the county acting
        (
            "新书记的国庆假期\n国庆第一天，洪泽县委书记向台湾美食达人讨教，随后调研"
            "台湾客商投资的项目。台湾客商表示满意，台湾游客也多了。洪泽旅游要走在前列。",
            "洪泽区",
        ),
        (
            "香港客商来访\n近日，香港客商一行到访，香港商会会长介绍了香港的经验，"
            "澳门代表也参加了座谈。宁海县委书记出席并讲话。宁海县委组织部选派干部对接。",
            "宁海县",
        ),
    ],
)
def test_divisions_without_cadre_work_never_act(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's paper after the county became a city writes 我市 of it
        (
            "全市村干部培训班开班\n5月8日，我市召开村党组织书记培训班开班动员会。"
            "市委常委、组织部部长出席并讲话。\n来源：海安日报",
            "海安市",
        ),
        # a township item naming its city once in passing: the street office acts
        (
            "葵涌：组建8个攻坚专班推进旧改\n近日，葵涌街道成立8个攻坚专班，抽调50名干部"
            "攻坚旧村改造。\n据悉，新批复的深圳地铁新线在葵涌设站，葵涌街道党工委书记"
            "表示全力推进。",
            "葵涌街道",
        ),
        # a street office named after its street (南大街街道), by its own organ
        (
            "市政协委员视察社区减负工作\n10月16日，市政协考察团到南大街街道幸福社区视察"
            "减负增效工作，南大街街道党工委书记陪同。南大街街道介绍了网格化服务工作。",
            "南大街街道",
        ),
    ],
)
def test_own_division_unnamed_or_below_the_gazetteer(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's short form that is a common word, in an item saying 全县/全市
        ("全县重点项目观摩活动\n与会人员观摩了凤凰路小学等项目。全县上下要加快进度。", []),
        ("全市组工干部运动会开幕\n接力赛体现团队合作精神，团队合作是关键。全市组工干部参加。", []),
        ("全县政法干部培训\n公安机关、法院干部参加。全县政法系统要提升能力。", []),
        # ... named after its province it is the county
        ("甘肃合作选派干部驻村，全市共选派200名", ["甘肃省", "合作市"]),
        # a short form that is no word is still vouched by 全县 (a county paper's item)
        ("潢川选派干部驻村\n全县共选派200名干部，全县上下齐心。", ["潢川县"]),
    ],
)
def test_common_word_short_forms_need_their_province(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefecture's work teams, one case told at a village whose address passes
        # through its town (X县Y镇Z村): the county only locates the case
        (
            "驻村工作队扎根基层\n近年来，昌吉州选派623个工作队驻村，全州村社区全覆盖。"
            "\n工作队员与群众面对面、心贴心，夯实基层基础。"
            "\n1月5日，笔者在吉木萨尔县二工镇六户地村见到工作队员老马。"
            "吉木萨尔县教育局驻二工镇六户地村工作队队员老马已驻村五年。",
            "昌吉回族自治州",
        ),
    ],
)
def test_village_address_through_its_town(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's item names its county once, then only its organs unnamed
        (
            "全县脱贫攻坚工作例会召开\n12月21日，全县脱贫攻坚工作例会在县委礼堂召开。"
            "会议由县长主持。\n会上，县委副书记、潢川开发区主任就近期工作作了部署。",
            "潢川县",
        ),
    ],
)
def test_county_named_once_then_by_its_organs(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an everyday word that is also a county's short form, with 全县 around it
        ("全县干部大会上，古田的干部冲在前，古田的群众跟上来。", ["古田县", "古田县"]),
        # a novel's district committee, never its own voice (全区): no vouching
        ("区委常委会讨论了海棠的规划。区委书记说，海棠要发展。区委组织部发了通知。", []),
    ],
)
def test_organs_vouch_only_with_the_divisions_own_voice(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed provincial organ coming to inspect: the city it inspects is the item's
        (
            "省委督导组来我市督导重点项目建设\n6月3日，省委督导组来我市督导重点项目建设。"
            "督导组先后来到宁县、正宁县项目现场。庆阳市委、市政府高度重视项目建设，"
            "庆阳市抽调50名干部组建项目专班。",
            "庆阳市",
        ),
        # ... while one that sends its cadres acts, whatever places they go to
        (
            "省委选派干部到宁县挂职\n6月3日，省委选派30名干部到宁县、正宁县挂职。"
            "宁县安排挂职干部到乡镇锻炼，正宁县同样安排。",
            "甘肃省",
        ),
    ],
)
def test_inspecting_organ_is_a_visitor(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline names the county, the story is told at one of its towns
        (
            "安吉让基层干部留得住\n周五傍晚，安吉县溪龙乡政府食堂里，值班干部围坐包饺子。"
            "\n溪龙乡现有30名干部，近年调出的干部多达12人。溪龙乡从关心关爱干部入手，"
            "开展读书活动。溪龙乡还组织业务培训，溪龙乡干部说找到了家的感觉。",
            "溪龙乡",
        ),
        # ... while a county story naming one town as a case stays the county's
        (
            "安吉让基层干部留得住\n近年来，安吉县出台关爱基层干部十条措施，安吉县委组织部"
            "牵头落实。\n安吉县各乡镇干部流失明显减少。溪龙乡干部说找到了家的感觉，"
            "溪龙乡调出干部减少。安吉县将继续推进。",
            "安吉县",
        ),
    ],
)
def test_town_told_under_the_countys_headline(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 我省 spread over its places (我省许多地方): no act of the province's organ
        (
            "高校毕业生选调工作启动\n选调生是党政机关后备人选。我省许多地方也向名校选调"
            "人才。丽水，便是其中之一。\n今年丽水市面向名校选调40名毕业生，丽水市委组织部"
            "负责考察。丽水市将安排他们到乡镇锻炼。",
            "丽水市",
        ),
        # ... while 我省 acting is the province (a place after it only located)
        (
            "我省选派干部驻村\n近日，我省选派500名干部驻村，丽水市安排其中40名。",
            "浙江省",
        ),
    ],
)
def test_division_spread_over_its_places(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work team sent to a town the gazetteer does not hold, its sender named once
        # as where its members come from
        (
            "驻镇帮镇扶村工作队进驻白石镇\n近日，驻镇帮镇扶村工作队正式进驻白石镇。"
            "\n据了解，工作队一行五人均来自杭州市上城区，从事城市管理工作。"
            "工作队走访了白石镇各村。",
            "上城区",
        ),
    ],
)
def test_sender_named_as_origin(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone with a name of its own between its city and its suffix
        (
            "空港经济区组建项目推进专班\n3月23日，南阳空港经济区组建项目推进专班，抽调"
            "19名干部集中办公。空港经济区要求专班全速推进重大项目。\n空港经济区管委会供稿",
            "南阳空港经济区",
        ),
    ],
)
def test_named_zone_after_its_city(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named after its province, the province's own organ opening the lead
        # unnamed, no place named at all
        (
            "全省乡镇党委书记培训示范班开班\n2023-11-02 来源：中国甘肃网\n11月2日，全省乡镇"
            "党委书记培训示范班在省委组织部干部培训基地开班。省委组织部副部长出席。"
            "\n培训班为期5天，90名乡镇党委书记参加。",
            "甘肃省",
        ),
        # ... an organ of another level than the site's division says nothing of it
        (
            "全县乡镇党委书记培训班开班\n2023-11-02 来源：中国甘肃网\n11月2日，全县乡镇"
            "党委书记培训班在县委党校开班。县委组织部副部长出席。"
            "\n培训班为期5天，20名乡镇党委书记参加。",
            None,
        ),
    ],
)
def test_site_division_acting_through_its_unnamed_organ(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's notice citing the provincial committee's document by number only
        (
            "关于选派驻村工作队员的通知\n各位教职员工：根据省委《关于做好驻村工作队组派工作"
            "的通知》（浙委办发〔2019〕12号）精神，学校拟选派3名干部驻村。"
            "\n驻村期间与原单位工作脱钩，按省委要求两年一轮换。",
            "浙江省",
        ),
        # a bracketed year after an ordinary word is no document number
        ("乡村振兴报告会召开\n会上，京剧团（2019）年度汇报演出获好评。", None),
    ],
)
def test_province_of_a_cited_document_number(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city paper's item on the province's awards, its own city among those reached
        (
            "省“优秀共产党员”表彰大会召开\n我市一批个人和集体受表彰\n日前，全省表彰大会在"
            "广州召开。其中，我市梅县区某村党支部书记等8人获评省优秀共产党员，梅县区某村党支部获评先进。"
            "\n来源：梅州日报",
            "广东省",
        ),
        # ... while the city acting in its own paper stays the city
        (
            "我市表彰一批优秀共产党员\n日前，我市召开表彰大会，表彰优秀共产党员50名。"
            "\n来源：梅州日报",
            "梅州市",
        ),
    ],
)
def test_city_paper_reporting_the_level_above(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a list a destination marker opens, its first item no place the gazetteer reads
        ("选派优秀年轻干部到玉树、果洛州乡镇挂职锻炼", "果洛州", True),
        ("组织干部赴井冈山和延安市开展党性教育", "延安市", True),
        # a list with no destination marker is the actors' own
        ("深圳市、东莞市选派干部驻村", "东莞市", False),
        # a clause between the marker and the list ends it
        ("干部到村里工作，东莞市选派100名", "东莞市", False),
    ],
)
def test_place_listed_after_a_destination(text: str, place: str, expected: bool) -> None:
    start = text.index(place)
    assert is_elsewhere(text, start, start + len(place)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city leader inspecting a district: the district hosts the item
        (
            "11日上午，市委常委、副市长到鲤城区检查指导一线疫情防控工作，看望慰问抽调参与"
            "防控的干部。\n市领导强调，要按照福建省的要求做细做实各项工作。",
            "鲤城区",
        ),
        # ... cadres sent to a district for a task: the sender acts
        (
            "泉州市选派干部到鲤城区挂职\n近日，泉州市选派30名干部到鲤城区挂职锻炼，"
            "泉州市委组织部负责跟踪考察。",
            "泉州市",
        ),
    ],
)
def test_inspected_place_hosts_the_item(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-character county's name ending a longer name whose stem ends a word
        ("信义县的县委书记颜固真着急了", []),
        ("仁义县委组织部发出通知", []),
        # ... the county itself, after a preposition, its city or a list
        ("把夏县作为一个试点单位", ["夏县"]),
        ("锦州义县选派干部驻村", ["锦州市", "义县"]),
        ("光山、新县选派干部驻村", ["新县"]),
    ],
)
def test_one_character_county_inside_a_longer_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected
