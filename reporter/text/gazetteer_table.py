"""The gazetteer's table: China's administrative divisions loaded once from
``reporter/data/gazetteer.tsv`` and ``reporter/data/places.toml``, with every surface
form (full name, short form, derived forms) a text may write them by, and the division
an outlet is named after (:func:`outlet_home`).  Finding them in a text is
:mod:`reporter.text.gazetteer`'s."""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from reporter.models import LocalityLevel
from reporter.text.resources import HAN_COMMON_FIRST, HAN_COMMON_LAST, starts_re

_LEVELS: tuple[LocalityLevel, ...] = ("province", "city", "district")
# Every name and alias has at least two characters (one character would match inside
# any word), so the scan looks surfaces up by their first two.
MIN_SURFACE_CHARS = 2
# Suffixes of autonomous divisions and the plain suffix people write instead
# (彭水苗族土家族自治县 -> 彭水县, 延边朝鲜族自治州 -> 延边州).
_AUTONOMOUS_PLAIN = (("自治县", "县"), ("自治旗", "旗"), ("自治州", "州"))
# Higher levels win an alias tie (吉林 the province over 吉林市) because articles
# name provinces and cities by their short form far more often than counties.
LEVEL_RANK: dict[str, int] = {"province": 0, "city": 1, "district": 2}


