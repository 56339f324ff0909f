"""Repeats: a paragraph pasted twice, and a paragraph's opening words doubled.

Two ``str -> str`` steps of :data:`reporter.clean.STEPS`, reporting through
:mod:`reporter.clean.record` like the rest of :mod:`reporter.clean.steps`.
"""

from __future__ import annotations

from reporter.clean.record import note_change
from reporter.clean.resources import INLINE_SPACE_RE, NOT_HAN_RUN_RE, SENTENCE_END_RE
from reporter.clean.script import to_simplified_line
from reporter.clean.steps import remove_lines

__all__ = ["collapse_doubled_leads", "drop_duplicate_paragraphs"]

# Paragraphs shorter than this may repeat legitimately (a heading such as 一、基本情况
# in two sections, a refrain); longer ones repeated verbatim are pasted twice.
DUPLICATE_MIN_CHARS = 20
# A paragraph whose opening words appear twice in a row (区先进制造业专班区先进制造业专班负责…)
# lost a bold lead-in to the scraper, which kept it as a span and as text; only prose
# (a sentence follows) is mended, since a doubled line standing alone is a banner that the
# headline step must still see as furniture.  Shorter
# repeats are words of the language (看一看, 研究研究, 加油加油); five characters and up
# repeated at a paragraph's start are not.
DOUBLED_LEAD_MIN_CHARS = 5
# Lead-ins and headlines are short; a longer repeat is a pasted paragraph, which
# drop_duplicate_paragraphs judges as a whole.
DOUBLED_LEAD_MAX_CHARS = 40


def drop_duplicate_paragraphs(text: str) -> str:
    """Drop a paragraph repeated word for word (aggregators paste the lead twice)."""
    seen: set[str] = set()
    drop: dict[int, tuple[str, str]] = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        key = INLINE_SPACE_RE.sub("", to_simplified_line(line))
        if len(key) < DUPLICATE_MIN_CHARS:
            continue
        if key in seen:
            drop[i] = ("duplicate", "the same paragraph appeared earlier in the article")
        seen.add(key)
    return remove_lines(lines, drop)


def _doubled_lead(body: str) -> int:
    """Length of the run that opens ``body`` (a line without its indentation) and is
    repeated right after it, or 0."""
    head = body[:DOUBLED_LEAD_MIN_CHARS]
    if len(head) < DOUBLED_LEAD_MIN_CHARS or NOT_HAN_RUN_RE.search(head):
        return 0
    limit = min(DOUBLED_LEAD_MAX_CHARS, len(body) // 2)
    start = DOUBLED_LEAD_MIN_CHARS
    while (at := body.find(head, start, limit + DOUBLED_LEAD_MIN_CHARS)) != -1:
        run = body[:at]
        if (
            body.startswith(run, at)
            and not SENTENCE_END_RE.search(run)
            and SENTENCE_END_RE.search(body, 2 * at)
        ):
            return at
        start = at + 1
    return 0


def collapse_doubled_leads(text: str) -> str:
    """Keep one copy of a paragraph's opening words when the scraper doubled them."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        body = line.lstrip()
        length = _doubled_lead(body)
        if not length:
            continue
        run = body[:length]
        note_change(run + run, run)
        lines[i] = line[: len(line) - len(body)] + body[length:]
    return "\n".join(lines)
