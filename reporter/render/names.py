"""The file names of the brief in each format, apart from the writers, so the view code
that names them to the reader needs nothing else of :mod:`reporter.render`."""

from __future__ import annotations

FILE_NAMES = {"json": "brief.json", "html": "brief.html", "pdf": "brief.pdf", "docx": "brief.docx"}
