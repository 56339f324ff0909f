"""When each locality is reported using each mechanism: the brief's timeline.

One entry per article and mechanism present in it, for every article with a known date
(its publication date, else its re-post date: :func:`reporter.corpus.filters.article_date`),
sorted by date.  The place of an entry is the article's primary locality (else the
first place it names; None when it names none).  ``brief.json`` lists the entries as
``timeline``; the brief draws them (:mod:`reporter.render.view.timeline`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reporter.compare.model import ArticleAnalysis
from reporter.corpus.filters import article_date
from reporter.models import Document


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str  # YYYY-MM-DD
    locality: str | None
    mechanism: str  # mechanism id
    article_id: str


def article_place(doc: Document) -> str | None:
    """The place an article is filed under on the timeline."""
    meta = doc.article.metadata
    if meta.primary_locality:
        return meta.primary_locality
    return meta.localities[0].name if meta.localities else None


def build_timeline(
    docs: Sequence[Document], analyses: Sequence[ArticleAnalysis], mechanism_ids: Sequence[str]
) -> tuple[TimelineEntry, ...]:
    """The entries, sorted by date, then place, mechanism (taxonomy order) and article."""
    order = {m: i for i, m in enumerate(mechanism_ids)}
    analysis_of = {a.article_id: a for a in analyses}
    entries: list[TimelineEntry] = []
    for doc in docs:
        date = article_date(doc)
        analysis = analysis_of.get(doc.id)
        if date is None or analysis is None:
            continue
        place = article_place(doc)
        for d in analysis.detections:
            if d.present:
                entries.append(TimelineEntry(date, place, d.mechanism_id, doc.id))
    entries.sort(
        key=lambda e: (e.date, e.locality or "", order.get(e.mechanism, len(order)), e.article_id)
    )
    return tuple(entries)


@dataclass(frozen=True)
class Stop:
    """A place on a mechanism's line: the first year it is reported using it."""

    year: str
    locality: str
    article_ids: tuple[str, ...]  # the articles of that year and place


def mechanism_stops(entries: Sequence[TimelineEntry], mechanism_id: str) -> tuple[Stop, ...]:
    """Each place's first year with ``mechanism_id``, in date order (undated places and
    entries without a place are not on the line)."""
    first: dict[str, TimelineEntry] = {}
    ids: dict[tuple[str, str], list[str]] = {}
    for e in entries:
        if e.mechanism != mechanism_id or e.locality is None:
            continue
        first.setdefault(e.locality, e)
        year = first[e.locality].date[:4]
        if e.date[:4] == year:
            ids.setdefault((e.locality, year), []).append(e.article_id)
    ordered = sorted(first.values(), key=lambda e: (e.date, e.locality or ""))
    return tuple(
        Stop(e.date[:4], e.locality or "", tuple(ids[(e.locality or "", e.date[:4])]))
        for e in ordered
    )
