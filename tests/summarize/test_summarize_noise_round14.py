"""Summary noise batches 41-42 let through at first sight (round 14), by general cause:
a headline or column name in corner brackets glued before the lead, a lottery app's
download pitch standing where the copy named a city, a synonym spinner's 上司 for 领导
after a jurisdiction, a search page's numbered excerpt cut from mid-sentence, and a
document site's pitch of what it collected.  Sentences written for the test in the
genre's style (names and numbers invented); each rule has a news neighbour that must
stay in."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a bracketed headline or column name glued before the lead
        ("【某市严肃问责35名干部】据报道，某市委通报了督察移交问题的问责情况。", "boilerplate"),
        ("【组工快讯】某县委组织部近日选派18名干部到乡镇挂职。", "boilerplate"),
        # brackets inside the sentence, or a short note, stay
        ("某县委组织部近日印发【干部实绩档案】管理办法，记录干部一线表现。", None),
        # a lottery app's download pitch glued into a document's name
        ("近日，《某某福彩app官方下载市重大项目评比办法》正式印发。", "boilerplate"),
        ("某市《体育app官网下载管理办法》近日出台。", "boilerplate"),
        ("某县体育app下载量突破十万次，群众健身热情高涨。", None),
        ("某市上线政务服务app，群众办事不用跑腿。", None),
        # a spinner's 上司 for 领导 after a province or a city
        ("按照省委统一部署，省上司近日分赴各地开展项目踏查活动。", "garbled"),
        ("某县召开大会，市上司出席并讲话。", "garbled"),
        ("按照省委统一部署，省领导近日分赴各地开展项目踏查活动。", None),
        ("他说，自己的上司对年轻干部要求很严。", None),
        # a numbered excerpt cut from mid-sentence: it closes a quote it never opened
        ("3、专业能力和综合素质，让年轻干部在基层一线成长。”", "fragment"),
        ("2、是听不懂，这让我很受挫。”某某说。", "fragment"),
        ("3、建立“一线考察”机制，把干部放到重大项目中锻炼。", None),
        ("3、全县年轻干部的专业能力和综合素质在一线实践中得到明显提升。", None),
        # a document site's pitch of what it collected
        ("下面是某某网挑选的关于表彰优秀村官的范文，供大家参考阅读。", "boilerplate"),
        ("某县表彰了50名优秀村官，为全县干部树立了榜样。", None),
    ],
)
def test_noise_of_batches_41_42_keeps_the_sentence_out_of_the_summary(
    text: str, reason: str | None
) -> None:
    assert reject_reason(text) == reason
