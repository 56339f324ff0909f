"""Who acts in an article's text: the word lists of ``[actor]`` in
``reporter/data/places.toml`` and where a place mention stands (subject position,
destination or venue, the organs it names).  Read by :mod:`.locality` and :mod:`.towns`."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from reporter.compare.inspection import inspects, is_inspected
from reporter.compare.place_resources import (
    ACCOMPANY_SENTENCE_CHARS,
    ADDRESSEE_LINE,
    CLAUSE_END,
    HAN_CHAR,
    HEADLINE_LABEL_END,
    ORGAN_SITE,
    SENTENCE_END,
    WIRE_DATELINE_AFTER,
    label_town,
    place_opening_after,
    places_word_lists,
    province_body,
    relayed_meeting,
)
from reporter.text.gazetteer import PlaceMention, find_places, is_common_word

# Weights for the primary locality: a place in the title is what the article is about;
# the lead names the subject before the details wander to other places.
TITLE_WEIGHT = 5.0
LEAD_WEIGHT = 2.0
# What may stand right before a subject: the start of a line or a clause (a space
# separates a headline's two clauses: 中组部选派干部来琼挂职 海南举办培训班).
CLAUSE_STARTS = frozenset('\n。！？；：，、!?;:,“"（(【 　')
# Characters between a venue marker's place and its venue word (在苏州市委党校举办: four).
VENUE_GAP_MAX = 6

# The level of an organ of the whole country (中央党校, 中组部), whose name carries no
# division's level character.
NATIONAL = "国"
# The characters a division's name ends in, which its unnamed references carry too.
LEVEL_CHARS = frozenset("省市州区县旗")
# What joins the places of one list (潍坊市、临沂市; 潍坊市和临沂市): a place so listed after
# a destination or venue is one too.
LIST_JOINERS = frozenset({"、", "和", "及", "与", "以及"})
# What opens a quotation: an organ opening one is in an official's words (“省委办公厅最近
# 印发…,”吉首市委书记…说), the frame of the speaker's own story, not the report's actor.
QUOTE_OPENERS = frozenset('“"「『')
# What joins an unnamed organ to one named before it (日照市委、市政府: 日照's 市政府).
_ORGANLIST_JOINERS = frozenset("、和及与")


class ActorWordsError(ValueError):
    """The packaged [actor] word lists are broken (a packaging bug, not user input)."""


@dataclass(frozen=True)
class ActorWords:
    destination_markers: tuple[str, ...]
    # words ending in a destination marker that are no motion (以来, 年来: a time span)
    not_destinations: tuple[str, ...]
    comparison_markers: tuple[str, ...]
    venue_markers: tuple[str, ...]
    study_tour_acts: tuple[str, ...]
    venue_words: tuple[str, ...]
    example_suffixes: tuple[str, ...]
    example_frames: tuple[tuple[str, str], ...]
    organ_suffixes: tuple[str, ...]
    post_words: tuple[str, ...]
    anonymous_units: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    accompany_verbs: tuple[str, ...]
    village_suffixes: tuple[str, ...]
    subject_openers: tuple[str, ...]
    relay_markers: tuple[str, ...]
    town_suffixes: tuple[str, ...]
    zone_suffixes: tuple[str, ...]
    town_organs: tuple[str, ...]
    town_actions: tuple[str, ...]
    town_references: tuple[str, ...]
    town_reference_prefixes: tuple[str, ...]
    town_stem_stop_chars: frozenset[str]
    town_honour_prefixes: tuple[str, ...]
    outlet_organ_words: tuple[str, ...]
    level_references: tuple[str, ...]
    organ_references: tuple[str, ...]
    never_actors: frozenset[str]
    # abbreviation -> region an aid team is named after (疆 -> 新疆维吾尔自治区)
    aid_regions: dict[str, str]
    distributives: tuple[str, ...]
    origin_markers: tuple[str, ...]
    # abbreviation -> province (鄂 -> 湖北省), from ``document_abbreviations``
    document_abbreviations: dict[str, str]
    head_posts: tuple[str, ...]
    province_bodies: tuple[str, ...]
    time_frame_ends: tuple[str, ...]
    meeting_frame_ends: tuple[str, ...]
    punished_markers: tuple[str, ...]
    punishment_outcomes: tuple[str, ...]
    punishment_receipts: tuple[str, ...]


@functools.cache
def actor_words() -> ActorWords:
    words = places_word_lists("actor", ActorWordsError)
    return ActorWords(
        destination_markers=words("destination_markers"),
        not_destinations=words("not_destinations"),
        comparison_markers=words("comparison_markers"),
        venue_markers=words("venue_markers"),
        study_tour_acts=words("study_tour_acts"),
        venue_words=words("venue_words"),
        example_suffixes=words("example_suffixes"),
        example_frames=_frames(words("example_frames")),
        organ_suffixes=words("organ_suffixes"),
        post_words=words("post_words"),
        anonymous_units=words("anonymous_units"),
        speech_verbs=words("speech_verbs"),
        accompany_verbs=words("accompany_verbs"),
        village_suffixes=words("village_suffixes"),
        subject_openers=words("subject_openers"),
        relay_markers=words("relay_markers"),
        town_suffixes=words("town_suffixes"),
        zone_suffixes=words("zone_suffixes"),
        town_organs=words("town_organs"),
        town_actions=words("town_actions"),
        town_references=words("town_references"),
        town_reference_prefixes=words("town_reference_prefixes"),
        town_stem_stop_chars=frozenset(words("town_stem_stop_chars")),
        town_honour_prefixes=words("town_honour_prefixes"),
        outlet_organ_words=words("outlet_organ_words"),
        level_references=words("level_references"),
        organ_references=words("organ_references"),
        never_actors=frozenset(words("never_actors")),
        aid_regions={w[0]: w[1:] for w in words("aid_regions")},
        distributives=words("distributives"),
        origin_markers=words("origin_markers"),
        document_abbreviations={w[0]: w[1:] for w in words("document_abbreviations")},
        head_posts=words("head_posts"),
        province_bodies=words("province_bodies"),
        time_frame_ends=words("time_frame_ends"),
        meeting_frame_ends=words("meeting_frame_ends"),
        punished_markers=words("punished_markers"),
        punishment_outcomes=words("punishment_outcomes"),
        punishment_receipts=words("punishment_receipts"),
    )


# What stands for the place in a frame of ``example_frames`` (以…为例).
FRAME_SLOT = "…"


def _frames(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(before, after) of each frame around a place (以…为例: 以, 为例)."""
    frames = []
    for w in words:
        before, slot, after = w.partition(FRAME_SLOT)
        if not slot or not before or not after:
            raise ActorWordsError(f"places.toml: frame {w!r} needs words on both sides of …")
        frames.append((before, after))
    return tuple(frames)


