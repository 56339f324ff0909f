"""Machine-spun Chinese: a copied article run through a synonym spinner ("伪原创").

Content farms disguise copied news by replacing words with fixed substitutes, many of
them absurd (人 -> 东谈主, 观 -> 不雅, 青年夜校 -> 青大除夜校, 介绍 -> 先容).  Every sentence
of such a page is damaged, so dropping spans cannot help; the substitutes are a fixed
table, so they can be undone.  A page holding several substitutes that people never
write (``data/spun.toml`` [signatures]) is judged spun; on it each known substitute is
restored to its original, each restoration recorded as a change, and the step's report
marks the page as spun.  Substitutes with more than one possible original are left as
they are (the table omits them).

SEO farms also inject place names into a copied sentence, glued before a real chain of
places (这是普洱市大理白族自治州云南省大理州云龙县…, 在普洱市楚雄市…): a city or province
written in full right before a place it does not contain.  People write a chain of places
from the larger to the smaller, each containing the next (云南省大理州云龙县), so a full
name glued before a place outside it is injected and cut (:func:`drop_injected_places`).
"""

from __future__ import annotations

import itertools
import re

from reporter.clean.record import note_change, note_removal
from reporter.clean.resources import spin_table
from reporter.clean.script import to_simplified
from reporter.text.gazetteer import PlaceMention, find_places, lookup

__all__ = ["drop_injected_places", "is_spun", "restore_spun_words"]

# The levels whose full name, glued before another place, must contain it: a district
# may be followed by its own towns and streets, which the gazetteer does not list.
_CONTAINING_LEVELS = frozenset({"province", "city"})


def is_spun(text: str) -> bool:
    """Whether ``text`` holds at least ``min_distinct`` different spinner signatures."""
    table = spin_table()
    found = set(table.signature_re.findall(to_simplified(text)))
    return len(found) >= table.min_distinct


def _restore(m: re.Match[str]) -> str:
    spun = m.group()
    out = spin_table().restore[spun]
    if out != spun:
        note_change(spun, out)
    return out


def restore_spun_words(text: str) -> str:
    """On a machine-spun page, the spinner's known substitutes back to their originals."""
    if not is_spun(text):
        return text
    return spin_table().restore_re.sub(_restore, text)


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether ``outer`` contains ``inner`` under any division of ``inner``'s name (朝阳区
    is in 北京市 and in 长春市) or is the same division."""
    if outer.name == inner.name:
        return True
    field = "province" if outer.level == "province" else "city"
    candidates = (*lookup(inner.name), inner)
    return any(getattr(c, field) == outer.name for c in candidates)


def _injected(view: str, first: PlaceMention, second: PlaceMention) -> bool:
    """``first``, written in full, is glued before ``second``, a place it does not contain.
    Provinces in a row (江苏浙江安徽三省) are a list, not a chain."""
    return (
        first.end == second.start
        and first.level in _CONTAINING_LEVELS
        and view[first.start : first.end] == first.name
        and view[second.start : second.end] == second.name
        and not (first.level == "province" and second.level == "province")
        and not _contains(first, second)
    )


def drop_injected_places(text: str) -> str:
    """Cut each place name an SEO farm glued before a place it does not contain."""
    view = to_simplified(text)
    found = find_places(view)
    cuts = [a for a, b in itertools.pairwise(found) if _injected(view, a, b)]
    for place in reversed(cuts):
        note_removal("seo", text[place.start : place.end], "place name injected into a chain")
        text = text[: place.start] + text[place.end :]
    return text
