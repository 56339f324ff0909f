"""Mechanism detection: cue matching per sentence, scoring per article.

For one sentence and one mechanism:

1. the spans of the mechanism's negative cues (rhetoric, look-alike words) are blanked out;
   a negative marked ``veto`` that matches leaves the sentence with score 0 (it says who
   acts: a company's own command post, an exam guide defining a word); so do the spans and
   vetoes of the institutional-act check (:mod:`.act`, the same for every mechanism: no
   official as the object, a definition, a question, policy headings, an act still to come);
2. every cue is matched on what is left; where matches overlap, only the heaviest counts
   (a stretch of text is read once, in its strongest sense);
   a people count ("选派120名", "表彰38名") in the clause of a cue of weight >= 1.5 adds
   ``COUNT_BONUS`` (cue label ``涉及人数``): an act done to counted officials;
3. the sentence score is the sum of the kept weights, capped at ``SENTENCE_SCORE_CAP``, times
   the smallest factor of the taxonomy's discounts that match (quoted central rhetoric).

For one article: sort the sentence scores s1 >= s2 >= ... and take
``score = s1 + DECAY * s2 + DECAY**2 * s3 + ...`` over the ``MAX_SCORED_SENTENCES``
strongest; the mechanism is present when the score
reaches the mechanism's threshold (default ``PRESENCE_THRESHOLD``).  With DECAY = 0.5 a
topical word of weight 1.0 can be repeated any number of times and stay below 2.0: a
mechanism needs an institutional act (weight 2.0 in one sentence) or a specific term
corroborated by another signal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reporter.compare.act import article_veto, blank, judge
from reporter.compare.model import Detection, Evidence
from reporter.compare.prefilter import PatternSet
from reporter.compare.resources import CLAUSE, PEOPLE_COUNT
from reporter.compare.taxonomy import MechanismSpec, Negative, Taxonomy

# One institutional act (weight 2.0, see taxonomy.toml) or a specific cue (1.5) plus any
# corroboration; topical words alone (1.0, summed with DECAY) converge to 2.0 but never reach it.
PRESENCE_THRESHOLD = 2.0
# Each further sentence counts half the one before: repetition adds evidence, with
# diminishing returns, so a long article is not "present" on sheer length.
DECAY = 0.5
# Only the strongest sentences count; beyond six, DECAY makes them negligible anyway, and
# the cap keeps topical words (1.0 each) at most 1.969 after rounding, below the threshold.
MAX_SCORED_SENTENCES = 6
# A sentence crowded with cue words is still one sentence.
SENTENCE_SCORE_CAP = 3.0
# Evidence shown per article and mechanism: enough to convince, short enough to read.
MAX_EVIDENCE = 5
# A specific cue (weight >= COUNT_BONUS_MIN_WEIGHT) whose clause counts people ("交流任职
# 乡科级干部213名", "表彰38名") describes an act done to that many officials: specific term
# plus count reaches the threshold in one sentence.  Topical words (1.0) get no bonus, so
# they still never reach the threshold however often they are repeated.
COUNT_BONUS = 0.5
COUNT_BONUS_MIN_WEIGHT = 1.5
COUNT_BONUS_LABEL = "涉及人数"
# Scores are rounded so that brief.json does not change with float noise.
SCORE_DIGITS = 3
_MASK = "\u25a1"  # □, never part of a cue


@dataclass(frozen=True)
class SentenceHit:
    """What one mechanism's cues found in one sentence."""

    sentence_index: int
    score: float
    cues: tuple[str, ...]  # labels of the kept cue matches, heaviest first
    matched: tuple[str, ...]  # the matched words
    negatives: tuple[str, ...]  # labels of negative cues that matched
    weights: tuple[float, ...]  # parallel to cues


Possible = PatternSet


def match_sentence(
    text: str,
    spec: MechanismSpec,
    discount: float,
    sentence_index: int = 0,
    shared_negatives: Sequence[Negative] = (),
    possible: Possible | None = None,
) -> SentenceHit:
    """Score one (match-view) sentence for one mechanism; ``discount`` is its factor.

    ``shared_negatives`` (the taxonomy's top-level negatives) are blanked out first.
    ``possible``: the patterns that may match ``text`` (``Taxonomy.prefilter``); the
    others are not run, which changes nothing since they cannot match.  ``None``: all.
    """
    cues = spec.cues
    spec_negatives = spec.negatives
    if possible is not None:
        cues = tuple(possible.select(cues))
        # the screen (see the else branch), searching only the patterns that may match,
        # up to the first that does; the negatives are selected only when no cue matches
        # (most sentences fail the screen) or the screen has passed
        if spec.screen is not None and not any(c.pattern.search(text) for c in cues):
            spec_negatives = tuple(possible.select(spec_negatives))
            if not any(n.pattern.search(text) for n in spec_negatives):
                return SentenceHit(sentence_index, 0.0, (), (), (), ())
        else:
            spec_negatives = tuple(possible.select(spec_negatives))
        shared_negatives = possible.select(shared_negatives)
    else:
        screen = spec.screen
        if screen is not None and not screen.search(text):
            return SentenceHit(sentence_index, 0.0, (), (), (), ())
    negatives: list[str] = []
    masked = text
    for neg in (*shared_negatives, *spec_negatives):
        spans = [m.span() for m in neg.pattern.finditer(masked) if m.end() > m.start()]
        if spans:
            negatives.append(neg.label)
            if neg.veto:
                return SentenceHit(sentence_index, 0.0, (), (), tuple(negatives), ())
            masked = blank(masked, spans, _MASK)
    verdict = judge(text)
    for label, frame_spans in verdict.masks_for(spec.id):
        negatives.append(label)
        masked = blank(masked, frame_spans, _MASK)
    found: list[tuple[float, int, int, str, str]] = []
    for cue in cues:
        for m in cue.pattern.finditer(masked):
            # a cue whose gap spans a masked frame would rebuild what the mask removed
            if m.end() > m.start() and _MASK not in m.group():
                found.append((cue.weight, m.start(), m.end(), cue.label, m.group()))
    found.sort(key=lambda f: (-f[0], f[1], f[3]))
    kept: list[tuple[float, int, int, str, str]] = []
    for f in found:
        if all(f[2] <= k[1] or f[1] >= k[2] for k in kept) and all(f[3] != k[3] for k in kept):
            kept.append(f)
    # the act check's veto: cues matched, but the sentence reports no act done to officials
    vetoed = verdict.veto_for(spec.id) if kept else None
    if vetoed is not None:
        return SentenceHit(sentence_index, 0.0, (), (), (*negatives, vetoed), ())
    count = _clause_count(masked, found) if kept else None
    if count is not None:
        kept.append((COUNT_BONUS, count.start(), count.end(), COUNT_BONUS_LABEL, count.group()))
    score = min(SENTENCE_SCORE_CAP, sum(k[0] for k in kept)) * discount if kept else 0.0
    return SentenceHit(
        sentence_index,
        round(score, SCORE_DIGITS),
        tuple(k[3] for k in kept),
        tuple(k[4] for k in kept),
        tuple(negatives),
        tuple(k[0] for k in kept),
    )


