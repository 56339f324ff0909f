"""What a headline line is made of: a candidate line cleaned of what pages glue to it
(markers, site names, datelines, junk tails), and the tests that tell a line shaped like
a headline from a line of body text or page furniture."""

from __future__ import annotations

from collections.abc import Sequence

from reporter.clean.metadata_resources import (
    BROKEN_ENTITY_CHARS,
    BROKEN_ENTITY_RE,
    CAPTION_CREDIT_TAIL_RE,
    CAPTION_GLUED_ROLE_RE,
    CLAUSE_MARK_RE,
    GLUED_LEAD_BREAK_RE,
    KICKER_COUPLET_RE,
    KICKER_DASH_END_RE,
    KICKER_SPEECH_RE,
    LIST_LABEL_RE,
    SALUTATION_RE,
    SENTENCE_END_MARK_RE,
    SENTENCE_SPLIT_RE,
    SUBTITLE_DASH_RE,
    TITLE_AUTHOR_TAIL_RE,
    TITLE_BOOK_BEFORE_CHAPTER_RE,
    TITLE_BRACKET_PAIRS,
    TITLE_BRACKET_TAG_RE,
    TITLE_COINAGE_RE,
    TITLE_DASH_SITE_TAIL_RE,
    TITLE_DATELINE_TAIL_RE,
    TITLE_DECK_RE,
    TITLE_EDGE_PUNCT_RE,
    TITLE_FEED_PREFIX_RE,
    TITLE_FILE_EXTENSION_RE,
    TITLE_GARBLED_RE,
    TITLE_GRAM_RE,
    TITLE_JOINED_START_RE,
    TITLE_JUNK_TAIL_RE,
    TITLE_LETTER_SPACED_RE,
    TITLE_LIST_DATE_PREFIX_RE,
    TITLE_MARKER_RE,
    TITLE_NOT_WORD_RE,
    TITLE_NOTICE_CLOSE_RE,
    TITLE_NOTICE_OPEN_RE,
    TITLE_OFFICE_PREFIX_RE,
    TITLE_OPEN_END_RE,
    TITLE_OUTLET_PREFIX_RE,
    TITLE_QUOTED_SPAN_RE,
    TITLE_RECORD_TAIL_RE,
    TITLE_SERIES_PREFIX_RE,
    TITLE_SOURCE_TAIL_RE,
    TITLE_SPACED_SUFFIX_RE,
    TITLE_SPAM_TAIL_RE,
    TITLE_TRAIL_PREFIX_RE,
)
from reporter.clean.resources import (
    BODY_END_RE,
    HAN_RE,
    PROSE_MARK_RE,
    boilerplate,
    outlets,
)
from reporter.clean.script import to_simplified_line
from reporter.clean.steps import title_without_site
from reporter.models import Removal
from reporter.text.gazetteer import find_places

# Marks that join a clause to the rest of its sentence: a line repeated between them is
# a clause of the body, not the page naming its headline.
CLAUSE_JOINS = "，,、；;"
# A summary glued after its headline (标题，导语……) follows it with one of these marks.
LEAD_GLUE_MARKS = "，。；：！？,.;:!?"

# A title line is short; a longer first line is the lead paragraph.
TITLE_MAX_CHARS = 60

# A head line ending a sentence is text once it is this long (a short one may be a
# headline with ！ or ？, or a one-line teaser the scoring weighs).
BODY_MIN_CHARS = 20

# Shorter lines are labels (正文, 文章, 要闻), not headlines, unless nothing else is there.
TITLE_SHORT_CHARS = 6
# A label before a headline (热点关注：, 全球报道：) is a few words; a longer text before
# a colon is a main title of its own.
TITLE_LABEL_MAX_CHARS = 8
# A main title told from its kicker or subtitle has at least this many characters: a
# shorter line next to the headline is an intertitle (评出领先项目7个), not the headline.
STACKED_MAIN_MIN_CHARS = 10

# A headline is Chinese text: at least this share of its visible characters are Han
# (EN, ad9_210*60 and other ASCII furniture fall below).
TITLE_MIN_HAN_SHARE = 0.5

