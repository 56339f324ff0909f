"""Which place each sentence is about.

Places come from the gazetteer (:func:`reporter.text.gazetteer.find_places`), run once over the
cleaned article text.  A sentence is about the place in subject position (opening a
clause, as in "深圳市选派90名干部"; a district right after its city shares its city's
position), then the most specific place it names (a district over its city), the first
one on a tie.  A place right after "赴/到/前往" is where officials went, one after "学习/
借鉴/对标" a comparison, one after "在" with a venue word behind it a venue, one before
"等" an example (:func:`reporter.compare.actors.is_elsewhere`): none of them acted, and they
are kept apart as destinations; a sentence that names only destinations is about the
article's primary locality (its own officials went there).  A
sentence that names no place takes the nearest place named before it in its paragraph, else
the first named after it in its paragraph, else the article's primary locality.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from reporter.compare.actors import is_elsewhere, subject_starts
from reporter.compare.place_resources import DATELINE_AFTER
from reporter.compare.resources import CLAUSE, SCOPE_WORD, destination_before
from reporter.models import Document
from reporter.text.gazetteer import lookup

# A destination marker sits right before the place ("赴梅河口市"); two characters cover
# "前往" and "奔赴".
DESTINATION_LOOKBACK = 2

_LEVEL_RANK = {"province": 1, "city": 2, "district": 3}
# The level a scope word names (全省: the province; 全市, 全州, 全盟: the city level).
# 全县 and 全旗 are left out: they name a county's own total.
_SCOPE_LEVEL = {"省": "province", "市": "city", "州": "city", "盟": "city", "区": "province"}
# 全区 names a province-level autonomous region only in one (西藏自治区, 广西壮族自治区), and
# only in a story about a place that is no 区 itself nor under a 地区 (和田地区).
_REGION = "区"
_AUTONOMOUS_REGION = "自治区"
# Characters a scope word may stand before its number ("全省各级共选派驻村第一书记2900
# 多名": 12); farther, the clause has moved on to another subject.
MAX_SCOPE_GAP = 12
# A scope word in a clause before the number's, with no place named between: the
# sentence's opening clause of time or campaign ("自2011年全区开展“创先争优”活动以来，每年
# 都有……": 30 characters); farther, it frames another statement.
MAX_SCOPE_SPAN = 40


class PlaceLike(Protocol):
    """The part of ``reporter.text.gazetteer.PlaceMention`` this module reads."""

    @property
    def name(self) -> str: ...
    @property
    def level(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


FindPlaces = Callable[[str], Sequence[PlaceLike]]


def _gazetteer() -> FindPlaces | None:
    """The gazetteer's finder; ``None`` while that module is not installed."""
    try:
        module = importlib.import_module("reporter.text.gazetteer")
    except ModuleNotFoundError as exc:
        if exc.name in {"reporter.text.gazetteer", "reporter"}:
            return None
        raise
    finder: FindPlaces = module.find_places
    return finder


@dataclass(frozen=True)
class SentencePlaces:
    locality: str | None  # what the sentence is about (after the fallbacks)
    named: str | None  # the place the sentence itself names, if any
    destinations: tuple[str, ...]  # places officials went to, in text order


def _pick(mentions: Sequence[PlaceLike], subjects: set[int]) -> str | None:
    """The subject's place, then the most specific, then the first (``subjects``: the
    starts of the mentions in subject position)."""
    if not mentions:
        return None
    best = min(
        mentions,
        key=lambda m: (m.start not in subjects, -_LEVEL_RANK.get(m.level, 0), m.start),
    )
    return best.name


def sentence_places(
    doc: Document, find_places: FindPlaces | None = None
) -> tuple[SentencePlaces, ...]:
    """One :class:`SentencePlaces` per sentence of ``doc``, in order."""
    finder = find_places or _gazetteer()
    text = doc.article.text
    mentions = sorted(finder(text), key=lambda m: (m.start, m.end)) if finder else []
    # a dateline's place (南宁讯 …，广西…选派): where the story was filed, not its subject
    mentions = [m for m in mentions if DATELINE_AFTER.match(text, m.end) is None]
    marker = destination_before()
    subjects = subject_starts(text, mentions)
    named: list[str | None] = []
    dests: list[tuple[str, ...]] = []
    j = 0
    for s in doc.sentences:
        while j < len(mentions) and mentions[j].start < s.start:
            j += 1
        inside: list[PlaceLike] = []
        k = j
        while k < len(mentions) and mentions[k].start < s.end:
            inside.append(mentions[k])
            k += 1
        # one look-behind per mention; no membership test on a list (a sentence of
        # megabytes without punctuation holds tens of thousands of mentions)
        went = [
            marker.search(text[max(0, m.start - DESTINATION_LOOKBACK) : m.start]) is not None
            or is_elsewhere(text, m.start, m.end)
            for m in inside
        ]
        named.append(_pick([m for m, w in zip(inside, went, strict=True) if not w], subjects))
        dests.append(tuple(dict.fromkeys(m.name for m, w in zip(inside, went, strict=True) if w)))
    primary = doc.article.metadata.primary_locality
    before, after = _nearest_named(doc, named)
    out: list[SentencePlaces] = []
    for i in range(len(doc.sentences)):
        loc = named[i]
        if loc is None and dests[i]:
            # "全区干部赴梅河口市学习": those who went are the article's own people
            out.append(SentencePlaces(primary, None, dests[i]))
            continue
        # else the nearest place named earlier in its paragraph, else later in it
        loc = loc or before[i] or after[i]
        out.append(SentencePlaces(loc or primary, named[i], dests[i]))
    return tuple(out)


