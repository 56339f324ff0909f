"""The normalisations that run last: punctuation, full-width digits and letters, whitespace.

Split from :mod:`reporter.clean.steps` (the module-size rule); each is a ``str -> str``
step like the others, reporting through :mod:`reporter.clean.record`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reporter.clean.record import note_change
from reporter.clean.resources import (
    ASCII_LETTER_RE,
    BLANK_LINES_RE,
    CLOCK_COLON_RE,
    DOT_ELLIPSIS_RE,
    DOUBLED_PUNCT_PAIR_RE,
    DOUBLED_PUNCT_RE,
    FULL_WIDTH_ALNUM,
    FULL_WIDTH_ALNUM_RE,
    HALF_TO_FULL,
    HALF_WIDTH_BETWEEN_RE,
    HALF_WIDTH_END_RE,
    HALF_WIDTH_MARKS,
    HALF_WIDTH_PARENS_RE,
    HAN_RE,
    HAN_SPACE_HAN_RE,
    INLINE_SPACE_RE,
    LONE_HAN_BEFORE_SPACE_RE,
    NOT_HAN_RUN_RE,
    PROSE_SENTENCE_END_RE,
    SPACE_NEXT_TO_CJK_PUNCT_RE,
    STRAIGHT_QUOTE_RE,
    ZERO_WIDTH_RE,
)
from reporter.clean.script import to_simplified
from reporter.text.gazetteer import is_common_word

# Characters shown of a line whose spacing changed (enough to see the indentation).
WHITESPACE_EXAMPLE_CHARS = 12
# A line at least this long that ends a sentence is prose, where a space inside a word is
# a wrap's leftover; shorter lines are headlines, datelines and credits, whose spaces
# separate (上门问事 下沉议事, 记者 张某).
MIN_PROSE_CHARS = 40


# --------------------------------------------------------------------------- punctuation


def _to_full(m: re.Match[str]) -> str:
    # the marks without the spaces around them (HALF_WIDTH_BETWEEN_RE matches them too)
    out = m.group().strip(" \t").translate(HALF_TO_FULL)
    note_change(m.group(), out)
    return out


def _parens(m: re.Match[str]) -> str:
    out = f"（{m['inner']}）"
    note_change(m.group(), out)
    return out


def _curly_quotes(line: str) -> str:
    """Straight double quotes paired in order (1st with 2nd, 3rd with 4th); a pair
    around Chinese text becomes “ ”.  An odd count leaves the line alone: pairing
    would be a guess."""
    marks = [m.start() for m in STRAIGHT_QUOTE_RE.finditer(line)]
    if not marks or len(marks) % 2:
        return line
    chars = list(line)
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
        if HAN_RE.search(line, open_at, close_at):
            chars[open_at], chars[close_at] = "“", "”"
            note_change(line[open_at : close_at + 1], "".join(chars[open_at : close_at + 1]))
    return "".join(chars)


def _ellipsis(m: re.Match[str]) -> str:
    note_change(m.group(), "……")
    return "……"


# The strongest of a doubled run wins (the first of equal ones): an end mark ends the
# sentence whatever commas stand next to it; a comma beats an enumeration comma.
# A semicolon ends more than a comma and less than a sentence: ",;" is "；", "；。" is "。".
_PUNCT_STRENGTH = {
    "。": 3,
    ".": 3,
    "!": 3,
    "?": 3,
    "！": 3,
    "？": 3,
    "；": 2.5,
    ";": 2.5,
    "，": 2,
    ",": 2,
    "、": 1,
}
_PUNCT_FULL = {".": "。", ",": "，", "!": "！", "?": "？", ";": "；"}


def _collapse(m: re.Match[str]) -> str:
    run = m.group()
    if set(run) <= {"。", "."}:
        return run  # a run of full stops is an ellipsis, not a doubled mark
    best = max(run, key=lambda ch: _PUNCT_STRENGTH[ch])
    out = _PUNCT_FULL.get(best, best)
    note_change(run, out)
    return out


def normalize_punctuation(text: str) -> str:
    """Half-width , : ; ? ! ( ) " in Chinese text become full-width, dots become ……,
    doubled marks (,, ，。) become one; 28.5, 10:42 and English stay."""
    # Each pattern needs a mark most Chinese text lacks: test for it first.
    if '"' in text:
        text = "\n".join(_curly_quotes(line) for line in text.split("\n"))
    if "..." in text or "。。。" in text or "…" in text:
        text = DOT_ELLIPSIS_RE.sub(_ellipsis, text)
    if DOUBLED_PUNCT_PAIR_RE.search(text):
        text = DOUBLED_PUNCT_RE.sub(_collapse, text)
    if any(mark in text for mark in HALF_WIDTH_MARKS):
        text = HALF_WIDTH_BETWEEN_RE.sub(_to_full, text)
    if "?" in text or "!" in text:
        text = HALF_WIDTH_END_RE.sub(_to_full, text)
    return HALF_WIDTH_PARENS_RE.sub(_parens, text) if "(" in text else text


def _to_ascii(m: re.Match[str]) -> str:
    out = m.group().translate(FULL_WIDTH_ALNUM)
    note_change(m.group(), out)
    return out


def normalize_fullwidth_alphanumerics(text: str) -> str:
    """Full-width digits and Latin letters become ASCII: ２０２２年 -> 2022年, ＧＤＰ -> GDP;
    so does a ratio sign between digits (09∶05 -> 09:05) and the colon of a clock time
    (１１：２０ -> 11:20)."""
    text = FULL_WIDTH_ALNUM_RE.sub(_to_ascii, text)
    return CLOCK_COLON_RE.sub(_clock, text) if "：" in text else text


def _clock(m: re.Match[str]) -> str:
    out = f"{m.group(1)}:{m.group(2)}"
    note_change(m.group(), out)
    return out


# --------------------------------------------------------------------------- whitespace


def _visible(text: str) -> str:
    return text.replace("\u3000", "□").replace(" ", "␣").replace("\u00a0", "␣").replace("\t", "⇥")


def _join_word(m: re.Match[str]) -> str:
    """The two characters around a space in prose, joined when they make a common word of
    jieba's dictionary (高 效 -> 高效, 體 驗 -> 體驗 read simplified): a word split by a
    wrap.  Two words a writer spaced apart (各乡镇 党委) make no word across the space."""
    pair = m["a"] + m["b"]
    if not is_common_word(to_simplified(pair)):
        return m[0]
    # a character that already ends or starts a word with its other neighbour belongs to
    # that word (民意测评 为更好: 测评, not 评为), and the space between stays
    text, a, b = m.string, m.start("a"), m.end("b")
    before = text[a - 1 : a + 1] if a > 0 else ""
    after = text[b - 1 : b + 1] if b < len(text) else ""
    if any(w and is_common_word(to_simplified(w)) for w in (before, after)):
        return m[0]
    return pair


def _strip_lines(lines: Iterable[str]) -> list[str]:
    out = []
    for line in lines:
        new = ZERO_WIDTH_RE.sub("", line)
        new = INLINE_SPACE_RE.sub(" ", new).strip()
        if " " in new:  # without a space the pattern only puts marks back as they were
            new = SPACE_NEXT_TO_CJK_PUNCT_RE.sub(lambda m: m["p"], new)
            if len(new) >= MIN_PROSE_CHARS and PROSE_SENTENCE_END_RE.search(new):
                new = LONE_HAN_BEFORE_SPACE_RE.sub(lambda m: m["c"], new)
                new = HAN_SPACE_HAN_RE.sub(_join_word, new)
        if new != line and line.strip():
            note_change(_visible(line[:WHITESPACE_EXAMPLE_CHARS]), new[:WHITESPACE_EXAMPLE_CHARS])
        out.append(new)
    return out


def normalize_whitespace(text: str) -> str:
    """Strip indentation and full-width spaces, collapse blank lines: one paragraph a line."""
    lines = _strip_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return BLANK_LINES_RE.sub("\n", "\n".join(lines)).strip("\n")


def has_han(text: str) -> bool:
    return HAN_RE.search(text) is not None


def han_share(text: str) -> float:
    """Share of Chinese characters among the letters (Han and Latin) of ``text``."""
    # Counted outside the runs of other characters: a few matches, not one per character.
    han = len(text) - sum(map(len, NOT_HAN_RUN_RE.findall(text)))
    latin = len(ASCII_LETTER_RE.findall(text))
    return han / (han + latin) if han + latin else 0.0
