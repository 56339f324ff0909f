"""unwrap counts two display columns for every Han character without measuring it."""

from __future__ import annotations

import unicodedata

from reporter.clean.unwrap import _char_columns, _columns
from reporter.text.resources import HAN_RANGES


def test_every_han_character_is_wide() -> None:
    for lo, hi in HAN_RANGES:
        assert all(unicodedata.east_asian_width(chr(c)) in "WF" for c in range(lo, hi + 1))


def test_columns_are_the_sum_of_the_characters_widths() -> None:
    for line in [
        "今年以来，某某县聚焦“建设市域副中心、打造发",
        "GDP 增长 8.2%（２０２２年）",
        "",
        "abc",
    ]:
        assert _columns(line) == sum(map(_char_columns, line))
