"""Shared fixtures of the render tests: the seed brief is built and rendered once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.pipeline import build_brief
from reporter.render import write_outputs
from reporter.settings import Settings


@pytest.fixture(scope="session")
def seed_brief() -> Brief:
    return build_brief(Settings())


@pytest.fixture(scope="session")
def seed_out(seed_brief: Brief, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """brief.json, brief.html and brief.pdf of the seeds, in Chinese."""
    out = tmp_path_factory.mktemp("seed-out")
    write_outputs(seed_brief, out, ("json", "html", "pdf"), "zh")
    return out
