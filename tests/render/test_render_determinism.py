"""Same inputs and options, same bytes: JSON, HTML and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.pipeline import build_brief
from reporter.render import write_outputs
from reporter.settings import Settings


@pytest.mark.slow
def test_two_builds_are_byte_identical(seed_out: Path, tmp_path: Path) -> None:
    # A fresh brief from the same inputs: nothing cached in the first one can help.
    again = build_brief(Settings())
    write_outputs(again, tmp_path, ("json", "html", "pdf"), "zh")
    for name in ("brief.json", "brief.html", "brief.pdf"):
        assert (seed_out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_html_does_not_depend_on_the_clock_or_the_output_folder(
    seed_brief: Brief, tmp_path: Path
) -> None:
    a = write_outputs(seed_brief, tmp_path / "a", ("html",), "en")[0].read_bytes()
    b = write_outputs(seed_brief, tmp_path / "deeper" / "b", ("html",), "en")[0].read_bytes()
    assert a == b


def test_written_files_are_readable_by_others(seed_brief: Brief, tmp_path: Path) -> None:
    path = write_outputs(seed_brief, tmp_path, ("json",), "zh")[0]
    assert path.stat().st_mode & 0o044  # not the 0600 of a bare temporary file


@pytest.mark.slow
def test_a_pdf_laid_out_aside_is_the_same_pdf(seed_out: Path, tmp_path: Path) -> None:
    # The seed brief written again, its PDF laid out in a forked process meanwhile.
    written = write_outputs(
        build_brief(Settings()), tmp_path, ("json", "html", "pdf"), "zh", pdf_aside=True
    )
    assert [p.name for p in written] == ["brief.json", "brief.html", "brief.pdf"]
    for name in ("brief.json", "brief.html", "brief.pdf"):
        assert (seed_out / name).read_bytes() == (tmp_path / name).read_bytes(), name


@pytest.mark.slow
def test_a_large_build_starts_the_pdf_process_as_the_corpus_wide_stages_begin(
    seed_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reporter import article, pipeline
    from reporter.render import PdfAside

    # The seeds count as a large corpus here; the process must be started once the
    # articles are done and before repost grouping, and lay out the same PDF.
    monkeypatch.setattr(pipeline, "PDF_ASIDE_ABOVE_ARTICLES", 1)
    timings = article.Timings()
    stages_at_start: list[list[str]] = []
    real_start = PdfAside.start

    def start(self: PdfAside) -> None:
        stages_at_start.append(list(timings.seconds))
        real_start(self)

    monkeypatch.setattr(PdfAside, "start", start)
    settings = Settings(out_dir=tmp_path, jobs=2, use_cache=False)
    pipeline.run(settings, pipeline.BuildHooks(timings=timings))
    # the first call (lay_out calls start again, which then does nothing)
    assert "articles" in stages_at_start[0] and "reposts" not in stages_at_start[0]
    assert "reposts" in timings.seconds
    for name in ("brief.json", "brief.html", "brief.pdf"):
        assert (seed_out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_an_error_laying_out_the_pdf_aside_reaches_the_caller() -> None:
    from reporter.render import PdfAside

    with PdfAside() as aside:
        aside.start()  # warmed up first, as a large build does
        future = aside.lay_out(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            future.result()


@pytest.mark.parametrize("which", ["seeds", "large", "empty lists"])
def test_json_written_in_pieces_is_json_dumps_of_the_whole(
    which: str, seed_brief: Brief, large_brief: Brief
) -> None:
    import dataclasses
    import json

    from reporter.brief import to_json
    from reporter.render import json_bytes

    brief = {
        "seeds": seed_brief,
        "large": large_brief,  # compact: its articles without sentences, a detail file
        "empty lists": dataclasses.replace(seed_brief, documents=(), summaries=(), skipped=()),
    }[which]
    whole = json.dumps(to_json(brief), ensure_ascii=False, indent=2) + "\n"
    assert json_bytes(brief) == whole.encode("utf-8")
