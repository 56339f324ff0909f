"""An error inside the tool on one article (a bug met on an odd page) skips that article
with the error named; the batch goes on and the brief lists it under `skipped`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reporter import compare, pipeline
from reporter.models import Document
from reporter.render.labels import labels
from reporter.settings import Settings


def test_an_error_on_one_article_skips_it_and_the_batch_goes_on(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = sorted(examples_dir.glob("0*_*.txt"))[:3]
    for seed in seeds:
        shutil.copy(seed, tmp_path / seed.name)
    broken = seeds[1].stem
    real_analyze = compare.analyze

    def analyze(doc: Document, *args: object, **kwargs: object) -> object:
        if doc.id == broken:
            raise ValueError("could not convert string to float: '建党100周年'")
        return real_analyze(doc, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compare, "analyze", analyze)
    brief = pipeline.build_brief(Settings(inputs=(tmp_path,), jobs=1, formats=("json",)))
    assert sorted(d.id for d in brief.documents) == sorted(
        s.stem for s in seeds if s.stem != broken
    )
    (skip,) = brief.skipped
    assert Path(skip.source_path).stem == broken
    assert skip.reason.startswith("failed: an error in reporter while reading it (ValueError:")
    assert "please report it" in skip.reason
    # the appendix says it in Chinese too, not "reason unknown"
    zh = labels("zh").skip_reason(skip.reason)
    assert zh.startswith("处理出错（ValueError") and "请报告" in zh
