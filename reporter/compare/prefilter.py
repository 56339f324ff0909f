"""Which of many regexes can match a text, without running them.

Most sentences show no mechanism and hold no number, yet each would be searched by a
hundred cue patterns and eight fact patterns.  Here every pattern is read once (Python's
own regex parser) into what any match must contain: a conjunction of *items*, each a set
of *keys* of which the text must hold at least one.  A key is a run of literal characters
("指挥部"), one character of a class ([%％]) or :data:`DIGIT_KEY` (``\\d``).  An
alternation contributes one item: for each branch its most selective item, joined.
Anything the reading does not understand (look-arounds, negated classes, wide ranges,
case-insensitive patterns) contributes nothing, which only lets more through: a pattern
ruled out can never match, so the results are those of running every pattern.

:class:`Prefilter` indexes each pattern under the first two characters of the keys of its
most selective item; a text looks up only the characters and pairs it has, then the
candidates' items are checked with substring tests (:meth:`Prefilter.possible`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol, TypeVar

from reporter.compare.resources import DIGIT

# The regex parser: ``re._parser`` since Python 3.11 (``sre_parse`` before, deprecated).
_P: Any = importlib.import_module("re._parser")

# Stands for "a decimal digit" (what ``\d`` matches): :func:`haystack` appends it to a
# text that holds one.  A text holding it itself can only let more patterns through.
DIGIT_KEY = "\x00"
# A character class wider than this ([\u4e00-\u9fff]) says nothing useful about a text.
MAX_CLASS_CHARS = 64
# Keys up to this long are looked up in the set of a text's characters and pairs (see
# Prefilter.possible); longer ones are searched in the text.
SHORT_KEY = 2
# Keys of one item spelled from a stretch of literals and classes ([转回]过: 2); beyond
# this the stretch is cut in two items (the product of two wide classes says little).
MAX_RUN_KEYS = 64
# Selectivity weights of keys when choosing an item: a run of three characters or more
# is rare in running text, a pair uncommon, a single character or a digit common.
_RUN_COST = 1
_PAIR_COST = 2
_CHAR_COST = 8
_DIGIT_COST = 16
# The mask detect.py writes over negative spans: a key holding it could appear only after
# masking, so it is never used (masking then cannot make a ruled-out pattern match).
_MASK = "\u25a1"
# Groups of patterns whose numbers a Prefilter remembers (a taxonomy's cue lists, its
# negatives, ...: a few dozen); beyond this the memo starts afresh, so groups made anew
# per call cannot grow it without bound.
MAX_GROUPS = 1_024

Item = frozenset[str]
# The numbers a group's patterns have, and where each stands in the group.
GroupPositions = tuple[frozenset[int], dict[int, tuple[int, ...]]]


class HasPattern(Protocol):
    """A cue, negative, discount or marker: anything with one pattern."""

    @property
    def pattern(self) -> re.Pattern[str]: ...


_P_co = TypeVar("_P_co", bound=HasPattern)
_V = TypeVar("_V")


def haystack(text: str) -> str:
    """``text`` as :meth:`Prefilter.possible` reads it: with :data:`DIGIT_KEY` appended
    when it holds a digit."""
    return text + DIGIT_KEY if DIGIT.search(text) else text


def _cost(item: Item) -> int:
    return sum(
        _DIGIT_COST
        if k == DIGIT_KEY
        else _CHAR_COST
        if len(k) == 1
        else _PAIR_COST
        if len(k) == 2
        else _RUN_COST
        for k in item
    )


def _best(items: Sequence[Item]) -> Item:
    return min(items, key=lambda it: (_cost(it), sorted(it)))


def _class_item(av: Sequence[tuple[Any, Any]]) -> Item | None:
    keys: set[str] = set()
    for op, a in av:
        if op is _P.LITERAL:
            keys.add(chr(a))
        elif op is _P.RANGE and a[1] - a[0] < MAX_CLASS_CHARS:
            keys.update(chr(c) for c in range(a[0], a[1] + 1))
        elif op is _P.CATEGORY and a in (_P.CATEGORY_DIGIT, _P.CATEGORY_UNI_DIGIT):
            keys.add(DIGIT_KEY)
        else:
            return None  # negated, a wide range, another category
    return frozenset(keys) if keys else None


def _items(seq: Iterable[tuple[Any, Any]], spell: bool = False) -> list[Item]:
    """The items any match of a parsed sequence must satisfy (all of them).

    ``spell``: a small class beside literals spells keys with them (see
    :meth:`Prefilter.build`); else it is an item of its own.
    """
    out: list[Item] = []
    # The strings one of which a match holds from the start of the current stretch of
    # literals (and, spelling, small classes: each literal extends them all, a class
    # multiplies them by its characters).
    run: set[str] = set()

    def flush() -> None:
        nonlocal run
        if run:
            out.append(frozenset(run))
        run = set()

    def extend(chars: Iterable[str]) -> None:
        nonlocal run
        run = {r + c for r in run or ("",) for c in chars}

    for op, av in seq:
        if op is _P.LITERAL:
            extend(chr(av))
            continue
        if op is _P.IN:
            item = _class_item(av)
            # a digit stands for any digit (DIGIT_KEY): never part of a longer key
            if (
                spell
                and item is not None
                and DIGIT_KEY not in item
                and max(len(run), 1) * len(item) <= MAX_RUN_KEYS
            ):
                extend(item)
                continue
            flush()
            if item is not None:
                out.append(item)
            continue
        flush()
        if op is _P.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) matches other cases than written
                out.extend(_items(av[3], spell))
        elif op is _P.ATOMIC_GROUP:
            out.extend(_items(av, spell))
        elif op in (_P.MAX_REPEAT, _P.MIN_REPEAT, _P.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out.extend(_items(av[2], spell))
        elif op is _P.BRANCH:
            joined: set[str] = set()
            for alternative in av[1]:
                inner = _items(alternative, spell)
                if not inner:
                    break  # one branch needs nothing: the alternation needs nothing
                joined |= _best(inner)
            else:
                out.append(frozenset(joined))
        # anything else (anchors, look-arounds, ., [^...], backreferences): no item
    flush()
    return [it for it in out if it and not any(_MASK in k for k in it)]


def requirements(pattern: re.Pattern[str], spell: bool = False) -> tuple[Item, ...]:
    """What any match of ``pattern`` must contain; ``()`` when nothing is known.

    ``spell``: see :meth:`Prefilter.build`."""
    if pattern.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_items(_P.parse(pattern.pattern, pattern.flags).data, spell)))


class PatternSet(Set[re.Pattern[str]]):
    """A set of a :class:`Prefilter`'s patterns, held as their numbers in it.

    A pattern's membership is looked up by the pattern object's identity (for the
    objects the prefilter was built from; any other by equality, as a set of patterns
    would): hashing a compiled pattern hashes its whole compiled code, a microsecond or
    more for a long alternation, and a sentence's patterns are looked up hundreds of
    times.  Equal patterns share a number, so membership is that of a set of patterns.
    """

    __slots__ = ("_numbers", "_prefilter")

    def __init__(self, prefilter: Prefilter, numbers: frozenset[int]) -> None:
        self._prefilter = prefilter
        self._numbers = numbers

    def __contains__(self, pattern: object) -> bool:
        return self._prefilter.number(pattern) in self._numbers

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        patterns = self._prefilter.patterns
        return (patterns[n] for n in sorted(self._numbers))

    def __len__(self) -> int:
        return len(self._numbers)

    def isdisjoint(self, other: Iterable[Any]) -> bool:
        """Whether no pattern of ``other`` is in this set."""
        # a collection met before (a mechanism's patterns, asked once per sentence):
        # its numbers straight from the memo
        known = self._prefilter._collections.get(id(other))
        if known is not None and known[0] is other:
            return self._numbers.isdisjoint(known[1])
        if isinstance(other, frozenset | tuple):
            return self._numbers.isdisjoint(self._prefilter.numbers_of(other))
        return super().isdisjoint(other)

    def select(self, group: Sequence[_P_co]) -> list[_P_co]:
        """The members of ``group`` whose pattern is in this set, in order.

        A tuple's members are found from the numbers it shares with this set (a
        sentence's possible patterns are a few of a group's hundred), not by testing
        every member.
        """
        if not isinstance(group, tuple):
            numbers = self._prefilter.numbers_by_member(group)
            mine = self._numbers
            return [g for g, n in zip(group, numbers, strict=True) if n in mine]
        numbers_in_group, positions = self._prefilter.positions_by_number(group)
        common = numbers_in_group & self._numbers
        if not common:
            return []
        order = sorted(chain.from_iterable(map(positions.__getitem__, common)))
        return list(map(group.__getitem__, order))


@dataclass(frozen=True)
class Prefilter:
    """An index of patterns by what their matches must contain."""

    patterns: tuple[re.Pattern[str], ...]
    index: dict[str, tuple[int, ...]]  # first two characters of a key -> patterns
    indexed: frozenset[str]  # the keys of ``index``
    # per pattern, its items left to check, each as its keys of one or two characters
    # (looked up in the text's set of those) and its longer ones (searched in the text):
    # the text holds one of them
    items: tuple[tuple[tuple[frozenset[str], tuple[str, ...]], ...], ...]
    always: tuple[int, ...]  # patterns the filter knows nothing about
    settled: frozenset[int]  # patterns found in the index with no item left to check
    # The patterns as given to :meth:`build` (equal ones included): kept alive, so that
    # their ids in ``by_id`` stay theirs.
    given: tuple[re.Pattern[str], ...]
    # id of a given pattern -> its number in ``patterns`` (see PatternSet)
    by_id: dict[int, int]
    spell: bool  # how the patterns were read (see build)
    # id of a collection of patterns -> (it, their numbers): see numbers_of
    _collections: dict[int, tuple[object, frozenset[int | None]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # id of a group of things with a pattern -> (it, their numbers): see numbers_by_member
    _members: dict[int, tuple[object, tuple[int | None, ...]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # id of a tuple of things with a pattern -> (it, where each number is in it): see
    # positions_by_number
    _positions: dict[int, tuple[object, GroupPositions]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def build(cls, patterns: Iterable[re.Pattern[str]], spell: bool = False) -> Prefilter:
        """The index of ``patterns``.

        ``spell``: a small class beside literals spells keys with them ("[转回]过" needs
        转过 or 回过, far rarer in running text than 过), so fewer patterns pass that
        cannot match.  Only where the filter changes nothing but the time, as for the
        genre gate's markers (a marker that does not match adds nothing).  The
        taxonomy's filter keeps the plain reading: the sentences it lets through are the
        act model's candidates (judged even when no cue matches: ``detect.detect``'s
        hits), so its reading is part of what the model was trained on.
        """
        given = tuple(patterns)
        unique = tuple(dict.fromkeys(given))
        number = {p: n for n, p in enumerate(unique)}
        index: dict[str, set[int]] = {}
        items: list[tuple[tuple[frozenset[str], tuple[str, ...]], ...]] = []
        always: list[int] = []
        for n, pattern in enumerate(unique):
            needs = requirements(pattern, spell)
            if not needs:
                always.append(n)
                items.append(())
                continue
            chosen = _best(needs)
            for key in chosen:
                index.setdefault(key[:2], set()).add(n)
            # found under one of its keys, the chosen item holds unless a key is longer
            # than what the index looked up
            settled = all(len(k) <= 2 for k in chosen)
            items.append(
                tuple(
                    (
                        frozenset(k for k in it if len(k) <= SHORT_KEY),
                        tuple(sorted(k for k in it if len(k) > SHORT_KEY)),
                    )
                    for it in needs
                    if not (settled and it is chosen)
                )
            )
        return cls(
            unique,
            {k: tuple(sorted(v)) for k, v in index.items()},
            frozenset(index),
            tuple(items),
            tuple(always),
            frozenset(n for n, left in enumerate(items) if not left and n not in always),
            given,
            {id(p): number[p] for p in given},
            spell,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # ids mean nothing in another process: a copy is built anew from the patterns
        return (Prefilter.build, (self.given, self.spell))

    def number(self, pattern: object) -> int | None:
        """``pattern``'s number in :attr:`patterns`, ``None`` if it is none of them."""
        n = self.by_id.get(id(pattern))
        if n is None and isinstance(pattern, re.Pattern):
            n = next((i for i, p in enumerate(self.patterns) if p == pattern), None)
        return n

    @staticmethod
    def _remember(memo: dict[int, tuple[object, _V]], group: object, value: _V) -> _V:
        """``value``, kept in ``memo`` under ``group``'s id (with the group itself, so the
        id stays its own; a look-up checks it is the same object)."""
        if len(memo) >= MAX_GROUPS:
            memo.clear()
        memo[id(group)] = (group, value)
        return value

    def numbers_of(self, patterns: frozenset[Any] | tuple[Any, ...]) -> frozenset[int | None]:
        """The numbers of ``patterns`` (``None`` for one that is none of :attr:`patterns`),
        computed once per collection object (immutable: its numbers stay what they were)."""
        known = self._collections.get(id(patterns))
        if known is not None and known[0] is patterns:
            return known[1]
        numbers = frozenset(self.number(p) for p in patterns)
        return self._remember(self._collections, patterns, numbers)

    def numbers_by_member(self, group: Sequence[HasPattern]) -> tuple[int | None, ...]:
        """The number of each member's pattern, in order (``None`` as in :meth:`number`),
        computed once per group object when it is a tuple (a list may change)."""
        if not isinstance(group, tuple):
            return tuple(self.number(g.pattern) for g in group)
        known = self._members.get(id(group))
        if known is not None and known[0] is group:
            return known[1]
        numbers = tuple(self.number(g.pattern) for g in group)
        return self._remember(self._members, group, numbers)

    def positions_by_number(self, group: tuple[HasPattern, ...]) -> GroupPositions:
        """The numbers of the members' patterns (leaving out ``None``) and, for each, the
        positions of the members with that pattern in ``group`` (ascending), computed once
        per tuple object (immutable)."""
        known = self._positions.get(id(group))
        if known is not None and known[0] is group:
            return known[1]
        positions: dict[int, list[int]] = {}
        for i, n in enumerate(self.numbers_by_member(group)):
            if n is not None:
                positions.setdefault(n, []).append(i)
        found = (frozenset(positions), {n: tuple(at) for n, at in positions.items()})
        return self._remember(self._positions, group, found)

    def possible(self, hay: str) -> PatternSet:
        """The patterns that may match a text, given as its :func:`haystack`."""
        # every key of up to SHORT_KEY characters the text holds
        grams = {hay[i : i + 2] for i in range(len(hay) - 1)}
        grams.update(hay)
        hit = set(self.always)
        for gram in self.indexed.intersection(grams):
            hit.update(self.index[gram])
        out = hit & self.settled
        contains = hay.__contains__
        for n in hit - self.settled:
            for short, long in self.items[n]:
                if grams.isdisjoint(short) and not any(map(contains, long)):
                    break
            else:
                out.add(n)
        return PatternSet(self, frozenset(out))
