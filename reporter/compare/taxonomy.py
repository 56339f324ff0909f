"""The mechanism taxonomy: TOML data, loaded and validated once.

The built-in file is ``reporter/data/taxonomy.toml`` (its header documents the format).  A
user file given with ``--taxonomy FILE`` extends it (same id: its cues, negatives and any
name or definition are merged in; new id: a new mechanism) or, with ``replace=True``,
replaces it.  Every problem is reported as a :class:`TaxonomyError` naming the file.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, fields
from dataclasses import replace as dc_replace
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from reporter.compare.model import Mechanism
from reporter.compare.prefilter import Prefilter
from reporter.compare.regex_risk import regex_risk
from reporter.compare.resources import MECHANISM_ID, fact_patterns

# The nine mechanisms of domain.md; the built-in file must define exactly these.
REQUIRED_IDS: tuple[str, ...] = (
    "task_force",
    "leaderboard",
    "frontline_rotation",
    "frontline_assessment",
    "merit_promotion",
    "training",
    "role_experience",
    "incentive_care",
    "accountability",
)

# A cue heavier than this would let one word decide a mechanism on its own; the scale in
# taxonomy.toml tops out at an institutional act (2.0), so 5 leaves room for user emphasis.
MAX_CUE_WEIGHT = 5.0

_MECHANISM_KEYS = frozenset(
    {"id", "name_zh", "name_en", "definition", "definition_zh", "threshold", "cue", "negative"}
)
_CUE_KEYS = frozenset({"label", "pattern", "weight", "literal"})
_NEGATIVE_KEYS = frozenset({"label", "pattern", "literal", "veto"})
_DISCOUNT_KEYS = frozenset({"label", "pattern", "factor", "literal"})
_TOP_KEYS = frozenset({"mechanism", "discount", "negative"})


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass(frozen=True)
class Cue:
    label: str
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True)
class Negative:
    """Look-alike words blanked out before the cues are matched; with ``veto`` the whole
    sentence gives the mechanism nothing: the negative says who acts (a company, an exam
    guide's definition), and no cue elsewhere in that sentence can make it an act of a
    Party committee or government."""

    label: str
    pattern: re.Pattern[str]
    veto: bool = False


@dataclass(frozen=True)
class Discount:
    label: str
    pattern: re.Pattern[str]
    factor: float


@dataclass(frozen=True)
class MechanismSpec:
    """A mechanism as the detector sees it: what readers see plus its cues."""

    mechanism: Mechanism
    cues: tuple[Cue, ...]
    negatives: tuple[Negative, ...]
    threshold: float | None  # None: the detector's default

    @property
    def id(self) -> str:
        return self.mechanism.id

    @property
    def patterns_in_order(self) -> list[re.Pattern[str]]:
        """Its cues' and then its negatives' patterns."""
        return [c.pattern for c in self.cues] + [n.pattern for n in self.negatives]

    @functools.cached_property
    def patterns(self) -> frozenset[re.Pattern[str]]:
        """Its cues' and negatives' patterns."""
        return frozenset(self.patterns_in_order)

    @functools.cached_property
    def screen(self) -> re.Pattern[str] | None:
        """Any cue or negative: a sentence it does not match has nothing for this mechanism.

        Most sentences show no mechanism, so one search replaces a dozen.  ``None`` when
        the patterns cannot be joined (a user file reusing a group name).
        """
        parts = [p.pattern for p in self.patterns_in_order]
        try:
            return re.compile("|".join(f"(?:{p})" for p in parts))
        except re.error:
            return None


@dataclass(frozen=True)
class Taxonomy:
    specs: tuple[MechanismSpec, ...]
    discounts: tuple[Discount, ...]
    sources: tuple[str, ...]  # the files it was built from, built-in first
    negatives: tuple[Negative, ...] = ()  # blanked out before the cues of every mechanism

    @property
    def mechanisms(self) -> tuple[Mechanism, ...]:
        return tuple(s.mechanism for s in self.specs)

    def spec(self, mechanism_id: str) -> MechanismSpec:
        for s in self.specs:
            if s.id == mechanism_id:
                return s
        raise KeyError(mechanism_id)

    @functools.cached_property
    def covered_names(self) -> dict[str, bool]:
        """Practice names already checked against the cues (filled by compare.practices):
        a name recurs across thousands of articles, its answer never changes."""
        return {}

    @functools.cached_property
    def prefilter(self) -> Prefilter:
        """Every pattern a sentence meets in ``analyze``: cues, negatives, discounts and
        the fact patterns, so that one look-up per sentence serves them all."""
        patterns = [p for s in self.specs for p in s.patterns_in_order]
        patterns += [n.pattern for n in self.negatives] + [d.pattern for d in self.discounts]
        facts = fact_patterns()
        patterns += [getattr(facts, f.name) for f in fields(facts)]
        return Prefilter.build(patterns)


# --------------------------------------------------------------------------- parsing


def _compile(source: str, where: str, table: dict[str, Any]) -> re.Pattern[str]:
    pattern = table.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise TaxonomyError(source, f"{where}: 'pattern' must be a non-empty string")
    literal = table.get("literal", False)
    if not isinstance(literal, bool):
        raise TaxonomyError(source, f"{where}: 'literal' must be true or false")
    try:
        compiled = re.compile(re.escape(pattern) if literal else pattern)
    except re.error as exc:
        raise TaxonomyError(source, f"{where}: bad regex {pattern!r}: {exc}") from exc
    # Cues run on every sentence of untrusted text: a pattern that can backtrack
    # exponentially would stall the article (the time budget would skip it).
    risk = None if literal else regex_risk(pattern)
    if risk is not None:
        raise TaxonomyError(source, f"{where}: unsafe regex {pattern!r}: {risk}; rewrite it")
    return compiled


def _check_keys(source: str, where: str, table: Any, allowed: frozenset[str]) -> None:
    if not isinstance(table, dict):
        raise TaxonomyError(source, f"{where}: expected a table")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise TaxonomyError(source, f"{where}: unknown key(s) {', '.join(unknown)}")


def _label(source: str, where: str, table: dict[str, Any]) -> str:
    label = table.get("label", table.get("pattern"))
    if not isinstance(label, str) or not label.strip():
        raise TaxonomyError(source, f"{where}: 'label' must be a non-empty string")
    return label.strip()


def _parse_cue(source: str, where: str, table: Any) -> Cue:
    _check_keys(source, where, table, _CUE_KEYS)
    weight = table.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise TaxonomyError(source, f"{where}: 'weight' must be a number")
    if not 0 < weight <= MAX_CUE_WEIGHT:
        raise TaxonomyError(source, f"{where}: 'weight' must be in (0, {MAX_CUE_WEIGHT}]")
    return Cue(_label(source, where, table), _compile(source, where, table), float(weight))


def _parse_negative(source: str, where: str, table: Any) -> Negative:
    _check_keys(source, where, table, _NEGATIVE_KEYS)
    veto = table.get("veto", False)
    if not isinstance(veto, bool):
        raise TaxonomyError(source, f"{where}: 'veto' must be true or false")
    return Negative(_label(source, where, table), _compile(source, where, table), veto)


def _parse_discount(source: str, where: str, table: Any) -> Discount:
    _check_keys(source, where, table, _DISCOUNT_KEYS)
    factor = table.get("factor")
    if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 <= factor < 1:
        raise TaxonomyError(source, f"{where}: 'factor' must be a number in [0, 1)")
    return Discount(_label(source, where, table), _compile(source, where, table), float(factor))


@dataclass(frozen=True)
class _Partial:
    """One [[mechanism]] table as written; names may be missing in an extension."""

    id: str
    name_zh: str | None
    name_en: str | None
    definition: str | None
    definition_zh: str | None
    threshold: float | None
    cues: tuple[Cue, ...]
    negatives: tuple[Negative, ...]


def _opt_str(source: str, where: str, table: dict[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise TaxonomyError(source, f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _parse_mechanism(source: str, index: int, table: Any) -> _Partial:
    where = f"mechanism #{index + 1}"
    _check_keys(source, where, table, _MECHANISM_KEYS)
    mid = table.get("id")
    if not isinstance(mid, str) or not MECHANISM_ID.fullmatch(mid):
        raise TaxonomyError(source, f"{where}: 'id' must be snake_case ascii, got {mid!r}")
    where = f"mechanism {mid!r}"
    threshold = table.get("threshold")
    if threshold is not None and (
        isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold <= 0
    ):
        raise TaxonomyError(source, f"{where}: 'threshold' must be a positive number")
    cues_raw = table.get("cue", [])
    negs_raw = table.get("negative", [])
    if not isinstance(cues_raw, list) or not isinstance(negs_raw, list):
        raise TaxonomyError(source, f"{where}: 'cue' and 'negative' must be arrays of tables")
    cues = tuple(_parse_cue(source, f"{where} cue #{i + 1}", c) for i, c in enumerate(cues_raw))
    negatives = tuple(
        _parse_negative(source, f"{where} negative #{i + 1}", n) for i, n in enumerate(negs_raw)
    )
    return _Partial(
        id=mid,
        name_zh=_opt_str(source, where, table, "name_zh"),
        name_en=_opt_str(source, where, table, "name_en"),
        definition=_opt_str(source, where, table, "definition"),
        definition_zh=_opt_str(source, where, table, "definition_zh"),
        threshold=None if threshold is None else float(threshold),
        cues=cues,
        negatives=negatives,
    )


def _complete(source: str, p: _Partial) -> MechanismSpec:
    """A mechanism defined from scratch must carry everything readers need."""
    missing = [k for k in ("name_zh", "name_en", "definition") if getattr(p, k) is None] + (
        [] if p.cues else ["cue"]
    )
    if missing:
        raise TaxonomyError(source, f"mechanism {p.id!r}: missing {', '.join(missing)}")
    assert p.name_zh and p.name_en and p.definition  # narrowed by the check above
    return MechanismSpec(
        Mechanism(p.id, p.name_zh, p.name_en, p.definition, p.definition_zh or ""),
        p.cues,
        p.negatives,
        p.threshold,
    )


@dataclass(frozen=True)
class _File:
    partials: list[_Partial]
    discounts: tuple[Discount, ...]
    negatives: tuple[Negative, ...]


def _read(source: str, text: str) -> _File:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(source, f"not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise TaxonomyError(source, f"unknown top-level key(s) {', '.join(unknown)}")
    mechs = data.get("mechanism", [])
    discounts = data.get("discount", [])
    negatives = data.get("negative", [])
    if not all(isinstance(v, list) for v in (mechs, discounts, negatives)):
        raise TaxonomyError(
            source, "'mechanism', 'discount' and 'negative' must be arrays of tables"
        )
    if not (mechs or discounts or negatives):
        raise TaxonomyError(source, "no [[mechanism]], [[negative]] or [[discount]] table")
    partials = [_parse_mechanism(source, i, m) for i, m in enumerate(mechs)]
    seen: set[str] = set()
    for p in partials:
        if p.id in seen:
            raise TaxonomyError(source, f"mechanism {p.id!r} is defined twice")
        seen.add(p.id)
    return _File(
        partials,
        tuple(_parse_discount(source, f"discount #{i + 1}", d) for i, d in enumerate(discounts)),
        tuple(_parse_negative(source, f"negative #{i + 1}", n) for i, n in enumerate(negatives)),
    )


def _merge(base: MechanismSpec, p: _Partial) -> MechanismSpec:
    """Extend a mechanism: a cue or negative with the same label replaces the old one."""
    cue_labels = {c.label for c in p.cues}
    neg_labels = {n.label for n in p.negatives}
    mech = base.mechanism
    mech = dc_replace(
        mech,
        name_zh=p.name_zh or mech.name_zh,
        name_en=p.name_en or mech.name_en,
        definition=p.definition or mech.definition,
        definition_zh=p.definition_zh or mech.definition_zh,
    )
    return MechanismSpec(
        mech,
        tuple(c for c in base.cues if c.label not in cue_labels) + p.cues,
        tuple(n for n in base.negatives if n.label not in neg_labels) + p.negatives,
        p.threshold if p.threshold is not None else base.threshold,
    )


def _file_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TaxonomyError(path.as_posix(), "file not found") from exc
    except UnicodeDecodeError as exc:
        raise TaxonomyError(path.as_posix(), f"not UTF-8 text: {exc}") from exc
    except OSError as exc:
        raise TaxonomyError(path.as_posix(), f"cannot read: {exc.strerror}") from exc


BUILTIN_NAME = "reporter/data/taxonomy.toml"


def parse_builtin(text: str, source: str = BUILTIN_NAME) -> Taxonomy:
    """Parse a base taxonomy; it must define exactly the nine mechanisms of the domain."""
    f = _read(source, text)
    partials = f.partials
    ids = [p.id for p in partials]
    if sorted(ids) != sorted(REQUIRED_IDS):
        missing = sorted(set(REQUIRED_IDS) - set(ids))
        extra = sorted(set(ids) - set(REQUIRED_IDS))
        raise TaxonomyError(
            source, f"expected the nine domain mechanisms; missing {missing}, extra {extra}"
        )
    return Taxonomy(
        tuple(_complete(source, p) for p in partials), f.discounts, (source,), f.negatives
    )


@functools.cache
def builtin_taxonomy() -> Taxonomy:
    text = importlib_resources.files("reporter").joinpath("data/taxonomy.toml").read_text("utf-8")
    return parse_builtin(text)


def extend(base: Taxonomy, source: str, text: str, replace_all: bool = False) -> Taxonomy:
    """``base`` extended (or replaced) by the taxonomy in ``text`` read from ``source``."""
    f = _read(source, text)
    partials = f.partials
    if replace_all:
        if not partials:
            raise TaxonomyError(source, "a replacing taxonomy needs at least one [[mechanism]]")
        return Taxonomy(
            tuple(_complete(source, p) for p in partials), f.discounts, (source,), f.negatives
        )
    specs = list(base.specs)
    index = {s.id: i for i, s in enumerate(specs)}
    for p in partials:
        if p.id in index:
            specs[index[p.id]] = _merge(specs[index[p.id]], p)
        else:
            specs.append(_complete(source, p))
    return Taxonomy(
        tuple(specs),
        base.discounts + f.discounts,
        (*base.sources, source),
        base.negatives + f.negatives,
    )


@functools.cache
def _load_cached(path: Path | None, replace_all: bool, mtime_ns: int) -> Taxonomy:
    base = builtin_taxonomy()
    if path is None:
        return base
    return extend(base, path.as_posix(), _file_text(path), replace_all)


def load_taxonomy(path: Path | None = None, replace: bool = False) -> Taxonomy:
    """The built-in taxonomy, extended or replaced by ``path``; cached per file version."""
    if path is None:
        return _load_cached(None, False, 0)
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError as exc:
        raise TaxonomyError(path.as_posix(), "file not found") from exc
    except OSError as exc:
        raise TaxonomyError(path.as_posix(), f"cannot read: {exc.strerror}") from exc
    return _load_cached(path, replace, mtime)