# A headline has at most a few clause marks; a line with more is a list (SEO words,
# a porn-spam line of comma-joined phrases).  The enumeration comma 、 counts apart: a
# headline lists a few acts with it (不发通知、不打招呼、不听汇报、不用陪同接待，…).
TITLE_MAX_CLAUSE_MARKS = 3
TITLE_MAX_ENUMERATION_MARKS = 6
# A headline sets off at most a few parts with spaces (主题 副题 引语: 优化政务服务 提升行政
# 效能 建设人民满意的服务型政府); a line of this many spaced words is a portal's channel
# bar (掌上广西 掌上红豆 天气 数字报刊 …), whatever its words.
TITLE_MENU_MIN_WORDS = 6
# A quoted coinage (“雏鹰”) names the story when it has at least this many characters.
QUOTED_COINAGE_MIN_CHARS = 2
# A place name glued to a headline's end is at least this long (乌兰察布, 麟游).
PLACE_TAIL_MIN_CHARS = 2


# A caption that opens the page stands for its headline (caption_title) when it states an
# event as a headline does, at least this long (会议现场 某某 摄 names a scene, not news),
# and shares at least this many character pairs with the lead that reports the event.
CAPTION_TITLE_MIN_CHARS = 10
CAPTION_TITLE_MIN_SHARED_PAIRS = 4
_CAPTION_KIND = "caption"


def han_grams(text: str) -> set[str]:
    return {run[i : i + 2] for run in TITLE_GRAM_RE.findall(text) for i in range(len(run) - 1)}


def _visible_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def without_column_tag(title: str) -> str:
    """``title`` without a column's or series' tag in round brackets before or after it
    (（我国这十年）标题, 标题（某某新观察·某某）: :data:`TITLE_BRACKET_TAG_RE`), when a
    headline's length is left.  Taken off the chosen headline only: the candidates keep
    it while they are compared with the page's marked titles (原标题：标题（某某·某某）)."""
    tagged = TITLE_BRACKET_TAG_RE.sub("", title)
    return tagged if len(tagged) >= TITLE_SHORT_CHARS else title


