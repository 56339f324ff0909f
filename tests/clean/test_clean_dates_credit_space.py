"""A byline that gives its authors and the date with the label set apart by a space only
(作者 某某 某某 2025-08-26), as reposting sites print it: the date is the page's own
(round 13, batch 38 at first sight).  Lines written for the test in the genre's style
(names and numbers invented); the old code fails the first row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

TITLE = "某县破解干部队伍结构难题 激活乡村振兴一池春水"
BODY = "某县以选育管用为抓手，选派80名年轻干部到乡镇一线锻炼。\n干部们每月到村走访一次。"


@pytest.mark.parametrize(
    ("credit", "published"),
    [
        ("作者 王某某 李某某 2025-08-26", "2025-08-26"),
        ("编辑 张某 2023年5月12日 10:20", "2023-05-12"),
        ("作者：王某某 2021-03-09", "2021-03-09"),
        # ... while a sentence that names an author and a year is prose: no date from it
        ("作者王某某在2021年写下了这篇文章，记录了驻村的日子。", None),
    ],
)
def test_a_credit_line_with_a_spaced_label_dates_the_page(
    credit: str, published: str | None
) -> None:
    text = "\n".join([TITLE, credit, BODY])
    assert clean_article(Article.from_text(text, "m")).metadata.published == published
