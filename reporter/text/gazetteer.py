"""Chinese administrative divisions: find the places a simplified text names.

The data is ``reporter/data/gazetteer.tsv`` (national adcodes, generated once from
cpca's table by ``scripts/build_gazetteer.py``) plus ``reporter/data/places.toml``
(functional areas such as 西海岸新区, renamed divisions, and surface forms that are
ordinary words more often than places).

Matching is leftmost-longest over full names and short aliases (崂山区 / 崂山).
Full names count wherever they occur.  A short alias is riskier (城阳 inside other
words, 长治久安, 浙江大学), so it counts only when it is not on the stop list, is
not followed by an institution suffix (大学, 日报, 银行 ...), and:

* for a province or city: always (青岛, 长春 are what articles write);
* for a district or county: only when the text also names that district in full
  or names its city, so "崂山" counts in an article about 青岛 or 崂山区 but a
  stray "城阳" in an unrelated text does not.

A name shared by several divisions (朝阳区 in 北京 and 长春) is resolved by the
other places the text names; when that fails the mention keeps its name and
level but no province/city.

Articles often name a county-level division by its short form alone (邓州, 介休,
彭水) and never its city.  Such a short form counts without its city when it is the
only division of that name and the text either puts its province right before it
(河南邓州) or names that province and the short form at least
:data:`UNVOUCHED_MIN_MENTIONS` times.

A risky surface - any district short form, and a full name whose stem is one
character (新县, 任县) - must also stand as a word of its own: when a common word of
jieba's dictionary crosses its first or last character (创新|干部 over 新干, 新县|城,
担任|县长) it is part of that word, not a place.  Autonomous counties are also
written "彭水县" and autonomous prefectures "延边州": those forms are derived here.
A site name made of a place and 网 (中国宁波网) names a website, not the place, a
short form before 流域/水系 (洪湖流域) names a lake or river, not the division, and one
opening a registered company name (河北建滔能源发展有限公司) names the firm.

A county that became a county-level city after the adcode snapshot is written by its
new name (华亭市 for 华亭县): that form is derived for every county, unless 市 makes a
word with the stem's end (大城市, 于都市).  A division whose name or short form is on the
stop list (郊区, 鼓楼, 日照) counts where the word cannot stand: right after its city
(南京市鼓楼地区), before what a division does (，日照选派…), or, for a full name, in a
text that writes it with its own organ (郊区区委组织部).

Both rules read context from the text given, so call :func:`find_places` on a
whole article (or at least a paragraph), not sentence by sentence.  Matching is a
regex over the characters that can start a name (first and second character), then
a dictionary lookup at each of those positions only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

from reporter.text import segment
from reporter.text.gazetteer_names import names_institution
from reporter.text.gazetteer_table import (
    LEVEL_RANK,
    MIN_SURFACE_CHARS,
    GazetteerError,
    Place,
    PlaceMention,
    Table,
    all_places,
    county_city_of,
    in_byline_name,
    lookup,
    municipalities,
    names_site_at,
    outlet_home,
    site_suffixes,
    stop_words_longest_first,
    table,
    vouched_later_names,
    without_roads,
    written_with_own_organ,
)

__all__ = [
    "GazetteerError",
    "Place",
    "PlaceMention",
    "all_places",
    "county_city_of",
    "find_places",
    "is_common_word",
    "lookup",
    "municipalities",
    "outlet_home",
]

# A jieba word at least this frequent is a common word: crossing a risky surface it
# makes the surface part of that word (县城 1500, 创新 4681, 担任 6409, 澜沧江 162),
# while rare dictionary entries (州市 115, 休市 5) are segmentation debris.
COMMON_WORD_FREQ = 150
# A district's short form counts without its city named when the text names its
# province and the short form at least this often (met once it may be a word or a
# namesake; twice, at word boundaries, it is how the article names its subject).
UNVOUCHED_MIN_MENTIONS = 2
# How an article refers to its own division without naming it (全市, 我县): a text that
# does so for the level of a short form's division (介休 of 介休市 in a text saying 全市)
# vouches for that short form as its province would.
SELF_REFERENCE_PREFIXES = ("全", "我", "该")
# Its organs named without its name (县委, 县政府: 县委副书记、潢川开发区主任) refer to it
# the same way once the text speaks as the division: a county's item writes 全县 once
# and 县委 twice.
SELF_REFERENCE_ORGANS = ("委", "政府")
# A short form this frequent in jieba's dictionary is an everyday word first (凤凰 1348,
# 公安 2800, 合作 13478), not vouched by 全县 or 县委; the short forms local items name
# their county by are rarer (古田 344, 象山 319, 宁海 194).
EVERYDAY_WORD_FREQ = 1000
# A short form named once counts when the text refers to its level unnamed at least this
# often (崇阳为期2天的培训班开班 … 该县 … 该县 …: a county paper's item names its county
# once and then writes 该县).
SELF_REFERENCES_FOR_ONE_MENTION = 2
# Longest jieba word considered when looking for one that crosses a surface.
CROSSING_WORD_MAX_CHARS = 4
# Longest stop-listed short form read right after its city (鼓楼: two; 市中: two).
STOPPED_ALIAS_MAX_CHARS = 4


def _scan(text: str, g: Table) -> list[tuple[int, int, bool]]:
    """Leftmost-longest hits as (start, end, is_full_name)."""
    hits = []
    free = 0  # the first position not inside the last hit
    for m in g.starts.finditer(text):
        i = m.start()
        if i < free:
            continue
        for length in g.lengths.get(text[i : i + MIN_SURFACE_CHARS], ()):
            surface = text[i : i + length]
            if len(surface) != length:
                continue
            if surface in g.by_full:
                hits.append((i, i + length, True))
                free = i + length
                break
            if surface in g.by_alias:
                hits.append((i, i + length, False))
                free = i + length
                break
    return hits


def _context_names(text: str, hits: Iterable[tuple[int, int, bool]], g: Table) -> set[str]:
    """Names the text clearly names: unambiguous full names, and unambiguous
    province/city aliases (a district alias alone never vouches for itself)."""
    named: set[str] = set()
    for start, end, is_full in hits:
        surface = text[start:end]
        cands = g.by_full[surface] if is_full else g.by_alias[surface]
        if len(cands) == 1 and (is_full or cands[0].level != "district"):
            named.add(cands[0].name)
        elif not is_full:
            top = min(LEVEL_RANK[p.level] for p in cands)
            tops = [p for p in cands if LEVEL_RANK[p.level] == top]
            if len(tops) == 1 and tops[0].level != "district":
                named.add(tops[0].name)
    return named


def _sibling_cities(named: Iterable[str], g: Table) -> frozenset[str]:
    """The cities of the districts in ``named`` (:func:`_context_names`: each names one
    division only)."""
    return frozenset(
        p.city
        for name in named
        for p in g.by_full.get(name, ())[:1]
        if p.level == "district" and p.city is not None
    )


def _pick(
    cands: tuple[Place, ...],
    named: set[str],
    is_full: bool,
    unvouched_ok: bool = False,
    sibling_cities: frozenset[str] = frozenset(),
) -> Place | None:
    """The one candidate this mention means, or None when it should not count.
    ``unvouched_ok``: the short form may stand for a district whose city is not named
    (see :func:`_unvouched_aliases`).  ``sibling_cities``: the cities of the districts
    the text names unambiguously (:func:`_sibling_cities`)."""
    if not is_full:
        # Short district aliases need the district itself or its city named in full.
        kept = tuple(
            p
            for p in cands
            if p.level != "district" or p.name in named or (p.city is not None and p.city in named)
        )
        if not kept and unvouched_ok and len(cands) == 1:
            kept = cands
        cands = kept
        if not cands:
            return None
    if len(cands) == 1:
        return cands[0]
    # the city the text names picks one of a province's homonyms (南京's 鼓楼区, not
    # 徐州's, in a text that also names 江苏省)
    # (only among districts: 邯郸 is the city 邯郸市 before its own 邯郸县)
    in_city = [p for p in cands if p.city is not None and p.city in named]
    if len(in_city) == 1 and all(p.level == "district" for p in cands):
        return in_city[0]
    in_context = [p for p in cands if p.city in named or p.province in named or p.name in named]
    if len(in_context) == 1:
        return in_context[0]
    pool = in_context or list(cands)
    # a district of the city whose other districts the text names (延庆区 … 朝阳区: 北京's,
    # not 长春's), its city itself never named: a city's roundup of its districts
    siblings = [p for p in pool if p.level == "district" and p.city in sibling_cities]
    if len(siblings) == 1 and all(p.level == "district" for p in pool):
        return siblings[0]
    top = min(LEVEL_RANK[p.level] for p in pool)
    tops = [p for p in pool if LEVEL_RANK[p.level] == top]
    if len(tops) == 1:
        return tops[0]
    # Same name, same level, no context: keep the name, not a guessed parent.
    first = tops[0]
    return Place(first.name, "", first.level, None, None, "")


@functools.cache
def word_freq() -> dict[str, int]:
    """jieba's dictionary (with the genre's words), loaded only when a risky surface
    needs it."""
    segment.ensure_jieba()
    import jieba

    freq: dict[str, int] = jieba.dt.FREQ
    return freq


def is_common_word(word: str) -> bool:
    """Whether ``word`` is a common word of jieba's dictionary (城镇, 乡镇, 县城)."""
    return word_freq().get(word, 0) >= COMMON_WORD_FREQ


