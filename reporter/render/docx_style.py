"""The page, styles and package of ``brief.docx`` (GB/T 9704-2012): fonts by role with
the fallbacks an office machine has, A4 margins, ``— N —`` page numbers, and the
deterministic zip.  What the document says is :mod:`reporter.render.docx`'s."""

from __future__ import annotations

import io
import zipfile
from typing import cast

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph

from reporter.render.view import BriefView

# Fonts by role, each with the fallback a Chinese office machine has (font table altName).
FONT_TITLE = ("方正小标宋简体", "华文中宋")
FONT_BODY = ("仿宋_GB2312", "仿宋")
FONT_HEADING1 = ("黑体", "SimHei")
FONT_HEADING2 = ("楷体_GB2312", "楷体")
FONT_PAGE_NUMBER = ("宋体", "SimSun")
FONT_LATIN = "Times New Roman"  # figures and Latin letters in the body, as 公文 set them

# Sizes (GB/T 9704: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt).
SIZE_TITLE = Pt(22)
SIZE_BODY = Pt(16)
SIZE_TABLE = Pt(10.5)  # nine mechanism columns only fit an A4 text block in 五号
SIZE_SMALL = Pt(14)
SIZE_PAGE_NUMBER = Pt(14)
# 22 lines of 28 characters on a 156 × 225 mm text block: lines 28 pt apart.
LINE_BODY = Pt(28)
FIRST_LINE_INDENT = Pt(32)  # two characters of 三号
NO_SPACE = Pt(0)  # 公文 paragraphs sit on the line grid: no space before or after

# Margins (GB/T 9704-2012, 5.2.1): 天头 37 mm, 订口 28 mm; with the 156 × 225 mm text
# block of an A4 page that leaves 35 mm below and 26 mm outside.
MARGIN_TOP = Mm(37)
MARGIN_BOTTOM = Mm(35)
MARGIN_INSIDE = Mm(28)
MARGIN_OUTSIDE = Mm(26)
FOOTER_DISTANCE = Mm(28)  # the page number sits 7 mm below the text block

# The core properties' dates when the brief has none: a fixed day, never the clock.
EPOCH_DATE = "2000-01-01T00:00:00Z"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # zip's earliest timestamp: the same bytes every run

STYLE_TITLE = "Title"
STYLE_SUBTITLE = "Subtitle"
STYLE_BODY = "Normal"
STYLE_H1 = "Heading 1"
STYLE_H2 = "Heading 2"
STYLE_H3 = "Heading 3"
STYLE_TABLE_TEXT = "Brief Table Text"
STYLE_TABLE_HEAD = "Brief Table Head"
STYLE_QUOTE = "Brief Quote"
STYLE_NOTE = "Brief Note"
STYLE_CITE = "Brief Citation"
STYLE_PAGE = "Brief Page Number"

STYLE_FIGURE = "Brief Figure"
STYLE_CAPTION = "Brief Caption"


# ------------------------------------------------------------------ page and styles


def setup_page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_INSIDE, MARGIN_OUTSIDE
    section.footer_distance = FOOTER_DISTANCE
    # Inside and outside margins: left and right swap on even pages.
    settings = doc.settings.element
    if settings.find(qn("w:mirrorMargins")) is None:
        settings.append(OxmlElement("w:mirrorMargins"))


def _fonts(style: BaseStyle, east_asian: str, size: Pt | None = None, bold: bool = False) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT_LATIN
    font.bold = bold
    if size is not None:
        font.size = size
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    rfonts.set(qn("w:eastAsia"), east_asian)
    font.color.rgb = None


def _paragraph_style(doc: DocxDocument, name: str, base: str = STYLE_BODY) -> BaseStyle:
    styles = doc.styles
    if name in [s.name for s in styles]:
        return cast(BaseStyle, styles[name])
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return cast(BaseStyle, style)


def _spacing(
    style: BaseStyle,
    *,
    line: Pt | None = LINE_BODY,
    before: Pt = NO_SPACE,
    after: Pt = NO_SPACE,
    indent: Pt | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    keep_next: bool = False,
) -> None:
    pf = style.paragraph_format  # type: ignore[attr-defined]
    if line is None:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before, pf.space_after = before, after
    pf.first_line_indent = indent
    if align is not None:
        pf.alignment = align
    pf.keep_with_next = keep_next


