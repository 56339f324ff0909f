"""Whatever the bytes, reading a file returns an Article or raises InputRejected."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reporter import ingest
from reporter.ingest import decode
from reporter.ingest import resources as res
from reporter.models import Article, InputRejected

CHINESE = "崂山区选派干部一线淬炼考核排名。，“”《》"
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", ".bin"])
TEXTS = st.text(alphabet=st.sampled_from(CHINESE) | st.characters(codec="utf-8"), max_size=300)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])


def _read(tmp: Path, data: bytes, suffix: str) -> None:
    path = tmp / f"input{suffix}"
    path.write_bytes(data)
    try:
        article = ingest.read_article(path, "x")
    except InputRejected as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert isinstance(article, Article)
    assert "\r" not in article.text and article.text.strip()
    assert ingest.language_problem(article.text) is None


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_arbitrary_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    _read(tmp_path, data, suffix)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, encoding=ENCODINGS, suffix=SUFFIXES, markup=st.booleans())
def test_arbitrary_encoded_text(
    tmp_path: Path, text: str, encoding: str, suffix: str, markup: bool
) -> None:
    if markup:
        text = f"<html><body><p>{text}</p><script>{text}</script></body></html>"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _read(tmp_path, data, suffix)


def _rarely_written(text: str) -> bool:
    """Whether ``text`` is refused in a legacy codec by design: too few of its Han
    characters are common ones (``ingest.MIN_COMMON_SHARE``) to tell it from a wrong
    decoding, as with 崂 (not in GB 2312 level 1) making up a third of the text."""
    simplified, traditional = res.common_hanzi()
    han = [ch for ch in text if res.HAN.match(ch)]
    common = max(sum(ch in simplified for ch in han), sum(ch in traditional for ch in han))
    return len(han) >= ingest.MIN_HAN_CHARS and common < ingest.MIN_COMMON_SHARE * len(han)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(CHINESE), min_size=12, max_size=200))
# Found by random runs: GB18030 quotes (a1 b0) read as UTF-16 are hangul (낡), and
# with only one rare Han character the GB18030 reading had scored lower.
@example(text="“" * 11 + "崂")
@example(text="““一一一一一一崂崂崂崂")
def test_chinese_text_in_any_supported_encoding_round_trips(text: str) -> None:
    for encoding, codecs in (("utf-8", {"utf_8"}), ("utf-16", {"utf_16_le"})):
        decoded, codec = ingest.decode_bytes(text.encode(encoding))
        assert decoded == text and codec in codecs
    data = text.encode("gb18030")
    if _rarely_written(text):
        with pytest.raises(ingest.NotAnArticle, match="no encoding gives readable Chinese"):
            ingest.decode_bytes(data)
    else:
        assert ingest.decode_bytes(data) == (text, "gb18030")


@pytest.mark.parametrize(
    ("text", "encoding", "codec"),
    [
        ("“" * 11 + "崂", "gb18030", "gb18030"),  # as UTF-16: 낡낡…
        ("。，" * 6 + "崂", "gb18030", "gb18030"),  # as UTF-16: Yi and hangul, ꎡ겣…
        ("崂《名““《。”《》《，““，崂", "gb18030", "gb18030"),  # as cp874: Thai
        ("。" * 9 + "《。崂", "gb18030", "gb18030"),  # as cp949: the same marks and 燒
        ("，" * 11 + "崂", "gb18030", "gb18030"),  # as cp949: the same marks and 燒
        ("“" * 11 + "崂", "utf-16", "utf_16_le"),
    ],
)
def test_punctuation_heavy_text_is_not_read_in_a_foreign_script(
    text: str, encoding: str, codec: str
) -> None:
    # With one rare Han character, nothing but the punctuation tells the codecs apart:
    # a reading that turns it into letters of a foreign script must lose, and so must
    # charset-normalizer's Korean guess that reads the one character as a common one.
    assert ingest.decode_bytes(text.encode(encoding)) == (text, codec)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_character_counts_by_runs_equal_counts_by_character(text: str) -> None:
    assert decode._count_outside(res.NOT_HAN_RUN, text) == len(res.HAN.findall(text))
    assert decode._count_outside(res.NOT_LETTER_RUN, text) == len(res.LETTER.findall(text))
