"""Noise that survives the older steps on real pages: residual mojibake, variant
characters, anti-scraping junk, doubled punctuation, e-paper page lists, web
addresses, hotlines and photo captions (issue 16).  Every fixture line is modelled on
a real page of the genre (names and numbers invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.clean.mojibake import repair_line
from reporter.clean.normalize import normalize_punctuation
from reporter.clean.plausibility import drop_implausible_spans, implausible_spans
from reporter.clean.steps import (
    remove_boilerplate_lines,
    remove_boilerplate_spans,
    remove_seo_phrases,
    remove_spam_lines,
)
from reporter.clean.variants import normalize_variants, variant_table
from reporter.models import Article

FIXTURE = Path(__file__).parent.parent / "fixtures" / "clean" / "noise" / "residual_noise.txt"


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # residual GBK mojibake: rare characters, a glued annotation, kana
        ("考核业绩罕姽J(rèn)定的办法", "考核业绩定的办法"),
        ("他说笔煜さ臅鲎兂煽纸都在", "他说笔纸都在"),
        ("不能只谈宦鋵的事情", "不能只谈的事情"),
        # anti-scraping junk between sentences and after a title
        ("会上 9 Y8 f3 E5 k.提出要求。", "会上提出要求。"),
        ("政策解读8 [; o H! @9", "政策解读"),
        # real text stays: names of rare characters, Latin words, numbers, lists
        ("记者段羡菊、刘智强、崔晓强报道", "记者段羡菊、刘智强、崔晓强报道"),
        ("王昊翔、张喆珺同志当选", "王昊翔、张喆珺同志当选"),
        ("东莞遴选干部种猕猴桃", "东莞遴选干部种猕猴桃"),
        ("全市GDP增长6.5%，A股上市企业3家", "全市GDP增长6.5%，A股上市企业3家"),
        ("分为 A B C 三档", "分为 A B C 三档"),
        ("第十章 (1 / 2) 干部", "第十章 (1 / 2) 干部"),  # a page counter, not junk
        # one lower-case letter glued between rare characters: a shifted GBK byte
        ("位。”叭h各级党员干部", "位。”各级党员干部"),
        ("买了A股，e时代的干部", "买了A股，e时代的干部"),
        ("嬗变中的晾晒榜单", "嬗变中的晾晒榜单"),
    ],
)
def test_drop_implausible_spans(text_in: str, expected: str) -> None:
    assert drop_implausible_spans(text_in) == expected


def test_implausible_spans_are_offsets_of_the_line() -> None:
    line = "不能只谈宦鋵的事情"
    assert [line[a:b] for a, b in implausible_spans(line)] == ["宦鋵"]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("鄕镇干部", "鄉镇干部"),  # Japanese old form -> standard traditional (t2s: 乡)
        ("選擧", "選舉"),
        ("乡镇选举", "乡镇选举"),  # standard characters are never touched
        ("嶋", "嶋"),  # not in OpenCC's variant tables: left as it is
    ],
)
def test_normalize_variants(text_in: str, expected: str) -> None:
    assert normalize_variants(text_in) == expected


def test_variant_table_comes_from_opencc_and_keeps_known_characters() -> None:
    table = variant_table()
    assert len(table) > 100  # OpenCC's tables, not a hand list
    assert all(len(k) == 1 and len(v) == 1 for k, v in table.items())
    assert "乡" not in table and "鄉" not in table


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("增长16.6%,,但仍低于全省", "增长16.6%，但仍低于全省"),
        ("全面完成,。下一步", "全面完成。下一步"),
        ("全面完成。，下一步", "全面完成。下一步"),
        ("干部，，群众", "干部，群众"),
        ("他们的“装备”!。他", "他们的“装备”！他"),
        ("关键在党,、关键在人", "关键在党，关键在人"),
        ("真的吗？！他", "真的吗？！他"),
        ("共1,000人", "共1,000人"),  # a thousands separator is no doubled mark
        ("他说……，然后", "他说……，然后"),
        # a page that doubles every mark writes ",;" for a semicolon
        ("服务群众的队伍中来,;要成为基层的“加油站”", "服务群众的队伍中来；要成为基层的“加油站”"),
        ("一是抓学习；，二是抓落实", "一是抓学习；二是抓落实"),
        ("全年完成任务；。下一步", "全年完成任务。下一步"),
        ("考核在8;30开始", "考核在8;30开始"),
        # a run of commas after a clock time is doubled too (only a lone mark may be the
        # number's own)
        ("会议于18:00,,,,，宣布开幕", "会议于18:00，宣布开幕"),
        ("共有2,,3个村", "共有2，3个村"),
    ],
)
def test_doubled_punctuation(text_in: str, expected: str) -> None:
    assert normalize_punctuation(text_in) == expected


@pytest.mark.parametrize(
    "line",
    [
        "0001版: 封面 0002版: 封二 01版: 卷首语 02版: 目录 03版: 目录",
        "第A3版:城事 上一版3  4下一版",
        "第01版:要闻",
        "地址:http://www.example-news.cn/xw/2023/0412.html",
        "www.example.gov.cn (2014-09-12) 来源:四川日报",
        "举报电话：0371-12345678",
        "服务热线 400-123-4567",
        "11月21日,某某村,下派驻村干部李某某(左)走在查看脱贫产业途中。",
        "某县某镇干部入户走访群众，了解脱贫户的生产生活情况。新华社记者 王某某 摄",
        # the blurb of a web-novel aggregator above a chapter
        "某某小说 通过搜索各大小说站为您自动抓取各类小说的最快更新供您阅读!",
        "本站为您自动采集最新章节，最快更新请收藏本站",
        # a portal's news ticker: a label, a colon, other stories' headlines
        "滚动新闻: 某某高速计划年底通车   全市经济工作会议召开   某某公路开建",
        "最新动态：某某县召开干部大会 某某镇开展防汛演练 某某新系统启用",
        # a news agency's photo dateline (the date is kept in the metadata)
        "新华社照片，某某（某省），2015年6月3日",
    ],
)
def test_page_furniture_lines_are_dropped(line: str) -> None:
    assert remove_boilerplate_lines(f"标题\n{line}\n正文。") == "标题\n正文。"


@pytest.mark.parametrize(
    "line",
    [
        "该县在第3版刊发了干部实绩考核的做法，引起广泛关注。",
        "群众可拨打12345热线反映干部作风问题，全年共受理诉求2000余件。",
        "11月21日，县委组织部召开会议，部署年轻干部一线锻炼工作。",
        "系统自动抓取各单位考勤数据，每月更新一次干部实绩档案。",
        "最新消息：某某县选派100名干部驻村，实现贫困村全覆盖。",
    ],
)
def test_article_lines_that_resemble_furniture_stay(line: str) -> None:
    assert remove_boilerplate_lines(f"标题\n{line}") == f"标题\n{line}"


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a site's news flash with its date, a paper's flash, reporters credited in brackets
        ("某某网8月26日讯：全省干部大会今天召开。", "全省干部大会今天召开。"),
        ("某某网11月25日讯 记者从市纪委了解到，问责已启动。", "记者从市纪委了解到，问责已启动。"),
        ("某城商报讯1月7日，榜样评选结果揭晓。", "1月7日，榜样评选结果揭晓。"),
        ("某某中国讯（王某 李某 通讯员张某）某局选派干部下沉。", "某局选派干部下沉。"),
        # words that hold 讯 but credit nobody
        ("通讯员队伍建设的讯息传达到位。", "通讯员队伍建设的讯息传达到位。"),
        ("电讯稿件已经发出。", "电讯稿件已经发出。"),
    ],
)
def test_news_flash_credits_are_cut(text_in: str, expected: str) -> None:
    assert remove_boilerplate_spans(text_in) == expected


def test_inline_web_address_is_cut() -> None:
    text = "北京某医院 https://wap.example.net/a/b/ 陈某某在村里排查。"
    assert remove_boilerplate_spans(text) == "北京某医院 陈某某在村里排查。"


def test_pornographic_seo_line_is_spam() -> None:
    text = "干部下沉一线。\n久草日韩精品暖暖的在线视频,精品国产综合色在线\n干部驻村一年。"
    assert remove_spam_lines(text) == "干部下沉一线。\n干部驻村一年。"


def test_every_noise_removal_is_recorded() -> None:
    raw = FIXTURE.read_text(encoding="utf-8")
    clean = clean_article(Article("noise", str(FIXTURE), raw, "utf_8", "text/plain", "0" * 64))
    for noise in (
        "9 Y8",
        "罕姽",
        "宦鋵",
        "鄕",
        ",,",
        "，。",
        "版:",
        "http",
        "0371",
        "(左)",
        "摄",
        "吊车",
    ):
        assert noise not in clean.text, noise
    kinds = {r.kind for r in clean.cleaning.removed}
    assert {"junk", "url", "navigation", "contact", "caption", "seo"} <= kinds
    junk = [r.text for r in clean.cleaning.removed if r.kind == "junk"]
    assert "9 Y8 f3 E5 k." in junk and "宦鋵" in junk
    steps = {s.step: s.changes for s in clean.cleaning.steps}
    assert steps["normalize_variants"] >= 1 and steps["normalize_punctuation"] >= 2
    assert "乡镇一线" in clean.text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "南都讯 记者梁某某 6月14日，东莞市委组织部举办擂台赛。",
            "6月14日，东莞市委组织部举办擂台赛。",
        ),
        ("（省略部分段落）同志们，四季度是收官阶段。", "同志们，四季度是收官阶段。"),
        ("会议（略）结束后，干部下沉一线。", "会议结束后，干部下沉一线。"),
        ("记者从南都讯息平台获悉，干部下沉一线。", "记者从南都讯息平台获悉，干部下沉一线。"),
    ],
)
def test_credit_and_editor_note_spans(text_in: str, expected: str) -> None:
    assert remove_boilerplate_spans(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "县委选派干部到一线锻炼二手吊车，提升能力。\n吊车公司今年组织擂台赛。",
            "县委选派干部到一线锻炼，提升能力。\n今年组织擂台赛。",
        ),
        ("干部下沉一线挖掘机价格，帮助群众。", "干部下沉一线，帮助群众。"),
        # the article's own subject stays: it names the word outside any phrase
        (
            "某吊装公司的吊车司机参加比武。\n公司共有吊车30台，吊车公司负责人说。",
            "某吊装公司的吊车司机参加比武。\n公司共有吊车30台，吊车公司负责人说。",
        ),
        ("县里开展整治，取缔非法彩票销售点。", "县里开展整治，取缔非法彩票销售点。"),
    ],
)
def test_injected_seo_phrases(text_in: str, expected: str) -> None:
    assert remove_seo_phrases(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a shifted run at a quote that no repair reads: the sentence end it most often
        # stands for, not "？！" (which ended a summary sentence mid-clause)
        ("排名跃升12位?!叭h各級干部敢拼敢沖。", "排名跃升12位。各級干部敢拼敢沖。"),
        # a real "?!" before the next sentence stays
        ("这还是原来的村子吗?!他说：“变化太大了。”", "这还是原来的村子吗?!他说：“变化太大了。”"),
        ("你们能做到吗?!好的,OK", "你们能做到吗?!好的,OK"),
    ],
)
def test_an_unrepairable_quote_row_run_ends_the_sentence(text_in: str, expected: str) -> None:
    assert repair_line(text_in) == expected
