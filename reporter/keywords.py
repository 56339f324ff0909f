"""Keywords of a document: TextRank and TF-IDF, both from ``jieba.analyse``.

Both extractors read the document's cached ``jieba.posseg`` tokens (see
:mod:`reporter.segment`) instead of segmenting the text again, and both use our
stop-word file ``reporter/data/stopwords.txt`` (function words plus words every
article of the genre uses, such as 工作 or 进一步) on top of jieba's few English ones.
Order is deterministic: weight descending, ties broken by the word.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Any

from reporter import segment
from reporter.models import Document, Keyword

# How many keywords an article card shows; ten cover who, where and which mechanism.
KEYWORD_COUNT = 10
# Nouns, place and organisation names, verbs and verbal nouns: the parts of speech a
# policy keyword has (jieba's TextRank default plus nt/nz, which carry 组织部 and 专班).
KEYWORD_POS = ("n", "ns", "nt", "nz", "vn", "v")

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


class _Pretokenized:
    """Stands in for jieba's tokenizer: hands out tokens segmented earlier."""

    def __init__(self, tokens: Sequence[segment.Token]) -> None:
        self._tokens = tokens

    def cut(self, _text: str, *_args: Any, **_kwargs: Any) -> Iterator[segment.Token]:
        return iter(self._tokens)


@cache
def _tfidf_base() -> Any:
    segment.ensure_jieba()
    import jieba.analyse

    return jieba.analyse.default_tfidf  # IDF table loaded once, at import


def _ordered(pairs: Sequence[tuple[str, float]], count: int) -> tuple[Keyword, ...]:
    ranked = sorted(pairs, key=lambda p: (-p[1], p[0]))
    return tuple(Keyword(w, float(weight)) for w, weight in ranked[:count])


def textrank_keywords(
    tokens: Sequence[segment.Token], count: int = KEYWORD_COUNT
) -> tuple[Keyword, ...]:
    segment.ensure_jieba()
    import jieba.analyse

    extractor = jieba.analyse.TextRank()
    extractor.tokenizer = extractor.postokenizer = _Pretokenized(tokens)
    extractor.stop_words = set(extractor.stop_words) | stop_words()
    pairs = extractor.textrank("", topK=None, withWeight=True, allowPOS=KEYWORD_POS)
    return _ordered(pairs, count)


def tfidf_keywords(
    tokens: Sequence[segment.Token], count: int = KEYWORD_COUNT
) -> tuple[Keyword, ...]:
    # A shallow copy shares the (read-only) IDF table but not the tokenizer we swap in.
    extractor = copy.copy(_tfidf_base())
    extractor.postokenizer = _Pretokenized(tokens)
    extractor.stop_words = set(extractor.stop_words) | stop_words()
    pairs = extractor.extract_tags("", topK=None, withWeight=True, allowPOS=KEYWORD_POS)
    return _ordered(pairs, count)


def document_tokens(doc: Document) -> list[segment.Token]:
    tokens: list[segment.Token] = []
    for toks in segment.posseg_all(s.text for s in doc.sentences):
        tokens.extend(toks)
    return tokens


def extract(
    doc: Document, count: int = KEYWORD_COUNT
) -> tuple[tuple[Keyword, ...], tuple[Keyword, ...]]:
    """(TextRank keywords, TF-IDF keywords) of a document, strongest first."""
    tokens = document_tokens(doc)
    return textrank_keywords(tokens, count), tfidf_keywords(tokens, count)