@dataclass(frozen=True)
class Place:
    """One division of the gazetteer."""

    name: str  # canonical full name, e.g. "崂山区"
    alias: str  # short form, "" when none
    level: LocalityLevel
    province: str | None
    city: str | None
    adcode: str  # "" for functional areas


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text, resolved against the gazetteer."""

    name: str  # canonical full name, e.g. "崂山区"
    level: LocalityLevel  # "province" | "city" | "district"
    province: str | None
    city: str | None
    start: int  # offsets of the matched surface form in the text
    end: int


class GazetteerError(ValueError):
    """The bundled gazetteer data is malformed (a packaging bug, not user input)."""


@dataclass(frozen=True)
class Table:
    places: tuple[Place, ...]
    by_full: dict[str, tuple[Place, ...]]
    by_alias: dict[str, tuple[Place, ...]]
    lengths: dict[str, tuple[int, ...]]  # first two chars -> surface lengths, longest first
    # Short forms on the stop list (鼓楼, 日照) -> their divisions: read only right
    # after their city's name (南京市鼓楼地区) or before what a division does (日照选派),
    # where they cannot be the word.
    stopped: dict[str, tuple[Place, ...]]
    # Full names on the stop list (郊区, 城区) -> their divisions: read in a text that
    # names the division's own organ (郊区区委组织部), which the word never has.
    stopped_names: dict[str, tuple[Place, ...]]
    # A county written as the county-level city it became (华亭市 for 华亭县) -> the
    # county's name in the table, whose mentions take the city's name in that text.
    county_cities: dict[str, str]
    # Every later name of a county the table derives, as a city or as a district (武隆区
    # for 武隆县): read only where the text vouches for it, and the county's other
    # mentions in that text take the later name.
    later_names: dict[str, str]
    # The later names places.toml also lists as areas (武隆区, 2016 from 武隆县): the list
    # vouches for them, so a text naming one once counts it; its county's mentions still
    # take the later name.
    listed_later: frozenset[str]
    # Where a surface form may start: its first character, followed by a character
    # some surface has second.  Most characters of a text start none, and the regex
    # engine skips them far faster than a lookup per position would.
    starts: re.Pattern[str]
    # The same for the stop-listed short forms (``stopped``): one scan tells which of
    # them a text may hold, instead of a search for each.
    stopped_starts: re.Pattern[str]


def _read_data(name: str) -> str:
    return resources.files("reporter").joinpath("data", name).read_text(encoding="utf-8")


def _level(value: str, where: str) -> LocalityLevel:
    if value not in _LEVELS:
        raise GazetteerError(f"{where}: unknown level {value!r}")
    return value


# What an autonomous region's full name ends in; its short form is the rest.
_REGION_SUFFIX = "自治区"


def _load_tsv() -> list[Place]:
    lines = [ln for ln in _read_data("gazetteer.tsv").splitlines() if not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    expected = ["name", "alias", "level", "province", "city", "adcode"]
    if reader.fieldnames != expected:
        raise GazetteerError(f"gazetteer.tsv: header {reader.fieldnames} != {expected}")
    out = []
    for n, row in enumerate(reader, start=2):
        if not row["name"]:
            raise GazetteerError(f"gazetteer.tsv line {n}: empty name")
        alias = row["alias"]
        if not alias and row["level"] == "province" and row["name"].endswith(_REGION_SUFFIX):
            # cpca leaves 内蒙古自治区 and 西藏自治区 without a short form (no people's
            # name to strip), yet articles write 内蒙古 and 西藏 alone as often as 广西
            alias = row["name"].removesuffix(_REGION_SUFFIX)
        out.append(
            Place(
                name=row["name"],
                alias=alias,
                level=_level(row["level"], f"gazetteer.tsv line {n}"),
                province=row["province"] or None,
                city=row["city"] or None,
                adcode=row["adcode"],
            )
        )
    return out


@functools.cache
def places_data() -> dict[str, object]:
    """``data/places.toml`` parsed once per process (compare.place_resources reads it too)."""
    return tomllib.loads(_read_data("places.toml"))


@functools.cache
def converted_names() -> dict[str, str]:
    """Division names as the script conversion writes them (``[converted]`` in places.toml:
    干安县 -> 乾安县), from three characters on (干县 of 乾县 reads as prose)."""
    table = places_data().get("converted", {})
    names = table.get("names", {}) if isinstance(table, dict) else {}
    return {str(form): str(name) for form, name in names.items()}


def stop_words(key: str) -> frozenset[str]:
    stop = places_data().get("stop", {})
    if not isinstance(stop, dict):
        raise GazetteerError("places.toml: [stop] must be a table")
    words = stop.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise GazetteerError(f"places.toml: stop.{key} must be a list of strings")
    return frozenset(words)


@functools.cache
def stop_words_longest_first(key: str) -> tuple[str, ...]:
    """:func:`stop_words` of ``key``, longest first: what a prefix or suffix test tries in
    order, so that 新闻网 is met before 网."""
    return tuple(sorted(stop_words(key), key=len, reverse=True))


def _load_areas() -> list[tuple[Place, tuple[str, ...], str | None]]:
    areas = places_data().get("area", [])
    if not isinstance(areas, list):
        raise GazetteerError("places.toml: [[area]] must be an array of tables")
    out = []
    for i, area in enumerate(areas):
        where = f"places.toml area #{i + 1}"
        if not isinstance(area, dict) or not isinstance(area.get("name"), str):
            raise GazetteerError(f"{where}: needs a name")
        aliases = area.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{where}: aliases must be a list of strings")
        # A functional area's short form (大鹏 of 大鹏新区) reads as a district's does:
        # only where its city or the area itself is named too (深圳大鹏).
        short = area.get("short", "")
        if not isinstance(short, str):
            raise GazetteerError(f"{where}: short must be a string")
        same_as = area.get("same_as")
        if same_as is not None and not isinstance(same_as, str):
            raise GazetteerError(f"{where}: same_as must be a division's full name")
        place = Place(
            name=area["name"],
            alias=short,
            level=_level(str(area.get("level", "")), where),
            province=area.get("province") or None,
            city=area.get("city") or None,
            adcode="",
        )
        out.append((place, tuple(aliases), same_as))
    return out


def _county_cities(
    places: list[Place], full: dict[str, list[Place]], alias: dict[str, list[Place]]
) -> dict[str, str]:
    """Add each county's county-level-city form (华亭县 -> 华亭市) to ``full``: dozens of
    counties became cities after the adcode snapshot (撤县设市), and their pages write
    only the new name.  A form that is already a name or short form stays that place's,
    a county whose short form is on the stop list is left out, and one whose last two
    characters are a common word (大城县 -> 大城市: 城市; 于都 ->
    于都市: 都市) would read ordinary prose as a place, so it is not derived."""
    return _later_forms(places, full, alias, "市", county_city_common_endings())


def _county_districts(
    places: list[Place], full: dict[str, list[Place]], alias: dict[str, list[Place]]
) -> dict[str, str]:
    """Add each county's district form (武隆县 -> 武隆区, 梁平县 -> 梁平区) to ``full``, as
    :func:`_county_cities` does for cities: scores of counties became districts after the
    adcode snapshot (撤县设区), and their portals write only the district (重庆市武隆区人民
    政府), which no other table entry names.  Not derived where the last two characters
    are a common word (平山县 -> 平山区: 山区)."""
    return _later_forms(places, full, alias, "区", county_district_common_endings())


def _later_forms(
    places: list[Place],
    full: dict[str, list[Place]],
    alias: dict[str, list[Place]],
    level_char: str,
    common: frozenset[str],
) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in places:
        # a short form on the stop list (和平) is a word before it is a county
        if p.level != "district" or not p.name.endswith("县") or p.alias not in alias:
            continue
        surface = p.alias + level_char
        if surface in full or surface in alias or surface[-2:] in common:
            continue
        full[surface] = [Place(surface, "", p.level, p.province, p.city, p.adcode)]
        out[surface] = p.name
    return out


def _same_division(a: Place, b: Place) -> bool:
    """Whether two table entries name one division (its name, level and parents)."""
    return (a.name, a.level, a.province, a.city) == (b.name, b.level, b.province, b.city)


def _former_counties(
    places: list[Place], full: dict[str, list[Place]], alias: dict[str, list[Place]]
) -> None:
    """Add each district's former county name (洪泽县 for 洪泽区, 江宁县 for 江宁区) to
    ``full``, resolving to the district: hundreds of counties became districts (撤县设区)
    and pages written before that, or by people used to the old name, write the county.
    A form that is already a name or short form stays that place's, and a district whose
    short form is on the stop list (鼓楼, 南山) is left out: its short form is a word."""
    for p in places:
        if p.level != "district" or not p.name.endswith("区") or p.alias not in alias:
            continue
        surface = p.alias + "县"
        if surface in full or surface in alias:
            continue
        full[surface] = [p]


def county_city_common_endings() -> frozenset[str]:
    """The common words a derived county-level city must not end in (``[county_city]`` of
    ``places.toml``)."""
    return _common_endings("county_city")


def county_district_common_endings() -> frozenset[str]:
    """The common words a derived district must not end in (``[county_district]``)."""
    return _common_endings("county_district")


def _common_endings(key: str) -> frozenset[str]:
    section = places_data().get(key, {})
    endings = section.get("common_endings", []) if isinstance(section, dict) else []
    if not all(isinstance(e, str) and len(e) == 2 for e in endings):
        raise GazetteerError(f"places.toml [{key}] common_endings: two-character words")
    return frozenset(endings)


@functools.cache
def table() -> Table:
    stop_names = stop_words("names")
    stop_aliases = stop_words("aliases")
    places = _load_tsv()
    full: dict[str, list[Place]] = {}
    alias: dict[str, list[Place]] = {}
    stopped: dict[str, list[Place]] = {}
    stopped_names: dict[str, list[Place]] = {}
    for p in places:
        if p.name not in stop_names:
            full.setdefault(p.name, []).append(p)
        else:
            stopped_names.setdefault(p.name, []).append(p)
        if p.alias and p.alias not in stop_aliases:
            alias.setdefault(p.alias, []).append(p)
        elif p.alias:
            stopped.setdefault(p.alias, []).append(p)
    for p in places:
        # 彭水苗族土家族自治县 is written 彭水县 too; a derived form never shadows a name.
        for suffix, plain in _AUTONOMOUS_PLAIN:
            if p.alias and p.name.endswith(suffix) and p.alias + plain not in full:
                full.setdefault(p.alias + plain, []).append(p)
    for surface, name in converted_names().items():  # 干安县, as OpenCC writes 乾安县
        full.setdefault(surface, list(full.get(name, [])))
    county_cities = _county_cities(places, full, alias)
    county_districts = _county_districts(places, full, alias)
    _former_counties(places, full, alias)
    listed_later: set[str] = set()
    for place, extra_names, same_as in _load_areas():
        if same_as is not None:
            # A new area that is its city under another name (舟山群岛新区 = 舟山市):
            # its names resolve to the city, so one actor is not split in two.
            targets = full.get(same_as)
            if not targets:
                raise GazetteerError(f"places.toml: same_as {same_as!r} is no known division")
            for surface in (place.name, *extra_names):
                full.setdefault(surface, []).extend(targets)
            continue
        places.append(place)
        for surface in (place.name, *extra_names):
            held = full.setdefault(surface, [])
            # the derived later name of the same division (武隆区 of 武隆县): one place,
            # not two homonyms whose parent no text could pick
            if surface in county_districts or surface in county_cities:
                held[:] = [p for p in held if not _same_division(p, place)]
                listed_later.add(surface)
            held.append(place)
        if place.alias and place.alias not in stop_aliases and place.alias not in full:
            alias.setdefault(place.alias, []).append(place)
    # A full name is never also read as someone else's alias (吉林市 vs 吉林).
    lengths: dict[str, set[int]] = {}
    for surface in (*full, *alias):
        if len(surface) < MIN_SURFACE_CHARS:
            raise GazetteerError(f"place name {surface!r} is shorter than {MIN_SURFACE_CHARS}")
        lengths.setdefault(surface[:MIN_SURFACE_CHARS], set()).add(len(surface))
    return Table(
        places=tuple(places),
        by_full={k: tuple(v) for k, v in full.items()},
        by_alias={k: tuple(v) for k, v in alias.items()},
        lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        county_cities=county_cities,
        later_names={**county_cities, **county_districts},
        listed_later=frozenset(listed_later),
        stopped={k: tuple(v) for k, v in stopped.items()},
        stopped_names={k: tuple(v) for k, v in stopped_names.items()},
        starts=starts_re([*full, *alias]),
        stopped_starts=starts_re(list(stopped)),
    )


def all_places() -> tuple[Place, ...]:
    """Every division the gazetteer knows (adcode table and functional areas)."""
    return table().places


@functools.cache
def municipalities() -> frozenset[str]:
    """The provinces that are cities too (上海市, 北京市, 天津市, 重庆市): their districts'
    city is the province itself, so a street office there lies right under it."""
    return frozenset(p.province for p in all_places() if p.province and p.city == p.province)


def lookup(name: str) -> tuple[Place, ...]:
    """The divisions whose full name is ``name`` (several for 朝阳区)."""
    return table().by_full.get(name, ())


def without_roads(text: str, hits: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The hits that name no street: a city's name before 路 or 大街 names a road (青岛's
    镇江路, 上海's 南京路, 中山路街道 in many cities), not the city, unless another place
    starts right there (台州路桥区: the district of 路桥)."""
    starts = {start for start, _, _ in hits}
    return [
        (start, end, is_full)
        for start, end, is_full in hits
        if end in starts
        or not text.startswith(_ROAD_SUFFIXES, end)
        or text.startswith(_ROAD_WORDS, end)
    ]


