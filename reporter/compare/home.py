"""The division a newspaper or site named after its place writes of as its own (我市):
its outlet's place, read from the credit lines and the title or lead's own voice
(:func:`home_division`).  Split from :mod:`reporter.compare.locality`, whose
:func:`~reporter.compare.locality.primary_locality` takes it first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reporter.compare.actors import (
    NATIONAL,
    REGION_LEVEL,
    in_subject_position,
    in_time_clause,
    place_follows,
    unnamed_organ_levels,
)
from reporter.compare.place_resources import credit_words
from reporter.text.gazetteer import PlaceMention, county_city_of, lookup, outlet_home


def home_division(
    outlets: Sequence[str | None],
    text: str,
    spans: Sequence[tuple[int, int]],
    title_places: Sequence[PlaceMention],
) -> str | None:
    """The division a newspaper or site named after its place writes of as its own
    (抚州日报's 我市党政代表团赴赣州…, 徐州日报's …我市深入开展…): the outlet's place
    (:func:`outlet_home`) when the title or lead (``spans``) opens a clause with the
    division writing of itself (我市, 全市: :data:`SELF_REFERENCES`) at that place's level, and
    the title names no actor of its own (``title_places``: 寿光38个大项目开工 in 潍坊日报
    is 寿光市's news, whatever 市政府 the lead names).  A 我县 in a city paper's story
    is a county's voice, not the city's: no home then.  ``outlets``: the outlet, then
    the credit lines it may stand in unrecognised (an e-paper's ``徐州日报 | 2025-08-04``),
    the first naming a place wins."""
    home = paper_division(outlets)
    if home is None or any(p.name != home for p in title_places):
        return None
    # the division's own organ opening the title or lead unnamed (中国甘肃网讯 … 全省乡镇
    # 党委书记培训班在省委组织部…开班): the site's division at that organ's level acts
    # a county's paper after the county became a city (海安日报 of 海安县, now 海安市)
    # writes 我市: the city it became
    city = county_city_of(home)
    forms = (home, city) if city else (home,)
    levels = unnamed_organ_levels(text, *spans)
    if levels and not title_places:
        same = next((name for name in forms if name.endswith(levels[0])), None)
        if same is not None:
            return same
    if levels and all(_LEVEL_RANK.get(levels[0], 0) < _level_rank(n) for n in forms):
        # the level above acts first (省“两优一先”表彰大会召开 / 我市一批个人受表彰): the
        # paper reports that level's act, its own division only among those it reached
        return None
    for name in forms:
        for ref in (prefix + name[-1] for prefix in SELF_REFERENCES):
            for lo, hi in spans:
                at = text.find(ref, lo, hi)
                while at != -1:
                    # a clause of time (全市…动员大会召开后，铁西区立即…) dates the act
                    # of the next clause, whose subject acts: no voice of the paper's own
                    if (
                        in_subject_position(text, at)
                        and not place_follows(text, at + len(ref))
                        and not in_time_clause(text, at, meetings=True)
                    ):
                        return name
                    at = text.find(ref, at + len(ref), hi)
    return None


def paper_division(outlets: Sequence[str | None]) -> str | None:
    """The division the outlet (or the first credit line naming one) is named after
    (西藏日报: 西藏自治区; :func:`outlet_home`), whatever its voice."""
    return next(filter(None, map(outlet_home, credit_words(outlets))), None)


def province_paper(
    paper: str | None, provinces: Iterable[str | None], cities: Iterable[str | None] = ()
) -> str | None:
    """A provincial paper's own province (``paper``, :func:`paper_division`) when every
    place the text names lies in it (``provinces``: each place's province, or its own
    name for a province): the story it tells names no place of its own strongly enough
    (an award's nominees from four of its prefectures, 自治区党委 as the actor); so a
    city's paper's city, when every place lies in it (``cities``: each place's city, or
    its own name: 福州日报 on a cadre's posts in one county, 我市 its only actor); None
    for a paper of any other level, or when a place lies elsewhere."""
    levels = {p.level for p in lookup(paper)} if paper is not None else set()
    # a municipality's paper (天津日报) speaks for the whole of it as a province's does
    if "province" in levels:
        return paper if all(p == paper for p in provinces) else None
    named = list(cities)
    return paper if "city" in levels and named and all(c == paper for c in named) else None


# The rank of a division's level character, highest first (a city's paper reporting a
# province's act: 省 above 市).
_LEVEL_RANK = {NATIONAL: 0, "省": 1, REGION_LEVEL: 1, "市": 2, "州": 2, "区": 3, "县": 3, "旗": 3}


def _level_rank(name: str) -> int:
    """The rank of a division's own level (新疆维吾尔自治区: a region's, not a district's)."""
    level = REGION_LEVEL if name.endswith(REGION_LEVEL) else name[-1]
    return _LEVEL_RANK.get(level, 0)


# How a division writes of itself (我市, 我县): the outlet's own voice; 全市 opening a
# clause of the title or lead (全市22个市直单位的34名党员干部下沉到…社区) is the same
# voice, the whole of the paper's own division acting.
SELF_REFERENCES = ("我", "全")
