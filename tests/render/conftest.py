"""Shared fixtures of the render tests: the seed brief is built and rendered once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reporter.brief import Brief
from reporter.pipeline import build_brief
from reporter.render import write_outputs
from reporter.settings import Settings


@pytest.fixture(scope="session")
def seed_brief() -> Brief:
    return build_brief(Settings())


@pytest.fixture(scope="session")
def seed_out(seed_brief: Brief, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """brief.json, brief.html and brief.pdf of the seeds, in Chinese."""
    out = tmp_path_factory.mktemp("seed-out")
    write_outputs(seed_brief, out, ("json", "html", "pdf"), "zh")
    return out


# ---------------------------------------------------------------- a large corpus

# The seeds replicated: 60 articles, beyond the per-article matrix and the screen's
# localities per mechanism.
LARGE_COPIES = 12
# Copies 0, 3, 6 and 9 keep the seeds' localities (so a locality holds four copies'
# articles, more than a comparison row lists); the others get places of their own.
LARGE_SHARED_EVERY = 3
LARGE_CARDS = 4
LARGE_SKIPPED = 45  # more inputs not used than the PDF lists


def large_id(seed_id: str, copy: int) -> str:
    """``corpus_03_002``: long enough to need the wide id column."""
    return f"corpus_{copy:02d}_{seed_id[:3]}"


def large_place(place: str | None, copy: int) -> str | None:
    if place is None or copy % LARGE_SHARED_EVERY == 0:
        return place
    return f"{place}{copy}"


def replicate(brief: Brief, copies: int, cards: int) -> Brief:
    """``brief``'s articles ``copies`` times with new ids and localities, its alignment
    replicated alike, the first ``cards`` articles with a card and every other article
    slim (no sentences, no text), as the pipeline holds the articles of a large corpus."""
    import dataclasses as dc

    from reporter.compare.model import (
        Citation,
        ComparisonRow,
        MechanismComparison,
        OtherPractice,
    )
    from reporter.models import Skipped

    al = brief.alignment
    analysis_of = {a.article_id: a for a in al.analyses}
    ids = [large_id(d.id, k) for k in range(copies) for d in brief.documents]
    carded = set(ids[:cards])
    docs, sums, analyses = [], [], []
    for k in range(copies):
        for d, s in zip(brief.documents, brief.summaries, strict=True):
            new = large_id(d.id, k)
            meta = d.article.metadata
            meta = dc.replace(
                meta,
                primary_locality=large_place(meta.primary_locality, k),
                localities=tuple(
                    dc.replace(loc, name=large_place(loc.name, k) or loc.name)
                    for loc in meta.localities
                ),
            )
            article = dc.replace(d.article, id=new, metadata=meta)
            if new in carded:
                docs.append(dc.replace(d, article=article))
            else:
                slim = dc.replace(article, text="", original_text="")
                docs.append(dc.replace(d, article=slim, sentences=()))
            sums.append(dc.replace(s, article_id=new))
            a = analysis_of[d.id]
            facts = tuple(
                dc.replace(f, article_id=new, locality=large_place(f.locality, k)) for f in a.facts
            )
            analyses.append(dc.replace(a, article_id=new, facts=facts))

    def rows(comp: MechanismComparison) -> tuple[ComparisonRow, ...]:
        out: dict[str, ComparisonRow] = {}
        for k in range(copies):
            for r in comp.rows:
                place = large_place(r.locality, k) or r.locality
                new_ids = tuple(large_id(i, k) for i in r.article_ids)
                if place in out:
                    out[place] = dc.replace(
                        out[place], article_ids=out[place].article_ids + new_ids
                    )
                    continue

                def facts(items: tuple[Any, ...], k: int = k) -> tuple[Any, ...]:
                    return tuple(
                        dc.replace(
                            f,
                            article_id=large_id(f.article_id, k),
                            locality=large_place(f.locality, k),
                        )
                        for f in items
                    )

                out[place] = ComparisonRow(
                    place,
                    new_ids,
                    facts(r.who),
                    facts(r.how_many),
                    facts(r.how_long),
                    r.where,
                    facts(r.result),
                    tuple(
                        Citation(large_id(q.article_id, k), q.sentence_index, q.text)
                        for q in r.quotes
                    ),
                )
        return tuple(out[p] for p in sorted(out))

    others = tuple(
        OtherPractice(
            p.label,
            p.keywords,
            tuple(
                Citation(large_id(c.article_id, k), c.sentence_index, c.text)
                for k in range(copies)
                for c in p.citations
            ),
        )
        for p in al.other_practices
    )
    alignment = dc.replace(
        al,
        analyses=tuple(analyses),
        comparisons=tuple(MechanismComparison(c.mechanism_id, rows(c)) for c in al.comparisons),
        unique=(),
        similarity=tuple(
            dc.replace(s, a=large_id(s.a, k), b=large_id(s.b, k))
            for k in range(copies)
            for s in al.similarity
        ),
        other_practices=others,
    )
    skipped = tuple(
        Skipped(f"/corpus/bad_{i:03d}.txt", "not a news article: no Chinese text")
        for i in range(LARGE_SKIPPED)
    )
    return dc.replace(
        brief,
        documents=tuple(docs),
        summaries=tuple(sums),
        alignment=alignment,
        skipped=skipped,
        cards=tuple(ids[:cards]),
        compact=True,
    )


@pytest.fixture(scope="session")
def large_brief(seed_brief: Brief) -> Brief:
    return replicate(seed_brief, LARGE_COPIES, LARGE_CARDS)


@pytest.fixture(scope="session")
def replicated_seeds(seed_brief: Brief) -> Callable[[int, int], Brief]:
    """``replicate`` of the seeds: ``f(copies, cards)``."""
    return lambda copies, cards: replicate(seed_brief, copies, cards)
