"""The splitter on the seeds' real text.

The cleaner's output changes while it is developed, so these tests split the seeds as
ingested (noise included), which is harder text than the cleaned one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import ingest, split
from reporter.models import CleanArticle, CleaningReport, Document, Metadata
from reporter.split.resources import CLOSERS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEEDS = sorted(EXAMPLES.glob("[0-9][0-9][0-9]_*.txt"))


def _document(path: Path) -> Document:
    text = ingest.read_article(path, path.stem).text
    meta = Metadata("标题", False, None, None, None, (), (), None)
    report = CleaningReport("simplified", (), (), len(text), len(text))
    return split.split_sentences(CleanArticle(path.stem, path.name, text, text, meta, report))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_sentences_point_at_their_text(path: Path) -> None:
    doc = _document(path)
    assert len(doc.sentences) > 20
    for s in doc.sentences:
        assert s.text == doc.article.text[s.start : s.end]
        assert s.text[0] not in CLOSERS
        assert len(s.text) <= split.MAX_SENTENCE_CHARS


def test_seed_001_quotes_and_attributions() -> None:
    texts = [s.text for s in _document(EXAMPLES / "001_fdf18b7b7cde6f83.txt").sentences]
    assert "“由于涉及利益面广而复杂,征地拆迁对于干部的综合能力有极大考验。”" in texts
    assert "龙岗区社区网格管理办公室主任丁琳告诉记者。" in texts
    assert "龙城街道社区网格管理员蔡传霖说。" in texts
    assert "敢为人先 啃下“硬骨头”" in texts
    # a two-sentence quotation within the limit (146 characters) stays one sentence
    whole = [t for t in texts if t.startswith("“处级干部来体验网格员工作")]
    assert len(whole) == 1
    assert "的辛苦。干部本身是" in whole[0] and whole[0].endswith("倒逼职能部门解决问题。”")


def test_seed_000_ellipsis_ends_the_opening_sentence() -> None:
    doc = _document(EXAMPLES / "000_7ecb8a50a2b68392.txt")
    first, second = doc.sentences[0], doc.sentences[1]
    assert first.text.endswith("新的一天又開始了……")
    assert second.text.startswith("像呂連崗一樣,") and second.paragraph == 0


def test_seed_000_originals_survive_a_cleaner_that_changes_lengths() -> None:
    # the cleaned text lost the pinyin annotations and a caption line the original
    # keeps: every sentence's original is still its own span as published
    import re

    import opencc

    to_simplified = opencc.OpenCC("t2s").convert
    pinyin = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
    original = ingest.read_article(EXAMPLES / "000_7ecb8a50a2b68392.txt", "000").text
    lines = pinyin.sub("", to_simplified(original)).split("\n")
    assert lines[3] == "(资料图片)"
    del lines[3]
    text = "\n".join(lines)
    meta = Metadata("标题", False, None, None, None, (), (), None)
    report = CleaningReport("traditional", (), (), len(original), len(text))
    doc = split.split_sentences(CleanArticle("000", "000.txt", text, original, meta, report))
    assert len(doc.sentences) > 60
    for s in doc.sentences:
        assert pinyin.sub("", to_simplified(s.original)) == s.text
    assert doc.sentences[0].original.startswith("每天上午7時許,呂連崗")
