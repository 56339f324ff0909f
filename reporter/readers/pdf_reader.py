"""PDF documents with a text layer, read with pypdfium2 (no OCR).

A PDF knows printed lines, not paragraphs.  The reader takes each page's lines, drops
the page furniture (a line at the top or bottom of a page that recurs, digits aside, on
many pages: running headers and footers; a page number alone on its line), then
rejoins hard-wrapped lines: a line that does not end a sentence and runs (nearly) the
full width of the text column joins the next line, across page breaks too; a short
line, a sentence end or a blank line ends the paragraph.  What was dropped is recorded.
A PDF whose pages carry (almost) no text is a scan: it is refused with that reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from reporter.models import Removal
from reporter.readers import Extracted, Unreadable

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
# A line of at least this share of the column's full width was wrapped by the layout;
# a shorter one ended where its author ended it.  CJK justification shifts a line's
# end by a character or two (no punctuation may start a line), about 5-10 % of a
# 20-40-character column; 0.85 leaves room for that and for a few Latin letters.
FULL_LINE_SHARE = 0.85
# The column's full width: this quantile of the line widths (most lines of running
# text are full; the top few may be wider headings or tables).
FULL_WIDTH_QUANTILE = 0.8
# Sentence-final punctuation (closing quotes and brackets after it are allowed).
_SENTENCE_END = re.compile(r"[。！？!?…；;：:][”’」』）)\]】\"']*$")
# A page number alone on its line: "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 9 页",
# "3/9", "Page 3 of 9".
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_INDENT = ("\u3000", "  ")


def read_pdf(data: bytes) -> Extracted:
    pages = _page_lines(data)
    if not pages:
        raise Unreadable("PDF without pages")
    if sum(len("".join(p)) for p in pages) < MIN_TEXT_CHARS_PER_PAGE * max(1, len(pages)) / 2:
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


def _page_lines(data: bytes) -> list[list[str]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "encrypted PDF (needs a password)" if "password" in str(exc).lower() else None
        raise Unreadable(reason or f"damaged PDF: {exc}") from None
    pages: list[list[str]] = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            text = unicodedata.normalize("NFC", text.replace("\x00", ""))
            # pdfium ends lines with \r\n, and marks a soft hyphen or a form feed
            pages.append([line.rstrip() for line in text.replace("\x0c", "").splitlines()])
    finally:
        pdf.close()
    return pages


def _mask(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _drop_furniture(pages: list[list[str]]) -> tuple[list[str], list[Removal]]:
    """Every page's lines in order, without running heads, feet and page numbers; a
    blank line stands between pages only where a page ends with one."""
    edges: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        edge = set(body[:FURNITURE_DEPTH] + body[-FURNITURE_DEPTH:])
        edges.update({_mask(ln) for ln in edge})
    needed = max(FURNITURE_MIN_PAGES, FURNITURE_MIN_SHARE * len(pages))
    running = {m for m, n in edges.items() if n >= needed}
    kept: list[str] = []
    removed: list[Removal] = []
    for lines in pages:
        at = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_at = set(at[:FURNITURE_DEPTH] + at[-FURNITURE_DEPTH:])
        for i, line in enumerate(lines):
            stripped = line.strip()
            if i in edge_at and _PAGE_NUMBER.match(stripped):
                removed.append(Removal(STEP, "page_furniture", stripped, "page number"))
            elif i in edge_at and _mask(stripped) in running:
                removed.append(
                    Removal(STEP, "page_furniture", stripped, "running page header or footer")
                )
            else:
                kept.append(line)
    return kept, removed


def _width(line: str) -> int:
    """Display width: a CJK character is two columns, a Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.strip())


def rejoin(lines: list[str]) -> list[str]:
    """Hard-wrapped lines joined into paragraphs (see the module's docstring)."""
    widths = sorted(_width(ln) for ln in lines if ln.strip())
    if not widths:
        return []
    full = widths[min(len(widths) - 1, int(FULL_WIDTH_QUANTILE * len(widths)))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and line.startswith(_INDENT):  # an indented line starts a paragraph
            paragraphs.append(current)
            current = ""
        current = _glue(current, stripped)
        wrapped = _width(stripped) >= FULL_LINE_SHARE * full
        if not wrapped or _SENTENCE_END.search(stripped):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _glue(left: str, right: str) -> str:
    if not left:
        return right
    # Latin words wrapped at a space get it back; CJK text has none to restore.
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right