def clean_title(line: str) -> str:
    """A candidate headline without what the page glued to it: a marker (题：), the
    site's name (标题_某某网, 标题—某某组织部) and an anti-scraping tail (…8 [; o H! @9)."""
    line = TITLE_MARKER_RE.sub("", line.strip())
    spam = TITLE_SPAM_TAIL_RE.search(line)
    if spam and spam.start() >= TITLE_SHORT_CHARS:
        line = line[: spam.start()]  # 标题|久久……: an SEO farm's keywords
    line = BROKEN_ENTITY_RE.sub(lambda m: BROKEN_ENTITY_CHARS[m["name"]], line)
    line = TITLE_EDGE_PUNCT_RE.sub("", line)
    if TITLE_LETTER_SPACED_RE.match(line):
        line = "".join(line.split())  # 政 府 工 作 报 告: one word set wide
    office = TITLE_OFFICE_PREFIX_RE.match(line)
    if office and len(line) - office.end() >= TITLE_SHORT_CHARS:
        line = line[office.end() :]  # (某某县委党校)：标题
    # 首页 会议活动 标题: the trail's items may be short, so the longest prefix that
    # leaves a headline is cut (a shorter match would leave a channel name in front)
    trail = TITLE_TRAIL_PREFIX_RE.match(line)
    if trail and len(line) - trail.end() >= TITLE_SHORT_CHARS:
        line = line[trail.end() :]
    listed = TITLE_LIST_DATE_PREFIX_RE.match(line)
    if listed and len(line) - listed.end() >= TITLE_SHORT_CHARS:
        line = line[listed.end() :]  # 02.27 标题: a story list's date
    # a farm's label may stand before another's (环球快看点丨全球快讯：标题): each goes;
    # a column's label after them (某某时评|标题) is the paper's and stays
    while feed := TITLE_FEED_PREFIX_RE.match(line) or TITLE_OUTLET_PREFIX_RE.match(line):
        if len(line) - feed.end() < TITLE_SHORT_CHARS:
            break
        line = line[feed.end() :]  # 全球快讯：标题, 温州日报：标题
    line = TITLE_BOOK_BEFORE_CHAPTER_RE.sub("", line)  # 书名！第535章 政效: the chapter
    series = TITLE_SERIES_PREFIX_RE.match(line)
    if series and len(line) - series.end() >= TITLE_SHORT_CHARS:
        line = line[series.end() :]  # 某某系列报道之九——标题: the series' running head
    dateline = TITLE_DATELINE_TAIL_RE.search(line)
    if dateline and dateline.start() >= TITLE_SHORT_CHARS:
        line = line[: dateline.start()]
    junk = TITLE_JUNK_TAIL_RE.search(line)
    if junk:
        line = line[: junk.start()]
    site = TITLE_DASH_SITE_TAIL_RE.search(line)
    if site and site.start() >= TITLE_SHORT_CHARS:
        line = line[: site.start()]  # 标题——中新网: the host, not a subtitle
    record = TITLE_RECORD_TAIL_RE.search(line)
    if record and record.start() >= TITLE_SHORT_CHARS:
        line = line[: record.start()]  # 标题 头条-某某站 某某 3584399: the portal's record
    source = TITLE_SOURCE_TAIL_RE.search(line)
    if source and source.start() >= TITLE_SHORT_CHARS:
        line = line[: source.start()]  # 标题——《某某报》头版专访…: where it first ran
    line = TITLE_FILE_EXTENSION_RE.sub("", title_without_site(line))
    # (after the separators: 标题 - 某某网 is the site rule's)
    spaced = TITLE_SPACED_SUFFIX_RE.search(line)
    if spaced and spaced.start() >= TITLE_SHORT_CHARS:
        line = line[: spaced.start()]  # 标题 全球热点, 标题 某某图鉴社: a label or a site
    for outlet in outlets():
        for name in outlet.names:
            # a known outlet glued to the end without a separator: 标题人民网
            if line.endswith(name) and len(line) - len(name) >= TITLE_SHORT_CHARS:
                line = line[: -len(name)]
    return _without_own_place_tail(line.strip())


# A headline glued before the lead by a space is at least this long; a shorter run before
# the space is a place or a name the page set apart (某某县 某某镇).
GLUED_HEADLINE_MIN_CHARS = 10


def before_glued_lead(title: str) -> str:
    """A title derived from a lead without the lead glued after its headline by a space
    (某某社区开展民意测评 为更好地开展换届选举 -> 某某社区开展民意测评)."""
    m = GLUED_LEAD_BREAK_RE.search(title)
    return title[: m.start()] if m and m.start() >= GLUED_HEADLINE_MIN_CHARS else title


def _without_own_place_tail(line: str) -> str:
    """``line`` without the name of the place it opens with glued again to its end: a
    local site's name (乌兰察布市创新干部培训……乌兰察布), for a headline never ends on
    the bare name of the place it starts with."""
    places = find_places(line)
    if not places or places[0].start != 0:
        return line
    for n in range(places[0].end, PLACE_TAIL_MIN_CHARS - 1, -1):
        if line.endswith(line[:n]) and len(line) - n >= max(TITLE_SHORT_CHARS, n):
            return line[:-n].rstrip()
    return line


def without_author(title: str) -> str:
    """A book's or web novel's title without its author's credit (书名 某某 著): applied
    to the headline once chosen, for the credit is what sets the line apart from the
    book's name printed short above it."""
    author = TITLE_AUTHOR_TAIL_RE.search(title)
    return title[: author.start()] if author and author.start() >= 2 else title


def is_body(line: str) -> bool:
    # a headline may close with ？ or ！ (干什么？怎么干？), never with 。 or ；
    line = TITLE_EDGE_PUNCT_RE.sub("", line)
    if not PROSE_MARK_RE.search(LIST_LABEL_RE.sub("", line)):
        # a long line without a Chinese mark is a list (SEO words, page list), also
        # after its label (各地：安徽 北京 重庆 …)
        return False
    return len(line) > TITLE_MAX_CHARS or (
        len(line) >= BODY_MIN_CHARS and (BODY_END_RE.search(line[-1:]) is not None or "。" in line)
    )


