"""Properties of cleaning over arbitrary text (hypothesis)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporter.clean import clean_article, clean_text
from reporter.clean.normalize import han_share
from reporter.clean.resources import HAN_RE
from reporter.models import Article, CleanArticle, InputRejected

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Characters that exercise every step: Han in both scripts, Chinese and ASCII
# punctuation, brackets, pinyin letters, "?" and the damage that comes with it.
ALPHABET = (
    "干部区區发發这這个個幹的一是在了人有中青岛崂山市县"
    "，。、；：？！“”‘’（）《》【】…—"
    '()?,:;!<>/|_-.&#" \u3000\u00a0\t\n'
    "0123456789abcgequzhāūǐéü"
    "\ufffd\ue0e3€"
)
# Whole lines of the seeds: real titles, navigation, garbled runs and credits.
SEED_LINES = sorted(
    {
        line
        for path in sorted(EXAMPLES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if 0 < len(line) <= 120
    }
)

texts = st.lists(
    st.one_of(st.text(alphabet=ALPHABET, max_size=40), st.sampled_from(SEED_LINES)),
    max_size=10,
).map("\n".join)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _article(text: str) -> Article:
    return Article.from_text(text, "prop", "prop.txt")


def _clean(text: str) -> CleanArticle | None:
    try:
        return clean_article(_article(text))
    except InputRejected as exc:
        assert exc.source_path == "prop.txt" and exc.reason
        return None


@PROPERTY_SETTINGS
@given(texts)
def test_cleaning_never_raises_and_keeps_paragraphs_aligned(text: str) -> None:
    art = _clean(text)
    if art is None:
        return
    paragraphs, originals = art.text.split("\n"), art.original_text.split("\n")
    assert [len(p) for p in paragraphs] == [len(p) for p in originals]
    assert all(p.strip() == p and p for p in paragraphs)
    assert art.cleaning.chars_out == len(art.text)


@PROPERTY_SETTINGS
@given(texts)
def test_cleaning_is_idempotent(text: str) -> None:
    art = _clean(text)
    if art is None:
        return
    again = _clean(art.text)
    assert again is not None
    assert again.text == art.text
    assert clean_text(art.text) == art.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET + "𠀀Ａ"), max_size=60))
def test_han_share_counts_every_chinese_and_latin_letter(text: str) -> None:
    han = sum(1 for ch in text if HAN_RE.match(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    assert han_share(text) == (han / (han + latin) if han + latin else 0.0)
