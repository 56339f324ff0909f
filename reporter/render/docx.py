"""``brief.docx``: the brief as an editable Word document in 公文 style (GB/T 9704-2012).

The same sections as the PDF, built from the same view (:func:`build_view`, print
mode), written with python-docx.  Everything is formatted through styles, never run by
run, so an editor restyles the whole document by changing one style:

- title: 方正小标宋简体 二号 (22 pt), centred;
- body: 仿宋_GB2312 三号 (16 pt), exact 28 pt lines, first line indented two characters;
- headings: 一级 黑体 三号 ("一、"), 二级 楷体_GB2312 三号 ("（一）"), 三级 仿宋 bold;
- tables and quotes: 仿宋 五号/四号; citations a character style, as text ``[002·s14]``.

A font an office machine may lack has a fallback in the document's font table
(``w:altName``): 方正小标宋简体 → 华文中宋, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体.
Margins are GB/T 9704's: top 37 mm, bottom 35 mm, inside 28 mm, outside 26 mm, on A4.
Page numbers are ``— N —`` in 四号 宋体 at the foot, right on odd pages and left on
even ones.  The bytes are deterministic: fixed core properties and zip timestamps.

The timeline chart is the SVG the PDF and the HTML show, as a picture (Word takes PNG,
not SVG): WeasyPrint lays it out on a page of its own size, with the PDF's fetcher
that reads nothing but the package's templates, and pdfium rasterises that page; the
PNG holds pixels and its resolution only (no time, no text chunks), so the same brief
gives the same bytes.  Without a font for Chinese no chart can be drawn, and a table
of the same cells (localities by rows, years across, mechanisms named) stands in.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from typing import cast

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Length, Mm
from docx.table import Table
from docx.text.paragraph import Paragraph

from reporter.brief import Brief
from reporter.render.docx_style import (
    MARGIN_INSIDE,
    MARGIN_OUTSIDE,
    STYLE_CAPTION,
    STYLE_CITE,
    STYLE_FIGURE,
    STYLE_H1,
    STYLE_H2,
    STYLE_NOTE,
    STYLE_QUOTE,
    STYLE_SUBTITLE,
    STYLE_TABLE_HEAD,
    STYLE_TABLE_TEXT,
    STYLE_TITLE,
    core_properties,
    deterministic_zip,
    fallback_fonts,
    page_numbers,
    setup_page,
    setup_styles,
)
from reporter.render.view import BriefView, Cite, FactView, Quote, build_view

ZH_NUMERALS = "一二三四五六七八九十"
PRESENT_MARK = "●"
# Years across the timeline table: more than eight columns of mechanism names no longer
# fit the A4 text block in 五号; the most recent years are kept.
MAX_TIMELINE_TABLE_YEARS = 8
# Resolution of the timeline picture, in dots per inch of the chart at its drawn size
# (680 CSS px, 180 mm).  Shrunk to the 156 mm text block that is about 230 dpi: the
# 9.5 px mark numbers stay sharp in print, and the picture stays near 100 KB.
CHART_DPI = 200
PDF_POINTS_PER_INCH = 72  # pdfium renders at a scale of PDF points
# The chart drawn alone on a page of its own size, in the screen's font stack.
_CHART_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
    "@page {{ size: {width}px {height}px; margin: 0 }} html, body {{ margin: 0 }}"
    " svg {{ display: block }}</style></head><body>{svg}</body></html>"
)


def render_docx(brief: Brief, lang: str) -> bytes:
    """The brief as a ``.docx`` file's bytes."""
    view = build_view(brief, lang, "print")
    doc = new_document()
    setup_page(doc)
    setup_styles(doc)
    fallback_fonts(doc)
    page_numbers(doc)
    core_properties(doc, view)
    _write(doc, view, brief)
    out = io.BytesIO()
    doc.save(out)
    return deterministic_zip(out.getvalue())


def _heading_number(view: BriefView, n: int) -> str:
    if view.lang == "zh":
        return f"{ZH_NUMERALS[n - 1] if n <= len(ZH_NUMERALS) else n}、"
    return f"{n}. "


def _sub_number(view: BriefView, n: int) -> str:
    if view.lang == "zh":
        return f"（{ZH_NUMERALS[n - 1] if n <= len(ZH_NUMERALS) else n}）"
    return f"({n}) "


def _cites(p: Paragraph, cites: Iterable[Cite], doc: DocxDocument) -> None:
    labels = [f"[{c.label}]" for c in cites]
    if labels:
        p.add_run(" " + "".join(labels), doc.styles[STYLE_CITE])


def _facts_text(facts: Sequence[FactView], view: BriefView) -> str:
    if not facts:
        return "—"
    return view.t["list_sep"].join(f"{f.text} [{f.cite.label}]" for f in facts)


def _quote_text(q: Quote) -> str:
    return "".join(s.text for s in q.segments)