# What follows a place's name when it names a road (镇江路, 北京大街, 深南大道).
_ROAD_SUFFIXES = ("路", "大街", "大道")
# A road suffix's character starting a word after a place (广州路演, 北京路线图): no road.
_ROAD_WORDS = ("路演", "路线", "路径", "路子", "路费", "路上", "路过")


def county_city_of(county: str) -> str | None:
    """The county-level city a county may have become (海安县 -> 海安市), as the gazetteer
    derives it; None for a county with no such form, or for any other division."""
    g = table()
    return next((city for city, name in g.county_cities.items() if name == county), None)


# A county-level city the gazetteer only derives (华亭市 for 华亭县) counts unless the text
# names it once with neither its province nor its city: a page about the city names it
# again (华亭 alone, 华亭县) or places it; one lone unplaced form is a word's tail (会同市委).
DERIVED_CITY_MIN_MENTIONS = 2


def vouched_later_names(text: str, mentions: list[PlaceMention], g: Table) -> list[PlaceMention]:
    """Drop a derived later name (:func:`_county_cities`: 会同市 for 会同县; or a district,
    :func:`_county_districts`) that the text names once and nowhere vouches for by its
    province or city: the form is not in the adcode snapshot, and a stem that is a word
    reads as prose before the city's organs (会同|市委办: "together with" the municipal
    office, in a page about 温岭市)."""
    named = {m.name for m in mentions}
    kept = []
    for m in mentions:
        surface = text[m.start : m.end]
        if (
            surface in g.later_names
            and surface not in g.listed_later
            and text.count(surface[:-1]) < DERIVED_CITY_MIN_MENTIONS
            and not ({m.province, m.city} & named)
        ):
            continue
        kept.append(m)
    return kept


