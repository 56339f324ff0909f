"""text_in / text_out tables for every cleaning step, run as plain str -> str functions."""

from __future__ import annotations

import pytest

from reporter.clean import convert_to_simplified
from reporter.clean.normalize import (
    normalize_fullwidth_alphanumerics,
    normalize_punctuation,
    normalize_whitespace,
)
from reporter.clean.repeats import collapse_doubled_leads, drop_duplicate_paragraphs
from reporter.clean.steps import (
    remove_boilerplate_lines,
    remove_boilerplate_spans,
    remove_spam_lines,
    repair_mojibake,
    strip_html_remnants,
    strip_pinyin_annotations,
    strip_title_site_suffix,
)


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ('<p style="text-indent:2em">干部队伍</p>', "干部队伍"),
        ("激活发展潜能</h2>", "激活发展潜能"),
        ("第一段<br/>第二段", "第一段第二段"),
        ("干部&nbsp;队伍&amp;作风", "干部\u00a0队伍&作风"),
        ("<!-- 广告位 -->正文", "正文"),
        ("發展?/h2>", "發展"),
        ("看到他。”/p>", "看到他。”"),
        ("3<5 且 a>b 不是标签", "3<5 且 a>b 不是标签"),
        ("没有标签的正文。", "没有标签的正文。"),
        # a tag cut in its attribute: the value and the element's text repeating it
        ('某市干部下沉社区 服务群众">干部下沉社区 服务群众', "某市干部下沉社区 服务群众"),
        ('干部下沉社区">某市干部下沉社区', "某市干部下沉社区"),
        # ... two parts that do not repeat each other stay as they are
        ('点击查看原图">某市干部下沉社区', '点击查看原图">某市干部下沉社区'),
    ],
)
def test_strip_html_remnants(text_in: str, text_out: str) -> None:
    assert strip_html_remnants(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("嶗山區(qū)張村河", "嶗山區張村河"),  # tone marks, no space
        ("開發(fā)建設", "開發建設"),
        ("每個(ge) 人都要", "每個人都要"),  # plain letters, trailing space
        ("這(zhe) 是", "這是"),
        ("綠(lǜ)色", "綠色"),
        ("女(nv) 幹部", "女幹部"),  # ü typed as v
        ("西安(xī ān)市", "西安市"),  # two syllables in one bracket
        ("社區(村)一線", "社區(村)一線"),  # Chinese in the bracket: kept
        ("10個區(市)", "10個區(市)"),
        ("條例(試行)", "條例(試行)"),
        ("三檔(A)", "三檔(A)"),  # a capital letter is a label, not pinyin
        ("總值(GDP)增長", "總值(GDP)增長"),
        ("下載(APP)", "下載(APP)"),
        ("下載(app)", "下載(app)"),  # "app" is no Mandarin syllable
        ("年份(2018)", "年份(2018)"),
        ("(qū)開頭", "(qū)開頭"),  # nothing annotated before the bracket
        ("區(qū) 發", "區 發"),  # a space after a tone-mark annotation is the text's own
        ("崂山區（qū）選派", "崂山區選派"),  # full-width brackets
        ("每個（gè）人", "每個人"),
        ("發(fā )展", "發展"),  # a stray space inside the bracket
        ("社區（村）一線", "社區（村）一線"),
        # a word's syllables run together, tone marks on each
        ("新华社(xīnhuáshè)北京電", "新华社北京電"),
        ("幹部群眾(gànbùqúnzhòng)的", "幹部群眾的"),
        ("敢干(gǎngàn)的精神", "敢干的精神"),
        ("東南亞(dōngnányà)市場", "東南亞市場"),
        # more syllables than characters before the bracket: not their annotation
        ("一(yīgèrén)", "一(yīgèrén)"),
        # plain letters run together may be English: kept
        ("中國(china)", "中國(china)"),
    ],
)
def test_strip_pinyin_annotations(text_in: str, text_out: str) -> None:
    assert strip_pinyin_annotations(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # seed 002: 。” lost its lead byte, the rest read one byte off
        ("有些害怕看到?!鼻鄭u市一位區委書記", "有些害怕看到。”青島市一位區委書記"),
        # seed 000: 常 lost its lead byte; 非常 makes it recoverable
        ("我成長進步非??斓囊欢螘r間,在基層", "我成長進步非常快的一段時間,在基層"),
        # seed 002: private-use code points inside the run are GBK user-defined bytes
        ("陳文超的話?!标愇某\ue0f0f,要及時", "陳文超的話。”陳文超說,要及時"),
        # a character of which only the annotation survived, restored from its pinyin
        # (in the script of its line) by dictionary words ...
        ("人民日?bào)點贊青島", "人民日報點贊青島"),
        ("人民日?bào)点赞青岛", "人民日报点赞青岛"),
        # ... or by the article's own repetition of a name
        (
            "金應(yīng)龍說。\n顧不上寒暄，金?yīng)龍又駕駛",
            "金應(yīng)龍說。\n顧不上寒暄，金應龍又駕駛",
        ),
        # nothing identifies the lost character: dropped (and recorded)
        ("干事?lián)?,是干部的職責", "干事,是干部的職責"),
        ("此后，\ufffd全市", "此后，全市"),
        ("正文\ue0d4內容", "正文內容"),
        # lost characters whose trail byte survived as a letter: dropped (and recorded)
        ("近期，某某濱??h委組織部開展活動", "近期，某某濱委組織部開展活動"),
        ("全縣?k幹部參加", "全縣幹部參加"),
        # real question marks stay
        ("為什麼??他反問道", "為什麼??他反問道"),
        ("為何不借鑒其他社區的好辦法呢?”韓青說", "為何不借鑒其他社區的好辦法呢?”韓青說"),
        ("如何選拔干部?", "如何選拔干部?"),
        ("使用起來?2個月時間", "使用起來?2個月時間"),
        ("網址 http://a.cn/x.php?id)", "網址 http://a.cn/x.php?id)"),
    ],
)
def test_repair_mojibake(text_in: str, text_out: str) -> None:
    assert repair_mojibake(text_in) == text_out


