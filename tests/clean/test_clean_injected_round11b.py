"""Noise an SEO farm leaves in a copied page (round 11, batches 25-28): a city or province
written in full and glued before a place it does not contain (the farm's keyword put in
front of the real chain of places), and the teasers of other stories cut off with a link
to read on (…【详细】).  Every line is written for the test in the genre's style (names and
numbers invented, places real so the gazetteer knows them); each has a neighbour that
stays."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a city glued before a prefecture and a province it is not in
        (
            "这是普洱市大理白族自治州云南省大理州云龙县在脱贫攻坚中面对的难题。",
            "这是云南省大理州云龙县在脱贫攻坚中面对的难题。",
        ),
        # a city glued before a county-level city of another prefecture
        ("在普洱市楚雄市一个城郊的院子里查获现金。", "在楚雄市一个城郊的院子里查获现金。"),
        # a province glued before a city of another province
        ("湖南省宁波市镇海区召开干部大会。", "宁波市镇海区召开干部大会。"),
        # neighbours: real chains, each place containing the next
        ("云南省大理州云龙县选派30名干部驻村。", "云南省大理州云龙县选派30名干部驻村。"),
        ("吉林省长春市朝阳区召开干部大会。", "吉林省长春市朝阳区召开干部大会。"),
        ("湖北省潜江市组织干部到一线锻炼。", "湖北省潜江市组织干部到一线锻炼。"),
        # provinces in a row are a list, not a chain
        ("江苏浙江安徽三省联合开展干部交流。", "江苏浙江安徽三省联合开展干部交流。"),
        # a district may be followed by its own streets, which the gazetteer does not know
        ("上海市静安区石门二路街道表彰社区工作者。", "上海市静安区石门二路街道表彰社区工作者。"),
    ],
)
def test_a_place_glued_before_one_it_does_not_contain_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "某县召开干部大会。\n某省纪委曝光典型问题 日前，某省纪委对5起问题公开曝光"
            "，这些问题是…【详细】\n"
            "会议要求各级干部担当作为。",
            "某县召开干部大会。\n会议要求各级干部担当作为。",
        ),
        (
            "某县召开干部大会。\n某地查处一批干部 近日，某地通报了一批违规干部……[详情]\n"
            "会上宣读了表彰决定。",
            "某县召开干部大会。\n会上宣读了表彰决定。",
        ),
        # neighbour: a paragraph that names a detail (详细) without a link
        (
            "某县召开干部大会。\n会议对下一步工作作了详细部署。",
            "某县召开干部大会。\n会议对下一步工作作了详细部署。",
        ),
    ],
)
def test_a_teaser_of_another_story_is_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected
