"""The patterns that look behind after their first character (punctuation, mojibake) match
where their plain forms (a look-behind first, slower) do, on strings of what they read."""

from __future__ import annotations

import random
import re

from reporter.clean import resources as r
from reporter.text.resources import HAN

_BETWEEN = re.compile(
    f"(?<=[{HAN}{r.CJK_PUNCT}])[ \\t]*(?P<mark>[{r.HALF_WIDTH_MARKS}])[ \\t]*"
    f"(?=[{HAN}{r.CJK_OPEN}0-9])"
)
_END = re.compile(
    f"(?<=[{HAN}{r.CJK_CLOSE}])(?P<mark>[?!]+)(?=[{r.CJK_CLOSE}{r.CJK_OPEN}0-9]|$)", re.M
)
_ELLIPSIS = re.compile(f"(?<=[{HAN}{r.CJK_CLOSE}])(?:\\.{{3,}}|。{{3,}}|…(?!…))")
_ALPHABET = list("中文，。、；; \t,:;?!1a“”（）\n….")
_STRAY_QMARK = re.compile(f"(?<=[{HAN}])\\?(?=[,，、.。])")
_LOST_RUN = re.compile(f"(?<=[{HAN}])\\?{{1,4}}[a-z](?=[{HAN}])")
_UNMARKED_RUN = re.compile(f"(?<=[{HAN}])[!！](?=[{HAN}])")
_MOJIBAKE_ALPHABET = list("中文濱h？?!！，,.。 a")


def _strings(alphabet: list[str] = _ALPHABET, count: int = 20_000) -> list[str]:
    rnd = random.Random(15)
    return ["".join(rnd.choices(alphabet, k=rnd.randint(0, 24))) for _ in range(count)]


def test_rewritten_punctuation_patterns_match_as_their_plain_forms() -> None:
    for text in _strings():
        assert [(m.span(), m["mark"]) for m in _BETWEEN.finditer(text)] == [
            (m.span(), m.group().strip(" \t")) for m in r.HALF_WIDTH_BETWEEN_RE.finditer(text)
        ]
        assert [(m.span(), m["mark"]) for m in _END.finditer(text)] == [
            (m.span(), m["mark"]) for m in r.HALF_WIDTH_END_RE.finditer(text)
        ]
        assert [m.span() for m in _ELLIPSIS.finditer(text)] == [
            m.span() for m in r.DOT_ELLIPSIS_RE.finditer(text)
        ]
        if r.DOUBLED_PUNCT_RE.search(text):
            assert r.DOUBLED_PUNCT_PAIR_RE.search(text)


def test_rewritten_mojibake_patterns_match_as_their_plain_forms() -> None:
    pairs = [
        (_STRAY_QMARK, r.MOJIBAKE_STRAY_QMARK_RE),
        (_LOST_RUN, r.MOJIBAKE_LOST_RUN_RE),
        (_UNMARKED_RUN, r.MOJIBAKE_UNMARKED_RUN_RE),
    ]
    for text in _strings(_MOJIBAKE_ALPHABET):
        for plain, rewritten in pairs:
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in rewritten.finditer(text)
            ]
