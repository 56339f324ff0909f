"""Comparable facts: numbers with unit and kind, and the rank of the officials concerned.

Kinds: ``change`` (从30%提高到83%, 由第15位跃升至第3位), ``money``, ``area``,
``percentage``, ``frequency`` (每季度, 一月一督查), ``duration``, ``officials`` (a count of
people in a clause that names officials), ``count`` (anything else counted) and ``rank``.
Where two readings overlap, the first kind in that order wins (83% inside a change is not
also a percentage).  Values are converted to the canonical unit (``1200万元`` -> 12,000,000
元, ``240多万平米`` -> 2,400,000 平方米, a change ``8万元 -> 56万元`` in 元; a change of
ordinals has unit 名次); ``text`` keeps the span as written.  A hedged number (约, 超过,
多, 余, 左右, 以上) or a range (1至2年: value 2) is flagged ``approximate``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence, Set

from reporter.compare.fact_roles import DEADLINE, WINDOW, described
from reporter.compare.fact_spans import (
    EXTRACTORS,
    Span,
    hedged,
    parse_cn_number,
    parse_number,
    ranks,
)
from reporter.compare.localities import counted_place, sentence_mentions
from reporter.compare.model import Fact
from reporter.compare.resources import fact_patterns

__all__ = [
    "DEADLINE",
    "WINDOW",
    "extract_facts",
    "parse_cn_number",
    "parse_number",
    "sentence_facts",
]


@functools.cache
def _run_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns :func:`sentence_facts` runs when ``possible`` holds them: one per
    extractor, and the rank's (a tuple, so a prefilter's set looks its numbers up once)."""
    p = fact_patterns()
    return (*(getattr(p, name) for _extract, name in EXTRACTORS), p.rank)


def sentence_facts(
    text: str, possible: Set[re.Pattern[str]] | None = None
) -> list[tuple[str, Span]]:
    """(span text, span) for every fact in one sentence, in text order.

    ``possible``: the patterns that may match ``text`` (``Taxonomy.prefilter``); ``None``:
    all.  Skipping the others changes nothing, since they cannot match.
    """
    p = fact_patterns()
    if possible is not None and possible.isdisjoint(_run_patterns()):
        return []  # no extractor and no rank would run: nothing found (most sentences)
    kept: list[Span] = []
    for extract, name in EXTRACTORS:
        if possible is not None and getattr(p, name) not in possible:
            continue
        for span in extract(text, p):
            if all(span.end <= k.start or span.start >= k.end for k in kept):
                kept.append(hedged(text, span))
    if possible is None or p.rank in possible:
        kept.extend(ranks(text, p))  # a rank is a word, never part of a number
    kept.sort(key=lambda s: (s.start, s.end, s.kind))
    kept = described(text, kept)
    return [(text[s.start : s.end], s) for s in kept]


def extract_facts(
    article_id: str,
    sentences: Sequence[str],
    mechanisms: Sequence[tuple[str, ...]],
    localities: Sequence[str | None],
    possible: Sequence[Set[re.Pattern[str]]] | None = None,
) -> tuple[Fact, ...]:
    """Facts of every sentence, in document order.

    ``sentences`` are the sentence texts, ``mechanisms`` the present mechanisms each
    sentence (else its paragraph) shows, ``possible`` per sentence as in
    :func:`sentence_facts`.
    """
    out: list[Fact] = []
    for i, sentence in enumerate(sentences):
        found = sentence_facts(sentence, None if possible is None else possible[i])
        # the places each of its numbers may count for: found once per sentence
        mentions = sentence_mentions(sentence) if found else ()
        for written, s in found:
            out.append(
                Fact(
                    article_id=article_id,
                    sentence_index=i,
                    kind=s.kind,
                    text=written,
                    value=None if s.value is None else round(s.value, 4),
                    unit=s.unit,
                    before=s.before,
                    after=s.after,
                    mechanism_ids=mechanisms[i],
                    # "全省2900多名" in a sentence about a county is the province's
                    locality=counted_place(sentence, s.start, localities[i], s.end, mentions),
                    sentence=sentences[i],
                    approximate=s.approximate,
                    label=s.label,
                    counts=s.counts,
                    counts_detail=s.counts_detail,
                    role=s.role,
                )
            )
    return tuple(out)
