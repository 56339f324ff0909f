"""An outlet's lead-in opening the first paragraph (某某网消息, 某某网某地7月9日消息（记者
某某）, 某某网4月25日某地讯): page furniture like 本报讯, never the start of a summary
sentence (issue 16, batch 10's b10_37 and the same shape on other sites).  Sentences
written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean.steps import remove_boilerplate_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某某网消息 3月2日，某某县召开干部作风建设大会。", "3月2日，某某县召开干部作风建设大会。"),
        (
            "某某新闻网某某8月3日消息（记者王某 通讯员李某）"
            "记者从某某市委组织部获悉，该市选派300名干部驻村。",
            "记者从某某市委组织部获悉，该市选派300名干部驻村。",
        ),
        ("某某网5月6日某某讯 近日，某某区开展擂台比武。", "近日，某某区开展擂台比武。"),
        (
            "某某网·某某客户端讯（记者 赵某 钱某）为推动项目建设，某某县成立工作专班。",
            "为推动项目建设，某某县成立工作专班。",
        ),
        ("某某日报消息：某某镇选派干部下沉一线。", "某某镇选派干部下沉一线。"),
        ("某某晨讯 2023年某某市机关干部运动会开幕。", "2023年某某市机关干部运动会开幕。"),
        # a site named 在线, with its channel (batch 48)
        (
            "某某在线某某频道消息(王某某) 近日，一场党政干部换位体验活动在某镇开展。",
            "近日，一场党政干部换位体验活动在某镇开展。",
        ),
        # a source cited in the sentence stays: it is what the sentence reports
        ("据某某网消息，某某县选派50名干部驻村。", "据某某网消息，某某县选派50名干部驻村。"),
        ("某某网消息称，某某县选派50名干部驻村。", "某某网消息称，某某县选派50名干部驻村。"),
        ("全县干部在线学习消息传来，大家备受鼓舞。", "全县干部在线学习消息传来，大家备受鼓舞。"),
    ],
    ids=[
        "site-space",
        "site-place-date-credits",
        "site-date-place",
        "app",
        "colon",
        "short-name",
        "online-channel",
        "cited",
        "cited-verb",
        "online-prose",
    ],
)
def test_an_outlet_lead_in_is_cut_from_the_paragraph(text: str, expected: str) -> None:
    assert remove_boilerplate_spans(text) == expected
