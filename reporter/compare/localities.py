"""Which place each sentence is about.

Places come from the gazetteer (:func:`reporter.gazetteer.find_places`), run once over the
cleaned article text.  A sentence is about the place in subject position (opening a
clause, as in "深圳市选派90名干部"; a district right after its city shares its city's
position), then the most specific place it names (a district over its city), the first
one on a tie.  A place right after "赴/到/前往" is where officials went, one after "学习/
借鉴/对标" a comparison, one after "在" with a venue word behind it a venue, one before
"等" an example (:func:`reporter.locality.is_elsewhere`): none of them acted, and they
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

from reporter.compare.resources import destination_before
from reporter.locality import is_elsewhere, subject_starts
from reporter.models import Document

# A destination marker sits right before the place ("赴梅河口市"); two characters cover
# "前往" and "奔赴".
DESTINATION_LOOKBACK = 2

_LEVEL_RANK = {"province": 1, "city": 2, "district": 3}


class PlaceLike(Protocol):
    """The part of ``reporter.gazetteer.PlaceMention`` this module reads."""

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
        module = importlib.import_module("reporter.gazetteer")
    except ModuleNotFoundError as exc:
        if exc.name in {"reporter.gazetteer", "reporter"}:
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
        actors = [
            m
            for m in inside
            if not marker.search(text[max(0, m.start - DESTINATION_LOOKBACK) : m.start])
            and not is_elsewhere(text, m.start, m.end)
        ]
        named.append(_pick(actors, subjects))
        dests.append(tuple(dict.fromkeys(m.name for m in inside if m not in actors)))
    primary = doc.article.metadata.primary_locality
    out: list[SentencePlaces] = []
    for i, s in enumerate(doc.sentences):
        loc = named[i]
        if loc is None and dests[i]:
            # "全区干部赴梅河口市学习": those who went are the article's own people
            out.append(SentencePlaces(primary, None, dests[i]))
            continue
        if loc is None:
            for b in range(i - 1, -1, -1):
                if doc.sentences[b].paragraph != s.paragraph:
                    break
                if named[b] is not None:
                    loc = named[b]
                    break
        if loc is None:
            for f in range(i + 1, len(doc.sentences)):
                if doc.sentences[f].paragraph != s.paragraph:
                    break
                if named[f] is not None:
                    loc = named[f]
                    break
        out.append(SentencePlaces(loc or primary, named[i], dests[i]))
    return tuple(out)
