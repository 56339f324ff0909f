"""A page's own dateline, known by what it is made of rather than by its site's layout.

The boilerplate rules (``[[line]] kind = "dateline"`` in ``reporter/data/boilerplate.toml``)
know the datelines of the layouts seen so far, one pattern each.  A site nobody has seen
prints its own: ``聊城新闻网 阅读：5 2025-06-28 21:06:51 评论：0``, ``发布：2016/9/20 9:51:24
点击：2248``.  What they share is their make-up: a full date, at least one other thing a
page's head prints beside it (a clock time, a weekday, a hotline, a counter, a field label
with its colon), and
otherwise only short tokens that name the outlet or a person.  A line of prose that opens
with a date (``2021年6月10日上午9:30 县委召开会议``) has a clause besides: one long token
that names no outlet.  Such a line is a dateline: it leaves the text, and its date dates
the story (:mod:`reporter.clean.metadata` reads the removed datelines).

The regexes are in :mod:`reporter.clean.metadata_resources`, beside the other datelines'.
"""

from __future__ import annotations

from reporter.clean.metadata_resources import (
    COMPACT_DATE_LINE_RE,
    DATELINE_COUNTER_RE,
    DATELINE_DATE_RE,
    DATELINE_HOTLINE_RE,
    DATELINE_LABEL_RE,
    DATELINE_OUTLET_END_RE,
    DATELINE_SEPARATOR_RE,
    DATELINE_TIME_RE,
    DATELINE_WEEKDAY_RE,
    READER_CLOCK_RE,
)
from reporter.clean.resources import SENTENCE_END_RE

# A page's dateline is one short line; past this it is a paragraph that opens with a date.
DATELINE_MAX_CHARS = 80
# A token left beside the date, its time, counters and labels, that is a person's name (作
# 者 张三) when it names no outlet: Chinese names are two to four characters.
NAME_MAX_CHARS = 4
# Tokens left beside the date: an outlet, an author, an editor.  More is a list or prose.
MAX_TOKENS_LEFT = 3


def _valid(month: str, day: str) -> bool:
    # the year's century is in the pattern; month and day are any one or two figures
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _left_is_credits(rest: str) -> bool:
    """Whether what is left of a line, once its date, time, counters and labels are cut,
    is only the outlet's and people's names."""
    tokens = [t for t in DATELINE_SEPARATOR_RE.split(rest) if t]
    return len(tokens) <= MAX_TOKENS_LEFT and all(
        len(t) <= NAME_MAX_CHARS or DATELINE_OUTLET_END_RE.search(t) for t in tokens
    )


def is_dateline(view: str) -> bool:
    """Whether the line ``view`` (simplified, spaces collapsed) is the page's dateline:
    a full date, a clock time, weekday, hotline, counter or field label beside it, and
    nothing else but the outlet's and people's names.  A line that is only a compact date
    (20210123, its month and day in range by the pattern) is one too: no prose is written
    so.  A portal's clock (今天是…) dates no story."""
    if COMPACT_DATE_LINE_RE.fullmatch(view):
        return True
    if (
        len(view) > DATELINE_MAX_CHARS
        or SENTENCE_END_RE.search(view)
        or "，" in view
        or READER_CLOCK_RE.search(view)
    ):
        return False
    date = DATELINE_DATE_RE.search(view)
    if date is None or not _valid(date["m"], date["d"]):
        return False
    rest = view[: date.start()] + " " + view[date.end() :]
    marked = False
    for pattern in (
        DATELINE_TIME_RE,
        DATELINE_WEEKDAY_RE,
        DATELINE_HOTLINE_RE,
        DATELINE_COUNTER_RE,
        DATELINE_LABEL_RE,
    ):
        rest, n = pattern.subn(" ", rest)
        marked = marked or n > 0
    return marked and _left_is_credits(rest)
