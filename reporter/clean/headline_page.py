"""What the rest of a page says about its headline: the headlines it repeats in lines
cleaning removed (原标题：…), the last items of its breadcrumb trails, the head lines
printed above a trail, the paragraphs dropped as copies, a site's name glued to the
end of its lines (its signature), and its fuller copies and versions on other head
lines (cut short, reworded)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reporter.clean.headline_text import (
    TITLE_SHORT_CHARS,
    clean_title,
    main_clause_label,
    may_be_title,
    place_label,
    words_of,
)
from reporter.clean.metadata_resources import (
    BREADCRUMB_PAGE_LABEL_RE,
    BREADCRUMB_SEPARATOR_RE,
    CN_DIGITS,
    EPAPER_RECORD_HEAD_RE,
    HEADLINE_BEFORE_DATELINE_RE,
    TITLE_CORNER_TAIL_RE,
    TITLE_MARKER_RE,
)
from reporter.clean.resources import HAN_RE
from reporter.clean.script import to_simplified_line
from reporter.clean.steps import SITE_NAME_ENDS
from reporter.models import Removal

# The removed kind of a breadcrumb trail, and the items it has at least (home, the page).
_TRAIL_KIND = "navigation"
_TRAIL_MIN_ITEMS = 2
# The removed kind of a dateline (an e-paper's record of the story is one).
_DATELINE_KIND = "dateline"
# The removed kind of a paragraph dropped as a copy of an earlier one.
_COPY_KIND = "duplicate"
# A site's name the page glues to the end of its lines (标题某某生活网, a paragraph
# closed by 某某生活网) is its signature: printed alone at the head it is no headline,
# however much of it the body repeats.  A signature is a name, at most this long.
SITE_SIGNATURE_MAX_CHARS = 16
# Dashes that join a main title and its subtitle.
TITLE_DASHES = ("——", "—", "--")
# Two head lines opening with the same words for most of the shorter one (……拉动海口市 over
# ……拉动秀英快速发展) are two versions of one headline: the site's listing title, cut or
# reworded to fit, and the article's own, which is the longer.  Most is this share ...
VERSION_PREFIX_SHARE = 0.6
# ... and the longer one's own ending has at least this many Han characters other than
# numerals: a series' instalments listed together (……系列评论之三, ……之十二) differ by a
# number only, and are two stories.
VERSION_TAIL_MIN_HAN = 3
_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset("十百千两")
# The colons that end a field's label (来源：, 作者:): a headline glued before a dateline
# holds none, a credit before it does.
_LABEL_COLONS = (":", "：")


def removed_titles(removals: Iterable[Removal]) -> list[str]:
    """Headlines the page repeats in lines cleaning removed (原标题：…)."""
    out = []
    for r in removals:
        view = to_simplified_line(r.text.strip())
        if TITLE_MARKER_RE.match(view):
            out.append(view)
    return out


def record_head_lines(removals: Iterable[Removal], page: str) -> list[tuple[str, str]]:
    """The two lines of a headline an e-paper set on two, as its record at the page's
    foot repeats them (某某日报 今日温州 00015 干部履职 / 村民评议): (upper, lower),
    simplified.  The record's line holds the upper; the page's next line is the lower."""
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    out = []
    for r in removals:
        if r.kind != _DATELINE_KIND:
            continue
        m = EPAPER_RECORD_HEAD_RE.match(to_simplified_line(r.text.strip()))
        if m is None or r.text.strip() not in lines:
            continue
        at = lines.index(r.text.strip())
        if at + 1 < len(lines):
            out.append((m["head"].strip(), to_simplified_line(lines[at + 1])))
    return out


def recorded_pair(
    paragraphs: Sequence[str], at: int, text: str, recorded: Sequence[tuple[str, str]]
) -> tuple[int, str] | None:
    """(index, headline) when the head line ``text`` at ``at`` and its neighbour are the
    two lines of a headline the e-paper's record at the foot repeats as one (干部履职 /
    村民评议; :func:`record_head_lines`): two short lines stacked are a kicker and its
    title or a title and its subtitle on most pages, and only the paper's record tells
    they are one.  The lines are whole phrases, so a space joins them (a line the page
    wrapped inside a word is wrapped_stub's).  None otherwise."""
    pairs = {(clean_title(upper), clean_title(lower)) for upper, lower in recorded}
    if at > 0 and (clean_title(paragraphs[at - 1]), text) in pairs:
        return at - 1, f"{clean_title(paragraphs[at - 1])} {text}"
    if at + 1 < len(paragraphs) and (text, clean_title(paragraphs[at + 1])) in pairs:
        return at, f"{text} {clean_title(paragraphs[at + 1])}"
    return None


def without_corner_tail(text: str, body: str) -> str:
    """``text`` without a phrase in corner brackets glued to its end (「某某先进基层党组
    织」) when the body never quotes with corner brackets nor says the phrase: keywords a
    farm appended, no word the story uses."""
    tail = TITLE_CORNER_TAIL_RE.search(text)
    if tail is None or "「" in body or tail["words"] in body:
        return text
    kept = text[: tail.start()].rstrip()
    return kept if len(kept) >= TITLE_SHORT_CHARS else text


def headline_before_dateline(removals: Iterable[Removal], page: str) -> str | None:
    """The headline glued before the labelled dateline and credits on the page's first
    line (标题发布时间:2011.10.19 新闻来源:…), when cleaning removed that line whole as a
    dateline; a part before the label holding a field's colon (来源：某某网) is a credit."""
    first = next((line.strip() for line in page.split("\n") if line.strip()), "")
    if not any(r.kind == _DATELINE_KIND and r.text.strip() == first for r in removals):
        return None
    glued = HEADLINE_BEFORE_DATELINE_RE.match(to_simplified_line(first))
    title = clean_title(glued["title"]) if glued else ""
    if title and not any(c in title for c in _LABEL_COLONS) and may_be_title(title):
        return title
    return None


def join_two_line_headline(
    lines: list[str], orig_lines: list[str], at: int, below: int, title: str
) -> None:
    """Make a headline set on two lines (wrapped inside a word, or two phrases the
    paper's record joins: :func:`recorded_pair`) one line, in place in both scripts'
    lines, so the lead after it is the story's first paragraph, not its second line."""
    if title in lines[at]:
        return
    for sep in ("", " "):
        if f"{lines[at].strip()}{sep}{lines[below].strip()}" == title:
            lines[at] = f"{lines[at].strip()}{sep}{lines[below].strip()}"
            orig_lines[at] = f"{orig_lines[at].strip()}{sep}{orig_lines[below].strip()}"
            del lines[below], orig_lines[below]
            return


def trail_titles(removals: Iterable[Removal]) -> list[str]:
    """The last items of the breadcrumb trails cleaning removed (书本网 > 书名 > 第66章
    重点项目): a portal ends its trail with the page's own headline."""
    out = []
    for r in removals:
        if r.kind != _TRAIL_KIND:
            continue
        trail = BREADCRUMB_PAGE_LABEL_RE.sub("", to_simplified_line(r.text.strip()))
        items = BREADCRUMB_SEPARATOR_RE.split(trail)
        if len(items) >= _TRAIL_MIN_ITEMS and len(items[-1]) >= TITLE_SHORT_CHARS:
            out.append(items[-1])
    return out


def dropped_copies(removals: Iterable[Removal]) -> list[str]:
    """The paragraphs cleaning dropped as copies of earlier ones (simplified): a head
    line among them was printed twice, however long (a long headline's copy goes, a
    short subtitle's stays)."""
    return [to_simplified_line(r.text.strip()) for r in removals if r.kind == _COPY_KIND]


def above_trail(head_lines: Sequence[str], removals: Iterable[Removal], page: str) -> int:
    """How many of ``head_lines`` (the first paragraphs of the cleaned text) stand above
    the page's breadcrumb trail (首页 > 滚动资讯 > 正文, removed by cleaning): the site's
    banner and topic links (聚焦中央乡村工作会议), the article's headline coming below
    the trail.  Found by reading the head lines' words, in order, in the page before the
    trail; 0 when the page has no trail or it cannot be found."""
    for r in removals:
        if r.kind != _TRAIL_KIND:
            continue
        trail = BREADCRUMB_PAGE_LABEL_RE.sub("", r.text.strip())
        if len(BREADCRUMB_SEPARATOR_RE.split(trail)) < _TRAIL_MIN_ITEMS:
            continue
        at = page.find(r.text.strip())
        if at <= 0:
            return 0
        before = words_of(to_simplified_line(page[:at]))
        count = pos = 0
        for para in head_lines:
            words = words_of(para)
            found = before.find(words, pos) if words else -1
            if found < 0:
                break
            pos, count = found + len(words), count + 1
        return count
    return 0


def site_signature(text: str, index: int, paragraphs: Sequence[str]) -> bool:
    """Whether ``text`` (head line ``index``) is the site's name that the page glues to
    the end of other lines (浦东……被免职某某生活网, ……被免职：某某生活网): a site's
    signature, which repeats as a headline would, never the headline itself."""
    if len(text) > SITE_SIGNATURE_MAX_CHARS or not text.endswith(SITE_NAME_ENDS):
        return False
    for k, para in enumerate(paragraphs):
        line = para.rstrip()
        glued = len(line) > len(text) and not line[-len(text) - 1].isspace()
        if k != index and line.endswith(text) and glued:
            return True
    return False


def fuller_copy(longer: str, title: str, marked: bool, cut: bool) -> bool:
    """Whether ``longer`` is the full headline of which ``title`` is a copy: the
    page marks it as the title (题：…), ``title`` was cut short (……) or stops where
    ``longer`` runs on without a break (a copy cut at a fixed length), ``longer`` is
    the article's own version of the site's shorter one (:func:`another_version`), or
    ``longer`` adds a main title or subtitle joined by a dash (干部去哪儿了？——标题) or a
    colon after a main clause longer than a label (某报聚焦某市走访入户：标题).  A line
    that only adds words (泰丰小学 + 标题) or a label (第一篇：标题) is another line."""
    if len(longer) <= len(title):
        return False
    at = longer.find(title)
    if at < 0:
        return another_version(longer, title)
    if marked or cut:
        return True
    if at == 0 and HAN_RE.match(longer[len(title)]):
        # the line stops mid-phrase where ``longer`` runs on (……同时保证不 / ……同时保证不
        # 出群体事件): a site's copy cut at a fixed length, without the ……
        return True
    before, after = longer[:at], longer[at + len(title) :]
    return (
        before.endswith(TITLE_DASHES)
        or after.startswith(TITLE_DASHES)
        or place_label(before.rstrip())
        or main_clause_label(before.rstrip())
    )


def another_version(longer: str, title: str) -> bool:
    """Whether ``longer`` is the article's own version of the headline that ``title``
    gives shorter: the two open with the same words (:data:`VERSION_PREFIX_SHARE`), part
    inside a phrase, and ``longer`` ends on words of its own, not on a number
    (:data:`VERSION_TAIL_MIN_HAN`)."""
    common = 0
    for a, b in zip(longer, title, strict=False):
        if a != b:
            break
        common += 1
    tail = [c for c in longer[common:] if HAN_RE.match(c) and c not in _NUMERAL_CHARS]
    # reworded inside a phrase: both run on in words where they part (拉动|海口市, 拉动|
    # 秀英…); a line parting at a space or a glued name (标题 副题, 标题XyZ某某网) is
    # the headline with something else after it
    reworded = all(HAN_RE.match(line[common : common + 1]) for line in (longer, title))
    return (
        reworded
        and common >= max(TITLE_SHORT_CHARS, VERSION_PREFIX_SHARE * len(title))
        and len(tail) >= VERSION_TAIL_MIN_HAN
    )