def _shift_one_byte(published: str, at: str) -> str:
    """Damage ``published`` the way the seeds were damaged: drop the lead byte of
    the character ``at``, decode the rest one byte off until it falls back in step,
    and let the scraper turn full-width ！ into ASCII."""
    i = published.index(at)
    head, tail = published[:i], published[i:].encode("gbk")[1:]
    return head + "?" + tail.decode("gbk", errors="replace").replace("！", "!")


@pytest.mark.parametrize(
    ("published", "at"),
    [
        ("干部們說：“這是我們的目標。”青島市委書記說", "。"),
        ("他們感到非常高興，決心幹出成績", "常"),
    ],
)
def test_repair_mojibake_reverses_a_simulated_one_byte_shift(published: str, at: str) -> None:
    garbled = _shift_one_byte(published, at)
    assert garbled != published
    assert repair_mojibake(garbled) == published


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("中國西藏網 > 即時新聞 > 地方\n正文第一段。", "正文第一段。"),
        ("当前位置：首页 > 政务 > 县区动态\n正文。", "正文。"),
        ("无障碍 一网搜 登录| 注册\n政务服务 中国政府网 省政府网 English\n正文。", "正文。"),
        ("您好,欢迎来到三六零分类信息网!老站\n正文。\nVIP推荐\n企业名录", "正文。"),
        ("發布時間:2022-11-07 15:35:00來源: 人民網\n正文。", "正文。"),
        ("正文。\n《光明日报》( 2018年06月27日 05版)\n来源:光明网-《光明日报》", "正文。"),
        ("光明日报记者 严圣禾 党文婷\n正文。", "正文。"),
        ("正文。\n(責編:鄭浦麗、劉穎婕)\n编 辑:", "正文。"),
        ("正文。\n版權聲明:凡注明來源的所有作品,版權歸某公司", "正文。"),
        ("正文。\n蜀ICP备05003255号", "正文。"),
        ("【基层实践】\n核心閱讀\n正文。", "正文。"),
        (
            "正文。\n(資料圖片)\n一線淬煉 鍛造能打硬仗的干部隊伍",
            "正文。\n一線淬煉 鍛造能打硬仗的干部隊伍",
        ),
        ("正文。\n……\n下文。", "正文。\n下文。"),
        (
            "正文。\n標簽:\n相關新聞\n10-21\n10-21\n聚焦百姓\n更多>",
            "正文。",
        ),
        ("正文。\n黎城县| 凤山县| 江北区| 杭锦后旗| 包头市| 吕梁市| 新闻|", "正文。"),
        ("正文。\n首页 | 关于我们 | 联系我们 | 招聘信息 | 友情链接", "正文。"),
        ("正文。\n热门城市 北京市 上海市 广州市 深圳市 杭州市", "正文。"),
        ("正文。\n长按识别二维码关注我们\n声明：本文转自网络，如有侵权请联系删除", "正文。"),
        ("正文。\n【打印】【关闭】\n上一篇：青羊区召开组织工作会议", "正文。"),
        ("原标题：让干部在一线经风雨\n正文。\n【编辑：王芳】", "正文。"),
        ("正文。\n返回搜狐，查看更多\n声明：该文观点仅代表作者本人", "正文。"),
        ("正文。\n打开APP阅读全文\n举报/反馈", "正文。"),
        # a heading with spaces is no list
        ("一线淬炼 锻造能打硬仗的干部队伍", "一线淬炼 锻造能打硬仗的干部队伍"),
        # a keyword line above the article is no footer
        ("关键词：干部 一线\n崂山区选派干部\n正文。", "关键词：干部 一线\n崂山区选派干部\n正文。"),
        ("维护版权所有人的合法权益是一项长期工作。", "维护版权所有人的合法权益是一项长期工作。"),
        # ordinary lines mentioning the same words stay
        ("会议讨论了网站登录和注册流程的改进方案。", "会议讨论了网站登录和注册流程的改进方案。"),
        ("他说：“版权保护很重要，要尊重原创。”", "他说：“版权保护很重要，要尊重原创。”"),
        ("在考核比拼中找差距", "在考核比拼中找差距"),
    ],
)
def test_remove_boilerplate_lines(text_in: str, text_out: str) -> None:
    assert remove_boilerplate_lines(text_in) == text_out


