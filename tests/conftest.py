"""Shared fixtures: the bundled seeds, built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from reporter import pipeline
from reporter.brief import Brief
from reporter.models import Document
from reporter.settings import Settings

# In CI, property tests replay the same examples every run: a red CI is then a bug in the
# change, never a new random example; locally they keep exploring.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEED_IDS = (
    "000_7ecb8a50a2b68392",
    "001_fdf18b7b7cde6f83",
    "002_640841af2d42bf82",
    "003_cddb78661fbf8839",
    "004_3b3ccc4ba27ef21c",
)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seed_documents() -> dict[str, Document]:
    """The five seeds after ingest, cleaning and splitting, by article id."""
    docs, skipped = pipeline.load_documents(Settings().resolved_inputs())
    assert not skipped, skipped
    return {d.id: d for d in docs}


@pytest.fixture(scope="session")
def seed_brief() -> Brief:
    """The brief of the bundled examples with default settings (no rendering)."""
    return pipeline.build_brief(Settings())
