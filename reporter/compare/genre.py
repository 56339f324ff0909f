"""Genre: is this page news of cadre work at all?

Web novels about officialdom, dictionary and exam-guide pages, and company news use the
genre's words (指挥部, 提拔, 下沉干部, 选调生) without reporting what a real locality did; left
in, they put a fictional county into the matrix.  Each page is scored against the kinds of
page in ``reporter/data/genre.toml`` (markers with weights, news evidence negative); a page
that reaches a kind's threshold, or that names no official, Party organ or government body
at all, is not used, and the reason names the kind and the markers that fired.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from reporter.models import Document

# What the page's own metadata says about it: a page with a dateline, an outlet or a
# reporter was published as news, whatever its words.  Each counts as one marker of news.
METADATA_NEWS_WEIGHT = -1.0
# Markers named in a skip reason: enough to see why, short enough for one line.
MAX_MARKERS_SHOWN = 3
# Named places counted for a kind with ``place_weight``: two places the page names (a county
# and its city) already say that it reports on somewhere; more add no evidence.
MAX_PLACES_COUNTED = 2


class GenreError(ValueError):
    """The packaged genre file is malformed (a bug of the package, named at load)."""


@dataclass(frozen=True)
class Marker:
    label: str
    pattern: re.Pattern[str]
    weight: float
    max_hits: int


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
    # MAX_PLACES_COUNTED): negative for kinds that speak of no place at all (an essay on
    # 容错纠错 argues in general; a commentary on one county names it).  0: not counted.
    place_weight: float = 0.0


@dataclass(frozen=True)
class GenreRules:
    genres: tuple[Genre, ...]
    actors: re.Pattern[str]  # an official, Party organ or government body
    actors_reason: str


@dataclass(frozen=True)
class Verdict:
    """What kind of page this is; ``reason`` is None for news of cadre work."""

    genre: str  # "news", a [[genre]] id, or "no_actor"
    score: float
    markers: tuple[str, ...]  # labels of the markers that fired, strongest first
    reason: str | None


def _compile(source: str, pattern: object) -> re.Pattern[str]:
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
            markers.append(
                Marker(str(m["label"]), _compile(mwhere, m.get("pattern")), float(weight), hits)
            )
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
    return GenreRules(
        tuple(genres), _compile("actors", actors.get("pattern")), str(actors.get("reason", ""))
    )


@functools.cache
def rules() -> GenreRules:
    text = importlib_resources.files("reporter").joinpath("data/genre.toml").read_text("utf-8")
    return parse_rules(text)


def _score(
    genre: Genre, text: str, news_evidence: float, places: int = 0
) -> tuple[float, tuple[str, ...]]:
    counts_metadata = genre.news_metadata and any(m.weight < 0 for m in genre.markers)
    total = news_evidence if counts_metadata else 0.0
    total += genre.place_weight * min(places, MAX_PLACES_COUNTED)
    fired: list[tuple[float, str]] = []
    for m in genre.markers:
        hits = 0
        for _ in m.pattern.finditer(text):
            hits += 1
            if hits == m.max_hits:
                break
        if hits:
            total += hits * m.weight
            if m.weight > 0:
                fired.append((hits * m.weight, m.label))
    fired.sort(key=lambda x: (-x[0], x[1]))
    return total, tuple(label for _, label in fired)


def judge(doc: Document, genre_rules: GenreRules | None = None) -> Verdict:
    """The kind of page ``doc`` is, from its cleaned (simplified) title and text."""
    r = genre_rules or rules()
    meta = doc.article.metadata
    text = f"{meta.title}\n{doc.article.text}"
    news_evidence = METADATA_NEWS_WEIGHT * sum(
        1 for known in (meta.published, meta.outlet, meta.reporters) if known
    )
    places = len(meta.localities)
    for genre in r.genres:
        score, markers = _score(genre, text, news_evidence, places)
        if score >= genre.threshold:
            shown = "、".join(markers[:MAX_MARKERS_SHOWN])
            return Verdict(genre.id, score, markers, f"not a news report: {genre.reason} ({shown})")
    if not r.actors.search(text):
        return Verdict("no_actor", 0.0, (), r.actors_reason)
    return Verdict("news", 0.0, (), None)
