"""The primary locality on pages modelled on real failures (issue 16): the actor, not a
site banner, a destination, a venue, a survey of other places or a passing mention.

``tests/fixtures/clean/places/expected.toml`` holds the expected locality of each page,
written before the tool was run on it, with the rule each page exercises.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reporter import pipeline
from reporter.compare.actors import unnamed_organ_levels
from reporter.compare.locality import actor_mentions, mention_scores, primary_locality
from reporter.compare.towns import find_towns
from reporter.text.gazetteer import find_places

PLACES = Path(__file__).resolve().parent.parent / "fixtures" / "clean" / "places"
EXPECTED: dict[str, dict[str, str]] = tomllib.loads((PLACES / "expected.toml").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_primary_locality_of_real_page_shapes(name: str) -> None:
    docs, skipped = pipeline.load_documents((PLACES / f"{name}.txt",))
    assert not skipped, skipped
    meta = docs[0].article.metadata
    assert (meta.primary_locality or "") == EXPECTED[name]["primary"], (
        EXPECTED[name]["why"],
        meta.localities,
    )


def test_every_fixture_is_expected() -> None:
    assert {p.stem for p in PLACES.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize(
    ("text", "heavier", "lighter"),
    [
        # destination, comparison, venue and example weigh less than the actor
        ("石峰区干部赴苏州学习。石峰区", "石峰区", "苏州市"),
        ("借鉴苏州经验，石峰区", "石峰区", "苏州市"),
        ("在苏州举办研修班，石峰区", "石峰区", "苏州市"),
        ("昭觉等县，凉山州", "凉山彝族自治州", "昭觉县"),
    ],
)
def test_mention_weights(text: str, heavier: str, lighter: str) -> None:
    scores = mention_scores(text, find_places(text))
    assert scores[heavier] > scores[lighter], scores


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # an organ in subject position is the actor (also after its city) ...
        ("株洲市石峰区委组织部选派干部", 2.0),
        ("近日，石峰区委组织部选派干部", 2.0),
        # ... a person's former unit is not
        ("他由株洲市石峰区委组织部的一名干部进入班子", 1.0),
    ],
)
def test_organ_in_subject_position(text: str, weight: float) -> None:
    assert mention_scores(text, find_places(text))["石峰区"] == weight


def test_a_survey_paragraph_weighs_less() -> None:
    text = "云南省选派干部。\n其中，湖北黄石、浙江杭州、江苏苏州都有好做法，黄石还建立档案。"
    scores = mention_scores(text, find_places(text))
    assert scores["云南省"] > scores["黄石市"], scores


def test_unnamed_references_vote_for_their_level() -> None:
    text = "市委部署。\n全市选派干部，我市推进。\n鄞州区东吴镇画龙村。宁波"
    scores = mention_scores(text, find_places(text))
    assert scores["宁波市"] > scores["鄞州区"], scores


def test_no_primary_locality_from_one_passing_mention() -> None:
    text = "比如霸州市也组建过专班"
    mentions = find_places(text)
    from reporter.clean.metadata import _localities

    locs = _localities(mentions)
    assert primary_locality([], [], locs, scores=mention_scores(text, mentions)) is None
    assert primary_locality(mentions, [], locs, scores=mention_scores(text, mentions)) == "霸州市"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after its county, or before its own organ; the stem is counted
        ("开化县华埠镇推行擂台赛。华埠镇党委、华埠干部", ["华埠镇"]),
        ("南海区委常委、大沥镇委书记说，大沥干部", ["大沥镇"]),
        # phrases and words are not towns: 启动乡(村振兴), 各乡镇, 城乡
        ("清远启动乡村振兴。清远启动乡村", []),
        ("开化县各乡镇干部。开化县各乡镇", []),
        # named once: a detail
        ("开化县华埠镇罗丰村", []),
        # a stem that is a word names a town that acts (batch5, 郎溪县十字镇)
        ("十字镇：擂台比武竞风采\n8月29日，郎溪县十字镇开展了村干部擂台比武", ["十字镇"]),
        ("白沙镇启动干部比武。白沙镇各村参加", ["白沙镇"]),
        # a stem ending in 村 is a name (batch5, 卢村乡); 各村 and 村镇 stay phrases
        ("卢村乡隆重举行擂台比武。卢村乡机关干部参加", ["卢村乡"]),
        ("各村镇开展比武。各村镇干部", []),
        # named once, but opening the clause with what it does (batch5, 兴安镇)
        ("7月25日上午，兴安镇开展擂台赛，15个村党组织书记参赛。", ["兴安镇"]),
        # opening a clause with the venue of its act, or its own profile (batch26)
        ("6月3日下午，龙潭镇在镇政府会议室召开干部大会。龙潭镇班子成员参加", ["龙潭镇"]),
        ("二、基本情况\n石岗乡地处全县最北端，石岗乡辖12个村，石岗人口3万", ["石岗乡"]),
        ("青山镇位于县城以东，青山人口2万", ["青山镇"]),
        ("今年，桥西路街道紧紧围绕中心工作，选派干部下沉网格。桥西路街道", ["桥西路街道"]),
        # an honour's kind of unit is no town, however often its organ follows (batch25)
        ("张家被评为省先进街道办事处，李家被评为先进街道办事处主任。先进街道", []),
        ("全县表彰优秀乡镇党委10个，优秀乡镇党委书记10名。优秀乡镇", []),
        # a town after 在 is where something happened, not the actor
        ("县委在龙潭镇召开现场会。龙潭镇干部", []),
        # towns listed as the object of help do not act (batch1, 武进区)
        ("武进区抽调干部协助拆迁指挥部、湖塘镇和牛塘镇开展征迁。牛塘镇、湖塘镇", []),
    ],
)
def test_find_towns(text: str, expected: list[str]) -> None:
    lead = (0, len(text))
    assert [t.name for t in find_towns(text, find_places(text), lead=lead)] == expected


HELDOUT = PLACES.parent.parent / "compare" / "heldout"
# Reached: 68 of 68.  Before the divisions renamed after the adcode snapshot were added
# (叙州区, 宜州区, 临平区, 广信区) it was 64 (0.94); the floor allows one or two misses.
HELDOUT_PRIMARY_FLOOR = 0.97


def test_primary_locality_on_the_heldout_articles() -> None:
    table = tomllib.loads((PLACES / "heldout_primary.toml").read_text("utf-8"))["primary"]
    docs, skipped = pipeline.load_documents(tuple(HELDOUT / f"{name}.txt" for name in table))
    assert not skipped, skipped
    got = {
        Path(d.article.source_path).stem: d.article.metadata.primary_locality or "" for d in docs
    }
    wrong = {name: (got[name], want) for name, want in table.items() if got[name] != want}
    assert 1 - len(wrong) / len(table) >= HELDOUT_PRIMARY_FLOOR, wrong


def test_a_township_portal_naming_no_county_gives_its_town() -> None:
    """A town's own portal names no county (batch5 shapes): the town that acts is the
    primary locality, not none."""
    text = "白沙镇举办擂台比武活动\n6月29日，白沙镇举办村干部擂台比武。白沙镇12名干部参加。"
    towns = find_towns(text, find_places(text), (0, 11), (12, len(text)))
    assert primary_locality([], [], [], towns=towns) == "白沙镇"


def test_places_listed_after_a_destination_are_destinations_too() -> None:
    """到潍坊市、临沂市的先进村挂职 (batch5, 日照): the second city of the list is where the
    secretaries go, like the first, and never the actor."""
    text = (
        "为期3个月，某某选派100名农村党组织书记挂职锻炼\n"
        "7月26日，市委组织部选派50名农村党组织书记到潍坊市、临沂市的先进村挂职，"
        "选派50名村党组织书记到市内的先进村挂职。"
    )
    mentions = find_places(text)
    assert [m.name for m in actor_mentions(text, mentions)] == []
    assert max(mention_scores(text, mentions).values()) < 1.0


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("省委选派三百名干部奔赴农村。", ("省",)),
        ("日前，市委组织部印发通知，部署干部培训。", ("市",)),
        ("近日，县纪委通报两起典型问题。", ("县",)),
        ("中共区委召开常委会。", ("区",)),
        # an organ after its place names that place (临沂市委), not an unnamed actor
        ("临沂市委组织部选派干部。", ()),
        # an organ listed after another is that one's place's, or a list of authorities
        ("泰安市委、市政府表彰先进。", ()),
        ("会议传达了中央、省委人才工作会议精神。", ()),
        # mid-clause it is whom someone works for, not the subject
        ("张三是省委宣传部干部。", ()),
    ],
)
def test_unnamed_organ_levels(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels
