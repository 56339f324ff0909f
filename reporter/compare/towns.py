"""Towns, streets and zones below the gazetteer's counties: found by their suffix where an
article names them as actors (华埠镇党委, 近日，成吉思汗大街街道开展…), and the one that
outweighs its county when the article is about the town itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reporter.compare.actors import (
    CLAUSE_STARTS,
    LEAD_WEIGHT,
    TITLE_WEIGHT,
    actor_words,
    in_subject_position,
    is_elsewhere,
)
from reporter.compare.place_resources import (
    LEVEL_PAIR,
    TOWN_LEAD_CHARS,
    TOWN_STEM_MAX_CHARS,
    TOWN_STEM_MIN_CHARS,
    ZONE_STEM,
    ZONE_STEM_CHARS,
    street_opening_clause,
    town_after_place,
    town_before_organ,
    town_opening_clause,
    town_subject,
)
from reporter.compare.town_heads import (
    TOWN_REFERENCE_LEVELS,
    head_towns,
    level_count,
    punished_in_text,
    punished_in_title,
    same_town,
    stopped,
    town_level,
)
from reporter.compare.town_stems import (
    ROAD_ENDS,
    TOWN_MIN_MENTIONS,
    phrase_word,
    place_word,
)
from reporter.models import Locality
from reporter.text.gazetteer import PlaceMention, is_common_word, municipalities
from reporter.text.resources import HAN_COMMON

# A town is the primary locality only when it outweighs the county or district it lies
# in: articles about a county name its towns often (a cadre's post, a case), and only an
# article about the town itself names it more than its county.
TOWN_SHARE = 1.0
# A headline may name the county while the story is told at one of its towns (天台让年轻
# 干部有盼头 over five paragraphs on 雷峰乡; 柴桑区：选优人才 over 涌泉乡): a town that
# outscores the county's own mentions in the text by this factor is the actor, whatever
# weight the headline gives the county.
TOWN_BODY_MARGIN = 1.5
# Two towns of a county told side by side (淡溪镇's case, then 大荆镇's) are the county's
# examples: the best town is the actor only when it outscores every other town by this
# factor, as a place below a division must outscore its siblings
# (reporter.compare.descent.SIBLING_MARGIN).
TOWN_SIBLING_MARGIN = 1.5
# A town's level written without its name (全乡, 镇党委, 乡长, 乡直单位) counts half a
# mention of the one town of that level the article names, as an unnamed 市委 or 全市
# counts for a city (reporter.compare.locality.LEVEL_REFERENCE_WEIGHT): a township's
# story names the town once, after its county, and then writes 全乡 and 乡党委.
TOWN_REFERENCE_WEIGHT = 0.5
# The levels a development zone is named after: a city's (宝鸡高新区) and a county's
# (柏乡经济开发区: a county-run zone with its own 党工委 and 管委会).  It acts for
# itself only when it outweighs its parent, as a town does.
ZONE_PARENT_LEVELS = frozenset({"city", "district"})


@dataclass(frozen=True)
class Town:
    """A town or subdistrict (the level below a county, which the gazetteer lacks)."""

    name: str  # 华埠镇
    parent: str | None  # the division it was named after (开化县); None: named by its organ
    score: float  # mentions of its stem (华埠), plus title and lead weights
    # it opens the headline with its own act (下桥镇召开…): the headline's subject
    headline: bool = False


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
    village = town_after_place(w.village_suffixes)
    # a county right before the town (望江县赛口镇举办…) opens the clause for it
    # and so does a path of places opening it (哈尔滨市|双城区|周家街道…): each place
    # right after one in subject position opens the clause for the town after it
    path_subject: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if in_subject_position(text, m.start) or m.start in path_subject:
            path_subject.add(m.end)
    place_ends = {m.end for m in mentions}
    found: dict[str, tuple[str, str | None]] = {}  # name -> (stem, parent)
    acting: set[str] = set()
    doing: set[str] = set()  # towns opening a clause with what they do
    headline: set[str] = set()  # towns opening the title with what they do
    pathed: set[str] = set()  # towns right after a path of places opening a clause
    for m in mentions:
        if m.level == "province":
            continue
        hit = after.match(text, m.end)
        # 青川|重灾乡镇: the county's hard-hit townships, not a town named 重灾乡
        if hit and not LEVEL_PAIR.match(text, hit.end() - 1):
            found.setdefault(hit["stem"] + hit["suffix"], (hit["stem"], m.name))
            # its county opening the clause and the town's own verb right after
            # (日前，歙县新溪口乡召开…): the town does what the article reports, however
            # long its name (the organ pattern reads two-character stems only)
            name = hit["stem"] + hit["suffix"]
            if m.end in path_subject and text.startswith(w.town_actions, hit.end()):
                acting.add(name)
                doing.add(name)
            elif (
                m.end in path_subject
                and text.count(name) >= TOWN_MIN_MENTIONS
                and not is_common_word(text[hit.end() - 1 : hit.end() + 1])
                # the name goes on (金融|街|街道) or addresses a village (永登县柳树乡|柳树
                # 村等11个村: the villages are the clause's subject)
                and not text.startswith(w.town_suffixes, hit.end())
                and village.match(text, hit.end()) is None
            ):
                # opening the clause by its county's path, whatever verb follows
                # (哈尔滨市双城区周家街道切实关注…), and written in full again: the
                # clause's subject, however common a word its stem is (周家)
                acting.add(name)
                pathed.add(name)
            if m.end in path_subject:
                pathed.add(name)
    for hit in organ.finditer(text):
        name = hit["stem"] + hit["suffix"]
        if _tail_of_name(text, hit.start(), place_ends) and text.count(name) < TOWN_MIN_MENTIONS:
            continue  # 山|嘴子镇党委 named once: the pattern read a longer name's tail
        found.setdefault(name, (hit["stem"], None))
        acting.add(name)
    for hit in acts.finditer(text):
        if hit.start() in place_ends or in_subject_position(text, hit.start()):
            found.setdefault(hit["stem"] + hit["suffix"], (hit["stem"], None))
            acting.add(hit["stem"] + hit["suffix"])
            if in_subject_position(text, hit.start()) or hit.start() in path_subject:
                doing.add(hit["stem"] + hit["suffix"])
                if _opens(text, hit.start(), mentions, title, lead):
                    headline.add(hit["stem"] + hit["suffix"])
    opening = town_opening_clause(w.town_suffixes, w.town_actions, "".join(sorted(CLAUSE_STARTS)))
    for hit in opening.finditer(text):
        name = hit["stem"] + hit["suffix"]
        found.setdefault(name, (hit["stem"], None))
        acting.add(name)
        doing.add(name)
    # a town opening a clause whatever follows (，白琳镇针对…) and written in full again
    # (the headline, the lead): the subject of a township's own item, which may name no
    # county at all (its portal's banner does)
    # (a quoted one is a slogan's or an honour's word: “百佳乡贤”)
    unquoted = "".join(sorted(CLAUSE_STARTS - _QUOTES))
    for hit in town_subject(w.town_suffixes, unquoted).finditer(text):
        name = hit["stem"] + hit["suffix"]
        # a stem that is a word (激活|乡村, 实现|街道) opens a phrase, and so does a
        # one-character level starting a word with what follows (乡村, 乡贤, 乡镇, 镇街)
        if (
            text.count(name) >= TOWN_MIN_MENTIONS
            and not is_common_word(hit["stem"])
            and not is_common_word(text[hit.end() - 1 : hit.end() + 1])
            # a town also named as a venue (县委在龙潭镇召开…) is where others act
            and not any(text[max(at - 1, 0)] in _VENUE_MARKS for at in _starts(text, name))
        ):
            found.setdefault(name, (hit["stem"], None))
            acting.add(name)
            doing.add(name)
    # a longer name (吉尔嘎朗镇, a transliteration) opening clauses: the subject when it
    # opens TOWN_MIN_MENTIONS of them (the headline's, then 。吉尔嘎朗镇…), which no
    # phrase running into 乡 or 镇 does twice
    long_hits = [
        hit["stem"] + hit["suffix"]
        for hit in town_subject(w.town_suffixes, unquoted, TOWN_STEM_MAX_CHARS).finditer(text)
        if len(hit["stem"]) > TOWN_STEM_MIN_CHARS
        and not is_common_word(text[hit.end() - 1 : hit.end() + 1])
        and not any(is_common_word(hit["stem"][i : i + 2]) for i in range(len(hit["stem"]) - 1))
    ]
    for name in sorted(set(long_hits)):
        if long_hits.count(name) >= TOWN_MIN_MENTIONS:
            found.setdefault(name, (name[: -len(_suffix(name))], None))
            acting.add(name)
            doing.add(name)
    # a street office opening a clause before anything else (镇江路街道于…组织): found,
    # but it must still be named twice and in the title or lead, as any town
    # where the headline opens, or the lead when no headline was told apart
    head = title[0] if title[1] > title[0] else lead[0] if lead[1] > lead[0] else -1
    for hit in street_opening_clause("".join(sorted(CLAUSE_STARTS))).finditer(text):
        stem = hit["stem"]
        # a longer stem opening or ending in a word (奋力实现|街道面貌, 实现了|街道…) is a
        # clause that reaches 街道 the noun, unless the word is its road's (石门二路)
        if (
            len(stem) > TOWN_STEM_MIN_CHARS
            and not stem.endswith(ROAD_ENDS)
            and (
                is_common_word(stem[-TOWN_STEM_MIN_CHARS:])
                or is_common_word(stem[:TOWN_STEM_MIN_CHARS])
            )
        ):
            continue
        found.setdefault(stem + hit["suffix"], (stem, None))
        if hit.start() == head:
            # opening the headline (五角场街道2015年工作总结): the office's own report,
            # named once there and then 街道办事处 throughout
            doing.add(stem + hit["suffix"])
    # a town the headline or lead names with no county before it (刘建民督查南湖洲镇防汛
    # 工作; 县委考核组到大庙镇开展…) that the text goes on writing of by its level alone
    # (该镇, 镇党委, 全镇): a township's own item, which its portal tells without naming
    # its county; it acts, however common a word its stem is (大庙)
    for name, stem in head_towns(text, title, lead, place_ends, found):
        found.setdefault(name, (stem, None))
        acting.add(name)
    towns = _find_zones(text, mentions, title, lead)
    # the names that may be towns, and that the headline or lead names: the ones a
    # level reference (街道党工委, 全乡) may stand for
    candidates: dict[str, tuple[str, str | None, bool, bool]] = {}
    for name, (stem, parent) in found.items():
        if (
            # a 村 ending a stem is part of a name (卢村乡); opening it, a phrase (村镇);
            # a 街 ending a street office's stem is its street's (成吉思汗大街街道), a 镇
            # the old town's the street office replaced (嘉定镇街道, 上海's form), when
            # a town's name is left before it (定镇街道 is a piece of that name)
            stopped(text, name, stem, headline | pathed)
            or is_common_word(name)
            # an honour's kind of unit (被评为市先进街道办事处): no town's name
            or stem.startswith(w.town_honour_prefixes)
            # a stem that is a word (十字, 启动) names a town only when the town acts
            # or its organ does (十字镇开展…; not 清远启动乡村振兴), or when the word is
            # a place's and the text writes the full name again (东城街道, 长安镇: named
            # after the old town or quarter, no phrase)
            or (
                is_common_word(stem)
                and name not in acting
                and not (place_word(stem) and text.count(name) >= TOWN_MIN_MENTIONS)
            )
            # a stem that is a verb, a pronoun or a word of position (为促进|镇委书记、镇长
            # 更加合拍, 你们|乡) is a phrase running into the town's organ or level, unless
            # the full name recurs (胜利街道, 前进镇: towns a story names again and again)
            or (phrase_word(stem) and text.count(name) < TOWN_MIN_MENTIONS)
            # a stem whose first character ends a word with the one before it (提|拔任
            # 街道办事处主任: 提拔) is a piece of that word wherever the name stands
            or _cut_from_word(text, name)
            # where cadres were sent or a reporter went (走进闽侯县荆溪镇…, 到荆溪镇工作),
            # wherever it is named in full: no actor, as a county so named is none
            or (name not in acting and _only_elsewhere(text, name, mentions))
            # where the headline's actors went (县委组织部到某镇对选派干部进行考核, 县委副
            # 书记深入某镇检查): the county's visit lands there, the visitors act, as a
            # place the headline names only as visited never does
            or _visited_in_head(text, name, mentions, _head_span(text, title, lead))
            # 凤阳枣巷镇党委书记等多人被处分: the town's officials punished by the level
            # above, which the page is about
            or punished_in_title(text, name, title)
            # 经查，凤垟乡…；上官龙辉作为凤垟乡党委副书记…受到诫勉谈话处理: a notice of the
            # town's officials punished; the county's discipline organ acts
            or punished_in_text(text, stem)
        ):
            continue
        in_title = stem in text[title[0] : title[1]]
        in_lead = stem in text[lead[0] : lead[1]]
        if not (in_title or in_lead):
            # A town the headline and lead never name is a detail (a cadre's post, a
            # case), not what the article is about.
            continue
        candidates[name] = (stem, parent, in_title, in_lead)
    # a stem that is a word (代表, 会议), named once, before the bare organ of a level the
    # article names another town of (老洲镇召开… 许月代表|镇党委作述职报告): the organ is
    # that town's, the word the sentence's own
    for name, (stem, *_) in list(candidates.items()):
        if (
            is_common_word(stem)
            and text.count(name) < TOWN_MIN_MENTIONS
            and any(
                other != name and other.endswith(_suffix(name)) and not is_common_word(o_stem)
                for other, (o_stem, *_) in candidates.items()
            )
        ):
            del candidates[name]
    # a name read again as a piece of a longer one (季家街道 inside 大季家街道, the stem
    # pattern starting one character late): only the longer name is a town
    for name in [n for n in candidates if _always_inside(text, n, candidates)]:
        del candidates[name]
    references = _level_references(text, candidates)
    for name, (stem, parent, in_title, in_lead) in candidates.items():
        count = text.count(stem)
        # named once it is a detail (开化县华埠镇罗丰村), unless it opens a clause doing
        # what the article reports (兴安镇开展……擂台赛 in a township's short item), or
        # the article goes on writing of it by its level (永中街道是… then 街道党工委…)
        named = count + TOWN_REFERENCE_WEIGHT * references.get(name, 0)
        if named < TOWN_MIN_MENTIONS and name not in doing:
            continue
        score = count + (TITLE_WEIGHT if in_title else 0.0) + (LEAD_WEIGHT if in_lead else 0.0)
        score += TOWN_REFERENCE_WEIGHT * references.get(name, 0)
        towns.append(Town(name, parent, score, name in headline))
    return towns


def _always_inside(text: str, name: str, names: Iterable[str]) -> bool:
    """Whether every occurrence of ``name`` in ``text`` is the tail of a longer name of
    ``names`` (季家街道 only ever in 大季家街道)."""
    longer = [o for o in names if o != name and o.endswith(name)]
    if not longer:
        return False
    at = text.find(name)
    while at != -1:
        if not any(
            text.startswith(o, at - len(o) + len(name)) for o in longer if at >= len(o) - len(name)
        ):
            return False
        at = text.find(name, at + 1)
    return True


def _suffix(name: str) -> str:
    """The level a town's name ends in (镇, 乡, 街道)."""
    return "街道" if name.endswith("街道") else name[-1]


