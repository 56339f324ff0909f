"""The small ``str -> str`` cleaning steps (see :mod:`reporter.clean` for the order).

Each step is a plain function of the article text (paragraphs separated by
``\\n``) in the script it was published in.  Line rules match a simplified view of
each line, so the data files are written once, in simplified characters.  Steps
report through :mod:`reporter.clean.record`; outside the pipeline they simply run.
"""

from __future__ import annotations

import functools
import html
import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from reporter.clean.datelines import is_dateline
from reporter.clean.metadata_resources import (
    RELATED_ITEM_DATE_RE,
    RELATED_TEASER_END_RE,
    TITLE_COLON_RE,
    TITLE_COLUMN_PREFIX_RE,
    TITLE_DASH_SUFFIX_RE,
    TITLE_HOME_TRAIL_RE,
    TITLE_NAME_TAIL_RE,
    TITLE_PLACE_COLUMN_RE,
    TITLE_SEPARATOR_RE,
    TITLE_SUBJECT_COLON_RE,
    TITLE_TOOL_TAIL_RE,
)
from reporter.clean.mojibake import repair_mojibake
from reporter.clean.pinyin import strip_pinyin_annotations
from reporter.clean.plausibility import unpaired_before
from reporter.clean.record import note_change, note_removal
from reporter.clean.resources import (
    ASCII_LETTER_RE,
    BIGRAM_CLEAN_RE,
    HTML_BROKEN_TAG_RE,
    HTML_COMMENT_RE,
    HTML_CUT_ATTRIBUTE_RE,
    HTML_ENTITY_RE,
    HTML_TAG_RE,
    INLINE_SPACE_RE,
    LIST_SEPARATOR_RE,
    NAV_TOKEN_SPLIT_RE,
    PLACE_SUFFIX_RE,
    SENTENCE_END_RE,
    XML_INSTRUCTION_RE,
    LineRule,
    boilerplate,
)
from reporter.clean.script import to_simplified, to_simplified_line
from reporter.compare.prefilter import DIGIT_KEY, requirements
from reporter.text.gazetteer import lookup

__all__ = [
    "remove_boilerplate_lines",
    "remove_boilerplate_spans",
    "remove_seo_phrases",
    "remove_spam_lines",
    "repair_mojibake",
    "strip_html_remnants",
    "strip_pinyin_annotations",
    "strip_title_site_suffix",
    "title_without_site",
]

# A pipe-separated list needs this many items before it counts as a link or SEO
# list; two or three "|" occur in real bylines (解傳姣 | 梁太宏).
LIST_MIN_ITEMS = 5
# Items of link and SEO lists are names, not phrases.
LIST_ITEM_MAX_CHARS = 12
# Share of list items that must be place names for the list to be SEO spam.
SEO_PLACE_SHARE = 0.6
# Portal menus are short; a long line with menu words is text about them.
NAV_MAX_CHARS = 80
# Items a menu line needs before items joined from menu words count (网站首页 机构概况
# 新闻中心 政务公开 互动交流): one or two such items may be a heading (政务公开 专题).
NAV_MIN_JOINED_ITEMS = 3
# Captions of a photo gallery are short lines without sentence punctuation.
CAPTION_MAX_CHARS = 40
# Marked captions that make a run of short lines a photo gallery (one marker may
# sit next to an ordinary section heading).
GALLERY_MIN_MARKED = 2
# A spam line shares (almost) no character pairs with the rest of the article: one
# shared pair can be chance (有限, 公司), two or more are the article's own words
# (南山区 in a line about loans the district arranged).
SPAM_MAX_SHARED_BIGRAMS = 1
# A franchise spammer's brand before its product word is a short made-up name (科太, 某某
# of two to four characters): no more than this many unpaired characters go with it.
SEO_BRAND_MAX_CHARS = 4
# Titles are rarely longer than this; the segment cut from a title must be a name.
SITE_SEGMENT_MAX_CHARS = 30
# How a site's name ends when it stands before the headline and a bar (中央纪委国家监委
# 网站|标题, 某某日报|标题): column labels are cut by TITLE_COLUMN_PREFIX_RE, but a site's
# full name is longer than a label.
SITE_NAME_ENDS = ("网站", "网", "官网", "日报", "晚报", "频道", "客户端", "在线")
# An SEO keyword put before the headline is a search phrase of a few words (疫情干部识别组);
# a segment longer than this is a headline or a site's full name.
SEO_KEYWORD_MAX_CHARS = 12
# The part of a title kept before a site suffix must itself look like a title.
TITLE_MIN_CHARS = 6
# The regex parser (``re._parser`` since Python 3.11), read to tell anchored patterns.
_PARSER: Any = importlib.import_module("re._parser")
# Distinct lines remembered with their spans cut: the passes over the steps meet most
# lines of an article two or three times unchanged; an article has well under this many.
LINE_CACHE = 1024