def test_remove_boilerplate_lines_drops_a_caption_gallery_but_not_the_title() -> None:
    text = "\n".join(
        [
            "【绿园区】打造忠诚干净担当的高素质干部队伍",
            "",
            "绿园区表彰“担当作为好干部”",
            "",
            "绿园区组织干部赴抗联教育基地学习培训(资料图片)",
            "",
            "绿园区组织干部到梅河口市对标学习(资料图片)",
            "",
            "绿园区干群联动打造新农村",
            "",
            "高素质干部是推动各项事业发展的中坚力量。",
        ]
    )
    out = [ln for ln in remove_boilerplate_lines(text).split("\n") if ln]
    assert out == [
        "【绿园区】打造忠诚干净担当的高素质干部队伍",
        "高素质干部是推动各项事业发展的中坚力量。",
    ]


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("全区事业发展“双赢”。(中國日報青島記者站 解傳姣 | 梁太宏 呂偉龍)", "全区事业发展“双赢”。"),
        ("建设进程中。(中共淄博市临淄区委组织部)", "建设进程中。"),
        ("学习培训(资料图片)后返回。", "学习培训后返回。"),
        ("最后一段。(责编：李文治)", "最后一段。"),
        ("新华社青岛11月7日电（记者 王明 李华）青岛市选派干部。", "青岛市选派干部。"),
        ("本报讯（记者 王明）今年以来，全区选派干部。", "今年以来，全区选派干部。"),
        ("干部们表示将继续努力。（完）", "干部们表示将继续努力。"),
        ("社区(村)后备力量", "社区(村)后备力量"),
        ("《条例(试行)》等文件", "《条例(试行)》等文件"),
        # an e-paper's continuation mark with the page in Chinese numerals
        ("（上接第二版）全镇共选派驻村干部12名。", "全镇共选派驻村干部12名。"),
        # ... and its pointer to another page of the issue; a page named in prose stays
        ("全县9名干部受到省里表彰（名单见三版）。", "全县9名干部受到省里表彰。"),
        ("受表彰的干部名单见三版。", "受表彰的干部名单见三版。"),
        # a lead's date that lost its 月 (3月15日 printed 315日); a count of days stays
        ("315日，县长主持召开项目专班调度会。", "县长主持召开项目专班调度会。"),
        ("365日，驻村干部日日在岗。", "365日，驻村干部日日在岗。"),
        # pictographs after a comma, before the next word: a watermark; one star there
        # stands for a name in a speech template and stays
        ("除了本村人外,🀄🜂⛺邻村也有人赶来。", "除了本村人外,邻村也有人赶来。"),
        ("坦白地讲,☆县是一个农业大县。", "坦白地讲,☆县是一个农业大县。"),
        # an editor's summary label in an e-paper's brackets, no colon
        ("〔内容提要〕作为核心城区，某区抓城市更新。", "作为核心城区，某区抓城市更新。"),
        # the same words inside a sentence are the writer's
        ("他说，内容提要要写清楚。", "他说，内容提要要写清楚。"),
    ],
)
def test_remove_boilerplate_spans(text_in: str, text_out: str) -> None:
    assert remove_boilerplate_spans(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        (
            "淄博市临淄区:坚持在重大项目一线考察干部_灯塔-淄博党建_中共淄博市委组织部\n正文。",
            "淄博市临淄区:坚持在重大项目一线考察干部\n正文。",
        ),
        ("让年轻干部到一线去 - 人民网\n正文。", "让年轻干部到一线去\n正文。"),
        ("干部队伍建设 | 新华网\n正文。", "干部队伍建设\n正文。"),
        # no site word in the tail: not a suffix
        ("比学赶超_争先创优的好作风\n正文。", "比学赶超_争先创优的好作风\n正文。"),
        ("短_某某网\n正文。", "短_某某网\n正文。"),  # what is left would be no title
        ("区里召开会议 - 政务中心主任出席。\n正文。", "区里召开会议 - 政务中心主任出席。\n正文。"),
    ],
)
def test_strip_title_site_suffix(text_in: str, text_out: str) -> None:
    assert strip_title_site_suffix(text_in) == text_out


