"""What a detection must show before a finding may rest on it: strong or corroborated
evidence, an act done to officials, a sentence that can be the article's own place
acting, a sure reading.  A finding that says "only", "most" or "broadest" is only as
true as the detections it counts, and a false finding is the worst defect a brief can
have."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reporter.compare.act import names_officials
from reporter.compare.act import rules as act_rules
from reporter.compare.model import ArticleAnalysis, Evidence
from reporter.render.resources import HEAD_COUNT
from reporter.render.view.base import Builder
from reporter.text.gazetteer import find_places

# Evidence sentences that make a detection strong enough to count toward a superlative or
# an "only": one sentence may be a rule list or a catalogue of policies (围绕晋升职级、表彰
# 选树、培训指导……) that names several mechanisms without reporting any act; a second
# sentence corroborates.  A single sentence still counts when it is evidence of that
# mechanism alone (one explicit act), not one line feeding several mechanisms at once.
MIN_STRONG_SENTENCES = 2
# Different words an "only X" detection must have matched: one word, however often it
# recurs, may be the one misread sense the finding rests on.
MIN_DISTINCT_MATCHES = 2
# The act model's probability from which its detection counts for "broadest" (0.64: false).
SURE_JUDGED_MIN = 0.9


def strong_mechanisms(b: Builder, analysis: ArticleAnalysis) -> frozenset[str]:
    """The mechanisms an article shows with strong evidence: in at least
    ``MIN_STRONG_SENTENCES`` sentences, or in one sentence that is an act of no other
    mechanism of the article.  A policy list (围绕晋升职级、表彰选树、培训指导……) fires
    several mechanisms from one line; none of them counts toward a superlative.  A
    sentence is an act of a mechanism when it reaches that mechanism's threshold alone; a
    topical word of another mechanism in it (the 驻村 of 驻村干部关爱基金) is no second act."""
    present = [d for d in analysis.detections if d.present and d.mechanism_id in b.mech_by_id]
    sentences = {
        d.mechanism_id: frozenset(e.sentence_index for e in d.evidence if e.score > 0)
        for d in present
    }
    acts = Counter(e.sentence_index for d in present for e in d.evidence if e.score >= d.threshold)
    return frozenset(
        m
        for m, found in sentences.items()
        if len(found) >= MIN_STRONG_SENTENCES
        or (len(found) == 1 and all(acts[i] <= 1 for i in found))
    )


def done_to_officials(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    """Whether the evidence of ``mechanism_id`` is about officials: at least
    ``MIN_STRONG_SENTENCES`` of its sentences name officials, Party members or work units
    (:func:`reporter.compare.act.names_officials`), or every one of them does.  A page on
    citizens made service testers (体验官) or residents on a course names a department
    once, as who recommended them; the rest of its evidence is about the public, and an
    "only X" resting on it would be false.  Only the mechanisms whose act is done to
    people are read so (act.toml ``[object]``): a task force or a ranking of units names
    no person to be about."""
    if mechanism_id not in act_rules().object_mechanisms:
        return True
    det = analysis.find_detection(mechanism_id)
    if det is None:
        return False
    texts = {e.sentence_index: e.text for e in det.evidence if e.score > 0}
    about = sum(1 for t in texts.values() if names_officials(t))
    return bool(texts) and (about >= MIN_STRONG_SENTENCES or about == len(texts))


def own_evidence(b: Builder, analysis: ArticleAnalysis, mechanism_id: str) -> Evidence | None:
    """The first evidence sentence of ``mechanism_id`` that can be the article's own place
    acting (:func:`own_sentence`), when every sentence that alone reaches the threshold
    (an act, not a passing comparison: 此前，北京市人社局也启动过…) can too; else None: a
    commentary listing 宁波镇海区's, 荆州's and 郑州's promotions, or a survey paragraph
    (其中，湖北黄石…), tells
    of several places, and "only X" would credit X with a practice the page finds
    everywhere.  An article whose place the gazetteer does not resolve (a town) keeps its
    first evidence sentence: its kin cannot be told."""
    det = analysis.find_detection(mechanism_id)
    if det is None:
        return None
    evidence = [e for e in det.evidence if e.score > 0]
    doc = b.docs.get(analysis.article_id)
    meta = doc.article.metadata if doc is not None else None
    home = meta.primary_locality if meta is not None else None
    record = next((p for p in meta.localities if p.name == home), None) if meta else None
    if home is None or record is None:
        return evidence[0] if evidence else None
    above = frozenset({record.province, record.city} - {None, home})
    acts = [e for e in evidence if e.score >= det.threshold]
    if not all(own_sentence(e.text, home, above) for e in acts):
        return None
    return next((e for e in evidence if own_sentence(e.text, home, above)), None)


def own_sentence(text: str, home: str, above: frozenset[str | None]) -> bool:
    """Whether a sentence can tell of ``home`` acting: it names ``home`` or a place inside
    it, or no place but those it lies in (``above``: 全省, 市委)."""
    places = find_places(text)
    if any(p.name == home or home in (p.province, p.city) for p in places):
        return True
    return all(p.name in above for p in places)


def clear(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    """Whether the detection of ``mechanism_id`` scores above its threshold, not on it."""
    det = analysis.find_detection(mechanism_id)
    return det is not None and det.score > det.threshold


def varied(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    """Whether the evidence of ``mechanism_id`` matched at least ``MIN_DISTINCT_MATCHES``
    different words, head counts aside (30名 says how many, not what was done): the same
    word in every sentence is one reading repeated, no corroboration."""
    det = analysis.find_detection(mechanism_id)
    if det is None:
        return False
    words = {
        w for e in det.evidence if e.score > 0 for w in e.matched if not HEAD_COUNT.fullmatch(w)
    }
    return len(words) >= MIN_DISTINCT_MATCHES


def acted(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    """Whether one evidence sentence of ``mechanism_id`` reaches its threshold alone: an
    act told in one sentence, not a sum of passing mentions (挂点领导、第一书记、驻村工作队员
    named in a list of who leads, 1.5 and 1.0 of 2.0)."""
    det = analysis.find_detection(mechanism_id)
    return det is not None and any(e.score >= det.threshold for e in det.evidence)


def surely_present(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    """A sure detection: one sentence reaches the threshold alone (:func:`acted`), or,
    the rules below it, the act model judged it with at least ``SURE_JUDGED_MIN``."""
    det = analysis.find_detection(mechanism_id)
    if det is None or not det.present:
        return False
    if det.judged is not None and det.score < det.threshold:
        return det.judged >= SURE_JUDGED_MIN
    return acted(analysis, mechanism_id)


def has_place(b: Builder, article_id: str) -> bool:
    """Whether the article has a place: a file id is no locality to name or compare."""
    doc = b.docs.get(article_id)
    meta = doc.article.metadata if doc is not None else None
    return meta is not None and bool(meta.primary_locality or meta.localities)


def hinted_elsewhere(b: Builder, mechanism_id: str, article_id: str) -> bool:
    """Whether another article shows any cue of the mechanism, though too weakly to count
    it present.  "Only X reports it" is then unsure (a missed detection makes it false,
    the worst defect a brief can have), so the finding is not made."""
    for a in b.brief.alignment.analyses:
        if a.article_id == article_id:
            continue
        det = a.find_detection(mechanism_id)
        if det is not None and (det.cues or det.score > 0):
            return True
    return False


@dataclass(frozen=True)
class UniqueLimits:
    """How sure "only X reports M" can be (``reporter/data/findings.toml``, ``[unique]``)."""

    max_expected_misses: float
    default_miss_rate: float
    miss_rate: dict[str, float]

    def unsure(self, mechanism_id: str, others: int) -> bool:
        """Whether ``others`` articles may hide a missed detection of the mechanism."""
        rate = self.miss_rate.get(mechanism_id, self.default_miss_rate)
        return rate * others > self.max_expected_misses


def parse_unique_limits(text: str, where: str = "findings.toml") -> UniqueLimits:
    """The ``[unique]`` table of ``text``; a value that is no share in [0, 1] is named."""
    table = tomllib.loads(text)["unique"]
    rates = dict(table.get("miss_rate", {}))
    shares = {
        "max_expected_misses": table["max_expected_misses"],
        "default_miss_rate": table["default_miss_rate"],
        **{f"miss_rate.{k}": v for k, v in rates.items()},
    }
    for key, value in shares.items():
        if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise ValueError(f"{where}: [unique] {key} = {value!r} is no share in [0, 1]")
    return UniqueLimits(
        float(table["max_expected_misses"]),
        float(table["default_miss_rate"]),
        {k: float(v) for k, v in rates.items()},
    )


@cache
def unique_limits() -> UniqueLimits:
    """The shipped limits, read and validated once per process."""
    text = resources.files("reporter.data").joinpath("findings.toml").read_text("utf-8")
    return parse_unique_limits(text)