# --------------------------------------------------------------------------- html


def _drop_match(kind: str, reason: str) -> Callable[[re.Match[str]], str]:
    def repl(m: re.Match[str]) -> str:
        note_removal(kind, m.group(), reason)
        return ""

    return repl


def _unescape(m: re.Match[str]) -> str:
    out = html.unescape(m.group())
    if out != m.group():
        note_change(m.group(), out)
    return out


def _attribute_copy(m: re.Match[str]) -> str:
    """One copy of a line that holds an attribute's value and the element's text when
    one repeats the other (标题">标题, 湖北某某标题">某某标题): the fuller one, which
    holds the other; a line whose two parts differ stays as it is (no guess which half
    the article is)."""
    value, element = m["value"].strip(), m["text"].strip()
    short, full = sorted((value, element), key=len)
    if not short or INLINE_SPACE_RE.sub("", short) not in INLINE_SPACE_RE.sub("", full):
        return m.group()
    note_removal("html", m.group(), "a tag cut in its attribute: the element's text repeats it")
    return full


def strip_html_remnants(text: str) -> str:
    """Remove HTML tags and comments left in the text; decode HTML entities."""
    # Each pattern needs a character most articles lack: test for it first.
    if "<!--" in text:
        text = HTML_COMMENT_RE.sub(_drop_match("html", "HTML comment"), text)
    if "?xml" in text:
        drop = _drop_match("html", "XML declaration from a page pasted from Word")
        text = XML_INSTRUCTION_RE.sub(drop, text)
    if "<" in text:
        text = HTML_TAG_RE.sub(_drop_match("html", "HTML tag left in the text"), text)
    if ">" in text:
        text = HTML_CUT_ATTRIBUTE_RE.sub(_attribute_copy, text)
    if "/" in text:
        text = HTML_BROKEN_TAG_RE.sub(_drop_match("html", "HTML tag damaged by mojibake"), text)
    return HTML_ENTITY_RE.sub(_unescape, text) if "&" in text else text


# --------------------------------------------------------------------------- lines


def _matches(rule: LineRule, view: str) -> bool:
    if rule.max_chars is not None and len(view) > rule.max_chars:
        return False
    return any(p.search(view) for p in rule.patterns)


def _list_kind(view: str) -> str | None:
    """ "seo" or "navigation" for a list of names (a line of links), else None.

    Pipe-separated lists are link lists, SEO lists when most items are places;
    space-separated ones count only as SEO lists (a heading has spaces too).
    """
    if SENTENCE_END_RE.search(view):
        return None
    piped = LIST_SEPARATOR_RE.search(view) is not None
    splitter = LIST_SEPARATOR_RE if piped else NAV_TOKEN_SPLIT_RE
    items = [i for i in splitter.split(view) if i]
    if len(items) < LIST_MIN_ITEMS or any(len(i) > LIST_ITEM_MAX_CHARS for i in items):
        return None
    places = sum(1 for i in items if lookup(i) or PLACE_SUFFIX_RE.search(i))
    if places / len(items) >= SEO_PLACE_SHARE:
        return "seo"
    return "navigation" if piped else None


def _menu_item(token: str, words: frozenset[str]) -> bool:
    """A menu word, or one made of menu words (网站首页, 政务公开, 新闻中心): portals name
    their menu items by joining them, and no phrase of prose is only such words."""
    ends = {0}  # prefixes of the token made of menu words
    for i in range(1, len(token) + 1):
        if any(token[j:i] in words for j in ends):
            ends.add(i)
    return len(token) in ends


