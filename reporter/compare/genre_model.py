"""The genre model: a learned second reader of "is this page news at all?".

The rules of :mod:`.genre` catch fiction, explainers and company pages by their markers
(a chapter counter, an exam's answer key, a firm's own command post).  Every new batch of
real pages brought some they let through: a web novel without a chapter line, a
commentary whose rhetoric names no marker, a mock interview question.  Left in, they put a
fictional county into the matrix and rhetoric into the summaries.  This model reads the
whole cleaned text and gives the probability that the page is not news of cadre work;
at :data:`SKIP_AT` or above, the page is skipped with that reason, as the rules skip.

Measured forward (the model trained only on batches labelled before the test batches,
``bench/genre_model_cv.py``): at 0.8 it caught 3 of 27, 6 of 17 and 6 of 20 non-news
pages the rules let through on batches 51-54, 55-58 and 59-62, and skipped no news page;
the most news-like of those news pages scored 0.62, 0.71 and 0.64
(``bench/quality_history.md``, round 18).  The threshold stays high on purpose: a news
page skipped loses every cell, a novel let through costs a few.

The model is a logistic regression over the text's distinct character 1-3-grams (digits
folded to 0, Latin letters lowercased, whitespace runs one space), each weighing
``1/sqrt(n)`` for a text of ``n`` distinct grams so that long pages do not score higher
for their length.  ``scripts/train_genre_model.py`` writes it to
``reporter/data/genre_model.tsv`` in the act model's format (:mod:`.act_model`): an
``#intercept`` line, then one ``c:<gram><TAB>weight`` line per kept weight.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from operator import add

from reporter.compare.act_model import ActModelError, parse_model

MODEL_FILE = "genre_model.tsv"
# Skip a page the model reads as not news at this probability or above (see the module
# docstring for the forward measurement behind it).
SKIP_AT = 0.8
# Character n-grams up to this length (_plain_grams builds exactly these three): the genre
# shows in function words and set phrases (他笑了笑, 第三章, 笔者认为, 考生应) more than in
# single words.
MAX_NGRAM = 3
GRAM_PREFIX = "c:"

_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")

__all__ = ["MODEL_FILE", "SKIP_AT", "GenreModel", "grams", "load_genre_model"]


def _folded(text: str) -> str:
    return _SPACE.sub(" ", _DIGIT.sub("0", text.lower()))


def _plain_grams(t: str) -> set[str]:
    # the 1-, 2- and 3-grams (MAX_NGRAM) built by zipping shifted copies, in C: a page's
    # ten thousand slices cost a third less than slicing in a loop
    pairs = list(map(add, t, t[1:]))
    out = set(t)
    out.update(pairs)
    out.update(map(add, pairs, t[2:]))
    return out


def grams(text: str) -> frozenset[str]:
    """The distinct character 1-3-grams of ``text``, as the model's features name them."""
    return frozenset(GRAM_PREFIX + g for g in _plain_grams(_folded(text)))


@dataclass(frozen=True)
class GenreModel:
    """Intercept and weights of the fitted model (features: :func:`grams`)."""

    intercept: float
    weights: dict[str, float]
    # The weights keyed by the bare gram (``weights`` without GRAM_PREFIX): a page's ten
    # thousand grams are looked up without building a prefixed string for each.
    _plain: dict[str, float] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        plain = {k.removeprefix(GRAM_PREFIX): w for k, w in self.weights.items()}
        object.__setattr__(self, "_plain", plain)

    def probability(self, sentences: Iterable[str]) -> float:
        """The probability that the page of ``sentences`` is not news of cadre work."""
        found = _plain_grams(_folded("".join(sentences)))
        if not found:
            return 0.0
        scale = 1.0 / math.sqrt(len(found))
        w = self._plain
        # (weights looked up by a C-level map: fsum is exact, so their order is free)
        z = self.intercept + scale * math.fsum(map(w.__getitem__, found & w.keys()))
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


def parse_genre_model(text: str, where: str = MODEL_FILE) -> GenreModel:
    """The model of a model file's text; raises :class:`ActModelError` naming the line
    (the format is the act model's)."""
    parsed = parse_model(text, where)
    bad = next((k for k in parsed.weights if not k.startswith(GRAM_PREFIX)), None)
    if bad is not None:
        raise ActModelError(f"{where}: feature {bad!r} is no {GRAM_PREFIX}<gram>")
    return GenreModel(parsed.intercept, dict(parsed.weights))


@cache
def load_genre_model() -> GenreModel:
    """The shipped model, read and validated once per process."""
    text = resources.files("reporter.data").joinpath(MODEL_FILE).read_text("utf-8")
    return parse_genre_model(text)
