"""The summarizer interface and the selection helper every engine shares.

An engine only *ranks*: :meth:`Summarizer.rank` gives one score per sentence.
:meth:`Summarizer.summarize` is written once here: it keeps the best ``n`` sentences
(:func:`top_n_in_document_order`), returns them in reading order and attaches the
document's keywords.  An engine that needs a smarter choice than "top n" (redundancy,
a length budget) overrides :meth:`Summarizer.select` only.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

from reporter.models import Document, ScoredSentence, Summary
from reporter.summarize import keywords
from reporter.text import segment

FloatArray = NDArray[np.float64]


class UnknownEngine(ValueError):
    """The requested summarizer is not in the registry."""


def top_n_in_document_order(scores: Sequence[float] | FloatArray, n: int) -> list[int]:
    """Indices of the ``n`` highest scores, returned in document order.

    Ties go to the earlier sentence, so the result depends only on the scores;
    NaN counts as the lowest possible score.
    """
    values = np.asarray(scores, dtype=np.float64)
    if n <= 0 or values.size == 0:
        return []
    values = np.where(np.isnan(values), -np.inf, values)
    # lexsort sorts by the last key first: score descending, then position ascending.
    order = np.lexsort((np.arange(values.size), -values))
    return sorted(int(i) for i in order[:n])


class Summarizer(ABC):
    """Document in, one score per sentence out; the summary is built the same way for all."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    # The segmentation mode (reporter.text.segment.posseg) of the engine's words and of the
    # summary's keywords: the shared HMM-off mode unless the engine needs jieba's HMM.
    # One mode per engine, so a summary segments each sentence once.
    hmm: ClassVar[bool] = segment.SHARED_HMM

    @abstractmethod
    def rank(self, doc: Document) -> FloatArray:
        """One score per sentence of ``doc`` (higher is more central)."""

    def select(self, doc: Document, scores: FloatArray, n: int) -> list[int]:
        """The sentence indices to keep, in document order."""
        return top_n_in_document_order(scores, n)

    def pick(self, doc: Document, n: int) -> tuple[ScoredSentence, ...]:
        """The chosen sentences with their scores, in document order (no keywords)."""
        if not doc.sentences or n <= 0:
            return ()
        scores = np.asarray(self.rank(doc), dtype=np.float64)
        if scores.shape != (len(doc.sentences),):
            raise RuntimeError(
                f"engine {self.name!r} gave {scores.shape} scores for "
                f"{len(doc.sentences)} sentences of {doc.id}"
            )
        chosen = sorted(self.select(doc, scores, n))
        return tuple(ScoredSentence(i, float(scores[i]), doc.sentences[i].text) for i in chosen)

    def summarize(self, doc: Document, n: int) -> Summary:
        picks = self.pick(doc, n)
        textrank_kw, tfidf_kw = keywords.extract(doc, hmm=self.hmm)
        return Summary(doc.id, self.name, picks, textrank_kw, tfidf_kw)
