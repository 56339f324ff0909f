"""Which articles get a card in the brief of a large corpus.

A brief of thousands of articles cannot show a card for each; the JSON keeps every
article, the brief shows a selection.  The selection goes round the localities: the
strongest article of each locality first (localities ordered by that article's
strength), then the second strongest of each, and so on, so that no locality's many
articles crowd out another's single one.  An article's strength is the evidence it
brings to the comparison: the scores of the mechanisms it shows plus its facts.
"""

from __future__ import annotations

from collections.abc import Sequence

from reporter.compare.model import ArticleAnalysis
from reporter.models import Document

# Articles whose text names no locality share one pseudo-locality, so they compete
# with each other for one card per round rather than each getting its own.
_NO_LOCALITY = ""
# Cards a brief shows when the user does not say: a card is about half a page, so 40
# are the twenty pages a reader leafs through; a corpus this small shows every card.
DEFAULT_CARDS = 40


def default_cards(articles: int) -> int | None:
    """The card limit when none is given: None (all) up to :data:`DEFAULT_CARDS`."""
    return None if articles <= DEFAULT_CARDS else DEFAULT_CARDS


def strength(analysis: ArticleAnalysis) -> float:
    """How much an article brings to the comparison."""
    shown = sum(d.score for d in analysis.detections if d.present)
    return float(shown + len(analysis.facts))


def select_cards(
    docs: Sequence[Document],
    analyses: Sequence[ArticleAnalysis],
    limit: int | None,
    per_locality: int | None = None,
) -> tuple[str, ...]:
    """Ids of the articles to show as cards, in document order; ``limit`` None: all.

    ``per_locality`` caps the cards of any one locality (None: no cap).
    """
    if len(docs) != len(analyses):
        raise ValueError("one analysis per document is needed")
    if limit is not None and limit < 0:
        raise ValueError(f"the number of cards must be 0 or more, not {limit}")
    by_place: dict[str, list[tuple[float, int]]] = {}
    for position, (doc, analysis) in enumerate(zip(docs, analyses, strict=True)):
        place = doc.article.metadata.primary_locality or _NO_LOCALITY
        by_place.setdefault(place, []).append((-strength(analysis), position))
    for ranked in by_place.values():
        ranked.sort()
    # Localities whose best article is strongest go first in every round.
    order = sorted(by_place, key=lambda place: (by_place[place][0], place))
    rounds = max(len(r) for r in by_place.values()) if by_place else 0
    if per_locality is not None:
        rounds = min(rounds, per_locality)
    chosen: list[int] = []
    wanted = len(docs) if limit is None else limit
    for depth in range(rounds):
        for place in order:
            if len(chosen) >= wanted:
                break
            if depth < len(by_place[place]):
                chosen.append(by_place[place][depth][1])
    return tuple(docs[i].id for i in sorted(chosen))