def setup_styles(doc: DocxDocument) -> None:
    styles = doc.styles
    body = styles[STYLE_BODY]
    _fonts(body, FONT_BODY[0], SIZE_BODY)
    _spacing(body, indent=FIRST_LINE_INDENT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    title = styles[STYLE_TITLE]
    _fonts(title, FONT_TITLE[0], SIZE_TITLE)
    _spacing(
        title,
        line=Pt(36),
        after=Pt(28),
        indent=NO_SPACE,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        keep_next=True,
    )
    _no_border(title)
    subtitle = styles[STYLE_SUBTITLE]
    subtitle.base_style = body
    _fonts(subtitle, FONT_HEADING2[0], SIZE_BODY)
    subtitle.font.italic = False
    _spacing(subtitle, after=Pt(14), indent=NO_SPACE, align=WD_ALIGN_PARAGRAPH.CENTER)
    for name, font, bold in (
        (STYLE_H1, FONT_HEADING1[0], False),
        (STYLE_H2, FONT_HEADING2[0], False),
        (STYLE_H3, FONT_BODY[0], True),
    ):
        h = styles[name]
        h.base_style = body
        _fonts(h, font, SIZE_BODY, bold)
        _spacing(h, indent=FIRST_LINE_INDENT, keep_next=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    table_text = _paragraph_style(doc, STYLE_TABLE_TEXT)
    _fonts(table_text, FONT_BODY[0], SIZE_TABLE)
    _spacing(table_text, line=None, indent=NO_SPACE, align=WD_ALIGN_PARAGRAPH.LEFT)
    table_head = _paragraph_style(doc, STYLE_TABLE_HEAD, STYLE_TABLE_TEXT)
    _fonts(table_head, FONT_HEADING1[0], SIZE_TABLE)
    _spacing(table_head, line=None, indent=NO_SPACE, align=WD_ALIGN_PARAGRAPH.CENTER)
    quote = _paragraph_style(doc, STYLE_QUOTE)
    _fonts(quote, FONT_HEADING2[0], SIZE_SMALL)
    _spacing(quote, line=Pt(24), indent=NO_SPACE)
    quote.paragraph_format.left_indent = FIRST_LINE_INDENT  # type: ignore[attr-defined]
    note = _paragraph_style(doc, STYLE_NOTE)
    _fonts(note, FONT_BODY[0], SIZE_SMALL)
    _spacing(note, line=Pt(24))
    if STYLE_CITE not in [s.name for s in styles]:
        cite = styles.add_style(STYLE_CITE, WD_STYLE_TYPE.CHARACTER)
        cite.base_style = styles["Default Paragraph Font"]
        _fonts(cite, FONT_BODY[0], Pt(12))
    page = _paragraph_style(doc, STYLE_PAGE)
    _fonts(page, FONT_PAGE_NUMBER[0], SIZE_PAGE_NUMBER)
    _spacing(page, line=None, indent=NO_SPACE)
    # A picture's paragraph: single lines (an exact 28 pt line would crop the picture
    # to one line's height), no indent, centred.
    figure = _paragraph_style(doc, STYLE_FIGURE)
    _spacing(figure, line=None, before=Pt(6), indent=NO_SPACE, align=WD_ALIGN_PARAGRAPH.CENTER)
    caption = _paragraph_style(doc, STYLE_CAPTION)
    _fonts(caption, FONT_HEADING2[0], SIZE_SMALL)
    _spacing(
        caption,
        line=Pt(24),
        before=Pt(14),
        indent=NO_SPACE,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        keep_next=True,
    )


def _no_border(style: BaseStyle) -> None:
    """python-docx's Title style has a rule under it; 公文 titles have none."""
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def fallback_fonts(doc: DocxDocument) -> None:
    """Declare each role's font in the font table with its fallback as ``w:altName``."""
    font_table = None
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            font_table = rel.target_part
    if font_table is None:
        return
    from lxml import etree

    root = etree.fromstring(font_table.blob)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for name, alt in (FONT_TITLE, FONT_BODY, FONT_HEADING1, FONT_HEADING2, FONT_PAGE_NUMBER):
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alt})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB2312
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": "auto"})
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def page_numbers(doc: DocxDocument) -> None:
    """``— N —`` at the foot: right on odd pages, left on even ones (GB/T 9704, 7.5)."""
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = doc.styles[STYLE_PAGE]
        p.alignment = align
        p.add_run("— ")
        _field(p, "PAGE")
        p.add_run(" —")


def _field(p: Paragraph, code: str) -> None:
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    shown = OxmlElement("w:t")
    shown.text = "1"
    run._r.append(shown)
    run._r.append(end)


def core_properties(doc: DocxDocument, view: BriefView) -> None:
    import datetime as dt

    props = doc.core_properties
    props.title = view.title
    props.subject = view.subtitle
    props.author = "reporter"
    props.last_modified_by = "reporter"
    props.keywords = view.keywords_meta
    props.comments = ""
    props.revision = 1
    when = dt.datetime.fromisoformat(
        f"{view.generated}T00:00:00+00:00" if view.generated else EPOCH_DATE.replace("Z", "+00:00")
    )
    props.created = when
    props.modified = when
    props.last_printed = when


def deterministic_zip(data: bytes) -> bytes:
    """The same members in the same order with a fixed timestamp: identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ content
