"""The primary locality on short pages shaped like batch 10's first-sight failures
(issue 16), one general cause each: a newspaper named after its city writing of itself
(我市) while its delegation visits another city.  Sentences written here in the genre's
style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import is_elsewhere
from reporter.compare.locality import elsewhere_starts
from reporter.text.gazetteer import find_places, outlet_home
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("九江日报", "九江市"),
        ("中国绍兴网", "绍兴市"),
        ("人民日报", None),  # named after no place
        ("新华网", None),  # several districts are called 新华区
        ("中共临淄区委组织部", None),  # an organ, read by outlet_places
        (None, None),
    ],
)
def test_outlet_home(outlet: str | None, expected: str | None) -> None:
    assert outlet_home(outlet) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city paper's 我市 delegation goes to another city, named far more often
        (
            "我市党政考察团赴九江学习考察\n来源：宜春日报\n"
            "5月8日至9日，我市党政考察团在九江市学习考察。九江市委书记会见考察团一行。"
            "考察团先后来到九江市濂溪区、九江市开发区，九江市的做法值得借鉴。"
            "九江市委副书记陪同。",
            "宜春市",
        ),
        # an e-paper's credit line names the paper, no source line does: the city of
        # its 我市, not the county of its first case
        (
            "干部沉下去 效能提上来 我市深入开展机关干部常态化下沉工作\n"
            "宜春日报 | 2025-08-04\n"
            "清晨，樟树市洲上乡的驻村干部开始走访。这一切源于我市开展的下沉工作。\n"
            "今年5月，我市部署开展下沉工作。\n樟树市干部下沉一线。樟树市的做法见效。",
            "宜春市",
        ),
        # the title names its own actor: the city paper's 我市 in the lead is no
        # override (the county-level city's news)
        (
            "南康区38个重点项目集中开工\n来源：赣州日报\n"
            "我市南康区重点项目集中开工仪式昨日举行。南康区区委书记出席并讲话，"
            "南康区干部群众参加。",
            "南康区",
        ),
        # a 我县 in a city paper is a county's voice: the county the text names
        (
            "我县选派干部驻村\n来源：赣州日报\n我县选派50名干部驻村。"
            "兴国县委组织部负责人介绍，兴国县的干部全部到岗。",
            "兴国县",
        ),
    ],
)
def test_home_city_writing_of_itself(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefecture's contest of its counties' secretaries, the prefecture written only
        # as 州委 and 全州: the counties are contestants, the prefecture organises
        (
            "书记擂台赛举行\n6月5日，第三期书记擂台赛在州委会议中心举行。\n"
            "泸水市委书记、福贡县委书记、贡山县委书记、兰坪县委书记等4位书记上台比拼。"
            "\n泸水市从后进到先进，产业发展跑出加速度。\n点评中，州委书记指出，"
            "全州比学赶超的氛围越来越浓，要把擂台赛办实办好。",
            "怒江傈僳族自治州",
        ),
        # one county outscoring each other county, but not all of them together: the
        # contest of a prefecture's counties stays the prefecture's
        (
            "曲靖市举行县区书记擂台赛\n近日，曲靖市举行县区书记擂台赛。\n"
            "会泽县委书记、宣威市委书记、陆良县委书记、罗平县委书记依次发言。"
            "\n会泽县委书记介绍经验。会泽县从后进到先进。宣威市产业加快发展。"
            "陆良县绿美建设提速。",
            "曲靖市",
        ),
    ],
)
def test_contest_of_counties_is_the_prefectures(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's deployment told through one county's village and a quoted county
        # official: the county only locates the case, its organ does not act
        (
            "咸宁市选派300名干部到村任职\n记者从湖北省咸宁市了解到，咸宁市选派300名干部"
            "全部到岗。\n最近，通山县大畈村每周组织一次党员学习。通山县大畈村党支部书记"
            "说，变化很大。通山县委组织部副部长王建国说，人岗相适是关键。\n"
            "咸宁市对选派干部实行严格考核。",
            "咸宁市",
        ),
        # the county's own story: its organ acts, its villages are its cases
        (
            "通山县选派干部驻村\n近日，通山县委组织部选派50名干部到村任职。"
            "\n通山县大畈村的变化是一个缩影。通山县委组织部要求干部沉下去。",
            "通山县",
        ),
    ],
)
def test_case_village_and_quoted_official(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("以浙江为例，全省经济总量突破8万亿元", 1, 3, True),
        ("拿浙江来说，干部干劲很足", 1, 3, True),
        ("近日在浙江基层走访调研，常听干部说", 3, 5, True),
        ("记者在浙江调研时发现", 3, 5, True),
        ("浙江选派干部驻村", 0, 2, False),
        ("以浙江省委名义印发通知", 1, 4, False),  # 以 opens no example frame here
    ],
)
def test_examples_and_visits_are_elsewhere(text: str, start: int, end: int, expected: bool) -> None:
    assert is_elsewhere(text, start, end) is expected


def test_commentary_illustrating_with_a_province_has_no_locality(tmp_path: Path) -> None:
    # a commentary: the writer visited the province and takes it as an example
    text = (
        "踔厉奋发向前进\n近日在浙江基层走访调研，从一些干部那里常听到这样几句话。\n"
        "各级干部奋发作为。以浙江为例，全省经济总量突破8万亿元。如何清醒而不自满，"
        "检验着广大党员干部的担当。"
    )
    assert primary_locality_of(tmp_path, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class of an unnamed party school visits a county, whose officials host it:
        # the visitors act, the county visited is no primary locality
        (
            "第三期中青班学员赴霍山县学习考察\n5月6日，第三期中青班学员前往霍山县学习考察。"
            "\n学员们参观了霍山县文化中心。霍山县委组织部部长主持座谈会，霍山县副县长"
            "介绍了霍山县经济社会发展情况。",
            None,
        ),
        # ... while the sending county named in the title acts
        (
            "舒城县中青班学员赴霍山县学习考察\n5月6日，舒城县中青班学员前往霍山县学习考察。"
            "\n学员们参观了霍山县文化中心。霍山县委组织部部长主持座谈会，霍山县副县长"
            "介绍了霍山县经济社会发展情况。",
            "舒城县",
        ),
    ],
)
def test_place_visited_in_the_title_is_not_the_actor(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county portal's item on a provincial video conference it watched: what it
        # reports (the province's awards and demands) is the province's
        (
            "我县组织收听收看全省干部作风建设推进视频会议\n来源：修水县人民政府\n"
            "5月10日，全省干部作风建设推进会议召开。县委副书记等在修水县分会场收听收看。"
            "\n会议要求，各级领导干部要树立正确政绩观。",
            "江西省",
        ),
        # ... a district's item on its city's meeting: the city
        (
            "我区组织收看全市项目建设观摩推进会\n3月2日，全市项目建设观摩推进会召开，"
            "浉河区设分会场收看。\n会议通报了各县区项目建设排名。",
            "信阳市",
        ),
        # the county's own meeting, watched by its towns: the county
        (
            "修水县召开干部作风建设推进会\n5月10日，修水县召开干部作风建设推进会，"
            "各乡镇设分会场收看。修水县委书记讲话。",
            "修水县",
        ),
    ],
)
def test_meeting_of_the_level_above_watched(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commentary on a practice whose district it leaves unnamed, its city named
        # once, and another city's earlier practice named once for comparison
        (
            "“局长送外卖”，在路上才能接地气\n“您好，您的外卖到了。”送餐的另一个身份是"
            "杭州某区副局长。\n干部们体验新就业群体的日常，收获许多点赞。\n"
            "此前，武汉市人社局也启动过类似活动。",
            "杭州市",
        ),
        # one place named once in passing, with no unit left unnamed: no locality
        (
            "干部要接地气\n送餐的另一个身份是杭州的一位副局长。干部们体验新就业群体的日常，"
            "收获许多点赞。",
            None,
        ),
    ],
)
def test_unit_left_unnamed_locates_the_practice(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an e-paper's column of short items, each of another province: no one place
        (
            "■3月5日，浙江省委常委到公司杭州地铁项目调研指导工作。（王敏）\n"
            "■湖南省副省长近日到公司长沙机场改扩建工程调研。（李强）\n"
            "■近日，四川大学校长率队到公司成都天府项目调研。（张华）",
            None,
        ),
        # one county's story naming two other provinces' practices in its own
        # paragraphs: the county names itself in two paragraphs, no digest
        (
            "邵东市选派干部驻企服务\n邵东市选派100名干部驻企服务。\n"
            "浙江省的做法值得学习。\n邵东市将继续完善机制。\n广东省也有类似探索。",
            "邵东市",
        ),
    ],
)
def test_digest_of_items_from_several_provinces(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two places written together after 赴 are both destinations
        ("我市考察团赴昆山市张家港市学习考察", ["昆山市", "张家港市"]),
        # a district written after its city, after 赴: both
        ("考察团赴深圳市南山区学习", ["深圳市", "南山区"]),
        # a place after a destination but apart from it is no destination
        ("赴昆山市学习后，张家港市召开会议", ["昆山市"]),
    ],
)
def test_places_written_after_a_destination_are_destinations(
    text: str, expected: list[str]
) -> None:
    mentions = find_places(text)
    gone = elsewhere_starts(text, mentions)
    assert [m.name for m in mentions if m.start in gone] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a central institution's class for one region's cadres: the country acts,
        # the region named in the headline only benefits
        (
            "创办60年 这个培训班助西藏自治区发展\n在中央党校西藏干部培训班创办60周年"
            "之际，各方回顾了培训班的历程。\n根据党中央决定，中央党校创办了西藏干部培训班，"
            "为西藏自治区培训少数民族干部，西藏自治区的干部受益良多。",
            None,
        ),
        # the national organ sends, and the province named in its own headline clause
        # receives and trains them: the province
        (
            "中组部选派120名干部来琼挂职 海南举办挂职干部培训班\n10月23日，省委在省委党校"
            "举行挂职干部培训班开班式。\n挂职干部将进入海南各级岗位，海南各地热烈欢迎。",
            "海南省",
        ),
        # the central discipline commission relays a province's notice: a national story,
        # the province and the city of the case are its examples
        (
            "据新华社北京3月2日电 1日，中纪委转发甘肃省委的通报，天水市委原书记因履职不力"
            "被免去领导职务。\n记者走访了天水市等地，天水市今年调整不胜任现职干部15人。",
            None,
        ),
    ],
)
def test_national_organ_acting(tmp_path: Path, text: str, expected: str | None) -> None:
    assert primary_locality_of(tmp_path, text) == expected


def test_central_frame_of_a_local_story_is_no_national_actor(tmp_path: Path) -> None:
    text = (
        "干部下沉一线见实效\n党中央高度重视基层治理，通山县选派200名干部下沉一线。"
        "\n通山县委组织部要求干部沉下去，通山县的干部全部到岗。"
    )
    assert primary_locality_of(tmp_path, text) == "通山县"