def _is_nav_line(view: str) -> bool:
    if len(view) > NAV_MAX_CHARS:
        return False
    tokens = [t for t in NAV_TOKEN_SPLIT_RE.split(view) if t]
    words = boilerplate().nav_words
    if len(tokens) < NAV_MIN_JOINED_ITEMS:
        return bool(tokens) and all(t in words for t in tokens)
    return all(_menu_item(t, words) for t in tokens)


def _classify(view: str) -> tuple[str, str] | None:
    """(kind, reason) when a line is boilerplate, judged on its own."""
    if not any(ch.isalnum() for ch in view):
        return ("empty", "line without words (separator or ellipsis)")
    size = len(view)
    # _matches and the guard (_Guarded), inlined: they run for every rule and line
    for rule, patterns in _guarded_lines():
        if rule.max_chars is not None and size > rule.max_chars:
            continue
        for guarded in patterns:
            needs = guarded.needs
            if needs and not any(map(view.__contains__, needs)):
                continue
            if guarded.pattern.search(view):
                return (rule.kind, rule.reason)
    if is_dateline(view):
        return ("dateline", "the page's date line, known by its make-up (kept in the metadata)")
    kind = _list_kind(view)
    if kind == "seo":
        return ("seo", "list of place names for search engines")
    if kind == "navigation":
        return ("navigation", "list of links")
    if _is_nav_line(view):
        return ("navigation", "portal menu")
    return None


def _caption_marked(view: str) -> bool:
    caption_rules = [r for r in boilerplate().lines if r.kind == "caption"]
    caption_spans = [r for r in boilerplate().spans if r.kind == "caption"]
    return any(_matches(r, view) for r in caption_rules) or any(
        p.search(view) for r in caption_spans for p in r.patterns
    )


def _short_unpunctuated(view: str) -> bool:
    return 0 < len(view) <= CAPTION_MAX_CHARS and not SENTENCE_END_RE.search(view)


def _caption_lines(views: list[str]) -> list[int]:
    """Lines that are photo captions, found gallery by gallery.

    A gallery is a run of short unpunctuated lines (blank lines allowed between).
    With at least ``GALLERY_MIN_MARKED`` lines carrying a marker such as (资料图片),
    the whole stretch from the line before the first marked caption to the run's
    last line is captions (galleries mark only some photos).  A lone marked line
    is just itself: the heading after it (一线淬炼 锻造能打硬仗的干部队伍) is text.
    """
    out: list[int] = []
    i, n = 0, len(views)
    while i < n:
        if not _short_unpunctuated(views[i]):
            i += 1
            continue
        lo = i
        while i < n and (not views[i] or _short_unpunctuated(views[i])):
            i += 1
        run = [k for k in range(lo, i) if views[k]]
        marked = [k for k in run if _caption_marked(views[k])]
        if len(marked) < GALLERY_MIN_MARKED:
            out.extend(marked)
            continue
        before = [k for k in run if k < marked[0]]
        start = before[-1] if before else marked[0]
        out.extend(k for k in run if k >= start)
    return out


def _footer_start(views: list[str]) -> int | None:
    """The first footer line after some article text (a sentence with its end
    punctuation): "关键词：" above the title is the article's own keyword line."""
    starts = boilerplate().footer_start
    text_seen = False
    for i, view in enumerate(views):
        if text_seen and any(p.search(view) for p in starts):
            return i
        text_seen = text_seen or SENTENCE_END_RE.search(view) is not None
    return None


def _dated_item(views: list[str], k: int) -> bool:
    """Whether the next non-empty line after line k is only a date: a related-news list
    prints one under each headline, so the headline is an item of the list."""
    for view in views[k + 1 :]:
        if view:
            return RELATED_ITEM_DATE_RE.match(view) is not None
    return False


def remove_lines(lines: list[str], drop: dict[int, tuple[str, str]]) -> str:
    kept = []
    for i, line in enumerate(lines):
        if i in drop:
            kind, reason = drop[i]
            note_removal(kind, line.strip(), reason)
        else:
            kept.append(line)
    return "\n".join(kept)


