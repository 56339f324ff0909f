"""Betting brands glued into copied sentences, whatever the brand.

Betting and e-sports sites seed copies of news with their brand: a two-character name
and the trade it sells (博鱼体育, 某某电竞, 某某娱乐), glued where a clause ends or
begins (…专项整治焕新貌博鱼体育。, 博鱼体育为擘画…), again and again through the page.
The brands change faster than any list of them (``boilerplate.toml`` [span] names the
known ones), so this step reads their shape instead: the name and a trade word, written
at least :data:`MIN_REPEATS` times, glued to the text at least once with a clause mark on
its other side, and a name the article never uses otherwise.  An article's own sports
body or venue keeps its tail (体育局, 体育中心: ``[brand].body_tails``), and its own
words come back elsewhere (文化体育: 文化), so both stay.  Each cut is recorded as a
removal (kind ``seo``).
"""

from __future__ import annotations

from reporter.clean.record import note_removal
from reporter.clean.resources import CLAUSE_MARKS, HAN_RE, glued_brand_re
from reporter.clean.script import to_simplified

__all__ = ["drop_glued_brands"]

# A script injects its brand many times; a phrase of this shape written once may be the
# article's own (a sports body it names in passing).
MIN_REPEATS = 2
_KIND = "seo"
_REASON = "a betting brand glued into copied sentences"


def _glued(view: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` sits between a word and a clause mark or a
    line's edge: the end of a clause it does not belong to, or the start of one."""
    before = view[start - 1 : start]
    after = view[end : end + 1]
    edge_before = not before or before == "\n" or before in CLAUSE_MARKS
    edge_after = not after or after == "\n" or after in CLAUSE_MARKS
    han_before = bool(before) and HAN_RE.match(before) is not None
    han_after = bool(after) and HAN_RE.match(after) is not None
    return (han_before and edge_after) or (edge_before and han_after)


def drop_glued_brands(text: str) -> str:
    """Cut a betting brand (a name and its trade: 博鱼体育) written at least
    :data:`MIN_REPEATS` times, glued into the text at least once, whose name the
    article uses nowhere else."""
    pattern = glued_brand_re()
    if pattern is None:
        return text
    view = to_simplified(text)
    hits: dict[str, list[tuple[int, int]]] = {}
    for m in pattern.finditer(view):
        hits.setdefault(m.group(), []).append(m.span())
    cut: list[tuple[int, int]] = []
    for phrase, spans in hits.items():
        if len(spans) < MIN_REPEATS or not any(_glued(view, a, b) for a, b in spans):
            continue
        name = phrase[:2]
        if name in view.replace(phrase, "\n"):
            continue  # the article's own word (文化体育: 文化)
        cut.extend(spans)
    for start, end in sorted(cut, reverse=True):
        note_removal(_KIND, text[start:end], _REASON)
        text = text[:start] + text[end:]
    return text
