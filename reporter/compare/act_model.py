"""The act model: a learned judge of "this sentence reports an institutional act of M".

The rules (:mod:`.detect`) find the candidate sentences of each mechanism and say what
they saw there (cue labels, negative cues, the act check's verdict, a score); the act
model reads each candidate sentence with those signals and gives the probability that it
reports an act of the mechanism.  Where the rules are sure (:data:`RULES_SURE`) their
verdict stands; where they are not, the mechanism is present when the model finds an act
in its candidate sentences (:func:`article_probability` reaches :data:`ACT_THRESHOLD`),
and the most probable sentence is the evidence a reader is shown first, so every
detection is still traced to the sentence that carries it.

Why a learned judge on top of the rules: every new batch of real pages brings wordings
and page kinds the rules were not tuned on.  Measured forward (rules as they were when a
batch was first seen, the model trained only on the batches labelled before it;
``bench/act_model_cv.py --code``), the judged rules scored above the rules alone at
first sight on each unseen split (``bench/quality_history.md``, rounds 10 and 12).

The model is a logistic regression over binary features (:func:`features`): the
sentence's character 1-3-grams and jieba words, generic and crossed with the mechanism,
and the rules' signals.  ``scripts/train_act_model.py`` trains it from the labels of
``tests/fixtures/real`` (same labels, same bytes) into ``reporter/data/act_model.tsv``:
one ``feature<TAB>weight`` line per kept weight after an ``#intercept`` line.  Scoring is
a sum of weights and a logistic; no learning library is needed to use it.

A mechanism the model has never seen (a user's own taxonomy) keeps the rules' verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import resources

from reporter.compare.detect import MAX_EVIDENCE, SCORE_DIGITS, SentenceHit
from reporter.compare.model import Detection, Evidence
from reporter.text import segment

MODEL_FILE = "act_model.tsv"
# The rules' article score from which their verdict stands unjudged: an act sentence
# (2.0) with any corroboration (a second sentence of 0.5 counts 0.25 after DECAY).
# Below it the rules are unsure: topical words summed, one act sentence alone, or
# nothing.  Measured forward, the model judging only there kept the seeds' matrix and
# gained as much on unseen batches as the model judging everything (2.0: a point less
# on two splits; 2.5: the same gains, one seed cell lost; bench/quality_history.md,
# round 12).
RULES_SURE = 2.25
# Present when the article probability (the noisy-OR of the most probable sentences)
# reaches this: the model's own decision boundary (classes balanced in training).
ACT_THRESHOLD = 0.5
JUDGED_SENTENCES = 2
# Character n-grams up to this length: 1-3 covers the genre's two- and three-character
# act words (选派, 抽调, 提拔, 表彰) and their function words (已, 将, 要, 共).
MAX_NGRAM = 3
# Score bands of the rules' own sentence score (detect.match_sentence): an act (2.0),
# a specific cue (1.5), a topical word (1.0), nothing.
BANDS = ((2.0, "act"), (1.5, "specific"), (0.5, "topical"))
# Sentence lengths (characters, digits folded) the model sees as a feature: a heading-
# length line and a run-on paragraph read differently from a sentence.
SHORT_SENTENCE = 20
LONG_SENTENCE = 120
# Where in the article: the lead, and the first fifth (at least three sentences).
EARLY_SHARE = 5
EARLY_MIN = 3

# Every mechanism's own intercept, ``M|bias``: the mechanisms a model file knows are
# those with one (a user's other mechanisms keep the rules' verdict).
BIAS_SUFFIX = "|bias"

# The prefixes of the text grams' features: character n-grams and jieba words.
GRAM_PREFIXES = ("c:", "w:")
# Sentences whose text grams are kept (see _text_grams): one article's candidates (an
# article has far fewer sentences), each scored for several mechanisms.  Small on purpose:
# an entry holds a sentence's few hundred grams (tens of KB), and 4,096 of them grew each
# worker of a 10,000-article build by about 180 MB (bench/bench_scale.py's peak memory).
TEXT_CACHE_SIZE = 256

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SPACE = re.compile(r"\s+")


# Per text: its generic grams' weights, its grams with any weight, its folded length.
TextWeights = tuple[tuple[float, ...], frozenset[str], int]


class ActModelError(ValueError):
    """The model file is malformed."""


@dataclass(frozen=True)
class RuleSignals:
    """What the rules saw in one sentence for one mechanism (empty: not a candidate)."""

    score: float = 0.0
    cues: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    discount: float = 1.0


def _fold(text: str) -> str:
    return _DIGITS.sub("0", _SPACE.sub("", text))


def _text_features(text: str) -> tuple[frozenset[str], int]:
    """The text grams of ``text`` (``c:`` character 1-3-grams of its folded form, ``w:``
    jieba words) and the folded form's length."""
    t = _fold(text)
    grams = {"c:" + t[i : i + n] for n in range(1, MAX_NGRAM + 1) for i in range(len(t) - n + 1)}
    grams.update("w:" + tok.word for tok in segment.posseg(text) if tok.word.strip())
    return frozenset(grams), len(t)