def remove_boilerplate_lines(text: str) -> str:
    """Drop navigation, classifieds, datelines, bylines, credits, captions, footers."""
    lines = text.split("\n")
    views = [to_simplified_line(INLINE_SPACE_RE.sub(" ", ln).strip()) for ln in lines]
    drop: dict[int, tuple[str, str]] = {}
    for i, view in enumerate(views):
        if view:
            found = _classify(view)
            if found:
                drop[i] = found
    for k in _caption_lines(views):
        drop.setdefault(k, ("caption", "photo caption (a gallery of short captioned lines)"))
    footer = _footer_start(views)
    if footer is not None:
        limit = boilerplate().footer_max_chars
        for k in range(footer, len(views)):
            if not views[k]:
                continue
            if (
                k > footer
                and len(views[k]) > limit
                and not RELATED_TEASER_END_RE.search(views[k])
                and not _dated_item(views, k)
            ):
                break
            drop.setdefault(k, ("related", "tags and related-news list at the foot of the page"))
    return remove_lines(lines, drop)


@dataclass(frozen=True)
class _Guarded:
    """A pattern of a span rule, with strings of which any match holds at least one (empty
    when nothing is known: always searched).  A line lacking them all is not searched: most
    lines lack most patterns' words, and a search without a literal tries every position."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]


def _most_selective(items: Iterable[frozenset[str]]) -> frozenset[str]:
    """Of the items a match must satisfy, the one a line is least likely to: its
    shortest string the longest (小编 before 看), then the fewest strings."""
    return min(items, key=lambda item: (-min(map(len, item)), len(item)), default=frozenset())


def _guard(pattern: re.Pattern[str]) -> _Guarded:
    """``pattern`` with what its matches need, read by Python's regex parser
    (reporter.compare.prefilter).  An item on a digit is left out: a view is tested with
    plain substring tests."""
    needs = (item for item in requirements(pattern) if DIGIT_KEY not in item)
    return _Guarded(pattern, tuple(sorted(_most_selective(needs))))


@functools.cache
def _guarded_spans() -> tuple[tuple[LineRule, tuple[_Guarded, ...]], ...]:
    """The span rules in order, each with its patterns guarded (built once).  The line
    rules go without: nearly all of them are anchored at the line's start, where a search
    fails at once."""
    return tuple((rule, tuple(map(_guard, rule.patterns))) for rule in boilerplate().spans)


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match starts at the string's start (``^`` before all else): the
    engine then tries one position only, quicker than any guard."""
    data = _PARSER.parse(pattern.pattern, pattern.flags).data
    return bool(data) and data[0] == (_PARSER.AT, _PARSER.AT_BEGINNING)


@functools.cache
def _guarded_lines() -> tuple[tuple[LineRule, tuple[_Guarded, ...]], ...]:
    """The line rules in order, each with its patterns guarded (built once); a pattern
    anchored at the line's start goes without, its search fails at once."""
    return tuple(
        (
            rule,
            tuple(_Guarded(p, ()) if _anchored(p) else _guard(p) for p in rule.patterns),
        )
        for rule in boilerplate().lines
    )


@functools.cache
def _span_needs() -> tuple[str, ...]:
    """Every string some guarded span pattern needs, each once."""
    return tuple(dict.fromkeys(n for _r, ps in _guarded_spans() for g in ps for n in g.needs))


