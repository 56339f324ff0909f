"""An excerpt cut in the middle of a pinyin annotation (batches 11-12 at first sight:
``精彩現(xi``, ``2×26萬(wà``): on a page annotated elsewhere the unclosed annotation at a
line's end goes too; a bracket on a page without annotations stays.  Lines written for
these tests.  A gloss in square brackets (包河区[HeQu]) goes as the bracketed annotations do."""

from __future__ import annotations

import pytest

from reporter.clean.pinyin import strip_pinyin_annotations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全縣幹部現(xiàn)場比武,展示精彩現(xi", "全縣幹部現場比武,展示精彩現"),
        ("項(xiàng)目總投資26萬(wà\n下一段", "項目總投資26萬\n下一段"),
        # no annotation elsewhere: the bracket is the text's own
        ("会议通过了附件(a", "会议通过了附件(a"),
        # an annotated page, but the letters start no syllable
        ("項(xiàng)目代號(vvx", "項目代號(vvx"),
    ],
    ids=["cut-plain", "cut-tone", "not-annotated", "not-pinyin"],
)
def test_a_cut_annotation_at_a_line_end_is_stripped(text: str, expected: str) -> None:
    assert strip_pinyin_annotations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spam site's gloss in square brackets, its syllables capitalised
        (
            "某某区[MouQu]30名副科级干部跟环卫工人[GongRen]一起清扫路面，与城管执法[ZhiFa]人员一起执法。",
            "某某区30名副科级干部跟环卫工人一起清扫路面，与城管执法人员一起执法。",
        ),
        # more syllables than the characters before it, a lone capital, no syllables:
        # the brackets are the text's own
        ("见附件[ZhiFaRenYuan]", "见附件[ZhiFaRenYuan]"),
        ("评为等级[A]的单位", "评为等级[A]的单位"),
        ("转载自人民网[PeopleDaily]", "转载自人民网[PeopleDaily]"),
    ],
    ids=["gloss", "too-many-syllables", "grade", "not-pinyin"],
)
def test_a_bracketed_pinyin_gloss_is_stripped(text: str, expected: str) -> None:
    assert strip_pinyin_annotations(text) == expected
