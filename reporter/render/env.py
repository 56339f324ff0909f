"""The one jinja2 Environment of the project, and where its templates live.

Autoescaping is on for every template, whatever its name: article text reaches the
templates only as plain strings, so it is always escaped.  Markup enters a template
only from code we own (the SVG charts, serialised by ElementTree, and the package's
own stylesheets).  Every filter and global is registered here, in one place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

import reporter
from reporter.render import resources

if TYPE_CHECKING:  # Jinja2 is imported when an Environment is made: a JSON build needs none
    import jinja2

TEMPLATES_PACKAGE_DIR = "templates"  # where the wheel puts the top-level templates/


def templates_dir() -> Path:
    """The templates folder: inside the installed package, else the checkout's top level."""
    package = Path(reporter.__file__).resolve().parent
    installed = package / TEMPLATES_PACKAGE_DIR
    if installed.is_dir():
        return installed
    checkout = package.parent / TEMPLATES_PACKAGE_DIR
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"templates folder not found in {installed} or {checkout}; the installation is broken"
    )


def stylesheet(name: str, *, resolve_variables: bool = False) -> Markup:
    """A stylesheet of the templates folder, inlined into the page it styles.

    Only names of files directly in the templates folder are accepted, so a template
    cannot inline anything else.  ``resolve_variables`` writes every ``var(--x)`` out
    (see :func:`resolve_custom_properties`); the PDF asks for it.
    """
    folder = templates_dir()
    path = (folder / name).resolve()
    if path.parent != folder.resolve() or path.suffix != ".css":
        raise ValueError(f"not a stylesheet of the templates folder: {name!r}")
    text = path.read_text("utf-8")
    return Markup(resolve_custom_properties(text) if resolve_variables else text)


def resolve_custom_properties(css: str) -> str:
    """``css`` with each ``var(--x)`` replaced by the value its ``--x: value;`` defines.

    WeasyPrint carries every custom property down to every element and resolves each
    ``var()`` per element and property; on the PDF's few thousand elements that is a
    measurable share of the cascade, for values that never change.  The definitions
    are dropped once written out.  A ``var()`` with no definition is an error: the
    stylesheet is ours, so it is a typo.
    """
    values = {m[1]: m[2].strip() for m in resources.CSS_CUSTOM_PROPERTY.finditer(css)}

    def value(m: re.Match[str]) -> str:
        if m[1] not in values:
            raise ValueError(f"var({m[1]}) has no definition in the stylesheet")
        return values[m[1]]

    return resources.CSS_VAR.sub(value, resources.CSS_CUSTOM_PROPERTY.sub("", css))


def css_string(text: str) -> str:
    """A CSS string literal; ``<`` is escaped too so it can never close the <style>."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3C ")
    )
    return f'"{escaped}"'


def _css_content(template: str, placeholder: Callable[[str], str]) -> Markup:
    parts: list[str] = []
    pos = 0
    for m in resources.LABEL_PLACEHOLDER.finditer(template):
        if m.start() > pos:
            parts.append(css_string(template[pos : m.start()]))
        parts.append(placeholder(m[1]))
        pos = m.end()
    if pos < len(template):
        parts.append(css_string(template[pos:]))
    return Markup(" ".join(parts) or '""')


def css_counters(template: str, *names: str) -> Markup:
    """A label like ``第 {page} 页 / 共 {pages} 页`` as a CSS ``content`` value with counters."""

    def counter(name: str) -> str:
        if name not in names:
            raise ValueError(f"unexpected placeholder {{{name}}} in {template!r}")
        return f"counter({name})"

    return _css_content(template, counter)


def css_target_counter(template: str) -> Markup:
    """A label like ``第{page}页`` as ``content`` with the link target's page number."""

    def counter(name: str) -> str:
        if name != "page":
            raise ValueError(f"unexpected placeholder {{{name}}} in {template!r}")
        return "target-counter(attr(href), page)"

    return _css_content(template, counter)


def thousands(value: int) -> str:
    return f"{value:,}"


@functools.cache
def make_environment() -> jinja2.Environment:
    """The Environment every renderer uses (cached: templates compile once per process)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # one stat per render; lets the preview pick up template edits
    )
    env.filters["thousands"] = thousands
    env.filters["css_counters"] = css_counters
    env.filters["css_target_counter"] = css_target_counter
    env.globals["stylesheet"] = stylesheet
    return env
