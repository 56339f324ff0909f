"""The reject patterns' character screen skips only searches that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.models import Document
from reporter.summarize import textrank_plus
from reporter.summarize.resources import patterns, reject_screen

# Sentences each rejected by a pattern of its own (the examples of data/summarize.toml).
REJECTED = [
    "确保党的领导“一根钢？插到底”。",
    "广泛宣传他们的感人事[和崇高精神。",
    "中华人民***和国成立。",
    "基层*建工作取得实效。",
    "yīng)龙又驾驶着车子出发了。",
    "省上司近日分赴各地调研。",
    "乐东“”了很多年。",
    "我省第二批名援疆干部抵达。",
    "于年2月进疆开展工作。",
    "安排项目余个，总投资巨大。",
    "一共20口8年的时间过去了。",
    "XXX干部队伍建设取得成效。",
    "，人次获得先进个人称号。",
    "昨天（41）是重要的日子。",
    "图为党员志愿者在社区服务。",
    "李某某（左）走在队伍前面。",
    "上一篇：某地召开干部大会。",
    "版权所有，不得转载本站内容。",
    "详见 https://example.com/news 的报道。",
    "热线电话：0871-12345678。",
    "<p>某县召开会议</p>。",
    "网络点击量207.1万人次。",
    "您的当前位置：首页 > 新闻 > 正文。",
    "【某市严肃问责92人】据报道，该市问责干部。",
    "山西路桥：党建引领 建好每一条路。",
    '某某网%- SB^xY6U4n{OE"aSo 报道称。',
]


def _unscreened(text: str) -> str | None:
    stripped = text.strip()
    for reason, pattern in patterns().reject:
        if pattern.search(stripped):
            return reason
    return None


def _screened(text: str) -> str | None:
    stripped = text.strip()
    chars = set(stripped)
    for reason, pattern, needs in reject_screen():
        if (needs is None or not needs.isdisjoint(chars)) and pattern.search(stripped):
            return reason
    return None


def test_screen_lists_every_reject_pattern_in_order() -> None:
    screen = reject_screen()
    assert [(r, p) for r, p, _ in screen] == list(patterns().reject)
    # most patterns need a character: the screen is worth its set test
    assert sum(needs is not None for _, _, needs in screen) > len(screen) * 3 // 4


def test_every_match_holds_a_needed_character() -> None:
    for text in REJECTED:
        assert _unscreened(text) is not None, text
        for _, pattern, needs in reject_screen():
            match = pattern.search(text.strip())
            if match and needs is not None:
                assert not needs.isdisjoint(match.group()), (pattern.pattern, text)


def test_screened_reasons_equal_every_pattern_run(seed_docs: list[Document]) -> None:
    texts = REJECTED + [s.text for doc in seed_docs for s in doc.sentences]
    for text in texts:
        expected = _unscreened(text)
        assert _screened(text) == expected, text
        if expected is not None:  # (the later, shape rules may reject the others)
            assert textrank_plus.reject_reason(text) == expected, text


# Characters the reject patterns spell, and some plain text around them.
_ALPHABET = "".join(
    sorted(
        {c for _, p in patterns().reject for c in re.sub(r"\\.", "", p.pattern) if c.isprintable()}
        | set("的干部工作某县年月日人 0123456789")
    )
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_screened_reasons_equal_every_pattern_run_on_generated_text(text: str) -> None:
    assert _screened(text) == _unscreened(text)
