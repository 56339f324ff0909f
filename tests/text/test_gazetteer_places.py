"""reporter.text.gazetteer.find_places against the national adcode table."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.text.gazetteer import find_places
from reporter.text.gazetteer_table import all_places, lookup
from reporter.text.gazetteer_table import table as _gazetteer


def names(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.name, m.level, m.province, m.city) for m in find_places(text)]


def test_full_names_with_hierarchy_and_offsets() -> None:
    text = "山东省青岛市崂山区张村河"
    found = find_places(text)
    assert [(m.name, m.level, m.province, m.city) for m in found] == [
        ("山东省", "province", None, None),
        ("青岛市", "city", "山东省", None),
        ("崂山区", "district", "山东省", "青岛市"),
    ]
    assert [text[m.start : m.end] for m in found] == ["山东省", "青岛市", "崂山区"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district's short name counts once its city (or itself) is named
        ("青岛打造崂山样板", [("青岛市", "city"), ("崂山区", "district")]),
        ("崂山区干部一线淬炼，崂山速度", [("崂山区", "district"), ("崂山区", "district")]),
        # ... and not on its own, nor inside other words
        ("打造崂山样板", []),
        ("新城阳光小区", []),
        # short names of provinces and cities count alone
        ("青岛的干部", [("青岛市", "city")]),
        ("吉林的干部", [("吉林省", "province")]),  # province before 吉林市
        ("广西的干部", [("广西壮族自治区", "province")]),
        # ordinary words that are also division names do not count
        ("老城区迎来新生，城区面貌一新", []),
        ("长治久安，大同小异，日照充足", []),
        # functional areas from places.toml
        ("在西海岸新区，村党组织书记", [("西海岸新区", "district")]),
    ],
)
def test_aliases_and_stop_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.level) for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("长春市朝阳区", "长春市"),
        ("北京市朝阳区", "北京市"),
        ("朝阳区", None),  # two 朝阳区 and no context: no guessed parent
    ],
)
def test_shared_names_resolved_by_context(text: str, city: str | None) -> None:
    district = [m for m in find_places(text) if m.name == "朝阳区"]
    assert len(district) == 1 and district[0].city == city


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("深圳市光明区", "光明区", "深圳市"),  # created after the adcode snapshot
        ("深圳龙华区", "龙华区", "深圳市"),  # also a district of 海口
        ("海口市龙华区", "龙华区", "海口市"),
        ("青岛市即墨区", "即墨区", "青岛市"),  # 即墨市 became a district in 2017
    ],
)
def test_divisions_added_in_places_toml(text: str, name: str, city: str) -> None:
    (district,) = [m for m in find_places(text) if m.level == "district"]
    assert (district.name, district.city) == (name, city)


def test_institutions_are_not_places() -> None:
    assert find_places("光明日报记者报道") == []
    assert find_places("在浙江大学举办研修班，青岛日报报道") == []
    assert [m.name for m in find_places("浙江省委和青岛市委")] == ["浙江省", "青岛市"]


def test_the_gazetteer_is_the_national_table() -> None:
    places = all_places()
    assert len(places) > 3000
    assert {p.level for p in places} == {"province", "city", "district"}
    assert sum(1 for p in places if p.level == "province") >= 34
    assert len(lookup("鼓楼区")) >= 4
    (laoshan,) = lookup("崂山区")
    assert (laoshan.alias, laoshan.city, laoshan.adcode) == ("崂山", "青岛市", "370212")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="青岛市崂山区城阳西海岸新长春朝阳吉林省县，。 x1", max_size=60))
def test_mentions_are_ordered_non_overlapping_surface_forms(text: str) -> None:
    found = find_places(text)
    ends = 0
    for m in found:
        assert ends <= m.start < m.end <= len(text)
        ends = m.end
        surface = text[m.start : m.end]
        # a surface form the gazetteer knows for that place: its name, its alias, a derived
        # plain form (彭水县, 长阳县), a new area's name that resolves to its city, or a
        # short form read only beside its city (长春朝阳: 朝阳区)
        g = _gazetteer()
        known = (
            *g.by_full.get(surface, ()),
            *g.by_alias.get(surface, ()),
            *g.stopped.get(surface, ()),
        )
        assert surface == m.name or any(p.name == m.name for p in known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's short form that opens a company or web-shop name is no place
        ("吉林全药网讯，今天", []),
        ("浙江某某药业有限公司", []),
        ("江苏银行", []),
        # ... but the place stays when the words between are a place phrase
        ("吉林全省银行业", [("吉林省", "province")]),
        ("吉林的干部", [("吉林省", "province")]),
        # a full name is never cancelled by what follows it
        ("吉林省全药网", [("吉林省", "province")]),
        # a station named after its city still names the city
        ("长春西客站", [("长春市", "city")]),
    ],
)
def test_brand_names_are_not_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.level) for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county-level city's short form, named twice, in a text that refers to its
        # own city unnamed (全市, 我市): a speech or a city portal names no province
        ("全市干部要看到，邓州的底子不差，邓州的干劲更足。", ["邓州市"]),
        ("我市召开大会。过去介休靠煤，今后介休要靠人才。", ["介休市"]),
        # a county's short form vouched for by 全县
        ("全县上下行动起来，古田的干部冲在前，古田的群众跟上来。", ["古田县"]),
        # named once it may be a namesake or a word: still nothing
        ("全市干部大会上，介休的同志发言。", []),
        # the unnamed reference must be of the short form's own level
        ("全县干部大会上，介休的同志发言，介休的经验受到肯定。", []),
    ],
)
def test_short_form_vouched_by_own_level_reference(text: str, expected: list[str]) -> None:
    assert sorted({m.name for m in find_places(text)}) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("内蒙古察右中旗开展擂台比武", "察哈尔右翼中旗"),
        ("科右前旗选派干部驻村", "科尔沁右翼前旗"),
        ("达茂旗委组织部举办培训班", "达尔罕茂明安联合旗"),
        ("土右旗召开动员会", "土默特右旗"),
    ],
)
def test_banner_abbreviations_name_the_banner(text: str, name: str) -> None:
    assert [(m.name, m.province) for m in find_places(text)][-1] == (name, "内蒙古自治区")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word crossing a province's short form takes its last character
        ("驻村点在世界上海拔最高的行政村之一。", []),
        # ... but the short form that segments as a word stays a place
        ("上海拔河比赛吸引干部参加。", ["上海市"]),
        ("湖南京剧团下基层慰问驻村干部。", ["湖南省"]),
        ("山东方面选派干部支援。", ["山东省"]),
        ("广东南部沿海各市选派干部。", ["广东省"]),
    ],
)
def test_short_form_crossed_by_a_common_word(text: str, expected: list[str]) -> None:
    assert sorted({m.name for m in find_places(text)}) == expected


@pytest.mark.parametrize(("level_char", "key"), [("市", "county_city"), ("区", "county_district")])
def test_later_name_common_endings_are_what_jiebas_dictionary_says(
    level_char: str, key: str
) -> None:
    # The data list stands in for a frequency lookup at load time: it must be exactly the
    # 字+市 (字+区) endings of counties' short forms that jieba counts as common words.
    from reporter.text.gazetteer import COMMON_WORD_FREQ, word_freq
    from reporter.text.gazetteer_table import _common_endings, _load_tsv

    freq = word_freq()
    endings = {
        p.alias[-1] + level_char
        for p in _load_tsv()
        if p.level == "district" and p.name.endswith("县") and p.alias
    }
    common = {w for w in endings if freq.get(w, 0) >= COMMON_WORD_FREQ}
    assert _common_endings(key) == common


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county that became a district after the adcode snapshot, on its own portal
        ("版权所有：重庆市武隆区人民政府。武隆区召开项目专班会议。", ["武隆区", "重庆市"]),
        # its old name in the same text takes the new one
        ("武隆县更名后，武隆区选派干部驻村。", ["武隆区"]),
        # named once and placed nowhere, the form is not vouched for
        ("会上，梁平区域发展被提及。", []),
        # a common word's tail is no district (盐山县: 山区), however often it recurs
        ("沧州市盐山区干部下沉盐山区乡村。", ["沧州市"]),
    ],
)
def test_a_county_is_found_by_the_district_it_became(text: str, expected: list[str]) -> None:
    assert sorted({m.name for m in find_places(text)}) == expected


def test_loading_the_gazetteer_does_not_load_jiebas_dictionary() -> None:
    # A cached build renders the deployment chart, which looks places up: it must not pay
    # for jieba's dictionary (about a second) to do so.
    import subprocess
    import sys

    code = (
        "from reporter.text import gazetteer_table as g, segment\n"
        "g.table(); assert g.lookup('华亭市'), 'derived county-level city'\n"
        "import jieba; assert not jieba.dt.initialized, 'jieba dictionary loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_converted_forms_are_what_the_cleaners_conversion_writes() -> None:
    # [converted] in places.toml stands in for converting every name at load time: it
    # must hold exactly the gazetteer's names that the traditional-to-simplified
    # conversion changes, in the form it writes, from three characters on.
    from reporter.clean.script import to_simplified
    from reporter.text.gazetteer_table import _load_tsv, converted_names

    changed = {
        to_simplified(p.name): p.name
        for p in _load_tsv()
        if to_simplified(p.name) != p.name and len(p.name) >= 3
    }
    assert converted_names() == changed
