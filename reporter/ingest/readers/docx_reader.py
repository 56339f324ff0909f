"""Word 2007+ documents (``.docx``), read with python-docx.

Paragraphs and tables in document order, one paragraph a line and one table row a
line (its cells side by side, a merged cell once).  The first paragraph in the Title
style or a heading style is the title candidate.  Footnotes and endnotes are not body
text: they are left out and recorded, each with its text.  Page headers and footers
live in their own parts and are never read.
"""

from __future__ import annotations

import io
from typing import Any

from reporter.ingest.readers.base import Extracted, Unreadable
from reporter.models import Removal

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Parts holding notes; their separator entries (w:type="separator", …) are layout.
_NOTE_PARTS = {"/word/footnotes.xml": "footnote", "/word/endnotes.xml": "endnote"}
STEP = "read_docx"
_TITLE_STYLES = ("Title", "Heading", "标题")  # style-name prefixes (Word's zh UI names too)


def read_docx(data: bytes) -> Extracted:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged package: python-docx raises many kinds
        raise Unreadable(f"damaged Word document: {type(exc).__name__}") from None
    lines: list[str] = []
    meta: dict[str, str] = {}
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
            continue
        text = " ".join(block.text.split()) if block.text.isascii() else block.text.strip()
        if not text:
            continue
        style = block.style.name if block.style is not None else ""
        if "title" not in meta and (style or "").startswith(_TITLE_STYLES):
            meta["title"] = text
        lines.append(text)
    if not lines:
        lines = _all_paragraphs(document)
    title = document.core_properties.title
    if "title" not in meta and title and title.strip():
        meta["title"] = title.strip()
    return Extracted(
        text="\n".join(lines),
        media_type=MEDIA_TYPE,
        encoding="docx",
        meta=meta,
        removed=tuple(_notes(document)),
    )


def _all_paragraphs(document: Any) -> list[str]:
    """Every paragraph of the body wherever it sits: a body wrapped in content controls
    (``w:sdt``, as some templates do) or text boxes has no top-level paragraph."""
    out = []
    for paragraph in document.element.body.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t")).strip()
        if text:
            out.append(text)
    return out


def _table_rows(table: Any) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            rows.append(" ".join(cells))
    return rows


def _notes(document: Any) -> list[Removal]:
    from lxml import etree

    out: list[Removal] = []
    for part in document.part.package.iter_parts():
        kind = _NOTE_PARTS.get(str(part.partname))
        if kind is None:
            continue
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for note in root.iter(f"{_W}{kind}"):
            if note.get(f"{_W}type") not in (None, "normal"):
                continue
            text = "".join(t.text or "" for t in note.iter(f"{_W}t")).strip()
            if text:
                out.append(Removal(STEP, "footnote", text, f"{kind} of the Word document"))
    return out
