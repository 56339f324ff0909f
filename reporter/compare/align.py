"""Stage 5 across articles: the comparison per mechanism and locality, and the summary.

For each mechanism (taxonomy order) and each article where it is present, the evidence and
the facts linked to it are grouped by the locality they are about (the article's primary
locality, else its id, when the text names none).  One :class:`ComparisonRow` per locality,
rows ordered by locality name: who (ranks), how many (officials acted on), how long
(durations and frequencies of the work), where (projects and kinds of work named in the
evidence), result (facts whose role is a result) and the strongest quotes; see
:func:`fact_column`.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

from reporter.compare.facts import DEADLINE, WINDOW
from reporter.compare.model import (
    Alignment,
    ArticleAnalysis,
    Citation,
    ComparisonRow,
    Fact,
    MechanismComparison,
)
from reporter.compare.practices import other_practices
from reporter.compare.resources import lexicon, practice_patterns
from reporter.compare.similarity import similarities
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document, Summary

# Quotes per row: the strongest evidence, enough to compare wording across places.
MAX_ROW_QUOTES = 3
# Facts per column of a row, in document order: a table cell, not a list.
MAX_ROW_FACTS = 8
# Places and projects per row.
MAX_WHERE = 6

# A column holds facts of one kind only, so a reader can compare down it:
# how many = head counts of officials acted on (选派, 提拔, 培训, 调整, 表彰) — not party
# members reporting to their community (在职党员), households or teams;
# how long = durations and frequencies of the work (a term or a limit: 为期一年, 不少于20天)
# — not deadlines (两天内到岗), look-back windows (近两年来), goals or anniversaries;
# result = what was achieved (完成率 30% -> 83%, 拆除240多万平米) — not a score's weight
# (成绩占50%), a goal (力争100亿元) or a count that only describes (全区12个社区).
# Other facts stay in brief.json and the article cards.
_OFFICIALS_COUNTED = frozenset({"干部"})
_ACT_ROLES = frozenset({"deployed", "promoted", "trained", "adjusted", "awarded"})
_NOT_HOW_LONG_ROLES = frozenset({"anniversary", "target", "weight"})
_RESULT_ROLE = "result"


def fact_column(f: Fact) -> str | None:
    """The comparison column a fact belongs in, or None when it fits none."""
    if f.kind == "rank":
        return "who"
    if f.kind == "officials":
        officials = f.counts in _OFFICIALS_COUNTED or f.counts_detail in _OFFICIALS_COUNTED
        return "how_many" if officials and f.role in _ACT_ROLES else None
    if f.kind in ("duration", "frequency"):
        if f.role in _NOT_HOW_LONG_ROLES or f.counts_detail in (DEADLINE, WINDOW):
            return None
        return "how_long"
    return "result" if f.role == _RESULT_ROLE else None


@dataclass
class _Row:
    article_ids: list[str] = field(default_factory=list)
    columns: dict[str, list[Fact]] = field(default_factory=dict)
    # (-score, article position, sentence index, article id, sentence): Citations are
    # made for the strongest few only
    quotes: list[tuple[float, int, int, str, str]] = field(default_factory=list)
    where: list[str] = field(default_factory=list)


def where_terms(text: str) -> tuple[str, ...]:
    """The kinds of work and of posts the sentence names (data: [where] task_terms)."""
    return tuple(m.group() for m in practice_patterns().task.finditer(text))


def _row_label(doc: Document) -> str:
    return doc.article.metadata.primary_locality or doc.id


def _rows(
    ids: Sequence[str],
    labels: Sequence[str],
    analyses: Sequence[ArticleAnalysis],
    mechanism_ids: Sequence[str],
) -> dict[str, dict[str, _Row]]:
    """mechanism id -> locality -> its row, in one pass over the articles (``labels``:
    each article's fallback locality)."""
    rows: dict[str, dict[str, _Row]] = {mid: {} for mid in mechanism_ids}
    for n, (article_id, fallback, analysis) in enumerate(zip(ids, labels, analyses, strict=True)):
        present = {
            d.mechanism_id: d for d in analysis.detections if d.present and d.mechanism_id in rows
        }
        if not present:
            continue
        where = dict(analysis.where) if analysis.where else {}
        for mid, detection in present.items():
            by_locality = rows[mid]
            for e in detection.evidence:
                row = by_locality.setdefault(e.locality or fallback, _Row())
                row.article_ids.append(article_id)
                row.quotes.append((-e.score, n, e.sentence_index, article_id, e.text))
                row.where.extend(where.get(e.sentence_index, ()))
        for f in analysis.facts:
            name = fact_column(f)
            for mid in f.mechanism_ids:
                if mid in present:
                    # a fact outside every column still places its locality in the row
                    row = rows[mid].setdefault(f.locality or fallback, _Row())
                    row.article_ids.append(article_id)
                    if name is not None:
                        row.columns.setdefault(name, []).append(f)
    return rows


def _comparison(
    mechanism_id: str, rows: dict[str, _Row], order: dict[str, int]
) -> MechanismComparison:
    out = []
    for locality in sorted(rows):
        row = rows[locality]

        def column(name: str, row: _Row = row) -> tuple[Fact, ...]:
            facts = row.columns.get(name, [])
            # a rank is listed once per row; numbers once per sentence and span
            unique = {
                (f.label,)
                if f.kind == "rank"
                else (f.article_id, f.sentence_index, f.text, f.kind): f
                for f in reversed(facts)
            }
            return tuple(
                heapq.nsmallest(
                    MAX_ROW_FACTS,
                    unique.values(),
                    key=lambda f: (order[f.article_id], f.sentence_index),
                )
            )

        quotes = tuple(
            Citation(q[3], q[2], q[4])
            for q in heapq.nsmallest(MAX_ROW_QUOTES, row.quotes, key=lambda q: q[:3])
        )
        out.append(
            ComparisonRow(
                locality=locality,
                article_ids=tuple(sorted(set(row.article_ids), key=order.__getitem__)),
                who=column("who"),
                how_many=column("how_many"),
                how_long=column("how_long"),
                where=tuple(dict.fromkeys(row.where))[:MAX_WHERE],
                result=column("result"),
                quotes=quotes,
            )
        )
    return MechanismComparison(mechanism_id, tuple(out))


def compare_mechanism(
    mechanism_id: str, docs: Sequence[Document], analyses: Sequence[ArticleAnalysis]
) -> MechanismComparison:
    """The comparison by locality of one mechanism across ``docs``."""
    ids = [d.id for d in docs]
    rows = _rows(ids, [_row_label(d) for d in docs], analyses, [mechanism_id])
    return _comparison(mechanism_id, rows[mechanism_id], {a: i for i, a in enumerate(ids)})


def align(
    docs: Sequence[Document],
    analyses: Sequence[ArticleAnalysis],
    summaries: Sequence[Summary],
    taxonomy: Taxonomy,
) -> Alignment:
    """Everything the brief compares across ``docs`` (``analyses`` in the same order).

    Of a document only its id and primary locality are read: what needs the text (the
    words for similarity, the practice names) was taken per article by ``analyze``, so
    the caller may hold documents without their sentences.  ``summaries`` are not
    needed: similarity uses every sentence, not the summary, so it does not change with
    the summary length.
    """
    del summaries
    lexicon()  # fail early, naming the data file, if the word lists are broken
    ids = [d.id for d in docs]
    mechanism_ids = [m.id for m in taxonomy.mechanisms]
    present: dict[str, list[str]] = {mid: [] for mid in mechanism_ids}
    for a in analyses:
        for d in a.detections:
            if d.present and d.mechanism_id in present:
                present[d.mechanism_id].append(a.article_id)
    rows = _rows(ids, [_row_label(d) for d in docs], analyses, mechanism_ids)
    order = {a: i for i, a in enumerate(ids)}
    several = len(analyses) >= 2
    shared = tuple(mid for mid in mechanism_ids if several and len(present[mid]) == len(analyses))
    unique = tuple(
        (mid, present[mid][0]) for mid in mechanism_ids if several and len(present[mid]) == 1
    )
    return Alignment(
        mechanisms=taxonomy.mechanisms,
        analyses=tuple(analyses),
        comparisons=tuple(_comparison(mid, rows[mid], order) for mid in mechanism_ids),
        shared=shared,
        unique=unique,
        similarity=similarities(ids, analyses),
        other_practices=other_practices(ids, analyses),
        taxonomy_sources=taxonomy.sources,
    )
