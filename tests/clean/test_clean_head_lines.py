"""Head and foot lines of real pages that are no article text (round 8, issue 16):
datelines that carry more than a date, credit blocks opened by a box bullet, reader
furniture of content farms and forums, magazine issue lines, picture lines, notices of
reposting sites, and the marks a page puts on its headline.  Sentences written for the
tests in the style of the genre; each table also holds article lines that must stay."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline import clean_title
from reporter.clean.steps import title_without_site
from reporter.models import Article, CleanArticle

HEAD = "某某县：选派干部到一线"
BODY = ["某某县选派干部到一线锻炼，干部在一线接受考察。", "考察结果与提拔使用挂钩。"]


def cleaned(text: str) -> CleanArticle:
    return clean_article(Article.from_text(text, "t", "t.txt"))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # an outlet, its date with the clock time, then an editor or a site's own link
        ("某某日报    2023-10-12 09:41:07     责任编辑：王某", "2023-10-12"),
        ("某股网  2024-03-05 16:20  某某科技(600001)个股分析", "2024-03-05"),
        ("某某晚报 2019年6月3日 08:15 来源：某某网", "2019-06-03"),
        # a date followed by labelled fields other than the source
        ("2021-04-18  标签： 来源：某某新闻网", "2021-04-18"),
        ("2022-07-01 09:30 关键词：干部 下沉", "2022-07-01"),
        # a forum or blog post's date under its label
        ("只看楼主 倒序阅读 0 发表于：2008-05-20", "2008-05-20"),
        ("楼主 发布于 2019-03-02 10:20", "2019-03-02"),
        # a date alone in brackets, a labelled date in brackets, a credit then the date
        ("[2020-03-09]", "2020-03-09"),
        ("某某县委组织部 | 2021-05-12", "2021-05-12"),
        ("2021-05-12 某某县人民政府网 阅读 1234", "2021-05-12"),
        ("[ 2021-05-12 ]  来源：某某县委组织部", "2021-05-12"),
        ("原创 某某县委组织部 某某组工 2021-05-12 08:00 发表于某某省", "2021-05-12"),
        ("某某日报丨2021年5月12日 10:21", "2021-05-12"),
        ("（2020年3月9日）", "2020-03-09"),
        ("【2020-03-09 10:20】", "2020-03-09"),
        ("【发布时间：2020-03-09】【来源：某某网】", "2020-03-09"),
        ("作者：某某 2020-03-09", "2020-03-09"),
        ("编辑：王某 2021年5月12日 10:20 来源：某某网", "2021-05-12"),
        # traditional script
        ("2020-03-09  標簽: 來源:某某新聞網", "2020-03-09"),
        # a dateline ending with the font-size tool is still read as a dateline
        ("发布时间：2023-08-02 10:21  来源：某某区委组织部  【字体：大 中 小】", "2023-08-02"),
        # ... or with its size buttons lost (images) and a print and close button
        ("【字体: 】 发布时间:2023/8/7 10:18:15   【打印】【关闭】", "2023-08-07"),
    ],
)
def test_dateline_forms(line: str, published: str) -> None:
    art = cleaned("\n".join([HEAD, line, *BODY]))
    assert art.metadata.published == published
    assert line not in art.text
    assert art.text.split("\n")[0] == HEAD


@pytest.mark.parametrize(
    "line",
    [
        "□ 本报记者 赵某某 特约通讯员 李某某",
        "■特约记者/毛某某",
        "[责任编辑 魏某 ]",
        "【字体大小:",
        "小主，这个章节后面还有哦，请点击下一页继续阅读，后面更精彩！",
        "已阅读5页，还剩14页未读 继续免费阅读",
        "下载本文档",
        "扫码阅读手机版",
        "本题链接：",
        "上一主题 下一主题",
        "某某党建 2018年27期",
        "正定.png",
        "图片2.jpg",
        "▲发布专项攻坚项目清单",
        "会议现场。某某摄",
        "新闻发布会现场。李某 摄",
        "表彰大会上，某某为获奖代表颁奖。（某某全媒体记者 杜某某 / 摄）",
        "某某新闻网版权与免责声明：",
        "原网页已被某某网转码收录，版权归文章来源方所有，转载目的在于传递更多信息。",
        "您如对该稿件内容有任何疑问，请30日内与某某网联系。",
        "声明：转载此文是出于传递更多信息之目的。若侵犯了您的合法权益，请与本网联系。",
        "原题目：某某县干部下沉一线记",
        "■特约记者/毛某某 本刊记者/王某某 郭某某",
        "打印 放大 缩小",
        "打印 | 收藏 | 发给好友 【字号 大 中 小】 |",
        "1 2 下一页",
        "关注某某网",
        "听新闻",
        "Qzone",
        "微信公众号",
        # pornographic keywords injected for search engines, in their other wordings
        "国产某某高潮视频免费，久久某某中文字幕，亚洲无码一区精品视频",
        "免费一级国产片在线观看",
        "「本文来源：某某老人报」",
        "章节报错",
        "加入书签 投推荐票 目录",
        "更多精彩内容，请关注某某县委组织部微信公众号。",
        "欢迎广大读者转发分享，让更多人看到基层干部的风采！",
        "以上内容由某某网整理发布，仅供参考学习使用。",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    art = cleaned("\n".join([HEAD, line, *BODY]))
    assert art.text == "\n".join([HEAD, *BODY])
    assert art.cleaning.removed


@pytest.mark.parametrize("header", ["新闻推荐", "• 热点阅读", "相关推荐"])
def test_a_list_header_after_the_text_is_dropped(header: str) -> None:
    art = cleaned("\n".join([HEAD, *BODY, header]))
    assert art.text == "\n".join([HEAD, *BODY])


@pytest.mark.parametrize(
    "line",
    [
        # article lines with the same words
        "该办法发表于2019年3月的《某某日报》上，引起广泛讨论。",
        "宣传干事现场拍摄。",
        "干部们在会上进行了拍摄。",
        "全县干部群众的积极性被充分调动起来，活动共吸引3000余名群众参加。",
        "他已阅读了全部材料，并继续深入调研。",
        "该县第2期培训班共有50名年轻干部参加。",
        "（2020年3月9日起，全县干部分批下沉社区。）",
        "作者：某某在文中写道，2020年3月9日是他下沉社区的第一天。",
        "干部们要关注群众的急难愁盼，织密基层治理网。",
        "第1名和第2名的干部分别获得奖励，其余干部下一步继续比拼。",
    ],
)
def test_article_lines_with_the_same_words_stay(line: str) -> None:
    art = cleaned("\n".join([HEAD, *BODY, line]))
    assert art.text.split("\n")[-1] == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the marker in brackets, with or without its colon
        ("（原标题）勇于担当 掀起干事创业热潮", "勇于担当 掀起干事创业热潮"),
        ("【原标题】某某县：干部到一线", "某某县：干部到一线"),
        ("原题目：这些干部为何被提拔重用", "这些干部为何被提拔重用"),
        # a forum's page tool after the headline
        ("某某党校为10省培训干部两千人 [复制链接]", "某某党校为10省培训干部两千人"),
        ("某某县干部下沉一线纪实【打印】", "某某县干部下沉一线纪实"),
        # an e-paper's paper name and date on the headline's line
        (
            "机关干部“沉”下去 治理效能“提”上来 某某日报 | 2025-08-04",
            "机关干部“沉”下去 治理效能“提”上来",
        ),
        ("干部下沉一线 某某网 2021年5月1日 10:20", "干部下沉一线"),
        # media and repost tags, a document host's offer and name, a site after "--"
        ("某某县干部下沉一线纪实（组图）", "某某县干部下沉一线纪实"),
        ("某某县干部下沉一线纪实[视频]", "某某县干部下沉一线纪实"),
        ("某某县干部下沉一线纪实【转载】", "某某县干部下沉一线纪实"),
        ("某某县干部下沉一线纪实(转)", "某某县干部下沉一线纪实"),
        ("某某县干部下沉一线工作方案 免费下载", "某某县干部下沉一线工作方案"),
        ("某某县干部下沉一线工作方案-百度文库", "某某县干部下沉一线工作方案"),
        ("某某县干部下沉一线纪实--某某党建网", "某某县干部下沉一线纪实"),
        # a home-page trail joined by bars in front of the headline
        ("首页 | 组工动态 | 某某县干部下沉一线纪实", "某某县干部下沉一线纪实"),
        # a subtitle after two hyphens stays
        ("干部下沉一线--记某某县的驻村干部", "干部下沉一线--记某某县的驻村干部"),
        ("干部“转”作风（图解）", "干部“转”作风（图解）"),
        # a headline that only contains such words keeps them
        ("干部“复制链接”式工作法要不得", "干部“复制链接”式工作法要不得"),
    ],
)
def test_headline_marks(line: str, title: str) -> None:
    assert clean_title(line) == title


def test_tool_tail_is_cut_in_the_published_script() -> None:
    assert title_without_site("某某黨校為10省培訓幹部兩千人 [複製鏈接]") == (
        "某某黨校為10省培訓幹部兩千人"
    )
