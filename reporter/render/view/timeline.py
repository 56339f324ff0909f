"""The timeline in the brief: one line per mechanism and a chart of localities by year.

The line says where a mechanism is first reported, place after place in date order
("专班/指挥部：2020 绿园区 → 2022 青岛市"); the chart has a row per locality, a column per
year and, in each cell, a numbered mark per mechanism reported there that year (the
number is the mechanism's place in the taxonomy, explained in the chart's legend).
Drawn with the helpers of :mod:`reporter.render.charts`, so it escapes and scales as the
other charts do.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reporter.brief.timeline import TimelineEntry, mechanism_stops
from reporter.corpus.filters import article_date
from reporter.render import charts
from reporter.render.charts import BAR, FONT, MUTED, RULE, _n, _serialize, _svg, _text
from reporter.render.labels import Labels
from reporter.render.view.base import Builder
from reporter.render.view.text import article_anchor

# Places named on one mechanism's line; the rest are counted ("… and 4 more"): a line
# longer than two printed lines is no longer read as a sequence.
MAX_STOPS_PER_LINE = 8
# Rows of the chart: the localities reported first come first.  Fifteen rows keep the
# chart within half an A4 page; the rest are counted under it.
MAX_CHART_ROWS = 15
# Columns of the chart: the most recent years.  Sixteen years still leave each column
# room for one mark (see MARK_STEP); news archives of this genre rarely span more.
MAX_CHART_YEARS = 16

WIDTH = 680
LABEL_W = 110  # a county name of five characters plus its city's
HEAD_H = 22  # the years
ROW_PAD = 5
MARK_R = 7.5
MARK_STEP = 18.0  # a mark's width plus a gap that keeps neighbours apart in print
MARK_FONT = 9.5
LABEL_FONT = 11.0
LEGEND_FONT = 10.0
LEGEND_LINE_H = 20.0
LEGEND_GAP = 14.0  # between two legend items


@dataclass(frozen=True)
class StopView:
    """A place on a mechanism's line, in the year it first reported the mechanism."""

    year: str
    locality: str
    anchor: str | None  # the card of the first article of that year and place


@dataclass(frozen=True)
class LineView:
    """One mechanism's line: the places that report it, in date order."""

    name: str
    anchor: str  # the mechanism's section
    stops: tuple[StopView, ...]
    more: int  # places not named (MAX_STOPS_PER_LINE)


@dataclass(frozen=True)
class TimelineView:
    """The timeline section (template partial ``sections/timeline.html``)."""

    lines: tuple[LineView, ...]
    svg: Markup | None
    rows_more: int  # localities not drawn (MAX_CHART_ROWS)
    years_from: str
    years_to: str
    undated: int  # articles without a date, not on the timeline


@dataclass(frozen=True)
class MechanismKey:
    """What the chart needs of a mechanism: its number, name and section anchor."""

    id: str
    number: int
    name: str
    anchor: str


def build(
    entries: Sequence[TimelineEntry],
    mechanisms: Sequence[MechanismKey],
    t: Labels,
    card_anchor: dict[str, str],
    undated: int,
) -> TimelineView:
    """The view of ``entries``; ``card_anchor`` maps an article id to its card's anchor
    (articles without a card are not linked)."""
    lines = []
    for m in mechanisms:
        stops = mechanism_stops(entries, m.id)
        if not stops:
            continue
        shown = tuple(
            StopView(s.year, s.locality, card_anchor.get(s.article_ids[0]))
            for s in stops[:MAX_STOPS_PER_LINE]
        )
        lines.append(LineView(m.name, m.anchor, shown, len(stops) - len(shown)))
    placed = [e for e in entries if e.locality is not None]
    if not placed:
        return TimelineView(tuple(lines), None, 0, "", "", undated)
    rows: list[str] = list(dict.fromkeys(e.locality or "" for e in placed))
    rows_more = max(0, len(rows) - MAX_CHART_ROWS)
    rows = rows[:MAX_CHART_ROWS]
    last = int(max(e.date[:4] for e in placed))
    first = max(int(min(e.date[:4] for e in placed)), last - MAX_CHART_YEARS + 1)
    years = [str(y) for y in range(first, last + 1)]
    svg = chart(placed, rows, years, mechanisms, t, card_anchor)
    return TimelineView(tuple(lines), svg, rows_more, years[0], years[-1], undated)


def build_timeline(b: Builder) -> TimelineView:
    """The timeline section of the brief ``b`` assembles: every mechanism in taxonomy
    order, numbered from 1, and links to the cards shown."""
    keys = [MechanismKey(m.id, i, m.name, m.anchor) for i, m in enumerate(b.mechs, start=1)]
    anchors = {a: article_anchor(a) for a in b.carded}
    undated = sum(1 for d in b.brief.documents if article_date(d) is None)
    return build(b.brief.timeline, keys, b.t, anchors, undated)


