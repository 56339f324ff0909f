"""Chinese administrative divisions: find the places a simplified text names.

The data is ``reporter/data/gazetteer.tsv`` (national adcodes, generated once from
cpca's table by ``scripts/build_gazetteer.py``) plus ``reporter/data/places.toml``
(functional areas such as 西海岸新区, renamed divisions, and surface forms that are
ordinary words more often than places).

Matching is leftmost-longest over full names and short aliases (崂山区 / 崂山).
Full names count wherever they occur.  A short alias is riskier (城阳 inside other
words, 长治久安, 浙江大学), so it counts only when it is not on the stop list, is
not followed by an institution suffix (大学, 日报, 银行 ...), and:

* for a province or city: always (青岛, 长春 are what articles write);
* for a district or county: only when the text also names that district in full
  or names its city, so "崂山" counts in an article about 青岛 or 崂山区 but a
  stray "城阳" in an unrelated text does not.

A name shared by several divisions (朝阳区 in 北京 and 长春) is resolved by the
other places the text names; when that fails the mention keeps its name and
level but no province/city.

Both rules read context from the text given, so call :func:`find_places` on a
whole article (or at least a paragraph), not sentence by sentence.  Matching is a
regex over the characters that can start a name (first and second character), then
a dictionary lookup at each of those positions: about 0.1 ms for a 3,000-character
article.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from reporter.models import LocalityLevel

_LEVELS: tuple[LocalityLevel, ...] = ("province", "city", "district")
# Every name and alias has at least two characters (one character would match inside
# any word), so the scan looks surfaces up by their first two.
MIN_SURFACE_CHARS = 2
# Higher levels win an alias tie (吉林 the province over 吉林市) because articles
# name provinces and cities by their short form far more often than counties.
_LEVEL_RANK: dict[str, int] = {"province": 0, "city": 1, "district": 2}


@dataclass(frozen=True)
class Place:
    """One division of the gazetteer."""

    name: str  # canonical full name, e.g. "崂山区"
    alias: str  # short form, "" when none
    level: LocalityLevel
    province: str | None
    city: str | None
    adcode: str  # "" for functional areas


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text, resolved against the gazetteer."""

    name: str  # canonical full name, e.g. "崂山区"
    level: LocalityLevel  # "province" | "city" | "district"
    province: str | None
    city: str | None
    start: int  # offsets of the matched surface form in the text
    end: int


class GazetteerError(ValueError):
    """The bundled gazetteer data is malformed (a packaging bug, not user input)."""


@dataclass(frozen=True)
class _Gazetteer:
    places: tuple[Place, ...]
    by_full: dict[str, tuple[Place, ...]]
    by_alias: dict[str, tuple[Place, ...]]
    lengths: dict[str, tuple[int, ...]]  # first two chars -> surface lengths, longest first
    # Where a surface form may start: its first character, followed by a character
    # some surface has second.  Most characters of a text start none, and the regex
    # engine skips them far faster than a lookup per position would.
    starts: re.Pattern[str]


def _read_data(name: str) -> str:
    return resources.files("reporter").joinpath("data", name).read_text(encoding="utf-8")


def _level(value: str, where: str) -> LocalityLevel:
    if value not in _LEVELS:
        raise GazetteerError(f"{where}: unknown level {value!r}")
    return value