# What a division's own organ adds to its name (郊区|区委, 城区|区政府): a stop-listed
# name that a text writes with one of them is the division in that whole text.
_OWN_ORGANS = ("委", "政府", "人民政府", "纪委")
# The shortest stop-listed name read with its organ right after it (新城区: three); a
# two-character one (城区政府, 郊区政府) is an urban area's government in prose.
DIRECT_ORGAN_MIN_CHARS = 3
# Characters that make a stop-listed name the tail of a word (主城区, 中心城区, 近郊区,
# 远郊区, 各城区): 重庆主城区区委书记 is the secretary of a main-urban district, not of 城区.
_WORD_HEADS = frozenset("主心近远各全")


def written_with_own_organ(text: str, name: str) -> bool:
    """Whether a text writes a stop-listed name with its own organ (郊区区委组织部,
    矿区区政府) where the name is not a word's tail (主城区区委书记); a name of a stem
    of two characters or more also right before it (新城区委副书记, 新城区人民政府: the
    level's character shared, as every district so named writes it)."""
    if (
        len(name) >= DIRECT_ORGAN_MIN_CHARS
        and name in text
        and any(_organ_at(text, name, organ) for organ in stop_words("direct_organs"))
    ):
        return True
    stem = name + name[-1]  # what every organ's surface starts with (郊区区)
    if stem not in text:
        return False  # one search, not one per organ: most texts never write it
    return any(_organ_at(text, stem, organ) for organ in _OWN_ORGANS)


