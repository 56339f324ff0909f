"""Machine-spun Chinese: a copied article run through a synonym spinner ("伪原创").

Content farms disguise copied news by replacing words with fixed substitutes, many of
them absurd (人 -> 东谈主, 观 -> 不雅, 青年夜校 -> 青大除夜校, 介绍 -> 先容).  Every sentence
of such a page is damaged, so dropping spans cannot help; the substitutes are a fixed
table, so they can be undone.  A page holding several substitutes that people never
write (``data/spun.toml`` [signatures]) is judged spun; on it each known substitute is
restored to its original, each restoration recorded as a change, and the step's report
marks the page as spun.  Substitutes with more than one possible original are left as
they are (the table omits them).
"""

from __future__ import annotations

import re

from reporter.clean.record import note_change
from reporter.clean.resources import spin_table
from reporter.clean.script import to_simplified

__all__ = ["is_spun", "restore_spun_words"]


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
