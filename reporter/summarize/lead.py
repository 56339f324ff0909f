"""``lead``: the first sentences, the baseline every news summarizer must beat."""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from reporter.models import Document
from reporter.summarize.base import FloatArray, Summarizer


class LeadSummarizer(Summarizer):
    """The first n sentences: the baseline every news summarizer must beat."""

    name: ClassVar[str] = "lead"
    description: ClassVar[str] = "the first n sentences (baseline)"

    def rank(self, doc: Document) -> FloatArray:
        n = len(doc.sentences)
        # Strictly decreasing, so "top n" is "first n".
        return np.asarray(1.0 / (1.0 + np.arange(n, dtype=np.float64)), dtype=np.float64)
