"""Small pieces of the renderer: labels, ids, dates, CSS strings, chart text."""

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
from reporter.render.view.text import (
    Segment,
    anchor_for,
    article_anchor,
    defuse_annotations,
    excerpt,
    format_date,
    highlight,
    short_ids,
)


def test_every_language_has_every_label() -> None:
    tables = _load().strings
    assert set(tables["zh"]) == set(tables["en"])
    assert labels("en")["toc"] == "Contents" and labels("zh")["toc"] == "目录"
    with pytest.raises(ValueError):
        labels("fr")


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["000_7ecb8a50", "001_fdf18b7b"], ["000", "001"]),
        (["002_a", "002_b"], ["002_a", "002_b"]),  # clashing prefixes: keep the ids
        (["report", "long-name-of-a-file-2019"], ["report", "long-name-o…"]),
        (["12 长春", "13 淄博"], ["12", "13"]),
    ],
)
def test_short_ids(ids: list[str], expected: list[str]) -> None:
    assert [short_ids(ids)[i] for i in ids] == expected


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("000_7ecb8a50", "a-000_7ecb8a50-s-3"),
        ("长春绿园-2", "a-长春绿园-2-s-3"),
        ("my file#1", "a-my_file_1.3b51acb1e1a4335b-s-3"),
        ("长春 绿园", "a-长春_绿园.9be6366a0ecfe8f3-s-3"),
        ("x-s-2", "a-x-s-2.54983bafa7bfc61c-s-3"),  # ends like a sentence anchor
    ],
)
def test_anchor_for(text_in: str, text_out: str) -> None:
    assert anchor_for(text_in, 3) == text_out


# Names a corpus really has: the same stem with space, '_', '.', '-', full-width or no
# punctuation, a copy suffix, and an id that looks like another one's sentence anchor.
CLASHING_IDS = (
    "x y",
    "x_y",
    "x.y",
    "x-y",
    "x　y",
    "x，y",
    "xy",
    "x_y-2",
    "x",
    "x-s-1",
    "x-s-1-s-1",
)


def test_anchors_unique_per_article_whatever_its_name() -> None:
    """Ids that differ only by punctuation used to share an anchor ("a-x_y"), so their
    citations landed on the wrong article; no article anchor may equal another's,
    nor any sentence anchor of another article."""
    articles = [article_anchor(i) for i in CLASHING_IDS]
    assert len(set(articles)) == len(articles)
    sentences = {anchor_for(i, n) for i in CLASHING_IDS for n in range(0, 12)}
    assert len(sentences) == len(CLASHING_IDS) * 12
    assert not sentences & set(articles)


@given(st.lists(st.text(min_size=1, max_size=12), min_size=2, max_size=6, unique=True))
def test_anchors_unique_for_any_ids(ids: list[str]) -> None:
    anchors = [article_anchor(i) for i in ids] + [anchor_for(i, n) for i in ids for n in (1, 12)]
    assert len(set(anchors)) == len(anchors)
    assert all(" " not in a and "#" not in a for a in anchors)


@pytest.mark.parametrize(
    ("lang", "text_in", "text_out"),
    [
        ("zh", "2018-06-27", "2018年6月27日"),
        ("en", "2018-06-27", "27 Jun 2018"),
        ("zh", None, "不详"),
        ("en", "2018", "2018"),
    ],
)
def test_format_date(lang: str, text_in: str | None, text_out: str) -> None:
    assert format_date(text_in, labels(lang)) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("區(qū)域開發(fā)", "區‹qū›域開發‹fā›"),
        ("一個(ge) 人", "一個‹ge› 人"),
        ("(qū) → ∅", "‹qū› → ∅"),
        ("增长(30%)", "增长(30%)"),
        ("(Beijing)", "(Beijing)"),
    ],
)
def test_defuse_annotations(text_in: str, text_out: str) -> None:
    assert defuse_annotations(text_in) == text_out


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


@pytest.mark.parametrize(
    ("text", "words", "marked"),
    [
        ("抽调90名干部组建专班", ["抽调", "专班"], ["抽调", "专班"]),
        ("组建工作专班", ["专班", "工作专班"], ["工作专班"]),  # the longer match wins
        ("没有线索", ["专班"], []),
        ("专班专班", ["专班"], ["专班专班"]),  # adjacent matches merge into one run
        ("", ["专班"], []),
    ],
)
def test_highlight_marks_cue_words(text: str, words: list[str], marked: list[str]) -> None:
    segments = highlight(text, words)
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.mark] == marked
    assert all(isinstance(s, Segment) for s in segments)


# Sentences of the seeds (004 s11, 000 s10), as the article cards print them.
LONG_SENTENCE = (
    "在淄博颐高国际电子商务产业园项目建设前期，面临项目一期地块内发现古代生活遗址、"
    "环保治理导致原材物料供应紧张、扬尘治理停工整改、国防通讯光缆及民用光缆迁移工作等诸多困难，"
    "项目建设指挥部主动克服困难，深入施工工地协调解决各种问题，确保项目按计划推进，"
    "力促各项工程建设任务顺利推进。"
)
SHORT_SENTENCE = (
    "崂山区迅速行动，专门组建了张村河片区拆迁建设指挥部，"
    "在崂山区乡村振兴办工作的吕连岗被抽调到指挥部工作。"
)


@pytest.mark.parametrize(
    ("text_in", "words", "context", "text_out"),
    [
        # Cut at the clause ends around the cue: the enumeration before and the
        # "确保…" clause after are dropped, the ellipses say so.
        (
            LONG_SENTENCE,
            ["指挥部"],
            20,
            "…国防通讯光缆及民用光缆迁移工作等诸多困难，项目建设指挥部主动克服困难，"
            "深入施工工地协调解决各种问题…",
        ),
        (LONG_SENTENCE, ["指挥部"], None, LONG_SENTENCE),  # the screen quotes in full
        (LONG_SENTENCE, ["专班"], 20, LONG_SENTENCE),  # nothing marked: nothing to centre on
        (SHORT_SENTENCE, ["指挥部"], 20, SHORT_SENTENCE),  # short: kept whole
        # A cue at the very start keeps the start; the cut falls on the comma nearest 20
        # characters past the cue (3 short of it), closing the cue's clause.
        (LONG_SENTENCE, ["在淄博"], 20, "在淄博颐高国际电子商务产业园项目建设前期…"),
    ],
)
def test_excerpt_cuts_a_quote_to_the_clauses_around_its_cues(
    text_in: str, words: list[str], context: int | None, text_out: str
) -> None:
    cut = excerpt(highlight(text_in, words), context)
    assert "".join(s.text for s in cut) == text_out
    assert [s.text for s in cut if s.mark] == [s.text for s in highlight(text_in, words) if s.mark]


@given(st.text(alphabet="干部专班，、。一线", max_size=120), st.integers(1, 30))
def test_excerpt_is_a_slice_of_the_sentence_that_keeps_every_cue(text: str, context: int) -> None:
    whole = highlight(text, ["专班"])
    cut = "".join(s.text for s in excerpt(whole, context))
    assert cut.strip("…") in text
    assert cut.count("专班") == text.count("专班")


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
