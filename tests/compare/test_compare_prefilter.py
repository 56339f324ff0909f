"""The prefilter: what a pattern's matches must contain, and that skipping changes nothing."""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.compare import genre_resources
from reporter.compare.detect import discount_factor, match_sentence
from reporter.compare.facts import sentence_facts
from reporter.compare.prefilter import DIGIT_KEY, Prefilter, haystack, requirements
from reporter.compare.resources import fact_patterns
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "heldout"


@pytest.mark.parametrize(
    ("pattern", "items"),
    [
        ("指挥部", [{"指挥部"}]),
        # a literal run is one key; an alternation joins each branch's best item
        ("(成立|组建)[^。；]{0,20}?(专班|指挥部)", [{"成立", "组建"}, {"专班", "指挥部"}]),
        # an optional part needs nothing; a repeated one needs what it holds
        ("(建设)?指挥部", [{"指挥部"}]),
        ("(工作)+组", [{"工作"}, {"组"}]),
        # \d is the digit key; a small class its characters
        (r"\d+[%％]", [{DIGIT_KEY}, {"%", "％"}]),
        ("[转回]过(头|甚)去", [{"转", "回"}, {"过"}, {"头", "甚"}, {"去"}]),
        # a branch that needs nothing makes the alternation need nothing
        ("专班|[^。]", []),
        # what the reading does not understand contributes nothing
        (r"(?<=赴)[\u4e00-\u9fff]{2,}", []),
        ("(?i)abc", []),
        ("a(?i:b)c", [{"a"}, {"c"}]),
    ],
)
def test_requirements(pattern: str, items: list[set[str]]) -> None:
    assert [set(it) for it in requirements(re.compile(pattern))] == items


@pytest.mark.parametrize(
    ("pattern", "items"),
    [
        # spelling, a small class beside literals spells keys with them; a digit never does
        ("[转回]过(头|甚)去", [{"转过", "回过"}, {"头", "甚"}, {"去"}]),
        ("[甲乙][丙丁]戊", [{"甲丙戊", "甲丁戊", "乙丙戊", "乙丁戊"}]),
        (r"第[一二]\d名", [{"第一", "第二"}, {DIGIT_KEY}, {"名"}]),
        ("(成立|组建)[^。；]{0,20}?(专班|指挥部)", [{"成立", "组建"}, {"专班", "指挥部"}]),
    ],
)
def test_requirements_spelled(pattern: str, items: list[set[str]]) -> None:
    assert [set(it) for it in requirements(re.compile(pattern), spell=True)] == items


@pytest.mark.parametrize(
    ("text", "keys"),
    [("选派120名干部", "选派120名干部\x00"), ("选派干部", "选派干部")],
)
def test_haystack_marks_digits(text: str, keys: str) -> None:
    assert haystack(text) == keys


def _all_patterns(taxonomy: Taxonomy) -> list[re.Pattern[str]]:
    facts = fact_patterns()
    return [
        *(p for s in taxonomy.specs for p in s.patterns_in_order),
        *(n.pattern for n in taxonomy.negatives),
        *(d.pattern for d in taxonomy.discounts),
        *(getattr(facts, f.name) for f in fields(facts)),
    ]


def _sentences(seed_docs: dict[str, Document]) -> list[str]:
    from reporter import pipeline

    docs, _ = pipeline.load_documents(tuple(sorted(HELDOUT.glob("*.txt"))))
    return [s.text for d in (*seed_docs.values(), *docs) for s in d.sentences]


@pytest.fixture(scope="module")
def sentences(seed_docs: dict[str, Document]) -> list[str]:
    return _sentences(seed_docs)


def test_prefilter_never_rules_out_a_match(taxonomy: Taxonomy, sentences: list[str]) -> None:
    prefilter = taxonomy.prefilter
    ruled_out = 0
    for text in sentences:
        possible = prefilter.possible(haystack(text))
        for pattern in prefilter.patterns:
            if pattern.search(text):
                assert pattern in possible, (pattern.pattern, text)
            elif pattern not in possible:
                ruled_out += 1
    # and it does rule out most of what cannot match (else it would be pointless)
    assert ruled_out > 0.8 * len(sentences) * len(prefilter.patterns)


def test_genre_prefilter_never_rules_out_a_marker(sentences: list[str]) -> None:
    genre_rules = genre_resources.rules()
    prefilter = genre_rules.prefilter
    markers = [m.pattern for g in genre_rules.genres for m in g.markers]
    # pages as the gate reads them: several sentences, lines between
    pages = ["\n".join(sentences[i : i + 20]) for i in range(0, len(sentences), 20)]
    for text in pages:
        possible = prefilter.possible(haystack(text))
        for pattern in markers:
            if pattern.search(text):
                assert pattern in possible, (pattern.pattern, text)


