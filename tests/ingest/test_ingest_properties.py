"""Whatever the bytes, reading a file returns an Article or raises InputRejected."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporter import ingest
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


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(CHINESE), min_size=12, max_size=200))
def test_chinese_text_in_any_supported_encoding_round_trips(text: str) -> None:
    for encoding, codecs in (
        ("utf-8", {"utf_8"}),
        ("gb18030", {"gb18030"}),
        ("utf-16", {"utf_16_le"}),
    ):
        decoded, codec = ingest.decode_bytes(text.encode(encoding))
        assert decoded == text and codec in codecs
