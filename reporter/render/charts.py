"""Inline SVG charts drawn by the project: the mechanism heat map and the deployment bars.

Charts are built with :mod:`xml.etree.ElementTree`, which escapes every text node and
attribute, so locality names or labels taken from articles can never become markup.
The SVG is returned as :class:`markupsafe.Markup` only after that serialisation.  No
JavaScript; links inside the SVG are plain ``<a href="#...">`` fragments.

Text widths are estimated (CJK glyphs one em, Latin about half) because the charts
are laid out before any font is loaded; the estimates err wide so labels never clip.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reporter.render import resources

# --- palette: one restrained ink-blue ramp for data, a vermilion accent for emphasis.
INK = "#1b2a3a"  # text
MUTED = "#6b7785"  # secondary text, axis labels
RULE = "#c9d1da"  # grid lines
EMPTY = "#f1f3f5"  # a cell with nothing detected
RAMP_LOW = (0xDC, 0xE7, 0xF2)  # lightest shade of a detected mechanism
RAMP_HIGH = (0x17, 0x3F, 0x6E)  # darkest shade (the strongest score in the brief)
ACCENT = "#b0322b"  # the largest bar: a reader's eye goes there first
BAR = "#2f5d8a"

FONT = "Noto Sans CJK SC, Noto Sans CJK, Source Han Sans SC, sans-serif"
# Relative luminance above which dark marks are drawn on a cell (WCAG mid-point).
LIGHT_CELL_LUMINANCE = 0.45

# --- heat map geometry (SVG user units; the SVG scales to the column width).
HEAT_WIDTH = 680
HEAT_LABEL_W = 150  # "000 崂山区" plus room for a longer county name
HEAT_TOTAL_W = 44  # the per-row count column
HEAT_ROW_H = 23
HEAT_HEAD_H = 44  # two lines of column heading
HEAT_FOOT_H = 24  # the per-mechanism count row
HEAT_FONT = 11.0
HEAT_HEAD_FONT_MAX = 10.5
HEAT_HEAD_FONT_MIN = 7.5  # below this a printed label is no longer legible
HEAT_CELL_GAP = 2
HEAT_CELL_FONT = 9.5  # a count inside a cell: smaller than the labels, still legible

# --- bar chart geometry.
BAR_WIDTH = 680
BAR_LABEL_W = 130
BAR_VALUE_W = 170  # room for "4000多名  [002·s3]"
BAR_ROW_H = 20
BAR_THICKNESS = 13
BAR_FONT = 11.0


@dataclass(frozen=True)
class HeatCell:
    present: bool
    level: float  # 0..1, the score relative to the strongest score in the brief
    mention: bool  # detected something but not an institutional act
    href: str | None  # fragment of the strongest evidence sentence
    title: str  # tooltip: mechanism, locality, score
    # A count written in the cell instead of the dots (the matrix by locality: how
    # many of the locality's articles show the mechanism).
    text: str | None = None


@dataclass(frozen=True)
class HeatRow:
    label: str
    cells: tuple[HeatCell, ...]
    total: int


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_label: str  # as written in the article, e.g. "4000多名"
    cite_label: str  # "[002·s3]"
    href: str | None


def text_width(text: str, size: float) -> float:
    """Estimated advance width: wide (CJK, full-width) glyphs one em, others 0.6 em."""
    return sum(size if _is_wide(ch) else size * 0.6 for ch in text)


def _is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def wrap_label(text: str, width: float, size: float, max_lines: int = 2) -> list[str]:
    """Break a heading into at most ``max_lines`` lines that fit ``width``.

    Latin text breaks at spaces, CJK text between any two characters.  What does not
    fit goes on the last line: the caller shrinks the font rather than drop words.
    """
    tokens, joiner = (text.split(), " ") if " " in text.strip() else (list(text), "")
    lines: list[str] = []
    current = ""
    for token in tokens:
        candidate = f"{current}{joiner}{token}" if current else token
        if current and text_width(candidate, size) > width and len(lines) < max_lines - 1:
            lines.append(current)
            current = token
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _fit_font(labels: Sequence[str], width: float) -> tuple[float, list[list[str]]]:
    size = HEAT_HEAD_FONT_MAX
    while True:
        wrapped = [wrap_label(lab, width, size) for lab in labels]
        widest = max((text_width(line, size) for w in wrapped for line in w), default=0.0)
        if widest <= width or size <= HEAT_HEAD_FONT_MIN:
            return size, wrapped
        size -= 0.5


def xml_text(text: str) -> str:
    """One line of text without the characters XML forbids (ElementTree escapes the rest).

    Line breaks become spaces: an SVG label is one line, and XML would turn CR into LF.
    """
    return (
        resources.XML_INVALID.sub("", text).replace("\r", " ").replace("\n", " ").replace("\t", " ")
    )


def _ramp(level: float) -> str:
    t = min(max(level, 0.0), 1.0)
    rgb = [round(lo + (hi - lo) * t) for lo, hi in zip(RAMP_LOW, RAMP_HIGH, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _svg(width: float, height: float, title: str) -> ET.Element:
    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"0 0 {_n(width)} {_n(height)}",
            "width": _n(width),
            "height": _n(height),
            "role": "img",
            "font-family": FONT,
        },
    )
    ET.SubElement(svg, "title").text = xml_text(title)
    return svg


def _n(x: float) -> str:
    """Numbers without float noise, so the SVG (and the PDF) is byte-stable."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _text(
    parent: ET.Element,
    x: float,
    y: float,
    content: str,
    *,
    size: float,
    fill: str = INK,
    anchor: str = "start",
    weight: str = "normal",
) -> ET.Element:
    el = ET.SubElement(
        parent,
        "text",
        {
            "x": _n(x),
            "y": _n(y),
            "font-size": _n(size),
            "fill": fill,
            "text-anchor": anchor,
            "font-weight": weight,
        },
    )
    el.text = xml_text(content)
    return el