def _table(
    doc: DocxDocument, head: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A real table (style "Table Grid"), its heading row repeated on every page."""
    table = doc.add_table(rows=1, cols=len(head))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = doc.styles[STYLE_TABLE_HEAD]
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    for values in rows:
        row = table.add_row()
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays whole
        cells = row.cells
        for cell, text in zip(cells, values, strict=True):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = doc.styles[STYLE_TABLE_TEXT]
    total = sum(widths)
    text_width = Mm(210) - MARGIN_INSIDE - MARGIN_OUTSIDE
    for column, share in zip(table.columns, widths, strict=True):
        w = int(text_width * share / total)
        column.width = w  # the grid (LibreOffice reads it), then every cell (Word does)
        for cell in column.cells:
            cell.width = w
    return cast(Table, table)


def _write(doc: DocxDocument, view: BriefView, brief: Brief) -> None:
    t = view.t
    doc.add_paragraph(view.title, STYLE_TITLE)
    sub = view.subtitle
    if view.generated_display:
        sub += f"　{view.date_label}　{view.generated_display}"
    doc.add_paragraph(sub, STYLE_SUBTITLE)
    n = 0

    def h1(text: str) -> None:
        nonlocal n
        n += 1
        doc.add_paragraph(_heading_number(view, n) + text, STYLE_H1)

    # 一、语料概览
    h1(t["glance"])
    g = view.glance
    if g.rows:
        _table(
            doc,
            [t["col_id"], t["col_locality"], t["col_title"], t["col_outlet"], t["col_date"]],
            [(r.short_id, r.locality, r.title, r.outlet, r.date) for r in g.rows],
            (1, 1.6, 5, 2, 2),
        )
    # 二、要点
    h1(t["exec"])
    doc.add_paragraph(t["findings"], STYLE_H2)
    for i, f in enumerate(view.findings, start=1):
        p = doc.add_paragraph(
            f"{i}. {f.headline}。{f.detail}"
            if view.lang == "zh"
            else f"{i}. {f.headline}. {f.detail}"
        )
        _cites(p, f.cites, doc)
    doc.add_paragraph(t["matrix"], STYLE_H2)
    _matrix_table(doc, view)
    if view.deploy.cites:
        doc.add_paragraph(t["deploy_note"], STYLE_NOTE)
    # 三、分机制比较
    h1(t["mechanisms"])
    for k, s in enumerate(view.mechanisms, start=1):
        doc.add_paragraph(_sub_number(view, k) + s.mechanism.name, STYLE_H2)
        if s.mechanism.definition:
            doc.add_paragraph(s.mechanism.definition)
        _table(
            doc,
            [
                t["col_locality"],
                t["col_who"],
                t["col_how_many"],
                t["col_how_long"],
                t["col_where"],
                t["col_result"],
            ],
            [
                (
                    r.locality,
                    _facts_text(r.who, view),
                    _facts_text(r.how_many, view),
                    _facts_text(r.how_long, view),
                    t["list_sep"].join(r.where) or "—",
                    _facts_text(r.result, view),
                )
                for r in s.rows
            ],
            (1.4, 1.6, 1.6, 1.6, 2, 2.2),
        )
        for r in s.rows:
            for q in r.quotes:
                p = doc.add_paragraph(f"{r.locality}{t['colon']}“{_quote_text(q)}”", STYLE_QUOTE)
                _cites(p, (q.cite,), doc)
    if view.absent_mechanisms:
        doc.add_paragraph(
            t["mech_absent"] + t["list_sep"].join(m.name for m in view.absent_mechanisms)
        )
    # 四、时间线
    if view.timeline is not None:
        h1(t["timeline"])
        tl = view.timeline
        if tl.lines:
            doc.add_paragraph(t["timeline_lead"])
            for line in tl.lines:
                stops = " → ".join(f"{s.year} {s.locality}" for s in line.stops)
                more = f" … {t.fmt('timeline_more_stops', n=line.more)}" if line.more else ""
                doc.add_paragraph(f"{line.name}{t['colon']}{stops}{more}")
            # The chart as in the PDF; its cells as a table only when it cannot be drawn.
            if not _timeline_chart(doc, view):
                _timeline_table(doc, view, brief)
        else:
            doc.add_paragraph(t["timeline_none"])
        if tl.undated:
            doc.add_paragraph(t.fmt("timeline_undated", n=tl.undated), STYLE_NOTE)
    # 五、其他做法
    h1(t["other"])
    if view.other:
        for o in view.other:
            p = doc.add_paragraph(
                f"{o.label}（{t['list_sep'].join(o.keywords)}）" if o.keywords else o.label
            )
            _cites(p, o.cites, doc)
    else:
        doc.add_paragraph(t["other_none"])
    # 六、逐篇摘要
    h1(t["articles"])
    for k, card in enumerate(view.articles, start=1):
        doc.add_paragraph(f"{_sub_number(view, k)}{card.short_id} {card.title}", STYLE_H2)
        meta = t["list_sep"].join(x for x in (card.locality, card.outlet, card.published) if x)
        doc.add_paragraph(meta, STYLE_NOTE)
        for sentence in card.summary:
            p = doc.add_paragraph(sentence.text)
            p.add_run(f" [{card.short_id}·s{sentence.index}]", doc.styles[STYLE_CITE])
        if card.keywords:
            doc.add_paragraph(
                f"{t['card_keywords']}{t['colon']}{t['list_sep'].join(card.keywords)}", STYLE_NOTE
            )
    # 附录
    doc.add_paragraph(t["quality"], STYLE_H1)
    doc.add_paragraph(t["quality_skipped"], STYLE_H2)
    if view.skipped:
        _table(doc, [t["col_file"], t["col_reason"]], view.skipped, (2, 3))
    else:
        doc.add_paragraph(t["quality_skipped_none"])
    doc.add_paragraph(t["methods"], STYLE_H1)
    for step in view.methods.steps:
        doc.add_paragraph(step)
    _table(doc, [t["methods_params"], ""], view.methods.params, (1, 2))


def _matrix_table(doc: DocxDocument, view: BriefView) -> None:
    m = view.matrix
    head = [view.t["col_locality"], *[x.short for x in m.mechanisms]]
    if m.by_locality:
        rows = [(r.locality, *[str(c) if c else "" for c in r.counts]) for r in m.locality_rows]
    else:
        short = {c.id: c.short_id for c in view.articles}
        rows = [
            (
                f"{short.get(r.article_id, r.article_id)} {r.locality}",
                *[PRESENT_MARK if p else "" for p in r.present],
            )
            for r in m.rows
        ]
    table = _table(doc, head, rows, (2.2, *([1.0] * len(m.mechanisms))))
    for row in table.rows[1:]:
        for cell in row.cells[1:]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _timeline_chart(doc: DocxDocument, view: BriefView) -> bool:
    """The PDF's timeline chart as a picture across the text block, with its title
    above and its legend's note below; False (nothing written) when it cannot be drawn."""
    tl = view.timeline
    if tl is None or tl.svg is None:
        return False
    png = chart_png(str(tl.svg))
    if png is None:
        return False
    t = view.t
    doc.add_paragraph(t["timeline_chart"], STYLE_CAPTION)
    width = Mm(210) - MARGIN_INSIDE - MARGIN_OUTSIDE
    run = doc.add_paragraph(style=STYLE_FIGURE).add_run()
    shape = run.add_picture(io.BytesIO(png), width=Length(width))
    shape._inline.docPr.set("descr", t["timeline_chart"])  # the alternative text
    note = t["timeline_legend_note_static"]
    if tl.rows_more:
        note += " " + t.fmt("timeline_more_rows", n=tl.rows_more)
    doc.add_paragraph(note, STYLE_NOTE)
    return True


def chart_png(svg: str) -> bytes | None:
    """``svg`` (a chart of :mod:`reporter.render.charts`) as PNG bytes at
    :data:`CHART_DPI`; None when no installed font covers Chinese."""
    import pypdfium2
    from PIL import Image

    from reporter.render.pdf import FontsMissing, render_pdf

    root = ET.fromstring(svg)
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    page = _CHART_PAGE.format(width=width, height=height, svg=svg)
    try:
        pdf = render_pdf(page)  # the package's fetcher: the chart references nothing
    except FontsMissing:
        return None
    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[0].render(
            scale=CHART_DPI / PDF_POINTS_PER_INCH, fill_color=(255, 255, 255, 255)
        )
        rendered = bitmap.to_pil().convert("RGB")
    finally:
        document.close()
    # A new image from the pixels alone: nothing of the renderer's info is carried over.
    image = Image.frombytes("RGB", rendered.size, rendered.tobytes())
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(CHART_DPI, CHART_DPI), optimize=True)
    return out.getvalue()


