"""Which script an article is written in, and conversion to simplified Chinese.

Conversion uses OpenCC's ``t2s`` configuration (standard OpenCC traditional to
simplified, phrase-aware: 幹部 -> 干部, 發展 -> 发展).  ``tw2s`` and ``hk2s`` add
regional variant tables on top; they matter for text written in Taiwan or Hong
Kong (``tw2s`` turns every 著 into 着, wrong for 著作), whereas the traditional
text of this genre is produced from mainland simplified by the same standard
tables, which ``t2s`` reverses.

OpenCC keeps every 著 (traditional writes 著作 and 隨著 alike); after conversion
著 becomes 着 except in the words of ``reporter/data/script.toml`` (著作, 显著 ...).

Offsets: the splitter maps a sentence of the simplified text back to the text as
published, so every paragraph must keep its length.  ``t2s`` is length-preserving
on real text (it maps characters and equal-length phrases); when a paragraph's
length changes anyway, that paragraph is converted character by character, which
maps one code point to one code point.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import opencc

from reporter.clean.record import note_change
from reporter.clean.resources import HAN_RE, zhu_keep_re
from reporter.models import Script

# Share of script-specific characters that are traditional at or above which an
# article is "traditional" rather than "mixed": a simplified article quoting a
# few traditional names stays well below, a converted page sits near 1.0.
TRADITIONAL_SHARE = 0.8
# Traditional-only characters an otherwise simplified article may carry (a name
# such as 解傳姣 in a credit) before it counts as mixed.
MAX_STRAY_TRADITIONAL = 2
# Characters shown from the first converted character of a paragraph.
CONVERSION_EXAMPLE_CHARS = 12


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@functools.cache
def _char_t2s(ch: str) -> str:
    out: str = _t2s().convert(ch)
    return out if len(out) == 1 else ch


@functools.cache
def is_traditional_only(ch: str) -> bool:
    """True for a character simplified text never uses (區, 發, 這, 個)."""
    return _char_t2s(ch) != ch


@functools.cache
def is_simplified_only(ch: str) -> bool:
    """True for a character traditional text never uses (区, 发, 这, 个)."""
    out: str = _s2t().convert(ch)
    return out != ch and not is_traditional_only(ch)


def to_traditional_char(ch: str) -> str:
    """The traditional form of one character (OpenCC s2t, first candidate)."""
    out: str = _s2t().convert(ch)
    return out if len(out) == 1 else ch


@dataclass(frozen=True)
class ScriptCounts:
    traditional: int  # occurrences of traditional-only characters
    simplified: int  # occurrences of simplified-only characters


def count_script(text: str) -> ScriptCounts:
    trad = simp = 0
    for m in HAN_RE.finditer(text):
        ch = m.group()
        if is_traditional_only(ch):
            trad += 1
        elif is_simplified_only(ch):
            simp += 1
    return ScriptCounts(trad, simp)


def detect_script(text: str) -> Script:
    """``simplified``, ``traditional`` or ``mixed`` from character counts."""
    counts = count_script(text)
    if counts.traditional <= MAX_STRAY_TRADITIONAL and counts.traditional <= counts.simplified:
        return "simplified"
    if counts.traditional / (counts.traditional + counts.simplified) >= TRADITIONAL_SHARE:
        return "traditional"
    return "mixed"


def _fix_zhu(text: str) -> str:
    """著 -> 着 outside the words that keep 著 (see reporter/data/script.toml)."""
    if "著" not in text:
        return text
    keep = {i for m in zhu_keep_re().finditer(text) for i in range(m.start(), m.end())}
    return "".join("着" if ch == "著" and i not in keep else ch for i, ch in enumerate(text))


def to_simplified_line(line: str) -> str:
    """Simplified form of one line or paragraph, always the same length."""
    out: str = _t2s().convert(line)
    if len(out) != len(line):
        out = "".join(_char_t2s(ch) for ch in line)
    return _fix_zhu(out)


def to_simplified(text: str) -> str:
    """Simplified form of ``text``, paragraph by paragraph, each the same length."""
    return "\n".join(to_simplified_line(p) for p in text.split("\n"))


def convert_to_simplified(text: str) -> str:
    """Traditional characters to simplified with OpenCC t2s, paragraph lengths kept."""
    out = to_simplified(text)
    for before, after in zip(text.split("\n"), out.split("\n"), strict=True):
        if before != after:
            changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
            lo = changed[0]
            hi = lo + CONVERSION_EXAMPLE_CHARS
            note_change(before[lo:hi], after[lo:hi])
    return out