def _link(parent: ET.Element, href: str | None) -> ET.Element:
    if not href:
        return parent
    return ET.SubElement(parent, "a", {"href": f"#{href}"})


def _serialize(svg: ET.Element) -> Markup:
    # ElementTree escapes &, <, > and quotes in text and attributes.
    return Markup(ET.tostring(svg, encoding="unicode", short_empty_elements=True))


def heatmap(
    columns: Sequence[str],
    rows: Sequence[HeatRow],
    column_totals: Sequence[int],
    *,
    title: str,
    total_label: str,
    footer: Sequence[str] | None = None,
) -> Markup:
    """The article × mechanism matrix: shaded by score, dots for present / mention.

    Cells with ``text`` show it instead of the dots (the matrix by locality).
    ``footer`` replaces the per-mechanism "present/rows" counts of the last row.
    """
    n_cols = max(len(columns), 1)
    cell_w = (HEAT_WIDTH - HEAT_LABEL_W - HEAT_TOTAL_W) / n_cols
    height = HEAT_HEAD_H + HEAT_ROW_H * len(rows) + HEAT_FOOT_H
    svg = _svg(HEAT_WIDTH, height, title)
    head_size, wrapped = _fit_font(columns, cell_w - 4)
    for i, lines in enumerate(wrapped):
        cx = HEAT_LABEL_W + cell_w * (i + 0.5)
        base = HEAT_HEAD_H - 8 - (len(lines) - 1) * (head_size + 2)
        for j, line in enumerate(lines):
            _text(
                svg,
                cx,
                base + j * (head_size + 2),
                line,
                size=head_size,
                anchor="middle",
                weight="bold",
            )
    _text(
        svg,
        HEAT_WIDTH - HEAT_TOTAL_W / 2,
        HEAT_HEAD_H - 8,
        total_label,
        size=head_size,
        anchor="middle",
        fill=MUTED,
    )
    for r, row in enumerate(rows):
        y = HEAT_HEAD_H + r * HEAT_ROW_H
        _text(svg, 0, y + HEAT_ROW_H / 2 + HEAT_FONT * 0.36, row.label, size=HEAT_FONT)
        for c, cell in enumerate(row.cells):
            x = HEAT_LABEL_W + c * cell_w
            group = _link(svg, cell.href)
            fill = _ramp(cell.level) if cell.present else EMPTY
            rect = ET.SubElement(
                group,
                "rect",
                {
                    "x": _n(x + HEAT_CELL_GAP / 2),
                    "y": _n(y + HEAT_CELL_GAP / 2),
                    "width": _n(cell_w - HEAT_CELL_GAP),
                    "height": _n(HEAT_ROW_H - HEAT_CELL_GAP),
                    "fill": fill,
                    "rx": "2",
                },
            )
            ET.SubElement(rect, "title").text = xml_text(cell.title)
            cx, cy = x + cell_w / 2, y + HEAT_ROW_H / 2
            if cell.text is not None:
                ink = INK if _luminance(fill) > LIGHT_CELL_LUMINANCE else "#ffffff"
                _text(
                    group,
                    cx,
                    cy + HEAT_CELL_FONT * 0.36,
                    cell.text,
                    size=HEAT_CELL_FONT,
                    fill=ink,
                    anchor="middle",
                )
            elif cell.present:
                mark = INK if _luminance(fill) > LIGHT_CELL_LUMINANCE else "#ffffff"
                ET.SubElement(group, "circle", {"cx": _n(cx), "cy": _n(cy), "r": "4", "fill": mark})
            elif cell.mention:
                ET.SubElement(
                    group,
                    "circle",
                    {
                        "cx": _n(cx),
                        "cy": _n(cy),
                        "r": "3.5",
                        "fill": "none",
                        "stroke": MUTED,
                        "stroke-width": "1.2",
                    },
                )
        _text(
            svg,
            HEAT_WIDTH - HEAT_TOTAL_W / 2,
            y + HEAT_ROW_H / 2 + HEAT_FONT * 0.36,
            str(row.total),
            size=HEAT_FONT,
            anchor="middle",
            weight="bold",
        )
    foot_y = HEAT_HEAD_H + HEAT_ROW_H * len(rows)
    ET.SubElement(
        svg,
        "line",
        {
            "x1": "0",
            "x2": _n(HEAT_WIDTH),
            "y1": _n(foot_y + 1),
            "y2": _n(foot_y + 1),
            "stroke": RULE,
            "stroke-width": "1",
        },
    )
    foot = footer if footer is not None else [f"{t}/{len(rows)}" for t in column_totals]
    for i, label in enumerate(foot):
        _text(
            svg,
            HEAT_LABEL_W + cell_w * (i + 0.5),
            foot_y + HEAT_FOOT_H / 2 + 5,
            label,
            size=HEAT_FONT - 1,
            anchor="middle",
            fill=MUTED,
        )
    return _serialize(svg)


