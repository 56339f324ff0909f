"""Content-farm insertions that batches 21-22 showed at first sight in summary sentences
(issue 16, round 10b): a gambling brand claiming to be the "(China) official site", a
news site's flash mark in corner brackets or after its channel, a novel site's chapter
credit glued into the prose, an SEO blog's chatty asides.  Every line is written for the
test in the genre's style (names and numbers invented)."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a Latin brand with its Chinese name and a middle dot before "(中国)官方网站"
        (
            "全市共有58支工作队参加考核。abcd某某·(中国)官方网站驻村队员王某被评为优秀队员。",
            "全市共有58支工作队参加考核。驻村队员王某被评为优秀队员。",
        ),
        # a betting brand with its app tail, where the copied text named a company
        (
            "项目由某某体育(中国)官方网站-IOS/安卓通用版/手机APP下载负责施工，工期90天。",
            "项目由负责施工，工期90天。",
        ),
        # a company's own name with (中国) and a portal named as such stay
        ("某某（中国）有限公司向社区捐赠物资。", "某某（中国）有限公司向社区捐赠物资。"),
        ("名单在县政府官方网站公示5天。", "名单在县政府官方网站公示5天。"),
        ("考生可登录某某(中国)官网查询。", "考生可登录某某（中国）官网查询。"),
    ],
)
def test_an_injected_official_site_brand_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a flash mark in corner brackets, traditional or simplified
        ("【某某網訊】據某市網消息，某縣幹部李某被提拔。", "据某市网消息，某县干部李某被提拔。"),
        ("【某某报快讯】3月5日，某区召开干部大会。", "3月5日，某区召开干部大会。"),
        # an outlet and the channel it reports from, joined by a dot or a dash
        ("某某网·某某新区讯 3月5日，新区选派20名干部。", "3月5日，新区选派20名干部。"),
        ("某某日报-某县讯：全县召开干部大会。", "全县召开干部大会。"),
        (
            "某某网·某某新区讯《某县：水库垮塌》一文报道了此事。",
            "《某县：水库垮塌》一文报道了此事。",
        ),
        # a bracketed heading that is no flash mark stays
        ("【工作动态】某区召开干部大会。", "【工作动态】某区召开干部大会。"),
    ],
)
def test_a_flash_mark_opening_the_lead_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a novel site's credit and lure glued into a chapter's paragraph
        (
            "镇政府的小楼很旧，墙皮都掉了本内容为某某官场002章节文字内容。"
            "#- 某 某 阁 -)阅读本书最新手打章节#",
            "镇政府的小楼很旧，墙皮都掉了。",
        ),
        ("他在乡镇干了十年本内容为某某仕途015章节内容！", "他在乡镇干了十年！"),
        # an SEO blog's asides to the reader go, the sentences stay
        (
            "说实在的，走进某区服务中心时我吃了一惊。你发现没？大厅里有12个窗口。你懂的，这才是便民。",
            "走进某区服务中心时我吃了一惊。大厅里有12个窗口。这才是便民。",
        ),
        # a quoted cadre speaking frankly is no aside
        ("他说：“说实话，刚下沉时我也有顾虑。”", "他说：“说实话，刚下沉时我也有顾虑。”"),
    ],
)
def test_a_site_credit_or_aside_inside_the_prose_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected
