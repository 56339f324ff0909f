"""Every pattern the summarize stage uses, loaded once from ``data/summarize.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_RESOURCE = ("data", "summarize.toml")
REJECT_REASONS = ("garbled", "gap", "fragment", "caption", "attribution", "boilerplate")

# Letters and digits of any script: what "characters of content" means for length rules.
CONTENT_CHAR = re.compile(r"[^\W_]")
# Every other character (its complement, character for character): a sentence holds far
# fewer of these, so counting or deleting them builds fewer objects than finding the
# content characters does.
NON_CONTENT_CHAR = re.compile(r"[\W_]")
# Character bigrams are taken over content characters only.

# A reject pattern is screened by a set of characters one of which each of its matches
# holds (see reject_screen); a set larger than this lets most sentences through anyway.
MAX_SCREEN_CHARS = 64


class ResourceError(ValueError):
    """``data/summarize.toml`` is malformed."""


@dataclass(frozen=True)
class Patterns:
    reject: tuple[tuple[str, re.Pattern[str]], ...]  # (reason, pattern)
    quantity: tuple[re.Pattern[str], ...]
    not_quantity: tuple[re.Pattern[str], ...]
    result_cues: tuple[re.Pattern[str], ...]
    low_value: tuple[re.Pattern[str], ...]
    final_punctuation: re.Pattern[str]


def _compile(where: str, source: object) -> re.Pattern[str]:
    if not isinstance(source, str) or not source:
        raise ResourceError(f"summarize.toml {where}: expected a non-empty string")
    try:
        return re.compile(source)
    except re.error as exc:
        raise ResourceError(f"summarize.toml {where}: bad pattern {source!r}: {exc}") from exc


def _list(table: dict[str, object], key: str, where: str) -> list[object]:
    value = table.get(key)
    if not isinstance(value, list) or not value:
        raise ResourceError(f"summarize.toml {where}.{key}: expected a non-empty list")
    return value


@cache
def patterns() -> Patterns:
    path = resources.files("reporter").joinpath(*_RESOURCE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{path}: {exc}") from exc
    reject_table = data.get("reject")
    facts = data.get("facts")
    shape = data.get("shape")
    penalty = data.get("penalty")
    tables = (reject_table, facts, shape, penalty)
    if not all(isinstance(t, dict) for t in tables):
        raise ResourceError(f"{path}: needs [reject], [facts], [penalty] and [shape] tables")
    assert isinstance(reject_table, dict) and isinstance(facts, dict)
    assert isinstance(shape, dict) and isinstance(penalty, dict)
    unknown = set(reject_table) - set(REJECT_REASONS)
    if unknown:
        raise ResourceError(f"{path}: unknown [reject] lists {sorted(unknown)}")
    reject = tuple(
        (reason, _compile(f"reject.{reason}[{i}]", src))
        for reason in REJECT_REASONS
        for i, src in enumerate(_list(reject_table, reason, "reject"))
    )
    quantity = tuple(
        _compile(f"facts.quantity[{i}]", src)
        for i, src in enumerate(_list(facts, "quantity", "facts"))
    )
    not_quantity = tuple(
        _compile(f"facts.not_quantity[{i}]", src)
        for i, src in enumerate(_list(facts, "not_quantity", "facts"))
    )
    result_cues = tuple(
        _compile(f"facts.result_cues[{i}]", src)
        for i, src in enumerate(_list(facts, "result_cues", "facts"))
    )
    low_value = tuple(
        _compile(f"penalty.low_value[{i}]", src)
        for i, src in enumerate(_list(penalty, "low_value", "penalty"))
    )
    return Patterns(
        reject,
        quantity,
        not_quantity,
        result_cues,
        low_value,
        _compile("shape.final_punctuation", shape.get("final_punctuation")),
    )


@cache
def reject_screen() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]:
    """The ``[reject]`` patterns in order as ``(reason, pattern, needs)``: every match of
    the pattern holds one of the characters ``needs`` (None: nothing is known).

    A sentence holding none of them cannot match, so its search is skipped (one set
    test instead of a regex search: most patterns need a character most sentences lack,
    such as ``*``, ``?`` or 版).  ``needs`` is read off what the compare stage's
    prefilter finds any match must contain (:func:`reporter.compare.prefilter.requirements`,
    sets of keys one of which a match holds): the first characters of one such item's
    keys, the smallest such set.  A key standing for any digit gives no set (digits are
    common and many).
    """
    from reporter.compare.prefilter import DIGIT_KEY, requirements

    screened = []
    for reason, pattern in patterns().reject:
        sets = [
            frozenset(key[0] for key in item)
            for item in requirements(pattern)
            if DIGIT_KEY not in item
        ]
        usable = [chars for chars in sets if len(chars) <= MAX_SCREEN_CHARS]
        needs = min(usable, key=len) if usable else None
        screened.append((reason, pattern, needs))
    return tuple(screened)