def _tail_of_name(text: str, at: int, place_ends: set[int]) -> bool:
    """Whether the two characters the organ pattern read at ``at`` may be the tail of a
    longer name: a Han character other than a place's end or a one-character word
    (:data:`TOWN_LEAD_CHARS`) stands right before them."""
    if at == 0 or at in place_ends:
        return False
    before = text[at - 1]
    return bool(_HAN.match(before)) and before not in TOWN_LEAD_CHARS


def _cut_from_word(text: str, name: str) -> bool:
    """Whether every occurrence of ``name`` starts inside a common word: its first
    character and the one before it are a word of jieba's dictionary (提拔 in 提拔任街道)."""
    at = text.find(name)
    if at <= 0:
        return False
    while at != -1:
        if at == 0 or not is_common_word(text[at - 1 : at + 1]):
            return False
        at = text.find(name, at + 1)
    return True


def _opens(
    text: str,
    at: int,
    mentions: Sequence[PlaceMention],
    title: tuple[int, int],
    lead: tuple[int, int],
) -> bool:
    """Whether a town acting at ``at`` opens the headline (下桥镇召开…), or, under a
    headline naming no place, the lead's first clause after its date (8月29日，下桥镇召开
    专题会议…): the first actor the page names, before any county or city."""
    if text[title[0] : at].strip() == "" and title[0] < title[1]:
        return True
    if any(title[0] <= m.start < title[1] for m in mentions):
        return False
    opening = text[lead[0] : at]
    return (
        lead[0] <= at < lead[0] + LEAD_OPENING_CHARS
        and not any(lead[0] <= m.start < at for m in mentions)
        and CLAUSE_END_CHARS.isdisjoint(opening)
    )


