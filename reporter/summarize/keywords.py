"""Keywords of a document: TextRank and TF-IDF, as ``jieba.analyse`` computes them.

Both extractors read the document's cached ``jieba.posseg`` tokens (see
:mod:`reporter.text.segment`; the engine's segmentation mode, the shared HMM-off one unless
the engine asks for HMM) instead of segmenting the text again, and both use our
stop-word file ``reporter/data/stopwords.txt`` (function words plus words every
article of the genre uses, such as 工作 or 进一步) on top of jieba's few English ones.
The weights are jieba's to the bit (:func:`textrank_weights`, :func:`tfidf_weights`,
held equal to ``jieba.analyse`` by a test), computed without its per-token method calls.
Order is deterministic: weight descending, ties broken by the word.
"""

from __future__ import annotations

import heapq
import operator
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import compress

import numpy as np

from reporter.models import Document, Keyword
from reporter.text import segment

# How many keywords an article card shows; ten cover who, where and which mechanism.
KEYWORD_COUNT = 10
# Nouns, place and organisation names, verbs and verbal nouns: the parts of speech a
# policy keyword has (jieba's TextRank default plus nt/nz, which carry 组织部 and 专班).
KEYWORD_POS = ("n", "ns", "nt", "nz", "vn", "v")
_KEYWORD_FLAGS = frozenset(KEYWORD_POS)

_STOPWORDS_RESOURCE = ("data", "stopwords.txt")


class StopWordFileError(ValueError):
    """The packaged stop-word file is malformed."""


@cache
def stop_words() -> frozenset[str]:
    """Our stop words (one a line, ``#`` starts a comment), lowercased, validated."""
    path = resources.files("reporter").joinpath(*_STOPWORDS_RESOURCE)
    words: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if any(c.isspace() for c in word):
            raise StopWordFileError(f"{path}:{number}: a stop word holds a space: {word!r}")
        words.add(word.lower())
    if not words:
        raise StopWordFileError(f"{path}: no stop words")
    return frozenset(words)


# jieba.analyse.TextRank's fixed settings, which textrank_weights() reproduces: words
# co-occur when fewer than this many tokens apart (any token counts, kept or not) ...
TEXTRANK_SPAN = 5
# ... and its damping factor and number of (Gauss-Seidel) sweeps.
TEXTRANK_DAMPING = 0.85
TEXTRANK_SWEEPS = 10
# Both extractors keep words of at least this many characters (jieba's rule).
MIN_KEYWORD_CHARS = 2
_WORD = operator.itemgetter(0)  # of a segment.Token


@cache
def _jieba_stop_words() -> frozenset[str]:
    segment.ensure_jieba()
    import jieba.analyse

    # jieba's own few (English) stop words, which both of its extractors start from.
    return frozenset(jieba.analyse.TextRank.STOP_WORDS) | stop_words()


@cache
def _idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (the IDF of a word it does not list)."""
    segment.ensure_jieba()
    import jieba.analyse

    base = jieba.analyse.default_tfidf  # loaded once, at import
    return base.idf_freq, base.median_idf


def candidates(tokens: Sequence[segment.Token]) -> list[bool]:
    """Which tokens may be keywords: jieba's filter with our parts of speech and stop words."""
    allowed = _KEYWORD_FLAGS
    stop = _jieba_stop_words()
    # (word, flag) unpacked once per token: cheaper than reading the fields by name
    return [
        flag in allowed and len(word.strip()) >= MIN_KEYWORD_CHARS and word.lower() not in stop
        for word, flag in tokens
    ]