# A sentence is a candidate of several mechanisms, and a long document repeats its
# sentences across them: one document's candidates, not a corpus's, so the cache stays
# the same size over a corpus of any size.
_text_grams = lru_cache(maxsize=TEXT_CACHE_SIZE)(_text_features)


def _rule_features(
    mechanism: str, signals: RuleSignals, index: int, total: int, length: int
) -> list[str]:
    """The rules' features of a sentence of folded ``length`` (number ``index`` of
    ``total``), sorted and each once."""
    m = mechanism
    rule = [m + BIAS_SUFFIX]
    rule.extend(f"{m}|cue:{c}" for c in signals.cues)
    rule.extend(f"{m}|neg:{n}" for n in signals.negatives)
    band = next((name for floor, name in BANDS if signals.score >= floor), "none")
    rule.append(f"{m}|band:{band}")
    rule.append(f"band:{band}")
    if signals.discount < 1.0:
        rule.append("discounted")
    if index == 0:
        rule.append("pos:first")
    elif total and index < max(EARLY_MIN, total // EARLY_SHARE):
        rule.append("pos:early")
    if length < SHORT_SENTENCE:
        rule.append("len:short")
    elif length > LONG_SENTENCE:
        rule.append("len:long")
    return sorted(set(rule))


def features(text: str, mechanism: str, signals: RuleSignals, index: int, total: int) -> list[str]:
    """The binary features of sentence ``text`` (number ``index`` of ``total``) for
    ``mechanism``: text grams generic and crossed with the mechanism, then the rules'."""
    grams, length = _text_features(text)
    ordered = sorted(grams)
    out = [f"{mechanism}|{g}" for g in ordered]
    out.extend(ordered)
    out.extend(_rule_features(mechanism, signals, index, total, length))
    return out


@dataclass(frozen=True)
class ActModel:
    """Weights by feature; :meth:`score` is the probability of an act of the mechanism."""

    intercept: float
    weights: dict[str, float]
    mechanisms: frozenset[str]  # those it was trained on (a ``M|bias`` weight)
    # The weights of text grams, generic (key "") and per mechanism, keyed by the gram:
    # built on first use by :meth:`_gram_weights`, derived from ``weights`` alone.
    _grams: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # Per sentence text, what its grams weigh whatever the mechanism: see _text_weights.
    _texts: dict[str, TextWeights] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def of(cls, intercept: float, weights: dict[str, float]) -> ActModel:
        """The model of these weights, knowing the mechanisms that have a bias weight."""
        known = frozenset(k.removesuffix(BIAS_SUFFIX) for k in weights if k.endswith(BIAS_SUFFIX))
        return cls(intercept, weights, known)

    def score(self, feats: Sequence[str]) -> float:
        w = self.weights
        return self._probability(math.fsum(w.get(f, 0.0) for f in feats))

    def _probability(self, weight_sum: float) -> float:
        z = self.intercept + weight_sum
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def _gram_weights(self, mechanism: str) -> dict[str, float]:
        """The weight of each text gram ``g`` that has one, as the feature ``g`` itself
        (``mechanism`` ""), or crossed with ``mechanism`` (the feature ``mechanism|g``)."""
        table = self._grams.get(mechanism)
        if table is None:
            prefixes = tuple(f"{mechanism}|{p}" if mechanism else p for p in GRAM_PREFIXES)
            cut = len(mechanism) + 1 if mechanism else 0
            table = {k[cut:]: w for k, w in self.weights.items() if k.startswith(prefixes)}
            self._grams[mechanism] = table
        return table

    @cached_property
    def _weighed_grams(self) -> frozenset[str]:
        """The text grams with a weight of their own or crossed with any of
        :attr:`mechanisms`."""
        tables = (self._gram_weights(m).keys() for m in ("", *self.mechanisms))
        return frozenset().union(*tables)

    def _text_weights(self, text: str) -> TextWeights:
        """The weights of ``text``'s generic grams, its grams with any weight (generic
        or crossed with a known mechanism), and its folded length: the same for every
        mechanism a sentence is a candidate of, so made once per text (a document's
        worth kept)."""
        known = self._texts.get(text)
        if known is not None:
            return known
        grams, length = _text_grams(text)
        # one look-up per gram in the table of all weighed grams (a large table: each
        # look-up is a cache miss), then the generic weights among the few found
        weighed = grams & self._weighed_grams
        generic = self._gram_weights("")
        found = (tuple(map(generic.__getitem__, weighed & generic.keys())), weighed, length)
        if len(self._texts) >= TEXT_CACHE_SIZE:
            self._texts.clear()
        self._texts[text] = found
        return found

    def sentence_score(
        self, text: str, mechanism: str, signals: RuleSignals, index: int, total: int
    ) -> float:
        """``score(features(text, mechanism, signals, index, total))``, the same float.

        Only the features that have a weight are summed: the others add 0.0, and
        ``math.fsum`` is exact, so leaving them out (and summing in another order)
        changes nothing.  The text grams are made once per sentence, not once per
        mechanism, and matched against the weighted grams by a set intersection; for a
        mechanism the model knows, the generic weights and the grams with any weight
        are found once per text (:meth:`_text_weights`), the crossed weights among
        those few.
        """
        if mechanism.startswith(GRAM_PREFIXES):
            # its crossed features could read as generic ones: the plain way
            return self.score(features(text, mechanism, signals, index, total))
        crossed = self._gram_weights(mechanism)
        if mechanism in self.mechanisms:
            generic_terms, weighed, length = self._text_weights(text)
            terms = list(generic_terms)
            terms.extend(map(crossed.__getitem__, weighed & crossed.keys()))
        else:  # crossed weights of a mechanism without a bias: not in _weighed_grams
            grams, length = _text_grams(text)
            generic = self._gram_weights("")
            terms = [generic[g] for g in grams & generic.keys()]
            terms.extend(crossed[g] for g in grams & crossed.keys())
        w = self.weights
        rule = _rule_features(mechanism, signals, index, total, length)
        terms.extend(w[f] for f in rule if f in w)
        return self._probability(math.fsum(terms))


def parse_model(text: str, where: str = MODEL_FILE) -> ActModel:
    """The model of a model file's text; raises :class:`ActModelError` naming the line."""
    intercept: float | None = None
    weights: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("# "):
            continue
        key, sep, value = line.rpartition("\t")
        if not sep or not key:
            raise ActModelError(f"{where}:{n}: expected feature<TAB>weight")
        try:
            w = float(value)
        except ValueError as exc:
            raise ActModelError(f"{where}:{n}: bad weight {value!r}") from exc
        if not math.isfinite(w):
            raise ActModelError(f"{where}:{n}: weight not finite")
        if key == "#intercept":
            intercept = w
        elif key in weights:
            raise ActModelError(f"{where}:{n}: feature {key!r} twice")
        else:
            weights[key] = w
    if intercept is None:
        raise ActModelError(f"{where}: no #intercept line")
    return ActModel.of(intercept, weights)


def format_model(model: ActModel, header: str = "") -> str:
    """The file text of ``model``: sorted, fixed precision (same model, same bytes)."""
    lines = [f"# {h}" for h in header.splitlines() if h]
    lines.append(f"#intercept\t{model.intercept:.6f}")
    lines.extend(f"{k}\t{model.weights[k]:.6f}" for k in sorted(model.weights))
    return "\n".join(lines) + "\n"


@cache
def load_act_model() -> ActModel:
    """The shipped model, read and validated once per process."""
    text = resources.files("reporter.data").joinpath(MODEL_FILE).read_text("utf-8")
    return parse_model(text)


def article_probability(probabilities: Sequence[float], top: int = JUDGED_SENTENCES) -> float:
    """The noisy-OR of the ``top`` most probable sentences: each a witness of the act on
    its own (a report often tells an act over two sentences)."""
    best = sorted(probabilities, reverse=True)[:top]
    return round(1.0 - math.prod(1.0 - p for p in best), SCORE_DIGITS)


def vetoed(hit: SentenceHit) -> bool:
    """A sentence a negative cue zeroed (各地要注重选派…: a demand on lower levels, not an
    act) is no witness for the model: a firing negative cue must be able to veto, and
    measured forward the model overruling it only added false detections (four splits,
    41-50: two fewer false, none lost; bench/quality_history.md, round 16)."""
    return bool(hit.negatives) and hit.score <= 0


def judge(
    rules: Detection,
    hits: Sequence[SentenceHit],
    sentences: Sequence[str],
    discounts: Sequence[float],
    localities: Sequence[str | None],
    model: ActModel,
) -> Detection:
    """The detection of one mechanism, the act model judging where the rules are unsure.

    ``rules`` and ``hits`` are :func:`.detect.detect`'s.  When the rules' article score
    reaches :data:`RULES_SURE` their verdict stands; otherwise the model scores every
    candidate sentence a negative cue did not veto (:func:`vetoed`), and the mechanism is
    present when :func:`article_probability` reaches :data:`ACT_THRESHOLD` (and, where the
    rules scored nothing, one sentence reaches it on its own).  A judged
    detection keeps the rules' score, threshold and cues (what a reader checks) and
    carries the model's probability in ``judged`` and each evidence sentence's in
    ``act``; its evidence is the rules' hits and any sentence the model finds an act in,
    the most probable first.
    """
    if rules.mechanism_id not in model.mechanisms or rules.score >= RULES_SURE:
        return rules
    total = len(sentences)
    scored: list[tuple[float, SentenceHit]] = []
    for h in hits:
        if vetoed(h):
            continue
        i = h.sentence_index
        signals = RuleSignals(h.score, h.cues, h.negatives, discounts[i])
        p = model.sentence_score(sentences[i], rules.mechanism_id, signals, i, total)
        scored.append((round(p, SCORE_DIGITS), h))
    judged = article_probability([p for p, _h in scored])
    shown = [(p, h) for p, h in scored if p >= ACT_THRESHOLD or h.score > 0]
    shown.sort(key=lambda ph: (-ph[0], -ph[1].score, ph[1].sentence_index))
    evidence = tuple(
        Evidence(
            sentence_index=h.sentence_index,
            text=sentences[h.sentence_index],
            cues=h.cues,
            score=h.score,
            locality=localities[h.sentence_index],
            matched=h.matched,
            act=p,
        )
        for p, h in shown[:MAX_EVIDENCE]
    )
    # Two half-witnesses in sentences where the rules found no cue at all (each under the
    # threshold, their noisy-OR over it) are no act: the model needs one sentence of its
    # own when the rules scored nothing (a 表彰 notice for key projects read as a ranking).
    witnessed = rules.score > 0 or any(p >= ACT_THRESHOLD for p, _h in scored)
    present = judged >= ACT_THRESHOLD and witnessed
    return replace(rules, present=present, evidence=evidence, judged=judged)
