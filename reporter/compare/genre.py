"""Genre: is this page news of cadre work at all?

Web novels about officialdom, dictionary and exam-guide pages, and company news use the
genre's words (指挥部, 提拔, 下沉干部, 选调生) without reporting what a real locality did; left
in, they put a fictional county into the matrix.  Each page is scored against the kinds of
page in ``reporter/data/genre.toml`` (markers with weights, news evidence negative); a page
that reaches a kind's threshold, or that names no official, Party organ or government body
at all, is not used, and the reason names the kind and the markers that fired.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reporter.compare.genre_model import SKIP_AT, GenreModel
from reporter.compare.genre_resources import (
    NEIGHBOUR_LINK,
    Genre,
    GenreError,
    GenreRules,
    parse_rules,
    rules,
)
from reporter.compare.prefilter import PatternSet, haystack
from reporter.models import Document

__all__ = [
    "FURNITURE_KINDS",
    "METADATA_NEWS_WEIGHT",
    "GenreError",
    "Verdict",
    "judge",
    "parse_rules",
    "rules",
]

# What the page's own metadata says about it: a page with a dateline, an outlet or a
# reporter was published as news, whatever its words.  Each counts as one marker of news.
METADATA_NEWS_WEIGHT = -1.0
# The kinds of line the cleaner drops (reporter.models.Removal.kind) that the gate still
# reads: a site's breadcrumb, banner, promotion and credit lines name the kind of page (a
# novel site's chapter, a news page's byline).  Markup, mojibake, junk, spam and duplicates
# are left out: they say nothing about the page, or only repeat its text.
FURNITURE_KINDS = frozenset(
    {
        "navigation",
        "dateline",
        "byline",
        "source",
        "editor",
        "label",
        "boilerplate",
        "promotion",
        "classifieds",
        "copyright",
        "contact",
    }
)
# The skip reason of a page the genre model reads as no news: it names no marker, so it
# says what the model saw and how sure it is.
MODEL_REASON = (
    "not a news report: the genre model reads it as fiction, commentary or an explainer "
    "(probability {p:.2f})"
)
# Markers named in a skip reason: enough to see why, short enough for one line.
MAX_MARKERS_SHOWN = 3
# Named places counted for a kind with ``place_weight``: two places the page names (a county
# and its city) already say that it reports on somewhere; more add no evidence.
MAX_PLACES_COUNTED = 2


# How far below a kind's threshold its best possible score must stay for the rest of
# its markers to be skipped (see _score): far more than the rounding of a few sums of
# weights, far less than any weight.
REACH_MARGIN = 1e-6

# The verdicts that are no [[genre]] of the rules: a report of cadre work, a page whose
# acts no organ does (a company's own command post), and a page the genre model reads as
# no news (reporter.compare.genre_model).
NEWS = "news"
NO_ACTOR = "no_actor"
NOT_NEWS_MODEL = "not_news_model"


@dataclass(frozen=True)
class Verdict:
    """What kind of page this is; ``reason`` is None for news of cadre work."""

    genre: str  # "news", a [[genre]] id, or "no_actor"
    score: float
    markers: tuple[str, ...]  # labels of the markers that fired, strongest first
    reason: str | None


def _score(
    genre: Genre,
    text: str,
    news_evidence: float,
    places: int = 0,
    possible: PatternSet | None = None,
    reach: float | None = None,
) -> tuple[float, tuple[str, ...]] | None:
    """``genre``'s score of ``text`` and the labels of its markers that fired.

    ``possible``: the marker patterns that may match ``text`` (``GenreRules.prefilter``);
    the others are not run, which changes nothing: a marker with no match adds nothing
    to the score.  ``None``: all.

    ``reach``: the score that matters (the kind's threshold).  Once the markers left
    cannot bring the score to it (each adds at most ``max_hits`` times its weight, a
    negative one nothing), they are not run and ``None`` comes back: below the
    threshold the score and markers are not used.
    """
    counts_metadata = genre.news_metadata and any(m.weight < 0 for m in genre.markers)
    total = news_evidence if counts_metadata else 0.0
    total += genre.place_weight * min(places, MAX_PLACES_COUNTED)
    fired: list[tuple[float, str]] = []
    markers = genre.markers if possible is None else possible.select(genre.markers)
    # the most the markers not yet run can add
    ceiling = math.fsum(m.max_hits * m.weight for m in markers if m.weight > 0)
    for m in markers:
        if reach is not None and total + ceiling < reach - REACH_MARGIN:
            return None
        if m.weight > 0:
            ceiling -= m.max_hits * m.weight
        # With ``distinct``, one word repeated (a news page on a cadre exam says 招考 four
        # times) is one piece of evidence, not four.
        seen: set[str] = set()
        hits = 0
        for found in m.pattern.finditer(text):
            if m.distinct and found.group(0) in seen:
                continue
            seen.add(found.group(0))
            hits += 1
            if hits == m.max_hits:
                break
        if hits:
            total += hits * m.weight
            if m.weight > 0:
                fired.append((hits * m.weight, m.label))
    fired.sort(key=lambda x: (-x[0], x[1]))
    return total, tuple(label for _, label in fired)


def _first_person_stint(r: GenreRules, title: str) -> bool:
    """Whether the headline is a cadre's own account of a stint at a frontline post
    (genre.toml ``[first_person_stint]``): news the model reads as commentary for its first
    person, so the model does not judge it."""
    return r.first_person_stint is not None and r.first_person_stint.search(title) is not None


def judge(
    doc: Document,
    genre_rules: GenreRules | None = None,
    furniture: str = "",
    model: GenreModel | None = None,
) -> Verdict:
    """The kind of page ``doc`` is, from its cleaned (simplified) title and text and the
    page furniture the cleaner dropped (``furniture``, simplified: see :data:`FURNITURE_KINDS`).
    A page no rule skips is read by ``model`` (:mod:`.genre_model`), when given, and
    skipped when it reaches :data:`~reporter.compare.genre_model.SKIP_AT`, unless its
    headline is a cadre's first-person account of a frontline stint.

    The furniture is what says what kind of page it is (a novel site's breadcrumb
    ``妙笔阁 > 官梯 > 第971章``, its ``扫描二维码访问`` line; a news page's byline and source),
    so the gate reads it although the summary and the matrix never do.
    """
    r = genre_rules or rules()
    meta = doc.article.metadata
    own = "\n".join(line for line in furniture.split("\n") if not NEIGHBOUR_LINK.match(line))
    text = f"{meta.title}\n{doc.article.text}\n{own}"
    news_evidence = METADATA_NEWS_WEIGHT * sum(
        1 for known in (meta.published, meta.outlet, meta.reporters) if known
    )
    places = len(meta.localities)
    possible = r.prefilter.possible(haystack(text))
    for genre in r.genres:
        scored = _score(genre, text, news_evidence, places, possible, genre.threshold)
        if scored is None:
            continue  # it cannot reach the threshold
        score, markers = scored
        if score >= genre.threshold:
            shown = "、".join(markers[:MAX_MARKERS_SHOWN])
            return Verdict(genre.id, score, markers, f"not a news report: {genre.reason} ({shown})")
    if model is not None and not _first_person_stint(r, meta.title or ""):
        p = model.probability(sentence.text for sentence in doc.sentences)
        if p >= SKIP_AT:
            return Verdict(NOT_NEWS_MODEL, round(p, 3), (), MODEL_REASON.format(p=p))
    if not r.actors.search(text):
        return Verdict(NO_ACTOR, 0.0, (), r.actors_reason)
    return Verdict(NEWS, 0.0, (), None)