def _load_tsv() -> list[Place]:
    lines = [ln for ln in _read_data("gazetteer.tsv").splitlines() if not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    expected = ["name", "alias", "level", "province", "city", "adcode"]
    if reader.fieldnames != expected:
        raise GazetteerError(f"gazetteer.tsv: header {reader.fieldnames} != {expected}")
    out = []
    for n, row in enumerate(reader, start=2):
        if not row["name"]:
            raise GazetteerError(f"gazetteer.tsv line {n}: empty name")
        out.append(
            Place(
                name=row["name"],
                alias=row["alias"],
                level=_level(row["level"], f"gazetteer.tsv line {n}"),
                province=row["province"] or None,
                city=row["city"] or None,
                adcode=row["adcode"],
            )
        )
    return out


@functools.cache
def _extra() -> dict[str, object]:
    return tomllib.loads(_read_data("places.toml"))


def _stop_words(key: str) -> frozenset[str]:
    stop = _extra().get("stop", {})
    if not isinstance(stop, dict):
        raise GazetteerError("places.toml: [stop] must be a table")
    words = stop.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise GazetteerError(f"places.toml: stop.{key} must be a list of strings")
    return frozenset(words)


def _load_areas() -> list[tuple[Place, tuple[str, ...]]]:
    areas = _extra().get("area", [])
    if not isinstance(areas, list):
        raise GazetteerError("places.toml: [[area]] must be an array of tables")
    out = []
    for i, area in enumerate(areas):
        where = f"places.toml area #{i + 1}"
        if not isinstance(area, dict) or not isinstance(area.get("name"), str):
            raise GazetteerError(f"{where}: needs a name")
        aliases = area.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{where}: aliases must be a list of strings")
        place = Place(
            name=area["name"],
            alias="",
            level=_level(str(area.get("level", "")), where),
            province=area.get("province") or None,
            city=area.get("city") or None,
            adcode="",
        )
        out.append((place, tuple(aliases)))
    return out


@functools.cache
def _gazetteer() -> _Gazetteer:
    stop_names = _stop_words("names")
    stop_aliases = _stop_words("aliases")
    places = _load_tsv()
    full: dict[str, list[Place]] = {}
    alias: dict[str, list[Place]] = {}
    for p in places:
        if p.name not in stop_names:
            full.setdefault(p.name, []).append(p)
        if p.alias and p.alias not in stop_aliases:
            alias.setdefault(p.alias, []).append(p)
    for place, extra_names in _load_areas():
        places.append(place)
        for surface in (place.name, *extra_names):
            full.setdefault(surface, []).append(place)
    # A full name is never also read as someone else's alias (吉林市 vs 吉林).
    lengths: dict[str, set[int]] = {}
    for surface in (*full, *alias):
        if len(surface) < MIN_SURFACE_CHARS:
            raise GazetteerError(f"place name {surface!r} is shorter than {MIN_SURFACE_CHARS}")
        lengths.setdefault(surface[:MIN_SURFACE_CHARS], set()).add(len(surface))
    return _Gazetteer(
        places=tuple(places),
        by_full={k: tuple(v) for k, v in full.items()},
        by_alias={k: tuple(v) for k, v in alias.items()},
        lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        starts=_starts_re([*full, *alias]),
    )


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


def _starts_re(surfaces: list[str]) -> re.Pattern[str]:
    first = _char_class(s[0] for s in surfaces)
    return re.compile(first + "(?=" + _char_class(s[1] for s in surfaces) + ")")


def all_places() -> tuple[Place, ...]:
    """Every division the gazetteer knows (adcode table and functional areas)."""
    return _gazetteer().places


def lookup(name: str) -> tuple[Place, ...]:
    """The divisions whose full name is ``name`` (several for 朝阳区)."""
    return _gazetteer().by_full.get(name, ())


def _scan(text: str, g: _Gazetteer) -> list[tuple[int, int, bool]]:
    """Leftmost-longest hits as (start, end, is_full_name)."""
    hits = []
    free = 0  # the first position not inside the last hit
    for m in g.starts.finditer(text):
        i = m.start()
        if i < free:
            continue
        for length in g.lengths.get(text[i : i + MIN_SURFACE_CHARS], ()):
            surface = text[i : i + length]
            if len(surface) != length:
                continue
            if surface in g.by_full:
                hits.append((i, i + length, True))
                free = i + length
                break
            if surface in g.by_alias:
                hits.append((i, i + length, False))
                free = i + length
                break
    return hits


def _context_names(text: str, hits: Iterable[tuple[int, int, bool]], g: _Gazetteer) -> set[str]:
    """Names the text clearly names: unambiguous full names, and unambiguous
    province/city aliases (a district alias alone never vouches for itself)."""
    named: set[str] = set()
    for start, end, is_full in hits:
        surface = text[start:end]
        cands = g.by_full[surface] if is_full else g.by_alias[surface]
        if len(cands) == 1 and (is_full or cands[0].level != "district"):
            named.add(cands[0].name)
        elif not is_full:
            top = min(_LEVEL_RANK[p.level] for p in cands)
            tops = [p for p in cands if _LEVEL_RANK[p.level] == top]
            if len(tops) == 1 and tops[0].level != "district":
                named.add(tops[0].name)
    return named


def _pick(cands: tuple[Place, ...], named: set[str], is_full: bool) -> Place | None:
    """The one candidate this mention means, or None when it should not count."""
    if not is_full:
        # Short district aliases need the district itself or its city named in full.
        cands = tuple(
            p
            for p in cands
            if p.level != "district" or p.name in named or (p.city is not None and p.city in named)
        )
        if not cands:
            return None
    if len(cands) == 1:
        return cands[0]
    in_context = [p for p in cands if p.city in named or p.province in named or p.name in named]
    if len(in_context) == 1:
        return in_context[0]
    pool = in_context or list(cands)
    top = min(_LEVEL_RANK[p.level] for p in pool)
    tops = [p for p in pool if _LEVEL_RANK[p.level] == top]
    if len(tops) == 1:
        return tops[0]
    # Same name, same level, no context: keep the name, not a guessed parent.
    first = tops[0]
    return Place(first.name, "", first.level, None, None, "")


@functools.cache
def _org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_stop_words("org_suffixes"), key=len, reverse=True))


# A brand name puts at most this many characters between the place's short form
# and its company word (吉林全药网: one); more and the words are unrelated.
BRAND_GAP_MAX = 2
# Characters that make the gap part of a place phrase (吉林全省银行业 is about the
# province), so a brand word after them does not cancel the place.
_PLACE_GAP_CHARS = frozenset("省市县区州旗盟镇乡村")


@functools.cache
def _brand_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_stop_words("brand_suffixes"), key=len, reverse=True))


def _names_institution(text: str, end: int) -> bool:
    """Whether the short form ending at ``end`` starts an institution or brand name."""
    if text.startswith(_org_suffixes(), end):
        return True
    brands = _brand_suffixes()
    for gap in range(BRAND_GAP_MAX + 1):
        between = text[end : end + gap]
        if len(between) < gap or not all("\u4e00" <= ch <= "\u9fff" for ch in between):
            return False
        if _PLACE_GAP_CHARS.intersection(between):
            return False
        if text.startswith(brands, end + gap):
            return True
    return False


def find_places(text: str) -> list[PlaceMention]:
    """Places named in a simplified text, in document order, without overlaps."""
    g = _gazetteer()
    hits = [
        (start, end, is_full)
        for start, end, is_full in _scan(text, g)
        if is_full or not _names_institution(text, end)
    ]
    named = _context_names(text, hits, g)
    out = []
    for start, end, is_full in hits:
        surface = text[start:end]
        cands = g.by_full[surface] if is_full else g.by_alias[surface]
        place = _pick(cands, named, is_full)
        if place is not None:
            out.append(
                PlaceMention(place.name, place.level, place.province, place.city, start, end)
            )
    return out
