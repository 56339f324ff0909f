"""Stage 4: extractive summarizers.  PLACEHOLDER: replaced by the issue-4 work."""

from __future__ import annotations

from reporter.models import Document, ScoredSentence, Summary

DEFAULT_ENGINE = "lead"


class LeadSummarizer:
    name = "lead"

    def summarize(self, doc: Document, n: int) -> Summary:
        picks = tuple(ScoredSentence(s.index, 1.0, s.text) for s in doc.sentences[:n])
        return Summary(doc.id, self.name, picks, (), ())


REGISTRY = {"lead": LeadSummarizer}


def get_summarizer(name: str) -> LeadSummarizer:
    try:
        return REGISTRY[name]()
    except KeyError:
        raise ValueError(f"unknown engine {name!r}; choose from {', '.join(sorted(REGISTRY))}") from None