def textrank_weights(
    tokens: Sequence[segment.Token], keep: Sequence[bool] | None = None
) -> dict[str, float]:
    """``jieba.analyse.TextRank.textrank`` weights of the candidate words, bit for bit.

    jieba's graph ranking is pure Python with dictionary look-ups in its innermost loop;
    this runs the same arithmetic in the
    same order: co-occurrence counts within the span, edges in first-seen order
    (grouped by word with numpy), ten in-place sweeps over the words in sorted order
    on plain lists, then jieba's min/max scaling.  A test holds it equal to jieba's
    own extractor.  ``keep``: the tokens' :func:`candidates` flags, when already known.
    """
    if keep is None:
        keep = candidates(tokens)
    kept = [i for i, k in enumerate(keep) if k]
    # Each kept word's partners are the next kept ones less than the span after it.
    # jieba counts the pairs in that order (by word, then by distance) and meets the
    # pairs, and through them the words, in first-seen order; numpy finds the same
    # orders here without a Python loop over the pairs.
    position = np.array(kept, dtype=np.intp)
    firsts, seconds = [], []
    for d in range(1, TEXTRANK_SPAN):
        near = np.flatnonzero(position[d:] - position[:-d] < TEXTRANK_SPAN)
        firsts.append(near)
        seconds.append(near + d)
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    if not first.size:
        return {}
    in_order = np.argsort(first * TEXTRANK_SPAN + (second - first))
    words = list(map(_WORD, compress(tokens, keep)))  # the kept tokens' words, in order
    ids = {w: n for n, w in enumerate(dict.fromkeys(words))}
    vocabulary = len(ids)
    word_id = np.fromiter(map(ids.__getitem__, words), dtype=np.intp, count=len(words))
    codes = word_id[first[in_order]] * vocabulary + word_id[second[in_order]]
    distinct, seen_at, tally = np.unique(codes, return_index=True, return_counts=True)
    by_first_seen = np.argsort(seen_at, kind="stable")
    codes, tally = distinct[by_first_seen], tally[by_first_seen]
    # entry 2p: pair p's first word, its edge to the second; entry 2p + 1 the reverse
    ends_of_pairs = np.stack([codes // vocabulary, codes % vocabulary], axis=1).ravel()
    met, met_at = np.unique(ends_of_pairs, return_index=True)
    graph_order = met[np.argsort(met_at, kind="stable")]  # word ids as the graph meets them
    number = np.empty(vocabulary, dtype=np.intp)
    number[graph_order] = np.arange(graph_order.size)
    by_id = list(ids)
    index = {by_id[i]: n for n, i in enumerate(graph_order.tolist())}
    size = len(index)
    node = number[ends_of_pairs]
    other = node.reshape(-1, 2)[:, ::-1].ravel()
    weight = np.repeat(tally.astype(np.float64), 2)
    # Out-weights are sums of integer counts, exact in any order; each coefficient
    # (weight / out-weight of the neighbour) is the same IEEE division jieba makes in
    # every sweep, made once here, so the products below are the same floats.
    out_sum = np.bincount(node, weights=weight, minlength=size)
    by_node = np.argsort(node, kind="stable")
    coefficients = (weight / out_sum[other])[by_node].tolist()
    entries = list(zip(coefficients, other[by_node].tolist(), strict=True))
    degree = np.bincount(node, minlength=size)
    ends = np.cumsum(degree)
    starts, ends = (ends - degree).tolist(), ends.tolist()
    # the words in jieba's sweep order (sorted; the keys alone: they are distinct, and
    # comparing strings is cheaper than comparing (word, number) pairs)
    rows = [(k, entries[starts[k] : ends[k]]) for k in map(index.__getitem__, sorted(index))]
    rank = [1.0 / size] * size
    rest = 1 - TEXTRANK_DAMPING
    for _ in range(TEXTRANK_SWEEPS):
        for k, row in rows:
            total: float = 0  # added left to right from 0, as jieba's loop does
            for coefficient, m in row:
                total += coefficient * rank[m]
            rank[k] = rest + TEXTRANK_DAMPING * total
    low, high = min(rank), max(rank)
    # jieba's scaling, its shift and span computed once (the same floats for every word)
    shift = low / 10.0
    span = high - shift
    return {w: (rank[k] - shift) / span for w, k in index.items()}


def tfidf_weights(
    tokens: Sequence[segment.Token], keep: Sequence[bool] | None = None
) -> dict[str, float]:
    """``jieba.analyse.extract_tags`` (TF-IDF) weights of the candidate words, bit for bit."""
    idf, median = _idf_table()
    if keep is None:
        keep = candidates(tokens)
    if len(keep) != len(tokens):
        raise ValueError(f"{len(keep)} candidate flags for {len(tokens)} tokens")
    # Counts in first-seen order, as jieba's loop makes them; integers, which give the
    # same floats below as jieba's float counts (each exact, and converted exactly).
    freq = Counter(map(_WORD, compress(tokens, keep)))
    total = float(sum(freq.values()))
    return {w: f * (idf.get(w, median) / total) for w, f in freq.items()}


def _ordered(weights: dict[str, float], count: int) -> tuple[Keyword, ...]:
    # the same as sorted(...)[:count], without sorting the whole vocabulary
    ranked = heapq.nsmallest(count, weights.items(), key=lambda p: (-p[1], p[0]))
    return tuple(Keyword(w, float(weight)) for w, weight in ranked)


def textrank_keywords(
    tokens: Sequence[segment.Token], count: int = KEYWORD_COUNT
) -> tuple[Keyword, ...]:
    return _ordered(textrank_weights(tokens), count)


def tfidf_keywords(
    tokens: Sequence[segment.Token], count: int = KEYWORD_COUNT
) -> tuple[Keyword, ...]:
    return _ordered(tfidf_weights(tokens), count)


def document_tokens(doc: Document, hmm: bool = segment.SHARED_HMM) -> list[segment.Token]:
    tokens: list[segment.Token] = []
    for toks in segment.posseg_all((s.text for s in doc.sentences), hmm):
        tokens.extend(toks)
    return tokens


def extract(
    doc: Document, count: int = KEYWORD_COUNT, hmm: bool = segment.SHARED_HMM
) -> tuple[tuple[Keyword, ...], tuple[Keyword, ...]]:
    """(TextRank keywords, TF-IDF keywords) of a document, strongest first; ``hmm``: the
    segmentation mode (:func:`reporter.text.segment.posseg`)."""
    tokens = document_tokens(doc, hmm)
    keep = candidates(tokens)
    return (
        _ordered(textrank_weights(tokens, keep), count),
        _ordered(tfidf_weights(tokens, keep), count),
    )
