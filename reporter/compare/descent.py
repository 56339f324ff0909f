"""How :func:`~reporter.compare.locality.primary_locality` descends from a division to
one below it, and climbs to an organ's division above: the tests it applies to the place
below (:func:`tied`, :func:`headed_only`, :func:`titled_city_holds`) and the division an
unnamed organ names (:func:`organ_division`), the place an unnamed 县委 or 全市 means
(:func:`referents`), the province an abbreviation names (鄂办发, 全疆:
:func:`add_abbreviated_provinces`), the one division an unnamed organ opening the story
names above places named only in passing (:func:`sole_organ_division`), where people
come from (:func:`origin_starts`) and the places named mostly as where they went
(:func:`mostly_elsewhere`), and where a study tour went (:func:`toured_places`).
Split from :mod:`reporter.compare.locality` to keep it small."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from reporter.compare.actors import PROVINCE_LEVEL, REGION_LEVEL, actor_words
from reporter.compare.place_resources import document_number, region_mentions, study_tour_after
from reporter.models import Locality
from reporter.text.gazetteer import PlaceMention

# A place below is the subject only when it outscores every other place at its level
# by this factor: two counties' examples in a provincial paper (2.5 and 2 mentions) are
# examples of the province's work, while an article about 崂山区 names it far more often
# than a neighbour it mentions once.
SIBLING_MARGIN = 1.5
# A place below whose weighted mentions in the text (no title, lead or opener weight)
# stay under this share of its division's is the subject only by the headline or lead
# that name it: a province's feature opening on one county's village (福建尤溪县梅仙镇
# 半山村…, then 福建坚持…, 福建…) or a city's campaign whose lead opens on one district's
# meeting (北辰区…, then 天津市 eight times) is the division's.  Measured over the 42
# labelled batches: from 0.3 to 0.5 the same four pages of four batches are fixed and
# none broken (under 0.3 a city's 2 of 6.75 stays its district's; at 0.5 a county named
# with half its city's weight, the city's own story about it, is lost): the middle.
BODY_SHARE = 0.4
# The division's text weight under which its body says too little to overrule the
# headline (one mention of 河北省 in a street office's story): the same floor as a
# primary locality's (reporter.compare.locality.MIN_PRIMARY_SCORE).
BODY_FLOOR = 2.0
# A city the headline names (兰州 “店小二” 服务企业, 芜湖…) keeps the story from a
# district or county the headline leaves unnamed unless the text names that place at
# least this many times as often: the lead may open on one county's example (榆中县…,
# 镜湖区… three times) while the text goes on about the city.  Measured over the 42
# labelled batches: any share from 1.25 up (even never leaving the city) fixes the same
# two pages of two batches and breaks none; 2, well inside, leaves room for a district
# the text is mostly about.  Cities only: a province in the headline frames its
# prefecture's or county's story (贵州省… 黔西南州) too often.
TITLED_CITY_SHARE = 2.0


def headed_only(below: float, node: float) -> bool:
    """Whether a place below, with ``below`` weighted mentions in the text against its
    division's ``node``, is carried only by the headline or lead naming it: the division
    the text keeps naming acts (:data:`BODY_SHARE`).  A division named under
    :data:`BODY_FLOOR` in the text does not overrule the lead."""
    return node >= BODY_FLOOR and below < BODY_SHARE * node


def titled_city_holds(below: float, node: float) -> bool:
    """Whether a city the headline names, with ``node`` weighted mentions in the text,
    keeps the story from a place below it that the headline does not name and the text
    names ``below`` times (:data:`TITLED_CITY_SHARE`)."""
    return below < TITLED_CITY_SHARE * node


def tied(best: Locality, candidates: Sequence[Locality], score: Mapping[str, float]) -> bool:
    """Whether another place below the node, neither ``best``'s city nor inside it,
    scores as much as ``best`` (within :data:`SIBLING_MARGIN`), or all of them together
    do: a provincial paper's examples from two counties (社旗县…；新蔡县…) name neither
    as the subject, and a prefecture's contest of eight counties' secretaries, one of
    them quoted twice, is the prefecture's."""
    siblings = [
        score[loc.name]
        for loc in candidates
        if loc.name not in (best.name, best.city) and loc.city != best.name
    ]
    return (
        any(SIBLING_MARGIN * s >= score[best.name] for s in siblings)
        or sum(siblings) >= score[best.name]
    )