def _organ_at(text: str, stem: str, organ: str) -> bool:
    """Whether ``stem + organ`` stands in ``text`` other than as a word's tail."""
    surface = stem + organ
    at = text.find(surface)
    while at != -1:
        if at == 0 or text[at - 1] not in _WORD_HEADS:
            return True
        at = text.find(surface, at + 1)
    return False


# The shortest full name read without the segmenter: a two-character full name (新县) may be
# the tail of a word (创新县城), which only jieba's dictionary tells.
PLAIN_NAME_MIN_CHARS = 3
# The levels whose short forms are read without the segmenter, the highest first where
# several share one (西藏那曲: the prefecture, not its county): all of them, since the
# render only compares the names a sentence holds with the places its facts credit.
_PLAIN_LEVELS = ("province", "city", "district")


@functools.cache
def _divisions_re() -> re.Pattern[str]:
    g = table()
    names = {name for name in g.by_full if len(name) >= PLAIN_NAME_MIN_CHARS}
    names |= {a for a, ps in g.by_alias.items() if any(p.level in _PLAIN_LEVELS for p in ps)}
    return re.compile("|".join(sorted(map(re.escape, names), key=lambda s: (-len(s), s))))


def find_divisions(text: str) -> list[PlaceMention]:
    """The divisions ``text`` names by a full name of three characters or more, or by a
    short form (江苏、山东, 西藏那曲, 福鼎), without the segmenter: the
    render's checks of who owns a count read sentences of a cached build, which must not
    load jieba's dictionary.  A name of several divisions (朝阳区) is the first, a short form
    the highest division's; callers compare names only."""
    g = table()
    out = []
    for m in _divisions_re().finditer(text):
        full = g.by_full.get(m[0])
        p = full[0] if full else min(g.by_alias[m[0]], key=lambda p: _PLAIN_LEVELS.index(p.level))
        out.append(PlaceMention(p.name, p.level, p.province, p.city, m.start(), m.end()))
    return out


# How far before a short form a credit line's mark may stand (作者：王|新平): the mark,
# its colon or spaces, and the one-character surname.
BYLINE_WINDOW_CHARS = 8


@functools.cache
def _byline_name_re() -> re.Pattern[str]:
    marks = "|".join(re.escape(m) for m in sorted(stop_words("byline_marks"), key=len)[::-1])
    surnames = "".join(sorted(stop_words("byline_surnames")))
    return re.compile(rf"(?:{marks})[\s:：|]*[{surnames}]$")


