"""The genre's words (reporter/data/jieba_words.tsv) reach jieba's shared dictionary."""

from __future__ import annotations

import marshal
import os
from importlib import resources
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from reporter.summarize import keywords

# Sentences of the genre (written for these tests, in the articles' style) and the word
from reporter.text import segment

# jieba's dictionary pass must keep whole in them; without the word list each comes out
# as single characters (专/班, 拆/违, 网格/员 ...).
GENRE_SENTENCES = [
    ("区委抽调精干力量组建项目专班，实行挂图作战。", "专班"),
    ("全区选派38名处级干部参与拆违一线攻坚。", "拆违"),
    ("新区成立征拆指挥部，3个月完成征拆任务。", "征拆"),
    ("组织机关干部到社区担任网格员，体验基层治理。", "网格员"),
    ("要不忘初心、牢记使命，始终把群众放在心上。", "初心"),
    ("青岛市委组织部开展市管领导班子深度调研。", "市管"),
    ("对市管干部实行季度考核、年度排名。", "市管干部"),
    ("目前全区规上工业企业达到126家。", "规上"),
    ("各部门、各镇街主要负责同志参加会议。", "镇街"),
    ("街道成立攻坚队，推动老旧小区改造。", "攻坚队"),
    ("街道成立攻坚队，推动老旧小区改造。", "老旧小区"),
    ("区发改局出台惠企政策十条。", "惠企"),
    ("对工作不力的单位负责人进行约谈，严肃问责。", "约谈"),
    ("对工作不力的单位负责人进行约谈，严肃问责。", "问责"),
    ("组织开展我当网格员主题党日活动。", "主题党日"),
    ("在全区掀起比学赶超的热潮。", "比学赶超"),
]


@pytest.mark.parametrize(("sentence", "word"), GENRE_SENTENCES)
def test_the_shared_mode_keeps_genre_words_whole(sentence: str, word: str) -> None:
    tokens = segment.posseg(sentence)
    assert "".join(t.word for t in tokens) == sentence
    assert word in {t.word for t in tokens}


@pytest.mark.parametrize(("sentence", "word"), GENRE_SENTENCES)
def test_the_hmm_mode_keeps_them_whole_too(sentence: str, word: str) -> None:
    assert word in {t.word for t in segment.posseg(sentence, hmm=True)}


def test_a_genre_word_carries_its_listed_tag() -> None:
    tags = {t.word: t.flag for t in segment.posseg("区委组建项目专班，推进拆违工作。")}
    assert tags["专班"] == "n"
    assert tags["拆违"] == "v"


def test_a_task_force_article_has_zhuanban_among_its_keywords() -> None:
    texts = [
        "高新区成立重点项目专班，抽调28名干部集中办公。",
        "专班实行周调度、月通报，项目问题当场交办。",
        "区委组织部跟踪考察专班干部的现实表现。",
        "半年来，专班协调解决土地、手续等难题46个。",
    ]
    tokens = [t for toks in segment.posseg_all(texts) for t in toks]
    assert "专班" in {k.word for k in keywords.textrank_keywords(tokens)}
    assert "专班" in {k.word for k in keywords.tfidf_keywords(tokens)}


def test_the_word_file_parses_and_every_entry_is_valid() -> None:
    words = segment.genre_words()
    assert len(words) >= 20
    tags = segment.jieba_tags()
    assert {"n", "v", "vn"} <= tags
    for entry in words:
        assert len(entry.word) >= segment.MIN_WORD_CHARS
        assert not any(c.isspace() for c in entry.word)
        assert entry.freq > 0
        assert entry.tag in tags
    assert len({e.word for e in words}) == len(words)


def test_every_listed_word_is_in_the_shared_dictionary() -> None:
    segment.ensure_jieba()
    for entry in segment.genre_words():
        assert jieba.dt.FREQ[entry.word] == entry.freq
        assert jieba.posseg.lcut(entry.word, HMM=False)[0].word == entry.word


def test_a_malformed_word_file_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad_lines = {
        "专\t300\tn": "characters",  # one character
        "专 班\t300\tn": "characters",  # a space inside
        "专班\tmany\tn": "positive integer",
        "专班\t0\tn": "positive integer",
        "专班\t300\tzz": "part-of-speech",
        "专班\t300": "tabs",
        "专班\t300\tn\n专班\t200\tn": "twice",
    }
    real_files = resources.files
    for text, reason in bad_lines.items():
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / "jieba_words.tsv").write_text(f"# c\n{text}\n", encoding="utf-8")
        monkeypatch.setattr(resources, "files", lambda _pkg: tmp_path)
        segment.genre_words.cache_clear()
        try:
            with pytest.raises(segment.WordFileError, match=reason):
                segment.genre_words()
        finally:
            monkeypatch.setattr(resources, "files", real_files)
            segment.genre_words.cache_clear()
    assert segment.genre_words()  # the packaged file again


def test_added_words_never_reach_jiebas_cache_file() -> None:
    segment.ensure_jieba()
    cache_file = os.path.join(jieba.dt.tmp_dir or "", jieba.dt.cache_file or "")
    if not os.path.isfile(cache_file):
        pytest.skip("jieba was initialised elsewhere in this process")
    with open(cache_file, "rb") as f:
        freq, _total = marshal.load(f)
    assert "专班" not in freq or freq["专班"] == 0
    assert "干部" in freq
