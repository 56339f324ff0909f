"""What the rest of a page says about its headline: the headlines it repeats in lines
cleaning removed (原标题：…), the last items of its breadcrumb trails, the head lines
printed above a trail, the paragraphs dropped as copies, and a site's name glued to the
end of its lines (its signature)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reporter.clean.headline_text import TITLE_SHORT_CHARS, words_of
from reporter.clean.metadata_resources import (
    BREADCRUMB_PAGE_LABEL_RE,
    BREADCRUMB_SEPARATOR_RE,
    TITLE_MARKER_RE,
)
from reporter.clean.script import to_simplified_line
from reporter.clean.steps import SITE_NAME_ENDS
from reporter.models import Removal

# The removed kind of a breadcrumb trail, and the items it has at least (home, the page).
_TRAIL_KIND = "navigation"
_TRAIL_MIN_ITEMS = 2
# The removed kind of a paragraph dropped as a copy of an earlier one.
_COPY_KIND = "duplicate"
# A site's name the page glues to the end of its lines (标题某某生活网, a paragraph
# closed by 某某生活网) is its signature: printed alone at the head it is no headline,
# however much of it the body repeats.  A signature is a name, at most this long.
SITE_SIGNATURE_MAX_CHARS = 16


def removed_titles(removals: Iterable[Removal]) -> list[str]:
    """Headlines the page repeats in lines cleaning removed (原标题：…)."""
    out = []
    for r in removals:
        view = to_simplified_line(r.text.strip())
        if TITLE_MARKER_RE.match(view):
            out.append(view)
    return out


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
