"""Card selection for large corpora: strongest evidence first, every locality in turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import compare, pipeline
from reporter.brief import to_json
from reporter.compare.model import ArticleAnalysis
from reporter.corpus.cards import select_cards, strength
from reporter.models import Document
from reporter.settings import Settings


@pytest.fixture(scope="module")
def analysed(corpus_inputs: tuple[Path, ...]) -> tuple[list[Document], list[ArticleAnalysis]]:
    docs, _ = pipeline.load_documents(corpus_inputs)
    taxonomy = compare.load_taxonomy(None)
    return docs, [compare.analyze(d, taxonomy) for d in docs]


def _place(doc: Document) -> str:
    return doc.article.metadata.primary_locality or ""


def test_no_limit_shows_every_article(
    analysed: tuple[list[Document], list[ArticleAnalysis]],
) -> None:
    docs, analyses = analysed
    assert select_cards(docs, analyses, None) == tuple(d.id for d in docs)


def test_first_round_takes_each_localitys_strongest_article(
    analysed: tuple[list[Document], list[ArticleAnalysis]],
) -> None:
    docs, analyses = analysed
    places = {_place(d) for d in docs}
    assert len(places) >= 4  # the fixture corpus spans several localities
    limit = len(places) - 1
    chosen = select_cards(docs, analyses, limit)
    by_id = {d.id: (d, a) for d, a in zip(docs, analyses, strict=True)}

    assert len(chosen) == limit
    assert len({_place(by_id[i][0]) for i in chosen}) == limit  # one per locality
    assert list(chosen) == [d.id for d in docs if d.id in chosen]  # document order
    for article_id in chosen:
        doc, analysis = by_id[article_id]
        rivals = [a for d, a in zip(docs, analyses, strict=True) if _place(d) == _place(doc)]
        assert strength(analysis) == max(strength(a) for a in rivals)
    # The locality left out is the one whose best article is weakest.
    best = {
        p: max(strength(a) for d, a in zip(docs, analyses, strict=True) if _place(d) == p)
        for p in places
    }
    left_out = places - {_place(by_id[i][0]) for i in chosen}
    assert best[left_out.pop()] == min(best.values())


def test_per_locality_cap_and_bad_limits(
    analysed: tuple[list[Document], list[ArticleAnalysis]],
) -> None:
    docs, analyses = analysed
    capped = select_cards(docs, analyses, None, per_locality=1)
    assert len(capped) == len({_place(d) for d in docs})
    assert select_cards(docs, analyses, 0) == ()
    with pytest.raises(ValueError, match="0 or more"):
        select_cards(docs, analyses, -1)


def test_brief_lists_its_cards_and_keeps_every_article(examples_dir: Path) -> None:
    brief = pipeline.build_brief(Settings(inputs=(examples_dir,), cards=2))
    assert brief.cards is not None and len(brief.cards) == 2
    data = to_json(brief)
    assert data["cards"] == list(brief.cards)
    assert len(data["articles"]) == len(brief.documents) > 2
