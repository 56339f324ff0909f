"""Regular expressions of :mod:`reporter.compare.locality`, built from the ``[actor]`` word
lists of ``reporter/data/places.toml`` and compiled once."""

from __future__ import annotations

import functools
import re

# A town's own name before its suffix: two to four characters (华埠镇, 大沥镇, 七百弄乡;
# one character would be a piece of a word: 各镇, 全乡).
TOWN_STEM_MIN_CHARS, TOWN_STEM_MAX_CHARS = 2, 4


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def town_after_place(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """At a position right after a county or district: a town and its suffix
    (开化县|华埠镇), the shortest stem that ends in a suffix."""
    return re.compile(
        rf"(?P<stem>[\u4e00-\u9fff]{{{TOWN_STEM_MIN_CHARS},{TOWN_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{_alt(suffixes)})"
    )


@functools.cache
def town_before_organ(suffixes: tuple[str, ...], organs: tuple[str, ...]) -> re.Pattern[str]:
    """A town named by its own organ (大沥镇委书记, 华埠镇党委): a two-character stem, the
    suffix and the organ."""
    return re.compile(
        rf"(?P<stem>[\u4e00-\u9fff]{{{TOWN_STEM_MIN_CHARS}}})(?P<suffix>{_alt(suffixes)})"
        rf"(?:{_alt(organs)})"
    )


# A town opening a clause may have a longer name (成吉思汗大街街道, 新华路街道: a street
# office is named after its street); six characters cover the street names seen.
TOWN_SUBJECT_STEM_MAX_CHARS = 6


@functools.cache
def town_opening_clause(
    suffixes: tuple[str, ...], actions: tuple[str, ...], clause_starts: str
) -> re.Pattern[str]:
    """A town with a three- to six-character stem opening a clause (after a line start or
    punctuation) before what it does: 近日，成吉思汗大街街道开展….  Shorter stems are
    :func:`town_before_organ`'s."""
    return re.compile(
        rf"(?:^|(?<=[{re.escape(clause_starts)}]))"
        rf"(?P<stem>[\u4e00-\u9fff]{{{TOWN_STEM_MIN_CHARS + 1},{TOWN_SUBJECT_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{_alt(suffixes)})(?:{_alt(actions)})"
    )
