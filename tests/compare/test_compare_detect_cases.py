"""Mechanism detection on sentences written in the genre's style, one table per mechanism
(`tests/fixtures/compare/detect_cases/<mechanism>.toml`).

Each case names the wording family it stands for (`shape`): a way real pages tell an act
the cues once missed, or a look-alike they once read as an act (a promise, a past
posting, a rule's clause, a company's command post).  Every case failed on the rules of
its day or guards a neighbour of one that did; the tables are data so that a new wording
is one `[[case]]`, not a new test module.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reporter.compare.taxonomy import Taxonomy
from tests.compare.conftest import Detect

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "detect_cases"


def _cases() -> list[tuple[str, str, bool, str]]:
    found = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            found.append((path.stem, case["shape"], case["present"], case["text"]))
    return found


CASES = _cases()
# A case's id is its mechanism and its place in that table: adding a case to one table
# renames no test of another.
IDS = [f"{m}-{sum(1 for n, *_ in CASES[:i] if n == m)}" for i, (m, *_) in enumerate(CASES)]


def test_every_table_names_a_mechanism_and_every_case_a_shape(taxonomy: Taxonomy) -> None:
    known = {m.id for m in taxonomy.mechanisms}
    assert {mechanism for mechanism, *_ in CASES} <= known
    assert all(shape.strip() and text.strip() for _, shape, _, text in CASES)
    texts = [(mechanism, text) for mechanism, _, _, text in CASES]
    assert len(texts) == len(set(texts)), "a case is listed twice"


@pytest.mark.parametrize(
    ("mechanism", "shape", "present", "text"),
    CASES,
    ids=IDS,
)
def test_detection_reads_the_shape(
    mechanism: str, shape: str, present: bool, text: str, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (
        shape,
        detection.score,
        detection.cues,
        detection.negative_cues,
    )
