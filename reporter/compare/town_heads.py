"""Towns the headline or lead names without their county (督查南湖洲镇防汛工作,
在西城街道张庄社区…) that the text goes on writing of by their level alone (该镇, 镇党委,
全镇, 街道): a township's or street office's own item, which its portal tells without
naming the county; and towns whose officials the headline or a notice says were
punished (:func:`punished_in_title`, :func:`punished_in_text`).  Split from
:mod:`reporter.compare.towns` to keep it small, with the level helpers both use."""

from __future__ import annotations

import re
from collections.abc import Mapping

from reporter.compare.actors import CLAUSE_STARTS, actor_words
from reporter.compare.place_resources import (
    LEVEL_PAIR,
    TOWN_LEAD_CHARS,
    TOWN_STEM_MIN_CHARS,
    street_subject,
    town_before_organ,
    town_in_head,
    town_reference,
)
from reporter.compare.town_stems import (
    PHRASE_WORD_TAGS,
    TOWN_MIN_MENTIONS,
    place_word,
    stem_stops,
    stop_chars,
    street_stem,
)
from reporter.text import segment
from reporter.text.gazetteer import is_common_word
from reporter.text.resources import HAN_COMMON

# The town levels written by one character that such references use.
# A street office is referred to as 街道 (街道党工委, 全街道) once named.
TOWN_REFERENCE_LEVELS = ("镇", "乡", "街道")
# The level a headline's town is written of alone this often before it is the text's
# subject (详细了解该镇…, 镇党委…): a town named once as a case has no such voice.
HEAD_TOWN_MIN_REFERENCES = 1
# A division's level ending the name right before a town's (高新区|新城街道): a path.
_PATH_LEVEL_CHARS = frozenset("区县市")
_STREET = "街道"
_HAN = re.compile(rf"[{HAN_COMMON}]")


def head_towns(
    text: str,
    title: tuple[int, int],
    lead: tuple[int, int],
    place_ends: set[int],
    found: Mapping[str, tuple[str, str | None]],
) -> list[tuple[str, str]]:
    """(name, stem) of the towns the headline or lead names by a stem that starts after a
    word's end (:func:`_after_word`), written in full at least :data:`TOWN_MIN_MENTIONS`
    times, whose level the text writes of alone at least :data:`HEAD_TOWN_MIN_REFERENCES`
    times (该镇, 镇党委, 全镇; 街道 opening a clause), and that is the only town of its
    level the text names (``found``, the towns read so far, and any name before a town's
    organ: with 赤峰镇人大 named too, 镇纪委 may be either's): the longest such stem
    before each suffix."""
    w = actor_words()
    levels = [s for s in w.town_suffixes if s in TOWN_REFERENCE_LEVELS]
    referred = {level: level_count(text, level) for level in levels}
    pattern = town_in_head(tuple(levels))
    best: dict[int, tuple[str, str]] = {}  # suffix start -> (name, stem)
    for lo, hi in (title, lead):
        for hit in pattern.finditer(text, lo, hi):
            stem, suffix = hit["stem"], hit["suffix"]
            end = hit.start() + len(stem)
            if (
                end + len(suffix) > hi
                or referred[suffix] < HEAD_TOWN_MIN_REFERENCES
                # 到|大庙镇, 期间全|街道: a stem holding a word of direction or scope
                or stopped(text, stem + suffix, stem, set())
                or not _after_word(text, hit.start(), place_ends)
                # named in full once (君西河镇 read from a sentence's words, 提拔任街道):
                # a phrase running into a level more likely than a town
                or text.count(stem + suffix) < TOWN_MIN_MENTIONS
                # a word of the dictionary (报告|镇, 帮扶|镇) names no town unless it is a
                # place's (西城, 新城: old quarters)
                or (is_common_word(stem) and not place_word(stem))
                or segment.dictionary_tag(stem) in PHRASE_WORD_TAGS
                # a level starting a word with what follows (乡村, 乡贤, 镇街, 乡镇)
                or is_common_word(text[end + len(suffix) - 1 : end + len(suffix) + 1])
                or LEVEL_PAIR.match(text, end) is not None
            ):
                continue
            if len(stem) > len(best.get(end, ("", ""))[1]):
                best[end] = (stem + suffix, stem)
    others = _other_towns(text, found)
    return [
        (name, stem)
        for name, stem in best.values()
        if not any(town_level(o) == town_level(name) and not same_town(o, name) for o in others)
    ]


