"""A photo caption that names its place as a chain of levels and says in one short clause
what the place does (issue 16: "never ... a caption") is no summary sentence; a lead that
names who acts, when or how many stays eligible.  Sentences written here in the genre's
style."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("浙江省湖州市安吉县打造美丽乡村示范带。", "caption"),
        ("云南省红河州元阳县发展梯田特色产业", "caption"),
        ("内蒙古自治区锡林郭勒盟正蓝旗建设现代化牧场。", "caption"),
        # a lead names an organ, a time or a number: eligible
        ("江苏省南京市江宁区委组织部选派干部下沉到村。", None),
        ("四川省凉山州越西县选派100名干部驻村帮扶。", None),
        ("河南省信阳市新县近日开展年轻干部专题培训。", None),
    ],
)
def test_a_place_chain_caption_is_no_summary_sentence(text: str, reason: str | None) -> None:
    assert reject_reason(text) == reason
