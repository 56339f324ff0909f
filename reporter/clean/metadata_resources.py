"""The regular expressions of a page's metadata: its headline, datelines, credits and bylines.

Part of the cleaning stage's resources (:mod:`reporter.clean.resources` holds the rest:
characters, markup, pinyin, mojibake, punctuation and the data files); split out so that
each stays a readable size.
"""

from __future__ import annotations

import re

from reporter.clean.resources import CJK_CLOSE
from reporter.text.resources import HAN

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
# A headline in the form subject: statement (市委组织部：全力以赴做好……): a segment of
# the title line in this form is the headline, never a site's name, even when its subject
# holds a site word (组织部, 党建); an SEO page puts its keyword before it with a
# separator (疫情干部识别组_市委组织部：……).
# Any colon of a title segment (an SEO keyword before the headline holds none).
TITLE_COLON_RE = re.compile("[:：]")
TITLE_SUBJECT_COLON_RE = re.compile(f"^[{HAN}]{{2,15}}[:：]\\s*[^_|｜]{{6,}}$")
# A column label in front of the title (资讯 | 江苏南京：干部……, 【基层传真】河南兰考：……).
# Sites that lack the full-width brackets write the label in ASCII ones ([动态]标题).
# Before a bar only a site's generic channel (资讯, 要闻) is furniture: a topical kicker
# set before the headline with a bar (战疫先锋|标题, 雁塔防疫 | 标题, 记者视界|标题) is
# printed as part of it, and the labels of batches 13, 34 and 35 keep it every time.
# A literary or exam genre in corner brackets (【散文】标题, 【模拟题】标题) is such a tag
# too (the labels kept it until round 19 wrote the convention down and b36_13, b44_13 were
# relabelled).
# An app's credit in corner brackets names the outlet or its channel (「某某日报客户端·
# 某某新闻」标题); a quoted phrase opening a headline (「打擂台」比拼) names no outlet.
TITLE_COLUMN_PREFIX_RE = re.compile(
    r"^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]"
    r"|(?:资讯|新闻|要闻|动态|头条|快讯|热点|热门|推荐|原创|独家|视频|图片|图文|时政|滚动|本地|国内|国际)"
    r"(?:资讯|新闻|要闻|动态)?\s*[|｜]"
    r"|「[^」]{0,14}(?:客户端|新闻|日报|晚报|网|频道|号)」)\s*(?=[^|｜]+$)"
)
# ... but a place before the bar is the headline's own, naming its actor as a place
# before a colon does (某某街道 | 标题, as 某某县：标题).
TITLE_PLACE_COLUMN_RE = re.compile(f"^[{HAN}]{{1,6}}(?:街道|社区|镇|乡|村|县|区|市|州|省)\\s*[|｜]")
# The office that supplied a story, in round brackets before the headline and a colon
# ((某某县委党校)：标题): no part of the headline, yet the line keeps it, for it names
# the actor (the title line weighs most in choosing the locality).
TITLE_OFFICE_PREFIX_RE = re.compile(r"^[(（][^()（）]{2,16}[)）]\s*[:：]\s*(?=\S)")
# A breadcrumb without separators glued before the headline on its line (首页 会议活动
# 标题): the home link and up to three channel names, each set off by a space.
TITLE_TRAIL_PREFIX_RE = re.compile(
    r"^(?:您的位置[:：]?\s*)?(?:首页|主页|网站首页)(?:\s+[^\s>|｜»›＞<]{1,8}){0,3}\s+(?=[^\s>|｜»›＞<])"
)
# A teaser of another story, cut short (本报某某讯 近日，…正式获省文物...): in a
# related-news list it is one more item, however long.
RELATED_TEASER_END_RE = re.compile(r"(?:\.{3,}|…+)\s*$")
# The date a related-news list prints under each item ([2026-03-06] -, 2023-05-12): the
# headline above it, however long, is one more item of the list, not the article again.
RELATED_ITEM_DATE_RE = re.compile(
    r"^[\[【(（]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[\]】)）]?\s*[-–—|｜]?\s*$"
)
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
    # a pager's link printed after it (标题 查看下一页)
    r"|(?:查看|点击)?(?:下一页|上一页)"
    r"|\.(?:docx?|wps|pdf|pptx?|txt))\s*$",
    re.IGNORECASE,
)
# A home-page trail in front of the headline, joined by bars or slashes (首页 | 组工动态 |
# 标题): the headline is what the trail ends with.
TITLE_HOME_TRAIL_RE = re.compile(
    r"^(?:网站)?首页\s*(?:[|｜/]\s*[^|｜/]{1,12}?\s*)*[|｜/]\s*(?=[^|｜/]+$)"
)
# A site's name after the subtitle dash (标题——中新网): a subtitle says more of the story,
# and a short name ending as a site's does says nothing of it.
TITLE_DASH_SITE_TAIL_RE = re.compile(
    f"\\s*(?:——|--)\\s*[{HAN}]{{1,4}}(?:网|网站|客户端|频道|在线)\\s*$"
)
TITLE_DASH_SUFFIX_RE = re.compile(r"(?<![—-])[—–-](?P<site>[^—–\-\s]{2,30})$")
DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")

