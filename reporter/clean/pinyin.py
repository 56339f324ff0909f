"""Pinyin annotations that spam sites insert after characters: 區(qū), 個(ge) .

They are counted as changes of the step, not recorded one by one as removals: a
converted page carries hundreds of them and they were never part of the text.
"""

from __future__ import annotations

import re
import unicodedata

from reporter.clean.record import note_change
from reporter.clean.resources import (
    PINYIN_ANNOTATION_RE,
    PINYIN_SPLIT_RE,
    TONE_MARKS_RE,
    pinyin_syllables,
)

_DIAERESIS = "\u0308"


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


def _strip(m: re.Match[str]) -> str:
    letters = m["py"]
    if not is_pinyin(letters):
        return m.group()
    # The plain-letter style (個(ge) ) puts a space after the bracket; the
    # tone-mark style (區(qū)) does not, so a space after it is the text's own.
    plain = TONE_MARKS_RE.search(letters) is None
    removed = m.group() if plain else m.group()[: len(m.group()) - len(m["space"])]
    note_change(removed, "")
    return "" if plain else m["space"]


def strip_pinyin_annotations(text: str) -> str:
    """Remove pinyin annotations after characters: 區(qū) -> 區, 個(ge) -> 個."""
    if "(" not in text and "（" not in text:  # every annotation is in brackets
        return text
    return PINYIN_ANNOTATION_RE.sub(_strip, text)
