"""Dates batches 35-36 missed or invented at first sight (round 13), by general cause: a
publication label whose colon the page dropped (发布时间2022-05-16), an account's or app
channel's name with the day it posted alone on a line above the headline, and a forum
member's join date in the poster's panel (注册 / 2002-10-07) taken as the page's date, from
which a yearless wire dateline then took its year.  Lines written for the test in the
genre's style (names and numbers invented); each rule has a neighbour that must keep its
reading, and the old code fails each changed row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

TITLE = "某区选派百名年轻干部驻企服务"
BODY = "某区日前召开动员会，选派100名年轻干部联系服务200家企业。\n干部们每周到企业走访一次。"
WIRE_BODY = (
    "人民网某地5月31日电 （记者某某）今天，某省召开干部大会宣布："
    "从今年起选派1000名干部到基层挂职。\n"
    "首批干部6月10日前将分赴各县市区。"
)


@pytest.mark.parametrize(
    ("head", "tail", "body", "published"),
    [
        # a publication label glued to its date, the colon dropped
        ([TITLE, "某某日报 · 记者 某某 | 发布时间2022-05-16 11:37:41"], [], BODY, "2022-05-16"),
        ([TITLE, "发稿时间2021-03-02"], [], BODY, "2021-03-02"),
        # ... while a bare 时间 glued to a year may be prose: no date from it
        ([TITLE], [], "某区召开会议，时间2021年定下的任务要按期完成。\n干部们分头落实。", None),
        # an app channel's name and the day it posted, above the headline
        (["某某APP某市 2022-11-15", TITLE], [], BODY, "2022-11-15"),
        # a forum member's join date in the poster's panel is no date of the story, and a
        # wire dateline without a year takes no year from it
        ([TITLE, "管理成员", "注册", "2002-10-07", "消息", "402,300"], [], WIRE_BODY, None),
        ([TITLE, "管理成員", "註冊", "2002-10-07", "消息"], [], WIRE_BODY, None),
        (["某某APP某市 2022年11月15日", TITLE], [], BODY, "2022-11-15"),
        # ... while the same date printed alone under the headline dates the page
        ([TITLE, "2002-10-07"], [], BODY, "2002-10-07"),
    ],
)
def test_date_lines_of_feeds_and_forums(
    head: list[str], tail: list[str], body: str, published: str | None
) -> None:
    text = "\n".join([*head, body, *tail])
    assert clean_article(Article.from_text(text, "m")).metadata.published == published
