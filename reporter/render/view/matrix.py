"""The mechanism matrix of the executive page: a heat map of mechanisms by article, or
by locality for a large corpus."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from reporter.compare.model import (
    ArticleAnalysis,
)
from reporter.render import charts
from reporter.render.view.base import Builder, MechanismLabel
from reporter.render.view.text import article_anchor, share

# Up to this many articles the matrix has one row per article (a reader of a small corpus
# compares articles; the seeds' executive page); beyond, one row per locality.
MATRIX_ARTICLE_ROWS_MAX = 15
# Localities in the matrix by locality, strongest first: six rows keep five findings, the
# matrix and the deployment chart on one executive page.
MATRIX_LOCALITY_ROWS = {"print": 6, "screen": 30}


@dataclass(frozen=True)
class MatrixRowView:
    """A row of the matrix by article: which mechanisms it shows."""

    article_id: str
    locality: str
    anchor: str
    present: tuple[bool, ...]  # per mechanism, taxonomy order
    total: int


@dataclass(frozen=True)
class LocalityRowView:
    """A row of the matrix by locality."""

    locality: str
    articles: int
    counts: tuple[int, ...]  # articles showing each mechanism, taxonomy order


@dataclass(frozen=True)
class MatrixView:
    """The heat map; one row per article, or per locality for a large corpus."""

    mechanisms: tuple[MechanismLabel, ...]
    rows: tuple[MatrixRowView, ...]  # per article (empty when by locality)
    column_totals: tuple[int, ...]  # articles showing each mechanism
    svg: Markup  # the heat map, built by reporter.render.charts
    legend: Markup
    by_locality: bool = False
    locality_rows: tuple[LocalityRowView, ...] = ()  # shown, strongest first
    localities_shown: int = 0
    localities_more: int = 0  # localities not in the heat map
    articles_more: int = 0  # their articles


def build_matrix(b: Builder) -> MatrixView:
    if len(b.brief.alignment.analyses) > MATRIX_ARTICLE_ROWS_MAX:
        return _matrix_by_locality(b)
    return _matrix_by_article(b)


def _matrix_by_article(b: Builder) -> MatrixView:
    analyses = b.brief.alignment.analyses
    top = max((d.score for a in analyses for d in a.detections), default=0.0)
    heat_rows: list[charts.HeatRow] = []
    rows: list[MatrixRowView] = []
    for a in analyses:
        cells: list[charts.HeatCell] = []
        flags: list[bool] = []
        for m in b.mechs:
            det = a.find_detection(m.id)
            present = bool(det and det.present)
            score = det.score if det else 0.0
            # Cell links exist in the HTML only (its full texts anchor every sentence).
            cite = b.strongest_cite(a, m.id, shown=False) if det and b.mode == "screen" else None
            cells.append(
                charts.HeatCell(
                    present=present,
                    level=(score / top) if top > 0 else 0.0,
                    mention=not present and bool(det and (det.evidence or det.cues)),
                    href=cite.anchor if cite else None,
                    title=f"{m.name} · {b.locality.get(a.article_id, a.article_id)} · {score:.2f}",
                )
            )
            flags.append(present)
        label = f"{b.sid(a.article_id)}  {b.locality.get(a.article_id, a.article_id)}"
        heat_rows.append(charts.HeatRow(label, tuple(cells), sum(flags)))
        rows.append(
            MatrixRowView(
                article_id=a.article_id,
                locality=b.locality.get(a.article_id, a.article_id),
                anchor=article_anchor(a.article_id),
                present=tuple(flags),
                total=sum(flags),
            )
        )
    totals = tuple(sum(r.present[i] for r in rows) for i in range(len(b.mechs)))
    svg = charts.heatmap(
        [m.short for m in b.mechs],
        heat_rows,
        totals,
        title=b.t["matrix"],
        total_label=b.t["matrix_total"],
    )
    legend = charts.legend(
        weak=b.t["legend_weak"],
        strong=b.t["legend_strong"],
        present=b.t["legend_present"],
        mention=b.t["legend_mention"],
    )
    return MatrixView(b.mechs, tuple(rows), totals, svg, legend)


def _matrix_by_locality(b: Builder) -> MatrixView:
    """One row per locality: how many of its articles show each mechanism, shaded by
    their share; the localities with the most (article, mechanism) presences first."""
    analyses = b.brief.alignment.analyses
    groups: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        groups.setdefault(b.place(a.article_id), []).append(a)
    counts = {
        place: tuple(sum(m.id in b.present[a.article_id] for a in group) for m in b.mechs)
        for place, group in groups.items()
    }
    ranked = sorted(groups, key=lambda p: (-sum(counts[p]), -len(groups[p]), p))
    shown = ranked[: MATRIX_LOCALITY_ROWS[b.mode]]
    heat_rows: list[charts.HeatRow] = []
    for place in shown:
        n = len(groups[place])
        cells = tuple(
            charts.HeatCell(
                present=k > 0,
                level=k / n,
                mention=False,
                # The screen links a cell to its mechanism's comparison.
                href=m.anchor if k and b.mode == "screen" else None,
                title=f"{m.name} · {place} · {k}/{n}",
                text=str(k) if k else None,
            )
            for m, k in zip(b.mechs, counts[place], strict=True)
        )
        heat_rows.append(charts.HeatRow(place, cells, n))
    totals = tuple(sum(m.id in b.present[a.article_id] for a in analyses) for m in b.mechs)
    svg = charts.heatmap(
        [m.short for m in b.mechs],
        heat_rows,
        totals,
        title=b.t["matrix"],
        total_label=b.t["matrix_articles"],
        footer=[share(t, len(analyses)) for t in totals],
    )
    legend = charts.legend(
        weak=b.t["legend_share_none"], strong=b.t["legend_share_all"], present=None, mention=None
    )
    hidden = ranked[len(shown) :]
    return MatrixView(
        b.mechs,
        (),
        totals,
        svg,
        legend,
        by_locality=True,
        locality_rows=tuple(LocalityRowView(p, len(groups[p]), counts[p]) for p in shown),
        localities_shown=len(shown),
        localities_more=len(hidden),
        articles_more=sum(len(groups[p]) for p in hidden),
    )