def _timeline_table(doc: DocxDocument, view: BriefView, brief: Brief) -> None:
    """The timeline chart as a table, where no chart can be drawn: localities by rows,
    years across, the mechanisms (short names, taxonomy order) reported in each cell."""
    tl = view.timeline
    if tl is None or not tl.years_from:
        return
    years = [str(y) for y in range(int(tl.years_from), int(tl.years_to) + 1)]
    if len(years) > MAX_TIMELINE_TABLE_YEARS:
        years = years[-MAX_TIMELINE_TABLE_YEARS:]
    order = {m.id: i for i, m in enumerate(view.matrix.mechanisms)}
    short = {m.id: m.short for m in view.matrix.mechanisms}
    cells: dict[tuple[str, str], set[str]] = {}
    for e in brief.timeline:
        if e.locality is not None and e.date[:4] in years and e.mechanism in short:
            cells.setdefault((e.locality, e.date[:4]), set()).add(e.mechanism)
    rows = list(dict.fromkeys(place for place, _ in cells))  # first reported first
    _table(
        doc,
        [view.t["col_locality"], *years],
        [
            (
                place,
                *[
                    view.t["list_sep"].join(
                        short[m] for m in sorted(cells.get((place, y), ()), key=order.__getitem__)
                    )
                    for y in years
                ],
            )
            for place in rows
        ],
        (1.4, *([1.0] * len(years))),
    )
