"""PDF documents with a text layer, read with pypdfium2 (no OCR).

A PDF knows glyphs on a page, not paragraphs.  The reader takes each page's characters
with their boxes (pdfium's own guesses of spaces and line breaks left out: a writer such
as LibreOffice emits a line's runs font by font, and quotes in a Western font then come
out of order), makes lines of the characters that share a baseline band, left to right,
and drops the page furniture (a line at the top or bottom of a page that recurs, digits
aside, on many pages: running headers and footers; a page number alone on its line).
Then it rejoins hard-wrapped lines: a line joins the next when it reaches the right edge
of the text column, does not end a sentence, and the next line is set in the same size
and not indented; otherwise the paragraph ends there, across page breaks too.  What was
dropped is recorded.  A PDF whose pages carry (almost) no text is a scan: it is refused
with that reason.  Text is read as one column, as experience reports and news are set.
"""

from __future__ import annotations

import ctypes
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from reporter.ingest import resources as res
from reporter.ingest.readers.base import Extracted, Unreadable
from reporter.models import Removal

MEDIA_TYPE = "application/pdf"
STEP = "read_pdf"
# A page with fewer characters than this has no text layer to speak of (a scan may
# carry a stray OCR-less glyph or a page number); a PDF of such pages only is a scan.
MIN_TEXT_CHARS_PER_PAGE = 20
# A line counts as page furniture when it stands among the first or last
# FURNITURE_DEPTH lines of a page and recurs (digits masked) on at least
# FURNITURE_MIN_SHARE of the pages, and on two at least: a running head is printed on
# every page or every other one (odd/even heads); one page is too few to tell.
FURNITURE_DEPTH = 2
FURNITURE_MIN_SHARE = 0.5
FURNITURE_MIN_PAGES = 2
# Characters whose baselines lie within this share of the font size of a line's
# baseline are on that line (a superscript note mark rises about a third of an em).
LINE_BAND_EMS = 0.5
# Between two Latin letters or digits, a gap wider than this share of the font size is
# a word space the PDF positioned instead of writing (Latin spaces are ~0.25 em;
# letter spacing and kerning stay below a tenth).
WORD_GAP_EMS = 0.2
# A line whose right end is within this many ems of the column's right edge was wrapped
# by the layout: CJK line breaking (no closing punctuation may start a line, none of
# the opening kind end one) moves a character or two and their punctuation down, so a
# wrapped line can end two ems and a bit short (WeasyPrint: "…“近距" / "离”…").
FULL_LINE_SLACK_EMS = 3.0
# A line starting this many ems right of the column's left edge starts a paragraph
# (Chinese paragraphs are indented two characters) or is centred (a heading).
INDENT_EMS = 1.0
# Two consecutive lines whose font sizes differ by more than this share belong to
# different blocks (a heading over body text).
SIZE_TOLERANCE = 0.1
# The column's right edge: this quantile of the lines' right ends (most lines of
# running text are full; a few may stick out: a table, a long web address).
FULL_WIDTH_QUANTILE = 0.8
# Text set at an angle (watermarks, stamps) is not running text.
MAX_TEXT_ANGLE = 0.05  # radians


@dataclass(frozen=True)
class Line:
    """A printed line: its text and where it stands (PDF points; y grows upwards)."""

    text: str
    left: float
    right: float
    size: float  # font size, points
    top: float = 0.0


def read_pdf(data: bytes) -> Extracted:
    pages = _page_lines(data)
    if not pages:
        raise Unreadable("PDF without pages")
    if sum(len("".join(ln.text for ln in p)) for p in pages) < (
        MIN_TEXT_CHARS_PER_PAGE * len(pages) / 2
    ):
        raise Unreadable(
            f"scanned PDF without a text layer ({len(pages)} page(s)); "
            "OCR is not done: export the text or run OCR first"
        )
    kept, removed = _drop_furniture(pages)
    return Extracted(
        text="\n".join(rejoin(kept)),
        media_type=MEDIA_TYPE,
        encoding="pdf",
        removed=tuple(removed),
    )


