from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from reporter import segment


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
