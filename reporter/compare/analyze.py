"""Stage 5 per article: detections, facts and the localities they are about."""

from __future__ import annotations

from dataclasses import replace

from reporter.compare.act_model import ActModel, judge
from reporter.compare.align import where_terms
from reporter.compare.detect import SentenceHit, detect, discount_factor
from reporter.compare.facts import extract_facts
from reporter.compare.localities import FindPlaces, sentence_places
from reporter.compare.model import ArticleAnalysis, Detection
from reporter.compare.practices import article_practices
from reporter.compare.prefilter import haystack
from reporter.compare.similarity import term_counts
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

# A sentence is "about" a mechanism, for linking its facts, when it holds at least a
# specific term of it (weight 1.5): a topical word in passing (荣誉称号, 培训) is not enough.
LINK_MIN_SCORE = 1.5


def sentence_mechanisms(
    doc: Document, detections: tuple[Detection, ...], hits: dict[str, tuple[SentenceHit, ...]]
) -> list[tuple[str, ...]]:
    """Per sentence, the present mechanisms it shows, else those of its paragraph."""
    order = [d.mechanism_id for d in detections if d.present]
    own: list[set[str]] = [set() for _ in doc.sentences]
    for mid in order:
        for h in hits[mid]:
            if h.score >= LINK_MIN_SCORE:
                own[h.sentence_index].add(mid)
    by_paragraph: dict[int, set[str]] = {}
    for s in doc.sentences:
        by_paragraph.setdefault(s.paragraph, set()).update(own[s.index])
    return [
        tuple(m for m in order if m in (own[s.index] or by_paragraph[s.paragraph]))
        for s in doc.sentences
    ]


def analyze(
    doc: Document,
    taxonomy: Taxonomy,
    find_places: FindPlaces | None = None,
    act_model: ActModel | None = None,
) -> ArticleAnalysis:
    """Which mechanisms ``doc`` describes, with evidence, and its comparable facts.

    ``find_places`` stands in for the gazetteer (tests); by default the gazetteer's.
    ``act_model``: the learned judge of the rules' candidate sentences
    (:mod:`.act_model`); ``None``: the rules' scores decide.
    """
    # Cues match the sentences as cleaned: pinyin annotations and the like are the
    # cleaner's to remove (reporter.clean), not something to undo again here.
    texts = [s.text for s in doc.sentences]
    prefilter = taxonomy.prefilter
    possible = [prefilter.possible(haystack(t)) for t in texts]
    discounts = [discount_factor(t, taxonomy, possible[i]) for i, t in enumerate(texts)]
    places = sentence_places(doc, find_places)
    localities = [p.locality for p in places]
    detections: list[Detection] = []
    hits: dict[str, tuple[SentenceHit, ...]] = {}
    for spec in taxonomy.specs:
        detection, spec_hits = detect(
            spec, texts, discounts, localities, taxonomy.negatives, possible
        )
        if act_model is not None:
            detection = judge(detection, spec_hits, texts, discounts, localities, act_model)
        detections.append(detection)
        hits[spec.id] = spec_hits
    mechs = sentence_mechanisms(doc, tuple(detections), hits)
    facts = extract_facts(doc.id, texts, mechs, localities, possible)
    terms, counts = term_counts(texts)
    evidence = sorted({e.sentence_index for d in detections if d.present for e in d.evidence})
    where = tuple((i, w) for i in evidence if (w := where_terms(texts[i])))
    analysis = ArticleAnalysis(doc.id, tuple(detections), facts, terms, counts, where=where)
    return replace(analysis, practices=article_practices(doc, analysis, taxonomy))
