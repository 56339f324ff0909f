"""A character lost in a Big5 or GBK conversion leaves an ASCII mark inside a word
(batches 31-32 at first sight, issue 16): a "?" that cleaning made a full-width question
mark, a "[" that opens nothing.  Such a sentence is never a summary sentence; real
questions and bracketed notes in the genre's style still are."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a "?" inside a word of a sentence that asks nothing
        ("某区坚持抓党建促治理，确保党的领导“一根钢？插到底”。", "garbled"),
        ("本报推出“基层治理密码？一线观察”栏目，记录各地干部的探索。", "garbled"),
        ("全县选派干部到村任职，确保帮扶力量“一竿子插？底”。", "garbled"),
        # a real question, with its question word or particle, stays
        ("干部去哪儿了？记者走访发现，他们都在项目一线。", None),
        ("如何快速转变身份，融入新的工作岗位？挂职干部给出了答案。", None),
        ("“为什么要下沉？”不少干部起初也有疑问。", None),
        ("你们不是号称一站式服务吗？群众为啥还得跑三趟。", None),
        # a bracket that opens nothing
        ("通知要求广泛宣传先进典型的感人事[和崇高精神，激励干部担当作为。", "garbled"),
        ("各地要及时总结推广防汛救灾中的经]做法，表彰先进集体。", "garbled"),
        # a note in brackets closes on its line
        ("该办法第三条[注]对干部交流的范围作了规定。", None),
    ],
)
def test_a_lost_character_keeps_the_sentence_out_of_the_summary(
    text: str, reason: str | None
) -> None:
    assert reject_reason(text) == reason