def _other_towns(text: str, found: Mapping[str, tuple[str, str | None]]) -> list[str]:
    """The towns ``found`` and any name before an organ of a town's level (担任赤峰镇人大
    副主席), but a word before the bare level (要求|镇党委) or a phrase's stem."""
    w = actor_words()
    by_organ = town_before_organ(w.town_suffixes, w.town_references)
    named = [
        *((name, stem) for name, (stem, _) in found.items()),
        *((hit["stem"] + hit["suffix"], hit["stem"]) for hit in by_organ.finditer(text)),
    ]
    return [
        name
        for name, stem in named
        if not is_common_word(stem) and not stopped(text, name, stem, set())
    ]


def stopped(text: str, name: str, stem: str, subjects: set[str]) -> bool:
    """Whether ``stem`` holds a character that makes it a phrase (:func:`stop_chars`;
    ``subjects``: the towns opening the headline or a clause after their county's path)."""
    stop = stop_chars(name, stem, stem_stops(name, stem, text, subjects), text.count(name))
    return bool(
        stop.intersection(street_stem(stem) if name.endswith(_STREET) else stem.removesuffix("村"))
    )


def level_count(text: str, level: str) -> int:
    """How often ``text`` writes of a town of ``level`` by the level alone (全乡, 该镇,
    镇党委; 街道 opening a clause)."""
    w = actor_words()
    pattern = town_reference(level, w.town_references, w.town_reference_prefixes)
    count = sum(1 for _ in pattern.finditer(text))
    if level == _STREET:
        subject = street_subject("".join(sorted(CLAUSE_STARTS)), w.town_references)
        count += sum(1 for _ in subject.finditer(text))
    return count


def _after_word(text: str, at: int, place_ends: set[int]) -> bool:
    """Whether a name may start at ``at``: after no Han character, after a one-character
    word (:data:`TOWN_LEAD_CHARS`), a place or level (高新区|新城街道), a number's unit
    (2018年|指前镇) or a word of the dictionary (深入|南湖洲镇, 督查|…)."""
    if text[at - 1 : at].isdigit():
        return False  # 2018|年指前镇: the number's unit, no name's start
    if at == 0 or at in place_ends or text[at - 2 : at - 1].isdigit():
        return True
    if not _HAN.match(text[at - 1]):
        return True
    return (
        text[at - 1] in TOWN_LEAD_CHARS
        or text[at - 1] in _PATH_LEVEL_CHARS
        or is_common_word(text[max(at - 2, 0) : at])
    )


def town_level(name: str) -> str:
    """The level a town's name ends in: 街道 for a street office, else its last character."""
    return _STREET if name.endswith(_STREET) else name[-1]


def same_town(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name one town, one with its county's short form before it."""
    return a.endswith(b) or b.endswith(a)


def punished_in_title(text: str, name: str, title: tuple[int, int]) -> bool:
    """Whether the headline (``title``) names the town, then says its officials were
    punished (某镇党委书记等多人被处分: ``punished_markers``)."""
    at = text.find(name, *title)
    if at == -1:
        return False
    markers = actor_words().punished_markers
    return any(text.find(m, at + len(name), title[1]) != -1 for m in markers)


# Where one punished official's outcome ends: each is told in a clause of its own
# (…受到免职处理；上官龙辉作为…), so a semicolon ends it as a full stop does.
_OUTCOME_CLAUSE_END = re.compile(r"[。！？!?；;\n]")


def punished_in_text(text: str, stem: str) -> bool:
    """Whether a clause of ``text`` names the town (by its stem's tail) with a punishment
    handed down to someone (受到诫勉谈话处理, 给予…警告处分, 免去其…职务:
    ``punishment_outcomes`` with ``punishment_receipts``): a notice of the town's officials
    punished or removed.  A town's own tally (累计…降职免职干部9人) hands none down.  The
    level above, whose discipline organ investigated and whose committee decided, is the
    page's actor; the town is where the fault fell (over the 72 labelled batches no page
    labelled with a town says so)."""
    outcomes = actor_words().punishment_outcomes
    # the stem's shortest tail a town's name has: a head pattern may have read a word
    # before it into the stem (对|石仓镇, 通报|石仓镇), which the notice's clauses lack
    tail = stem[-TOWN_STEM_MIN_CHARS:]
    handed = actor_words().punishment_receipts
    return any(
        tail in clause and any(o in clause for o in outcomes) and any(h in clause for h in handed)
        for clause in _OUTCOME_CLAUSE_END.split(text)
    )
