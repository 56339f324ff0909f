"""Round 12b places (issue 16): a wire's dated dateline (兰州6月14日电) is the bureau the
story was filed from, not its actor; a notice a county or banner issues to its townships
(各苏木乡镇党委政府：) is that county's or banner's, not the town it praises.  Sentences
written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import is_elsewhere
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a wire's dated dateline: where the bureau filed from
        ("银川5月8日电（记者 王某）宁夏回族自治区近日选派干部驻村。", "银川", True),
        ("南昌11月2日电 记者从江西省委组织部获悉，", "南昌", True),
        # an undated local flash names the paper's own division: it stays
        ("城阳讯 近日，城阳区选派50名干部下沉社区。", "城阳", False),
        # a date after the place that is no dateline
        ("银川5月8日召开干部大会，部署驻村工作。", "银川", False),
    ],
)
def test_wire_dateline_is_elsewhere(text: str, place: str, expected: bool) -> None:
    at = text.index(place)
    assert is_elsewhere(text, at, at + len(place)) is expected


# A province's story filed from its capital's bureau: the province acts.
_WIRE = (
    "银川5月8日电（记者 王某、李某）记者8日了解到，宁夏回族自治区正向1200个村选派驻村"
    "工作队，队员每年驻村不少于200天。\n"
    "据宁夏回族自治区党委组织部介绍，工作队员均从县级以上机关抽调。"
    "驻村满两年表现突出的，宁夏回族自治区将优先提拔使用。\n"
    "（新华社）\n"
)


# A banner's notice praising one of its townships, signed by the banner's office.
_NOTICE = (
    "关于对东风镇党委、政府予以表扬的通报\n"
    "各苏木乡镇党委政府，各街道党工委：\n"
    "东风镇党委、政府在村“两委”换届工作中精心组织，全镇18个嘎查村全部按期完成换届。"
    "东风镇坚持把纪律挺在前面，营造了风清气正的换届环境。\n"
    "希望各苏木乡镇以东风镇为榜样，扎实做好各项工作。\n"
    "科尔沁左翼中旗换届工作领导小组办公室\n"
    "2021年2月1日\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_WIRE, "宁夏回族自治区"),
        (_NOTICE, "科尔沁左翼中旗"),
        # the same notice addressed to the towns of a county: the county issued it
        (
            _NOTICE.replace("各苏木乡镇党委政府，各街道党工委：", "各乡镇党委、政府：").replace(
                "科尔沁左翼中旗", "阜宁县"
            ),
            "阜宁县",
        ),
    ],
)
def test_issuer_and_wire_province(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


# A township's own item: the town is named after an old market (…市镇), its stem no place.
_MARKET_TOWN = (
    "桃源县马市镇开展人居环境整治擂台赛\n"
    "近日，桃源县马市镇组织各村支部书记开展人居环境整治现场观摩，看现场、比成效、排名次。"
    "马市镇将观摩得分纳入年度考核，排名末位的村由镇党委约谈。\n"
    "马市镇有关负责人表示，将以擂台赛推动各村比学赶超。\n"
)


# A city's mechanism told through one case in a town of one of its districts: the city
# acts; the town, named a little more often than the city, is its example.
_CITY_CASE = (
    "干部常态化走访入户 上门问事一线办事\n"
    "本报济南3月2日电 （记者王某）机器轰鸣，焊接声此起彼伏……"
    "山东省临沂市兰山区枣园镇河东村，一家食品企业正抓紧建设新厂房。"
    "新厂房如期开工，离不开枣园镇干部上门问事。\n"
    "今年以来，临沂市建立干部常态化走访入户机制，推动乡镇干部把问题解决在一线。\n"
    "枣园镇干部张某到企业走访后，枣园镇镇长召集相关部门现场办公。\n"
    "据介绍，临沂全市乡镇干部共走访群众3万余户。\n"
)


def test_city_case_in_a_district_town(tmp_path: Path) -> None:
    assert primary_locality_of(tmp_path, _CITY_CASE) == "临沂市"
