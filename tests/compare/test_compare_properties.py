"""Properties of detection and facts on arbitrary text of the genre's alphabet."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reporter import compare
from reporter.compare.detect import MAX_EVIDENCE, PRESENCE_THRESHOLD, article_score
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

# Words that cues and facts react to, glued with random characters and punctuation.
PIECES = st.sampled_from(
    ["选派", "干部", "到", "一线", "专班", "成立", "擂台", "比干劲、比作风", "提拔重用", "培训",
     "窗口", "表彰", "问责", "名", "个月", "%", "从", "提高到", "万元", "平方米", "每月", "近",
     "两", "三", "12", "3.5", "，", "。", "“", "”", "区", "崂山区", "激励", "考察", "\n"]
)  # fmt: skip
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)


# No deadline: the first example pays for loading jieba and the act tables, once.
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=TEXTS)
# a cue whose gap spanned a masked frame once reported the mask as its matched words
@example(text="选派考察专班专班")
def test_analysis_invariants(
    text: str, taxonomy: Taxonomy, make_document: Callable[[str], Document]
) -> None:
    doc = make_document(text)
    analysis = compare.analyze(doc, taxonomy)
    assert [d.mechanism_id for d in analysis.detections] == [m.id for m in taxonomy.mechanisms]
    for d in analysis.detections:
        assert d.score >= 0 and len(d.evidence) <= MAX_EVIDENCE
        assert d.present == (d.score >= PRESENCE_THRESHOLD)
        for e in d.evidence:
            assert e.text == doc.sentences[e.sentence_index].text
            assert all(m in e.text for m in e.matched)
    for f in analysis.facts:
        assert f.text in doc.sentences[f.sentence_index].text
        assert (f.value is None) == (f.kind == "rank")


@given(st.lists(st.floats(0, 3), max_size=20))
def test_repeated_topical_words_never_reach_the_threshold(scores: list[float]) -> None:
    """The DECAY rule: any number of sentences scoring 1.0 stays below 2.0."""
    assert article_score([1.0] * len(scores)) < PRESENCE_THRESHOLD
    assert article_score([1.0] * 100) < PRESENCE_THRESHOLD
    assert article_score(scores) >= max(scores, default=0.0) - 1e-3
