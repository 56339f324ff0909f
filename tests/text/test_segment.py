from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.text import segment


def test_jieba_starts_once_with_our_cache_dir_and_a_quiet_logger() -> None:
    segment.ensure_jieba()
    assert jieba.dt.initialized
    assert jieba.dt.tmp_dir == str(segment.cache_dir())
    logger = logging.getLogger("jieba")
    assert not any(type(h) is logging.StreamHandler for h in logger.handlers)
    total = jieba.dt.total
    segment.ensure_jieba()  # a second call is a no-op: the words are not added twice
    assert jieba.dt.tmp_dir == str(segment.cache_dir())
    assert jieba.dt.total == total


def test_posseg_is_cached_and_keeps_symbols() -> None:
    segment.clear_cache()
    first = segment.posseg("区委选派86名干部到一线。")
    assert segment.posseg("区委选派86名干部到一线。") is first
    assert "".join(t.word for t in first) == "区委选派86名干部到一线。"
    assert first[-1] == segment.Token("。", "x")
    assert segment.cache_info().hits >= 1


def test_cache_dir_falls_back_to_temp_when_unwritable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    import platformdirs

    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda _name: str(blocker / "reporter"))
    assert segment.cache_dir() == Path(tempfile.gettempdir())
    monkeypatch.setattr(
        platformdirs, "user_cache_dir", lambda _name: str(tmp_path / "c" / "reporter")
    )
    assert segment.cache_dir() == tmp_path / "c" / "reporter"
    assert (tmp_path / "c" / "reporter").is_dir()


# 庄秉柯 (a person's name) is not in jieba's dictionary: the HMM joins it into one word,
# the shared mode leaves single characters.
UNKNOWN_NAME_SENTENCE = "区委书记庄秉柯带队到张村河片区调研。"


def test_the_shared_mode_is_hmm_off_and_shares_one_cache_entry() -> None:
    segment.clear_cache()
    default = segment.posseg(UNKNOWN_NAME_SENTENCE)
    assert segment.posseg(UNKNOWN_NAME_SENTENCE, hmm=segment.SHARED_HMM) is default
    assert segment.posseg_all([UNKNOWN_NAME_SENTENCE])[0] is default
    assert segment.SHARED_HMM is False
    assert segment.cache_info().currsize == 1


def test_hmm_mode_joins_unknown_words_the_shared_mode_does_not() -> None:
    shared = segment.posseg(UNKNOWN_NAME_SENTENCE)
    with_hmm = segment.posseg(UNKNOWN_NAME_SENTENCE, hmm=True)
    for tokens in (shared, with_hmm):
        assert "".join(t.word for t in tokens) == UNKNOWN_NAME_SENTENCE
    assert "庄秉柯" in {t.word for t in with_hmm}
    assert "庄秉柯" not in {t.word for t in shared}
    # dictionary words come out the same either way
    for word in ("区委书记", "带队", "调研"):
        assert word in {t.word for t in shared} and word in {t.word for t in with_hmm}


def test_content_words_leave_numbers_out_in_both_modes() -> None:
    # HMM on flags 2019 and 86 "m"; the shared mode flags them "eng", as it does GDP.
    from reporter.summarize.textrank_plus import content_words

    sentence = "2019年全区选派86名干部参与GDP核算。"
    expected = ["全区", "选派", "干部", "参与", "GDP", "核算"]
    assert content_words(segment.posseg(sentence)) == expected
    assert content_words(segment.posseg(sentence, hmm=True)) == expected


def _jieba_no_hmm(text: str) -> list[tuple[str, str]]:
    import jieba.posseg

    segment.ensure_jieba()
    return [(p.word, p.flag) for p in jieba.posseg.dt.cut(text, HMM=False)]


def _ours(text: str) -> list[tuple[str, str]]:
    segment.ensure_jieba()
    return [(t.word, t.flag) for t in segment._posseg_no_hmm(text)]


def test_shared_mode_cuts_as_jieba_on_every_line_of_the_seeds_and_fixtures(
    examples_dir: Path,
) -> None:
    # Raw lines, noise and markup included: the cutter must agree on any text.
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    files = [*sorted(examples_dir.glob("*.txt")), *sorted(fixtures.glob("clean/*.txt"))]
    files += sorted(fixtures.glob("ingest/*.html"))
    lines = [
        line for f in files for line in f.read_text(encoding="utf-8", errors="replace").split("\n")
    ]
    assert len(lines) > 300
    differing = [line for line in lines if _ours(line) != _jieba_no_hmm(line)]
    assert differing == []


def test_clauses_are_cut_once_and_shared_between_sentences() -> None:
    # Two reports of one measure, differing in one clause (jieba's blocks run between
    # punctuation, digits included): two sentences to cut, but the clause they share is
    # cut once.
    first_text = "区委从机关选派86名干部，组建重点项目攻坚专班。"
    second_text = "区委从机关选派120名干部，组建重点项目攻坚专班。"
    segment.clear_cache()
    first = segment.posseg(first_text)
    hits = segment.clause_cache_info().hits
    second = segment.posseg(second_text)
    assert segment.clause_cache_info().hits - hits == 1  # 组建重点项目攻坚专班
    assert [(t.word, t.flag) for t in second] == _jieba_no_hmm(second_text)
    shared = [t for t in second if t.word in ("攻坚", "专班")]
    assert len(shared) == 2 and all(any(t is u for u in first) for t in shared)
    segment.clear_cache()
    assert segment.clause_cache_info().currsize == 0
    assert segment.posseg(second_text) == second


@pytest.mark.parametrize(
    "text",
    [
        "",
        "GDP增长6.5%，A级景区3个",
        "a b\r\nc\t干部",
        "x1y2 3.14 ＡＢＣ１２",  # full-width letters are outside jieba's blocks
        "区委选派86名干部到一线。",
        "专班、红黑榜和一线考察",  # words our dictionary adds
        "\u9fd5\u9fd6龘",  # the edge of jieba's ideograph range
        "C++ & C# a_b.c",
    ],
)
def test_shared_mode_cuts_as_jieba_on_edge_cases(text: str) -> None:
    assert _ours(text) == _jieba_no_hmm(text)


# Characters of each class jieba's cutter treats apart, and words it must keep whole.
_CUTTER_ALPHABET = [
    *"的一是在了有和人中大为上个市区县委书记干部专班考核榜",
    *"abcXYZ0189.+#&_ \t\n，。、-é１",
    *("\r\n", "\u3000", "\u9fd6", "红黑榜", "干部队伍"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_CUTTER_ALPHABET),
        max_size=40,
    ).map("".join)
)
def test_shared_mode_cuts_as_jieba_on_generated_text(text: str) -> None:
    assert _ours(text) == _jieba_no_hmm(text)
