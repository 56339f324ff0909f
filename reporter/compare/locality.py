"""Which place an article is about: its primary locality.

The gazetteer (:mod:`reporter.text.gazetteer`) finds every place the text names; this module
weighs those mentions by the part each place plays, because a real page names more than
its actor:

* a place right after 赴/到/前往 is where officials went (赴苏州学习), after 学习/借鉴/
  对标 one the article learns from, after 在 with a venue word behind it (在苏州举办研修
  班) where something was held, before 等 one example of several (昭觉等县): each weighs
  :data:`ELSEWHERE_WEIGHT`, and gives no title or lead weight;
* a place in subject position (opening a clause) followed by its own organ (石峰区委组织
  部选派…, 中共彭水县委…) is the actor: it gets :data:`ORGAN_BONUS`; only places in
  subject position get the lead's weight (在洪湖市沙口镇 mid-clause is a detail);
* a paragraph that names places of several provinces surveys other places (其中，湖北黄石
  …、浙江…), one that names many places is a list (a site's navigation, an SEO line):
  their mentions weigh :data:`SURVEY_WEIGHT`;
* a division referred to without its name (市委, 全市, 我县) counts
  :data:`LEVEL_REFERENCE_WEIGHT` for the best-scoring place whose name ends in the same
  character, so an evening paper's 市委 … 我市 outweighs the district of one case study;
* an outlet that is an organ (中共重庆市彭水苗族土家族自治县委组织部, from the credit line
  the cleaner removed) names the actor, or a place above it: :data:`OUTLET_WEIGHT`;
* a place right before one inside it (贵州省黔西南州: a path) only locates it: it weighs
  :data:`QUALIFIER_WEIGHT` and gives no title or lead weight.

Descending from a division to one below it needs that place to outscore its siblings
by :data:`SIBLING_MARGIN` (a provincial paper's two county examples leave the province),
and a division writing of itself (我州…, 我县…) opening the lead acts as its organ does.

A place whose score stays under :data:`MIN_PRIMARY_SCORE` (named once in passing, as an
explainer or a company's page does) is no primary locality.  From these scores
:func:`primary_locality` climbs to the highest division named above the best place and
descends to a dominant place below it, down to a town the gazetteer does not hold
(:func:`find_towns`: 华埠镇 of 开化县), so one article has one primary locality.  Word
lists are data (``[actor]`` in ``reporter/data/places.toml``), their regexes in
:mod:`reporter.compare.locality_resources`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from reporter.compare.locality_resources import (
    town_after_place,
    town_before_organ,
    town_opening_clause,
)
from reporter.models import Locality
from reporter.text.gazetteer import PlaceMention, find_places, is_common_word

# Weights for the primary locality: a place in the title is what the article is about;
# the lead names the subject before the details wander to other places.
TITLE_WEIGHT = 5.0
LEAD_WEIGHT = 2.0
# The outlet as organ: a department that issues the article writes about its own
# locality, or about one below it (中共大理州委组织部 posting 祥云县's news): as much
# as the lead, so it decides when the text names no place and the text decides else.
OUTLET_WEIGHT = LEAD_WEIGHT
# A destination, venue or comparison still counts a little (the article names it), but
# four of them weigh one mention of the actor.
ELSEWHERE_WEIGHT = 0.25
# A place followed by its own Party or government organ, in subject position, acts: one
# extra mention.
ORGAN_BONUS = 1.0
# A place that only locates the next one (贵州省|黔西南州, 南京市|鼓楼区: a path) is
# named for the reader's bearings, not as the actor: it weighs as little as a
# destination, and gives no title or lead weight.
QUALIFIER_WEIGHT = ELSEWHERE_WEIGHT
# What may stand right before a subject: the start of a line or a clause.
_CLAUSE_STARTS = frozenset('\n。！？；：，、!?;:,“"（(【')
# A paragraph naming places in at least this many provinces surveys other places, and
# one naming at least SURVEY_MIN_PLACES distinct places is a list (a site's navigation
# 凉山新闻 西昌新闻 德昌新闻 …, an SEO line of counties); their mentions weigh
# SURVEY_WEIGHT (the article's own place is named elsewhere, in full).
SURVEY_MIN_PROVINCES = 2
SURVEY_MIN_PLACES = 5
SURVEY_WEIGHT = 0.3
# A city's district is the primary locality when it scores at least this share of the
# city's own score (an article about 崂山区 names 青岛 a few times; an article about 青岛
# covers several districts, none dominant).
DISTRICT_SHARE = 0.5
# A place below is the subject only when it outscores every other place at its level
# by this factor: two counties' examples in a provincial paper (2.5 and 2 mentions) are
# examples of the province's work, while an article about 崂山区 names it far more often
# than a neighbour it mentions once.
SIBLING_MARGIN = 1.5
# An unnamed reference to a division (市委, 全市) is half a named mention: it says the
# level of the actor, not which place.
LEVEL_REFERENCE_WEIGHT = 0.5
# What joins the places of one list (潍坊市、临沂市; 潍坊市和临沂市): a place so listed after
# a destination or venue is one too.
_LIST_JOINERS = frozenset({"、", "和", "及", "与", "以及"})
# What joins an unnamed organ to one named before it (日照市委、市政府: 日照's 市政府).
_ORGAN_LIST_JOINERS = frozenset("、和及与")
# One mention in passing (an explainer's example, a company's address) does not make an
# article about a place; a title, a lead, an organ or a second mention does.
MIN_PRIMARY_SCORE = 2.0
# The characters a division's name ends in, which its unnamed references carry too.
_LEVEL_CHARS = frozenset("省市州区县旗")
# A town is the primary locality only when it outweighs the county or district it lies
# in: articles about a county name its towns often (a cadre's post, a case), and only an
# article about the town itself names it more than its county.
TOWN_SHARE = 1.0
# A town is named at least this often (stem or full name) before it can be the actor.
TOWN_MIN_MENTIONS = 2
# Characters between a venue marker's place and its venue word (在苏州市委党校举办: four).
VENUE_GAP_MAX = 6


class ActorWordsError(ValueError):
    """The packaged [actor] word lists are broken (a packaging bug, not user input)."""


@dataclass(frozen=True)
class ActorWords:
    destination_markers: tuple[str, ...]
    comparison_markers: tuple[str, ...]
    venue_markers: tuple[str, ...]
    venue_words: tuple[str, ...]
    example_suffixes: tuple[str, ...]
    organ_suffixes: tuple[str, ...]
    subject_openers: tuple[str, ...]
    town_suffixes: tuple[str, ...]
    zone_suffixes: tuple[str, ...]
    town_organs: tuple[str, ...]
    town_actions: tuple[str, ...]
    town_stem_stop_chars: frozenset[str]
    outlet_organ_words: tuple[str, ...]
    level_references: tuple[str, ...]
    organ_references: tuple[str, ...]


@functools.cache
def actor_words() -> ActorWords:
    text = resources.files("reporter").joinpath("data", "places.toml").read_text("utf-8")
    table = tomllib.loads(text).get("actor")
    if not isinstance(table, dict):
        raise ActorWordsError("places.toml: [actor] must be a table")

    def words(key: str) -> tuple[str, ...]:
        value = table.get(key)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(w, str) and w for w in value)
        ):
            raise ActorWordsError(f"places.toml: actor.{key} must be a non-empty list of strings")
        # Longest first: 学习借鉴 is tried before 学习.
        return tuple(sorted(set(value), key=lambda w: (-len(w), w)))

    return ActorWords(
        destination_markers=words("destination_markers"),
        comparison_markers=words("comparison_markers"),
        venue_markers=words("venue_markers"),
        venue_words=words("venue_words"),
        example_suffixes=words("example_suffixes"),
        organ_suffixes=words("organ_suffixes"),
        subject_openers=words("subject_openers"),
        town_suffixes=words("town_suffixes"),
        zone_suffixes=words("zone_suffixes"),
        town_organs=words("town_organs"),
        town_actions=words("town_actions"),
        town_stem_stop_chars=frozenset(words("town_stem_stop_chars")),
        outlet_organ_words=words("outlet_organ_words"),
        level_references=words("level_references"),
        organ_references=words("organ_references"),
    )


def is_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the place named at text[start:end] is a destination, a venue, a
    comparison or one example of several (昭觉等县)."""
    w = actor_words()
    # endswith(…, 0, start) reads the text before the place without copying it.
    if text.endswith(w.destination_markers, 0, start) or text.endswith(
        w.comparison_markers, 0, start
    ):
        return True
    if text.startswith(w.example_suffixes, end):
        return True
    if text.endswith(w.venue_markers, 0, start):
        after = text[end : end + VENUE_GAP_MAX + max(map(len, w.venue_words))]
        return any(0 <= after.find(v) <= VENUE_GAP_MAX for v in w.venue_words)
    return False


