"""Resources of the genre gate (reporter.compare.genre): the kinds of page that are not
news of cadre work, their marker patterns compiled from ``reporter/data/genre.toml`` once
and validated at load, and the pattern of furniture lines the gate leaves out."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from reporter.compare.prefilter import Prefilter

# The kinds of page that are not news of cadre work (reporter.compare.genre), their
# marker patterns compiled from ``reporter/data/genre.toml`` once, validated at load.


# A furniture line that links to the previous or next article (上一篇：…, 下一篇：…): another
# page's title, which says nothing of this page's kind.
NEIGHBOUR_LINK = re.compile(r"\s*[上下]一篇")


class GenreError(ValueError):
    """The packaged genre file is malformed (a bug of the package, named at load)."""


@dataclass(frozen=True)
class Marker:
    label: str
    pattern: re.Pattern[str]
    weight: float
    max_hits: int
    # Count each matched string once: for words a news page may repeat (招考 on a page about
    # one exam) where the kind of page uses many different ones.
    distinct: bool = False


@dataclass(frozen=True)
class Genre:
    id: str
    reason: str  # "fiction about officialdom": the skip reason's middle
    threshold: float
    markers: tuple[Marker, ...]
    # Whether a dateline, outlet or reporter in the page's metadata counts against this kind:
    # true for fiction and explainers; false for company news, which is published as news
    # (a group's own newspaper has datelines and reporters) and differs by who acts.
    news_metadata: bool = True
    # Added per locality the page names (its metadata's localities, at most
    # genre.MAX_PLACES_COUNTED): negative for kinds that speak of no place at all (an essay
    # on 容错纠错 argues in general; a commentary on one county names it).  0: not counted.
    place_weight: float = 0.0


@dataclass(frozen=True)
class GenreRules:
    genres: tuple[Genre, ...]
    actors: re.Pattern[str]  # an official, Party organ or government body
    actors_reason: str
    # A headline in which a cadre tells of his own stint at a frontline post: kept from the
    # genre model's skip (the rules' kinds still judge it).  None: no such rule.
    first_person_stint: re.Pattern[str] | None = None

    @functools.cached_property
    def prefilter(self) -> Prefilter:
        """The index of every marker pattern: a page's text is read once for which of
        them may match, instead of searched once per marker.  Spelled (see
        ``Prefilter.build``): a marker ruled out would have added nothing."""
        return Prefilter.build((m.pattern for g in self.genres for m in g.markers), spell=True)


def _genre_re(source: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise GenreError(f"{source}: pattern must be a non-empty string")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise GenreError(f"{source}: bad pattern ({exc})") from exc


def parse_rules(text: str) -> GenreRules:
    """The rules of a genre file's text, validated."""
    data: dict[str, Any] = tomllib.loads(text)
    genres = []
    for i, g in enumerate(data.get("genre", [])):
        where = f"genre #{i + 1}"
        markers = []
        for j, m in enumerate(g.get("marker", [])):
            mwhere = f"{where} marker #{j + 1}"
            weight, hits = m.get("weight"), m.get("max_hits", 1)
            if not isinstance(weight, int | float) or weight == 0:
                raise GenreError(f"{mwhere}: weight must be a non-zero number")
            if not isinstance(hits, int) or hits < 1:
                raise GenreError(f"{mwhere}: max_hits must be a positive integer")
            distinct = m.get("distinct", False)
            if not isinstance(distinct, bool):
                raise GenreError(f"{mwhere}: distinct must be true or false")
            pattern = _genre_re(mwhere, m.get("pattern"))
            markers.append(Marker(str(m["label"]), pattern, float(weight), hits, distinct))
        threshold = g.get("threshold")
        if not isinstance(threshold, int | float) or threshold <= 0:
            raise GenreError(f"{where}: threshold must be a positive number")
        news_metadata = g.get("news_metadata", True)
        if not isinstance(news_metadata, bool):
            raise GenreError(f"{where}: news_metadata must be true or false")
        place_weight = g.get("place_weight", 0.0)
        if not isinstance(place_weight, int | float):
            raise GenreError(f"{where}: place_weight must be a number")
        genres.append(
            Genre(
                str(g["id"]),
                str(g["reason"]),
                float(threshold),
                tuple(markers),
                news_metadata,
                float(place_weight),
            )
        )
    actors = data.get("actors", {})
    stint = data.get("first_person_stint")
    return GenreRules(
        tuple(genres),
        _genre_re("actors", actors.get("pattern")),
        str(actors.get("reason", "")),
        None if stint is None else _genre_re("first_person_stint", stint.get("pattern")),
    )


@functools.cache
def rules() -> GenreRules:
    text = importlib_resources.files("reporter").joinpath("data/genre.toml").read_text("utf-8")
    return parse_rules(text)
