"""How real pages name places: short county names, names inside words, site banners,
derived forms of autonomous divisions, new areas that are their city (issue 16)."""

from __future__ import annotations

import pytest

from reporter.text.gazetteer import find_places


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-character stem inside a common word: 县城, 担任, 创新 … 干部
        ("河南信阳：推进新县城建设，信阳市", ["河南省", "信阳市", "信阳市"]),
        ("他曾担任县委书记，邢台市", ["邢台市"]),
        ("各地创新干部培养方式，吉安市", ["吉安市"]),
        # ... but the same names standing alone count
        ("信阳市新县县委组织部", ["信阳市", "新县"]),
        ("邢台市任县：干部下沉", ["邢台市", "任县"]),
    ],
)
def test_names_inside_common_words_are_not_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right after its province: the county, its city never named
        ("河南邓州：干部下沉一线", ["河南省", "邓州市"]),
        ("山西介休选派干部驻村", ["山西省", "介休市"]),
        # twice, in a text naming its province
        ("福建加快发展，古田迎来新机遇。古田还建立了一线考察机制", ["福建省", "古田县", "古田县"]),
        # once, or in a text that never names the province: a word or a namesake
        ("打造崂山样板", []),
        ("颁发金牛奖，评选金牛奖", []),
        ("古田迎来新机遇。古田还建立了机制", []),
        # right before what it does: a county's own portal names it bare (batch5 theme)
        ("义乌选派50名干部到重点项目一线", ["义乌市"]),
        ("晋江召开2022年全市组织工作会议", ["晋江市"]),
        ("寿光举办乡村振兴专题培训班", ["寿光市"]),
        # not before an act: a word or a brand
        ("义乌小商品走向世界", []),
    ],
)
def test_short_county_names_without_their_city(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # autonomous counties and prefectures are written with the plain suffix
        ("彭水县委组织部", ["彭水苗族土家族自治县"]),
        ("中共重庆市彭水苗族土家族自治县委组织部", ["重庆市", "彭水苗族土家族自治县"]),
        ("延边州推动干部交流", ["延边朝鲜族自治州"]),
        ("澜沧县：田间课堂", ["澜沧拉祜族自治县"]),
        # 舟山群岛新区 is all of 舟山市: one actor, one name
        ("舟山群岛新区选派干部", ["舟山市"]),
        ("舟山新区和舟山市", ["舟山市", "舟山市"]),
        # a homonym short form resolved by its co-mentioned city
        ("象山是个海岛县，宁波市", ["象山县", "宁波市"]),
        ("象山是个海岛县", []),
    ],
)
def test_derived_and_folded_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site or newspaper named after its city is the outlet, not the actor
        ("中国宁波网\n象山县干部", ["象山县"]),
        ("宁波网讯 象山县", ["象山县"]),
        ("成都商报讯（记者 韩利）", []),
        ("青岛发布：崂山区", ["崂山区"]),
        # ... but the place stays when the word goes on (网格员, 发布会)
        ("宁波网格员", ["宁波市"]),
        ("宁波发布会上", ["宁波市"]),
    ],
)
def test_site_names_are_not_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lake or river named like the division: 洪湖 the lake, 洪湖市 the city
        ("荆州市推进洪湖流域综合治理", ["荆州市"]),
        ("荆州市洪湖市沙口镇", ["荆州市", "洪湖市"]),
        ("荆州市的洪湖干部", ["荆州市", "洪湖市"]),
    ],
)
def test_natural_features_are_not_divisions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("宜宾市叙州区", "叙州区", "宜宾市"),
        ("杭州市临平区", "临平区", "杭州市"),
        ("上饶市广信区", "广信区", "上饶市"),
        ("河池市宜州区", "宜州区", "河池市"),
        ("长治市潞州区", "潞州区", "长治市"),
    ],
)
def test_divisions_renamed_after_the_snapshot(text: str, name: str, city: str) -> None:
    (district,) = [m for m in find_places(text) if m.level == "district"]
    assert (district.name, district.city) == (name, city)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county that became a county-level city, written by its new name
        ("华亭市召开三级干部大会，华亭市委组织部部署", ["华亭市", "华亭市"]),
        ("黑龙江嫩江市选派干部驻村", ["黑龙江省", "嫩江市"]),
        # its short form and old name in the same text are the city too
        ("甘肃平凉华亭市，华亭干部", ["甘肃省", "平凉市", "华亭市", "华亭市"]),
        # never when 市 makes a word with what follows or with the stem's end
        ("永和市场里人头攒动", []),
        ("大城市的干部队伍", []),
        ("今天全市干部大会召开", []),
    ],
)
def test_counties_written_as_county_level_cities(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a homonym district: the city named picks it even when the province fits two
        ("江苏省召开会议，南京市代表发言，鼓楼区代表建议", ["江苏省", "南京市", "鼓楼区@南京市"]),
        ("江苏省召开会议，徐州市代表发言，鼓楼区代表建议", ["江苏省", "徐州市", "鼓楼区@徐州市"]),
        # a city's short form stays the city, not its own county of that name
        ("河北省邯郸市召开会议，邯郸选派干部", ["河北省", "邯郸市", "邯郸市"]),
        # a short form that is a word (鼓楼 drum tower) is the district right after its city
        ("南京市鼓楼地区召开人大代表座谈会", ["南京市", "鼓楼区@南京市"]),
        ("游客在鼓楼前合影，南京市", ["南京市"]),
        # a full name on the stop list (西区 west side) is the district right after its city
        ("据攀枝花市西区商务局负责人介绍，项目已开工", ["攀枝花市", "西区@攀枝花市"]),
        ("新建小区位于城市西区，交通便利", []),
    ],
)
def test_homonyms_and_stop_words_after_their_city(text: str, expected: list[str]) -> None:
    got = [f"{m.name}@{m.city}" if m.level == "district" else m.name for m in find_places(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named once, then referred to as 该县 / 全县: a county paper's own item
        (
            "11日，古田为期三天的村书记培训班开班。该县186个村的书记参训，该县组织部长授课。",
            ["古田县"],
        ),
        ("近日，古田召开干部大会。全县干部参会，全县各乡镇负责人发言。", ["古田县"]),
        # named once, one reference: not enough to read the short form as the county
        ("打造古田样板，该县各部门配合。", []),
    ],
)
def test_a_short_form_named_once_with_self_references(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division whose name is a word (郊区 suburbs), written with its own organ
        (
            "来源：郊区区委组织部\n近日，郊区举办选派干部比武。郊区干部登台。",
            ["郊区", "郊区", "郊区"],
        ),
        ("铜陵市郊区区委召开会议", ["铜陵市", "郊区@铜陵市"]),
        # without its organ the word stays a word
        ("郊区的农家乐生意红火，城区的干部下乡", []),
        # the name as a word's tail (主城区 main urban area) stays a word, organ or not
        ("主城区区委书记多由区长接任，近郊区区委书记也一样", []),
        ("各城区区委要抓好落实，中心城区区政府牵头", []),
    ],
)
def test_stop_listed_divisions_with_their_own_organ(text: str, expected: list[str]) -> None:
    got = [f"{m.name}@{m.city}" if m.city else m.name for m in find_places(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form that is also a word, opening a clause before what a division does
        ("为期半年，日照选派80名村书记挂职锻炼", ["日照市"]),
        ("近日，大同召开干部作风建设大会", ["大同市"]),
        # the word, mid-clause or before no act
        ("冬日照选派的干部身上", []),
        ("大同小异的做法", []),
    ],
)
def test_stop_listed_short_forms_before_an_act(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster named after its city is the outlet's banner, not the place
        ("上海新闻广播出品。宜昌市组建项目专班", ["宜昌市"]),
        ("宁波电台记者报道，象山县选派干部", ["象山县"]),
        # the city itself before other words stays the city
        ("上海选派干部赴宜昌挂职", ["上海市", "宜昌市"]),
    ],
)
def test_broadcasters_named_after_their_city(text: str, expected: list[str]) -> None:
    assert names(text) == expected