def in_byline_name(text: str, start: int, end: int | None = None) -> bool:
    """Whether the short form at ``start`` (ending at ``end``) is a person's given name in
    a credit line (作者 王新平: 新平 is no county), or an official's: after a surname that
    follows a post anywhere in the text (区委书记张平阳, then the headline's 张平阳率队)."""
    if _byline_name_re().search(text[max(0, start - BYLINE_WINDOW_CHARS) : start]) is not None:
        return True
    if end is None or start == 0 or text[start - 1] not in _surnames():
        return False
    name = text[start - 1 : end]
    return any(post + name in text for post in _post_marks())


@functools.cache
def _surnames() -> frozenset[str]:
    return stop_words("byline_surnames")


@functools.cache
def _post_marks() -> tuple[str, ...]:
    return tuple(sorted(stop_words("post_marks")))


@functools.cache
def org_suffixes() -> tuple[str, ...]:
    """What makes a place's name an institution's (日报, 大学, 银行): longest first."""
    return stop_words_longest_first("org_suffixes")


@functools.cache
def site_suffixes() -> tuple[str, ...]:
    """What makes a place's name a website's (网, 新闻网, 在线): longest first."""
    return stop_words_longest_first("site_suffixes")


@functools.cache
def site_followers() -> tuple[str, ...]:
    """What may follow a site's name and leave it a name (宁波网讯): see places.toml."""
    return stop_words_longest_first("site_followers")


# The longest place name a site's channel is named after, between the site's name and
# the channel's word (四川在线|泸州|频道, 浙江在线|宁波|频道; 黔东南州: three).
CHANNEL_STEM_MAX_CHARS = 4


def names_site_at(text: str, at: int) -> bool:
    """Whether ``text`` right after a site's suffix (at ``at``) leaves the site a name:
    the text ends, no Han character follows, a follower does (宁波网讯), or another site's
    channel after a short stem (四川在线|泸州频道)."""
    after = text[at : at + 1]
    if not after or not HAN_COMMON_FIRST <= after <= HAN_COMMON_LAST:
        return True
    if text.startswith(site_followers(), at):
        return True
    channels = tuple(stop_words("site_channels"))
    return any(text.startswith(channels, at + n) for n in range(2, CHANNEL_STEM_MAX_CHARS + 1))


# What may open an outlet's name before its place (中国宁波网): no part of the place.
_OUTLET_PREFIXES = ("中国",)


def outlet_home(outlet: str | None) -> str | None:
    """The division a newspaper, broadcaster or site is named after (抚州日报: 抚州市;
    中国宁波网: 宁波市): its name or short form right before one of the org or site
    suffixes of ``[stop]``, or alone after a portal's brand (精彩禹州), naming one division
    only.  None for any other outlet (人民日报,
    a county's Party committee: :func:`reporter.compare.locality.outlet_places` reads
    organs)."""
    if not outlet:
        return None
    g = table()
    # a local portal's brand before its place (精彩禹州): the place, with a suffix or not
    brand = next((p for p in stop_words("portal_prefixes") if outlet.startswith(p)), None)
    stem = outlet.removeprefix(brand or _OUTLET_PREFIXES[0])
    suffixes = (*org_suffixes(), *site_suffixes())
    for end in range(len(stem) - (brand is None), MIN_HOME_CHARS - 1, -1):
        if end < len(stem) and not stem.startswith(suffixes, end):
            continue
        surface = stem[:end]
        cands = g.by_full.get(surface) or g.by_alias.get(surface) or g.stopped.get(surface, ())
        if not cands:
            continue  # 定西党政网: not 定西党政 before 网, but 定西 before 党政网
        # the one division of the highest level bearing the name (九江日报: the city, not
        # the old 九江县); 新华网 is no district's, several bear the name
        top = [p for p in cands if p.level == min((p.level for p in cands), key=_LEVEL_ORDER.index)]
        return top[0].name if len(top) == 1 else None
    return None


# Divisions from the highest level down.
_LEVEL_ORDER = ("province", "city", "district")
# The shortest place name an outlet can be named after (宁波).
MIN_HOME_CHARS = 2