def may_be_title(line: str) -> bool:
    han = len(HAN_RE.findall(line))
    if not han or han < TITLE_MIN_HAN_SHARE * _visible_chars(line):
        return False
    if len(line) > TITLE_MAX_CHARS or line[-1] in "。；;，,、":
        return False
    if TITLE_GARBLED_RE.search(line):
        return False  # mojibake left in the line: a garbled subtitle, never the headline
    marks = CLAUSE_MARK_RE.findall(line)
    enumeration = marks.count("、")
    if (
        len(marks) - enumeration > TITLE_MAX_CLAUSE_MARKS
        or enumeration > TITLE_MAX_ENUMERATION_MARKS
    ):
        return False
    if _unopened_bracket(line) or _only_places(line):
        return False
    if TITLE_DECK_RE.search(line):
        return False  # 某某，某某；某某，某某: a deck of two sentences, not the headline
    if sum(1 for word in line.split() if len(word) >= 2) >= TITLE_MENU_MIN_WORDS:
        return False
    return not any(p.search(line) for p in boilerplate().not_title)


def _only_places(line: str) -> bool:
    """Whether the line is nothing but the names of places (新疆维吾尔自治区, 广东省 广州市):
    a page's region tab or the issuer's place over a document, never a headline."""
    text = "".join(line.split())
    places = find_places(text)
    return bool(places) and sum(p.end - p.start for p in places) >= len(text)


def _unopened_bracket(line: str) -> bool:
    """Whether ``line`` closes a bracket it never opened: the tail of a credit or a
    caption cut out of its line (据某某区政府官方网站）), never a headline."""
    for pair in TITLE_BRACKET_PAIRS:
        depth = 0
        for ch in line:
            depth += (ch == pair[0]) - (ch == pair[1])
            if depth < 0:
                return True
    return False


def quoted_whole(text: str, para: str) -> bool:
    """Whether ``para`` repeats ``text`` as a unit of its own (题：标题, 《标题》, a caption
    opening with it): no Chinese character glued to either side, nor a clause mark.  A
    subtitle that is a clause of a body sentence (……和各区把疫情防控作为锻炼、考察干部
    的平台。, ……根据投票结果，评出优秀项目7个，……) is the body quoted by the page, not
    the page naming its headline."""
    at = para.find(text)
    while at >= 0:
        before = para[at - 1] if at else ""
        end = at + len(text)
        after = para[end] if end < len(para) else ""
        glued = [c for c in (before, after) if c and (HAN_RE.match(c) or c in CLAUSE_JOINS)]
        if not glued:
            return True
        at = para.find(text, at + 1)
    return False


def quotes_body(text: str, body: str) -> bool:
    """Whether ``text`` quotes a coinage the body names too (“雏鹰”展翅 逐梦远航 over a
    body on the “雏鹰计划”): a headline of figures of speech shares few pairs with its
    body, but the quoted name is the story's own word, which no banner or slogan shares."""
    return any(
        len(HAN_RE.findall(q)) >= QUOTED_COINAGE_MIN_CHARS and q.strip("“”") in body
        for q in TITLE_COINAGE_RE.findall(text)
    )


def place_label(before: str) -> bool:
    """Whether ``before`` is a place and a colon (贵州：标题 over 标题): the headline
    names its actor there, as 重庆：干部“年检”过“三关” does; a column's label (第一篇：)
    is no place."""
    if not before.endswith((":", "：")):
        return False
    places = find_places(before[:-1].strip())
    return bool(places) and places[0].start == 0 and places[-1].end == len(before[:-1].strip())


def main_clause_label(before: str) -> bool:
    """Whether ``before`` is a main title and its colon (某报聚焦某市干部走访入户：标题):
    longer than a label, it is the page's headline, of which the line printed alone is
    the second half (a label such as 第一篇： is a few words).  A main title is one run of
    words: a prefix with a space in it is a spam site's keywords (某某 关系：标题)."""
    clause = before[:-1]
    return (
        before.endswith((":", "："))
        and len(clause) > TITLE_LABEL_MAX_CHARS
        and not any(c.isspace() or c in ":：" for c in clause)
    )