def _page_lines(data: bytes) -> list[list[Line]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "encrypted PDF (needs a password)" if "password" in str(exc).lower() else None
        raise Unreadable(reason or f"damaged PDF: {exc}") from None
    pages: list[list[Line]] = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            try:
                pages.append(_lines_of(textpage))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    return pages


@dataclass(frozen=True)
class _Glyph:
    ch: str
    left: float
    right: float
    middle: float  # the baseline's height
    size: float


def _glyphs(textpage: object) -> list[_Glyph]:
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw  # type: ignore[attr-defined]
    out: list[_Glyph] = []
    for i in range(pdfium_c.FPDFText_CountChars(handle)):
        if pdfium_c.FPDFText_IsGenerated(handle, i):
            continue  # pdfium's guessed spaces and line breaks: made from the boxes here
        code = pdfium_c.FPDFText_GetUnicode(handle, i)
        if code in (0, 0xFFFE, 0xFFFF) or abs(pdfium_c.FPDFText_GetCharAngle(handle, i)) > (
            MAX_TEXT_ANGLE
        ):
            continue
        ch = chr(code)
        if ch in "\r\n\x02\x0c":
            continue
        left, bottom, right, top = textpage.get_charbox(i)  # type: ignore[attr-defined]
        size = pdfium_c.FPDFText_GetFontSize(handle, i) or (top - bottom) or 1.0
        # the baseline, not the box: a comma's box sits at the foot of the line, a
        # Latin "g" hangs below it, and fonts of one line differ in ascent
        x, y = ctypes.c_double(), ctypes.c_double()
        if pdfium_c.FPDFText_GetCharOrigin(handle, i, ctypes.byref(x), ctypes.byref(y)):
            baseline = y.value
        else:
            baseline = bottom
        out.append(_Glyph(ch, left, right, baseline, size))
    return out


def _lines_of(textpage: object) -> list[Line]:
    """The page's lines, top to bottom, each left to right."""
    bands: list[list[_Glyph]] = []
    for glyph in sorted(_glyphs(textpage), key=lambda g: -g.middle):
        band = bands[-1] if bands else None
        if band is not None:
            anchor = next((g for g in band if not g.ch.isspace()), band[0])
            # the larger size: a superscript mark may be the band's first glyph
            if abs(anchor.middle - glyph.middle) <= LINE_BAND_EMS * max(anchor.size, glyph.size):
                band.append(glyph)
                continue
        bands.append([glyph])
    lines = []
    for band in bands:
        band.sort(key=lambda g: g.left)
        text = _line_text(band)
        if not text.strip():
            continue
        ink = [g for g in band if not g.ch.isspace()]
        lines.append(
            Line(
                text=unicodedata.normalize("NFC", text.strip()),
                left=min(g.left for g in ink),
                right=max(g.right for g in ink),
                size=statistics.median(g.size for g in ink),
                top=max(g.middle for g in ink),
            )
        )
    return lines


def _line_text(band: list[_Glyph]) -> str:
    parts: list[str] = []
    previous: _Glyph | None = None
    for glyph in band:
        if glyph.ch.isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
            continue
        if (
            previous is not None
            and parts[-1] != " "
            and _latin(previous.ch)
            and _latin(glyph.ch)
            and not (previous.ch.isdigit() and glyph.ch.isdigit())  # justified digits
            and glyph.left - previous.right > WORD_GAP_EMS * glyph.size
        ):
            parts.append(" ")
        parts.append(glyph.ch)
        previous = glyph
    return "".join(parts)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _mask(line: str) -> str:
    return res.PDF_DIGITS.sub("#", " ".join(line.split()))


def _drop_furniture(pages: list[list[Line]]) -> tuple[list[Line], list[Removal]]:
    """Every page's lines in order, without running heads, feet and page numbers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:FURNITURE_DEPTH] + lines[-FURNITURE_DEPTH:]
        edges.update({_mask(ln.text) for ln in edge})
    needed = max(FURNITURE_MIN_PAGES, FURNITURE_MIN_SHARE * len(pages))
    running = {m for m, n in edges.items() if n >= needed}
    kept: list[Line] = []
    removed: list[Removal] = []
    for lines in pages:
        edge_at = set(range(min(FURNITURE_DEPTH, len(lines))))
        edge_at |= set(range(max(0, len(lines) - FURNITURE_DEPTH), len(lines)))
        for i, line in enumerate(lines):
            if i in edge_at and res.PDF_PAGE_NUMBER.match(line.text):
                removed.append(Removal(STEP, "page_furniture", line.text, "page number"))
            elif i in edge_at and _mask(line.text) in running:
                removed.append(
                    Removal(STEP, "page_furniture", line.text, "running page header or footer")
                )
            else:
                kept.append(line)
    return kept, removed


def rejoin(lines: list[Line]) -> list[str]:
    """Hard-wrapped lines joined into paragraphs (see the module's docstring)."""
    if not lines:
        return []
    rights = sorted(ln.right for ln in lines)
    column_right = rights[min(len(rights) - 1, int(FULL_WIDTH_QUANTILE * len(rights)))]
    column_left = min(ln.left for ln in lines)
    paragraphs: list[str] = []
    current = ""
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        current = _glue(current, line.text)
        wrapped = line.right >= column_right - FULL_LINE_SLACK_EMS * line.size
        joins = (
            following is not None
            and wrapped
            and not res.PDF_SENTENCE_END.search(line.text)
            and abs(following.size - line.size) <= SIZE_TOLERANCE * line.size
            and following.left < column_left + INDENT_EMS * following.size
        )
        if not joins:
            paragraphs.append(current)
            current = ""
    return paragraphs


def _glue(left: str, right: str) -> str:
    if not left:
        return right
    # Latin words wrapped at a space get it back; CJK text has none to restore.
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right
