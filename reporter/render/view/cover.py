"""The cover: the title block and the corpus at a glance (its article table, and for a
large corpus the tallies by locality, outlet and year)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reporter.render.view.base import Builder
from reporter.render.view.matrix import MATRIX_ARTICLE_ROWS_MAX
from reporter.render.view.text import (
    TITLE_PREVIEW_CHARS,
    article_anchor,
    format_date,
    preview,
    share,
)

# Beyond this many articles (or when some articles have no card) the title block shows
# the corpus by locality, outlet and year instead of relying on the article table; the
# size at which the matrix, too, turns to localities.
OVERVIEW_MIN_ARTICLES = MATRIX_ARTICLE_ROWS_MAX
# Rows of each tally of the overview; the rest is one "others" line.
OVERVIEW_ROWS = {"locality": 12, "outlet": 8, "year": 12}


@dataclass(frozen=True)
class GlanceRow:
    """One article of the corpus table on the cover."""

    article_id: str
    short_id: str
    anchor: str
    title: str
    outlet: str
    date: str
    locality: str


@dataclass(frozen=True)
class Tally:
    """One line of an overview tally: a locality, outlet or year and its articles."""

    label: str
    count: int
    share: str  # of all articles, "8.7%"


@dataclass(frozen=True)
class TallyList:
    """One tally of the overview: its largest rows, the rest counted as "others"."""

    rows: tuple[Tally, ...]
    others: int  # values not listed
    others_count: int  # their articles


@dataclass(frozen=True)
class Overview:
    """A large corpus at a glance: its articles per locality, outlet and year."""

    localities: TallyList
    outlets: TallyList
    years: TallyList


@dataclass(frozen=True)
class Glance:
    """The corpus at a glance (title block)."""

    articles: int
    localities: int
    outlets: int
    mechanisms_seen: int
    mechanisms_total: int
    span: str  # "2017 – 2022" or the unknown label
    rows: tuple[GlanceRow, ...]  # the articles with a card
    rows_more: int = 0  # articles not in the table (no card)
    overview: Overview | None = None  # a large corpus (OVERVIEW_MIN_ARTICLES)


def build_glance(b: Builder) -> Glance:
    docs = b.brief.documents
    dates = sorted(d.article.metadata.published for d in docs if d.article.metadata.published)
    if dates:
        first, last = dates[0][:4], dates[-1][:4]
        span = first if first == last else f"{first} – {last}"
    else:
        span = b.t["unknown"]
    outlets = {d.article.metadata.outlet for d in docs if d.article.metadata.outlet}
    localities = {b.locality[d.id] for d in docs}
    anywhere: frozenset[str] = frozenset().union(*b.present.values())
    seen = sum(1 for m in b.mechs if m.id in anywhere)
    rows = tuple(
        GlanceRow(
            article_id=d.id,
            short_id=b.sid(d.id),
            anchor=article_anchor(d.id),
            title=preview(d.article.metadata.title, TITLE_PREVIEW_CHARS),
            outlet=d.article.metadata.outlet or b.t["unknown"],
            date=format_date(d.article.metadata.published, b.t),
            locality=b.locality[d.id],
        )
        for d in docs
        if d.id in b.carded
    )
    large = b.hidden > 0 or len(docs) > OVERVIEW_MIN_ARTICLES
    return Glance(
        articles=len(docs),
        localities=len(localities),
        outlets=len(outlets),
        mechanisms_seen=seen,
        mechanisms_total=len(b.mechs),
        span=span,
        rows=rows,
        rows_more=len(docs) - len(rows),
        overview=_overview(b) if large else None,
    )


def _overview(b: Builder) -> Overview:
    docs = b.brief.documents
    unknown = b.t["unknown"]
    places = Counter(b.place(d.id) for d in docs)
    outlets = Counter(d.article.metadata.outlet or unknown for d in docs)
    years = Counter((d.article.metadata.published or "")[:4] or unknown for d in docs)
    return Overview(
        localities=_tally(places, OVERVIEW_ROWS["locality"], len(docs)),
        outlets=_tally(outlets, OVERVIEW_ROWS["outlet"], len(docs)),
        # Years read in time order; the busiest are kept if there are too many.
        years=_tally(years, OVERVIEW_ROWS["year"], len(docs), chronological=unknown),
    )


def _tally(
    counts: Counter[str], limit: int, total: int, *, chronological: str | None = None
) -> TallyList:
    """The ``limit`` largest counts (ties by label), the rest summed as "others".

    With ``chronological`` the kept rows are shown by label (years), that label last.
    """
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept, rest = ranked[:limit], ranked[limit:]
    if chronological is not None:
        kept.sort(key=lambda kv: (kv[0] == chronological, kv[0]))
    return TallyList(
        rows=tuple(Tally(label, n, share(n, total)) for label, n in kept),
        others=len(rest),
        others_count=sum(n for _, n in rest),
    )
