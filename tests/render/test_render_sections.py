"""The brief's template is a page of section partials (templates/sections/), one per
module of reporter.render.view, each found by the one Jinja2 loader."""

from __future__ import annotations

import re
from pathlib import Path

import reporter.render.view
from reporter.render.env import make_environment, templates_dir

INCLUDE = re.compile(r'\{%\s*include\s+"([^"]+)"\s*%\}')
# Partials that are no section of the view: the screen's navigation reads other sections.
NOT_A_VIEW_MODULE = {"pagenav"}


def _included() -> list[str]:
    return INCLUDE.findall((templates_dir() / "brief.html").read_text("utf-8"))


def test_every_partial_is_included_once_and_every_include_exists() -> None:
    partials = sorted(
        p.relative_to(templates_dir()).as_posix()
        for p in (templates_dir() / "sections").glob("*.html")
    )
    included = _included()
    assert sorted(included) == partials
    assert len(set(included)) == len(included)


def test_each_section_partial_is_named_after_its_view_module() -> None:
    view_modules = {p.stem for p in Path(reporter.render.view.__file__).parent.glob("*.py")}
    for name in _included():
        stem = Path(name).stem
        assert stem in view_modules or stem in NOT_A_VIEW_MODULE, name


def test_the_loader_finds_every_partial() -> None:
    env = make_environment()
    for name in _included():
        assert env.get_template(name).name == name
