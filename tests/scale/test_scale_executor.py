"""Per-article work in a process pool gives exactly what one process gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reporter import article, ingest, pipeline
from reporter.brief import Brief
from reporter.models import Skipped
from reporter.scale.executor import IN_FLIGHT_PER_WORKER, ScaleOptions, map_articles
from reporter.settings import Settings

# Two workers even for a handful of files (the default runs those inline).
POOL = ScaleOptions(jobs=2, pool_min_articles=0)


@pytest.mark.slow
def test_two_jobs_give_the_same_brief_as_one(
    corpus_inputs: tuple[Path, ...], brief_text: Callable[[Brief], str]
) -> None:
    files, _ = ingest.discover(corpus_inputs)
    assert len(files) > 2 * IN_FLIGHT_PER_WORKER  # the bounded window fills and drains
    settings = Settings(inputs=corpus_inputs)
    one = brief_text(pipeline.build_brief(settings, scale=ScaleOptions(jobs=1)))
    two = brief_text(pipeline.build_brief(settings, scale=POOL))
    assert one == two
    assert '"000_7ecb8a50a2b68392"' in one and '"gen_000005"' in one


@pytest.mark.slow
def test_outcomes_keep_input_order_and_report_progress(
    tmp_path: Path, corpus_inputs: tuple[Path, ...]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files, _ = ingest.discover((*corpus_inputs, empty))
    items = pipeline.assign_ids(files)
    options = article.ArticleOptions.from_settings(Settings())
    calls: list[tuple[int, int, int]] = []

    def record(done: int, total: int, skipped: int) -> None:
        calls.append((done, total, skipped))

    works = map_articles(items, options, POOL, on_progress=record)
    outcomes = [w.outcome for w in works]

    assert len(outcomes) == len(items)
    for (path, article_id), outcome in zip(items, outcomes, strict=True):
        if isinstance(outcome, Skipped):
            assert outcome.source_path == path.as_posix()
        else:
            assert outcome.document.id == article_id
    assert isinstance(outcomes[-1], Skipped)  # the empty file, last in input order
    skipped = sum(isinstance(o, Skipped) for o in outcomes)
    assert [c[0] for c in calls] == list(range(1, len(items) + 1))
    assert all(c[1] == len(items) for c in calls)
    assert calls[-1][2] == skipped >= 1
