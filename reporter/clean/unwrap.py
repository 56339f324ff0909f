"""Hard-wrapped text joined back into its paragraphs.

Text copied from a PDF, an e-paper's text view or a mail archive breaks every paragraph
into lines of one fixed width: ``今年以来，某某县聚焦“建设市域副中心、打造发`` /
``展新高地”发展定位……``.  Every later decision is made line by line (a headline is a short
line at the head, furniture is a line, a sentence ends within its paragraph), so the cut
lines read as short headlines and cut sentences.  A page is hard-wrapped when many of
its lines have one length (in characters or in display columns) and almost none is
longer: paragraphs of prose never share one length by chance.  Each line of that
length is then joined to the line after it, unless that one starts a paragraph
(indented, or blank).
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable

from reporter.clean.record import note_change
from reporter.clean.resources import (
    HTML_TAG_RE,
    INDENTED_LINE_RE,
    MENU_SEPARATOR_RE,
    NOT_HAN_RUN_RE,
    PROSE_LINE_MARK_RE,
    WRAP_STOP_RE,
)

__all__ = ["join_hard_wrapped_lines"]

# Lines shorter than this are headings, captions, menus or the ends of paragraphs; a wrap
# width is never so narrow (e-papers set 12-16 characters only in columns, which come out
# as one line per paragraph when copied as text).
MIN_WRAP_WIDTH = 18
# Display columns of a Chinese character: a width measured in columns is twice as wide.
WIDE_COLUMNS = 2
# Lines a page must have of the wrap width or just under it: three can be chance among
# the short lines of a page (datelines, bylines); four are two wrapped paragraphs.
MIN_FULL_LINES = 4
# Lines of exactly the wrap width: a wrapper fills most lines to the last column, while
# short lines of prose (a heading, a sentence, a dateline) only come near one length.
MIN_EXACT_LINES = 3
# Share of the long lines (at least MIN_WRAP_WIDTH) that are full: a wrapped paragraph of
# n lines has n - 1 full lines, so a wrapped page has well over half; a page of
# paragraphs has a few equal lengths at most.
MIN_FULL_SHARE = 0.5
# A full line may be this much shorter than the width: the wrapper breaks before a word
# that does not fit (Latin words, numbers) or before a mark it keeps off the line start.
WIDTH_SLACK = 2
# Share of long lines wider than the width that a wrapped page may still have (a title
# or a footer that the copy kept unwrapped).
MAX_WIDER_SHARE = 0.1
# Characters shown on each side of a join in the cleaning report.
CONTEXT_CHARS = 6


@functools.cache
def _char_columns(ch: str) -> int:
    """Display width of one character: wide and full-width ones take two columns (kept
    per character: a page measures thousands of characters, of a few hundred kinds)."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _columns(line: str) -> int:
    """Display width of a line: two columns for each Han character (every one is wide),
    the others measured one by one (a line's few runs of them, not its every character)."""
    others = "".join(NOT_HAN_RUN_RE.findall(line))
    return WIDE_COLUMNS * (len(line) - len(others)) + sum(map(_char_columns, others))


def _width(lengths: list[int], min_width: int) -> int | None:
    """The wrap width of these line lengths, when they show one."""
    long = [n for n in lengths if n >= min_width]
    if len(long) < MIN_FULL_LINES:
        return None
    counts = Counter(long)
    # The widest length that many lines reach: the full lines sit just under it.
    for width, exact in sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0])):
        full = sum(c for n, c in counts.items() if width - WIDTH_SLACK <= n <= width)
        wider = sum(c for n, c in counts.items() if n > width)
        if (
            exact >= MIN_EXACT_LINES
            and full >= MIN_FULL_LINES
            and full >= MIN_FULL_SHARE * len(long)
            and wider <= MAX_WIDER_SHARE * len(long)
        ):
            return width
        break  # only the commonest length can be the width
    return None


def _full_lines(lines: list[str]) -> list[bool] | None:
    measures: tuple[tuple[Callable[[str], int], int], ...] = (
        (len, MIN_WRAP_WIDTH),
        (_columns, WIDE_COLUMNS * MIN_WRAP_WIDTH),
    )
    for measure, min_width in measures:
        # The indentation of a paragraph's first line is part of its width.
        sizes = [measure(line.rstrip()) for line in lines]
        width = _width(sizes, min_width)
        if width is not None:
            return [width - WIDTH_SLACK <= n <= width for n in sizes]
    return None


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` continues the full line ``prev``: ``line`` is neither blank nor
    indented (a new paragraph), and a ``prev`` without prose marks is no menu and has no
    dateline or credit under it (a headline as long as the width: 标题 / 2022-10-29 09:01
    stay two lines, while a long headline cut by the wrap is joined)."""
    if not line.strip() or INDENTED_LINE_RE.match(line):
        return False
    if PROSE_LINE_MARK_RE.search(prev):
        return True
    # the tags a scraper left in the text (<WBR>, <br/>) are stripped later: their ">"
    # is no breadcrumb's separator
    menu = MENU_SEPARATOR_RE.search(HTML_TAG_RE.sub("", prev).strip())
    return not (menu or WRAP_STOP_RE.match(line))


def join_hard_wrapped_lines(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs; text without a wrap width is unchanged."""
    if text.count("\n") < MIN_FULL_LINES:
        return text
    lines = text.split("\n")
    full = _full_lines(lines)
    if full is None:
        return text
    out: list[str] = []
    joined = False  # whether the last line of out continues
    for i, line in enumerate(lines):
        if joined and _continues(out[-1], line):
            # Joined as they are: a wrap at a fixed width cuts anywhere, inside a Latin
            # word too (Pytho / n), and keeps the spaces it cut at.
            note_change(f"{out[-1][-CONTEXT_CHARS:]}⏎{line[:CONTEXT_CHARS]}", "")
            out[-1] += line
        else:
            out.append(line)
        joined = full[i] and bool(line.strip())
    return "\n".join(out)