def legend(*, weak: str, strong: str, present: str | None, mention: str | None) -> Markup:
    """The heat map's key: the shading ramp and the two marks (``None``: no marks, as
    in the matrix by locality, whose cells hold counts)."""
    steps = 5
    width, height = 520, 22
    svg = _svg(width, height, f"{weak} → {strong}")
    x = 0.0
    _text(svg, x, 15, weak, size=10, fill=MUTED)
    x += text_width(weak, 10) + 6
    for i in range(steps):
        ET.SubElement(
            svg,
            "rect",
            {
                "x": _n(x + i * 18),
                "y": "4",
                "width": "16",
                "height": "14",
                "rx": "2",
                "fill": _ramp(i / (steps - 1)),
            },
        )
    x += steps * 18 + 4
    _text(svg, x, 15, strong, size=10, fill=MUTED)
    if present is None or mention is None:
        return _serialize(svg)
    x += text_width(strong, 10) + 24
    ET.SubElement(svg, "circle", {"cx": _n(x + 4), "cy": "11", "r": "4", "fill": INK})
    _text(svg, x + 13, 15, present, size=10, fill=MUTED)
    x += 13 + text_width(present, 10) + 20
    ET.SubElement(
        svg,
        "circle",
        {
            "cx": _n(x + 4),
            "cy": "11",
            "r": "3.5",
            "fill": "none",
            "stroke": MUTED,
            "stroke-width": "1.2",
        },
    )
    _text(svg, x + 13, 15, mention, size=10, fill=MUTED)
    return _serialize(svg)


def bars(items: Sequence[Bar], *, title: str) -> Markup:
    """Horizontal bars, largest first, each labelled with the figure as written."""
    height = BAR_ROW_H * len(items) + 8
    svg = _svg(BAR_WIDTH, height, title)
    top = max((b.value for b in items), default=0.0)
    track = BAR_WIDTH - BAR_LABEL_W - BAR_VALUE_W
    for i, bar in enumerate(items):
        y = i * BAR_ROW_H + 4
        mid = y + BAR_ROW_H / 2
        _text(svg, BAR_LABEL_W - 10, mid + BAR_FONT * 0.36, bar.label, size=BAR_FONT, anchor="end")
        length = track * (bar.value / top) if top > 0 else 0.0
        length = max(length, 2.0)  # a stated figure is never drawn as nothing
        ET.SubElement(
            svg,
            "rect",
            {
                "x": _n(BAR_LABEL_W),
                "y": _n(mid - BAR_THICKNESS / 2),
                "width": _n(length),
                "height": _n(BAR_THICKNESS),
                "fill": ACCENT if i == 0 else BAR,
                "rx": "1.5",
            },
        )
        group = _link(svg, bar.href)
        label = _text(
            group,
            BAR_LABEL_W + length + 8,
            mid + BAR_FONT * 0.36,
            bar.value_label,
            size=BAR_FONT,
            weight="bold",
        )
        label.set("fill", INK)
        _text(
            group,
            BAR_LABEL_W + length + 14 + text_width(bar.value_label, BAR_FONT),
            mid + BAR_FONT * 0.36,
            bar.cite_label,
            size=BAR_FONT - 2,
            fill=MUTED,
        )
    ET.SubElement(
        svg,
        "line",
        {
            "x1": _n(BAR_LABEL_W),
            "x2": _n(BAR_LABEL_W),
            "y1": "2",
            "y2": _n(height - 2),
            "stroke": RULE,
            "stroke-width": "1",
        },
    )
    return _serialize(svg)