def _clause_count(
    text: str, matches: Sequence[tuple[float, int, int, str, str]]
) -> re.Match[str] | None:
    """The first people count in the clause of a cue match of weight >= COUNT_BONUS_MIN_WEIGHT.

    Every match counts, also one dropped for repeating a label: "双向交流，……共交流任职
    干部213名" shows the count beside the second mention.
    """
    for clause in CLAUSE.finditer(text):
        a, b = clause.span()
        if any(w >= COUNT_BONUS_MIN_WEIGHT and a <= s < b for w, s, _e, _l, _m in matches):
            found = PEOPLE_COUNT.search(text, a, b)
            if found:
                return found
    return None


def discount_factor(text: str, taxonomy: Taxonomy, possible: Possible | None = None) -> float:
    """The smallest factor of the discounts ``text`` matches (1.0: none).

    ``possible`` as in :func:`match_sentence`.
    """
    discounts = taxonomy.discounts if possible is None else possible.select(taxonomy.discounts)
    stripped = text.strip()
    factors = [d.factor for d in discounts if d.pattern.search(stripped)]
    return min(factors) if factors else 1.0


def article_score(scores: Sequence[float]) -> float:
    ordered = sorted((s for s in scores if s > 0), reverse=True)[:MAX_SCORED_SENTENCES]
    return round(math.fsum(s * DECAY**i for i, s in enumerate(ordered)), SCORE_DIGITS)


def detect(
    spec: MechanismSpec,
    sentences: Sequence[str],
    discounts: Sequence[float],
    localities: Sequence[str | None],
    shared_negatives: Sequence[Negative] = (),
    possible: Sequence[Possible] | None = None,
) -> tuple[Detection, tuple[SentenceHit, ...]]:
    """The detection of one mechanism in one article, and its hits: one per sentence, in
    order, leaving out sentences none of the mechanism's patterns may match.

    ``possible``: per sentence, as in :func:`match_sentence`.
    """
    # without a screen every sentence is matched (shared negatives still count there)
    patterns = spec.patterns if spec.screen is not None else None
    hits = tuple(
        match_sentence(
            text, spec, discounts[i], i, shared_negatives, None if possible is None else possible[i]
        )
        for i, text in enumerate(sentences)
        # such a sentence would fail the screen: an empty hit
        if possible is None or patterns is None or not possible[i].isdisjoint(patterns)
    )
    vetoed = article_veto(spec.id, sentences)
    if vetoed is not None:
        hits = tuple(
            SentenceHit(h.sentence_index, 0.0, (), (), (*h.negatives, vetoed), ()) if h.score else h
            for h in hits
        )
    positive = [h for h in hits if h.score > 0]
    score = article_score([h.score for h in positive])
    threshold = spec.threshold if spec.threshold is not None else PRESENCE_THRESHOLD
    strongest = sorted(positive, key=lambda h: (-h.score, h.sentence_index))[:MAX_EVIDENCE]
    evidence = tuple(
        Evidence(
            sentence_index=h.sentence_index,
            text=sentences[h.sentence_index],
            cues=h.cues,
            score=h.score,
            locality=localities[h.sentence_index],
            matched=h.matched,
        )
        for h in strongest
    )
    weight_by_cue: dict[str, float] = {}
    for h in hits:
        for label, w in zip(h.cues, h.weights, strict=True):
            weight_by_cue[label] = weight_by_cue.get(label, 0.0) + w
    cues = tuple(sorted(weight_by_cue, key=lambda c: (-weight_by_cue[c], c)))
    negatives = tuple(dict.fromkeys(n for h in hits for n in h.negatives))
    detection = Detection(
        mechanism_id=spec.id,
        present=score >= threshold,
        score=score,
        evidence=evidence,
        cues=cues,
        negative_cues=negatives,
        threshold=threshold,
    )
    return detection, hits
