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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reporter.compare.resources import DIGIT

# The regex parser: ``re._parser`` since Python 3.11 (``sre_parse`` before, deprecated).
_P: Any = importlib.import_module("re._parser")

# Stands for "a decimal digit" (what ``\d`` matches): :func:`haystack` appends it to a
# text that holds one.  A text holding it itself can only let more patterns through.
DIGIT_KEY = "\x00"
# A character class wider than this ([\u4e00-\u9fff]) says nothing useful about a text.
MAX_CLASS_CHARS = 64
# Selectivity weights of keys when choosing an item: a run of three characters or more
# is rare in running text, a pair uncommon, a single character or a digit common.
_RUN_COST = 1
_PAIR_COST = 2
_CHAR_COST = 8
_DIGIT_COST = 16
# The mask detect.py writes over negative spans: a key holding it could appear only after
# masking, so it is never used (masking then cannot make a ruled-out pattern match).
_MASK = "\u25a1"

Item = frozenset[str]


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


def _items(seq: Iterable[tuple[Any, Any]]) -> list[Item]:
    """The items any match of a parsed sequence must satisfy (all of them)."""
    out: list[Item] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            out.append(frozenset({run}))
        run = ""

    for op, av in seq:
        if op is _P.LITERAL:
            run += chr(av)
            continue
        flush()
        if op is _P.IN:
            item = _class_item(av)
            if item is not None:
                out.append(item)
        elif op is _P.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) matches other cases than written
                out.extend(_items(av[3]))
        elif op is _P.ATOMIC_GROUP:
            out.extend(_items(av))
        elif op in (_P.MAX_REPEAT, _P.MIN_REPEAT, _P.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out.extend(_items(av[2]))
        elif op is _P.BRANCH:
            joined: set[str] = set()
            for alternative in av[1]:
                inner = _items(alternative)
                if not inner:
                    break  # one branch needs nothing: the alternation needs nothing
                joined |= _best(inner)
            else:
                out.append(frozenset(joined))
        # anything else (anchors, look-arounds, ., [^...], backreferences): no item
    flush()
    return [it for it in out if it and not any(_MASK in k for k in it)]


def requirements(pattern: re.Pattern[str]) -> tuple[Item, ...]:
    """What any match of ``pattern`` must contain; ``()`` when nothing is known."""
    if pattern.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_items(_P.parse(pattern.pattern, pattern.flags).data)))


@dataclass(frozen=True)
class Prefilter:
    """An index of patterns by what their matches must contain."""

    patterns: tuple[re.Pattern[str], ...]
    index: dict[str, tuple[int, ...]]  # first two characters of a key -> patterns
    indexed: frozenset[str]  # the keys of ``index``
    # per pattern, its items left to check: a key, or keys of which one must be there
    items: tuple[tuple[str | tuple[str, ...], ...], ...]
    always: tuple[int, ...]  # patterns the filter knows nothing about

    @classmethod
    def build(cls, patterns: Iterable[re.Pattern[str]]) -> Prefilter:
        unique = tuple(dict.fromkeys(patterns))
        index: dict[str, set[int]] = {}
        items: list[tuple[str | tuple[str, ...], ...]] = []
        always: list[int] = []
        for n, pattern in enumerate(unique):
            needs = requirements(pattern)
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
                    next(iter(it)) if len(it) == 1 else tuple(sorted(it))
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
        )

    def possible(self, hay: str) -> frozenset[re.Pattern[str]]:
        """The patterns that may match a text, given as its :func:`haystack`."""
        grams = {hay[i : i + 2] for i in range(len(hay) - 1)}
        grams.update(hay)
        hit = set(self.always)
        for gram in self.indexed.intersection(grams):
            hit.update(self.index[gram])
        contains = hay.__contains__
        out = []
        for n in hit:
            for item in self.items[n]:
                if not (item in hay if isinstance(item, str) else any(map(contains, item))):
                    break
            else:
                out.append(self.patterns[n])
        return frozenset(out)
