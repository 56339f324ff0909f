"""The default summarizer on the five seeds: order, no near-duplicates, key facts."""

from __future__ import annotations

import itertools
import re

import pytest

from reporter.models import Document
from reporter.summarize import DEFAULT_ENGINE, get_summarizer
from reporter.summarize.textrank_plus import reject_reason

# Independent of the engine's own constant: sentences sharing half of their character
# bigrams say the same thing.
NEAR_DUPLICATE = 0.5
# A key fact in this genre: a number with a counting unit (名, 人, %, 个月 ...).
FACT = re.compile(r"\d+(\.\d+)?\s*(多|余)?(名|人次|人|个|批|项|%|万|平方米|户|天|年)")


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum()]
    return {a + b for a, b in itertools.pairwise(chars)}


@pytest.fixture(scope="module")
def summaries(seed_docs: list[Document]) -> dict[str, tuple[Document, list[str]]]:
    engine = get_summarizer(DEFAULT_ENGINE)
    out = {}
    for doc in seed_docs:
        summary = engine.summarize(doc, 5)
        indices = [s.sentence_index for s in summary.sentences]
        assert indices == sorted(indices), doc.id
        assert all(doc.sentences[s.sentence_index].text == s.text for s in summary.sentences)
        out[doc.id] = (doc, [s.text for s in summary.sentences])
    return out


def test_picks_exist_and_are_clean(summaries: dict[str, tuple[Document, list[str]]]) -> None:
    assert len(summaries) == 5
    for doc_id, (_doc, texts) in summaries.items():
        assert 3 <= len(texts) <= 5, doc_id
        for t in texts:
            assert reject_reason(t) is None, (doc_id, t)
            assert "\ufffd" not in t and not t.startswith(("”", "’", "」"))


def test_no_two_picks_are_near_duplicates(summaries: dict[str, tuple[Document, list[str]]]) -> None:
    for doc_id, (_doc, texts) in summaries.items():
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                ba, bb = _bigrams(a), _bigrams(b)
                assert len(ba & bb) / len(ba | bb) < NEAR_DUPLICATE, (doc_id, a, b)


def test_most_picks_carry_facts(summaries: dict[str, tuple[Document, list[str]]]) -> None:
    total = with_facts = 0
    for doc_id, (_doc, texts) in summaries.items():
        facts = [t for t in texts if FACT.search(t)]
        assert facts, (doc_id, texts)
        total, with_facts = total + len(texts), with_facts + len(facts)
    assert with_facts / total >= 0.6


def test_seed_picks_name_the_headline_facts(
    summaries: dict[str, tuple[Document, list[str]]],
) -> None:
    # Facts read off the articles by hand (domain notes: who, how many, result).
    expected = {
        "000_7ecb8a50a2b68392": ["1628名", "390万平方米"],
        "001_fdf18b7b7cde6f83": ["90名", "83%"],
        "002_640841af2d42bf82": ["考核排名"],
        "003_cddb78661fbf8839": ["137人次", "提拔19人"],
        "004_3b3ccc4ba27ef21c": ["考察工作组"],
    }
    for doc_id, facts in expected.items():
        joined = "".join(summaries[doc_id][1])
        for fact in facts:
            assert fact in joined, (doc_id, fact)