def in_subject_position(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` opens a clause (株洲市石峰区委组织部选派…,
    中共彭水县委…), as the subject does, rather than naming someone's unit mid-clause
    (由昭觉县委宣传部的…)."""
    for opener in actor_words().subject_openers:
        if text.endswith(opener, 0, start):
            start -= len(opener)
            break
    return start == 0 or text[start - 1] in _CLAUSE_STARTS


def unnamed_organ_levels(text: str, *spans: tuple[int, int]) -> tuple[str, ...]:
    """The levels (省, 市, 县 …) of the organs named without their place that open a
    clause within ``spans`` (the title, the lead), in text order: 省委选派345名干部,
    日前，市委组织部发出通知.  An organ after its place (青岛市委) is no such reference."""
    found: list[tuple[int, str]] = []
    for lo, hi in spans:
        for ref in actor_words().organ_references:
            at = text.find(ref, lo, hi)
            while at != -1:
                # one listed after another organ (日照市委、市政府; 中央、省委) is that
                # organ's place's, or a list of authorities, not the actor
                listed = at > 0 and text[at - 1] in _ORGAN_LIST_JOINERS
                if (
                    not listed
                    and in_subject_position(text, at)
                    and not _place_follows(text, at + len(ref))
                ):
                    found.append((at, next(c for c in ref if c in _LEVEL_CHARS)))
                at = text.find(ref, at + len(ref), hi)
    return tuple(dict.fromkeys(level for _, level in sorted(found)))


# Characters read after an unnamed reference for a place it locates (我省邓州市).
_FOLLOWING_PLACE_CHARS = 12


def _place_follows(text: str, at: int) -> bool:
    """Whether a place is named right at ``at`` (我省|邓州市选派…): the reference before
    it only locates that place."""
    return any(m.start == 0 for m in find_places(text[at : at + _FOLLOWING_PLACE_CHARS]))


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def subject_starts(text: str, mentions: Sequence[_Span]) -> set[int]:
    """Starts of the mentions (in text order) in subject position; a mention right after
    another (株洲市石峰区) or listed after it (潍坊市、临沂市) shares the position of the first."""
    out: set[int] = set()
    prev_end, prev_subject = -1, False
    for m in mentions:
        # right after another, or listed after it (潍坊市、临沂市), it shares its position
        joined = m.start == prev_end or text[prev_end : m.start] in _LIST_JOINERS
        subject = prev_subject if prev_end >= 0 and joined else in_subject_position(text, m.start)
        if subject:
            out.add(m.start)
        prev_end, prev_subject = m.end, subject
    return out


def subject_mentions(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions in subject position: the lead's subjects are what it is about, while
    a place it names mid-clause (在洪湖市沙口镇, 由荆州市委办) is a detail."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = subject_starts(text, ordered)
    return [m for m in ordered if m.start in starts]


def _province_of(m: PlaceMention) -> str:
    return m.name if m.level == "province" else (m.province or m.name)


def _paragraph_of(text: str, mentions: Sequence[PlaceMention]) -> list[int]:
    """The index of the paragraph ("\n"-separated) each mention lies in."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    return [bisect.bisect_right(breaks, m.start) for m in mentions]


def _survey_paragraphs(mentions: Sequence[PlaceMention], paragraph: Sequence[int]) -> set[int]:
    """Paragraphs whose places lie in several provinces, or that list many."""
    provinces: dict[int, set[str]] = {}
    names: dict[int, set[str]] = {}
    for m, p in zip(mentions, paragraph, strict=True):
        provinces.setdefault(p, set()).add(_province_of(m))
        names.setdefault(p, set()).add(m.name)
    return {
        p
        for p in provinces
        if len(provinces[p]) >= SURVEY_MIN_PROVINCES or len(names[p]) >= SURVEY_MIN_PLACES
    }


def qualifier_starts(mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions right before a place inside them (贵州省|黔西南州, 株洲市|
    石峰区): the first only says where the second lies."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {
        m.start
        for m, n in itertools.pairwise(ordered)
        if m.end == n.start and n.name != m.name and m.name in (n.city, n.province)
    }


def mention_scores(text: str, mentions: Sequence[PlaceMention]) -> dict[str, float]:
    """Each place's weighted mentions in ``text`` (see the module docstring)."""
    organs = actor_words().organ_suffixes
    mentions = sorted(mentions, key=lambda m: m.start)
    paragraph = _paragraph_of(text, mentions)
    surveys = _survey_paragraphs(mentions, paragraph)
    subjects = subject_starts(text, mentions)
    elsewhere = elsewhere_starts(text, mentions)
    qualifiers = qualifier_starts(mentions)
    scores: dict[str, float] = {}
    for m, p in zip(mentions, paragraph, strict=True):
        if m.start in elsewhere:
            weight = ELSEWHERE_WEIGHT
        elif m.start in qualifiers:
            weight = QUALIFIER_WEIGHT
        else:
            weight = SURVEY_WEIGHT if p in surveys else 1.0
            if text.startswith(organs, m.end) and m.start in subjects:
                weight += ORGAN_BONUS
        scores[m.name] = scores.get(m.name, 0.0) + weight
    _add_level_references(text, mentions, scores)
    return scores


def _add_level_references(
    text: str, mentions: Sequence[PlaceMention], scores: dict[str, float]
) -> None:
    """Credit each unnamed reference (市委, 全县) to the best-scoring place whose name
    ends in the reference's level character; a reference inside a named mention
    (青岛市委's 市委) is that mention's organ, already counted.  ``mentions`` in text
    order, not overlapping."""
    if not scores:
        return
    starts = [m.start for m in mentions]
    best: dict[str, str] = {}
    for name in sorted(scores, key=lambda n: -scores[n]):
        best.setdefault(name[-1], name)
    for ref in actor_words().level_references:
        char = next((c for c in ref if c in _LEVEL_CHARS), None)
        if char is None or char not in best:
            continue
        at = text.find(ref)
        while at != -1:
            # the last mention starting before the reference ends is the only one that
            # can overlap it
            k = bisect.bisect_left(starts, at + len(ref)) - 1
            if k < 0 or mentions[k].end <= at:
                scores[best[char]] += LEVEL_REFERENCE_WEIGHT
            at = text.find(ref, at + len(ref))


def elsewhere_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions that are destinations, venues, comparisons or examples,
    and of those listed right after one (到潍坊市、临沂市的先进村: both)."""
    out: set[int] = set()
    listed_after = -1  # end of the last mention that was elsewhere
    for m in sorted(mentions, key=lambda m: m.start):
        if is_elsewhere(text, m.start, m.end) or (
            listed_after >= 0 and text[listed_after : m.start] in _LIST_JOINERS
        ):
            out.add(m.start)
            listed_after = m.end
        else:
            listed_after = -1
    return out


def actor_mentions(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not destinations, venues or comparisons."""
    elsewhere = elsewhere_starts(text, mentions)
    return [m for m in mentions if m.start not in elsewhere]


def outlet_places(outlet: str | None) -> list[PlaceMention]:
    """The places an outlet names when the outlet is an organ (中共…县委组织部); none for
    a newspaper or site named after its city (宁波日报, 中国宁波网)."""
    if not outlet or not any(w in outlet for w in actor_words().outlet_organ_words):
        return []
    return find_places(outlet)


@dataclass(frozen=True)
class Town:
    """A town or subdistrict (the level below a county, which the gazetteer lacks)."""

    name: str  # 华埠镇
    parent: str | None  # the division it was named after (开化县); None: named by its organ
    score: float  # mentions of its stem (华埠), plus title and lead weights


def find_towns(
    text: str,
    mentions: Sequence[PlaceMention],
    title: tuple[int, int] = (0, 0),
    lead: tuple[int, int] = (0, 0),
) -> list[Town]:
    """Towns ``text`` names right after their county (开化县华埠镇) or before their own
    organ (大沥镇委书记), each scored by how often its stem occurs: articles write 大沥
    far more often than 大沥镇.  Only towns named :data:`TOWN_MIN_MENTIONS` times, in the
    title or the lead among them."""
    w = actor_words()
    after = town_after_place(w.town_suffixes)
    organ = town_before_organ(w.town_suffixes, w.town_organs)
    # a town before what it does (卢村乡举行) acts when it opens the clause or follows its
    # county (郎溪县十字镇开展); one listed as an object (协助湖塘镇和牛塘镇开展) does not
    acts = town_before_organ(w.town_suffixes, w.town_actions)
    # a county right before the town (望江县赛口镇举办…) opens the clause for it
    path_subject = {m.end for m in mentions if in_subject_position(text, m.start)}
    place_ends = {m.end for m in mentions}
    found: dict[str, tuple[str, str | None]] = {}  # name -> (stem, parent)
    for m in mentions:
        if m.level == "province":
            continue
        hit = after.match(text, m.end)
        if hit:
            found.setdefault(hit["stem"] + hit["suffix"], (hit["stem"], m.name))
    acting: set[str] = set()
    for hit in organ.finditer(text):
        found.setdefault(hit["stem"] + hit["suffix"], (hit["stem"], None))
        acting.add(hit["stem"] + hit["suffix"])
    doing: set[str] = set()  # towns opening a clause with what they do
    for hit in acts.finditer(text):
        if hit.start() in place_ends or in_subject_position(text, hit.start()):
            found.setdefault(hit["stem"] + hit["suffix"], (hit["stem"], None))
            acting.add(hit["stem"] + hit["suffix"])
            if in_subject_position(text, hit.start()) or hit.start() in path_subject:
                doing.add(hit["stem"] + hit["suffix"])
    opening = town_opening_clause(w.town_suffixes, w.town_actions, "".join(sorted(_CLAUSE_STARTS)))
    for hit in opening.finditer(text):
        name = hit["stem"] + hit["suffix"]
        found.setdefault(name, (hit["stem"], None))
        acting.add(name)
        doing.add(name)
    towns = _find_zones(text, mentions, title, lead)
    for name, (stem, parent) in found.items():
        if (
            # a 村 ending a stem is part of a name (卢村乡); opening it, a phrase (村镇);
            # a 街 ending a street office's stem is its street's (成吉思汗大街街道)
            w.town_stem_stop_chars.intersection(
                stem.removesuffix("村").removesuffix("街")
                if name.endswith("街道")
                else stem.removesuffix("村")
            )
            or is_common_word(name)
            # a stem that is a word (十字, 启动) names a town only when the town acts
            # or its organ does (十字镇开展…; not 清远启动乡村振兴)
            or (is_common_word(stem) and name not in acting)
        ):
            continue
        count = text.count(stem)
        # named once it is a detail (开化县华埠镇罗丰村), unless it opens a clause doing
        # what the article reports (兴安镇开展……擂台赛 in a township's short item)
        if count < TOWN_MIN_MENTIONS and name not in doing:
            continue
        in_title = stem in text[title[0] : title[1]]
        in_lead = stem in text[lead[0] : lead[1]]
        if not (in_title or in_lead):
            # A town the headline and lead never name is a detail (a cadre's post, a
            # case), not what the article is about.
            continue
        score = count + (TITLE_WEIGHT if in_title else 0.0) + (LEAD_WEIGHT if in_lead else 0.0)
        towns.append(Town(name, parent, score))
    return towns


def _find_zones(
    text: str, mentions: Sequence[PlaceMention], title: tuple[int, int], lead: tuple[int, int]
) -> list[Town]:
    """Development zones named right after their city (宝鸡高新区), scored as towns are:
    how often the zone's suffix occurs (the article writes 高新区 alone once it has named
    it), plus title and lead weights; only zones named there and at least
    :data:`TOWN_MIN_MENTIONS` times."""
    suffixes = actor_words().zone_suffixes  # longest first
    zones: dict[str, Town] = {}
    for m in mentions:
        if m.level != "city":
            continue
        suffix = next((s for s in suffixes if text.startswith(s, m.end)), None)
        if suffix is None:
            continue
        name = text[m.start : m.end] + suffix
        count = text.count(suffix)
        in_title = suffix in text[title[0] : title[1]]
        in_lead = suffix in text[lead[0] : lead[1]]
        if name in zones or count < TOWN_MIN_MENTIONS or not (in_title or in_lead):
            continue
        score = count + (TITLE_WEIGHT if in_title else 0.0) + (LEAD_WEIGHT if in_lead else 0.0)
        zones[name] = Town(name, m.name, score)
    return list(zones.values())


def primary_locality(
    title_places: Sequence[PlaceMention],
    lead_places: Sequence[PlaceMention],
    localities: Sequence[Locality],
    scores: Mapping[str, float] | None = None,
    outlet: Sequence[PlaceMention] = (),
    towns: Sequence[Town] = (),
    organ_levels: Sequence[str] = (),
) -> str | None:
    """The place the article is about.

    Score = the place's weighted mentions (``scores``, else its plain count) +
    ``TITLE_WEIGHT`` if the title names it + ``LEAD_WEIGHT`` if the lead does +
    ``OUTLET_WEIGHT`` if an organ outlet does (pass only actor mentions as title places,
    and only subjects, :func:`subject_mentions`, as lead places).  From the best-scoring
    place climb to the highest division the article names above it, then descend: move to
    the best-scoring place below (city or district) while it scores at least
    ``DISTRICT_SHARE`` of the current one, and a district also against its own city.
    When the title or lead opens with an organ named without its place
    (``organ_levels``, :func:`unnamed_organ_levels`: 省委选派…) of a level above the place
    reached, the division of that level above it is the actor (省委's 山西省 over the
    忻府区 its cadres were sent to).  So
    崂山区 beats 青岛市 in an article about 崂山区, 青岛市 stays in an article about 青岛
    that visits six districts, and 安吉县 beats a weakly named 湖州市 under 浙江省.  Last,
    a town (:func:`find_towns`) under the place reached, or named by its own organ under a
    city or district, is the primary locality when it scores at least ``TOWN_SHARE`` of
    that place (an article about 华埠镇 of 开化县).  A best score under
    ``MIN_PRIMARY_SCORE`` gives no primary locality.
    """
    by_name = {loc.name: loc for loc in localities}
    extra = [
        Locality(m.name, m.level, m.province, m.city, 0)
        for m in {m.name: m for m in outlet}.values()
        if m.name not in by_name
    ]
    localities = [*localities, *extra]
    if not localities:
        # a township portal may name no county at all: the town that acts is the place
        alone = [t for t in towns if t.parent is None and t.score >= MIN_PRIMARY_SCORE]
        return max(alone, key=lambda t: (t.score, t.name)).name if alone else None
    # a place only locating the next (贵州省黔西南州) is not what the title or lead is about
    title_paths = qualifier_starts(title_places)
    lead_paths = qualifier_starts(lead_places)
    in_title = {p.name for p in title_places if p.start not in title_paths}
    in_lead = {p.name for p in lead_places if p.start not in lead_paths}
    in_outlet = {p.name for p in outlet}
    score = {
        loc.name: (scores.get(loc.name, 0.0) if scores is not None else loc.mentions)
        + (TITLE_WEIGHT if loc.name in in_title else 0.0)
        + (LEAD_WEIGHT if loc.name in in_lead else 0.0)
        + (OUTLET_WEIGHT if loc.name in in_outlet else 0.0)
        for loc in localities
    }
    by_name = {loc.name: loc for loc in localities}
    rank = {loc.name: i for i, loc in enumerate(localities)}

    def key(loc: Locality) -> tuple[float, int]:
        return (score[loc.name], -rank[loc.name])

    def parent(loc: Locality) -> Locality | None:
        for name in (loc.city, loc.province) if loc.level == "district" else (loc.province,):
            if name and name != loc.name and name in by_name:
                return by_name[name]
        return None

    def below(node: Locality) -> list[Locality]:
        return [
            loc
            for loc in localities
            if loc.name != node.name
            and (
                (node.level == "province" and loc.province == node.name)
                or (node.level == "city" and loc.city == node.name)
            )
        ]

    node = max(localities, key=key)
    if score[node.name] < MIN_PRIMARY_SCORE:
        return None
    while (up := parent(node)) is not None:
        node = up
    while candidates := below(node):
        best = max(candidates, key=key)
        if score[best.name] < DISTRICT_SHARE * score[node.name] or _tied(best, candidates, score):
            break
        city = by_name.get(best.city or "") if best.level == "district" else None
        if (
            city is not None
            and city is not node
            and score[best.name] < DISTRICT_SHARE * score[city.name]
        ):
            best = city
        node = best
    above = _organ_division(node, organ_levels)
    if above is not None:
        return above
    town = _dominant_town(node, towns, by_name, score[node.name])
    return town or node.name


def _tied(best: Locality, candidates: Sequence[Locality], score: Mapping[str, float]) -> bool:
    """Whether another place below the node, neither ``best``'s city nor inside it,
    scores as much as ``best``: a provincial paper's examples from two counties (社旗县
    …；新蔡县…) name neither as the subject, the province is."""
    return any(
        SIBLING_MARGIN * score[loc.name] >= score[best.name]
        for loc in candidates
        if loc.name not in (best.name, best.city) and loc.city != best.name
    )


def _organ_division(node: Locality, levels: Sequence[str]) -> str | None:
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


def _dominant_town(
    node: Locality, towns: Sequence[Town], by_name: Mapping[str, Locality], node_score: float
) -> str | None:
    def under(town: Town) -> bool:
        if town.parent is None:
            return node.level != "province"
        parent = by_name.get(town.parent)
        # named after the node, after a district of the node (a city), or after the
        # node's own city (衢州华埠镇 in an article about 开化县 of 衢州)
        return (
            town.parent == node.name
            or (parent is not None and parent.city == node.name)
            or (node.city is not None and node.city == town.parent)
        )

    candidates = [t for t in towns if under(t)]
    if not candidates:
        return None
    best = max(candidates, key=lambda t: (t.score, t.name))
    return best.name if best.score >= TOWN_SHARE * node_score else None