def is_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the place named at text[start:end] is a destination, a venue, a
    comparison or one example of several (昭觉等县, 以安徽为例), or a wire's bureau
    (兰州6月14日电)."""
    w = actor_words()
    # endswith(…, 0, start) reads the text before the place without copying it.
    destination = text.endswith(w.destination_markers, 0, start) and not text.endswith(
        w.not_destinations, 0, start
    )
    if destination and is_inspected(text, start, end):
        return False  # 市领导到洛江区检查指导: the host of the item, not where cadres went
    if destination or text.endswith(w.comparison_markers, 0, start):
        return True
    if text.startswith(w.example_suffixes, end) or _listed_after_destination(text, start):
        return True
    if WIRE_DATELINE_AFTER.match(text, end) is not None:
        return True  # 兰州6月14日电: where the wire filed from, as a venue
    if any(
        text.endswith(before, 0, start) and text.startswith(after, end)
        for before, after in w.example_frames
    ):
        return True
    if text.endswith(w.venue_markers, 0, start):
        after = text[end : end + VENUE_GAP_MAX + max(map(len, w.venue_words))]
        return any(0 <= after.find(v) <= VENUE_GAP_MAX for v in w.venue_words)
    return False


# How far back a place listed after another item (到玉树、果洛州) looks for the destination
# marker that opens the list: one item of up to four characters and its joiner.
LISTED_DESTINATION_WINDOW = 6


def _listed_after_destination(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a joiner (、和及与) in a list a destination
    marker opens (选派干部到玉树、果洛州挂职): a destination too, even when the first
    item is no place the gazetteer reads (玉树 is a word first, a town, a village)."""
    if start < 2 or text[start - 1] not in _ORGANLIST_JOINERS:
        return False
    window = text[max(0, start - 1 - LISTED_DESTINATION_WINDOW) : start - 1]
    markers = actor_words().destination_markers
    for i in range(len(window) - 1, -1, -1):
        if not HAN_CHAR.match(window[i]):
            return False
        if window[: i + 1].endswith(markers) and i + 1 < len(window):
            return True
    return False


