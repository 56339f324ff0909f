"""Summary noise batches 35-36 let through at first sight (round 13), by general cause:
quotation or title marks around nothing where a conversion lost the words, a day in
brackets whose units were lost, a caption spliced onto the sentence before it or a
place's event named without a verb, and a lead-in label of an abstract (本文摘要：) or a
journal database (<正>).  Sentences written for the test in the genre's style (names and
numbers invented); each rule has a news neighbour that must stay in."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # marks around nothing: the words inside were lost
        ("某县“”了，且“”得不轻，发展的步子越来越慢。", "garbled"),
        ("全县干部认真学习了《》，并结合实际开展讨论。", "garbled"),
        # quotation marks around words stay
        ("某县“病”了，且“病”得不轻，发展的步子越来越慢。", None),
        # a day in brackets whose month and day units were lost
        ("昨天（41）是某县政务服务中心搬迁后正式办公的第一天。", "gap"),
        ("今天（1215）某区召开干部大会，部署年底重点工作。", "gap"),
        ("昨天（4月1日）是某县政务服务中心搬迁后正式办公的第一天。", None),
        # a caption spliced on: 图为 after a clause mark
        ("某市纪委党员突击队在某镇与群众一起奋力抗汛，图为党旗在渡口高高飘扬。", "caption"),
        ("某县组织部统计，图书室共有藏书3000册，干部借阅量逐年上升。", None),
        # a place's event named in one clause, no verb
        ("某省某县某乡某村的趣味运动会。", "caption"),
        ("某区某街道的干部技能比赛。", "caption"),
        ("某村举办趣味运动会，驻村干部与村民同场竞技。", None),
        # an abstract's or a database's lead-in label
        ("本文摘要：挂职是培养干部的一种方式，通常是将干部派到基层任职。", "boilerplate"),
        ("<正>某省委组织部近日印发通知，要求建立近距离考核干部的机制。", "boilerplate"),
        ("本文介绍了某省选派干部到基层挂职的做法和成效。", None),
    ],
)
def test_noise_of_batches_35_36_keeps_the_sentence_out_of_the_summary(
    text: str, reason: str | None
) -> None:
    assert reject_reason(text) == reason