def organ_division(node: Locality, levels: Sequence[str]) -> str | None:
    """The division above ``node`` whose level is the first of ``levels`` it has one of
    (市 -> its city, 省 or 区 -> its province or autonomous region); None when ``node``
    is itself of one of those levels (县委 in a county's article) or none is above."""
    if any(node.name.endswith(level) for level in levels):
        return None
    for level in levels:
        for name in (node.city, node.province):
            if name and name != node.name and name.endswith(level):
                return name
    return None


# The level characters a division's name or its old name ends in (县 of 徐水县).
_WRITTEN_LEVEL_CHARS = frozenset("省市州区县旗")


def _renamed(
    text: str, mentions: Sequence[PlaceMention], names: Mapping[str, float]
) -> dict[str, str]:
    """The level characters the text writes places of ``names`` with, where they differ
    from the gazetteer's: a county since made a district, written by its old name (徐水县,
    now 徐水区), is what the text's unnamed 县委 and 该县 mean.  The first mention of
    each such level wins."""
    out: dict[str, str] = {}
    for m in mentions:
        written = text[m.end - 1]
        if m.name in names and written != m.name[-1] and written in _WRITTEN_LEVEL_CHARS:
            out.setdefault(written, m.name)
    return out


def _shared_references(mentions: Sequence[PlaceMention], best: dict[str, str]) -> None:
    """Give a level's unnamed references (全市, 市直机关) to the city when the best place
    of that level is one of two or more of its county-level cities the text names (潍坊's
    contest of its counties: 寿光市委书记…, 诸城市委书记…; the 全市 they contribute to is
    潍坊's).  The siblings share the level's character with their city, and none of them
    is the one level of the text; an article about one county-level city names no
    sibling.  ``best`` maps a level character to its best-scoring place, changed in
    place."""
    for char, name in list(best.items()):
        own = next((m for m in mentions if m.name == name), None)
        if own is None or own.level != "district" or not (own.city or "").endswith(char):
            continue
        if any(m.name == own.city for m in mentions) and any(
            m.name != name and m.level == "district" and m.city == own.city and m.name[-1] == char
            for m in mentions
        ):
            best[char] = own.city or name


def referents(
    text: str, mentions: Sequence[PlaceMention], names: Mapping[str, float], best: dict[str, str]
) -> None:
    """Correct ``best`` (a level character -> the best-scoring place of ``names`` ending
    in it, the place an unnamed 县委 or 全市 refers to), in place: add the levels places
    are written with under an old name (:func:`_renamed`), then give a level shared by
    sibling county-level cities to their city (:func:`_shared_references`)."""
    for written, name in _renamed(text, mentions, names).items():
        best.setdefault(written, name)
    _shared_references(mentions, best)


def add_abbreviated_provinces(text: str, scores: dict[str, float]) -> None:
    """Credit the province the text names by its abbreviation: in the number of its organs'
    documents (鄂办发〔2015〕43号), or in a word of its own voice (全疆, 中直驻桂单位, a
    story its unnamed organs tell): a mention of the province, whose organs act."""
    abbreviations = actor_words().document_abbreviations
    for hit in document_number("".join(sorted(abbreviations))).finditer(text):
        province = abbreviations[hit["abbr"]]
        scores[province] = scores.get(province, 0.0) + 1.0
    for region, n in region_mentions(text).items():
        scores[region] = scores.get(region, 0.0) + n


def mostly_elsewhere(mentions: Sequence[PlaceMention], elsewhere: set[int]) -> set[str]:
    """Names the text gives more often as a destination, venue or comparison (赴江苏挂职
    …, 到江苏省挂职) than in any other part: where the story's people went, never what
    its unnamed 省委 or 我省 mean."""
    away: dict[str, int] = {}
    for m in mentions:
        away[m.name] = away.get(m.name, 0) + (1 if m.start in elsewhere else -1)
    return {name for name, n in away.items() if n > 0}


