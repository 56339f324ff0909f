"""Stage 4: extractive summarizers.

Every engine ranks the sentences of a :class:`~reporter.models.Document`; the shared
base (:mod:`.base`) turns scores into a :class:`~reporter.models.Summary` whose
sentences are in document order, with TextRank and TF-IDF keywords.  Adding an engine
is one module with one :class:`~.base.Summarizer` subclass plus one line in
:data:`REGISTRY`.
"""

from __future__ import annotations

from reporter.summarize.base import Summarizer, UnknownEngine, top_n_in_document_order
from reporter.summarize.lead import LeadSummarizer
from reporter.summarize.textrank import TextRankSummarizer
from reporter.summarize.textrank4zh import TextRank4zhSummarizer
from reporter.summarize.textrank_plus import TextRankPlusSummarizer

REGISTRY: dict[str, type[Summarizer]] = {
    "textrank_plus": TextRankPlusSummarizer,
    "textrank": TextRankSummarizer,
    "textrank4zh": TextRank4zhSummarizer,
    "lead": LeadSummarizer,
}

DEFAULT_ENGINE = "textrank_plus"


def get_summarizer(name: str) -> Summarizer:
    """A summarizer by registry name; :class:`UnknownEngine` (a ValueError) otherwise."""
    try:
        return REGISTRY[name]()
    except KeyError:
        raise UnknownEngine(
            f"unknown engine {name!r}; choose from {', '.join(sorted(REGISTRY))}"
        ) from None


__all__ = [
    "DEFAULT_ENGINE",
    "REGISTRY",
    "Summarizer",
    "UnknownEngine",
    "get_summarizer",
    "top_n_in_document_order",
]
