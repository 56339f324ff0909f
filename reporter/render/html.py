"""The HTML brief (one self-contained file) and the print HTML the PDF is made from."""

from __future__ import annotations

from reporter.brief import Brief
from reporter.render.env import make_environment
from reporter.render.view import BriefView, build_view

TEMPLATE = "brief.html"


def render_view(view: BriefView) -> str:
    """Render ``brief.html`` with ``view`` (its ``mode`` picks the screen or print CSS)."""
    template = make_environment().get_template(TEMPLATE)
    return template.render(v=view, t=view.t)


def render_html(brief: Brief, lang: str, view: BriefView | None = None) -> str:
    """The interactive HTML brief: links on every citation, full texts in <details>.
    ``view``: the brief's screen view when the caller built it already."""
    return render_view(view if view is not None else build_view(brief, lang, "screen"))


def render_print_html(brief: Brief, lang: str) -> str:
    """The HTML WeasyPrint lays out as the PDF (print CSS, no full texts)."""
    return render_view(build_view(brief, lang, "print"))
