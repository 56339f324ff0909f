"""Properties of the splitter on arbitrary text (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import split
from reporter.models import CleanArticle, CleaningReport, Metadata
from reporter.split.resources import CLOSERS

# the characters the rules are about, plus everything else
SPECIAL = [*"。！？!?｡…⋯.；;，,、：:“”‘’「」『』《》〈〉（）()【】\"' \u3000\n", "……", "..."]
WORDS = ["干部", "崂山区", "1628名", "一线", "等", "的", "A", "说"]
TEXT = st.lists(
    st.sampled_from(SPECIAL)
    | st.sampled_from(WORDS)
    # Decoded text never holds lone surrogates (no codec produces them), so neither do we.
    | st.characters(exclude_categories=["Cs"]),
    max_size=120,
).map("".join)
WORDISH = re.compile(r"[^\W_]")


def make_article(text: str, original: str) -> CleanArticle:
    meta = Metadata("标题", False, None, None, None, (), (), None)
    report = CleaningReport("simplified", (), (), len(text), len(text))
    return CleanArticle("a", "a.txt", text, original, meta, report)


@settings(max_examples=400, deadline=None)
@given(text=TEXT)
def test_sentences_are_well_formed(text: str) -> None:
    doc = split.split_sentences(make_article(text, text))
    previous_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert s.text == text[s.start : s.end] == s.original
        assert s.text and s.text == s.text.strip()  # no empty sentence, no outer whitespace
        assert previous_end <= s.start < s.end  # in order, no overlap
        previous_end = s.end
        assert "\n" not in s.text and s.paragraph == text.count("\n", 0, s.start)
        assert s.text[0] not in CLOSERS  # never starts with a closing quote or bracket
        assert WORDISH.search(s.text)


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_no_letter_or_digit_is_lost(text: str) -> None:
    # only whitespace, stray leading closers and punctuation-only paragraphs fall outside
    doc = split.split_sentences(make_article(text, text))
    covered = [False] * len(text)
    for s in doc.sentences:
        covered[s.start : s.end] = [True] * (s.end - s.start)
    for m in WORDISH.finditer(text):
        assert covered[m.start()], (m.group(), text)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, original=TEXT)
def test_any_original_text_never_breaks_splitting(text: str, original: str) -> None:
    doc = split.split_sentences(make_article(text, original))
    for s in doc.sentences:
        assert s.text == text[s.start : s.end]
        assert s.original == s.original.strip()


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_splitting_is_deterministic(text: str) -> None:
    article = make_article(text, text)
    assert split.split_sentences(article) == split.split_sentences(article)


SHAPE_TEXT = st.text(alphabet=st.sampled_from([*"干部區区嶗崂ab1 ，。“”\n", "𠀀"]), max_size=16)


@settings(max_examples=300, deadline=None)
@given(SHAPE_TEXT, SHAPE_TEXT)
def test_shapes_agree_exactly_when_skeletons_do(one: str, other: str) -> None:
    # The mapper compares run shapes instead of building both skeletons.
    assert (split._shape(one) == split._shape(other)) == (
        split._skeleton(one) == split._skeleton(other)
    )


@settings(max_examples=200, deadline=None)
@given(SHAPE_TEXT)
def test_script_conversion_keeps_the_shape(text: str) -> None:
    converted = text.translate(str.maketrans("区崂干", "區嶗幹"))
    assert split._shape(text) == split._shape(converted)
    assert split._shape(text) != split._shape(text.replace("，", "。x", 1)) or "，" not in text
