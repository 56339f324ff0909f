"""Advertising spliced into a story's lines (batches 31-32 and 41-42 at first sight): a
franchise pitch inside a headline (brand, product and 加盟 tail all go) and a Latin
brand with its number and 官网 glued where the copy named a body; an article about the
product, or a body's own site named in a sentence, keeps its words.  Sentences written
here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a franchise pitch spliced into a headline: brand, product and tail all go
        ("某省开启科太厨房电器加盟史上规模最大的帮扶", "某省开启史上规模最大的帮扶"),
        ("全县选派干部驻村禾晓奶茶加盟帮扶", "全县选派干部驻村帮扶"),
        # ... but an article about the product keeps it
        ("全县奶茶加盟店达到200家，干部帮企业解决奶茶原料难题", None),
    ],
)
def test_a_franchise_pitch_spliced_into_a_line_is_cut(line: str, kept: str | None) -> None:
    body = "\n全县共选派200名干部驻村帮扶，为期一年。"
    assert clean_text(line + body).split("\n")[0] == (kept or line.replace(",", "，"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a Latin brand with its number and 官网 glued where the copy named a body
        ("评选bat365官网驻某某村工作队为先进。", "评选驻某某村工作队为先进。"),
        # a body's own site named in a sentence stays
        ("详情可登录某某县政府官网查询。", "详情可登录某某县政府官网查询。"),
    ],
)
def test_a_numbered_brands_site_is_cut(text: str, kept: str) -> None:
    assert clean_text(text) == kept