def teaser_above(first: str, second: str) -> bool:
    """Whether ``first`` is a teaser over the headline ``second``: one sentence no
    longer than a title, over a title-shaped line of words with no sentence mark
    inside (a novel's dialogue line has one), on the same subject (a character pair in
    common: a short lead over a section heading shares none)."""
    first, text = first.strip(), clean_title(second)
    return (
        len(first) <= TITLE_MAX_CHARS
        and bool(han_grams(text) & han_grams(first))
        and len(SENTENCE_SPLIT_RE.split(first.rstrip("。！？!?"))) == 1
        and may_be_title(text)
        and len(words_of(text)) >= TITLE_SHORT_CHARS
        and not SENTENCE_END_MARK_RE.search(text)
    )


def summary_above(first: str, second: str) -> bool:
    """Whether ``first`` is the page's summary opening with its headline, printed on
    the line below (标题，导语……… over 标题): a meta description glues the two."""
    text = clean_title(second)
    rest = first.strip()[len(text) :]
    return (
        len(text) >= TITLE_SHORT_CHARS
        and may_be_title(text)
        and first.strip().startswith(text)
        and rest[:1] in LEAD_GLUE_MARKS
    )


def part_of(text: str, longer: str) -> bool:
    """Whether ``longer`` is a headline of which ``text`` is one clause, set off by a
    space (第二届湖北改革奖揭晓 省委省政府予以通报表彰 holds 第二届湖北改革奖揭晓)."""
    return (
        longer != text
        and may_be_title(longer)
        and (longer.startswith(text + " ") or longer.endswith(" " + text) or f" {text} " in longer)
    )


def words_of(text: str) -> str:
    return TITLE_NOT_WORD_RE.sub("", text)


def _couplet(line: str) -> bool:
    """Whether ``line`` is two parallel phrases of as many characters (对仗)."""
    match = KICKER_COUPLET_RE.match(line)
    if match is None:
        return False
    return len(HAN_RE.findall(match["a"])) == len(HAN_RE.findall(match["b"]))


def stacked_main(upper: str, lower: str) -> int | None:
    """Which of two headline lines printed one above the other is the main title (0 the
    upper, 1 the lower), or None when nothing tells.  A kicker (引题) above or a subtitle
    (副题) below is the line that reads as prose, its clauses apart by commas
    (表扬先进鼓士气，激励斗志树榜样; 镇、县、市、省直四级……), where the main title is
    one statement; or a kicker in its rhetorical form, a couplet of parallel phrases;
    or a kicker that names who spoke where (某某在座谈会上提出), over what was said."""
    if any(SUBTITLE_DASH_RE.match(t) for t in (upper, lower)):
        return None  # a dashed subtitle completes the line above: the two are one title
    marked = [
        CLAUSE_MARK_RE.search(TITLE_QUOTED_SPAN_RE.sub("", t)) is not None for t in (upper, lower)
    ]
    main: int | None = None
    if KICKER_DASH_END_RE.search(upper):
        main = 1  # the kicker points to the main title with its dash
    elif marked[0] != marked[1]:
        main = 1 if marked[0] else 0
    elif _couplet(upper) and not _couplet(lower):
        main = 1
    else:
        said = [KICKER_SPEECH_RE.fullmatch(t) is not None for t in (upper, lower)]
        if said[0] != said[1]:
            main = 1 if said[0] else 0
    # a short line under or over a headline is the body's first intertitle (小标题)
    if main is None or len((upper, lower)[main]) < STACKED_MAIN_MIN_CHARS:
        return None
    return main


def caption_title(removals: Sequence[Removal], page: str, lead: str) -> str | None:
    """The headline a portal printed only as the caption of the photo that opens the
    page (某某会议召开 某某 摄, over a lead that reports the meeting), when no head line
    is a headline: the caption's words without the photographer's credit.  A caption
    naming a scene (会议现场) or a quoted name closed by a full stop (“某某大讲堂”。) is
    no headline, and a caption below the page's first line is a picture in the story."""
    opening = page.lstrip()
    for r in removals:
        if r.kind != _CAPTION_KIND or not opening.startswith(r.text.strip()):
            continue
        view = to_simplified_line(r.text.strip())
        credit = CAPTION_CREDIT_TAIL_RE.search(view)
        if credit is None:
            return None
        title = clean_title(view[: credit.start()])
        if (
            not CAPTION_GLUED_ROLE_RE.search(title)
            and len(title) >= CAPTION_TITLE_MIN_CHARS
            and may_be_title(title)
            and not SENTENCE_END_MARK_RE.search(title)
            and len(han_grams(title) & han_grams(lead)) >= CAPTION_TITLE_MIN_SHARED_PAIRS
        ):
            return title
        return None
    return None


def before_salutation(sentence: str) -> str:
    """A speech's title glued to its salutation (……讲话稿同志们：今天……) ends there; a
    document host prints that title twice over (……讲话……讲话 同志们：): once is the title."""
    m = SALUTATION_RE.search(sentence)
    if not m or m.start() < TITLE_SHORT_CHARS:
        return sentence
    title = sentence[: m.start()].strip()
    half = len(title) // 2
    if len(title) % 2 == 0 and title[:half] == title[half:]:
        return title[:half]
    return title


# A headline wrapped onto a second head line leaves a stub there (……官僚主义 / 典型案例)
# shorter than a label, with pairs all in the body; only a headline this long wraps.
WRAPPED_TITLE_MIN_CHARS = 20
WRAP_STUB_MIN_PAIRS = 2
# Marks a headline opens and must close: one left open at the end of a head line was
# cut there by a wrap.
TITLE_WRAP_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"))


# The quotation marks a wrapped stub may hold around a word of the headline, opening and
# closing ones in step.
WRAP_STUB_OPEN, WRAP_STUB_CLOSE = "“‘", "”’"


def wrapped_stub(
    paragraphs: Sequence[str], index: int, head: int, text: str, body_grams: set[str]
) -> str | None:
    """The end of a headline the page wrapped onto the next head line (……官僚主义 /
    典型案例): a stub of Han characters shorter than a label, each of its pairs one the
    body uses, under a headline long enough to have been wrapped; or, in a narrow
    column (an e-paper's: 我省欢送新一批赴四川省 / 东西部协作挂职干部), a line no longer
    than the headline that continues a word the break cut (the pair across it, 省东, is
    one the body uses) under a headline without marks; or the next line whole, when the
    headline ends on a conjunction or leaves a mark open (《 “ （), or the next line
    opens on one (暨……); else None."""
    if index + 1 >= head:
        return None
    stub = paragraphs[index + 1].strip()
    unclosed = any(text.count(a) > text.count(b) for a, b in TITLE_WRAP_PAIRS)
    if TITLE_OPEN_END_RE.search(text) or unclosed or TITLE_JOINED_START_RE.match(stub):
        # cut after a conjunction (……发展和 / “某某”考评结果) or inside a title or a
        # quotation it opened (关于印发《……分解 和责 / 任分工方案》的通知): the next
        # line, whatever marks it holds, is the rest of the phrase
        rest = clean_title(stub)
        whole = text + rest
        fits = rest and may_be_title(whole) and len(whole) <= TITLE_MAX_CHARS
        return rest if fits else None
    if TITLE_NOTICE_OPEN_RE.search(text) and not TITLE_NOTICE_CLOSE_RE.search(text):
        # a document's headline not yet closed on its kind (关于……专项 / 行动考核结果的
        # 通报): the next line is its rest when it closes it
        rest = clean_title(stub)
        whole = text + rest
        closes = bool(TITLE_NOTICE_CLOSE_RE.search(whole)) and not PROSE_MARK_RE.search(rest)
        if closes and rest and may_be_title(whole) and len(whole) <= TITLE_MAX_CHARS:
            return rest
        return None
    # a quoted word the stub closes (50多名中青班 / 学员“换岗体验”) is still the headline's
    bare = "".join(c for c in stub if c not in WRAP_STUB_OPEN + WRAP_STUB_CLOSE)
    quoted = all(
        stub.count(a) == stub.count(b) for a, b in zip(WRAP_STUB_OPEN, WRAP_STUB_CLOSE, strict=True)
    )
    if not bare or len(HAN_RE.findall(bare)) != len(bare) or not quoted:
        return None
    cut_word = (
        HAN_RE.match(text[-1:]) is not None
        and text[-1] + stub[0] in body_grams
        and len(bare) <= len(text)
        and not PROSE_MARK_RE.search(text)
    )
    if not cut_word and (len(text) < WRAPPED_TITLE_MIN_CHARS or len(stub) >= TITLE_SHORT_CHARS):
        return None
    if len(text) + len(stub) > TITLE_MAX_CHARS or BODY_END_RE.search(text[-1:]):
        return None
    grams = han_grams(stub)
    if len(grams) < WRAP_STUB_MIN_PAIRS or not grams <= body_grams:
        return None
    if any(p.search(stub) for p in boilerplate().not_title):
        return None
    return stub


