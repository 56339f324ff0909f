"""The mechanism matrix on the seeds against a reading of the five articles, and on
hand-written sentences of the genre (positives and rhetorical negatives)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from reporter import compare
from reporter.compare.model import ArticleAnalysis, Detection
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document
from tests.compare.conftest import Detect

# The reading of the seeds; cells not listed are ambiguous and not scored.
SEED_READING = Path(__file__).parent.parent / "fixtures" / "compare" / "seed_reading.toml"
EXPECTED: dict[str, tuple[set[str], set[str]]] = {
    s["id"]: (set(s["present"]), set(s["absent"]))
    for s in tomllib.loads(SEED_READING.read_text("utf-8"))["seed"]
}
REQUIRED_F1 = 0.9


def micro_f1(analyses: dict[str, ArticleAnalysis]) -> float:
    tp = fp = fn = 0
    for article_id, (present, absent) in EXPECTED.items():
        analysis = analyses[article_id]
        for mid in present | absent:
            predicted = analysis.detection(mid).present
            tp += predicted and mid in present
            fp += predicted and mid in absent
            fn += (not predicted) and mid in present
    return 2 * tp / (2 * tp + fp + fn)


def test_seed_matrix_micro_f1(seed_analyses: dict[str, ArticleAnalysis]) -> None:
    assert set(EXPECTED) <= set(seed_analyses)
    f1 = micro_f1(seed_analyses)
    assert f1 >= REQUIRED_F1, f"micro-F1 {f1:.3f} < {REQUIRED_F1}"


def _matrix(present: Callable[[str, str], bool]) -> dict[str, ArticleAnalysis]:
    ids = sorted({m for p, a in EXPECTED.values() for m in p | a})
    return {
        aid: ArticleAnalysis(
            aid, tuple(Detection(m, present(aid, m), 0.0, (), (), ()) for m in ids), ()
        )
        for aid in EXPECTED
    }


def test_micro_f1_scorer() -> None:
    """The scorer itself: the reading scores 1, all-absent 0, all-present in between."""
    assert micro_f1(_matrix(lambda aid, m: m in EXPECTED[aid][0])) == 1.0
    assert micro_f1(_matrix(lambda aid, m: False)) == 0.0
    assert 0.0 < micro_f1(_matrix(lambda aid, m: True)) < REQUIRED_F1


def test_every_present_detection_has_evidence(seed_analyses: dict[str, ArticleAnalysis]) -> None:
    for analysis in seed_analyses.values():
        for d in analysis.detections:
            if d.present:
                assert d.evidence and d.cues
                scores = [e.score for e in d.evidence]
                assert scores == sorted(scores, reverse=True)


def _cases(path: Path) -> list[tuple[str, bool, str]]:
    data = tomllib.loads(path.read_text("utf-8"))
    return [(c["mechanism"], c["present"], c["text"]) for c in data["case"]]


GENRE_CASES = _cases(Path(__file__).parent.parent / "fixtures" / "compare" / "genre_cases.toml")


@pytest.mark.parametrize(("mechanism", "present", "text"), GENRE_CASES)
def test_genre_case(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


def test_genre_cases_cover_every_mechanism(taxonomy: Taxonomy) -> None:
    for m in taxonomy.mechanisms:
        kinds = {p for mid, p, _ in GENRE_CASES if mid == m.id}
        assert kinds == {True, False}, m.id


def test_rhetoric_is_reported_as_negative_cue(
    taxonomy: Taxonomy, make_document: Callable[[str], Document]
) -> None:
    doc = make_document("要在重大项目一线比精神、比干劲、比作为，形成比学赶超的氛围。")
    d = compare.analyze(doc, taxonomy).detection("leaderboard")
    assert not d.present
    assert len(d.negative_cues) == 2
