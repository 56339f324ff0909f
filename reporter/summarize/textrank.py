"""``textrank``: textrank4zh's sentence ranking, reproduced exactly and vectorised.

What textrank4zh 0.3 actually does in ``TextRank4Sentence.analyze`` (defaults):

* words: ``source='no_stop_words'`` (its docstring claims ``'all_filters'``), so no
  part-of-speech filter beyond dropping jieba's symbol flag ``x``; each word stripped,
  empty ones dropped, then its *own* stop-word list removed; ``lower=False``, so no
  lowercasing;
* similarity: distinct shared words / (ln len1 + ln len2), 0 without shared words or
  when the denominator is 0, the diagonal (a self-loop) included;
* PageRank, alpha 0.85, on that undirected weighted graph (networkx defaults
  otherwise).

Here the same words come from our single cached ``jieba.posseg`` pass (HMM on, as
textrank4zh segments; the default engine uses the faster shared mode), the graph is one
sparse product and the PageRank is a sparse power iteration (:mod:`.graph`); the scores
agree with the library's to ~1e-15.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import ClassVar

from reporter.models import Document
from reporter.summarize.base import FloatArray, Summarizer
from reporter.summarize.graph import PAGERANK_ALPHA, pagerank, textrank_similarity
from reporter.text import segment

_SYMBOL_FLAG = "x"  # jieba's flag for punctuation and other symbols


@cache
def textrank4zh_stop_words() -> frozenset[str]:
    """textrank4zh's bundled stop-word list, read the way it reads it."""
    raw = resources.files("textrank4zh").joinpath("stopwords.txt").read_bytes()
    # textrank4zh opens it with errors='ignore' and strips each line.
    return frozenset(line.strip() for line in raw.decode("utf-8", "ignore").splitlines())


def textrank4zh_words(tokens: Sequence[segment.Token]) -> list[str]:
    """The word list textrank4zh's default source builds from one sentence."""
    stop = textrank4zh_stop_words()
    words = (t.word.strip() for t in tokens if t.flag != _SYMBOL_FLAG)
    return [w for w in words if w and w not in stop]


def rank_word_lists(word_lists: Sequence[Sequence[str]]) -> FloatArray:
    """textrank4zh's sentence scores for already segmented sentences."""
    graph = textrank_similarity(word_lists, self_loops=True)
    return pagerank(graph, alpha=PAGERANK_ALPHA, overwrite=True)


class TextRankSummarizer(Summarizer):
    """textrank4zh's sentence scores reproduced exactly, vectorised (sparse + numpy)."""

    name: ClassVar[str] = "textrank"
    description: ClassVar[str] = "textrank4zh's scores, exact, vectorised"
    # textrank4zh segments with jieba's HMM on; its words, and so its scores, need it.
    hmm: ClassVar[bool] = True

    def word_lists(self, doc: Document) -> list[list[str]]:
        sentences = (s.text for s in doc.sentences)
        return [textrank4zh_words(toks) for toks in segment.posseg_all(sentences, self.hmm)]

    def rank(self, doc: Document) -> FloatArray:
        return rank_word_lists(self.word_lists(doc))
