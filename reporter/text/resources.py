"""What a Chinese (Han) character is, for every stage; and the patterns of jieba's
part-of-speech cutter (``jieba/posseg/__init__.py``), which
:func:`reporter.text.segment.posseg` reproduces in its shared mode.  Those must stay
jieba's, character for character: a test compares the two cutters' output."""

from __future__ import annotations

import re
from collections.abc import Iterable

# --------------------------------------------------------------------------- Han characters

# The one definition: the CJK ideograph blocks, as (first, last) code points.
HAN_UNIFIED = (0x4E00, 0x9FFF)  # CJK Unified Ideographs: every common character
HAN_EXT_A = (0x3400, 0x4DBF)  # Extension A
HAN_COMPATIBILITY = (0xF900, 0xFAFF)  # Compatibility Ideographs
HAN_ASTRAL = (0x20000, 0x2EBEF)  # Extensions B-F, beyond the Basic Multilingual Plane
HAN_RANGES = (HAN_EXT_A, HAN_UNIFIED, HAN_COMPATIBILITY, HAN_ASTRAL)


def han_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The body of a regex character class (``[...]``) holding ``ranges``."""
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


# Every Han character: what cleaning counts and repairs (a name may use an astral one).
HAN = han_class(HAN_RANGES)
# Variants, each a subset of HAN kept because outputs depend on it:
# ingest scores decodings and the share of Chinese with the BMP blocks only; astral
# ideographs are essentially absent from news text, and its thresholds were set so.
HAN_BMP = han_class((HAN_EXT_A, HAN_UNIFIED, HAN_COMPATIBILITY))
# compare's patterns and the gazetteer's name boundaries use the unified block only:
# every word of their lexicons is written in it, and a wider class would let a stem or
# a place name run on into rare ideographs.
HAN_COMMON = han_class((HAN_UNIFIED,))
HAN_COMMON_FIRST, HAN_COMMON_LAST = chr(HAN_UNIFIED[0]), chr(HAN_UNIFIED[1])

# --------------------------------------------------------------------------- jieba

# A run jieba segments with its dictionary: CJK ideographs (its range, not all of CJK),
# Latin letters, digits and + # & . _
JIEBA_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
# Outside those runs: a line break or one whitespace character is a token of its own.
JIEBA_SKIP = re.compile("(\r\n|\\s)")
# ... and every other character is one token: "m" for a digit or full stop, "eng" when
# its part starts with a Latin letter or digit, "x" otherwise.
JIEBA_NUM = re.compile("[\\.0-9]+")
JIEBA_ENG = re.compile("[a-zA-Z0-9]+")


# --------------------------------------------------------------------------- gazetteer


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


def starts_re(surfaces: list[str]) -> re.Pattern[str]:
    """Where a place name of ``surfaces`` may start: its first character followed by a
    second character of some name (reporter.text.gazetteer builds it once, from its data)."""
    first = _char_class(s[0] for s in surfaces)
    return re.compile(first + "(?=" + _char_class(s[1] for s in surfaces) + ")")
