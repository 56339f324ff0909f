"""Patterns from a user's ``--taxonomy`` whose backtracking can explode (a repeated
group that itself holds a repeat, ``(a+)+``) are refused before any article is read;
the per-article time budget (:mod:`reporter.scale.budget`) stops what this misses."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = frozenset({sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT})
# A repeat whose upper bound is at least this is "unbounded" for backtracking purposes
# (``{1,50}`` inside ``+`` explodes as surely as ``*``).
_MANY = 10


def regex_risk(pattern: str) -> str | None:
    """Why ``pattern`` may backtrack exponentially, or None.  The check is the classic
    one: a repeat that can run many times around a sub-pattern that itself holds a
    repeat (``(a+)+``, ``(\\d*x?)*``), or around an alternation (``(a|ab)*``), lets
    the engine try every way of dividing a long run among the iterations before it
    gives up.  ``pattern`` must compile."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None  # compiling reports it
    return _risk(list(parsed), inside_repeat=False)


def _risk(items: list[tuple[Any, Any]], inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            _low, high, body = arg
            many = high >= _MANY  # MAXREPEAT (no bound) included
            if many and inside_repeat:
                return "a repeated group holds another repeat (like (a+)+): nested quantifiers"
            body_items = list(body)
            if many and _branches_overlap(body_items):
                return "a repeated group holds overlapping alternatives (like (a|ab)*)"
            found = _risk(body_items, inside_repeat or many)
            if found:
                return found
        elif op is sre_parse.SUBPATTERN:
            found = _risk(list(arg[-1]), inside_repeat)
            if found:
                return found
        elif op is sre_parse.BRANCH:
            for branch in arg[1]:
                found = _risk(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            found = _risk(list(arg[1]), inside_repeat)
            if found:
                return found
    return None


def _branches_overlap(items: list[tuple[Any, Any]]) -> bool:
    """Whether two of a repeated body's alternatives start with the same character
    (``a|ab``); alternatives of distinct words (``专班|工作组``) are common and
    harmless, and classes are left to the time budget (no false alarms on them)."""
    for op, arg in items:
        if op is sre_parse.SUBPATTERN and _branches_overlap(list(arg[-1])):
            return True
        if op is sre_parse.BRANCH:
            if any(not list(b) for b in arg[1]):
                return True  # an empty alternative: ``a|ab`` is parsed as ``a(?:|b)``
            known = [f for b in arg[1] if (f := _first_literal(list(b))) is not None]
            if len(set(known)) < len(known):
                return True
    return False


def _first_literal(items: list[tuple[Any, Any]]) -> int | None:
    if items and items[0][0] is sre_parse.LITERAL:
        return int(items[0][1])
    return None