def accompanies(text: str, end: int) -> bool:
    """Whether the organ after a place (ending at ``end``) opens a list of officials who
    accompany a visit (榆中县委书记冯月旺，县长刘学强…陪同调研): the host, not the actor."""
    sentence = SENTENCE_END.split(text[end : end + ACCOMPANY_SENTENCE_CHARS], maxsplit=1)[0]
    return any(verb in sentence for verb in actor_words().accompany_verbs)


def in_subject_position(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` opens a clause (株洲市石峰区委组织部选派…,
    中共彭水县委…), as the subject does, rather than naming someone's unit mid-clause
    (由昭觉县委宣传部的…)."""
    for opener in actor_words().subject_openers:
        if text.endswith(opener, 0, start):
            start -= len(opener)
            break
    return start == 0 or text[start - 1] in CLAUSE_STARTS


def unnamed_organ_levels(text: str, *spans: tuple[int, int]) -> tuple[str, ...]:
    """The levels (省, 市, 县 …) of the organs named without their place that open a
    clause within ``spans`` (the title, the lead), in text order: 省委选派345名干部,
    日前，市委组织部发出通知.  An organ after its place (青岛市委) is no such reference."""
    return tuple(dict.fromkeys(level for _, level in _unnamed_organs(text, spans)))


def opening_organ_levels(
    text: str, subjects: Sequence[int], *spans: tuple[int, int]
) -> tuple[str, ...]:
    """:func:`unnamed_organ_levels`, less the organs a named place acting earlier in the
    same span precedes (奉贤区召开…会议。市委统战部…有关领导…参加会议: the district
    acts, the city's organ only attends).  ``subjects``: starts of the places in subject
    position."""
    kept = [
        (at, level)
        for at, level in _unnamed_organs(text, spans)
        if not any(lo <= s < at for s in subjects for lo, hi in spans if lo <= at < hi)
        and not _frames_time(text, at, set(subjects))
    ]
    return tuple(dict.fromkeys(level for _, level in kept))


def _frames_time(text: str, at: int, subjects: set[int]) -> bool:
    """Whether the organ at ``at`` stands in a clause of time (省委“三项机制”出台以来，)
    whose next clause a named place opens (榆阳区聚焦…): the place acts, the organ only
    dates it."""
    end = CLAUSE_END.search(text, at)
    return in_time_clause(text, at) and end is not None and end.end() in subjects


def in_time_clause(text: str, at: int, meetings: bool = False) -> bool:
    """Whether the words from ``at`` to the end of their clause end a clause of time
    (…出台以来，, …地震发生以来，): what they name dates the act of the next clause.
    ``meetings``: a meeting held (…动员大会召开后，) ends one too."""
    end = CLAUSE_END.search(text, at)
    if end is None or text[end.start()] not in CLAUSE_COMMAS:
        return False
    w = actor_words()
    ends = w.time_frame_ends + w.meeting_frame_ends if meetings else w.time_frame_ends
    return text.endswith(ends, at, end.start())


# The marks that end a clause inside a sentence (a clause of time before its main clause).
CLAUSE_COMMAS = frozenset("，,")


def _unnamed_organs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """Start and level of each organ :func:`unnamed_organ_levels` reads, in text order."""
    found: list[tuple[int, str]] = []
    for lo, hi in spans:
        for ref in actor_words().organ_references:
            at = text.find(ref, lo, hi)
            while at != -1:
                # one listed after another organ (日照市委、市政府; 中央、省委) is that
                # organ's place's, or a list of authorities, not the actor
                listed = at > 0 and text[at - 1] in _ORGANLIST_JOINERS
                if (
                    not listed
                    and text[at - 1 : at] not in QUOTE_OPENERS
                    and in_subject_position(text, at)
                    and not place_follows(text, at + len(ref))
                    and not inspects(text, at + len(ref))
                    and not text.startswith(actor_words().distributives, at + len(ref))
                    and not names_post(text, at + len(ref))
                    and ORGAN_SITE.match(text, at + len(ref)) is None
                ):
                    found.append((at, organ_level(ref)))
                at = text.find(ref, at + len(ref), hi)
        # a provincial body named by its level alone (省易地扶贫搬迁工程建设指挥部…召开,
        # 省移民局…): the province acts, as through 省委
        for hit in province_body(actor_words().province_bodies).finditer(text, lo, hi):
            at = hit.start()
            if in_subject_position(text, at) and not (
                at > 0 and text[at - 1] in _ORGANLIST_JOINERS
            ):
                found.append((at, PROVINCE_LEVEL))
        # a notice addressed to the level below (各市、县（市、区）委组织部：) is issued by
        # the level above it: the province writes to its cities, a city to its counties
        for hit in ADDRESSEE_LINE.finditer(text, lo, hi):
            found.append((hit.start(), ADDRESSEE_ISSUER[hit["level"]]))
    return sorted(found)


# The level that issues a notice addressed to each level below it.
ADDRESSEE_ISSUER = {
    "市": "省", "州": "省", "盟": "省", "县": "市", "区": "市", "乡": "县", "镇": "县",
    "苏": "旗",
}  # fmt: skip


# The level character of a province's bodies (省移民局, 省…指挥部).
PROVINCE_LEVEL = "省"
# The level name of an autonomous region's organs named by their level alone (自治区党委,
# 自治区对…问责): it ends in 区 as a district's does, but is the province's level, so it is
# read whole (头屯河区 does not end in it, 新疆维吾尔自治区 does).
REGION_LEVEL = "自治区"


def organ_level(ref: str) -> str:
    """The level an unnamed organ reference says (省委: 省; 自治区党委: 自治区)."""
    if ref.startswith(REGION_LEVEL):
        return REGION_LEVEL
    return next((c for c in ref if c in LEVEL_CHARS), NATIONAL)


def names_post(text: str, at: int, other_place: bool = False) -> bool:
    """Whether the organ ending at ``at`` only titles an official whose next post is a
    local head's (省委常委、大同市委书记张吉福出席…; 省委常委、市委书记…): the official of
    that place, the higher post held with it; the higher organ does not act.  A post of
    the organ alone (省委组织部副部长出席) leaves it the organ's official, as before.
    ``other_place``: the next post must open with its place (after a named place: 甘肃省委常委、
    兰州市委书记; not 阳春市委书记、市长, one place's two head posts)."""
    w = actor_words()
    rest = at + next((len(o) for o in w.organ_suffixes if text.startswith(o, at)), 0)
    post = next((p for p in w.post_words if text.startswith(p, rest)), None)
    if post is None or not text.startswith(_POST_JOINER, rest + len(post)):
        return False
    start = rest + len(post) + len(_POST_JOINER)
    item = _LIST_ITEM_END.split(text[start : start + _POST_ITEM_CHARS], maxsplit=1)[0]
    if other_place and not any(m.start == 0 for m in find_places(item)):
        # 阳春市委书记、市长李谦常: the two head posts of one place, which acts
        return False
    return any(head in item for head in w.head_posts)


# What joins the posts one official holds (省委常委|、|市委书记).
_POST_JOINER = "、"
# The next post of the official: a place's name and its head's post (西双版纳傣族自治州委
# 书记: fifteen characters).
_POST_ITEM_CHARS = 16
# What ends one post in the list of an official's posts.
_LIST_ITEM_END = re.compile(r"[、，,。；;\n]")


def relayed_levels(text: str, lo: int, hi: int) -> tuple[str, ...]:
    """The levels (省, 市 …) of the meetings that ``text[lo:hi]`` (the title) says its
    place only watched (我县组织收听收看全省…会议: 省), in text order."""
    pattern = relayed_meeting(actor_words().relay_markers)
    return tuple(dict.fromkeys(m["level"] for m in pattern.finditer(text, lo, hi)))


# Characters read after an unnamed reference for a place it locates (我省邓州市).
_FOLLOWING_PLACE_CHARS = 12


def place_follows(text: str, at: int) -> bool:
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
        joined = m.start == prev_end or text[prev_end : m.start] in LIST_JOINERS
        subject = prev_subject if prev_end >= 0 and joined else in_subject_position(text, m.start)
        if subject and in_time_clause(text, m.start):
            # 青海玛多县地震发生以来，全省各级党组织…: the place dates the act, the next
            # clause's subject does it (a list's next items share the clause)
            subject = False
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


# How far before an aid word (援疆) a sender writing of itself (我市) may stand: its
# team's posting between them (我市驻伊吾县援疆工作队: 驻 and a county's name).
AID_SENDER_GAP = 8
# A division writing of itself (我市, 我县) as an aid team's sender.
_SELF_SENDER = re.compile(r"我[省市县区州旗]")


def aided_places(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions inside a region an aid team is named after (援疆: 新疆 and 哈密,
    伊吾县 in it) when the text names that team's sender, a place right before the aid
    word (漯河援疆工作队) or a division writing of itself shortly before it (我市驻伊吾县
    援疆工作队): the sender's cadres went there, so the region only received them."""
    aided: set[str] = set()
    for abbreviation, region in actor_words().aid_regions.items():
        word = "援" + abbreviation
        at = text.find(word)
        while at != -1:
            named = any(m.end == at and region not in (m.name, m.province) for m in mentions)
            voiced = _SELF_SENDER.search(text, max(0, at - AID_SENDER_GAP), at) is not None
            if named or voiced:
                aided.add(region)
                break
            at = text.find(word, at + len(word))
    return [m for m in mentions if m.name in aided or m.province in aided]


def elsewhere_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions that are destinations, venues, comparisons or examples,
    and of those listed right after one (到潍坊市、临沂市的先进村: both) or written
    right after it (赴昆山张家港学习: both; 赴深圳市南山区: the district too)."""
    out: set[int] = venue_list_starts(text, mentions)
    listed_after = -1  # end of the last mention that was elsewhere
    for m in sorted(mentions, key=lambda m: m.start):
        if is_elsewhere(text, m.start, m.end) or (
            listed_after >= 0
            and (m.start == listed_after or text[listed_after : m.start] in LIST_JOINERS)
        ):
            out.add(m.start)
            listed_after = m.end
        else:
            listed_after = -1
    return out


def venue_list_starts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the places of a list that a venue marker opens and a venue word closes
    (在南宁和桂林两地同时举行, 在杭州、宁波举办): the venue word follows the last item, too
    far from the first for :func:`is_elsewhere` to read it, yet every item is a venue."""
    w = actor_words()
    longest = max(map(len, w.venue_words))
    ordered = sorted(mentions, key=lambda m: m.start)
    out: set[int] = set()
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and text[ordered[j].end : ordered[j + 1].start] in LIST_JOINERS:
            j += 1
        if j > i and text.endswith(w.venue_markers, 0, ordered[i].start):
            after = text[ordered[j].end : ordered[j].end + VENUE_GAP_MAX + longest]
            if any(0 <= after.find(v) <= VENUE_GAP_MAX for v in w.venue_words):
                out.update(m.start for m in ordered[i : j + 1])
        i = j + 1
    return out


def headline_label(
    text: str, title: tuple[int, int], mentions: Sequence[PlaceMention]
) -> str | None:
    """The place a headline names as its label (宁夏吴忠：…, 柴桑区：…): the title opens
    with nothing but a path of places (``mentions``: the text's actors) before its colon,
    maybe ending in a town (南通开发区小海街道：…).  The headline's editor has said whose
    news it is, so the last of them acts, however often the story visits a county below
    (吴忠：… told through one 盐池县 cadre), if the text names it in its own right too
    (吴忠市积极探索…); one the text names only as the path to a county (云南大理： over
    大理白族自治州祥云县… on the prefecture's site) frames that county's news.  None
    when the title has no such label."""
    lo, hi = title
    colon = HEADLINE_LABEL_END.search(text, lo, hi)
    if colon is None:
        return None
    at = lo + len(text[lo : colon.start()]) - len(text[lo : colon.start()].lstrip())
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        if not lo <= m.start < colon.start():
            continue
        if m.start != at:
            return None  # a word before or between the places: no label of places
        at, last = m.end, m.name
    if last is None or at == colon.start():
        inside = place_opening_after(text, mentions, colon.end(), hi, last)
        if inside is not None:
            return inside
        return last if last is None or _named_alone(text, mentions, last, title) else None
    w = actor_words()
    town = label_town(w.zone_suffixes, w.town_suffixes).fullmatch(text, at, colon.start())
    # a word before 街 names a kind of street, no street office (徐州美食街：…; 金山街道,
    # 十字镇 are names)
    if (
        town is None
        or w.town_stem_stop_chars.intersection(town["stem"])
        or (town["suffix"] == _STREET_WORD and is_common_word(town["stem"]))
    ):
        return None
    return town["stem"] + town["suffix"]


# The suffix a street office shares with a street's name (前川街; 美食街).
_STREET_WORD = "街"


def _named_alone(
    text: str, mentions: Sequence[PlaceMention], name: str, title: tuple[int, int]
) -> bool:
    """Whether the text outside the ``title`` span names ``name`` in its own right, as
    the subject of a clause (吴忠市积极探索…): by a mention that is no path to a place
    inside it (大理白族自治州|祥云县 only locates the county), or by its level unnamed
    (全市…, 市纪委… for 赣州市), not right after a place.  A place named only as where
    others' work went (为林芝市发展贡献力量) is not."""
    ordered = sorted(mentions, key=lambda m: m.start)
    paths = {
        m.start
        for m, n in itertools.pairwise(ordered)
        if m.end == n.start and m.name in (n.city, n.province)
    }
    subjects = subject_starts(text, ordered)
    if any(
        m.name == name
        and not title[0] <= m.start < title[1]
        and m.start not in paths
        and m.start in subjects
        for m in ordered
    ):
        return True
    ends = {m.end for m in ordered}
    for ref in actor_words().level_references:
        if next((c for c in ref if c in LEVEL_CHARS), None) != name[-1]:
            continue
        at = text.find(ref)
        while at != -1:
            if not title[0] <= at < title[1] and at not in ends and in_subject_position(text, at):
                return True
            at = text.find(ref, at + 1)
    return False