# A headline printed again over the body, or standing alone over it, is at least this
# long (a label or a column name is shorter; as for a line the head prints twice).
HEADLINE_AGAIN_MIN_CHARS = 10


def listed_above_body(paragraphs: Sequence[str], head: int) -> int | None:
    """The headline of an e-paper's story when the head lines are the page's list of
    its stories (标题导航: more lines than the head window holds, ``head`` ends inside
    it) and the story's own headline stands again right above its body, past the
    window: that line's index.  Whichever headline of the list scores best is another
    story's as often as this one's; the copy printed over the body names the story."""
    if head >= len(paragraphs) or is_body(paragraphs[head].strip()):
        return None  # the head ended at the body: no list ran past the window
    below = next(
        (k for k in range(head + 1, len(paragraphs)) if is_body(paragraphs[k].strip())), None
    )
    if below is None:
        return None
    line = clean_title(paragraphs[below - 1].strip())
    if len(line) < HEADLINE_AGAIN_MIN_CHARS or not may_be_title(line):
        return None
    listed = {words_of(clean_title(p.strip())) for p in paragraphs[:head]}
    return below - 1 if words_of(line) in listed else None


# A headline of figures of speech over an excerpt (配强班子 绘好蓝图 凝聚……力量 over
# paragraphs cut short) may share a single character pair with what is left of its body.
# It is taken only when no head line scored at all (the others are furniture), it
# stands right above the body under at least one line of furniture, and it is as long
# as a headline printed twice must be.  A lone line over the body that shares so
# little with it is a credit (某某报·某某网 记者), an image's links or another story's
# headline (batches 25, 33, 38: labelled without a title).
OVER_BODY_MIN_SHARED_PAIRS = 1
OVER_BODY_MIN_HEAD_LINES = 2


def over_the_body(paragraphs: Sequence[str], head: int) -> int | None:
    """The index of the head line right above the body (``head`` lines long) when no
    head line scored: a headline whose words the excerpted body barely repeats, under
    furniture no rule knew (往期阅读, 放大 缩小 默认)."""
    if head < OVER_BODY_MIN_HEAD_LINES or head >= len(paragraphs):
        return None
    at = head - 1
    if not may_be_title(clean_title(paragraphs[at].strip())) and at >= 1:
        at -= 1  # a credit line no rule removed (作者：某某 编辑：某某) under the headline
    if at < OVER_BODY_MIN_HEAD_LINES - 1:
        return None  # the line has no furniture above it: a credit under a lone line
    line = paragraphs[at].strip()
    text = clean_title(line)
    shared = han_grams(text) & han_grams("\n".join(paragraphs[head:]))
    if (
        len(text) < HEADLINE_AGAIN_MIN_CHARS
        or not may_be_title(text)
        or line.endswith(tuple(CLAUSE_JOINS))
        or "。" in text  # a sentence (a novel's dialogue: 某某道：“……。”), no headline
        or len(shared) < OVER_BODY_MIN_SHARED_PAIRS
    ):
        return None
    return at
