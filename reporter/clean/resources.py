"""Every regular expression of the cleaning stage, and its data files, loaded once.

Domain knowledge lives in ``reporter/data/`` (``boilerplate.toml``, ``outlets.toml``,
``pinyin_syllables.txt``); this module compiles and validates it once per process
(``functools.cache``) so a malformed data file fails loudly with its name.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from reporter.text.resources import HAN

# --------------------------------------------------------------------------- characters

# Every Han character (HAN, from reporter.text.resources), astral extensions included.
HAN_RE = re.compile(f"[{HAN}]")
# Runs of anything but Han: counting what lies outside them counts the Han characters
# of a text in a few matches rather than one per character.
NOT_HAN_RUN_RE = re.compile(f"[^{HAN}]+")
# Code points beyond the Basic Multilingual Plane (CJK extensions B-F).  A class
# holding some of them cannot use the regex engine's bitmap of the BMP, so sets of
# characters are matched as a BMP class plus this cheap test.
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
# What str.isascii() and str.isalpha() both accept: the Latin letters of a text.
ASCII_LETTER_RE = re.compile("[A-Za-z]")
# Lower-case pinyin letters, with or without tone marks (ü also as v).
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
TONE_MARKS_RE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")
# Chinese punctuation that may stand next to a converted half-width mark.
CJK_OPEN = "“‘《「『（【〈"
CJK_CLOSE = "”’》」』）】〉"
CJK_PUNCT = "。，、；：？！…—·" + CJK_OPEN + CJK_CLOSE

# --------------------------------------------------------------------------- html

HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
# A tag stays on its line, unless its attributes run over several lines (a .txt saved
# from a page's source: <p style="margin:0;⏎ font-family:…">): then an "=" inside
# says it is markup, not a "<" of prose, and it may span up to 2,000 characters (a
# long style attribute; more is no tag).
HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*|\s(?=[^<>]*=)[^<>]{0,2000})?/?>")
# A closing tag whose "<" was eaten by mojibake: "?/h2>", "/p>".
HTML_BROKEN_TAG_RE = re.compile(
    r"(?<![A-Za-z0-9<])\??/(?:p|h[1-6]|div|span|br|strong|em|b|i|a|li|ul|ol|td|tr|th|table"
    r"|font|section)>"
)
HTML_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")

# --------------------------------------------------------------------------- pinyin

# A bracket right after a Han character holding lower-case letters, e.g. 區(qū),
# 個(ge) ; whether the letters are pinyin is decided against the syllable list.
# Full-width brackets (區（qū）) and a stray space inside (發(fā )) occur too.
# (The bracket comes first and the Han character is checked looking back from it, so
# the regex engine can skip to the next bracket instead of trying every position.)
PINYIN_ANNOTATION_RE = re.compile(
    f"[(（](?<=[{HAN}][(（]) ?(?P<py>[{PINYIN_LETTERS}]+(?:[ '][{PINYIN_LETTERS}]+)*) ?[)）]"
    "(?P<space> ?)"
)
PINYIN_SPLIT_RE = re.compile(r"[ ']")

# --------------------------------------------------------------------------- mojibake

# A character lost in transcoding whose pinyin annotation survived: "?lián)".
MOJIBAKE_LOST_WITH_PINYIN_RE = re.compile(f"\\?(?P<py>[{PINYIN_LETTERS}]{{1,6}})\\)")
# A stray "?" glued between Han text and a comma / full stop: never a real question
# mark (those end a clause), always a lost character.
MOJIBAKE_STRAY_QMARK_RE = re.compile(f"(?<=[{HAN}])\\?(?=[,，、.。])")
# Characters lost between two Han characters whose trail byte survived as a letter
# (江蘇濱??h委 for 江蘇濱海縣委): question marks glued to a lower-case letter inside Chinese
# text are never punctuation (a question mark is followed by the next sentence, not "h").
MOJIBAKE_LOST_RUN_RE = re.compile(f"(?<=[{HAN}])\\?{{1,4}}[a-z](?=[{HAN}])")
REPLACEMENT_CHAR_RE = re.compile("\ufffd+")
# Private-use code points: GBK user-defined area bytes decoded by a lenient decoder.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")

# --------------------------------------------------------------------------- plausibility

# The units a line is judged on (reporter.clean.plausibility): one Han character, or a
# run of anything else that is neither space nor punctuation the genre writes (Latin
# letters, digits, brackets glued to them, kana: "J(rèn)", "さ").
PLAUSIBILITY_UNIT_RE = re.compile(
    f"[{HAN}]|[^{HAN}\\s{CJK_PUNCT}，。、；：？！,.;:?!\"'“”‘’%％·\\-—/]+"
)
# One lower-case Latin letter: glued between Han characters it is a shifted GBK byte.
LONE_LOWER_LETTER_RE = re.compile("[a-z]")
# What a line of plain Chinese text does not hold but junk does: Latin letters (tone
# marks included) and kana; such a line is judged even if its characters are common.
NOT_COMMON_TEXT_RE = re.compile(f"[A-Za-z\\u3040-\\u30ff]|{TONE_MARKS_RE.pattern}")
# Japanese kana: never in the genre's Chinese text; in a Han run it is shifted bytes.
KANA_RE = re.compile("[\u3040-\u30ff]")
# Anti-scraping junk injected between sentences ("9 Y8 f3 E5 k.", "8 [; o H! @9"):
# three or more tokens of one to three ASCII symbols, separated by single spaces,
# next to Chinese text or punctuation.  Whether the tokens look random (letters mixed
# with digits or symbols) is decided in the step, not here.
ASCII_JUNK_RE = re.compile(
    f"(?:(?<=[{HAN}{CJK_PUNCT}，。；：！？])|^)\\s*"
    r"(?P<junk>[!-~]{1,3}(?: [!-~]{1,3}){2,})"
    f"(?=\\s*(?:[{HAN}{CJK_PUNCT}，。；：！？]|$))",
    re.M,
)
# A junk token holds a symbol or mixes letters with digits ("Y8", "[;", "@9", "k."); a
# token of letters only or digits only is a word or a number.
JUNK_TOKEN_MIXED_RE = re.compile(r"[!-/:-@\[-`{-~]|[A-Za-z][0-9]|[0-9][A-Za-z]")

# --------------------------------------------------------------------------- punctuation

# Half-width marks after Chinese text (Han or Chinese punctuation) and before Chinese
# text or a number (重点,14个 -> 重点，14个); a digit or Latin letter before the mark
# (28.5, 10:42, 1,000, http://) keeps it half-width.
HALF_WIDTH_MARKS = ",:;?!"
HALF_WIDTH_BETWEEN_RE = re.compile(
    f"(?<=[{HAN}{CJK_PUNCT}])[ \t]*(?P<mark>[{HALF_WIDTH_MARKS}])[ \t]*(?=[{HAN}{CJK_OPEN}0-9])"
)
# ? and ! closing a Chinese clause: at the end of a line, before a closing quote,
# another mark or a digit (起来?2个月: a question mark is never part of a number).
HALF_WIDTH_END_RE = re.compile(
    f"(?<=[{HAN}{CJK_CLOSE}])(?P<mark>[?!]+)(?=[{CJK_CLOSE}{CJK_OPEN}0-9]|$)", re.M
)
# A bracket pair holding Chinese text, next to Chinese text: 社区(村), (试行).
HALF_WIDTH_PARENS_RE = re.compile(f"\\((?P<inner>[^()\\n]*[{HAN}][^()\\n]*)\\)")
HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})
# Straight double quotes; converted to “ ” in pairs when they quote Chinese text.
STRAIGHT_QUOTE_RE = re.compile('"')
# An ellipsis typed as dots or repeated full stops after Chinese text.
DOT_ELLIPSIS_RE = re.compile(f"(?<=[{HAN}{CJK_CLOSE}])(?:\\.{{3,}}|。{{3,}}|…(?!…))")

# Doubled sentence punctuation left by scrapers and editors (",," "，，" ",。" "。，"
# "!。"): a comma, stop or exclamation/question mark followed by more commas or stops;
# the strongest mark wins (an end mark over ， over 、).  "……" and "。。。" are
# ellipses, handled before this; "？！" and "！！" are left as written.
DOUBLED_PUNCT_RE = re.compile(
    "(?<=[^,，、。.!?！？\\d])(?:[,，、。]|[!?！？](?=[,，、。]))(?:[,，、。]|\\.(?!\\.))+(?![。.，,])"
)

# Full-width digits, Latin letters and ％ (２０２２年, ＧＤＰ) to ASCII; one code point
# each, so lengths are kept.
FULL_WIDTH_ALNUM = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05)
    }
)
FULL_WIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]+")

# --------------------------------------------------------------------------- whitespace

INLINE_SPACE_RE = re.compile("[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
ZERO_WIDTH_RE = re.compile("[\u200b-\u200d\u2060\ufeff]")
SPACE_NEXT_TO_CJK_PUNCT_RE = re.compile(f" *(?P<p>[{CJK_PUNCT}]) *")
BLANK_LINES_RE = re.compile(r"\n{2,}")

# --------------------------------------------------------------------------- lines

LIST_SEPARATOR_RE = re.compile(r"\s*[|｜]\s*")
NAV_TOKEN_SPLIT_RE = re.compile(r"[\s|｜/]+")
SENTENCE_END_RE = re.compile("[。！？!?；;…]")
# Chinese clause and sentence marks: prose has them, a list of words has none.
PROSE_MARK_RE = re.compile("[，。；！？、：]")
# Marks that close a paragraph of text and never a headline.
BODY_END_RE = re.compile("[。；;…]")
PLACE_SUFFIX_RE = re.compile("(省|市|县|区|旗|州|盟|自治区|新区)$")
BIGRAM_CLEAN_RE = re.compile(f"[^{HAN}]+")

# --------------------------------------------------------------------------- metadata

# (Two ASCII hyphens join a title to its site too, 标题--某某党建网; as a subtitle's dash
# they stay, for what follows holds no site word.)
TITLE_SEPARATOR_RE = re.compile(r"\s*(?:_|\||｜|\s[-—–]\s|--)\s*")
# A site name glued to a title by one dash without spaces (标题—中共遵义市委组织部);
# a double dash (——) introduces a subtitle and is never a separator.
# The last segment after a spaced dash or "_" that is only a short name (标题 - 新湘评论):
# Chinese titles join their own parts with ：or ——, so this is the hosting site.
TITLE_NAME_TAIL_RE = re.compile(
    r"(?:\s[-—–]\s|_)\s*(?P<site>[^\s_|｜:：,，。!！?？“”\"—–-]{2,12})$"
)
# A column label in front of the title (资讯 | 江苏南京：干部……, 【基层传真】河南兰考：……).
# Sites that lack the full-width brackets write the label in ASCII ones ([动态]标题).
TITLE_COLUMN_PREFIX_RE = re.compile(
    r"^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|[^\s|｜_]{1,6}\s*[|｜])\s*(?=[^|｜]+$)"
)
# The office that supplied a story, in round brackets before the headline and a colon
# ((某某县委党校)：标题): no part of the headline, yet the line keeps it, for it names
# the actor (the title line weighs most in choosing the locality).
TITLE_OFFICE_PREFIX_RE = re.compile(r"^[(（][^()（）]{2,16}[)）]\s*[:：]\s*(?=\S)")
# A teaser of another story, cut short (本报某某讯 近日，…正式获省文物...): in a
# related-news list it is one more item, however long.
RELATED_TEASER_END_RE = re.compile(r"(?:\.{3,}|…+)\s*$")
# The separators of a breadcrumb trail (首页 > 新闻 > 标题): its last item is often the
# page's own headline.
BREADCRUMB_SEPARATOR_RE = re.compile(r"\s*(?:>{1,2}|›|»)\s*")
# The label a portal prints after the page's item in its trail (首页 > 要闻 > 标题 正文):
# no part of the headline.
BREADCRUMB_PAGE_LABEL_RE = re.compile(r"\s+(?:正文|内容|详情|全文|阅读)\s*$")
# What two copies of a headline may differ in: spaces, punctuation, bracket widths.
TITLE_NOT_WORD_RE = re.compile(r"[\W_]+")
# A page tool a forum or portal prints after its headline (标题 [复制链接], 标题【打印】),
# a tag for the media or the repost (标题（图）, 标题（组图）, 标题[视频], 标题【转载】),
# or a document host's offer (标题 免费下载) or file name (标题.doc).
TITLE_TOOL_TAIL_RE = re.compile(
    r"\s*(?:[\[【(（]\s*(?:复制链接|复制本帖链接|复制地址|复制网址|打印本页|打印|收藏本页|收藏|分享"
    r"|图|组图|多图|附图|图文|视频|转|转载|转帖)\s*[\]】)）]?|免费下载|在线阅读|全文阅读"
    r"|\.(?:docx?|wps|pdf|pptx?|txt))\s*$",
    re.IGNORECASE,
)
# A home-page trail in front of the headline, joined by bars or slashes (首页 | 组工动态 |
# 标题): the headline is what the trail ends with.
TITLE_HOME_TRAIL_RE = re.compile(
    r"^(?:网站)?首页\s*(?:[|｜/]\s*[^|｜/]{1,12}?\s*)*[|｜/]\s*(?=[^|｜/]+$)"
)
TITLE_DASH_SUFFIX_RE = re.compile(r"(?<![—-])[—–-](?P<site>[^—–\-\s]{2,30})$")
DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
# A date in Chinese numerals, as a notice or document signs off (二〇一五年十月八日; a
# scraped page may type the 〇 as 0 or ○): the year digit by digit, month and day counted.
CN_DATE_RE = re.compile(
    "(?P<y>[〇零○0一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月"
    "(?P<d>[一二三四五六七八九十]{1,3})日"
)
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "0": 0}
# A day-first date of some portals: 14.12.2018  18:21.
DAY_FIRST_DATE_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)"
)
# The outlet opening a wire dateline (中新网武汉9月26日电): when the page credits the
# same outlet as its source, the page is the wire's own and its date is the original.
WIRE_OUTLET_RE = re.compile(
    r"^(?P<outlet>新华社|中新社|中新网|人民网|新华网|央视网|中国日报网|中国日报|光明日报|光明网"
    r"|经济日报|中国青年报|法治日报)"
)
# A print-edition credit: 《光明日报》( 2018年06月27日 05版), or a paper's name
# without 《》 when a page number (第11版) says it is the print edition.
PRINT_EDITION_RE = re.compile(
    r"《\s*(?P<outlet>[^》]{2,20}?)\s*》\s*[(（]?\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})"
    r"\s*[-/.月]\s*(?P<d>\d{1,2})"
    f"|(?P<outlet2>[{HAN}]{{2,10}}?(?:日报|晚报|时报|报))\\s*[(（]?\\s*(?P<y2>\\d{{4}})"
    r"\s*[-/.年]\s*(?P<m2>\d{1,2})\s*[-/.月]\s*(?P<d2>\d{1,2})\s*日?\s*[(（]?\s*第?\s*\d{1,3}\s*版"
)
REPOST_DATE_HINT_RE = re.compile(r"发布\d*次?查看")
# A credit saying the page compiled the story from the net (来源：网络整理, 互联网整理,
# 整理自网络): an aggregator's copy, whose time is the compiling, not the story's.  A
# bare 来源：网络 stays a date (a document library's upload is the only date it has).
AGGREGATOR_CREDIT_RE = re.compile(r"(?:网络|互联网)\s*整理|整理自\s*(?:网络|互联网)")
# A date alone on its line, perhaps with its time or weekday (2024年11月23日, 2021-05-12
# 星期三): a portal's clock in its banner as often as the article's dateline, so a
# labelled or credited date line of the same page goes first.
BARE_DATE_LINE_RE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:星期|周)[一二三四五六日天])?\s*$"
)
# A speech's headline (在…会议上的讲话, 致辞, 讲话摘要, a government's 工作报告) ...
SPEECH_TITLE_RE = re.compile(r"讲话|致辞|发言|报告会上|工作报告")
# ... and its date printed under the speaker's name, in brackets or after 时间：
# (（2026 年 2 月 25 日）, 郑某某时间：2020年4月13日), or opening the line that says where
# it was given (2013年1月7日在某某县第十五届人民代表大会第二次会议上): that day.
SPEECH_DATE_RE = re.compile(
    r"(?:(?:[(（]|时间\s*[:：])\s*|(?:^|\n)\s*(?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在))"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
# A paper's news-flash credit opening the lead names the paper: 广州日报讯 -> 广州日报.
NEWS_FLASH_OUTLET_RE = re.compile(
    f"^(?P<outlet>(?!本)[{HAN}]{{2,8}}(?:日报|晚报))[{HAN}]{{0,8}}?讯"
)
# The month and day of a wire or paper dateline (新华社兰州5月11日电); the year comes
# from the hosting page's date.
WIRE_DATE_RE = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*电")
# The credited source of a dateline or source line: 来源：福州日报 浏览次数：12.
SOURCE_CREDIT_RE = re.compile(
    r"(?:来源|稿源|文章来源|信息来源|供稿)\s*[:：]\s*(?P<source>[^\s:：|｜()（）【】]{2,24})"
)
BYLINE_NAMES_RE = re.compile(
    f"(?:记者站|记者|通讯员|作者|撰稿)\\s*[:：/]?\\s*(?P<names>[{HAN}·]{{2,4}}"
    f"(?:[\\s|｜、,，]+[{HAN}·]{{2,4}})*)"
)
NAME_SPLIT_RE = re.compile(r"[\s|｜、,，]+")
CLAUSE_SPLIT_RE = re.compile("(?<=[，,；;：:])")
# Clause marks inside a headline (a title has a few, a list of phrases many).
CLAUSE_MARK_RE = re.compile("[，,；;、]")
SENTENCE_SPLIT_RE = re.compile("(?<=[。！？!?])")
# A mark that ends a sentence, wherever it stands (a line holding one is prose).
SENTENCE_END_MARK_RE = re.compile("[。！？!?]")
# A headline given by a marker: Xinhua's 新华社贵阳12月26日电 题：… (the dateline is cut
# as a byline span first), a repost's 原标题：… or 原题目：…, the marker in brackets
# with or without its colon ((原标题)标题), or the 标题 cell of a disclosure table
# (标 题 | 标题 |).
# Punctuation a lost character left in front (????原題 -> 。？原题) goes with the marker.
TITLE_MARKER_RE = re.compile(
    r"^[\s。，、；？！?!.,]*(?:(?:题|标题|原标题|原题|原题目)\s*[:：]|标\s*题\s*[|｜]"
    r"|[(（【\[]\s*(?:原标题|原题|原题目)\s*[)）】\]]\s*[:：]?)\s*"
)
# Punctuation that cannot open or close a headline (left by mojibake or a cut line, or
# the bar closing a table's cell).
TITLE_EDGE_PUNCT_RE = re.compile(r"^[\s。，、；？！?!.,]+|[\s，、；,;|｜]+$")
# The label content farms put before a copied headline (全球快播：, 天天热议：, 环球
# 快讯：): a word of scope or time and one of news, then a colon.
# An exclamation mark closes the label as often as a colon (天天视讯！标题).  An
# opinion column's label (网评：, 时评：, 短评：) is no part of its headline either.
FEED_LABEL = (
    r"(?:全球|环球|天天|今日|每日|当前|实时|焦点|热门|最新)(?:快播|快讯|热议|热闻|热点|看点"
    r"|视点|播报|资讯|速递|头条|观察|热讯|报道|新闻|快报|视讯|时讯|快看|速看|精选|动态)"
)
TITLE_FEED_PREFIX_RE = re.compile(rf"^(?:{FEED_LABEL}|(?:网|时|短|快|锐|热|微|社)评)\s*[:：！!]\s*")
# ... or after it, set off by a space (标题 全球热点); so is the name of a site or
# publisher (标题 某某图鉴社, 标题 某某新闻网), which a headline's own clause never ends
# with.  (A bare 网 or 社 may end a clause: 织密疫情防控网, 村里办起专业合作社.)
TITLE_SPACED_SUFFIX_RE = re.compile(
    rf"\s+(?:{FEED_LABEL}|[{HAN}]{{2,14}}(?:新闻网|信息网|党建网|组工网|政府网|门户网|网站"
    rf"|在线|频道|日报|晚报)|[{HAN}]{{2,14}}(?<!合作)(?<!公)(?<!旅行)社)$"
)
# A repost's note of where the story first ran, after a dash (标题——《某某报》头版专访
# 县委书记某某, 标题——摘自《某某》): the note is no subtitle; the headline ends before it.
TITLE_SOURCE_TAIL_RE = re.compile(
    r"\s*(?:——|—|--)\s*(?:摘自|转自|来自|原载)?\s*《[^《》]{2,16}》[^《》]{0,30}$"
)
# Box-drawing characters: what GBK mojibake leaves in a line (需要涝鲆恍┯哺芨); no
# headline holds one.
TITLE_GARBLED_RE = re.compile("[\u2500-\u257f]")
# The date a list of stories prints in front of each headline (02.27 标题, 2020-02-27
# 标题): month and day, or a full date, then a space.  A headline never opens so.
TITLE_LIST_DATE_PREFIX_RE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.])?(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\s+(?=\S)"
)
# A date given under its label (发布时间：2023-04-06, 日期:[2015/10/14]): on a credit
# line the cleaner filed under another kind (编辑：某某 来源：某某 发布时间：…) it still
# dates the page.
LABELLED_DATE_RE = re.compile(
    r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|创建时间|日期|时间)\s*[:：]\s*[\[【(（]?\s*(?:19|20)\d{2}"
)
# The page's own date printed without its year under a label (日期：10-31, 时间：10月31日):
# a reader's clock in the banner (2026-01-25 星期日) on another day is not that date.
YEARLESS_LABELLED_DATE_RE = re.compile(
    r"(?<![\d年])(?:日期|时间|发布时间)\s*[:：]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?![\d/.-])"
)
# A serial's listing (a web novel's page: 连载中, 最新章节, 分类：都市小说): its 更新时间
# is when the book last gained a chapter, no date of the text shown, which has none.
SERIAL_LISTING_RE = re.compile(
    r"连载中|已完结|最新章节|分类\s*[:：]\s*\S{0,6}小说|\S{2,4}小说\s+\S{2,4}小说"
)
UPDATE_TIME_RE = re.compile(r"^\s*[\[【(（]?\s*更新时间\s*[:：]")
# A web address: a date in its path (/2021-06/10/content_….htm) is the site's filing
# folder, not a date the page shows its reader.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s，。；（）()]+", re.IGNORECASE)
# The page's dateline printed on the headline's own line, after a space (标题 2022-10-29
# 09:01:42 来源：某某网), perhaps after the paper's name (e-papers: 标题 某某日报 |
# 2025-08-04): the date and all after it are no part of the headline.
TITLE_DATELINE_TAIL_RE = re.compile(
    f"\\s+(?:[{HAN}]{{2,12}}(?:日报|晚报|时报|报|网)\\s*[|｜/]?\\s*)?"
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s.*)?$"
)
# A headline set with a space between its characters (政 府 工 作 报 告): one word.
TITLE_LETTER_SPACED_RE = re.compile(f"^[{HAN}](?:\\s+[{HAN}]){{2,}}$")
# An HTML entity that lost its & and ; in scraping (沁源干部的ldquo高考rdquo): the mark
# it stood for.
BROKEN_ENTITY_RE = re.compile(
    r"&?(?<![A-Za-z])(?P<name>ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|nbsp)(?![A-Za-z]);?"
)
BROKEN_ENTITY_CHARS = {
    "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "mdash": "—", "hellip": "…", "middot": "·", "nbsp": " ",
}  # fmt: skip
# A book's author credited after its title (书名 某某 著, 书名 某某 主编): a listing of a
# book or web novel, whose title is the book's name alone.  (著 reads 着 once simplified.)
TITLE_AUTHOR_TAIL_RE = re.compile(f"\\s+[{HAN}·]{{2,5}}\\s*(?:著|着|编著|主编|译)$")
# The label of a list line (各地：安徽 北京 重庆 …): the mark after it makes no prose.
LIST_LABEL_RE = re.compile(r"^[^\s，。；：:]{1,8}[:：]")
# Brackets a headline opens and closes in pairs: a closing one without its opener is
# the end of a line cut out of a credit (〒珠海市某某区政府官方网站)).
TITLE_BRACKET_PAIRS = ("()", "（）", "【】", "[]", "《》")
# A headline cut short by the page (舟山市 推行干部保障“重点项......).
TITLE_TRUNCATED_RE = re.compile(r"(?:\.{3,}|…+|。{3,})$")
# Anti-scraping junk glued to the end of a headline (…解读8 [; o H! @9): a run of ASCII
# after the last Chinese character or closing mark holding at least two spaces or one
# symbol no title ends with.  "2.0", "GDP" or "（2）" after a title stay.
TITLE_JUNK_TAIL_RE = re.compile(
    f"(?<=[{HAN}{CJK_CLOSE}])(?P<tail>[ -~]*?(?:\\s[ -~]*\\s|[\\[\\]{{}};@#$%^&*`~|\\\\])[ -~]*)$"
)
# A clause of the lead that only says when (今年以来，5月19日上午，近日，): a derived
# title starts after it.
LEAD_TIME_CLAUSE_RE = re.compile(
    r"^(?:今年以来|近年来|近日|日前|近期|去年以来|\d{4}年以来|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?"
    r"(?:上午|下午|晚上|晚)?)[，,]$"
)
# The salutation opening a speech (同志们：, 各位代表，), glued to its title on
# scraped speech pages.
SALUTATION_RE = re.compile(r"(?:同志们|各位领导|各位代表|各位来宾|女士们、先生们)[，,：:]")
# Characters of a headline that count for its agreement with the text (Han only).
TITLE_GRAM_RE = re.compile(f"[{HAN}]{{2,}}")
# A stray space between Chinese text and a number (选派出 1628名), dropped in titles.
HAN_NUMBER_SPACE_RE = re.compile(f"(?<=[{HAN}]) +(?=[0-9])|(?<=[0-9]) +(?=[{HAN}])")


def bmp_class_re(chars: Iterable[str]) -> re.Pattern[str] | None:
    """A one-character class of the BMP characters among ``chars`` (None when there
    are none); the engine tests a BMP class against a bitmap, at any size."""
    bmp = sorted({ch for ch in chars if len(ch) == 1 and ord(ch) <= 0xFFFF})
    if not bmp:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in bmp) + "]")


# --------------------------------------------------------------------------- data files


class CleanDataError(ValueError):
    """A bundled data file of the cleaning stage is malformed (a packaging bug)."""


def read_data(name: str) -> str:
    return resources.files("reporter").joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class LineRule:
    kind: str
    reason: str
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int | None


@dataclass(frozen=True)
class Boilerplate:
    lines: tuple[LineRule, ...]
    spans: tuple[LineRule, ...]
    footer_start: tuple[re.Pattern[str], ...]
    footer_max_chars: int
    nav_words: frozenset[str]
    spam_words: tuple[str, ...]
    spam_strong: tuple[re.Pattern[str], ...]
    title_site_words: tuple[str, ...]
    not_title: tuple[re.Pattern[str], ...]
    # One search for "any spam word" per line (None when there are none) before the
    # words are gone through one by one.  (Regex patterns are NOT combined the same
    # way: an alternation of unanchored patterns tries every branch at every
    # position and runs several times slower than the patterns one by one.)
    spam_word_any: re.Pattern[str] | None
    # An injected SEO phrase: an optional modifier, a product or service word, an
    # optional tail (二手吊车, 吊车公司, 挖掘机价格); group "word" is the product.
    seo_phrase: re.Pattern[str] | None


def _compile_all(patterns: object, where: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise CleanDataError(f"boilerplate.toml {where}: patterns must be a list of strings")
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise CleanDataError(f"boilerplate.toml {where}: bad pattern {p!r}: {exc}") from exc
    return tuple(out)


def _rules(raw: object, section: str) -> tuple[LineRule, ...]:
    if not isinstance(raw, list):
        raise CleanDataError(f"boilerplate.toml: [[{section}]] must be an array of tables")
    rules = []
    for i, item in enumerate(raw):
        where = f"[[{section}]] #{i + 1}"
        if not isinstance(item, dict) or not item.get("kind") or not item.get("reason"):
            raise CleanDataError(f"boilerplate.toml {where}: needs kind and reason")
        max_chars = item.get("max_chars")
        if max_chars is not None and not isinstance(max_chars, int):
            raise CleanDataError(f"boilerplate.toml {where}: max_chars must be an integer")
        rules.append(
            LineRule(
                str(item["kind"]),
                str(item["reason"]),
                _compile_all(item.get("patterns"), where),
                max_chars,
            )
        )
    return tuple(rules)


def _str_list(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise CleanDataError(f"{where}: must be a list of non-empty strings")
    return tuple(raw)


def any_word_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of ``words`` (None for no words)."""
    parts = [re.escape(w) for w in words]
    return re.compile("|".join(parts)) if parts else None


