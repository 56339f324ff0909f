"""Whether the stem read before a town's suffix (车城|乡, 周家|街道) can be a town's name:
the characters that make it a phrase (各|乡镇, 城乡), the words no town is named after
unless the text names it again and again.  Split from :mod:`reporter.compare.towns` to
keep it small."""

from __future__ import annotations

import functools

from reporter.compare.actors import actor_words, in_subject_position
from reporter.compare.place_resources import LEVEL_PAIR, TOWN_LEAD_CHARS, TOWN_STEM_MIN_CHARS
from reporter.text import segment
from reporter.text.gazetteer import find_places, is_common_word

# A town is named at least this often (stem or full name) before it can be the actor.
TOWN_MIN_MENTIONS = 2
_STREET = "街道"


def stem_stops(name: str, stem: str, text: str, subjects: set[str]) -> frozenset[str]:
    """The stop characters for ``stem``: all of ``town_stem_stop_chars``, but a level
    character ending a two-character stem (车城乡, 古城镇, 引镇街道: named after an old
    town or a walled seat) is the name's own when the town opens the headline with its
    own act or a clause after its county's path (``subjects``), or stands before its own
    organ (奉城镇党委), and the text writes it in full again: a phrase (各乡镇, 由乡镇党委,
    城乡) never both opens one and recurs so."""
    stop = actor_words().town_stem_stop_chars
    if (
        len(stem) == TOWN_STEM_MIN_CHARS
        and stem[-1] in _NAME_LEVEL_CHARS
        # 由|乡镇党委, 对|乡镇: a word before a pair of levels, no name
        and stem[0] not in TOWN_LEAD_CHARS
        and not LEVEL_PAIR.match(stem[-1] + (_STREET if name.endswith(_STREET) else name[-1]))
        and (name in subjects or _before_own_organ(text, name))
        and text.count(name) >= TOWN_MIN_MENTIONS
    ):
        return stop - {stem[-1]}
    return stop


def _before_own_organ(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` right before its own organ opening a clause
    (奉城镇党委委员…, 古城镇人民政府…): a phrase running into a level (城镇, 乡镇) takes
    no party committee of its own.  Organs of two characters or more: a lone 委 or 长
    may start a word."""
    organs = tuple(o for o in actor_words().town_organs if len(o) >= _ORGAN_MIN_CHARS)
    at = text.find(name)
    while at != -1:
        # opening a clause (。奉城镇党委委员…展示): not a post someone is given (担任天城镇
        # 党委委员), which names where a person works
        if text.startswith(organs, at + len(name)) and in_subject_position(text, at):
            return True
        at = text.find(name, at + len(name))
    return False


# The shortest organ that proves a town (党委, 政府; not 委 of 镇委书记 nor 长 of 镇长).
_ORGAN_MIN_CHARS = 2


# The level characters a town may be named after, as its stem's second character (车城乡,
# 古城镇, 引镇街道).
_NAME_LEVEL_CHARS = frozenset("乡镇城")


# jieba's word classes of a word no town is named after unless the text names the town in
# full again and again: verbs (促进, 上报, 赋予; 胜利 and 前进 are towns too), pronouns
# (你们) and words of position (最后).
PHRASE_WORD_TAGS = frozenset({"v", "vd", "vn", "r", "f"})


# jieba's word class of a place's name (东城, 长安, 古城): a stem of that class names a
# town or street office after it, as its old town or quarter.
PLACE_WORD_TAGS = frozenset({"ns"})


@functools.cache
def place_word(stem: str) -> bool:
    """Whether ``stem`` is a word of a class :data:`PLACE_WORD_TAGS` names."""
    return segment.dictionary_tag(stem) in PLACE_WORD_TAGS


@functools.cache
def phrase_word(stem: str) -> bool:
    """Whether ``stem`` is a common word of a class :data:`PHRASE_WORD_TAGS` names."""
    return is_common_word(stem) and segment.dictionary_tag(stem) in PHRASE_WORD_TAGS


def street_stem(stem: str) -> str:
    """The part of a street office's stem that must hold no stop character: without the
    街 of its street, or the 镇 of the old town it replaced if a name is left before it."""
    stem = stem.removesuffix("街")
    town = stem.removesuffix(_OLD_TOWN)
    return town if town != stem and len(town) >= TOWN_STEM_MIN_CHARS else stem


def stop_chars(name: str, stem: str, stop: frozenset[str], count: int) -> frozenset[str]:
    """The stop characters that make ``stem`` a phrase.  A street office named after its
    road (镇江路街道, 县前街街道, 市中路街道) may hold a level's character in the road's
    name: only the function words (各, 全, 的...) are.  Any other street office may hold
    城 opening its name (城东街道, 城南街道: named after where it lies from the seat), as
    a town may (城关镇, 城郊乡), which stops only the phrases a 乡 or 镇 ends (城乡,
    城镇), never one 街道 ends; and
    anywhere in it (东城街道, 古城街道) when the text writes the full name ``count``
    :data:`TOWN_MIN_MENTIONS` times or more, as a story about the street office does."""
    if not name.endswith(_STREET):
        # a town named after the old county seat (旧县镇, 老县镇) or an old market
        # (腊市镇): its 县 or 市 ends a stem that names no place and counts none, where
        # 沛县|镇党委, 全县|镇村, 两县|镇党委书记 and 义乌市|镇街 are phrases
        old_seat = (
            stem.endswith(_OLD_SEAT_ENDS) and stem[0] not in _NUMERALS and not find_places(stem)
        )
        stop = stop - {stem[-1]} if old_seat else stop
        # a town named after where it lies from the county seat (城关镇, 城郊乡, 城南乡:
        # the seat's own town, the commonest town name) holds 城 opening its name, as a
        # street office does; only inside a stem does 城 end a phrase (新城镇化)
        return stop - _SEAT_CHARS if stem.startswith(tuple(_SEAT_CHARS)) else stop
    if stem.endswith(ROAD_ENDS):
        return stop - _LEVEL_CHARS
    if stem.startswith(tuple(_SEAT_CHARS)) or count >= TOWN_MIN_MENTIONS:
        return stop - _SEAT_CHARS
    return stop


# How the stem of a town named after a county seat that moved away (旧县镇) or an old
# market (腊市镇, 新市镇, 马市镇) ends: the stop character it then is not.
_OLD_SEAT_ENDS = ("县", "市")
# What counts the counties before a town level (两县镇党委书记): no town's name.
_NUMERALS = frozenset("一二两三四五六七八九十几多数")
# How a road's name ends, the level characters a road's name may hold, and the
# character of the county seat a street office may be named after.
ROAD_ENDS = ("路", "街")
_LEVEL_CHARS = frozenset("乡镇省市县区城村")
_SEAT_CHARS = frozenset("城")


# The suffix of the town a street office may be named after (嘉定镇街道).
_OLD_TOWN = "镇"
