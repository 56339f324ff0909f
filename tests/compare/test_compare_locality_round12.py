"""Round 12 places (issue 16), each a general cause seen in several batches: a headline's
label of places (宁夏吴忠：…) names the actor however the story is told; a verb before a
town's organ (为促进镇委书记…) is no town; the 兵团 is a province-level actor.  Sentences
written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import headline_label
from reporter.compare.towns import find_towns
from reporter.text.gazetteer import find_places, outlet_home
from tests.helpers import primary_locality_of


def _label(title: str, body: str) -> str | None:
    text = f"{title}\n{body}"
    return headline_label(text, (0, len(title)), find_places(text))


# A body naming the city, its county and its town, each in its own right.
_BODY = "近年来，徐州市积极探索年轻干部培养机制。沛县、金山街道也开展了擂台比武。"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a path of places before the colon: the last one is the subject
        ("江苏徐州：以“墩苗”历练助推年轻干部成长", _BODY, "徐州市"),
        ("徐州：干部下沉一线解难题", _BODY, "徐州市"),
        ("徐州市沛县：擂台比武促发展", _BODY, "沛县"),
        # a town after its city and zone is the subject
        ("徐州开发区金山街道：青年干部夜校开课", _BODY, "金山街道"),
        # the label's place in the text only as the path to a county, or by its level
        # unnamed (全市)
        ("江苏徐州：擂台比武促发展", "近日，徐州市沛县开展擂台比武，全县干部参加。", None),
        ("江苏徐州：擂台比武促发展", "近日，徐州市沛县开展擂台比武，全市干部观摩。", "徐州市"),
        # a kind of street after the city: no town
        ("徐州美食街：夜经济点亮老城", _BODY, None),
        # words before or among the places: no label of places
        ("揭秘！徐州区县排名：谁是第一", _BODY, None),
        ("徐州6名干部履职不力被问责：敷衍塞责", _BODY, None),
        ("专题党课：事不避难", _BODY, None),
        # no colon, no label
        ("徐州选派百名干部驻村", _BODY, None),
    ],
)
def test_headline_label(title: str, body: str, expected: str | None) -> None:
    assert _label(title, body) == expected


# A city's story told through one county cadre: the lead's first actor is the county, and
# the county and its town are named often, but the headline's label names the city.
_CITY_STORY = (
    "江苏徐州：以“墩苗”历练助推选调生成长\n"
    "近日，江苏徐州市沛县鹿楼镇党委副书记李明走进结对帮扶户家中，了解实际困难。"
    "按照沛县“百名干部联百企”部署，他经常到企业走访。\n"
    "李明是徐州市2018级选调生，今年由沛县团县委调任沛县鹿楼镇。"
    "选派选调生到基层一线锻炼，是徐州市帮助年轻干部成长的一个缩影。\n"
    "近年来，徐州市积极探索墩苗历练、严管厚爱的选调生培养机制。沛县鹿楼镇干部表示受益匪浅。\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CITY_STORY, "徐州市"),
        # the same story under a headline naming the county as its label
        (_CITY_STORY.replace("江苏徐州：", "徐州沛县：", 1), "沛县"),
        # a label naming where the senders' cadres work, never a subject in the text:
        # the sender acts
        (
            "西藏林芝：援藏干部扎根高原显身手\n"
            "近日，江苏省委组织部选派第九批120名援藏干部人才赴藏开展帮扶工作。\n"
            "江苏省委组织部介绍，三年来，江苏省累计选派援藏干部300余名，"
            "江苏省各级为援藏干部建立档案。\n"
            "援藏干部们表示，将为林芝市发展贡献力量。\n",
            "江苏省",
        ),
    ],
)
def test_a_headline_label_names_the_actor(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


def _towns(title: str, lead: str, body: str) -> list[str]:
    text = f"{title}\n{lead}\n{body}"
    t_end = len(title)
    spans = ((0, t_end), (t_end + 1, t_end + 1 + len(lead)))
    return [t.name for t in find_towns(text, find_places(text), *spans)]


@pytest.mark.parametrize(
    ("title", "lead", "body", "expected"),
    [
        # a verb running into the organ (为促进|镇委书记): no town
        (
            "丰县评选“最佳搭档” 3镇书记镇长上榜",
            "为促进镇委书记、镇长更加合拍，丰县出台评选方案。",
            "评选内容包括工作业绩。镇委书记、镇长须共事半年以上。",
            [],
        ),
        (
            "丰县开展乡镇考核",
            "会议要求各单位及时上报镇党委书记履职情况。",
            "镇党委书记述职。",
            [],
        ),
        # a town named after a verb (胜利, 前进) that the story names again is a town
        (
            "胜利街道开展擂台比武",
            "近日，胜利街道党工委组织开展擂台比武活动。",
            "胜利街道各社区书记登台比拼。",
            ["胜利街道"],
        ),
    ],
)
def test_a_verb_before_a_town_organ_is_no_town(
    title: str, lead: str, body: str, expected: list[str]
) -> None:
    assert _towns(title, lead, body) == expected


def test_the_corps_acts_for_its_own_story(tmp_path: Path) -> None:
    text = (
        "工作队扎根连队办实事\n"
        "今年以来，兵团各“访惠聚”工作队在落实惠民政策、推进乡村振兴等方面下功夫。\n"
        "兵团党委组织部选派的驻村干部帮助村民播种棉花。兵团各师工作队开展结对帮扶。\n"
    )
    assert primary_locality_of(tmp_path, text) == "新疆生产建设兵团"


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        # a local portal's brand before its place's name, with no suffix
        ("精彩徐州", "徐州市"),
        ("掌上徐州", "徐州市"),
        # an organisation department's party-building portal
        ("江苏先锋网", "江苏省"),
        # a brand alone, or before no place, names none
        ("精彩", None),
        ("今日头条", None),
    ],
)
def test_a_portal_named_after_its_place(outlet: str, expected: str | None) -> None:
    assert outlet_home(outlet) == expected


def test_an_organ_opening_a_quotation_is_no_actor(tmp_path: Path) -> None:
    # the county secretary's words open the lead with the province's document: the frame
    # of the county's story, which the provincial paper reports
    text = (
        "奋斗在一线 建功在基层\n"
        "2019-07-22 10:51 [来源:新华日报]\n"
        "“省委办公厅最近印发《关于激励干部担当作为的办法》，鼓励干部干事创业。沛县就有"
        "一批敢打硬仗的干部。”近日，徐州市委常委、沛县县委书记王某接受记者采访时说。\n"
        "2016年以来，沛县共选拔“攻坚型”干部42名。沛县县委组织部为每名干部建立纪实档案。\n"
    )
    assert primary_locality_of(tmp_path, text) == "沛县"


@pytest.mark.parametrize(
    ("title", "lead", "body", "expected"),
    [
        # a town named after the county seat that moved away
        (
            "旧县镇：“雏鹰”计划助力年轻干部成长",
            "近年来，旧县镇党委坚持党建引领，打造年轻干部培养品牌。",
            "旧县镇年轻干部深入村庄调研。",
            ["旧县镇"],
        ),
        # a county before its towns' organs, or a count of counties: no town
        (
            "沛县召开乡镇工作会议",
            "会上，沛县镇党委书记逐一述职，两县镇党委书记交流经验。",
            "沛县要求各镇抓好落实。",
            [],
        ),
    ],
)
def test_a_town_named_after_an_old_county_seat(
    title: str, lead: str, body: str, expected: list[str]
) -> None:
    assert _towns(title, lead, body) == expected
