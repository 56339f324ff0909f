"""Stage 5 across articles: the comparison per mechanism and locality, and the summary.

For each mechanism (taxonomy order) and each article where it is present, the evidence and
the facts linked to it are grouped by the locality they are about (the article's primary
locality, else its id, when the text names none).  One :class:`ComparisonRow` per locality,
rows ordered by locality name: who (ranks), how many (officials), how long (durations and
frequencies), where (projects and kinds of work named in the evidence), result (changes,
percentages, areas, money, counts) and the strongest quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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

_COLUMN = {
    "rank": "who",
    "officials": "how_many",
    "duration": "how_long",
    "frequency": "how_long",
    "change": "result",
    "percentage": "result",
    "area": "result",
    "money": "result",
    "count": "result",
}


@dataclass
class _Row:
    article_ids: list[str] = field(default_factory=list)
    columns: dict[str, list[Fact]] = field(default_factory=dict)
    quotes: list[tuple[float, int, int, Citation]] = field(default_factory=list)
    where: list[str] = field(default_factory=list)


def _where(text: str) -> list[str]:
    """The kinds of work and of posts the sentence names (data: [where] task_terms)."""
    return [m.group() for m in practice_patterns().task.finditer(text)]


def _row_label(doc: Document) -> str:
    return doc.article.metadata.primary_locality or doc.id


def compare_mechanism(
    mechanism_id: str, docs: Sequence[Document], analyses: Sequence[ArticleAnalysis]
) -> MechanismComparison:
    rows: dict[str, _Row] = {}
    for n, (doc, analysis) in enumerate(zip(docs, analyses, strict=True)):
        detection = analysis.detection(mechanism_id)
        if not detection.present:
            continue
        fallback = _row_label(doc)
        for e in detection.evidence:
            row = rows.setdefault(e.locality or fallback, _Row())
            row.article_ids.append(doc.id)
            row.quotes.append(
                (-e.score, n, e.sentence_index, Citation(doc.id, e.sentence_index, e.text))
            )
            row.where.extend(_where(e.text))
        for f in analysis.facts:
            if mechanism_id in f.mechanism_ids:
                row = rows.setdefault(f.locality or fallback, _Row())
                row.article_ids.append(doc.id)
                row.columns.setdefault(_COLUMN.get(f.kind, "result"), []).append(f)
    order = {d.id: i for i, d in enumerate(docs)}
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
            ranked = sorted(unique.values(), key=lambda f: (order[f.article_id], f.sentence_index))
            return tuple(ranked[:MAX_ROW_FACTS])

        quotes = tuple(q[3] for q in sorted(row.quotes, key=lambda q: q[:3]))[:MAX_ROW_QUOTES]
        out.append(
            ComparisonRow(
                locality=locality,
                article_ids=tuple(sorted(set(row.article_ids), key=lambda a: order[a])),
                who=column("who"),
                how_many=column("how_many"),
                how_long=column("how_long"),
                where=tuple(dict.fromkeys(row.where))[:MAX_WHERE],
                result=column("result"),
                quotes=quotes,
            )
        )
    return MechanismComparison(mechanism_id, tuple(out))


def align(
    docs: Sequence[Document],
    analyses: Sequence[ArticleAnalysis],
    summaries: Sequence[Summary],
    taxonomy: Taxonomy,
) -> Alignment:
    """Everything the brief compares across ``docs`` (``analyses`` in the same order).

    ``summaries`` are not needed: similarity uses every sentence, not the summary, so it
    does not change with the summary length.
    """
    del summaries
    lexicon()  # fail early, naming the data file, if the word lists are broken
    ids = [d.id for d in docs]
    mechanism_ids = [m.id for m in taxonomy.mechanisms]
    present = {
        mid: [a.article_id for a in analyses if a.detection(mid).present] for mid in mechanism_ids
    }
    several = len(analyses) >= 2
    shared = tuple(mid for mid in mechanism_ids if several and len(present[mid]) == len(analyses))
    unique = tuple(
        (mid, present[mid][0]) for mid in mechanism_ids if several and len(present[mid]) == 1
    )
    return Alignment(
        mechanisms=taxonomy.mechanisms,
        analyses=tuple(analyses),
        comparisons=tuple(compare_mechanism(mid, docs, analyses) for mid in mechanism_ids),
        shared=shared,
        unique=unique,
        similarity=similarities(ids, [[s.text for s in d.sentences] for d in docs], analyses),
        other_practices=other_practices(docs, analyses, taxonomy),
        taxonomy_sources=taxonomy.sources,
    )
