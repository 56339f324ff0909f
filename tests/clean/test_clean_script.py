"""Script detection and conversion (reporter.clean.script) against OpenCC itself.

The module answers "is this character traditional?" from tables built once from
OpenCC, and skips OpenCC for lines holding no character a t2s dictionary entry
changes.  These tests check both shortcuts against OpenCC called the plain way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.clean import script
from reporter.text.resources import HAN_RANGES

REPO = Path(__file__).resolve().parents[2]
T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")


def _real_lines() -> list[str]:
    files = [*sorted((REPO / "examples").glob("*.txt"))]
    files += sorted((REPO / "tests" / "fixtures" / "clean").rglob("*.txt"))
    return [ln for f in files for ln in f.read_text(encoding="utf-8").split("\n") if ln.strip()]


def _unguarded(line: str) -> str:
    """to_simplified_line as it reads without the shortcut: OpenCC on every line."""
    out: str = T2S.convert(line)
    if len(out) != len(line):
        out = "".join(script._char_t2s(ch) for ch in line)
    return script._fix_zhu(out.translate(script._variant_table()))


def _han() -> Iterator[str]:
    return (chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1))


def test_character_tables_match_opencc_character_by_character() -> None:
    # The old definitions, one OpenCC call per character, over every Han character.
    for ch in _han():
        alone = T2S.convert(ch)
        traditional = len(alone) == 1 and alone != ch
        assert script.is_traditional_only(ch) == traditional, ch
        simplified = S2T.convert(ch) != ch and not traditional
        assert script.is_simplified_only(ch) == simplified, ch


@pytest.mark.parametrize(
    ("text", "traditional", "simplified"),
    [
        ("崂山区选派干部", 0, 4),  # 崂 区 选 干 (traditional 嶗 區 選 幹)
        ("嶗山區選派幹部", 4, 0),
        ("解傳姣 | 梁太宏", 1, 0),
        ("𠀀abc，。", 0, 0),
    ],
)
def test_count_script(text: str, traditional: int, simplified: int) -> None:
    expected = (
        sum(script.is_traditional_only(ch) for ch in text),
        sum(script.is_simplified_only(ch) for ch in text),
    )
    counts = script.count_script(text)
    assert (counts.traditional, counts.simplified) == expected == (traditional, simplified)


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # Phrases whose characters stay as they are alone: the dictionaries, not the
        # character table, say these lines need OpenCC.
        ("对此反覆研究", "对此反复研究"),
        ("作出答覆", "作出答复"),
        ("一目瞭然", "一目了然"),
        ("區委書記說", "区委书记说"),
        ("显著成效，随著改革", "显著成效，随着改革"),
        ("干部队伍建设", "干部队伍建设"),
        # a variant t2s keeps (陜 for 陝): converted by script.toml's table, or the
        # province is never found
        ("陜西省渭南市選派幹部", "陕西省渭南市选派干部"),
        ("陜西", "陕西"),
    ],
)
def test_to_simplified_line(text_in: str, text_out: str) -> None:
    assert script.to_simplified_line(text_in) == text_out == _unguarded(text_in)


def test_dictionaries_are_read_here() -> None:
    # Without them every line goes through OpenCC: correct, only slower.
    changes = script._phrase_changes()
    assert changes is not None
    assert {"覆", "瞭", "區"} <= changes
    assert "干" not in script._tables().traditional


def test_shortcut_agrees_with_opencc_on_real_lines() -> None:
    for line in _real_lines():
        assert script.to_simplified_line.__wrapped__(line) == _unguarded(line), line


_DICTIONARY_CHARS = "".join(sorted(script._phrase_changes() or ()))[:400]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_DICTIONARY_CHARS + "干部队伍区市县著作名显，。“”　 \t"),
        max_size=40,
    )
)
def test_shortcut_agrees_with_opencc(line: str) -> None:
    assert script.to_simplified_line.__wrapped__(line) == _unguarded(line)
