"""The genre gate: fiction, explainers, exam guides and pages naming no official are not
news of cadre work; every real news page of the project's fixtures is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import pipeline
from reporter.compare import analyze, genre
from reporter.compare.genre import GenreError, parse_rules
from reporter.compare.taxonomy import Taxonomy
from tests.compare.conftest import MakeDocument

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GENRE = FIXTURES / "compare" / "genre"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REAL_NEWS = sorted(
    [
        *EXAMPLES.glob("*.txt"),
        *(FIXTURES / "compare" / "heldout").glob("*.txt"),
        *(FIXTURES / "clean" / "unseen").glob("*.txt"),
    ]
)


def _doc(path: Path):  # type: ignore[no-untyped-def]
    return pipeline.load_document(path, path.stem)


@pytest.mark.parametrize(
    ("name", "kind", "marker"),
    [
        ("novel_county.txt", "fiction", "叙述动作"),
        ("explainer_xiachen.txt", "explainer", "释义"),
        ("exam_xuandiaosheng.txt", "explainer", "考试"),
        ("company_hq.txt", "no_actor", None),
    ],
)
def test_pages_that_are_not_news_are_judged_so(name: str, kind: str, marker: str | None) -> None:
    verdict = genre.judge(_doc(GENRE / name))
    assert verdict.genre == kind
    assert verdict.reason is not None
    if marker:
        assert marker in verdict.markers
        assert marker in verdict.reason


@pytest.mark.parametrize("path", REAL_NEWS, ids=lambda p: p.name)
def test_real_news_pages_are_news(path: Path) -> None:
    verdict = genre.judge(_doc(path))
    assert verdict.reason is None, verdict


def test_a_novel_is_skipped_with_its_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    from reporter.settings import Settings

    (tmp_path / "novel.txt").write_bytes((GENRE / "novel_county.txt").read_bytes())
    seed = sorted(EXAMPLES.glob("*.txt"))[0]
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    brief = pipeline.build_brief(Settings(inputs=(tmp_path,), jobs=1, formats=("json",)))
    assert [Path(s.source_path).name for s in brief.skipped] == ["novel.txt"]
    assert brief.skipped[0].reason.startswith("not a news report: fiction about officialdom")
    assert [d.id for d in brief.documents] == [seed.stem]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("县委书记出席了中铁十局项目建设指挥部的揭牌仪式，并看望了一线工人。", False),
        ("集团公司成立了新厂区建设指挥部，下设8个部门。", False),
        ("县委抽调15名干部组建高铁站片区建设指挥部，实行集中办公。", True),
    ],
)
def test_a_company_command_post_is_no_task_force(
    make_document: MakeDocument, taxonomy: Taxonomy, text: str, present: bool
) -> None:
    detections = analyze(make_document(text), taxonomy).detections
    assert next(d for d in detections if d.mechanism_id == "task_force").present is present


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ('[[genre]]\nid="x"\nreason="r"\nthreshold=0\n[actors]\npattern="干部"\n', "threshold"),
        (
            '[[genre]]\nid="x"\nreason="r"\nthreshold=1\n[[genre.marker]]\nlabel="l"\n'
            'pattern="("\nweight=1\n[actors]\npattern="干部"\n',
            "bad pattern",
        ),
        ('[actors]\npattern=""\n', "non-empty"),
    ],
)
def test_a_malformed_genre_file_is_refused_with_the_problem(toml: str, problem: str) -> None:
    with pytest.raises(GenreError, match=problem):
        parse_rules(toml)
