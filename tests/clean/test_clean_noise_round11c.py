"""Noise left in summaries at first sight of batches 29-30 (round 11): a footnote's
reference mark inside a sentence, a portal's font-size buttons glued before the lead, a
betting brand that is a number, a Word page's XML declaration whose "?" outlived it, the
social-media account a repost names before the news, and a news aggregator's pitch for
its own feed.  Every line is written for the test in the genre's style (names and numbers
invented); each rule has a news neighbour that must stay."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # footnote marks after a quote, a word or a book title: the mark goes, the sentence stays
        (
            "全县坚持“三个不变”[7]要求，树牢“两个意识”[8]，推进工作。",
            "全县坚持“三个不变”要求，树牢“两个意识”，推进工作。",
        ),
        (
            "某省印发《关于加强驻村工作的意见》〔3〕，明确了任务。",
            "某省印发《关于加强驻村工作的意见》，明确了任务。",
        ),
        ("这一机制有效激励了基层干部担当作为[2-4]。", "这一机制有效激励了基层干部担当作为。"),
        # neighbours: a document number's year, and a note list whose number opens the line
        (
            "根据某组通字〔2021〕15号文件要求，开展考核。",
            "根据某组通字〔2021〕15号文件要求，开展考核。",
        ),
        (
            "[3] 王某：《基层治理研究》，2020年。",
            "[3] 王某：《基层治理研究》，2020年。",
        ),
    ],
)
def test_a_footnote_mark_inside_a_sentence_is_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("A+ 大日前，某县选派干部到信访局挂职锻炼。", "日前，某县选派干部到信访局挂职锻炼。"),
        ("A- 小 A+ 大近期，某局开展干部轮岗。", "近期，某局开展干部轮岗。"),
        # neighbour: a grade written in prose
        ("该村被评为A+级信用村，干部积极性高涨。", "该村被评为A+级信用村，干部积极性高涨。"),
    ],
)
def test_font_size_buttons_glued_to_the_lead_are_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "全市共有甲县、188体育手机版：乙区、丙县三名书记进入常委班子。",
            "全市共有甲县、乙区、丙县三名书记进入常委班子。",
        ),
        ("某县组织干部开展999娱乐官网app培训周活动。", "某县组织干部开展培训周活动。"),
        # neighbours: a hotline and a year followed by a sports body
        ("群众可拨打12345热线反映问题。", "群众可拨打12345热线反映问题。"),
        ("2023体育局组织干部赴一线调研。", "2023体育局组织干部赴一线调研。"),
    ],
)
def test_a_numbered_betting_brand_is_cut_from_the_sentence(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "会议部署干部挂职相关事宜。?xml:namespace>\n会上宣读了挂职决定。",
            "会议部署干部挂职相关事宜。\n会上宣读了挂职决定。",
        ),
        (
            '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
            "某县召开干部大会。",
            "某县召开干部大会。",
        ),
        # neighbour: a real question keeps its mark
        ("干部为什么要到一线去？因为一线最锻炼人。", "干部为什么要到一线去？因为一线最锻炼人。"),
    ],
)
def test_an_xml_declaration_leaves_no_stray_mark(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "据“清风某州”微信公众号消息，近期，某州连发火情，市县两级纪委跟进监督。",
            "近期，某州连发火情，市县两级纪委跟进监督。",
        ),
        (
            "中新网 5月3日电 据某某发布官方微博消息，某市启动干部下沉。",
            "中新网 5月3日电 某市启动干部下沉。",
        ),
        # round 17: the account's kind first, its name and posting day after it
        (
            "微信公众号“某某纪委监委”4月5日消息，4月4日，某领导暗访检查节假日值班情况。",
            "4月4日，某领导暗访检查节假日值班情况。",
        ),
        # ... and an account's ID in brackets after its name (the name stays)
        (
            "某某观察（微信ID:moumou_guancha）记者注意到，某省决定春节后15天无会。",
            "某某观察记者注意到，某省决定春节后15天无会。",
        ),
        # neighbours: an account a county opened, named mid-sentence, stays
        (
            "某县开通微信公众号“某县发布”，及时发布消息。",
            "某县开通微信公众号“某县发布”，及时发布消息。",
        ),
        # neighbours: an agency cited as the reporter's source, and a statistic's source
        ("据新华社消息，某省选派干部驻村。", "据新华社消息，某省选派干部驻村。"),
        ("据统计，全县共选派干部120名。", "据统计，全县共选派干部120名。"),
    ],
)
def test_the_account_a_repost_names_before_the_news_is_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "当下是一个信息爆炸的时代，每天都有海量的新闻资讯！\n"
            "某某快讯资讯订阅，旨在为您推送感兴趣的资讯内容。\n"
            "某县选派40名干部到乡镇挂职。",
            "某县选派40名干部到乡镇挂职。",
        ),
        (
            "通过调研发现，您往往无法及时获取您感兴趣的资讯！\n某县选派40名干部到乡镇挂职。",
            "某县选派40名干部到乡镇挂职。",
        ),
        # neighbours: a service hall that serves "you", news about news in the age of information
        (
            "县政务服务中心为您提供一站式办理服务。\n某县选派40名干部到乡镇挂职。",
            "县政务服务中心为您提供一站式办理服务。\n某县选派40名干部到乡镇挂职。",
        ),
        (
            "在信息爆炸的时代，县融媒体中心每天发布新闻20余条，干部群众及时了解政策。",
            "在信息爆炸的时代，县融媒体中心每天发布新闻20余条，干部群众及时了解政策。",
        ),
    ],
)
def test_an_aggregators_pitch_for_its_feed_is_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected
