"""Noise that batches 25-28 left in summaries at first sight (issue 16, round 11): a site's
flash credit with its date before the 讯, a document host's disclaimer, an e-paper's
continuation mark, a site's ownership line, an image rendered as markdown, pictographs set
inside words against copying, a betting brand with a number.  Every line is written for the
test in the genre's style (names and numbers invented); each has a neighbour that stays."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a flash credit whose date stands before the 讯, the lead's own date right after
        (
            "某某网·某某新闻3月8日讯3月7日，某县在全市综合考核中获评一等。",
            "3月7日，某县在全市综合考核中获评一等。",
        ),
        # a document host's notice to the downloader
        ("申明敬告：本站不保证该用户上传的文档完整性，下载前请自行核对。", ""),
        ("温馨提示：本站不承担用户上传文档的版权责任。", ""),
        # a site's ownership line, numbered or not
        ("1、“某某在线”由某某广播电台主办。", ""),
        ("某某新闻网由某某日报社主办", ""),
        ("2、“某某在线”由某某电台主办。经某某电台授权，某某公司负责网站经营。", ""),
        # an e-paper's continuation marks
        (
            "（上接A1版）全县新选派的120名干部已全部到岗。",
            "全县新选派的120名干部已全部到岗。",
        ),
        ("该镇共调整干部15名。（下转第3版）", "该镇共调整干部15名。"),
        # an image rendered as markdown before the lead
        (
            "[](upfile/20170101123456.png) 3月5日上午，某指挥部进驻项目现场办公。",
            "3月5日上午，某指挥部进驻项目现场办公。",
        ),
        # pictographs inside words and before a comma
        ("乡镇党委书📳🞼记以为他是📊骗子。", "乡镇党委书记以为他是骗子。"),
        ("干部们很辛苦🅹🋞，周六周日也在岗。", "干部们很辛苦，周六周日也在岗。"),
        # a betting brand with its number and 官网
        (
            "某市总工会印发通报，某某88官网网站某某项目获得多项表扬。",
            "某市总工会印发通报，某某项目获得多项表扬。",
        ),
    ],
)
def test_summary_noise_of_batches_25_28_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an event's organiser is the article's fact, not a site's ownership
        "活动由县委组织部主办。",
        "本次比赛由市总工会主办，共有20支队伍参赛。",
        # a page number said in prose, and a 讯 that opens no credit
        "该报在第3版刊发了评论员文章。",
        "某镇召开会议，传达上级通讯精神。",
        # an emoji at a line's start is a post's decoration, not junk inside a word
        "👉某县选派50名干部驻村。",
        # a county named with a number: no 官网 after it
        "某县88名干部参加培训。",
    ],
)
def test_their_neighbours_stay(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # common characters drawn at random to pad an SEO page, after a real sentence
        (
            "某县选派20名干部驻村。扔饶窍侍摘秃缤窖炭谜雀抖惫渍狡秋嫡诺铜迄鼎殿旁。",
            "某县选派20名干部驻村。",
        ),
        (
            "俏碍扎肇梗骂弦栈浆锅戳兽阐坯挪拾啄屿艘沸芹尔滚斑。某镇召开干部大会。",
            "某镇召开干部大会。",
        ),
    ],
)
def test_a_sentence_of_word_salad_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names listed one after another pair little, and stay
        "王某某、李某某、赵某某、钱某某、孙某某、周某某、吴某某等县领导参加仪式。",
        # short words between quotes pair with nothing by layout
        "以“学”促用、以“练”强功、以“赛”提能，全面提升干部履职能力水平。",
        "他家门前的银杏树今年结了满满一树白果，村民们都说是个好兆头。",
    ],
)
def test_real_sentences_are_no_word_salad(text: str) -> None:
    assert clean_text(text) == text