def _nearest_named(
    doc: Document, named: list[str | None]
) -> tuple[list[str | None], list[str | None]]:
    """Per sentence, the place named by the nearest sentence before it and after it in
    the same paragraph (None if none): one pass each way, not a search per sentence
    (a paragraph of 10,000 sentences naming no place made that quadratic)."""
    n = len(doc.sentences)
    before: list[str | None] = [None] * n
    after: list[str | None] = [None] * n
    for order, out in ((range(n), before), (range(n - 1, -1, -1), after)):
        seen: str | None = None
        paragraph = -1
        for i in order:
            if doc.sentences[i].paragraph != paragraph:
                paragraph, seen = doc.sentences[i].paragraph, None
            out[i] = seen
            if named[i] is not None:
                seen = named[i]
    return before, after


def sentence_mentions(sentence: str) -> Sequence[PlaceLike]:
    """The gazetteer's places in ``sentence``; none while the gazetteer is not installed."""
    finder = _gazetteer()
    return finder(sentence) if finder else ()


def counted_place(
    sentence: str,
    start: int,
    locality: str | None,
    end: int | None = None,
    mentions: Sequence[PlaceLike] | None = None,
) -> str | None:
    """The place a number at ``start:end`` of ``sentence`` counts for, its sentence being
    about ``locality``.

    A place written right after the number names whose people it counts ("139名新疆维吾尔
    自治区机关干部乘坐乌鲁木齐开往和田的列车": the region's officials, whatever city the
    sentence also names): that place.

    A scope word that names a level above ``locality`` makes it that level's number: the
    province or city the gazetteer files ``locality`` under, never the county itself (a
    province's total credited to a county was ranked as the county's deployment).  The
    word stands in the number's clause ("全省2900多名驻村第一书记" in a story about 霞浦县),
    or opens the sentence with no place named before the number ("自2011年全区开展……活动
    以来，每年都有两万多名干部进驻"). When the gazetteer cannot say which parent (a name of
    several places with different parents), ``None``: no place is named.

    ``mentions``: the gazetteer's places in ``sentence`` (:func:`sentence_mentions`),
    when the caller has them (a sentence with several numbers asks for each); ``None``:
    found here.
    """
    if end is not None:
        if mentions is None:
            mentions = sentence_mentions(sentence)
        owner = next((m for m in mentions if m.start == end), None)
        if owner is not None:
            return owner.name
    if locality is None:
        return None
    clause = next((m for m in CLAUSE.finditer(sentence) if m.start() <= start < m.end()), None)
    if clause is None:
        return locality
    words = [
        m
        for m in SCOPE_WORD.finditer(sentence, 0, start)
        if (
            start - m.end() <= MAX_SCOPE_GAP
            if m.start() >= clause.start()
            else start - m.end() <= MAX_SCOPE_SPAN and not _names_place(sentence[m.end() : start])
        )
    ]
    if not words:
        return locality
    word = words[-1].group(1)
    if locality.endswith(word):
        return locality  # 全市 in a story about 曲阜市: a county-level city's own total
    places = lookup(locality)
    level = _SCOPE_LEVEL[word]
    if word == _REGION and not all(
        (p.province or "").endswith(_AUTONOMOUS_REGION) and not (p.city or "").endswith(word)
        for p in places
    ):
        return locality  # 全区: a district's own total, or a prefecture's (和田地区)
    if not places or all(_LEVEL_RANK[p.level] <= _LEVEL_RANK[level] for p in places):
        return locality  # the place is that level itself (or unknown): its own total
    parents = {p.province if level == "province" else p.city or p.province for p in places}
    return parents.pop() if len(parents) == 1 else None


def _names_place(text: str) -> bool:
    finder = _gazetteer()
    return finder is not None and bool(finder(text))


def contains(wider: str, place: str) -> bool:
    """Whether the gazetteer files every place named ``place`` under ``wider`` (its
    province or its city): 福建省 contains 霞浦县."""
    places = lookup(place)
    return bool(places) and all(wider in (p.province, p.city) for p in places)