@functools.lru_cache(maxsize=LINE_CACHE)
def _without_spans(line: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """The line without its caption and credit spans, and the removals to record in order
    (kind, text, reason): a function of the line alone, so a line met again in the next
    pass over the steps is not searched again."""
    removed: list[tuple[str, str, str]] = []
    view = to_simplified_line(line)
    needs = _span_needs()
    # the needed strings the view holds, in one C-level pass (each guard: one set test)
    present = frozenset(filter(view.__contains__, needs))
    for rule, patterns in _guarded_spans():
        for guarded in patterns:
            if guarded.needs and present.isdisjoint(guarded.needs):
                continue
            cut = [m.span() for m in guarded.pattern.finditer(view)]
            for start, end in reversed(cut):
                removed.append((rule.kind, line[start:end], rule.reason))
                line = line[:start] + line[end:]
                view = view[:start] + view[end:]
            if cut:  # a cut may have joined the pieces of a needed string
                present = frozenset(filter(view.__contains__, needs))
    return line, tuple(removed)


def remove_boilerplate_spans(text: str) -> str:
    """Drop captions and credits inside or at the end of a paragraph."""
    out = []
    for line in text.split("\n"):
        kept, removed = _without_spans(line)
        for kind, dropped, reason in removed:
            note_removal(kind, dropped, reason)
        out.append(kept)
    return "\n".join(out)


def title_without_site(line: str) -> str:
    """``line`` without the hosting site's name appended to it or a column label in
    front (the line itself when it carries neither): 标题_某某党建_某某网,
    标题—中共某某市委组织部 and 资讯 | 标题 -> 标题."""
    line = line.strip()
    # the view has the line's length (one character for one), so a cut found in it
    # cuts the line as published
    tool = TITLE_TOOL_TAIL_RE.search(to_simplified_line(line))
    if tool and tool.start() >= TITLE_MIN_CHARS:
        line = line[: tool.start()]
    trail = TITLE_HOME_TRAIL_RE.match(to_simplified_line(line))
    if trail and len(line) - trail.end() >= TITLE_MIN_CHARS:
        line = line[trail.end() :]
    column = TITLE_COLUMN_PREFIX_RE.match(line)
    place = TITLE_PLACE_COLUMN_RE.match(to_simplified_line(line))
    if column and not place and len(line) - column.end() >= TITLE_MIN_CHARS:
        line = line[column.end() :]
    words = boilerplate().title_site_words
    parts = TITLE_SEPARATOR_RE.split(line)
    # the site's name in front (中央纪委国家监委网站|标题): each segment before the
    # headline ends like a site's name, which a headline's own clause never does (its
    # words may hold a site word: 网格, 中心)
    view = [to_simplified_line(p) for p in parts]
    if (
        len(parts) >= 2
        and len(parts[-1]) >= TITLE_MIN_CHARS
        and not view[-1].endswith(SITE_NAME_ENDS)
        and all(len(p) <= SITE_SEGMENT_MAX_CHARS and p.endswith(SITE_NAME_ENDS) for p in view[:-1])
    ):
        return parts[-1]
    # an SEO keyword before a headline of the form subject: statement (关键词_市委组织部：
    # 全力以赴……): the keywords are short and hold no colon, the headline is the last
    # segment, which no site name reads like.  Only underscores join them: a bar sets off
    # the outlet's column label, part of the headline (敢闯敢干 唯实争先 | 璧山：……)
    if (
        len(parts) >= 2
        and all(sep.strip() == "_" for sep in TITLE_SEPARATOR_RE.findall(line))
        and TITLE_SUBJECT_COLON_RE.match(view[-1])
        and all(len(p) <= SEO_KEYWORD_MAX_CHARS and not TITLE_COLON_RE.search(p) for p in view[:-1])
    ):
        return parts[-1]
    if len(parts) >= 2 and len(parts[0]) >= TITLE_MIN_CHARS:
        view_tail = [to_simplified_line(p) for p in parts[1:]]
        if all(len(p) <= SITE_SEGMENT_MAX_CHARS for p in view_tail) and any(
            w in p for p in view_tail for w in words
        ):
            return parts[0]
    m = TITLE_NAME_TAIL_RE.search(line)
    if m and m.start() >= TITLE_MIN_CHARS and m.start() > len(m["site"]):
        return line[: m.start()].rstrip()
    m = TITLE_DASH_SUFFIX_RE.search(line)
    # A bare dash also joins a title to its subject (改革—从一个村说起), so the tail
    # must END like a site or office name, not merely contain a site word.
    if m and m.start() >= TITLE_MIN_CHARS and to_simplified_line(m["site"]).endswith(words):
        return line[: m.start()]
    return line


def strip_title_site_suffix(text: str) -> str:
    """Cut the hosting site's name off the title line: 标题_某某党建_某某网 -> 标题."""
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return text
    line = lines[first].strip()
    if SENTENCE_END_RE.search(line):
        return text  # a sentence, not a title line
    if any(p.search(to_simplified_line(line)) for p in boilerplate().spam_strong):
        # a spam line heading the page (99热精品…_国产精品…_…): cut at its separators, its
        # first keyword alone no longer reads as spam and was taken for the headline
        return text
    kept = title_without_site(line)
    if kept == line:
        return text
    start = line.find(kept)
    cut = f"{line[:start]}…{line[start + len(kept) :]}".strip(" …")
    note_removal("navigation", cut, "site name or column label around the title")
    lines[first] = kept
    return "\n".join(lines)


# --------------------------------------------------------------------------- spam


def _bigrams(text: str) -> set[str]:
    han = BIGRAM_CLEAN_RE.sub("", text)
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _spam_reason(view: str, shared_grams: Callable[[], set[str]]) -> str | None:
    """Why ``view`` is a spam line, or None; ``shared_grams`` gives the character
    pairs it shares with other lines (asked only for a line with a spam word)."""
    spam = boilerplate()
    if any(p.search(view) for p in spam.spam_strong):
        return "advertising or gambling spam"
    if spam.spam_word_any is None or not spam.spam_word_any.search(view):
        return None
    words = [w for w in spam.spam_words if w in view]
    own = _bigrams(view)
    if not own:
        return f"advertising line ({words[0]}) without article text"
    if len(shared_grams()) <= SPAM_MAX_SHARED_BIGRAMS:
        return f"unrelated advertising line ({words[0]}) sharing no words with the article"
    return None


def remove_spam_lines(text: str) -> str:
    """Drop lines inserted by spam sites (gambling, ads, contact lures)."""
    lines = text.split("\n")
    views = [to_simplified_line(ln) for ln in lines]
    # Lines holding a bigram; counted only once a line with a spam word needs them.
    lines_with: Counter[str] | None = None
    texts = 0  # lines holding a bigram

    def shared(i: int) -> set[str]:
        nonlocal lines_with, texts
        if lines_with is None:
            grams = [_bigrams(v) for v in views]
            lines_with = Counter(g for gs in grams for g in gs)
            texts = sum(1 for gs in grams if gs)
        counts = lines_with
        own = _bigrams(views[i])
        if texts <= 1:
            return own  # the only line of text is the article, unrelated to nothing
        # A bigram this line shares with the others is seen in more than one line.
        return {g for g in own if counts[g] > 1}

    drop: dict[int, tuple[str, str]] = {}
    for i, view in enumerate(views):
        if view.strip():
            reason = _spam_reason(view, functools.partial(shared, i))
            if reason:
                drop[i] = ("spam", reason)
    return remove_lines(lines, drop)


def remove_seo_phrases(text: str) -> str:
    """Cut product words that SEO spam injects into sentences (二手吊车, 吊车公司) when the
    article uses them nowhere else."""
    pattern, word = boilerplate().seo_phrase, boilerplate().seo_word
    if pattern is None or word is None:
        return text
    view = to_simplified(text)
    if word.search(view) is None:
        return text  # every phrase holds a product word
    # Only a phrase (the word with a modifier or a tail) has the shape of SEO spam; the
    # bare word is how an article names its own subject.
    found = [m for m in pattern.finditer(view) if m.end() - m.start() > len(m["word"])]
    if not found:
        return text
    # A product word the article also uses outside such phrases is its own subject.
    bounds = [0, *(x for m in found for x in m.span()), len(view)]
    rest = "\n".join(view[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))
    injected = [m for m in found if m["word"] not in rest and _seo_between_text(view, m)]
    tails = boilerplate().seo_brand_tails
    for m in reversed(injected):
        start = m.start()
        if tails and m.group().endswith(tails):
            start = unpaired_before(view, start, SEO_BRAND_MAX_CHARS)
        note_removal("seo", text[start : m.end()], "product words injected for search engines")
        text = text[:start] + text[m.end() :]
    return text


def _seo_between_text(view: str, m: re.Match[str]) -> bool:
    """The phrase is not part of a Latin word on either side (a URL, a brand name)."""
    left = view[m.start() - 1 : m.start()]
    right = view[m.end() : m.end() + 1]
    return all(not side or not ASCII_LETTER_RE.match(side) for side in (left, right))
