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
  …、浙江…; where cadres went, 赴广东省挂职, is not counted), one that names many
  places is a list (a site's navigation, an SEO line):
  their mentions weigh :data:`SURVEY_WEIGHT`;
* a division referred to without its name (市委, 全市, 我县) counts
  :data:`LEVEL_REFERENCE_WEIGHT` for the best-scoring place whose name ends in the same
  character, so an evening paper's 市委 … 我市 outweighs the district of one case study;
  when no place named ends so, for the one division above every place named (州委 and
  全州 over eight counties of 文山州 that the article never names in full);
* an outlet that is an organ (中共重庆市彭水苗族土家族自治县委组织部, from the credit line
  the cleaner removed) names the actor, or a place above it: :data:`OUTLET_WEIGHT`;
* a place right before one inside it (贵州省黔西南州: a path) or before a village
  (交城县西汾阳村: a case the article tells) only locates it: it weighs
  :data:`QUALIFIER_WEIGHT` and gives no title or lead weight;
* a place before a unit the text leaves unnamed (苏州某区副局长) acts as before its organ;
* an organ opening the quote of its official (交城县委组织部副部长刘晓伶说) does not act:
  no :data:`ORGAN_BONUS`.

Descending from a division to one below it needs that place to outscore its siblings
by :data:`~reporter.compare.descent.SIBLING_MARGIN` (a provincial paper's two county
examples leave the province),
and a division writing of itself (我州…, 我县…) opening the lead acts as its organ does;
below the lead's first actor (山东省从今年开始选派…) a place needs more weighted mentions
than it (:data:`OPENER_SHARE`): the places its story visits are its examples.
A place below that the text itself names far less than its division
(:func:`~reporter.compare.descent.headed_only`) is carried only by the headline or lead
naming it: the division the text keeps naming acts.
Below a city the headline names, a place it does not name needs to dominate the text
(:func:`~reporter.compare.descent.titled_city_holds`).

A digest of short items from several provinces (:func:`is_digest`), or a story whose
title or lead opens with a national organ acting (:func:`is_national`), has no primary
locality at all.  A place whose score stays under :data:`MIN_PRIMARY_SCORE` (named
once in passing, as an explainer or a company's page does) is no primary locality,
unless a provincial organ without its name opens the title or lead (省政协机关…) and
every place lies in one province: that province acts.  From these scores
:func:`primary_locality` climbs to the highest division named above the best place and
descends to a dominant place below it, down to a town the gazetteer does not hold
(:func:`find_towns`: 华埠镇 of 开化县), so one article has one primary locality.  Word
lists are data (``[actor]`` in ``reporter/data/places.toml``), their regexes in
:mod:`reporter.compare.resources` (localities).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Mapping, Sequence

from reporter.compare.actors import (
    LEAD_WEIGHT,
    LEVEL_CHARS,
    NATIONAL,
    TITLE_WEIGHT,
    accompanies,
    actor_words,
    elsewhere_starts,
    names_post,
    subject_starts,
)
from reporter.compare.descent import (
    add_abbreviated_provinces,
    headed_only,
    mostly_elsewhere,
    organ_division,
    origin_starts,
    received_places,
    referents,
    sole_organ_division,
    tied,
    titled_city_holds,
)
from reporter.compare.home import province_paper
from reporter.compare.inspection import is_inspected
from reporter.compare.place_resources import (
    prefecture_references,
    quoted_official,
    town_after_place,
)
from reporter.compare.towns import Town, dominant_town
from reporter.models import Locality
from reporter.text.gazetteer import PlaceMention, find_places, is_common_word, lookup

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
# An unnamed reference to a division (市委, 全市) is half a named mention: it says the
# level of the actor, not which place.
LEVEL_REFERENCE_WEIGHT = 0.5
# One mention in passing (an explainer's example, a company's address) does not make an
# article about a place; a title, a lead, an organ or a second mention does.
MIN_PRIMARY_SCORE = 2.0
# The first place acting in the lead opens the story as its actor (the news lead names
# who did what first): on a page whose headline names no place it weighs one more lead,
# so a county the province's story visits later needs more than half its score.
OPENER_WEIGHT = LEAD_WEIGHT
# A place below the lead's opener (山东省从今年开始选派…, then 青州市… as one example) is
# the subject only when its weighted mentions in the text (no title, lead or opener
# weight: both are in the lead) reach this share of the opener's: the division that
# opens the story acts, and the places below it that the story visits are its examples.
OPENER_SHARE = 1.0


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


def is_digest(text: str, mentions: Sequence[PlaceMention], title: tuple[int, int]) -> bool:
    """Whether ``text`` is a digest of items from several places (an e-paper's column of
    short items: ■河北省委常委…调研 / ■北京市副市长…调研 / ■…昆明…): at least
    :data:`DIGEST_MIN_ITEMS` paragraphs name places, each of its own province, and no
    place (nor province) is named in two of them or in the title.  No place acts for
    the whole page."""
    lo, hi = title
    if any(lo <= m.start < hi for m in mentions):
        return False
    body = [m for m in mentions if not lo <= m.start < hi]
    paragraph = _paragraph_of(text, body)
    provinces: dict[int, set[str]] = {}
    for m, p in zip(body, paragraph, strict=True):
        provinces.setdefault(p, set()).add(_province_of(m))
    if len(provinces) < DIGEST_MIN_ITEMS or any(len(v) != 1 for v in provinces.values()):
        return False
    named = [next(iter(v)) for v in provinces.values()]
    return len(set(named)) == len(named)


# Items of different provinces that make a page a digest rather than one story with a
# comparison (two places may be the actor and a place it learns from).
DIGEST_MIN_ITEMS = 3


def is_national(organ_levels: Sequence[str], title_subjects: Sequence[PlaceMention]) -> bool:
    """Whether a national organ opening the title or lead (根据党中央决定，中央党校创办了
    新疆民族干部培训班) acts before any division, and the title gives no place a
    clause of its own: the country acts, the place named (促新疆长治久安) benefits.  A
    title whose place acts too (中组部选派干部来琼挂职 海南举办培训班) is that place's."""
    return bool(organ_levels) and organ_levels[0] == NATIONAL and not title_subjects


def qualifier_starts(mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions right before a place inside them (贵州省|黔西南州, 株洲市|
    石峰区): the first only says where the second lies."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {
        m.start
        for m, n in itertools.pairwise(ordered)
        if m.end == n.start and n.name != m.name and m.name in (n.city, n.province)
    }


def gloss_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions in brackets right after another place (福州(平潭)综合实验区):
    a gloss inside a zone's name, no more the actor than a path's first place."""
    ends = {m.end for m in mentions}
    return {
        m.start
        for m in mentions
        if m.start >= 2 and text[m.start - 1] in GLOSS_OPENERS and m.start - 1 in ends
    }


# Brackets that open a gloss of the place before them.
GLOSS_OPENERS = "(（"


def mention_scores(text: str, mentions: Sequence[PlaceMention]) -> dict[str, float]:
    """Each place's weighted mentions in ``text`` (see the module docstring)."""
    organs = actor_words().organ_suffixes
    anonymous = actor_words().anonymous_units
    distributives = actor_words().distributives
    mentions = sorted(mentions, key=lambda m: m.start)
    paragraph = _paragraph_of(text, mentions)
    subjects = subject_starts(text, mentions)
    elsewhere = elsewhere_starts(text, mentions)
    # where the cadres went (赴广东省挂职, 到西藏) is no second province surveyed: a
    # pairing across provinces is the genre's own story, told by its sender
    kept = [(m, p) for m, p in zip(mentions, paragraph, strict=True) if m.start not in elsewhere]
    surveys = _survey_paragraphs([m for m, _ in kept], [p for _, p in kept])
    qualifiers = (
        qualifier_starts(mentions) | gloss_starts(text, mentions) | village_starts(text, mentions)
    )
    origins = origin_starts(text, mentions)
    scores: dict[str, float] = {}
    for m, p in zip(mentions, paragraph, strict=True):
        if m.start in elsewhere:
            weight = ELSEWHERE_WEIGHT
        elif m.start in qualifiers or text.startswith(distributives, m.end):
            # 江苏各地推出…: the places inside act, the division only frames them
            weight = QUALIFIER_WEIGHT
        else:
            weight = SURVEY_WEIGHT if p in surveys else 1.0
            if (
                text.startswith(organs, m.end)
                and m.start in subjects
                and not _quotes_official(text, m.end, organs)
                and not names_post(text, m.end, other_place=True)
                and not accompanies(text, m.end)
            ) or text.startswith(anonymous, m.end):
                weight += ORGAN_BONUS
            elif m.start in origins or is_inspected(text, m.start, m.end):
                # 均来自广州市荔湾区: the sender of the cadres the story follows; 到洛江区
                # 检查指导: the host of the inspection the local item reports
                weight += ORGAN_BONUS
        scores[m.name] = scores.get(m.name, 0.0) + weight
    add_abbreviated_provinces(text, scores)
    _add_level_references(text, mentions, scores, mostly_elsewhere(mentions, elsewhere))
    return scores


def _quotes_official(text: str, end: int, organs: Sequence[str]) -> bool:
    """Whether the organ right after a place (ending at ``end``) opens the quote of one
    of its officials (交城县委组织部副部长刘晓伶说): no act of the organ."""
    w = actor_words()
    quoted = quoted_official(w.post_words, w.speech_verbs)
    for organ in organs:  # longest first: 组织部 before 委
        if text.startswith(organ, end):
            rest = end + len(organ)
            # a department named after the organ (县委|组织部副部长): its official
            rest += next((len(o) for o in organs if text.startswith(o, rest)), 0)
            return quoted.match(text, rest) is not None
    return False


def village_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions right before a village or community they locate (交城县|
    西汾阳村): a case the article tells, the place only its address.  A stem that is a
    word (贫困村, 美丽乡村) is a kind of village, not one."""
    w = actor_words()
    village = town_after_place(w.village_suffixes)
    town = town_after_place(w.town_suffixes)

    def named(hit: re.Match[str] | None) -> bool:
        return (
            hit is not None
            and not w.town_stem_stop_chars.intersection(hit["stem"])
            and not is_common_word(hit["stem"])
        )

    out: set[int] = set()
    for m in mentions:
        # the village's full address may pass through its town (吉木萨尔县|二工镇|六户地村)
        via = town.match(text, m.end)
        at = via.end() if via is not None and named(via) else m.end
        if named(village.match(text, m.end)) or named(village.match(text, at)):
            out.add(m.start)
    return out


def _add_level_references(
    text: str,
    mentions: Sequence[PlaceMention],
    scores: dict[str, float],
    visited: Collection[str] = (),
) -> None:
    """Credit each unnamed reference (市委, 全县) to the best-scoring place whose name
    ends in the reference's level character, before one named mostly as where the
    story's people went (``visited``: :func:`~reporter.compare.descent.mostly_elsewhere`);
    a reference inside a named mention (青岛市委's 市委) is that mention's organ, already
    counted.
    ``mentions`` in text order, not overlapping."""
    if not scores:
        return
    starts = [m.start for m in mentions]
    best: dict[str, str] = {}
    # a level only a visited place has (会议在天水市迎宾馆召开 … 全市): that place's
    for name in sorted(scores, key=lambda n: (n in visited, -scores[n])):
        best.setdefault(name[-1], name)
    referents(text, mentions, scores, best)  # 徐水县's 县委; 潍坊's 全市 over its cities'
    # the division above every place named, itself never named (a prefecture's contest
    # of its counties, written 州委 and 全州): the level's references are its
    parents = {m.city or m.province for m in mentions if m.level != "province"}
    if len(parents) == 1:
        (parent,) = parents
        if parent and parent[-1] not in best:
            best[parent[-1]] = parent
    # a prefecture's references (地委, 盟委) carry no level character: its name's ending
    endings, prefecture_refs = prefecture_references()
    ranked = sorted(scores, key=lambda n: -scores[n])
    prefecture = next((n for n in ranked if n.endswith(endings)), None)
    if prefecture is None and len(parents) == 1 and (parent := next(iter(parents))):
        prefecture = parent if parent.endswith(endings) else None
    refs = [
        (ref, best.get(next((c for c in ref if c in LEVEL_CHARS), "")))
        for ref in actor_words().level_references
    ]
    refs += [(ref, prefecture) for ref in prefecture_refs]
    for ref, place in refs:
        if place is None:
            continue
        at = text.find(ref)
        while at != -1:
            # the last mention starting before the reference ends is the only one that
            # can overlap it
            k = bisect.bisect_left(starts, at + len(ref)) - 1
            if k < 0 or mentions[k].end <= at:
                scores[place] = scores.get(place, 0.0) + LEVEL_REFERENCE_WEIGHT
            at = text.find(ref, at + len(ref))


def actor_mentions(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not destinations, venues or comparisons."""
    elsewhere = elsewhere_starts(text, mentions)
    return [m for m in mentions if m.start not in elsewhere]


def outlet_places(outlet: str | None) -> list[PlaceMention]:
    """The places an outlet names when the outlet is an organ (中共…县委组织部) or the
    division itself (a government portal's 来源：大观区: its own news); none for a
    newspaper or site named after its city (宁波日报, 中国宁波网)."""
    if not outlet:
        return []
    places = find_places(outlet)
    if any(w in outlet for w in actor_words().outlet_organ_words):
        return places
    whole = len(places) == 1 and (places[0].start, places[0].end) == (0, len(outlet))
    return places if whole else []


def primary_locality(
    title_places: Sequence[PlaceMention],
    lead_places: Sequence[PlaceMention],
    localities: Sequence[Locality],
    scores: Mapping[str, float] | None = None,
    outlet: Sequence[PlaceMention] = (),
    towns: Sequence[Town] = (),
    organ_levels: Sequence[str] = (),
    home: str | None = None,
    visited: Sequence[PlaceMention] = (),
    aided: Sequence[PlaceMention] = (),
    relayed: Sequence[str] = (),
    opening: str | None = None,
    label: str | None = None,
    paper: str | None = None,
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
    ``MIN_PRIMARY_SCORE`` gives no primary locality.  Before all of this, ``home``
    (:func:`home_division`: the outlet's own place, which the title or lead refers to
    unnamed as 我市) is the primary locality: the places named are where it went or
    the examples it gives.  A place the title names only as a destination, venue or
    comparison (``visited``) is never the primary locality.  A title saying the place
    watched a meeting of a level above (``relayed``, :func:`relayed_levels`: 收听收看全省
    …会议) makes the division of that level the actor, before ``organ_levels``.
    ``opening`` (:func:`opening_actor`), the lead's first actor, weighs
    ``OPENER_WEIGHT`` more when the title names no place: the headline's stand-in.
    ``paper`` (:func:`~reporter.compare.home.paper_division`), a provincial outlet's
    province, is the place when nothing named scores enough and all lies in it.
    ``label`` (:func:`~reporter.compare.actors.headline_label`: 宁夏吴忠：…) is the
    place reached, whatever the scores, or the town it names; a town may still outweigh it.
    """
    if home is not None:
        return home
    if label is not None and not lookup(label):
        # a town the headline's label names (南通开发区小海街道：…), as the text names it
        # (深圳龙华观澜街道: 观澜街道, its district's short form before it)
        return next((t.name for t in towns if label.endswith(t.name)), label)
    # a place the headline names only as where its actors went (青干班学员到枞阳县学习
    # 考察): the visitors act, whoever they are, never the place visited
    gone = {p.name for p in visited} - {p.name for p in title_places}
    gone |= received_places(aided, title_places)
    by_name = {loc.name: loc for loc in localities}
    extra = [
        Locality(m.name, m.level, m.province, m.city, 0)
        for m in {m.name: m for m in outlet}.values()
        if m.name not in by_name
    ]
    # a division the text refers to only unnamed (州委, 全州), above all the places named
    extra += [
        Locality(p.name, p.level, p.province, p.city, 0)
        for name in sorted(set(scores or ()) - set(by_name) - {m.name for m in outlet})
        for p in lookup(name)[:1]
    ]
    # 台湾 named for its food or its visitors: a division with no cadre work of the genre's
    gone |= actor_words().never_actors
    localities = [loc for loc in (*localities, *extra) if loc.name not in gone]
    # a township portal may name no county at all, or its city only in passing (坪地：
    # 成立11个临时党支部… names 深圳 once): the town that acts is the place
    # and so is a town whose county the text names only in passing (松原市宁江区团结街道
    # once, then 团结街道 throughout): the county is too weak to be the place
    weak = {
        loc.name
        for loc in localities
        if (scores.get(loc.name, 0.0) if scores is not None else loc.mentions) < MIN_PRIMARY_SCORE
    }
    headed = {p.name for p in (*title_places, *lead_places)}
    alone = [
        t
        for t in towns
        if t.score >= MIN_PRIMARY_SCORE
        and (t.parent is None or (t.parent in weak and t.parent not in headed))
    ]
    town_alone = max(alone, key=lambda t: (t.score, t.name)).name if alone else None
    if not localities:
        return town_alone
    # a place only locating the next (贵州省黔西南州) is not what the title or lead is about
    title_paths = qualifier_starts(title_places)
    lead_paths = qualifier_starts(lead_places)
    in_title = {p.name for p in title_places if p.start not in title_paths}
    in_lead = {p.name for p in lead_places if p.start not in lead_paths}
    in_outlet = {p.name for p in outlet}
    # the lead's first actor stands in for a headline that names no place
    opener = opening if not in_title else None
    # ... and opens the story as its actor when the headline names it too (湖南4名领导干部
    # …被停职 / 湖南省纪委28日通报…, then 岳阳市… as where the act fell): both say who acts
    leader = opening if not in_title or opening in in_title else None
    score = {
        loc.name: (scores.get(loc.name, 0.0) if scores is not None else loc.mentions)
        + (TITLE_WEIGHT if loc.name in in_title else 0.0)
        + (LEAD_WEIGHT if loc.name in in_lead else 0.0)
        + (OUTLET_WEIGHT if loc.name in in_outlet else 0.0)
        + (OPENER_WEIGHT if loc.name == opener else 0.0)
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

    def mentioned(loc: Locality) -> float:
        # the weighted mentions alone, without the title, lead and outlet weights
        return scores.get(loc.name, 0.0) if scores is not None else float(loc.mentions)

    node = max(localities, key=key)
    if score[node.name] < MIN_PRIMARY_SCORE:
        # places named only in passing, but an organ without its place opens the title
        # or lead (省政协机关…赴澄迈县): the one division of its level above them all
        # ... else a provincial paper's own province, every place named lying in it
        return (
            sole_organ_division(localities, organ_levels)
            or town_alone
            or province_paper(
                paper,
                (loc.province or loc.name for loc in localities),
                (loc.city or loc.name for loc in localities),
            )
        )
    while (up := parent(node)) is not None:
        node = up
    while candidates := below(node):
        best = max(candidates, key=key)
        if (
            score[best.name] < DISTRICT_SHARE * score[node.name]
            or tied(best, candidates, score)
            or (node.name == leader and mentioned(best) < OPENER_SHARE * mentioned(node))
            or (best.name not in in_outlet and headed_only(mentioned(best), mentioned(node)))
            or (
                node.level == "city"
                and node.name in in_title
                and best.name not in in_title
                and titled_city_holds(mentioned(best), mentioned(node))
            )
        ):
            break
        city = by_name.get(best.city or "") if best.level == "district" else None
        if (
            city is not None
            and city is not node
            and score[best.name] < DISTRICT_SHARE * score[city.name]
        ):
            best = city
        node = best
    # a label naming where aid went (西藏林芝：广东援藏干部…) does not outrank the sender
    node = by_name.get(label or "", node) if label not in {p.name for p in visited} else node
    # a meeting of the level above the place only watched (收听收看全省…会议) is the
    # article's subject, whatever its own organs (我县组织…) say
    # ... but a division's own organ issuing the page (来源：龙游县人民政府) under a
    # headline naming it (龙游县…考核获全市第一名) reports its own news: the level above
    # that opens the lead (市政府…会议通报) ranks or judges it, and does not act for it
    own_news = node.name in in_outlet and node.name in in_title
    above = organ_division(node, relayed) or (
        None if own_news else organ_division(node, organ_levels)
    )
    if above is not None:
        return above
    body = scores.get(node.name) if scores is not None else None
    town = dominant_town(node, towns, by_name, score[node.name], body)
    return town or node.name


def opening_actor(text: str, subjects: Sequence[PlaceMention], span: tuple[int, int]) -> str | None:
    """The first place acting in the lead's first paragraph (``span``): 山东省从今年开始
    选派…, 近日，某某县委副书记率队赴…; ``subjects`` are the places in subject position
    (:func:`subject_mentions`), in text order.  A place listed after another (继省、
    阳江市和…大会召开后), only locating the next (山西省|吕梁市), or titling an official
    whose next post is a local head's (甘肃省委常委、兰州市委书记…) opens no clause of
    its own: the next one is looked at."""
    lo, hi = span
    inside = [m for m in subjects if lo <= m.start and m.end <= hi]
    # a place addressing a village (栾城区冶河镇某村党支部书记…说) names where a speaker
    # or a case lives: it opens no clause of its own
    paths = qualifier_starts(inside) | village_starts(text, inside)
    titled = False  # the last place skipped only titled an official by a higher post
    for m in inside:
        # 甘肃省委常委、兰州市委书记李荣灿率领…: the higher post held with the city's head
        # titles the official of the city, which acts
        if names_post(text, m.end, other_place=True):
            titled = True
            continue
        listed = text[m.start - 1 : m.start] in _ORGANLIST_JOINERS and not titled
        titled = False
        if m.start in paths or listed:
            continue
        return m.name
    return None


# Words joining the items of a list (甲、乙和丙): an item after one is not a clause's subject.
_ORGANLIST_JOINERS = frozenset("、和及与")
