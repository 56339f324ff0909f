"""Other practices: what the articles report beyond the taxonomy, with citations."""

from __future__ import annotations

from dataclasses import dataclass

from reporter.render.view.base import Builder, Cite

# Other practices listed (strongest first, as the alignment orders them); the rest are
# counted on the page and kept in brief.json.  Paper gets the head of the list.
MAX_OTHER_PRACTICES = {"print": 8, "screen": 16}


# Citations per other practice; the rest are counted.
MAX_CITES_PER_PRACTICE = {"print": 4, "screen": 8}


@dataclass(frozen=True)
class OtherPracticeView:
    """A practice outside the taxonomy (template partial ``sections/practices.html``)."""

    label: str
    keywords: tuple[str, ...]
    cites: tuple[Cite, ...]
    cites_more: int = 0  # citations not listed (MAX_CITES_PER_PRACTICE)


def build_practices(b: Builder) -> tuple[OtherPracticeView, ...]:
    limit = MAX_CITES_PER_PRACTICE[b.mode]
    return tuple(
        OtherPracticeView(
            p.label,
            p.keywords,
            tuple(b.cite_citation(c) for c in p.citations[:limit]),
            cites_more=max(0, len(p.citations) - limit),
        )
        for p in b.brief.alignment.other_practices[: MAX_OTHER_PRACTICES[b.mode]]
    )