def chart(
    entries: Sequence[TimelineEntry],
    rows: Sequence[str],
    years: Sequence[str],
    mechanisms: Sequence[MechanismKey],
    t: Labels,
    card_anchor: dict[str, str],
) -> Markup:
    """Localities by rows, years across, a numbered mark per mechanism in each cell."""
    number = {m.id: m for m in mechanisms}
    cells: dict[tuple[str, str], dict[str, str]] = {}  # (place, year) -> mechanism -> article
    for e in entries:
        if e.locality in rows and e.date[:4] in years and e.mechanism in number:
            cells.setdefault((e.locality or "", e.date[:4]), {}).setdefault(
                e.mechanism, e.article_id
            )
    col_w = (WIDTH - LABEL_W) / len(years)
    per_line = max(1, int((col_w - 4) // MARK_STEP))
    heights = []
    for place in rows:
        most = max((len(cells.get((place, y), {})) for y in years), default=0)
        heights.append(max(1, math.ceil(most / per_line)) * MARK_STEP + 2 * ROW_PAD)
    used = [m for m in mechanisms if any(m.id in c for c in cells.values())]
    legend_lines = _legend_lines(used)
    body_h = HEAD_H + sum(heights)
    height = body_h + 8 + LEGEND_LINE_H * len(legend_lines)
    svg = _svg(WIDTH, height, t["timeline_chart"])
    for i, year in enumerate(years):
        x = LABEL_W + i * col_w
        _text(svg, x + col_w / 2, HEAD_H - 8, year, size=LABEL_FONT, fill=MUTED, anchor="middle")
        _line(svg, x, HEAD_H - 4, x, body_h)
    y: float = HEAD_H
    for place, row_h in zip(rows, heights, strict=True):
        _line(svg, LABEL_W - 100, y, WIDTH, y)
        _text(
            svg,
            LABEL_W - 8,
            y + ROW_PAD + MARK_STEP / 2 + LABEL_FONT * 0.36,
            place,
            size=LABEL_FONT,
            anchor="end",
        )
        for i, year in enumerate(years):
            present = cells.get((place, year), {})
            ordered = [m for m in mechanisms if m.id in present]
            for k, m in enumerate(ordered):
                cx = LABEL_W + i * col_w + 4 + MARK_R + (k % per_line) * MARK_STEP
                cy = y + ROW_PAD + MARK_STEP / 2 + (k // per_line) * MARK_STEP
                _mark(svg, cx, cy, m, f"{place} {year} {m.name}", card_anchor.get(present[m.id]))
        y += row_h
    _line(svg, LABEL_W - 100, body_h, WIDTH, body_h)
    for j, items in enumerate(legend_lines):
        ly = body_h + 8 + j * LEGEND_LINE_H + LEGEND_LINE_H / 2
        x = LABEL_W - 100 + MARK_R
        for m in items:
            _mark(svg, x, ly, m, m.name, None)
            _text(svg, x + MARK_R + 4, ly + LEGEND_FONT * 0.36, m.name, size=LEGEND_FONT)
            x += _legend_width(m)
    return _serialize(svg)


def _legend_width(m: MechanismKey) -> float:
    return 2 * MARK_R + 4 + charts.text_width(m.name, LEGEND_FONT) + LEGEND_GAP


def _legend_lines(used: Sequence[MechanismKey]) -> list[list[MechanismKey]]:
    lines: list[list[MechanismKey]] = []
    width = 0.0
    room = WIDTH - (LABEL_W - 100)
    for m in used:
        w = _legend_width(m)
        if not lines or width + w > room:
            lines.append([])
            width = 0.0
        lines[-1].append(m)
        width += w
    return lines


def _line(svg: ET.Element, x1: float, y1: float, x2: float, y2: float) -> None:
    ET.SubElement(
        svg,
        "line",
        {
            "x1": _n(x1),
            "y1": _n(y1),
            "x2": _n(x2),
            "y2": _n(y2),
            "stroke": RULE,
            "stroke-width": "0.8",
        },
    )


def _mark(
    svg: ET.Element, cx: float, cy: float, m: MechanismKey, title: str, anchor: str | None
) -> None:
    group = ET.SubElement(svg, "a", {"href": f"#{anchor}"}) if anchor else ET.SubElement(svg, "g")
    ET.SubElement(group, "title").text = charts.xml_text(title)
    ET.SubElement(group, "circle", {"cx": _n(cx), "cy": _n(cy), "r": _n(MARK_R), "fill": BAR})
    label = _text(
        group,
        cx,
        cy + MARK_FONT * 0.36,
        str(m.number),
        size=MARK_FONT,
        fill="#ffffff",
        anchor="middle",
        weight="bold",
    )
    label.set("font-family", FONT)
