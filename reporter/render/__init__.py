"""Stage 6: rendering the brief as JSON, HTML, PDF and DOCX, each written atomically.

:func:`write_outputs` is what the pipeline calls, into the staging folder of an
:class:`OutputSet`, which moves one build's files into place together.  The map:

- :mod:`~reporter.render.names`: the output file names (:data:`FILE_NAMES`).
- :mod:`~reporter.render.atomic`: :func:`write_atomic`, :class:`OutputSet`,
  :class:`JsonLinesWriter`.
- :mod:`~reporter.render.jsondoc`: ``brief.json`` in pieces (:func:`json_chunks`).
- :mod:`~reporter.render.view`: the documented template context, one module per
  section of the brief (:func:`reporter.render.view.build_view`).
- :mod:`~reporter.render.env` (the one Jinja2 environment), :mod:`~reporter.render.html`,
  :mod:`~reporter.render.pdf`, :mod:`~reporter.render.docx`: one renderer per format;
  :mod:`~reporter.render.aside` lays the PDF out in a second process (:class:`PdfAside`).
- :mod:`~reporter.render.charts` (inline SVG), :mod:`~reporter.render.labels` (the
  brief's words), :mod:`~reporter.render.resources` (every regex of the stage),
  :mod:`~reporter.render.fontconfig`, :mod:`~reporter.render.preview` (the live preview).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from pathlib import Path
from typing import Protocol

from reporter.brief import Brief
from reporter.render.aside import PdfAside
from reporter.render.atomic import (
    STAGING_INFIX,
    JsonLinesWriter,
    OutputSet,
    write_atomic,
    write_atomic_chunks,
)
from reporter.render.jsondoc import json_bytes, json_chunks
from reporter.render.names import FILE_NAMES

__all__ = [
    "FILE_NAMES",
    "STAGING_INFIX",
    "JsonLinesWriter",
    "OutputSet",
    "PdfAside",
    "PdfStore",
    "StageTimer",
    "json_bytes",
    "json_chunks",
    "write_atomic",
    "write_atomic_chunks",
    "write_outputs",
]

StageTimer = Callable[[str], AbstractContextManager[None]]


class PdfStore(Protocol):
    """Where laid-out PDFs are kept between builds (reporter.scale.pdfcache.PdfCache)."""

    def get(self, html: str) -> bytes | None: ...

    def put(self, html: str, pdf: bytes) -> None: ...


def _no_timer(_name: str) -> AbstractContextManager[None]:
    return nullcontext()


def write_outputs(
    brief: Brief,
    out_dir: Path,
    formats: Sequence[str],
    lang: str,
    *,
    stage: StageTimer | None = None,
    pdf_aside: bool | PdfAside = False,
    pdf_cache: PdfStore | None = None,
) -> list[Path]:
    """Write ``brief.json``, ``brief.html`` and ``brief.pdf`` (those in ``formats``).

    ``stage`` (e.g. ``lambda n: timings.stage(f"render.{n}")``) times each format.
    ``pdf_aside``: lay the PDF out in another process while the JSON and the HTML are
    written here (:class:`PdfAside`; one started earlier, or True for a new one); the
    bytes are the same.  ``pdf_cache``: where a PDF laid out before for the same print
    HTML is taken from (:class:`reporter.scale.pdfcache.PdfCache`), and this one is kept.
    Returns the paths written, in the order json, html, pdf.
    """
    # Each renderer is imported only for its format: WeasyPrint and Jinja2 are slow to
    # import, and a JSON-only build needs neither.
    timer = stage or _no_timer
    written: list[Path] = []
    pdf_html = None
    if "pdf" in formats:
        from reporter.render.html import render_print_html

        pdf_html = render_print_html(brief, lang)
    cached_pdf = pdf_cache.get(pdf_html) if pdf_cache is not None and pdf_html else None
    with ExitStack() as stack:
        pdf_future = None
        if pdf_html is not None and cached_pdf is None and pdf_aside and len(formats) > 1:
            aside = (
                pdf_aside if isinstance(pdf_aside, PdfAside) else stack.enter_context(PdfAside())
            )
            pdf_future = aside.lay_out(pdf_html)
        # The HTML's view is built once and also gives brief.json its findings.
        screen = None
        if "html" in formats:
            from reporter.render.view import build_view

            with timer("html"):
                screen = build_view(brief, lang, "screen")
        if "json" in formats:
            from reporter.render.view.findings import finding_records, findings_json

            with timer("json"):
                path = out_dir / FILE_NAMES["json"]
                # the findings are composed by the view (in the brief's language), so
                # the JSON states what the executive page states
                records = finding_records(screen.findings) if screen else findings_json(brief, lang)
                composed = dataclasses.replace(brief, findings=records)
                write_atomic_chunks(path, json_chunks(composed))
            written.append(path)
        if screen is not None:
            from reporter.render.html import render_html

            with timer("html"):
                path = out_dir / FILE_NAMES["html"]
                write_atomic(path, render_html(brief, lang, screen).encode("utf-8"))
            written.append(path)
        if pdf_html is not None:
            with timer("pdf"):
                path = out_dir / FILE_NAMES["pdf"]
                if cached_pdf is not None:
                    pdf = cached_pdf
                else:
                    if pdf_future is None:
                        from reporter.render.pdf import render_pdf

                    pdf = pdf_future.result() if pdf_future else render_pdf(pdf_html)
                    if pdf_cache is not None:
                        pdf_cache.put(pdf_html, pdf)
                write_atomic(path, pdf)
            written.append(path)
        if "docx" in formats:
            from reporter.render.docx import render_docx

            with timer("docx"):
                path = out_dir / FILE_NAMES["docx"]
                write_atomic(path, render_docx(brief, lang))
            written.append(path)
    return written