# How far into the lead a town may open it (a date and a comma before it: 2024年8月29日上午，).
LEAD_OPENING_CHARS = 16
# A sentence ended before the town: it opens no lead.
CLAUSE_END_CHARS = frozenset("。！？\n")


_HAN = re.compile(rf"[{HAN_COMMON}]")


def _level_references(text: str, found: Mapping[str, object]) -> dict[str, int]:
    """How often ``text`` refers to a town by its level alone (全乡, 镇党委, 乡长), for
    each town that is the only one of its level among ``found``: with two 镇 named, a
    镇党委 could be either's."""
    counts: dict[str, int] = {}
    for level in TOWN_REFERENCE_LEVELS:
        named = [name for name in found if town_level(name) == level]
        if len(named) != 1:
            continue
        counts[named[0]] = level_count(text, level)
    return counts


# What makes the town after it a venue or destination, not an actor.
_VENUE_MARKS = frozenset("在到赴")


def _only_elsewhere(text: str, name: str, mentions: Sequence[PlaceMention]) -> bool:
    """Whether every full mention of the town is a destination or a venue
    (:func:`~reporter.compare.actors.is_elsewhere`), itself or by its county right before
    it (走进|闽侯县荆溪镇)."""
    county_at = {m.end: m for m in mentions}
    for at in _starts(text, name):
        county = county_at.get(at)
        start, end = (county.start, county.end) if county else (at, at + len(name))
        if not is_elsewhere(text, start, end):
            return False
    return True


