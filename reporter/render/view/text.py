"""Text helpers every section shares: anchors, short ids, dates, previews, quote excerpts."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reporter.render import resources
from reporter.render.labels import Labels

# Hex digits of the digest an article anchor carries when its id is not plain
# (article_anchor): 64 bits, so two ids of one corpus never share one by chance.
ANCHOR_DIGEST_CHARS = 16


# Titles in the corpus table and the appendix are cut here so one long title does not
# take a page.
TITLE_PREVIEW_CHARS = 40


# Sentences up to this long are quoted whole even on paper: cutting them saves little.
QUOTE_WHOLE_MAX_CHARS = 60
# Marks where a quote was cut.
ELLIPSIS = "…"


# Longer ids are cut for labels like "[002·s14]"; the full id stays in the card header.
SHORT_ID_MAX = 12


@dataclass(frozen=True)
class Segment:
    """A run of a quote; ``mark`` where a cue of the mechanism matched (shown highlighted)."""

    text: str
    mark: bool


def anchor_for(article_id: str, sentence_index: int) -> str:
    """The element id of a sentence: ``a-<article>-s-<index>``."""
    return f"{article_anchor(article_id)}-s-{sentence_index}"


def article_anchor(article_id: str) -> str:
    """The element id of an article's card: ``a-<article>``, one per article whatever
    its name.  An id that is not :data:`~resources.ANCHOR_PLAIN` is made id-safe and
    gets ``.`` and a digest of the whole id: a plain id has no ``.``, and the digest
    tells apart ids that became the same when made safe."""
    if resources.ANCHOR_PLAIN.match(article_id):
        return "a-" + article_id
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"a-{resources.ANCHOR_UNSAFE.sub('_', article_id)}.{digest[:ANCHOR_DIGEST_CHARS]}"


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """Short, still unique labels for article ids: numeric prefixes, else cut ids."""
    prefixes = [m[1] if (m := resources.NUMBER_PREFIX.match(i)) else "" for i in ids]
    if all(prefixes) and len(set(prefixes)) == len(ids):
        return dict(zip(ids, prefixes, strict=True))
    cut = [i if len(i) <= SHORT_ID_MAX else i[: SHORT_ID_MAX - 1] + "…" for i in ids]
    if len(set(cut)) == len(ids):
        return dict(zip(ids, cut, strict=True))
    return {i: i for i in ids}


def format_date(iso: str | None, t: Labels) -> str:
    """``2018-06-27`` as ``2018年6月27日`` (zh) or ``27 Jun 2018`` (en)."""
    if not iso:
        return t["unknown"]
    m = resources.ISO_DATE.fullmatch(iso)
    if not m:
        return iso
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if t.lang == "zh":
        return f"{y}年{mo}月{d}日"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{d} {months[mo - 1]} {y}"


def defuse_annotations(text: str) -> str:
    """``區(qū)`` as ``區‹qū›``: the appendix shows removed annotations without restoring them."""
    return resources.PINYIN_ANNOTATION.sub(r"‹\1›", text)


def highlight(text: str, words: Iterable[str]) -> tuple[Segment, ...]:
    """``text`` cut into runs, marking every occurrence of ``words`` (longest first wins)."""
    marked = [False] * len(text)
    for word in sorted({w for w in words if w}, key=lambda w: (-len(w), w)):
        start = text.find(word)
        while start != -1:
            if not any(marked[start : start + len(word)]):
                marked[start : start + len(word)] = [True] * len(word)
            start = text.find(word, start + len(word))
    segments: list[Segment] = []
    for ch, flag in zip(text, marked, strict=True):
        if segments and segments[-1].mark == flag:
            segments[-1] = Segment(segments[-1].text + ch, flag)
        else:
            segments.append(Segment(ch, flag))
    return tuple(segments)


def excerpt(segments: Sequence[Segment], context: int | None) -> tuple[Segment, ...]:
    """``segments`` cut to the clauses around the marked runs, an ellipsis where text
    was cut.  Each cut falls on the clause end nearest ``context`` characters out from
    the marks (looking up to twice as far), else at ``context`` characters.  Unmarked or
    short sentences (and ``context=None``) are kept whole.
    """
    text = "".join(s.text for s in segments)
    marked = [i for i, s in enumerate(segments) if s.mark]
    if context is None or not marked or len(text) <= QUOTE_WHOLE_MAX_CHARS:
        return tuple(segments)
    starts = [0]
    for seg in segments:
        starts.append(starts[-1] + len(seg.text))
    first, last = starts[marked[0]], starts[marked[-1] + 1]
    reach = max(0, first - 2 * context)
    before = [m.end() for m in resources.CLAUSE_END.finditer(text, reach, first)]
    after = [m.start() for m in resources.CLAUSE_END.finditer(text, last, last + 2 * context)]
    begin = min(before, key=lambda i: abs(first - context - i), default=first - context)
    end = min(after, key=lambda i: abs(last + context - i), default=last + context)
    begin = 0 if begin <= 0 or first - context <= 0 else begin
    end = len(text) if end >= len(text) - 1 or last + context >= len(text) else end
    out: list[Segment] = []
    if begin > 0:
        out.append(Segment(ELLIPSIS, False))
    for seg, start in zip(segments, starts, strict=False):
        lo, hi = max(begin, start), min(end, start + len(seg.text))
        if lo < hi:
            out.append(Segment(seg.text[lo - start : hi - start], seg.mark))
    if end < len(text):
        out.append(Segment(ELLIPSIS, False))
    return tuple(out)


def preview(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def share(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}%" if total else "–"