def test_detection_and_facts_same_with_prefilter(taxonomy: Taxonomy, sentences: list[str]) -> None:
    for text in sentences:
        possible = taxonomy.prefilter.possible(haystack(text))
        assert discount_factor(text, taxonomy, possible) == discount_factor(text, taxonomy)
        assert sentence_facts(text, possible) == sentence_facts(text)
        for spec in taxonomy.specs:
            assert match_sentence(
                text, spec, 1.0, 3, taxonomy.negatives, possible
            ) == match_sentence(text, spec, 1.0, 3, taxonomy.negatives), (spec.id, text)


PIECES = ["选派", "干部", "120名", "指挥部", "专班", "“三单制”", "排名", "第3位",
          "从30%提高到83%", "每季度", "一周一例会", "挂职", "培训班", "，", "。", "提拔",
          "近两年", "3个月"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.text(max_size=6))
def test_prefilter_sound_on_made_up_text(taxonomy: Taxonomy, parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    possible = taxonomy.prefilter.possible(haystack(text))
    for pattern in taxonomy.prefilter.patterns:
        if pattern.search(text):
            assert pattern in possible, (pattern.pattern, text)


def test_prefilter_of_user_patterns() -> None:
    patterns = [re.compile(p) for p in ("(甲|乙)丙", r"\d+名", "丁{2,}", "戊?", "[^己]")]
    prefilter = Prefilter.build(patterns)
    found = {p.pattern for p in prefilter.possible(haystack("乙丙 丁丁"))}
    # "\d+名" needs a digit and 名; the optional and the negated class need nothing
    assert found == {"(甲|乙)丙", "丁{2,}", "戊?", "[^己]"}


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]


def test_possible_patterns_behave_as_a_set_of_patterns() -> None:
    sources = ("(甲|乙)丙", r"\d+名", "丁{2,}")
    patterns = [re.compile(p) for p in sources]
    prefilter = Prefilter.build([*patterns, patterns[0]])
    possible = prefilter.possible(haystack("乙丙 丁丁"))
    expected = {patterns[0], patterns[2]}
    assert set(possible) == expected and len(possible) == 2
    # membership by equality for a pattern object the prefilter was not built from
    other = re.compile("(甲|乙)丙", re.ASCII)  # equal source, other flags: not equal
    assert patterns[0] in possible and patterns[1] not in possible and other not in possible
    copy = re.compile("丁{2,}", re.UNICODE)  # another object (re's cache key differs)
    assert copy is not patterns[2] and copy == patterns[2] and copy in possible
    assert "丁{2,}" not in possible
    assert not possible.isdisjoint([copy]) and possible.isdisjoint({patterns[1]})
    cues = tuple(_Cue(p) for p in (*patterns, copy))
    assert possible.select(cues) == [cues[0], cues[2], cues[3]]
    assert possible.select(cues) == [cues[0], cues[2], cues[3]]  # remembered, the same
    listed = list(cues)
    assert possible.select(listed) == [cues[0], cues[2], cues[3]]
    listed.pop(0)  # a list may change: it is read anew each time
    assert possible.select(listed) == [cues[2], cues[3]]
    # a copy in another process (pickled) knows its patterns anew
    again = pickle.loads(pickle.dumps(prefilter))
    assert set(again.possible(haystack("乙丙 丁丁"))) == expected and not again.spell
    assert again.possible(haystack("乙丙 丁丁")).select(cues) == [cues[0], cues[2], cues[3]]


USER_TAXONOMY = """
[[negative]]
label = "口号"
pattern = "“[^”]{1,20}”"

[[mechanism]]
id = "night_school"
name_zh = "夜校"
name_en = "Night school"
definition = "Officials study in evening classes."
[[mechanism.cue]]
label = "夜校"
pattern = "(?P<w>夜校)"
weight = 2.0
[[mechanism.cue]]
label = "夜读"
pattern = "(?P<w>夜读)"
weight = 1.0
"""


def test_same_detections_without_a_screen(
    taxonomy: Taxonomy, seed_docs: dict[str, Document]
) -> None:
    """A user file whose cues cannot be joined into a screen (one group name twice):
    every sentence is matched in full, shared negatives still recorded."""
    from reporter.compare.detect import detect
    from reporter.compare.taxonomy import extend

    user = extend(taxonomy, "user.toml", USER_TAXONOMY)
    spec = user.spec("night_school")
    assert spec.screen is None
    texts = [s.text for d in seed_docs.values() for s in d.sentences]
    texts.append("区里开办干部夜校，学员“夜读”。")
    possible = [user.prefilter.possible(haystack(t)) for t in texts]
    ones = [1.0] * len(texts)
    nowhere: list[str | None] = [None] * len(texts)
    with_filter, _ = detect(spec, texts, ones, nowhere, user.negatives, possible)
    without, _ = detect(spec, texts, ones, nowhere, user.negatives)
    assert with_filter == without
    assert "口号" in without.negative_cues and without.present
