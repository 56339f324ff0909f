"""Small pieces of the renderer: labels, CSS strings, chart text, font subsetting."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter.render import charts
from reporter.render.env import (
    css_counters,
    css_string,
    css_target_counter,
    resolve_custom_properties,
    stylesheet,
)
from reporter.render.labels import _load, labels
from reporter.render.pdf import fast_subsetting_available


def test_every_language_has_every_label() -> None:
    tables = _load().strings
    assert set(tables["zh"]) == set(tables["en"])
    assert labels("en")["toc"] == "Contents" and labels("zh")["toc"] == "目录"
    with pytest.raises(ValueError):
        labels("fr")


def test_css_content_from_labels() -> None:
    assert css_counters("第 {page} 页 / 共 {pages} 页", "page", "pages") == (
        '"第 " counter(page) " 页 / 共 " counter(pages) " 页"'
    )
    assert css_target_counter("p. {page}]") == '"p. " target-counter(attr(href), page) "]"'
    with pytest.raises(ValueError):
        css_counters("{evil}", "page")


@given(st.text())
def test_css_string_never_closes_the_style_or_the_string(text: str) -> None:
    out = css_string(text)
    inner = out[1:-1]
    assert "<" not in out
    assert '"' not in inner.replace('\\"', "")


def test_stylesheet_only_reads_css_of_the_templates_folder() -> None:
    assert "--serif" in stylesheet("brief.css")
    for name in ("../pyproject.toml", "brief.html", "/etc/passwd"):
        with pytest.raises(ValueError):
            stylesheet(name)


@given(st.text(min_size=1, max_size=30))
def test_heatmap_is_well_formed_xml_whatever_the_labels(label: str) -> None:
    cell = charts.HeatCell(present=True, level=0.5, mention=False, href=None, title=label)
    svg = charts.heatmap(
        [label, "下沉"],
        [charts.HeatRow(label, (cell, cell), 2)],
        [1, 1],
        title=label,
        total_label="合计",
    )
    root = ET.fromstring(str(svg))
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    shown = charts.xml_text(label)
    assert shown in texts  # the row label, whole (column headings may wrap)


def test_bars_are_longest_for_the_largest_value() -> None:
    svg = charts.bars(
        [
            charts.Bar("崂山区", 1628, "1628名", "[000·s1]", None),
            charts.Bar("龙岗区", 90, "90名", "[001·s9]", None),
        ],
        title="t",
    )
    root = ET.fromstring(str(svg))
    widths = [float(r.get("width", 0)) for r in root.iter("{http://www.w3.org/2000/svg}rect")]
    assert widths[0] > widths[1] > 0


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Frontline rotation", ["Frontline", "rotation"]),
        ("下沉", ["下沉"]),
        ("一线考察工作", ["一线考察", "工作"]),
    ],
)
def test_wrap_label(text: str, lines: list[str]) -> None:
    assert charts.wrap_label(text, width=45, size=10.5) == lines


def test_fast_subsetting_detected_on_this_machine() -> None:
    # libharfbuzz-subset0 is part of the documented setup; the CLI warns without it.
    assert fast_subsetting_available()


def test_custom_properties_are_written_out_for_print() -> None:
    css = (
        ':root { --ink: #1b2a3a; --serif: "Noto Serif CJK SC", serif; }\n'
        "html { color: var(--ink); font-family: var( --serif ); }"
    )
    out = resolve_custom_properties(css)
    assert "var(" not in out and "--ink" not in out
    assert 'font-family: "Noto Serif CJK SC", serif;' in out and "color: #1b2a3a;" in out
    with pytest.raises(ValueError, match="--nope"):
        resolve_custom_properties("p { color: var(--nope); }")
    # The package's own stylesheet resolves completely (a typo would raise).
    assert "var(" not in stylesheet("brief.css", resolve_variables=True)


SVG = "{http://www.w3.org/2000/svg}"


def test_heatmap_by_locality_writes_counts_instead_of_dots() -> None:
    cells = (
        charts.HeatCell(True, 1.0, False, None, "专班 · 崂山区 · 3/3", text="3"),
        charts.HeatCell(False, 0.0, False, None, "比拼 · 崂山区 · 0/3", text=None),
    )
    svg = charts.heatmap(
        ["专班", "比拼"],
        [charts.HeatRow("崂山区", cells, 3)],
        [3, 0],
        title="机制矩阵",
        total_label="篇数",
        footer=["30.0%", "0.0%"],
    )
    root = ET.fromstring(str(svg))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert not list(root.iter(f"{SVG}circle"))
    assert "3" in texts and "30.0%" in texts and "0.0%" in texts
    assert "3/1" not in texts  # the default "present/rows" footer is replaced
    # The count on the darkest shade is white, legible.
    count = next(
        t for t in root.iter(f"{SVG}text") if t.text == "3" and t.get("font-size") == "9.5"
    )
    assert count.get("fill") == "#ffffff"


def test_legend_without_marks_is_the_ramp_alone() -> None:
    root = ET.fromstring(str(charts.legend(weak="0%", strong="100%", present=None, mention=None)))
    assert not list(root.iter(f"{SVG}circle"))
    assert [t.text for t in root.iter(f"{SVG}text")] == ["0%", "100%"]