def origin_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions named as where people come from (均来自广州市荔湾区), and
    of the place right after one (its path: 广州市|荔湾区 both, the qualifier weighs
    as a qualifier still)."""
    markers = actor_words().origin_markers
    out: set[int] = set()
    path_end = -1  # end of the last mention named as an origin
    for m in sorted(mentions, key=lambda m: m.start):
        if text.endswith(markers, 0, m.start) or m.start == path_end:
            out.add(m.start)
            path_end = m.end
    return out


def sole_organ_division(localities: Sequence[Locality], levels: Sequence[str]) -> str | None:
    """The province every named place lies in or is, named or not, when the first of
    ``levels`` is a province's (琼海市 and 万宁 under a 省政协 title: 海南省); None when
    the places lie in several; the one county or banner named when that level is a
    county's or a banner's (县委, 旗委).  A 市委 or 区委 could be a city's, a county-level
    city's or a district's, so those are not read here."""
    if levels and levels[0] in _COUNTY_LEVELS:
        # 县委, 旗委, a notice to 各苏木乡镇: only a county's or a banner's; the one such
        # place named (奈曼旗, in the notice's signature) issued it
        named = {loc.name for loc in localities if loc.name.endswith(levels[0])}
        return named.pop() if len(named) == 1 else None
    if levels and levels[0] == CITY_LEVEL and localities:
        # 我市选派108名干部…驻淮阳县…: a 市 above counties and districts only (none of them
        # a county-level city, whose own 我市 it could be) is the one city they lie in
        cities = {loc.name if loc.level == "city" else loc.city for loc in localities}
        counties = all(
            loc.level == "city" or (loc.level == "district" and not loc.name.endswith(CITY_LEVEL))
            for loc in localities
        )
        city = cities.pop() if len(cities) == 1 else None
        return city if counties and city is not None and city.endswith(CITY_LEVEL) else None
    if not levels or levels[0] not in (PROVINCE_LEVEL, REGION_LEVEL) or not localities:
        return None
    above = {loc.name if loc.level == "province" else loc.province for loc in localities}
    if len(above) != 1:
        return None
    (name,) = above
    return name


# The level characters of organs that can only be a county's or a banner's (县委, 旗委):
# unlike 市委 or 区委, which a city, a county-level city or a district may own.
_COUNTY_LEVELS = frozenset("县旗")


# The level character of a city's organs and voice (市委, 我市).
CITY_LEVEL = "市"


def received_places(
    aided: Sequence[PlaceMention], title_places: Sequence[PlaceMention]
) -> set[str]:
    """The names of the places an aid team's region holds (:func:`aided_places`), which
    received the sender's cadres and never act; a title naming one of them alone is the
    region's own news (札达县召开援藏干部座谈会) and keeps it, a title naming the sender
    too (滋润普兰的"陕西元素") is the sender's."""
    received = {p.name for p in aided}
    if any(p.name not in received for p in title_places):
        return received
    return received - {p.name for p in title_places}


def toured_places(
    text: str,
    mentions: Sequence[PlaceMention],
    elsewhere: Collection[int],
    lead: tuple[int, int],
) -> list[PlaceMention]:
    """The places the lead's first paragraph (``lead``) introduces as a study tour's
    destination (舒城县党政代表团…赴合肥市进行学习考察; 率我县党政考察团赴广德市学习考察):
    first named in the text as where the visitors went (``elsewhere``: the starts of
    destinations), a study tour's act right after.  The rest of the story names the
    hosts, their sites and their officials again and again; the sender, named or not
    (我县), acts (domain: study tours held elsewhere)."""
    tour = study_tour_after(actor_words().study_tour_acts)
    first: dict[str, PlaceMention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.name, m)
    lo, hi = lead
    return [
        m
        for m in first.values()
        if lo <= m.start < hi and m.start in elsewhere and tour.match(text, m.end)
    ]
