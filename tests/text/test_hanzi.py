"""One definition of a Han character (reporter.text.resources), and the stages using it."""

from __future__ import annotations

import re

import pytest

from reporter.clean import resources as clean_res
from reporter.compare import resources as compare_res
from reporter.ingest import resources as ingest_res
from reporter.split import resources as split_res
from reporter.text import resources as res

VARIANTS = {
    res.HAN: res.HAN_RANGES,
    res.HAN_BMP: (res.HAN_EXT_A, res.HAN_UNIFIED, res.HAN_COMPATIBILITY),
    res.HAN_COMMON: (res.HAN_UNIFIED,),
}


@pytest.mark.parametrize("han_class", list(VARIANTS))
def test_each_variant_holds_its_blocks_and_nothing_around_them(han_class: str) -> None:
    one = re.compile(f"[{han_class}]")
    every = re.compile(f"[{res.HAN}]")
    for lo, hi in VARIANTS[han_class]:
        assert one.match(chr(lo)) and one.match(chr(hi))
        assert every.match(chr(lo)) and every.match(chr(hi))  # a subset of the definition
        assert not one.match(chr(lo - 1)) and not one.match(chr(hi + 1))


def test_stages_take_their_variant_from_the_one_definition() -> None:
    assert ingest_res.HAN.pattern == f"[{res.HAN_BMP}]"
    assert split_res.HAN.pattern == f"[{res.HAN_BMP}]"
    assert clean_res.HAN_RE.pattern == f"[{res.HAN}]"
    assert compare_res.CJK.pattern == f"[{res.HAN_COMMON}]"
    assert (res.HAN_COMMON_FIRST, res.HAN_COMMON_LAST) == ("\u4e00", "\u9fff")
