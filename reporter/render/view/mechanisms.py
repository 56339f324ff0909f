"""The mechanism comparison: per mechanism, a table of the localities that report it
(who, how many, how long, where, result) with quotes of the evidence."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from reporter.compare.model import (
    Citation,
    ComparisonRow,
    Fact,
    MechanismComparison,
)
from reporter.render.view.base import Builder, FactView, MechanismLabel, Quote, present

# Quotes per locality in a mechanism table: the strongest one carries the point on paper;
# the screen has room for a second.
MAX_QUOTES_PER_ROW = {"print": 1, "screen": 2}


# Facts per cell in a mechanism table; more are in brief.json and the article card.
MAX_FACTS_PER_CELL = 3


# Localities per mechanism in the comparison, strongest evidence first: eight rows keep
# a mechanism to a page or two; the rest are counted.
MAX_LOCALITIES_PER_MECHANISM = {"print": 8, "screen": 20}
# Article ids under a locality in a comparison row (a locality of a large corpus has
# hundreds); the rest are counted ("等 58 篇").
MAX_IDS_PER_ROW = 3


@dataclass(frozen=True)
class ComparisonRowView:
    """One locality in a mechanism's table: its facts per column and its quotes."""

    locality: str
    article_ids: tuple[str, ...]  # short ids (at most MAX_IDS_PER_ROW)
    who: tuple[FactView, ...]
    how_many: tuple[FactView, ...]
    how_long: tuple[FactView, ...]
    where: tuple[str, ...]
    result: tuple[FactView, ...]
    quotes: tuple[Quote, ...]
    ids_total: int = 0  # the locality's articles showing the mechanism
    ids_more: int = 0  # of which not listed in ``article_ids``


@dataclass(frozen=True)
class MechanismSection:
    """One mechanism's comparison table (template partial ``sections/mechanisms.html``)."""

    mechanism: MechanismLabel
    rows: tuple[ComparisonRowView, ...]  # strongest first when some are cut
    total: int = 0  # localities showing the mechanism
    more: int = 0  # of which not listed (MAX_LOCALITIES_PER_MECHANISM)


def _row_view(b: Builder, row: ComparisonRow, mechanism_id: str) -> ComparisonRowView:
    def facts(items: Sequence[Fact]) -> tuple[FactView, ...]:
        return tuple(b.fact(f) for f in items[:MAX_FACTS_PER_CELL])

    ids = row.article_ids
    shown = ids[:MAX_IDS_PER_ROW]
    if len(ids) > MAX_IDS_PER_ROW:
        # Articles the reader can open (a card) first, then the strongest evidence;
        # the first few of the sorted order (nsmallest is sorted()[:n], stable) without
        # sorting a large corpus's thousands.
        shown = tuple(
            heapq.nsmallest(
                MAX_IDS_PER_ROW,
                ids,
                key=lambda a: (a not in b.carded, -_score_of(b, a, mechanism_id)),
            )
        )
    return ComparisonRowView(
        locality=row.locality,
        article_ids=tuple(b.sid(a) for a in shown),
        who=facts(row.who),
        how_many=facts(row.how_many),
        how_long=facts(row.how_long),
        where=row.where[:MAX_FACTS_PER_CELL],
        result=facts(row.result),
        quotes=tuple(
            b.quote(q.article_id, q.sentence_index, q.text, mechanism_id)
            for q in row.quotes[: MAX_QUOTES_PER_ROW[b.mode]]
        ),
        ids_total=len(ids),
        ids_more=max(0, len(ids) - MAX_IDS_PER_ROW),
    )


_NO_SCORES: dict[str, float] = {}


def _score_of(b: Builder, article_id: str, mechanism_id: str) -> float:
    return b.scores.get(article_id, _NO_SCORES).get(mechanism_id, 0.0)


def _strongest_rows(
    b: Builder, rows: Sequence[ComparisonRow], mechanism_id: str
) -> list[ComparisonRow]:
    """The localities to show, at most MAX_LOCALITIES_PER_MECHANISM: when some must go,
    those with the strongest evidence (best detection score of their articles, then
    the facts they bring), strongest first; otherwise all, in the alignment's order."""
    limit = MAX_LOCALITIES_PER_MECHANISM[b.mode]
    if len(rows) <= limit:
        return list(rows)

    def strength(row: ComparisonRow) -> tuple[float, int, int, str]:
        best = max((_score_of(b, a, mechanism_id) for a in row.article_ids), default=0.0)
        n_facts = len(row.who) + len(row.how_many) + len(row.how_long) + len(row.result)
        return (-best, -n_facts, -len(row.article_ids), row.locality)

    return sorted(rows, key=strength)[:limit]


def _fallback_rows(b: Builder, mechanism_id: str) -> list[ComparisonRow]:
    """Rows from the detections alone, when the alignment has no comparison for a
    mechanism: one per article showing it, with its strongest evidence as the quote."""
    rows = []
    for a in b.brief.alignment.analyses:
        if not present(a, mechanism_id):
            continue
        det = a.detection(mechanism_id)
        rows.append(
            ComparisonRow(
                locality=b.locality.get(a.article_id, a.article_id),
                article_ids=(a.article_id,),
                who=(),
                how_many=(),
                how_long=(),
                where=(),
                result=(),
                quotes=tuple(
                    Citation(a.article_id, e.sentence_index, e.text) for e in det.evidence
                ),
            )
        )
    return sorted(rows, key=lambda r: r.locality)


def build_mechanisms(
    b: Builder,
) -> tuple[tuple[MechanismSection, ...], tuple[MechanismLabel, ...]]:
    by_id: dict[str, MechanismComparison] = {
        c.mechanism_id: c for c in b.brief.alignment.comparisons
    }
    sections: list[MechanismSection] = []
    absent: list[MechanismLabel] = []
    for m in b.mechs:
        comp = by_id.get(m.id)
        rows = list(comp.rows) if comp and comp.rows else _fallback_rows(b, m.id)
        if not rows:
            absent.append(m)
            continue
        shown = _strongest_rows(b, rows, m.id)
        sections.append(
            MechanismSection(
                m,
                tuple(_row_view(b, r, m.id) for r in shown),
                total=len(rows),
                more=len(rows) - len(shown),
            )
        )
    return tuple(sections), tuple(absent)
