"""The article cards: per article, its summary, the other sentences the brief cites,
key figures and keywords, and (HTML only) the full text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reporter.compare.model import (
    Fact,
)
from reporter.ingest.provenance import shown_path
from reporter.models import Sentence
from reporter.render.view.base import Builder, FactView, present
from reporter.render.view.text import anchor_for, article_anchor, format_date

# Which figures a card shows first: what was done to officials and what it achieved, then
# goals and rules, then the rest (document order within each).
FIGURE_ROLE_RANK = {
    "deployed": 0, "promoted": 0, "trained": 0, "adjusted": 0, "awarded": 0, "result": 0,
    "target": 1, "weight": 1, "threshold": 1,
}  # fmt: skip
# Never a card's figure: an anniversary is a date, not a figure of the practice.
NO_FIGURE_ROLES = frozenset({"anniversary"})
# Key figures per article card.
MAX_FIGURES_PER_CARD = 8
# ... when some articles have no card: the cards are then an appendix of dozens, and each
# figure prints its sentence under "other cited sentences"; five keep a card near half a
# page (brief.json has every fact).
MAX_FIGURES_PER_CARD_SELECTED = 5
# Keywords per article card.
MAX_KEYWORDS = 10


@dataclass(frozen=True)
class SentenceView:
    """A sentence as a card lists it; ``anchor`` only on its first occurrence."""

    index: int
    text: str
    anchor: str | None  # set where this occurrence is the sentence's link target
    paragraph: int


@dataclass(frozen=True)
class ArticleCard:
    """One article's card (template partial ``sections/cards.html``)."""

    id: str
    short_id: str
    anchor: str  # "a-002"
    title: str
    title_derived: bool
    outlet: str
    published: str
    reposted: str | None
    locality: str
    localities: tuple[str, ...]
    source_path: str  # relative to the input folder, never absolute (provenance.shown_path)
    mechanisms: tuple[str, ...]  # names of the mechanisms present
    summary: tuple[SentenceView, ...]
    cited: tuple[SentenceView, ...]  # cited elsewhere in the brief, not in the summary
    full_text: tuple[SentenceView, ...]  # every sentence (HTML only)
    keywords: tuple[str, ...]
    figures: tuple[FactView, ...]
    url: str | None = None  # where it was published, when known
    given: bool = False  # the user gave some of its source (sources.csv, front matter)
    note: str | None = None  # the user's note on the source


def sentence_view(
    article_id: str, sentences: Mapping[int, Sentence], anchored: set[int], index: int
) -> SentenceView:
    """A sentence occurrence; only its first occurrence in a card carries the anchor."""
    s = sentences[index]
    anchor = None if index in anchored else anchor_for(article_id, index)
    anchored.add(index)
    return SentenceView(index, s.text, anchor, s.paragraph)


def key_figures(facts: Sequence[Fact], limit: int) -> list[Fact]:
    """The ``limit`` figures a card shows, in document order: officials acted on and
    results first, then goals, weights and terms, then the rest; never a rank (the
    matrix shows it) or an anniversary (a date, not a figure of the practice)."""
    numbers = [
        (i, f) for i, f in enumerate(facts) if f.kind != "rank" and f.role not in NO_FIGURE_ROLES
    ]
    kept = sorted(
        numbers, key=lambda p: (FIGURE_ROLE_RANK.get(p[1].role, len(FIGURE_ROLE_RANK)), p[0])
    )
    return [f for _, f in sorted(kept[:limit], key=lambda p: p[0])]


def build_cards(b: Builder) -> tuple[ArticleCard, ...]:
    # Runs last: every citation made so far decides which sentences a card must show.
    cards = []
    summaries = {s.article_id: s for s in b.brief.summaries}
    # Figures cite sentences too: make them all before any card lists its cited sentences.
    figures_max = MAX_FIGURES_PER_CARD_SELECTED if b.hidden else MAX_FIGURES_PER_CARD
    # Only the figures shown are cited: a card lists the sentences the brief cites.
    figures_of = {
        doc.id: tuple(
            b.fact(f)
            for f in key_figures(
                b.analyses[doc.id].facts if doc.id in b.analyses else (), figures_max
            )
        )
        for doc in b.brief.documents
        if doc.id in b.carded
    }
    # A large corpus shows the cards chosen by --cards (reporter.corpus.cards); the JSON
    # keeps every article.
    for doc in b.brief.documents:
        if doc.id not in b.carded:
            continue
        meta = doc.article.metadata
        summary = summaries.get(doc.id)
        in_summary = [p.sentence_index for p in summary.sentences] if summary else []
        sentences = b.sentences[doc.id]
        anchored: set[int] = set()

        def view(i: int) -> SentenceView:
            return sentence_view(doc.id, sentences, anchored, i)  # noqa: B023 (used at once)

        summary_views = tuple(view(i) for i in in_summary if i in sentences)
        cited_views = tuple(
            view(i) for (aid, i) in sorted(b.cited) if aid == doc.id and i not in anchored
        )
        full = tuple(view(s.index) for s in doc.sentences) if b.mode == "screen" else ()
        analysis = b.analyses.get(doc.id)
        cards.append(
            ArticleCard(
                id=doc.id,
                short_id=b.sid(doc.id),
                anchor=article_anchor(doc.id),
                title=meta.title,
                title_derived=meta.title_derived,
                outlet=meta.outlet or b.t["unknown"],
                published=format_date(meta.published, b.t),
                reposted=format_date(meta.reposted, b.t) if meta.reposted else None,
                locality=b.locality[doc.id],
                localities=tuple(loc.name for loc in meta.localities),
                source_path=shown_path(doc.article.source_path, b.brief.input_roots),
                mechanisms=tuple(
                    m.name for m in b.mechs if analysis is not None and present(analysis, m.id)
                ),
                summary=summary_views,
                cited=cited_views,
                full_text=full,
                keywords=tuple(k.word for k in (summary.keywords if summary else ()))[
                    :MAX_KEYWORDS
                ],
                figures=figures_of[doc.id],
                url=meta.url,
                given=bool(meta.given),
                note=meta.note,
            )
        )
    return tuple(cards)