ARTICLE = "南山区开展书记擂台赛，街道党工委书记轮流登台。\n擂台赛结果纳入南山区年度考核。"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # strong patterns: dropped wherever they stand
        (f"澳门威尼斯人娱乐官网注册送58元彩金\n{ARTICLE}", ARTICLE),
        (f"{ARTICLE}\n加微信：abc88866 了解更多", ARTICLE),
        # an ad word in a line sharing nothing with the article
        (f"{ARTICLE}\n六合彩开奖结果查询，彩票代理加盟", ARTICLE),
        (f"{ARTICLE}\n兼职日结，手机就能做", ARTICLE),
        # an ad word in the article's own line: kept
        (
            f"{ARTICLE}\n南山区协调银行为中小企业提供贷款贴息。",
            f"{ARTICLE}\n南山区协调银行为中小企业提供贷款贴息。",
        ),
        # a line sharing nothing but with no spam word: kept
        (f"{ARTICLE}\n今天天气晴朗。", f"{ARTICLE}\n今天天气晴朗。"),
        # a notice in one line (its sign-off gone as a dateline) with an ad word inside a
        # word (组成人员): the only text there is, unrelated to nothing, kept
        ("工作队由组成人员三名，驻村两年。\n", "工作队由组成人员三名，驻村两年。\n"),
    ],
)
def test_remove_spam_lines(text_in: str, text_out: str) -> None:
    assert remove_spam_lines(text_in) == text_out


