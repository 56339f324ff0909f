"""``textrank4zh``: the textrank4zh 0.3 library itself, run on our cleaned sentences.

The library splits its input again on ``?!;？！。；…`` and newlines.  To make it rank
exactly our sentences, each sentence's own delimiter characters are replaced by a
comma (a symbol to jieba too, so the words do not change) and the sentences are joined
with newlines; the library's sentence ``i`` is then our sentence ``i``.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from reporter.models import Document
from reporter.summarize._compat import patch_networkx
from reporter.summarize.base import FloatArray, Summarizer
from reporter.text import segment

# textrank4zh.util.sentence_delimiters, as single characters ("……" is two "…").
_DELIMITERS = frozenset("?!;？！。；…\n")
_NEUTRAL = "，"


def library_input(sentences: list[str]) -> str:
    """Our sentences as one text the library splits back into exactly these sentences."""
    table = str.maketrans({c: _NEUTRAL for c in _DELIMITERS})
    fed = []
    for s in sentences:
        t = s.translate(table).strip()
        fed.append(t or _NEUTRAL)  # a blank sentence would vanish and shift every index
    return "\n".join(fed)


class TextRank4zhSummarizer(Summarizer):
    """The textrank4zh 0.3 library itself on our sentences (reference; slow, quadratic)."""

    name: ClassVar[str] = "textrank4zh"
    description: ClassVar[str] = "the textrank4zh 0.3 library (reference; slow)"
    # The library segments with jieba's HMM on; the keywords use the same words.
    hmm: ClassVar[bool] = True

    def rank(self, doc: Document) -> FloatArray:
        patch_networkx()
        from textrank4zh import TextRank4Sentence

        segment.ensure_jieba()
        texts = [s.text for s in doc.sentences]
        tr = TextRank4Sentence()
        tr.analyze(library_input(texts))
        if len(tr.sentences) != len(texts):
            raise RuntimeError(
                f"textrank4zh split {doc.id} into {len(tr.sentences)} sentences, not {len(texts)}"
            )
        scores = np.zeros(len(texts), dtype=np.float64)
        for item in tr.key_sentences:
            scores[item.index] = item.weight
        return scores