# A dateline known by its make-up (reporter.clean.datelines).  Its date: DATE_RE standing
# alone among figures, with its 日 (2025-06-28, 2016/9/20, 2020.02.27, 2018年6月27日).
DATELINE_DATE_RE = re.compile(rf"(?<!\d){DATE_RE.pattern}(?!\d)日?")
# A date printed as eight figures alone on a line (20210123).
COMPACT_DATE_LINE_RE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# The clock time a page prints beside its date (21:06:51, 9:51), with the day part
# (上午/下午) some pages put before it.
DATELINE_TIME_RE = re.compile(
    r"(?:上午|下午|凌晨|晚上)?\s*(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)"
)
# A portal's clock of the reader's day (今天是2025年04月30日 星期三): no date of the story.
READER_CLOCK_RE = re.compile(r"今天|今日|现在|当前时间|北京时间")
# The weekday a masthead prints after its date (2024年09月11日 星期三).
DATELINE_WEEKDAY_RE = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
# A newsroom's hotline on its masthead (报料热线:966123).
DATELINE_HOTLINE_RE = re.compile(r"(?:报料|新闻|服务|投稿)?热线(?:电话)?\s*[:：]?\s*[\d-]{5,}")
# A reader counter (阅读：5, 点击：2248, 浏览次数 12次, 评论 0): its label and its number.
DATELINE_COUNTER_RE = re.compile(
    r"(?:阅读|点击|浏览|评论|访问|点赞|转发|收藏|分享|人气|热度)(?:次数|量|数|率)?\s*[:：]?\s*[(（]?\d+[)）]?\s*次?"
)
# A field label of a page's head, with its colon (发布：, 来源：, 作者：), or a reader's tool
# on the same line (字号 大 中 小, 打印, 关闭).  A label is a whole word: 归档时间： (when a
# portal filed the page) holds 时间： but dates no story.
DATELINE_LABEL_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:发布时间|发布日期|发表时间|更新时间|发布者|发布人|发布|来源|稿源|出处|作者|文|图|"
    r"责任编辑|责编|编辑|审核|校对|录入|供稿|栏目|分类|类别|时间|日期)\s*[:：]|"
    r"【?\s*(?:字号|字体)\s*[:：]?\s*[大中小](?:\s*[大中小]){0,2}\s*】?|【?(?:打印|关闭|收藏|分享)(?:本页|此文|窗口)?】?"
)
# What ends the name of an outlet or an organ left on a dateline (聊城新闻网, 南通日报,
# 某县融媒体中心).
DATELINE_OUTLET_END_RE = re.compile(
    r"(?:网|报|台|刊|社|中心|客户端|新闻|频道|发布|政府|委员会|委|部|局|办|站|号)$"
)
# What separates the tokens of a dateline: spaces, bars, slashes, brackets, bullets.
DATELINE_SEPARATOR_RE = re.compile(r"[\s|｜/\\()（）\[\]【】<>《》·•●◆■□▪:：,、_-]+")
# A date in Chinese numerals, as a notice or document signs off (二〇一五年十月八日; a
# scraped page may type the 〇 as 0 or ○): the year digit by digit, month and day counted.
CN_DATE_RE = re.compile(
    "(?P<y>[〇零○0一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月"
    "(?P<d>[一二三四五六七八九十]{1,3})日"
)
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "0": 0}
# The year set apart from month and day by a space, as Xinhua's pages print their
# dateline (2023 06/08 15:25:12): only with the slash, which no count or sentence uses so.
SPACED_YEAR_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?!\d)"
)
# A two-digit year, read only under a publication label (发布时间：18-07-13): a label
# says the numbers are a date, and the page can only be of this century.
SHORT_YEAR_LABELLED_DATE_RE = re.compile(
    r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|日期|时间)\s*[:：]\s*"
    r"(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d:])"
)
SHORT_YEAR_CENTURY = "20"
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
    # an e-paper's path may tag the edition and slash every part: 内蒙古日报（汉）/2024 年/2
    # 月/27 日/第 001 版
    f"|(?P<outlet2>[{HAN}]{{2,10}}?(?:日报|晚报|时报|报))\\s*(?:[(（][{HAN}]{{1,3}}[)）])?"
    r"\s*/?\s*[(（]?\s*(?P<y2>\d{4})"
    r"\s*(?:[-/.]|年\s*/?)\s*(?P<m2>\d{1,2})\s*(?:[-/.]|月\s*/?)\s*(?P<d2>\d{1,2})\s*日?\s*/?\s*[(（]?"
    r"\s*第?\s*\d{1,3}\s*版"
)
# A full date, year to day, in any of the separators a page uses (2021-04-18, 2021.4.18,
# 2021年4月18日): the core of the date lines below.
FULL_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
# A document host's upload date, the date then the word, opening its line among the file's
# other facts (- 2021-04-18 发布 | 37.5 KB): the only date such a page gives, on a line
# cleaning drops with the host's furniture.  (某某 于2022年05月30日发表 is a forum user's
# repost, no date of the story.)
POSTED_DATE_RE = re.compile(
    r"^[\s\-·•|｜]*" + FULL_DATE + r"\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:发布|上传)(?!\d*次?查看)"
)
# A full date with its clock time (2018-07-06 16:34, 2023年03月16日10:13): a page's
# stamp of when it posted, which a credit line the cleaner took as an editor's credit
# (编辑：某某2018-07-06 16:34内容来源：某某日报) or as a reading-tools bar with its
# source (字号： 2023-03-16 10:13 来源：某某日报) still gives.  A sentence never carries
# a clock after its date.
CLOCKED_DATE_RE = re.compile(FULL_DATE + r"\s*\d{1,2}:\d{2}")
# The date of an e-paper's issue on its banner, with the weekday and the paper's page
# tools (2024年11月23日 星期六 返回报网首页 | 版面导航): the day the page was printed,
# not a portal's clock (which has no page of a print edition to turn).
EPAPER_BANNER_DATE_RE = re.compile(
    r"^\s*" + FULL_DATE + r"\s*(?:星期|周)[一二三四五六日天]"
    r".*(?:版面导航|上一版|下一版|报网首页)"
)
# An e-paper's record of the story at its foot: the paper, the page's column, the
# zero-padded page number and the headline as printed (某某日报 今日温州 00015 标题); a
# headline set on two lines is recorded on two, the record's line ending on the upper.
EPAPER_RECORD_HEAD_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|报)\s+[\u4e00-\u9fff]{1,8}\s+0\d{3,4}\s+(?P<head>\S.*)$"
)
REPOST_DATE_HINT_RE = re.compile(r"发布\d*次?查看")
# A credit saying the page compiled the story from the net (来源：网络整理, 互联网整理,
# 整理自网络): an aggregator's copy, whose time is the compiling, not the story's.  A
# bare 来源：网络 stays a date (a document library's upload is the only date it has).
AGGREGATOR_CREDIT_RE = re.compile(r"(?:网络|互联网)\s*整理|整理自\s*(?:网络|互联网)")
# A credit naming a document library as the source (来源:百度文库, 道客巴巴, 豆丁): its time
# is a user's upload of a copy, no date of the story; the story's own dateline on the
# page (2011年11月17日17:50 浙江日报) goes first, the upload's only when there is none
# (round 11, batch 29: an 2011 report given its 2024 upload date).
LIBRARY_CREDIT_RE = re.compile(r"文库|道客巴巴|豆丁|原创力文档|个人图书馆|360doc")
# A date alone on its line, perhaps with its time or weekday (2024年11月23日, 2021-05-12
# 星期三): a portal's clock in its banner as often as the article's dateline, so a
# labelled or credited date line of the same page goes first.
BARE_DATE_LINE_RE = re.compile(
    r"^\s*[\[【(（]?\s*" + FULL_DATE + r"\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:星期|周)[一二三四五六日天]?)?\s*"
    # an e-paper's weekday lost as an image (星期), its reading tools after it (【打印】)
    r"(?:【\s*(?:打印|关闭|返回|收藏|打印本页|关闭窗口|返回顶部)\s*】\s*)*"
    # a list's date may stand in brackets and end in a separator: [2026-03-06] -
    r"[\]】)）]?\s*[-–—·|]?\s*$"
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
# The credited source is never the page's next label: an empty 来源： before
# 发布时间：2013-11-29 credits nothing (a word closed by a colon is a field's label).
SOURCE_CREDIT_RE = re.compile(
    r"(?:来源|稿源|文章来源|信息来源|供稿)\s*[:：]\s*"
    r"(?P<source>(?![^\s:：|｜()（）【】]{2,24}\s*[:：])[^\s:：|｜()（）【】]{2,24})"
)
BYLINE_NAMES_RE = re.compile(
    f"(?:记者站|记者|通讯员|作者|撰稿)\\s*[:：/]?\\s*(?P<names>[{HAN}·]{{2,4}}"
    f"(?:[\\s|｜、,，]+[{HAN}·]{{2,4}})*)"
)
NAME_SPLIT_RE = re.compile(r"[\s|｜、,，]+")
CLAUSE_SPLIT_RE = re.compile("(?<=[，,；;：:])")
# Clause marks inside a headline (a title has a few, a list of phrases many).
CLAUSE_MARK_RE = re.compile("[，,；;、]")
# A kicker (引题) in its rhetorical form: two parallel phrases of equal length apart by a
# space, without a figure (晒去年业绩 许今年诺言); the main title states the act.
# What a headline quotes or brackets (“谋实事、比实干”, 县(市、区)): its commas are the
# quotation's, not clauses of the headline.
TITLE_QUOTED_SPAN_RE = re.compile(r"“[^”]*”|‘[^’]*’|\([^)]*\)|（[^）]*）|《[^》]*》")
# A dash that opens a subtitle, in any of the ways pages print it (——, ――, --, ~~).
SUBTITLE_DASH_RE = re.compile(r"^[—―\-－~～]")
# A kicker (引题) that reports who spoke where (某某在某某会议上强调 / 提出 / 指出): the
# line ends on the verb of saying, and the main title under it is what was said.
# So does a kicker that reports who published a notice (某省政府网站发布通报), over what
# the notice made known.
KICKER_SPEECH_RE = re.compile(
    f"[{HAN}]+(?:在|出席|主持|参加)[^，,；;]*(?:强调|指出|提出|要求|表示|希望)$"
    f"|[{HAN}]{{2,16}}(?:发布|发出|下发|印发)(?:通报|公告|通知|消息)$"
)
# A head line that ends on a conjunction (……民营经济发展和 / “某某”考评结果) was wrapped
# in the middle of its phrase: the next head line completes it.
TITLE_OPEN_END_RE = re.compile("[和与及暨、]$")
# ... or the next line opens on 暨, joining a second event to the headline's (……优秀案例
# 展示 / 暨2026年度……订单会活动): one headline wrapped before its conjunction.
TITLE_JOINED_START_RE = re.compile("^暨")
# A kicker (引题) that leads into the main title below it with a dash (某某县视乡镇实际
# 情况予以差异化考核—— / 大抓基层不是大压基层; 换届后的首个长假他们在忙啥？请看本报记者
# 随访 —— / 新任书记们的“国庆日历”): the main title is the line it points to.
KICKER_DASH_END_RE = re.compile(r"(?:——|—|--)\s*$")
# An official document's headline (关于……的通报) opens with 关于 and closes on the kind
# of document it is; a head line that opened one and has not closed it was wrapped
# (关于对某某镇2018年5月“某某”专项 / 行动考核结果的通报), and the next head line is
# its rest when the two together close it.
TITLE_NOTICE_OPEN_RE = re.compile("^关于")
# Its kind follows 的 (……结果的通报, ……计划的报告): a kind's word without it is a noun
# of the subject (关于某某省2021年国民经济和社会发展计划 / 执行情况……的报告).
TITLE_NOTICE_CLOSE_RE = re.compile(
    "的(?:通知|通报|决定|意见|报告|批复|请示|函|公告|通告|办法|规定|方案|细则|纪要|说明|总结)$"
)
# A word a headline puts in double quotes (“雏鹰”展翅): a coinage of the story.
TITLE_COINAGE_RE = re.compile("“[^“”]+”")
KICKER_COUPLET_RE = re.compile(f'^(?P<a>[{HAN}“”‘’"]{{3,9}}) (?P<b>[{HAN}“”‘’"]{{3,9}})$')
SENTENCE_SPLIT_RE = re.compile("(?<=[。！？!?])")
# A mark that ends a sentence, wherever it stands (a line holding one is prose).
SENTENCE_END_MARK_RE = re.compile("[。！？!?]")
# A headline given by a marker: Xinhua's 新华社贵阳12月26日电 题：… (the dateline is cut
# as a byline span first), a repost's 原标题：… or 原题目：…, the marker in brackets
# with or without its colon ((原标题)标题), or the 标题 cell of a disclosure table
# (标 题 | 标题 |), or a content page's field label (文章标题：…).
# Punctuation a lost character left in front (????原題 -> 。？原题) goes with the marker.
TITLE_MARKER_RE = re.compile(
    r"^[\s。，、；？！?!.,]*(?:(?:题|标题|原标题|原题|原题目|文章标题|新闻标题|信息标题)\s*[:：]"
    r"|标\s*题\s*[|｜]"
    # a disclosure table's field set wide and flattened into a line (标 题 关于……的通知)
    r"|标\s+题\s+(?=\S)"
    r"|[(（【\[]\s*(?:原标题|原题|原题目)\s*[)）】\]]\s*[:：]?)\s*"
)
# Punctuation that cannot open or close a headline (left by mojibake or a cut line, or
# the bar closing a table's cell), nor a list's bullet before it (• 标题: a story list's item).
TITLE_EDGE_PUNCT_RE = re.compile(r"^[\s。，、；？！?!.,•●◆■▪►]+|[\s，、；,;|｜]+$")
# The label content farms put before a copied headline (全球快播：, 天天热议：, 环球
# 快讯：): a word of scope or time and one of news, then a colon.
# An exclamation mark closes the label as often as a colon (天天视讯！标题).  An
# opinion column's label (网评：, 时评：, 短评：) is no part of its headline either.
FEED_LABEL = (
    r"(?:全球|环球|天天|今日|每日|当前|实时|焦点|热门|最新)(?:快播|快讯|热议|热闻|热点|快看点|看点"
    r"|视点|播报|资讯|速递|头条|观察|热讯|报道|新闻|快报|视讯|时讯|快看|速看|精选|动态)"
)
# A farm's label may be its word of scope or time alone (实时：标题) or with a news word the
# list above lacks (每日消息！标题): a headline's own clause before a colon names a place or
# a topic, never a moment (round 11, batch 30: two farms, one story).
FEED_SCOPE_LABEL = r"(?:全球|环球|天天|今日|每日|当前|实时|焦点|热门|最新)(?:消息|要闻|关注|聚焦)?"
# A farm's label set off by a bar instead (环球微动态丨标题, 今日快看 | 标题): its word of
# scope or time and a word of news; a topical kicker before a bar (战疫先锋|标题) opens
# with its topic, never with a scope word (round 13, batch 39).
# Its own word is a word of news (微动态, 快看), so a paper's column named for a habit
# (天天学习丨标题, printed as part of the headline) stays.
# The aggregator app's own name alone before the bar (快看点丨标题, b59_07) is its label too:
# a word of news with no topic, which no paper names a column (its columns are 天天学习,
# 记者视界, 权威访谈).
FEED_BAR_LABEL = (
    r"(?:(?:全球|环球|天天|今日|每日|当前|实时|焦点|热门|最新)微?(?:快播|快讯|热议|热闻|热点|快看点|看点"
    r"|视点|播报|资讯|速递|头条|观察|热讯|报道|新闻|快报|视讯|时讯|快看|速看|精选|动态|消息|要闻)"
    r"|快看点)"
)
# An opinion column's label before a bar (新华时评|标题, 时评|标题) is the paper's own
# column, printed as part of the headline like any column label before a bar (天天学习丨,
# 齐鲁政情|): the labels keep it (b51_22, b51_23, as 14 other column labels), so only a
# farm's label before it goes (环球快看点丨某某时评|标题 -> 某某时评|标题).
TITLE_FEED_PREFIX_RE = re.compile(
    rf"^(?:(?:{FEED_LABEL}|{FEED_SCOPE_LABEL}|(?:网|时|短|快|锐|热|微|社)评)\s*[:：！!]"
    rf"|{FEED_BAR_LABEL}\s*[|｜丨])\s*"
)
# The pornographic keywords an SEO farm appends to a copied headline after a bar or an
# underscore (标题|久久久人精午夜精国): no headline's own segment holds them (round 11,
# batch 30; the same vocabulary as boilerplate.toml's strong spam patterns).
TITLE_SPAM_TAIL_RE = re.compile(
    r"\s*[|｜_]\s*[^|｜_]*(?:久久|午夜|无码|中文字幕|一区|二区|人妻|蜜臀|高潮|[aA][vV]|成人)[^|｜_]*$"
)
# The outlet a repost credits before the headline and a colon (温州日报：标题, 某某新闻网：
# 标题): the re-posting site's attribution, no part of the headline the paper printed.
# A headline's own clause before a colon names a place or a topic, never a paper or site.
# The paper may stand in book-title marks with no colon (《某某报》安徽某市：标题): a paper's
# name opens a sentence of the article only as its subject, followed by what it did
# (《某某报》近日报道, 《某某报》刊发, 《某某报》的特别策划, 《某某报》(2018年…版)).
TITLE_OUTLET_PREFIX_RE = re.compile(
    rf"^[{HAN}]{{2,10}}(?:日报|晚报|早报|都市报|新闻网|新闻|客户端|电视台|广播电视台)\s*[:：]\s*"
    rf"|^《[{HAN}]{{2,10}}(?:日报|晚报|早报|报|周刊|杂志)》\s*[:：]?\s*"
    rf"(?![\d(（的近日昨今前刊发报称指评记载])"
)
# A series' label before one of its instalments, joined by a dash or a colon (“局长进大厅、
# 走流程”系列报道之九——标题, 专题报道之二：标题): the paper's running head for the series,
# which each instalment's own headline follows; an ordinal after 之 is what marks it.
# So is a series' label numbered bare before a colon (候选故事10 : 标题, 系列访谈3：标题):
# the instalment's number right after the label's words; a headline's own clause before
# a colon ends on a place or a topic, and a year has four digits.
TITLE_SERIES_PREFIX_RE = re.compile(
    r"^[^—:：]{2,30}?(?:系列|专题)(?:报道|访谈|评论|述评|解读|策划|调查|观察|谈)?"
    r"之[一二三四五六七八九十百\d]+\s*(?:——|—|--|[:：])\s*"
    rf"|^[{HAN}]{{2,8}}(?<![第年月日])\d{{1,3}}\s*[:：]\s*"
)
# A column's or series' tag in round brackets around the headline: any bracketed group
# opening it ((落实“六稳”“六保”一线见闻)标题, （我国这十年）标题: no headline begins with a
# bracket of its own words), and one closing it when it names a column (an interpunct
# between its parts, （干部状态新观察·为基层减负赋能）, or a column's word, （前沿观察）,
# （基层见闻）).  A closing bracket of the headline's own (（试行）, (全文), (上), (第3期),
# (乡镇卷)) names no column and stays (tests/fixtures/real/README.md, round 19).  A bare
# number closing it, (2), is the page of a story printed over several, not its words.
TITLE_BRACKET_TAG_RE = re.compile(
    r"^\s*[（(][^（）()]{2,20}[）)]\s*"
    r"|\s*[（(]\s*\d{1,2}\s*[）)]$"
    r"|\s*[（(](?=[^（）()]*(?:·|观察|见闻|调研行|这十年|纪实|走基层|进行时|在行动|巡礼|面对面|专栏|特稿)[^（）()]*[）)]$)"
    r"[^（）()]{2,24}[）)]$"
)
# A deck (摘要) printed where the headline would be: two sentences' clauses either side of
# a semicolon (加强任用管理，真正形成……机制；完善交流制度，彻底打破……): no labelled
# headline of the 50 batches holds a semicolon, and none of this shape.
TITLE_DECK_RE = re.compile("[，,][^；;]*[；;][^；;，,]*[，,]")
# ... or after it, set off by a space (标题 全球热点); so is the name of a site or
# publisher (标题 某某图鉴社, 标题 某某新闻网), which a headline's own clause never ends
# with.  (A bare 网 or 社 may end a clause: 织密疫情防控网, 村里办起专业合作社.)
TITLE_SPACED_SUFFIX_RE = re.compile(
    rf"\s+(?:{FEED_LABEL}|[{HAN}]{{2,14}}(?:新闻网|信息网|党建网|组工网|政府网|门户网|网站"
    rf"|在线|频道|日报|晚报)|[{HAN}]{{2,14}}(?<!合作)(?<!公)(?<!旅行)社)$"
)
# A portal's record tail after the headline, set apart by spaces: its channel, an
# editor's name and the record's number (标题 头条-某某站 某某 3584399).  A headline
# never ends on a run of six digits or more after a space (a year has four).
TITLE_RECORD_TAIL_RE = re.compile(r"\s+(?:\S{1,12}\s+){0,3}\d{6,}$")
# A document host names its page after the uploaded file (某某区2012年年鉴.doc): the
# file's extension is the host's, never a word of the headline.
TITLE_FILE_EXTENSION_RE = re.compile(r"\s*\.(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf)$", re.IGNORECASE)
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
# dates the page.  (A table flattened into a line puts a bar between label and value.)
# A publication label no sentence uses may lose its colon when the year follows at once
# (发布时间2022-05-16, or after a space in a disclosure table: 发文日期 2014-01-17); a bare
# 日期 or 时间 needs it (时间2022年 may be prose).
LABELLED_DATE_RE = re.compile(
    r"(?:(?:发布时间|发布日期|发表时间|发稿时间|更新时间|创建时间|发文日期|成文日期|日期|时间)"
    r"\s*[:：]\s*[|｜]?\s*[\[【(（]?\s*"
    r"|(?:发布时间|发布日期|发表时间|发稿时间|更新时间|创建时间)"
    r"|(?:发文日期|成文日期)[ \t\u3000]*)(?:19|20)\d{2}"
)
# A forum post's author panel prints the member's profile as label and value on lines of
# their own (注册 / 2002-10-07, 加入时间 / …): that date is when the poster joined the
# forum, no date of the article.
FORUM_PROFILE_LABEL_RE = re.compile(
    r"^\s*(?:注册|注册时间|注册日期|加入时间|加入日期|最后登录|上次登录|最后访问|Joined)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A portal's reading tools (字体：大 中 小) share their bar with the page's own date
# (时间：2023-09-07 16:46 稿源：某某): cleaning drops the bar as navigation, yet the
# labelled date on it is the article's, as on a credit line.
# Its size buttons may be images the scrape lost (【字体: 】 发布时间:…  【打印】【关闭】):
# the empty bracket or a print/close button still marks the bar (round 13, batch 39).
FONT_TOOL_RE = re.compile(
    r"(?:字体|字号)\s*[:：]?\s*(?:大\s*中\s*小|[】\]])|[【\[](?:打印|关闭)[】\]]"
)
# The page's own date printed without its year under a label (日期：10-31, 时间：10月31日):
# a reader's clock in the banner (2026-01-25 星期日) on another day is not that date.
YEARLESS_LABELLED_DATE_RE = re.compile(
    r"(?<![\d年])(?:日期|时间|发布时间)\s*[:：]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?![\d/.-])"
)
# A chapter's heading (第001章 苍茫官途，一路桃花, 第二百八十五章 处理): the headline of a
# serial's page, whose title is a figure of the story that the chapter's words seldom
# repeat; the labels name it the title of every novel page that prints one.
CHAPTER_HEADING_RE = re.compile(
    r"^第[0-9零〇一二两三四五六七八九十百千]{1,8}[章回](?:\s|[\u4e00-\u9fff“]|$)"
    # a reading site's page of a book: 书名-第127部分 (the page, not a chapter, is numbered)
    r"|^[^\s-]{2,20}\s*[-—_]\s*第[0-9零〇一二两三四五六七八九十百千]{1,8}(?:部分|页|章|节|回)$"
)
# A web novel's name closed by a mark before the chapter heading on one line (书名，副名！
# 第535章 政效): the reading site's page heads the chapter with the book, and the labels
# name the chapter (as for 书名_第483章 and 书名 正文 第九章).  A name set off by a space
# alone (南北中原 第159章 …) is labelled with the chapter, and stays.
TITLE_BOOK_BEFORE_CHAPTER_RE = re.compile(
    r"^[^\s第]{2,24}[！？!?。：:]\s*(?=第[0-9零〇一二两三四五六七八九十百千]{1,8}[章回](?:\s|[\u4e00-\u9fff“]|$))"
)
# A serial's listing (a web novel's page: 连载中, 最新章节, 分类：都市小说): its 更新时间
# is when the book last gained a chapter, no date of the text shown, which has none.
SERIAL_LISTING_RE = re.compile(
    r"连载中|已完结|最新章节|分类\s*[:：]\s*\S{0,6}小说|\S{2,4}小说\s+\S{2,4}小说"
)
# (also after other fields of its line: 分类：都市小说 | 更新时间：…)
UPDATE_TIME_RE = re.compile(r"^[^。！？]*?更新时间\s*[:：]")
# A web address: a date in its path (/2021-06/10/content_….htm) is the site's filing
# folder, not a date the page shows its reader.
# A "?" opens the address's query only before a key=value; one straight after the host
# (www.某某.com?2009-12-08 08:57?) is a separator a lost character left, and the date
# after it is the page's.
# An address as a page prints it is ASCII: where the scrape glued the next words to it
# (http://www.某某.com【某某经济网】2024-06-04), the address ends at the first other
# character, and the site's name and date after it are the page's dateline.
URL_RE = re.compile(r"(?:https?://|www\.)(?:[!-~](?<![()?])|\?(?=[!->@-~]*=))+", re.IGNORECASE)
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
TITLE_BRACKET_PAIRS = ("()", "（）", "【】", "[]", "《》", "“”")
# An item of a list of other stories (· 我校与某某学院签署...): a sidebar the scraper
# kept above the story, one line per item; the headline is never one.
# A hyphen opens each item of a deck of key figures set above the story too (-上半年,
# 共培训干部20万多人次 / -引进海外留学人员820人): three or more in a run are a list.
LIST_ITEM_RE = re.compile(r"^\s*[·•▪\-－]\s*[^\s\-－]")
# A headline cut short by the page (舟山市 推行干部保障“重点项......).
TITLE_TRUNCATED_RE = re.compile(r"(?:\.{3,}|…+|。{3,})$")
# Anti-scraping junk glued to the end of a headline (…解读8 [; o H! @9): a run of ASCII
# after the last Chinese character or closing mark holding at least two spaces or one
# symbol no title ends with.  "2.0", "GDP" or "（2）" after a title stay, and so does a
# share (占到39.8%, 增长12%): a headline may end on the figure it reports, and its % is
# the only symbol in the tail (b60_35).
TITLE_JUNK_TAIL_RE = re.compile(
    f"(?<=[{HAN}{CJK_CLOSE}])(?!\\d+(?:\\.\\d+)?%$)"
    "(?P<tail>[ -~]*?(?:\\s[ -~]*\\s|[\\[\\]{};@#$%^&*`~|\\\\])[ -~]*)$"
)
# A paragraph wholly in brackets (（中共中央党校 党建教研部，北京 100091）: an author's
# affiliation; （记者 某某）): a note on the article, never its lead.
# A page whose text opens with its headline in square brackets before the first sentence
# (【中青班是什么人参加】“中青班”是……): a Q&A or digest site's way to print the title;
# a column's tag is shorter (【编者按】) and stands alone or over a headline line.
# A phrase in corner brackets glued to the end of a headline (标题「某某省先进基层党组织」):
# an SEO farm's keyword when the page's text never quotes with corner brackets (a Hong
# Kong or Taiwan page does, and its headline may end on a quoted word: 宣传「感人事」).
TITLE_CORNER_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])「(?P<words>[^「」]{2,20})」$")
BRACKETED_LEAD_TITLE_RE = re.compile(r"^【(?P<title>[^【】]{6,40})】(?=\S)")
BRACKETED_LINE_RE = re.compile(r"[（(][^（）()]*[）)]")
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
# A one-line excerpt that kept its headline in front of the outlet's lead-in (标题 某某
# 商报讯 （通讯员 某某）正文……, 本报讯【某某日报记者某某】): what stands before the space
# and the 讯 with its bracketed credit is the headline, printed above the story on the page.
HEADLINE_BEFORE_LEAD_IN_RE = re.compile(
    f"^(?P<title>[^\\s。！？，,：:][^。！？，,]{{4,38}}?)\\s+"
    f"(?=(?:本报|本网|[{HAN}]{{1,10}}?(?:报|网|台|社))[{HAN}]{{0,8}}?(?:讯|消息)\\s*[(（【\\[])"
)
# ... or in front of the page's labelled dateline, the lead glued after it (标题时间：
# 2021-12-20 正文……): what stands before the label is the headline.
HEADLINE_BEFORE_DATELINE_RE = re.compile(
    r"^(?P<title>[^\s。！？，,：:][^。！？，,]{4,58}?)\s*"
    r"(?=(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年])"
)
# ... or a speech's title glued to its first words with no break at all (在某某会议上的讲话
# 今天是……): a speech names itself by where it was given, 在…上的讲话, and what runs on
# after that is the speech.
HEADLINE_BEFORE_SPEECH_RE = re.compile(
    r"^(?P<title>(?:[^\s。！？，,：:][^。！？，,：:]{0,20}?)?在[^。！？，,：:]{2,40}?上的"
    r"(?:总结讲话|主持讲话|讲话|致辞|发言|主持词)(?:材料|提纲|稿)?)"
    f"(?=[{HAN}]|$)"
)
# A space between two words of Chinese text inside a clause: prose runs on without one, so
# in a lead flattened onto one line it marks where a headline ends and the lead begins
# (某某社区开展民意测评 为更好地开展换届选举，……).
GLUED_LEAD_BREAK_RE = re.compile(f"(?<=[{HAN}”）)])\\s+(?=[{HAN}“])")
# The photographer's credit closing a caption (会议召开 某某 摄, 记者 某某 摄影): what stands
# before it is the picture's words.
CAPTION_CREDIT_TAIL_RE = re.compile(
    f"\\s+(?:(?:记者|通讯员|摄影记者)\\s*)?[{HAN}·]{{2,4}}\\s*(?:摄|摄影|供图)\\s*$"
)
# ... and what is left of a caption when the outlet's credit was glued to it with no space
# (……在码头巡视某某融媒记者 某某 摄): a picture credited to a reporter, not a headline.
CAPTION_GLUED_ROLE_RE = re.compile(r"(?:记者|通讯员|摄影师)$")
