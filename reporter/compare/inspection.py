"""An inspection visit from above (到洛江区检查指导, 来我市督查, 到某市开展一线考核): the
place inspected is the local item's actor, and the organ that comes down does not act
for it.  Its words are the ``[inspection]`` table of
``reporter/data/places.toml``.  Split from :mod:`reporter.compare.actors`, which reads a
place after a visit marker as a destination unless it is inspected."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reporter.compare.place_resources import CLAUSE_END, places_word_lists


class InspectionWordsError(ValueError):
    """``[inspection]`` of places.toml is missing or malformed."""


@dataclass(frozen=True)
class InspectionWords:
    visits: tuple[str, ...]  # 来, 到, 莅临: the visit marker before the place
    verbs: tuple[str, ...]  # 检查, 督查, 考核: the top-down verb after it
    conduct: tuple[str, ...]  # 开展: opens the inspection's object, its verb ending it


@functools.cache
def inspection_words() -> InspectionWords:
    words = places_word_lists("inspection", InspectionWordsError)
    return InspectionWords(visits=words("visits"), verbs=words("verbs"), conduct=words("conduct"))


# The characters read after an unnamed organ for its visit of inspection (督查组来平督查,
# 市委常委、统战部长林万明到洛江区检查指导: a post and a name come first).
_INSPECTION_CLAUSE_CHARS = 24
# Characters between an inspected place and its verb (到洛江区|检查, 来我市|开展督查: two).
INSPECTED_GAP = 2


def is_inspected(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is visited to be inspected (来平凉督查,
    到洛江区检查指导): a visit marker right before it, a top-down verb right after, or
    closing the object of 开展 in the clause (到福鼎市开展重点项目一线考核)."""
    w = inspection_words()
    if not text.endswith(w.visits, 0, start):
        return False
    after = text[end : end + INSPECTED_GAP + max(map(len, w.verbs))]
    if any(0 <= after.find(v) <= INSPECTED_GAP for v in w.verbs):
        return True
    if not text.startswith(w.conduct, end):
        return False
    clause = CLAUSE_END.split(text[end : end + _INSPECTION_CLAUSE_CHARS], maxsplit=1)[0]
    return any(v in clause for v in w.verbs)


def inspects(text: str, at: int) -> bool:
    """Whether the organ ending at ``at`` comes to inspect in its clause (来我市督查):
    a visit marker, then a top-down verb, before the clause ends."""
    w = inspection_words()
    clause = CLAUSE_END.split(text[at : at + _INSPECTION_CLAUSE_CHARS], maxsplit=1)[0]
    for marker in w.visits:
        seen = clause.find(marker)
        if seen != -1 and any(v in clause[seen:] for v in w.verbs):
            return True
    return False
