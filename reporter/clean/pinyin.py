"""Pinyin annotations that spam sites insert after characters: 區(qū), 個(ge) .

They are counted as changes of the step, not recorded one by one as removals: a
converted page carries hundreds of them and they were never part of the text.
"""

from __future__ import annotations

import re
import unicodedata

from reporter.clean.record import note_change
from reporter.clean.resources import (
    HAN_RE,
    PINYIN_ANNOTATION_RE,
    PINYIN_CUT_ANNOTATION_RE,
    PINYIN_GLOSS_RE,
    PINYIN_GLOSS_SYLLABLE_RE,
    PINYIN_SPLIT_RE,
    TONE_MARKS_RE,
    pinyin_syllables,
)

_DIAERESIS = "\u0308"
# The longest Mandarin syllable (zhuang, shuang) has six letters.
MAX_SYLLABLE_LETTERS = 6


def fold_tones(syllable: str) -> str:
    """``qū`` -> ``qu``, ``lǜ`` -> ``lü``; letters other than tone marks unchanged."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == _DIAERESIS)
    return unicodedata.normalize("NFC", kept)


def is_pinyin(letters: str) -> bool:
    """True when every space- or apostrophe-separated part is a Mandarin syllable.

    Only lower-case letters qualify: annotations are lower case, while (A), (GDP)
    or (APP) in a text are labels and abbreviations.
    """
    parts = [p for p in PINYIN_SPLIT_RE.split(letters) if p]
    syllables = pinyin_syllables()
    return bool(parts) and all(p == p.lower() and fold_tones(p) in syllables for p in parts)


def syllable_count(word: str) -> int | None:
    """The fewest Mandarin syllables that spell ``word`` run together (``xīnhuáshè``
    -> 3), or None when no split into syllables exists."""
    folded = fold_tones(word)
    syllables = pinyin_syllables()
    # best[i]: fewest syllables spelling folded[:i] (dynamic programming, left to right).
    unreachable = len(folded) + 1
    best = [0] + [unreachable] * len(folded)
    for end in range(1, len(folded) + 1):
        for start in range(max(0, end - MAX_SYLLABLE_LETTERS), end):
            if best[start] < unreachable and folded[start:end] in syllables:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < unreachable else None


def is_pinyin_word(letters: str, han_before: int) -> bool:
    """True when ``letters`` annotate the ``han_before`` Han characters before the
    bracket: syllables separated by spaces, or a word's syllables run together with
    tone marks (毛泽东(máozédōng)).  A run-together word needs its tone marks: plain
    letters that happen to split into syllables are as likely English (china)."""
    if is_pinyin(letters):
        return True
    if letters != letters.lower() or TONE_MARKS_RE.search(letters) is None:
        return False
    parts = [p for p in PINYIN_SPLIT_RE.split(letters) if p]
    counts = [syllable_count(p) for p in parts]
    return all(c is not None for c in counts) and sum(c or 0 for c in counts) <= han_before


def _han_run_before(text: str, end: int) -> int:
    """How many Han characters stand right before position ``end``."""
    start = end
    while start > 0 and HAN_RE.match(text, start - 1):
        start -= 1
    return end - start


def _strip(m: re.Match[str]) -> str:
    letters = m["py"]
    if not is_pinyin_word(letters, _han_run_before(m.string, m.start())):
        return m.group()
    # The plain-letter style (個(ge) ) puts a space after the bracket; the
    # tone-mark style (區(qū)) does not, so a space after it is the text's own.
    plain = TONE_MARKS_RE.search(letters) is None
    removed = m.group() if plain else m.group()[: len(m.group()) - len(m["space"])]
    note_change(removed, "")
    return "" if plain else m["space"]


def _strip_cut(m: re.Match[str]) -> str:
    folded = fold_tones(m["py"])
    if not any(s.startswith(folded) for s in pinyin_syllables()):
        return m.group()
    note_change(m.group(), "")
    return ""


def _strip_gloss(m: re.Match[str]) -> str:
    """包河区[HeQu] -> 包河区: each capitalised part a syllable, no more of them than
    the Han characters before the bracket (a name in brackets, [ChinaDaily], stays)."""
    parts = PINYIN_GLOSS_SYLLABLE_RE.findall(m["py"])
    syllables = pinyin_syllables()
    if not all(p.lower() in syllables for p in parts):
        return m.group()
    if len(parts) > _han_run_before(m.string, m.start()):
        return m.group()
    note_change(m.group(), "")
    return ""


def strip_pinyin_annotations(text: str) -> str:
    """Remove pinyin annotations after characters: 區(qū) -> 區, 個(ge) -> 個, and
    glosses in square brackets (包河区[HeQu] -> 包河区); on an annotated page, also the
    annotation an excerpt cut off at a line's end (現(xi)."""
    if "[" in text or "【" in text:
        text = PINYIN_GLOSS_RE.sub(_strip_gloss, text)
    if "(" not in text and "（" not in text:  # every other annotation is in brackets
        return text
    stripped = PINYIN_ANNOTATION_RE.sub(_strip, text)
    if stripped == text:
        return text
    return PINYIN_CUT_ANNOTATION_RE.sub(_strip_cut, stripped)