def _head_span(text: str, title: tuple[int, int], lead: tuple[int, int]) -> tuple[int, int]:
    """The headline, or when none was told apart the lead's first sentence (a derived
    headline is that sentence)."""
    if title[1] > title[0]:
        return title
    lo, hi = lead
    ends = [at for at in (text.find(ch, lo, hi) for ch in CLAUSE_END_CHARS) if at != -1]
    return (lo, min(ends, default=hi))


def _visited_in_head(
    text: str, name: str, mentions: Sequence[PlaceMention], head: tuple[int, int]
) -> bool:
    """Whether the headline (``head``) first names the town as where a division it
    names before, in subject position, went (:func:`~reporter.compare.actors.is_elsewhere`),
    the town itself or by its county right before it: that visit is what it reports
    (县委副书记深入某镇某村…，就某镇村“两委”换届…进行了检查指导: what was checked there
    is named after the visit).  A town visited by an organ left unnamed (市政协委员到某
    街道视察) or where an event was held is the local item's own: the host acts."""
    at = text.find(name, *head)
    if at == -1 or not any(
        head[0] <= m.start < at and in_subject_position(text, m.start) for m in mentions
    ):
        return False
    county = {m.end: m for m in mentions}.get(at)
    start, end = (county.start, county.end) if county else (at, at + len(name))
    return is_elsewhere(text, start, end)


