"""The shared text helpers of the view (reporter.render.view.text): short ids, anchors,
dates, defused annotations, cue highlights and quote excerpts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter.render.labels import labels
from reporter.render.view.text import (
    Segment,
    anchor_for,
    article_anchor,
    defuse_annotations,
    excerpt,
    format_date,
    highlight,
    short_ids,
)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["000_7ecb8a50", "001_fdf18b7b"], ["000", "001"]),
        (["002_a", "002_b"], ["002_a", "002_b"]),  # clashing prefixes: keep the ids
        (["report", "long-name-of-a-file-2019"], ["report", "long-name-o…"]),
        (["12 长春", "13 淄博"], ["12", "13"]),
    ],
)
def test_short_ids(ids: list[str], expected: list[str]) -> None:
    assert [short_ids(ids)[i] for i in ids] == expected


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("000_7ecb8a50", "a-000_7ecb8a50-s-3"),
        ("长春绿园-2", "a-长春绿园-2-s-3"),
        ("my file#1", "a-my_file_1.3b51acb1e1a4335b-s-3"),
        ("长春 绿园", "a-长春_绿园.9be6366a0ecfe8f3-s-3"),
        ("x-s-2", "a-x-s-2.54983bafa7bfc61c-s-3"),  # ends like a sentence anchor
    ],
)
def test_anchor_for(text_in: str, text_out: str) -> None:
    assert anchor_for(text_in, 3) == text_out


# Names a corpus really has: the same stem with space, '_', '.', '-', full-width or no
# punctuation, a copy suffix, and an id that looks like another one's sentence anchor.
CLASHING_IDS = (
    "x y",
    "x_y",
    "x.y",
    "x-y",
    "x　y",
    "x，y",
    "xy",
    "x_y-2",
    "x",
    "x-s-1",
    "x-s-1-s-1",
)


def test_anchors_unique_per_article_whatever_its_name() -> None:
    """Ids that differ only by punctuation used to share an anchor ("a-x_y"), so their
    citations landed on the wrong article; no article anchor may equal another's,
    nor any sentence anchor of another article."""
    articles = [article_anchor(i) for i in CLASHING_IDS]
    assert len(set(articles)) == len(articles)
    sentences = {anchor_for(i, n) for i in CLASHING_IDS for n in range(0, 12)}
    assert len(sentences) == len(CLASHING_IDS) * 12
    assert not sentences & set(articles)


@given(st.lists(st.text(min_size=1, max_size=12), min_size=2, max_size=6, unique=True))
def test_anchors_unique_for_any_ids(ids: list[str]) -> None:
    anchors = [article_anchor(i) for i in ids] + [anchor_for(i, n) for i in ids for n in (1, 12)]
    assert len(set(anchors)) == len(anchors)
    assert all(" " not in a and "#" not in a for a in anchors)


@pytest.mark.parametrize(
    ("lang", "text_in", "text_out"),
    [
        ("zh", "2018-06-27", "2018年6月27日"),
        ("en", "2018-06-27", "27 Jun 2018"),
        ("zh", None, "不详"),
        ("en", "2018", "2018"),
    ],
)
def test_format_date(lang: str, text_in: str | None, text_out: str) -> None:
    assert format_date(text_in, labels(lang)) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("區(qū)域開發(fā)", "區‹qū›域開發‹fā›"),
        ("一個(ge) 人", "一個‹ge› 人"),
        ("(qū) → ∅", "‹qū› → ∅"),
        ("增长(30%)", "增长(30%)"),
        ("(Beijing)", "(Beijing)"),
    ],
)
def test_defuse_annotations(text_in: str, text_out: str) -> None:
    assert defuse_annotations(text_in) == text_out


@pytest.mark.parametrize(
    ("text", "words", "marked"),
    [
        ("抽调90名干部组建专班", ["抽调", "专班"], ["抽调", "专班"]),
        ("组建工作专班", ["专班", "工作专班"], ["工作专班"]),  # the longer match wins
        ("没有线索", ["专班"], []),
        ("专班专班", ["专班"], ["专班专班"]),  # adjacent matches merge into one run
        ("", ["专班"], []),
    ],
)
def test_highlight_marks_cue_words(text: str, words: list[str], marked: list[str]) -> None:
    segments = highlight(text, words)
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.mark] == marked
    assert all(isinstance(s, Segment) for s in segments)


# Sentences of the seeds (004 s11, 000 s10), as the article cards print them.
LONG_SENTENCE = (
    "在淄博颐高国际电子商务产业园项目建设前期，面临项目一期地块内发现古代生活遗址、"
    "环保治理导致原材物料供应紧张、扬尘治理停工整改、国防通讯光缆及民用光缆迁移工作等诸多困难，"
    "项目建设指挥部主动克服困难，深入施工工地协调解决各种问题，确保项目按计划推进，"
    "力促各项工程建设任务顺利推进。"
)
SHORT_SENTENCE = (
    "崂山区迅速行动，专门组建了张村河片区拆迁建设指挥部，"
    "在崂山区乡村振兴办工作的吕连岗被抽调到指挥部工作。"
)


@pytest.mark.parametrize(
    ("text_in", "words", "context", "text_out"),
    [
        # Cut at the clause ends around the cue: the enumeration before and the
        # "确保…" clause after are dropped, the ellipses say so.
        (
            LONG_SENTENCE,
            ["指挥部"],
            20,
            "…国防通讯光缆及民用光缆迁移工作等诸多困难，项目建设指挥部主动克服困难，"
            "深入施工工地协调解决各种问题…",
        ),
        (LONG_SENTENCE, ["指挥部"], None, LONG_SENTENCE),  # the screen quotes in full
        (LONG_SENTENCE, ["专班"], 20, LONG_SENTENCE),  # nothing marked: nothing to centre on
        (SHORT_SENTENCE, ["指挥部"], 20, SHORT_SENTENCE),  # short: kept whole
        # A cue at the very start keeps the start; the cut falls on the comma nearest 20
        # characters past the cue (3 short of it), closing the cue's clause.
        (LONG_SENTENCE, ["在淄博"], 20, "在淄博颐高国际电子商务产业园项目建设前期…"),
    ],
)
def test_excerpt_cuts_a_quote_to_the_clauses_around_its_cues(
    text_in: str, words: list[str], context: int | None, text_out: str
) -> None:
    cut = excerpt(highlight(text_in, words), context)
    assert "".join(s.text for s in cut) == text_out
    assert [s.text for s in cut if s.mark] == [s.text for s in highlight(text_in, words) if s.mark]


@given(st.text(alphabet="干部专班，、。一线", max_size=120), st.integers(1, 30))
def test_excerpt_is_a_slice_of_the_sentence_that_keeps_every_cue(text: str, context: int) -> None:
    whole = highlight(text, ["专班"])
    cut = "".join(s.text for s in excerpt(whole, context))
    assert cut.strip("…") in text
    assert cut.count("专班") == text.count("专班")
