"""Headline candidates on page heads shaped like batch 10's first-sight failures
(issue 16), each a general cause of the genre rather than one page: a kicker above
the headline that the lead never echoes, a headline wrapped onto a short second line,
a repost's note of where the story first ran, a content farm's or opinion column's
label, an opinion headline printed twice but sharing few words with its body, the
clause of a two-part headline printed apart below it, and a garbled subtitle.
Pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article


def article(text: str) -> Article:
    return Article(
        id="inline",
        source_path="inline.txt",
        text=text,
        encoding="utf_8",
        media_type="text/plain",
        sha256="0" * 64,
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a slogan above the headline: the body echoes it further down, the lead not
        (
            "比学赶超争先进位\n"
            "第三期“书记擂台赛”在某某县举行\n"
            "9月5日，第三期“书记擂台赛”在某某县委礼堂举行，8名乡镇党委书记上台比拼。\n"
            "县委书记逐一点评，并对下一步工作提出要求。\n"
            "通过擂台赛，全县比学赶超、争先进位的氛围日益浓厚。",
            "第三期“书记擂台赛”在某某县举行",
        ),
        # a main title over a subtitle that restates the first paragraph: the second
        # paragraph echoes the main title, which is no kicker
        (
            "锻造敢打硬仗的干部队伍\n"
            "某某市选派300名干部到重点项目一线攻坚\n"
            "今年以来，某某市先后选派300名机关干部到重点项目一线攻坚克难。\n"
            "市委组织部有关负责人表示，要在一线锻造敢打硬仗的干部队伍。",
            "锻造敢打硬仗的干部队伍",
        ),
        # ... a kicker that does share words with the lead is a headline's part
        (
            "全面推行干部一线考察\n"
            "某某县把干部放到项目一线考察识别\n"
            "今年以来，某某县全面推行干部一线考察，把干部放到重点项目一线考察识别。\n"
            "全县共有28名干部在一线考察中得到提拔重用。",
            "全面推行干部一线考察",
        ),
    ],
    ids=["slogan-above", "main-over-restating-subtitle", "kicker-echoed"],
)
def test_a_kicker_the_lead_does_not_echo_is_not_the_headline(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the page wrapped a long headline: its last words stand alone below it
        (
            "某某省纪委监委通报5起基层干部不作为慢作为等作风问题\n"
            "典型案例\n"
            "为深入整治作风问题，某某省纪委监委通报了今年以来查处的5起典型案例。\n"
            "1.某某县农业农村局原局长张某在项目验收中履职不力问题。",
            "某某省纪委监委通报5起基层干部不作为慢作为等作风问题典型案例",
        ),
        # a short line the body never names is no part of the headline (an author)
        (
            "某某县召开全县干部作风建设大会部署下一阶段重点工作\n"
            "刘晓岚\n"
            "6月3日，某某县召开全县干部作风建设大会，部署下一阶段重点工作。\n"
            "会议要求全县干部转变作风、狠抓落实。",
            "某某县召开全县干部作风建设大会部署下一阶段重点工作",
        ),
        # a short headline is never wrapped: what follows it is another line
        (
            "某某县干部下沉一线\n"
            "作风建设\n"
            "近日，某某县选派120名机关干部下沉一线，推进作风建设。\n"
            "干部们走村入户，帮助群众解决难题。",
            "某某县干部下沉一线",
        ),
    ],
    ids=["wrapped", "author-line", "short-headline"],
)
def test_a_headline_wrapped_onto_a_short_line_is_joined(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # where the story first ran, after a dash
        (
            "扛起大县担当 奋力争先进位——《某某日报》头版专访县委书记王某某",
            "扛起大县担当 奋力争先进位",
        ),
        ("扛起大县担当 奋力争先进位——摘自《某某日报》", "扛起大县担当 奋力争先进位"),
        # a content farm's label closed by an exclamation mark
        ("天天视讯！某某市机关干部业务技能竞赛落幕", "某某市机关干部业务技能竞赛落幕"),
        ("今日快看：某某市机关干部业务技能竞赛落幕", "某某市机关干部业务技能竞赛落幕"),
        # an opinion column's label
        ("时评：某某市机关干部业务技能竞赛落幕", "某某市机关干部业务技能竞赛落幕"),
    ],
    ids=["source-note", "excerpt-note", "feed-exclamation", "feed-colon", "opinion-column"],
)
def test_labels_and_source_notes_around_the_headline_go(line: str, title: str) -> None:
    body = (
        "日前，某某市机关干部业务技能竞赛落幕，10支代表队参加决赛。\n"
        "扛起大县担当，奋力争先进位，县委书记王某某接受采访时作了介绍。"
    )
    meta = clean_article(article(line + "\n" + body)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


def test_an_opinion_headline_printed_twice_at_the_head_is_the_headline() -> None:
    # the body shares at most one pair of characters with the headline, yet the wire's
    # dateline repeats it: the page itself says it is the headline
    text = (
        "】【打 印】\n"
        "网评：躬身入局方能行稳致远\n"
        "某某社北京3月2日电/网评：躬身入局方能行稳致远\n"
        "近日到基层走访，常听一些干部说起这样一句话：“把自己摆进去。”\n"
        "简单朴素的话语，是基层实践的心得，也给人以启迪。"
    )
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == ("躬身入局方能行稳致远", False)


def test_a_clause_printed_apart_under_its_two_part_headline_is_not_the_headline() -> None:
    # the full headline on one line, then its two clauses apart: the first clause is
    # quoted by the full line, which is its fuller copy, not a caption naming it
    text = (
        "第三届某某省改革奖揭晓 省委省政府予以通报表彰\n"
        "第三届某某省改革奖揭晓\n"
        "省委省政府予以通报表彰\n"
        "12月1日获悉，第三届某某省改革奖近日揭晓，省委省政府对获奖单位和个人通报表彰。\n"
        "某某省改革奖每两年评选表彰一次。"
    )
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (
        "第三届某某省改革奖揭晓 省委省政府予以通报表彰",
        False,
    )


def test_a_garbled_subtitle_is_not_the_headline() -> None:
    text = (
        "评选“躺平”干部不能只图形式上的热闹\n"
        "让“躺平者”现形，让有为者有位，需要涝鲆恍┯哺芨\n"
        "据报道，某某县开展寻找身边“躺平者”活动，面向全县干部，让“躺平者”现形，让有为者有位。\n"
        "此举引发热议。"
    )
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == ("评选“躺平”干部不能只图形式上的热闹", False)


@pytest.mark.parametrize(
    ("text", "title", "derived"),
    [
        # a one-sentence teaser over the headline and its byline
        (
            "如今，某某提拔副处级干部，先看其是否有乡镇工作经历。\n"
            "某某：机关干部“下沉”带来新变化\n"
            "某某的干部队伍正在发生变化。\n"
            "去年以来，某某先后选派80名机关干部下沉乡镇，其中12名已被提拔。",
            "某某：机关干部“下沉”带来新变化",
            False,
        ),
        # a short lead over a section heading on another subject: no teaser
        (
            "近日，某某县召开全县干部大会。\n"
            "强化组织领导\n"
            "会议要求各乡镇成立工作专班，明确责任分工，确保按期完成任务。",
            "某某县召开全县干部大会",
            True,
        ),
        # a novel's dialogue line is no headline
        (
            "李某笑道：“书记，那我先去党校看看。”\n"
            "书记点头道：“去吧，书记等你。”\n"
            "等他走后，书记又拿起桌上的干部考察材料看了起来。",
            None,
            True,
        ),
    ],
    ids=["teaser", "section-heading", "dialogue"],
)
def test_a_teaser_sentence_above_the_headline(text: str, title: str | None, derived: bool) -> None:
    meta = clean_article(article(text)).metadata
    assert meta.title_derived == derived
    if title is not None:
        assert meta.title == title