def _seo_phrase_re(seo: dict[str, object]) -> re.Pattern[str] | None:
    words = _str_list(seo.get("words", []), "boilerplate.toml [seo].words")
    if not words:
        return None
    before = _str_list(seo.get("before", []), "boilerplate.toml [seo].before")
    after = _str_list(seo.get("after", []), "boilerplate.toml [seo].after")

    def alternation(items: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    head = f"(?:{alternation(before)})?" if before else ""
    tail = f"(?:{alternation(after)})?" if after else ""
    return re.compile(f"{head}(?P<word>{alternation(words)}){tail}")


@functools.cache
def boilerplate() -> Boilerplate:
    data = tomllib.loads(read_data("boilerplate.toml"))
    footer = data.get("footer", {})
    spam = data.get("spam", {})
    title = data.get("title", {})
    spam_words = _str_list(spam.get("words", []), "boilerplate.toml [spam].words")
    spam_strong = _compile_all(spam.get("strong", []), "[spam].strong")
    return Boilerplate(
        lines=_rules(data.get("line", []), "line"),
        spans=_rules(data.get("span", []), "span"),
        footer_start=_compile_all(footer.get("start", []), "[footer]"),
        footer_max_chars=int(footer.get("max_chars", 16)),
        nav_words=frozenset(
            _str_list(data.get("nav", {}).get("words", []), "boilerplate.toml [nav].words")
        ),
        spam_words=spam_words,
        spam_strong=spam_strong,
        title_site_words=_str_list(
            title.get("site_words", []), "boilerplate.toml [title].site_words"
        ),
        spam_word_any=any_word_re(spam_words),
        not_title=_compile_all(title.get("not_title", []), "[title].not_title"),
        seo_phrase=_seo_phrase_re(data.get("seo", {})),
    )


@dataclass(frozen=True)
class Outlet:
    name: str
    names: tuple[str, ...]
    kind: str  # newspaper | agency | broadcaster | website


OUTLET_KINDS = frozenset({"newspaper", "agency", "broadcaster", "website"})


@functools.cache
def outlets() -> tuple[Outlet, ...]:
    data = tomllib.loads(read_data("outlets.toml"))
    out = []
    for i, item in enumerate(data.get("outlet", [])):
        names = _str_list(item.get("names"), f"outlets.toml [[outlet]] #{i + 1} names")
        kind = item.get("kind")
        if kind not in OUTLET_KINDS:
            raise CleanDataError(f"outlets.toml [[outlet]] #{i + 1}: unknown kind {kind!r}")
        out.append(Outlet(names[0], names, str(kind)))
    return tuple(out)


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    """Toneless Mandarin syllables, ü spelt both ``ü`` and ``v``."""
    out: set[str] = set()
    for line in read_data("pinyin_syllables.txt").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not re.fullmatch("[a-zü]+", s):
            raise CleanDataError(f"pinyin_syllables.txt: not a syllable: {s!r}")
        out.add(s)
        out.add(s.replace("ü", "v"))
    if len(out) < 400:
        raise CleanDataError("pinyin_syllables.txt: fewer than 400 syllables; file truncated?")
    return frozenset(out)


@functools.cache
def pinyin_readings() -> dict[str, str]:
    """Toneless syllable -> the common characters read that way."""
    out: dict[str, str] = {}
    for n, line in enumerate(read_data("pinyin_readings.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        syllable, sep, chars = line.partition("\t")
        if not sep or not chars or not re.fullmatch("[a-zü]+", syllable):
            raise CleanDataError(f"pinyin_readings.tsv line {n}: expected 'syllable<TAB>chars'")
        out[syllable] = chars
        out.setdefault(syllable.replace("ü", "v"), chars)
    return out


@functools.cache
def zhu_keep_re() -> re.Pattern[str]:
    """Words in which 著 stays 著 after t2s (reporter/data/script.toml)."""
    data = tomllib.loads(read_data("script.toml"))
    words = _str_list(data.get("zhu", {}).get("keep", []), "script.toml [zhu].keep")
    if not all("著" in w for w in words):
        raise CleanDataError("script.toml [zhu].keep: every word must contain 著")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
