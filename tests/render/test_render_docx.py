"""brief.docx: the brief in 公文 style (GB/T 9704) as an editable Word document."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.shared import Mm
from PIL import Image

from reporter.brief import Brief
from reporter.render import docx as docx_module
from reporter.render import pdf as pdf_module
from reporter.render.docx import CHART_DPI, chart_png, render_docx
from reporter.render.docx_style import (
    FONT_BODY,
    FONT_HEADING1,
    FONT_HEADING2,
    FONT_TITLE,
    MARGIN_INSIDE,
    MARGIN_OUTSIDE,
    STYLE_CITE,
)
from reporter.render.view import build_view

# A generous bound on LibreOffice's first start (profile creation) and conversion.
SOFFICE_TIMEOUT_SECONDS = 240
SEED_LOCALITIES = ("崂山区", "龙岗区", "青岛市", "绿园区", "临淄区")


@pytest.fixture(scope="module")
def docx_bytes(seed_brief: Brief) -> bytes:
    return render_docx(seed_brief, "zh")


def _east_asian(style: object) -> str | None:
    rpr = style.element.rPr  # type: ignore[attr-defined]
    fonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    return fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")


def test_same_brief_same_bytes(seed_brief: Brief, docx_bytes: bytes) -> None:
    assert render_docx(seed_brief, "zh") == docx_bytes
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_styles_carry_the_fonts_by_role(docx_bytes: bytes) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    assert _east_asian(doc.styles["Title"]) == FONT_TITLE[0]
    assert _east_asian(doc.styles["Normal"]) == FONT_BODY[0]
    assert _east_asian(doc.styles["Heading 1"]) == FONT_HEADING1[0]
    assert _east_asian(doc.styles["Heading 2"]) == FONT_HEADING2[0]
    assert doc.styles["Normal"].font.size.pt == 16
    assert doc.styles["Title"].font.size.pt == 22
    # Each font has the fallback an office machine has, in the font table.
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        table = z.read("word/fontTable.xml").decode("utf-8")
    for name, alt in (FONT_TITLE, FONT_BODY, FONT_HEADING2):
        assert f'w:name="{name}"' in table and f'w:altName w:val="{alt}"' in table


def test_editable_styles_not_direct_formatting(docx_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        body = z.read("word/document.xml").decode("utf-8")
    # No run sets its own font or size: the styles do.
    assert "<w:rFonts" not in body and "<w:sz " not in body
    doc = Document(io.BytesIO(docx_bytes))
    cites = [r.text for p in doc.paragraphs for r in p.runs if r.style.name == STYLE_CITE]
    assert any("[002·s" in c for c in cites)


def test_page_and_numbers_follow_gb_t_9704(docx_bytes: bytes) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    s = doc.sections[0]
    # Stored in twentieths of a point: equal to the millimetre within a hundredth.
    got = [
        s.page_width,
        s.page_height,
        s.top_margin,
        s.bottom_margin,
        s.left_margin,
        s.right_margin,
    ]
    assert [round(x.mm, 1) for x in got] == [210, 297, 37, 35, 28, 26]
    odd = s.footer.paragraphs[0]
    even = s.even_page_footer.paragraphs[0]
    for p in (odd, even):
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert "PAGE" in p._p.xml
    assert doc.settings.odd_and_even_pages_header_footer


def test_localities_matrix_and_timeline_are_there(docx_bytes: bytes) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    for place in SEED_LOCALITIES:
        assert place in text or place in cells, place
    matrix = next(t for t in doc.tables if t.rows[0].cells[1].text == "专班")
    assert len(matrix.rows) == 6  # the heading and one row per article
    assert matrix.rows[1].cells[1].text == "●"  # 000 崂山区 has a task force
    assert "下沉/抽调/一线锻炼：2018 龙岗区 → 2020 绿园区 → 2022 青岛市" in text


TIMELINE_CHART_TITLE = "各地区逐年报道的机制"
# Chunks a PNG of pixels alone has: no tIME, tEXt, iTXt or other metadata.
PNG_PIXEL_CHUNKS = {b"IHDR", b"pHYs", b"IDAT", b"IEND"}


def _png_chunks(data: bytes) -> set[bytes]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    chunks, at = set(), 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        chunks.add(data[at + 4 : at + 8])
        at += 12 + length
    return chunks


def test_the_timeline_is_the_pdf_chart_as_a_picture(seed_brief: Brief, docx_bytes: bytes) -> None:
    doc = Document(io.BytesIO(docx_bytes))
    (shape,) = doc.inline_shapes
    assert shape._inline.docPr.get("descr") == TIMELINE_CHART_TITLE  # alternative text
    # Across the text block of the page, in proportion.
    assert abs(shape.width - (Mm(210) - MARGIN_INSIDE - MARGIN_OUTSIDE)) < Mm(0.1)
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        (name,) = [n for n in z.namelist() if n.startswith("word/media/")]
        png = z.read(name)
    # The very SVG the PDF and the HTML draw, rasterised; pixels and resolution only.
    svg = build_view(seed_brief, "zh", "print").timeline.svg  # type: ignore[union-attr]
    assert png == chart_png(str(svg))
    assert _png_chunks(png) == PNG_PIXEL_CHUNKS
    image = Image.open(io.BytesIO(png))
    assert image.info["dpi"] == pytest.approx((CHART_DPI, CHART_DPI), abs=0.01)
    assert abs(image.width / image.height - shape.width / shape.height) < 0.01
    # Its title above it, its legend's note below it, and no table repeating it.
    texts = [p.text for p in doc.paragraphs]
    at = next(i for i, p in enumerate(doc.paragraphs) if p._p.xpath(".//pic:pic"))
    assert texts[at - 1] == TIMELINE_CHART_TITLE
    assert texts[at + 1].startswith("每个圆点是一种机制") and "点击" not in texts[at + 1]
    assert not any(t.rows[0].cells[1].text == "2018" for t in doc.tables)


def test_the_chart_fetches_nothing(seed_brief: Brief, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Any] = []

    class Recording(pdf_module.PackageFetcher):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(pdf_module, "PackageFetcher", Recording)
    svg = build_view(seed_brief, "zh", "print").timeline.svg  # type: ignore[union-attr]
    assert chart_png(str(svg)) is not None
    assert made and all(not f.attempts and not f.refused for f in made)


def test_without_a_chart_its_cells_are_a_table(
    seed_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_module, "chart_png", lambda _svg: None)  # as without CJK fonts
    doc = Document(io.BytesIO(render_docx(seed_brief, "zh")))
    assert not doc.inline_shapes
    timeline = next(t for t in doc.tables if t.rows[0].cells[1].text == "2018")
    assert timeline.rows[1].cells[0].text == "龙岗区"
    assert "下沉" in timeline.rows[1].cells[1].text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(docx_bytes: bytes, tmp_path: Path) -> None:
    src = tmp_path / "brief.docx"
    src.write_bytes(docx_bytes)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=SOFFICE_TIMEOUT_SECONDS,
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "brief.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "干部工作机制比较简报" in text
    assert "—2—" in text.replace(" ", "")  # the page numbers as printed
    for place in SEED_LOCALITIES:
        assert place in text
    assert TIMELINE_CHART_TITLE in text
    # The chart came through as a picture: LibreOffice's PDF holds one image.
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "brief.pdf")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert len(images.strip().splitlines()[2:]) == 1