LEAD = "崂山区先后选派出1628名干部，以张村河片区拆迁开发建设为场景。"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        (f"{LEAD}\n正文。\n{LEAD}", f"{LEAD}\n正文。"),
        (f"{LEAD}\n\u3000{LEAD} ", LEAD),  # indentation does not make it new
        ("一、基本情况\n正文。\n一、基本情况", "一、基本情况\n正文。\n一、基本情况"),
    ],
)
def test_drop_duplicate_paragraphs(text_in: str, text_out: str) -> None:
    assert drop_duplicate_paragraphs(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # a bold lead-in kept twice by the scraper, indentation kept
        ("  经开区招商专班经开区招商专班走访企业41家。", "  经开区招商专班走访企业41家。"),
        # a doubled line with no sentence after it is a banner: left for the headline step
        (
            "全县选派干部到村任职动员会全县选派干部到村任职动员会",
            "全县选派干部到村任职动员会全县选派干部到村任职动员会",
        ),
        # repeats that are words of the language stay
        ("研究研究再定。", "研究研究再定。"),
        ("加油加油加油！", "加油加油加油！"),
        # a repeat that ends a sentence is two sentences, not a doubled lead-in
        ("干部要担当。干部要担当。", "干部要担当。干部要担当。"),
        # a repeat inside the paragraph is the writer's
        ("我们说：抓落实抓落实，关键在人。", "我们说：抓落实抓落实，关键在人。"),
        # too short to be a lead-in
        ("全县干部全县干部下沉。", "全县干部全县干部下沉。"),
    ],
)
def test_collapse_doubled_leads(text_in: str, text_out: str) -> None:
    assert collapse_doubled_leads(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("深圳市龙岗区:以实干论英雄,以实绩定进退", "深圳市龙岗区：以实干论英雄，以实绩定进退"),
        ("人民日报点赞青岛: 激发干事动能", "人民日报点赞青岛：激发干事动能"),
        ("以张村河片区为重点,14个城中村", "以张村河片区为重点，14个城中村"),
        ("作风严实;为推进高质量", "作风严实；为推进高质量"),
        ("如何选拔干部队伍?", "如何选拔干部队伍？"),
        ("好办法呢?”韩青说", "好办法呢？”韩青说"),
        ("使用起来?2个月时间", "使用起来？2个月时间"),
        ("社区(村)后备力量", "社区（村）后备力量"),
        ("《条例(试行)》", "《条例（试行）》"),
        ("总值(GDP)增长", "总值(GDP)增长"),
        ("分为(A)(B)(C)三档", "分为(A)(B)(C)三档"),
        ("火热一线28.5平方公里", "火热一线28.5平方公里"),
        ("时间:2020-03-30 10:42", "时间：2020-03-30 10:42"),
        ("网址http://www.gov.cn:8080/a?b=1!", "网址http://www.gov.cn:8080/a?b=1!"),
        ("资金1,200万元", "资金1,200万元"),
        ("English, mostly: yes", "English, mostly: yes"),
        ('打造"信念过硬"的队伍,他说"OK"', '打造“信念过硬”的队伍，他说"OK"'),
        ('只有一个"引号', '只有一个"引号'),
        ("推进不平衡......在崂山区", "推进不平衡……在崂山区"),
        ("说到这里。。。他停了", "说到这里……他停了"),
        ("已经……", "已经……"),
        ("版本1.2...3", "版本1.2...3"),
    ],
)
def test_normalize_punctuation(text_in: str, text_out: str) -> None:
    assert normalize_punctuation(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("２０２２年１１月０７日", "2022年11月07日"),
        ("地区生产总值（ＧＤＰ）增长８％", "地区生产总值（GDP）增长8%"),
        ("全角标点，。！不变", "全角标点，。！不变"),
    ],
)
def test_normalize_fullwidth_alphanumerics(text_in: str, text_out: str) -> None:
    assert normalize_fullwidth_alphanumerics(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("\u3000\u3000第一段。\n\n\n  第二段。  ", "第一段。\n第二段。"),
        ("\n\n标题\n\u00a0\n正文。\n", "标题\n正文。"),
        ("选派出  1628名", "选派出 1628名"),
        ("说 ： “ 好 ”", "说：“好”"),
        ("零\u200b宽", "零宽"),
        ("", ""),
    ],
)
def test_normalize_whitespace(text_in: str, text_out: str) -> None:
    assert normalize_whitespace(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("嶗山區發展", "崂山区发展"),
        ("選派幹部到一線", "选派干部到一线"),
        ("這個區\n發展報告", "这个区\n发展报告"),
        # OpenCC keeps every 著; the particle becomes 着, 著作 and 显著 keep 著
        ("隨著城市更新，懷著激動的心情", "随着城市更新，怀着激动的心情"),
        ("著作等身，成績顯著，著手準備", "著作等身，成绩显著，着手准备"),
        ("已经是简体", "已经是简体"),
    ],
)
def test_convert_to_simplified_keeps_paragraph_lengths(text_in: str, text_out: str) -> None:
    out = convert_to_simplified(text_in)
    assert out == text_out
    assert [len(p) for p in out.split("\n")] == [len(p) for p in text_in.split("\n")]
