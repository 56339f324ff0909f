"""Titles on page heads shaped like the first-sight failures of batches 11-14 (issue
16), each a general cause: a headline set with spaces between its characters, an HTML
entity that lost its & and ;, a region list with a label taken for the lead, a headline
listing acts with many 、, a credit's tail cut out of its bracket, a book's author after
its title, a speech's title printed twice before its salutation, a subhead the body
repeats as a clause, a repost titled only by its 原标题 note, a disclosure table's rows.
Pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline import derive_title
from reporter.models import Article

BODY = (
    "近日，某某县组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)


def article(text: str) -> Article:
    return Article.from_text(text, "inline")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # one word set wide: the headline, not the speaker's line under it
        (
            "政 府 工 作 报 告\n某某县人民政府县长 李 某\n各位代表：\n"
            "现在，我代表县人民政府向大会报告政府工作，请予审议。" + BODY,
            "政府工作报告",
        ),
        # an entity without & and ; in a forum's headline, the forum's tool after it
        (
            "发新话题 回复该主题\n某某干部的ldquo赶考rdquo [复制链接]\n"
            "某某县干部迎来了为期三天的“赶考”，观摩评比各乡镇项目。" + BODY,
            "某某干部的“赶考”",
        ),
        # a region menu under its label is a list, not the lead: the headline below it
        # stays a candidate
        (
            "各地： 安徽 北京 重庆 大连 福建 广东 广西 海南 黑龙江 河南 湖北 湖南 吉林 江苏 "
            "辽宁 四川 山东 上海 陕西 深圳 天津\n某某县机关干部下沉社区网格服务\n" + BODY,
            "某某县机关干部下沉社区网格服务",
        ),
        # a headline listing four acts with 、 is no list of SEO words
        (
            "不打招呼、不听汇报、不用陪同、不发通知，直奔一线！某某县督导干部下沉社区\n" + BODY,
            "不打招呼、不听汇报、不用陪同、不发通知，直奔一线！某某县督导干部下沉社区",
        ),
        # a book's author after its title
        (
            "您的位置：某某文学 > 官场 > 官场风云\n官场风云 某某某 著\n连载中 小说 都市小说\n"
            "《官场风云》是一本官场小说，讲述某某县干部张某在乡镇的风云故事。" + BODY,
            "官场风云",
        ),
        # a subhead that the body repeats as a clause between commas is no headline
        # named twice: the headline above it stays
        (
            "“擂台”上见真章，某某镇书记比项目\n评出优秀项目5个\n"
            "近日，某某镇举办书记项目擂台赛，各村书记上台展示“书记项目”。"
            "经现场打分，评出优秀项目5个，并予以通报表彰。" + BODY,
            "“擂台”上见真章，某某镇书记比项目",
        ),
        # a repost whose only headline is the original's, under its marker
        (
            "原标题：某某县干部下沉社区 网格服务暖民心\n" + BODY + "\n" + BODY,
            "某某县干部下沉社区 网格服务暖民心",
        ),
        # a disclosure table's rows are fields; its 标 题 cell or the line below is the
        # headline
        (
            "发布机构 | 某某县政府办 | 有 效 性 | 有效 |\n"
            "标 题 | 某某县召开干部下沉社区工作调度会 |\n"
            "某某县召开干部下沉社区工作调度会\n" + BODY,
            "某某县召开干部下沉社区工作调度会",
        ),
        # an e-paper's narrow column wraps the headline inside a word (四川省 / 东西部)
        (
            "我省欢送新一批赴四川省\n东西部协作挂职干部\n"
            "本报杭州5月2日讯 昨日下午，我省欢送新一批120名赴四川省东西部协作挂职干部。" + BODY,
            "我省欢送新一批赴四川省东西部协作挂职干部",
        ),
        # ... while a subtitle under a headline continues no word of it
        (
            "某某县干部下沉社区\n网格服务暖民心\n" + BODY + "群众称赞网格服务暖民心。",
            "某某县干部下沉社区",
        ),
        # a content farm's label after the headline, set off by a space
        ("某某县机关干部下沉社区网格服务 天天资讯\n" + BODY, "某某县机关干部下沉社区网格服务"),
        # ... or a site's name so set (a publisher's: 某某图鉴社)
        ("某某：县乡是锻炼干部的大课堂 某某图鉴社\n" + BODY, "某某：县乡是锻炼干部的大课堂"),
        # ... while a clause ending with a net or a cooperative is the headline's own
        (
            "某某县干部下沉社区 织密疫情防控网\n" + BODY + "干部们织密疫情防控网。",
            "某某县干部下沉社区 织密疫情防控网",
        ),
    ],
)
def test_round9_heads(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert meta.title == title


def test_a_credit_cut_out_of_its_bracket_is_no_headline() -> None:
    text = "。〒某某市某某区政府官方网站）\n昨日，某某区在政府官方网站上挂出任前公示通告。\n" + BODY
    meta = clean_article(article(text)).metadata
    assert meta.title_derived  # the page shows no headline


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "县委书记在全县干部下沉动员会上的讲话县委书记在全县干部下沉动员会上的讲话 "
            "同志们：今天召开动员会。",
            "县委书记在全县干部下沉动员会上的讲话",
        ),
        (
            "县委书记在全县干部下沉动员会上的讲话同志们：今天召开动员会。",
            "县委书记在全县干部下沉动员会上的讲话",
        ),
    ],
)
def test_speech_title_printed_twice_is_derived_once(lead: str, title: str) -> None:
    assert derive_title([lead]) == title