def _starts(text: str, name: str) -> list[int]:
    """Where ``name`` occurs in ``text``."""
    return [m.start() for m in re.finditer(re.escape(name), text)]


# Quotation marks: what opens after one is a quoted phrase, no clause's subject.
_QUOTES = frozenset('“"')


def _find_zones(
    text: str, mentions: Sequence[PlaceMention], title: tuple[int, int], lead: tuple[int, int]
) -> list[Town]:
    """Development zones named right after their city or county (宝鸡高新区, 柏乡经济开发区),
    scored as towns are: how often the zone's suffix occurs (the article writes 高新区
    alone once it has named it), plus title and lead weights; only zones named there and at least
    :data:`TOWN_MIN_MENTIONS` times."""
    w = actor_words()
    suffixes = w.zone_suffixes  # longest first
    zones: dict[tuple[str, str], Town] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.level not in ZONE_PARENT_LEVELS:
            continue
        # a zone with a name of its own (资阳|临空|经济区, 成都|天府|新区 aside): the
        # article writes 临空经济区 once it has named it, so its count is the name's
        stem = text[m.end : m.end + ZONE_STEM_CHARS]
        at = m.end
        if (
            not any(text.startswith(s, at) for s in suffixes)
            and ZONE_STEM.fullmatch(stem)
            and not w.town_stem_stop_chars.intersection(stem)
            and any(text.startswith(s, at + ZONE_STEM_CHARS) for s in suffixes)
        ):
            at += ZONE_STEM_CHARS
        else:
            stem = ""
        suffix = next((s for s in suffixes if text.startswith(s, at)), None)
        if suffix is None:
            continue
        name = text[m.start : m.end] + stem + suffix
        count = text.count(stem + suffix)
        in_title = stem + suffix in text[title[0] : title[1]]
        in_lead = stem + suffix in text[lead[0] : lead[1]]
        # one zone however its city is written (资阳临空经济区, 资阳市临空经济区): the first
        key = (m.name, stem + suffix)
        if key in zones or count < TOWN_MIN_MENTIONS or not (in_title or in_lead):
            continue
        score = count + (TITLE_WEIGHT if in_title else 0.0) + (LEAD_WEIGHT if in_lead else 0.0)
        # a zone opening the headline (某某经济开发区项目专班对…进行踏查) is its subject,
        # as a town opening it with its own act is
        opens = title[0] < title[1] and text[title[0] : m.start].strip() == ""
        zones[key] = Town(name, m.name, score, opens)
    found = list(zones.values())
    named = _headline_zone(text, title, lead, [t.name for t in found])
    return [*found, named] if named is not None else found


def _headline_zone(
    text: str, title: tuple[int, int], lead: tuple[int, int], known: Sequence[str]
) -> Town | None:
    """A zone opening the headline by a name of its own, its city left out (新站高新区
    主要负责人接听…, 临空经济区组建…): the headline's subject, as a zone after its city
    opening it is, when the text names it again (:data:`TOWN_MIN_MENTIONS`); its stem is
    no place the gazetteer knows, so it has no parent and stands under the city the
    article names.  Not when the zone was already found after its city (``known``: the
    zones' names, 资阳临空经济区 for a headline's 临空经济区)."""
    if title[1] <= title[0]:
        return None
    w = actor_words()
    head = text[title[0] : title[1]].lstrip()
    stem = head[:ZONE_STEM_CHARS]
    if not ZONE_STEM.fullmatch(stem) or w.town_stem_stop_chars.intersection(stem):
        return None
    suffix = next((s for s in w.zone_suffixes if head.startswith(s, ZONE_STEM_CHARS)), None)
    if (
        suffix is None
        or any(name.endswith(stem + suffix) for name in known)
        or is_common_word(stem)
    ):
        return None
    count = text.count(stem + suffix)
    if count < TOWN_MIN_MENTIONS:
        return None
    in_lead = stem + suffix in text[lead[0] : lead[1]]
    score = count + TITLE_WEIGHT + (LEAD_WEIGHT if in_lead else 0.0)
    return Town(stem + suffix, None, score, True)


def dominant_town(
    node: Locality,
    towns: Sequence[Town],
    by_name: Mapping[str, Locality],
    node_score: float,
    node_body: float | None = None,
) -> str | None:
    """The town under ``node`` that outweighs it: by :data:`TOWN_SHARE` of its score, or,
    when ``node_body`` (its weighted mentions without title and lead) is given, by
    :data:`TOWN_BODY_MARGIN` of that (天台让年轻干部有盼头 over a story told at 雷峰乡).
    A town of one of a city's districts needs that margin over the city's whole score."""

    def under(town: Town) -> bool:
        if town.parent is None:
            # a street office named by its organ lies under a city, and under the four
            # provinces that are cities (上海's 龙华街道 in an article naming 上海 alone)
            return node.level != "province" or node.name in municipalities()
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
    # a town opening the headline with its own act (下桥镇召开…) is what the page reports,
    # however often it names the county whose instructions it relays
    headlined = [t for t in candidates if t.headline]
    if headlined:
        return max(headlined, key=lambda t: (t.score, t.name)).name
    best = max(candidates, key=lambda t: (t.score, t.name))
    # the same town written twice (苏溪镇, 义乌苏溪镇) is no sibling
    rivals = [t.score for t in candidates if not same_town(t.name, best.name)]
    if any(TOWN_SIBLING_MARGIN * score >= best.score for score in rivals):
        return None
    if best.parent is not None and best.parent != node.name and node.level == "city":
        # a town of one of the city's districts (淄博市|淄川区|洪山镇) skips a level: the
        # city's story visits it as its case, unless the town outweighs the city, title
        # and lead weights included, by the margin
        return best.name if best.score >= TOWN_BODY_MARGIN * node_score else None
    if best.score >= TOWN_SHARE * node_score:
        return best.name
    if node_body is not None and best.score >= TOWN_BODY_MARGIN * node_body:
        return best.name
    return None