def _is_risky(surface: str, cands: tuple[Place, ...], is_full: bool) -> bool:
    """Whether a surface form may be a piece of an ordinary word: a district's short
    form, or a full name with a one-character stem (新县, 任县)."""
    if is_full:
        return len(surface) <= MIN_SURFACE_CHARS
    return any(p.level == "district" for p in cands)


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether a common word crosses the first or last character of text[start:end]
    (创新 over 新干部's 新, 县城 over 新县's 县)."""
    freq = word_freq()
    for cut in (start, end):
        for a in range(max(0, cut - CROSSING_WORD_MAX_CHARS + 1), cut):
            for b in range(cut + 1, min(len(text), a + CROSSING_WORD_MAX_CHARS) + 1):
                if freq.get(text[a:b], 0) >= COMMON_WORD_FREQ:
                    return True
    return False


def _unvouched_aliases(
    text: str,
    hits: Iterable[tuple[int, int, bool]],
    g: Table,
    later: dict[str, str] | None = None,
) -> set[str]:
    """District short forms that count without their city: the only division of that
    name, named right after its province (河南邓州) or right before what it does
    (义乌选派, :func:`_alias_actions`), or named at least
    :data:`UNVOUCHED_MIN_MENTIONS` times in a text that also names its province (古田 ...
    福建; a 金牛奖 in a text that never names 四川 is a prize, not 成都's 金牛区) or refers
    to its own division of that level unnamed (介休 ... 全市干部大会: a speech to its own
    city names no province), or of its later level when it is the only place named
    (:func:`_voiced_levels`; ``later`` then maps the short form to that later name)."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    named_other = False  # a full name or another kind of short form: the text names a place
    full_names: set[str] = set()  # the divisions the text names in full
    for start, end, is_full in hits:
        if is_full:
            named_other = True
            full_names.update(p.name for p in g.by_full[text[start:end]])
            continue
        surface = text[start:end]
        cands = g.by_alias[surface]
        if len(cands) != 1 or cands[0].level != "district" or not cands[0].province:
            named_other = True
            continue
        seen[surface] = seen.get(surface, 0) + 1
        if text.endswith(_province_forms(cands[0].province), 0, start) or _acts_at(text, end):
            out.add(surface)
    for surface, n in seen.items():
        place = g.by_alias[surface][0]
        province = place.province or ""
        selves = 0
        for level in _voiced_levels(surface, place, g, len(seen) == 1 and not named_other):
            if any(n.endswith(level) and n != place.name for n in full_names):
                # 秦安县召开…会议 … 县委 … 兴国镇: the voice is the county named in full,
                # and another county's stem (兴国) is no county of the story
                continue
            voiced = sum(text.count(prefix + level) for prefix in SELF_REFERENCE_PREFIXES)
            # its organs unnamed add to the text's own voice (全县), never stand for it: a
            # novel's 区委 says nothing of which district
            if voiced:
                voiced += sum(text.count(level + organ) for organ in SELF_REFERENCE_ORGANS)
                if level != place.name[-1] and later is not None:
                    later[surface] = surface + level  # 全区 of 武隆: the district it became
            selves += voiced
        # a short form that is a common word (团队合作: 合作市; 凤凰路; 公安机关) is vouched
        # by its province named, never by 全市 or 全县 alone, which every local item writes
        if selves and word_freq().get(surface, 0) >= EVERYDAY_WORD_FREQ:
            selves = 0
        if (
            n >= UNVOUCHED_MIN_MENTIONS
            and (any(form in text for form in _province_forms(province)) or selves)
        ) or selves >= SELF_REFERENCES_FOR_ONE_MENTION:
            out.add(surface)
    return out


def _voiced_levels(surface: str, place: Place, g: Table, alone: bool) -> tuple[str, ...]:
    """The level characters a text may refer to the division of ``surface`` by (全县 for
    a county): its own, and, when it is the only place the text names (``alone``), the
    level of a later name the table derives for it (武隆 of 武隆县, since 武隆区: a
    district's page writes 全区 and 区委 of itself, and names its old county's stem
    once, 武隆撤县设区以来).  Beside other places the later level is any district's or
    city's own voice, not this county's."""
    level = place.name[-1]
    if not alone:
        return (level,)
    later = tuple(
        char
        for char in LATER_LEVEL_CHARS
        if g.later_names.get(surface + char) == place.name and char != level
    )
    return (level, *later)


# The level characters of a county's later names (撤县设市, 撤县设区).
LATER_LEVEL_CHARS = ("市", "区")


def _homonyms_by_level(
    text: str, hits: Iterable[tuple[int, int, bool]], g: Table
) -> dict[str, Place]:
    """District short forms shared by divisions of different levels (象山: 宁波's 象山县,
    桂林's 象山区), none of whose cities the text names, that the text's own voice picks:
    it refers to itself at one of those levels at least
    :data:`SELF_REFERENCES_FOR_ONE_MENTION` times (…我县…全县: 象山县) and never at
    another's.  A common word is never picked so (see :func:`_unvouched_aliases`)."""
    out: dict[str, Place] = {}
    for surface in {text[s:e] for s, e, is_full in hits if not is_full}:
        cands = g.by_alias[surface]
        if len(cands) < 2 or any(p.level != "district" for p in cands):
            continue
        if word_freq().get(surface, 0) >= EVERYDAY_WORD_FREQ:
            continue
        selves = {
            level: sum(text.count(prefix + level) for prefix in SELF_REFERENCE_PREFIXES)
            for level in {p.name[-1] for p in cands}
        }
        voiced = [level for level, n in selves.items() if n]
        if len(voiced) != 1 or selves[voiced[0]] < SELF_REFERENCES_FOR_ONE_MENTION:
            continue
        picked = [p for p in cands if p.name[-1] == voiced[0]]
        if len(picked) == 1:
            out[surface] = picked[0]
    return out


@functools.cache
def _alias_actions() -> tuple[str, ...]:
    """What a county does right after its short form (义乌选派): see places.toml."""
    return stop_words_longest_first("alias_actions")


@functools.cache
def _alias_adverbs() -> tuple[str, ...]:
    return stop_words_longest_first("alias_action_adverbs")


def _acts_at(text: str, end: int) -> bool:
    """Whether what a division does follows its short form ending at ``end`` (义乌选派),
    maybe after an adverb (中山已经出台): see places.toml."""
    adverb = next((a for a in _alias_adverbs() if text.startswith(a, end)), "")
    return text.startswith(_alias_actions(), end) or (
        bool(adverb) and text.startswith(_alias_actions(), end + len(adverb))
    )


@functools.cache
def _province_forms(province: str) -> tuple[str, ...]:
    """A province's full name and short form (河南省, 河南), whether or not the short
    form is on the stop list: next to a county's name it is the province."""
    aliases = [p.alias for p in lookup(province) if p.level == "province" and p.alias]
    return (province, *aliases)


def _names_site(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the stem of a website's name (中国宁波网,
    宁波网讯): the site's banner, not the place the article is about."""
    suffixes = site_suffixes()
    if not text.startswith(suffixes, end):
        return False  # no suffix follows (most names): one C call instead of one per suffix
    return any(
        text.startswith(suffix, end) and names_site_at(text, end + len(suffix))
        for suffix in suffixes
    )


@functools.cache
def _feature_suffixes() -> tuple[str, ...]:
    """洪湖流域: the lake, not 洪湖市 (short forms only; a full name is the division)."""
    return stop_words_longest_first("feature_suffixes")


# What turns a derived later name's level character into a word: a county-level city's 市
# (市场 market, 市面, 市值), a district's 区 (区域 area, 区间, 区别, 区块, 区分).
_LATER_NAME_NOT_BEFORE = {"市": ("场", "面", "值", "价"), "区": ("域", "间", "别", "块", "分")}


def _keep_hit(text: str, start: int, end: int, is_full: bool, g: Table) -> bool:
    if _names_site(text, end):
        return False
    surface = text[start:end]
    if not is_full and (names_institution(text, end) or text.startswith(_feature_suffixes(), end)):
        return False
    if not is_full and in_byline_name(text, start, end):
        return False  # 作者 王新平, 区委书记张平阳: a person's given name
    if surface in g.later_names and text.startswith(_LATER_NAME_NOT_BEFORE[surface[-1]], end):
        return False  # 永和市场: 永和's market, not a city
    cands = g.by_full[surface] if is_full else g.by_alias[surface]
    if _is_risky(surface, cands, is_full):
        if is_full and start > 0 and word_freq().get(text[start - 1 : start + 1], 0) > 0:
            return False  # 信义县: the stem ends a word (信义), a longer name's tail
        return not _inside_word(text, start, end)
    # A province's or city's short form counts wherever it stands as a word; a common word
    # crossing it (世界上海拔: 海拔 over 上海) asks the segmenter which reading wins
    # (长沙|发展 stays a place, 世界|上|海拔 is none).
    return is_full or not _inside_word(text, start, end) or _segmented_as_word(text, start, end)


# Characters of context on each side of a short form when segmenting it.
SEGMENT_WINDOW_CHARS = 4


def _segmented_as_word(text: str, start: int, end: int) -> bool:
    """Whether jieba's segmentation (no HMM) of the short form's context puts word
    boundaries at both ends of text[start:end]."""
    word_freq()  # jieba loaded with the genre's words
    import jieba

    lo = max(0, start - SEGMENT_WINDOW_CHARS)
    bounds = {lo}
    at = lo
    for word in jieba.lcut(text[lo : end + SEGMENT_WINDOW_CHARS], HMM=False):
        at += len(word)
        bounds.add(at)
    return start in bounds and end in bounds


def _add_stopped_before_action(
    text: str, mentions: list[PlaceMention], g: Table
) -> list[PlaceMention]:
    """Add the places named by a stop-listed short form opening a clause right before
    what a division does (，日照选派100名…, 长治召开…): sunshine does not send cadres.
    The highest level of that name is meant (日照市, not a county)."""
    starts = {m.start for m in mentions}
    added = []
    # A short form occurs only where its first two characters do (:attr:`Table.stopped_starts`
    # finds every place where those of some short form may stand); searching for the
    # others would find nothing, so they are skipped.
    pairs = {text[m.start() : m.start() + 2] for m in g.stopped_starts.finditer(text)}
    if not pairs:
        return mentions  # no short form can stand in the text (most sentences)
    for surface, cands in g.stopped.items():
        if surface[:2] not in pairs:
            continue
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            opens = at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff"
            if opens and at not in starts and _acts_at(text, end):
                top = min(LEVEL_RANK[p.level] for p in cands)
                tops = [p for p in cands if LEVEL_RANK[p.level] == top]
                if len(tops) == 1:
                    p = tops[0]
                    added.append(PlaceMention(p.name, p.level, p.province, p.city, at, end))
            at = text.find(surface, end)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _add_stopped_after_city(
    text: str, mentions: list[PlaceMention], g: Table
) -> list[PlaceMention]:
    """Add the districts named by a stop-listed short or full name right after their
    city (南京市鼓楼地区, 攀枝花市西区): there the name is the district, not the word.
    Right after its province (新疆青河“回炉墩苗”) it is the county when the text also
    names that county in full (新疆青河县把…): a headline's usual form."""
    starts = {m.start for m in mentions}
    added = []
    for m in mentions:
        if m.level not in ("city", "province") or m.end in starts:
            continue
        for length in range(STOPPED_ALIAS_MAX_CHARS, MIN_SURFACE_CHARS - 1, -1):
            surface = text[m.end : m.end + length]
            found = [
                p
                for p in (*g.stopped.get(surface, ()), *g.stopped_names.get(surface, ()))
                if p.city == m.name or (p.province == m.name and p.name in text)
            ]
            if len(surface) == length and len(found) == 1:
                p = found[0]
                added.append(
                    PlaceMention(p.name, p.level, p.province, p.city, m.end, m.end + length)
                )
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _add_stopped_with_organ(
    text: str, mentions: list[PlaceMention], g: Table, named: set[str]
) -> list[PlaceMention]:
    """Add every occurrence of a stop-listed name (郊区) in a text that also writes it
    with its own organ (郊区区委组织部, 矿区区政府): that text is about the division."""
    added = []
    covered = [(m.start, m.end) for m in mentions]
    for name, cands in g.stopped_names.items():
        if not written_with_own_organ(text, name):
            continue
        place = _pick(cands, named, True)
        if place is None:
            continue
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if not any(lo < end and at < hi for lo, hi in covered):
                added.append(
                    PlaceMention(place.name, place.level, place.province, place.city, at, end)
                )
            at = text.find(name, end)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# find_places is pure (the table and jieba's dictionary are fixed once loaded), and one
# article asks about the same text several times (the cleaner's checks, the compare
# stage's sentence places, and counted_place once per number of a sentence: about 60%
# of the calls and half the characters repeat a text of the last few calls).  The
# memo holds the texts of about one article, so its size does not grow with a corpus.
PLACES_CACHE_SIZE = 128


def find_places(text: str) -> list[PlaceMention]:
    """Places named in a simplified text, in document order, without overlaps."""
    # a new list per call: callers may reorder or extend theirs (the mentions are frozen)
    return list(_find_places(text))


@functools.lru_cache(maxsize=PLACES_CACHE_SIZE)
def _find_places(text: str) -> tuple[PlaceMention, ...]:
    g = table()
    hits = [
        (start, end, is_full)
        for start, end, is_full in _scan(text, g)
        if _keep_hit(text, start, end, is_full, g)
    ]
    hits = without_roads(text, hits)
    named = _context_names(text, hits, g)
    siblings = _sibling_cities(named, g)
    voiced_later: dict[str, str] = {}
    unvouched = _unvouched_aliases(text, hits, g, voiced_later)
    homonyms = _homonyms_by_level(text, hits, g)
    out = []
    for start, end, is_full in hits:
        surface = text[start:end]
        cands = g.by_full[surface] if is_full else g.by_alias[surface]
        place = _pick(cands, named, is_full, surface in unvouched, siblings)
        if place is None and not is_full:
            place = homonyms.get(surface)
        if place is not None and surface in voiced_later:
            # the text speaks as the district the county became (全区, 区委): that place
            later_place = g.by_full[voiced_later[surface]][0]
            place = replace(later_place, name=voiced_later[surface])
        if place is not None:
            out.append(
                PlaceMention(place.name, place.level, place.province, place.city, start, end)
            )
    out = _add_stopped_after_city(text, out, g)
    out = _add_stopped_before_action(text, out, g)
    out = _add_stopped_with_organ(text, out, g, named)
    out = vouched_later_names(text, out, g)
    # A text that writes 华亭市 means the city by its other mentions too (华亭, 华亭县).
    renamed = {g.later_names[m.name]: m.name for m in out if m.name in g.later_names}
    if renamed:
        out = [replace(m, name=renamed[m.name]) if m.name in renamed else m for m in out]
    return tuple(out)
