"""The date a page was reposted or uploaded, apart from the story's own (batch 9 at
first sight): an aggregator's compiling time stamp, a speech uploaded after the day
printed under its speaker.  The published dates of these pages are cases of
`tests/fixtures/clean/heads.toml`; here only `reposted` is checked.  Pages written here
in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某区组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)


@pytest.mark.parametrize(
    ("text", "reposted"),
    [
        # an aggregator's time stamp dates its copy, not the story
        ("干部下沉社区\n时间：2024-12-25 13:14:40 来源：网络整理\n" + BODY, "2024-12-25"),
        # ... while a document library's only date stays the date
        ("干部下沉社区\n发布时间：2024-10-02 20:03:21 来源：网络\n" + BODY, None),
        # a portal's clock in its banner gives way to the labelled dateline below it
        (
            "2024年11月23日\n星期六\n干部下沉社区\n时间：2019-10-24 15:25:20  来源：某某日报\n"
            + BODY,
            None,
        ),
        # a date alone is still the date when the page has no other
        ("干部下沉社区\n2021年5月12日 星期三\n" + BODY, None),
        # a speech printed with its day in brackets under the speaker, uploaded later
        (
            "在全市干部作风建设大会上的讲话\n发布时间：2023-03-01\n"
            "某某市委书记 张某某（2023 年 2 月 20 日）同志们：今天召开大会，部署干部作风建设。",
            "2023-03-01",
        ),
        # ... or after 时间：, glued to the speaker's name
        (
            "在市总工会扩大会议上的讲话摘要\n公文网 2021-07-09 10:53:40 党建\n"
            "在市总工会扩大会议上的讲话摘要李某某时间：2020年4月13日今天，我们召开会议。",
            "2021-07-09",
        ),
        # a news story whose title is no speech keeps its page date
        ("干部下沉社区\n发布时间：2023-03-01\n近日（2023年2月20日），某某区召开会议。", None),
    ],
)
def test_the_repost_date(text: str, reposted: str | None) -> None:
    assert clean_article(Article.from_text(text, "inline")).metadata.reposted == reposted
