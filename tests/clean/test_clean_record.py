"""How steps report: plain functions outside the pipeline, recorded inside it."""

from __future__ import annotations

from reporter.clean.record import MAX_EXAMPLES, merge, run_step
from reporter.clean.steps import remove_boilerplate_lines, strip_pinyin_annotations

ANNOTATED = "嶗山區(qū)張村河片區(qū)開發(fā)建設，社區(qū)(村)"


def test_a_step_outside_the_pipeline_is_a_plain_function() -> None:
    assert strip_pinyin_annotations(ANNOTATED) == "嶗山區張村河片區開發建設，社區(村)"


def test_run_step_counts_changes_and_keeps_a_few_distinct_examples() -> None:
    out, rec = run_step(strip_pinyin_annotations, ANNOTATED)
    assert out == strip_pinyin_annotations(ANNOTATED)
    assert rec.step == "strip_pinyin_annotations"
    assert rec.changes == 4
    assert rec.examples == ["(qū) → ∅", "(fā) → ∅"]
    assert len(rec.examples) <= MAX_EXAMPLES
    assert rec.removals == []


def test_removals_carry_kind_reason_and_the_text_as_it_stood() -> None:
    _, rec = run_step(remove_boilerplate_lines, "版權聲明:凡注明來源的作品\n正文。")
    (removal,) = rec.removals
    assert removal.step == "remove_boilerplate_lines"
    assert removal.kind == "copyright"
    assert removal.text == "版權聲明:凡注明來源的作品"
    assert removal.reason


def test_merge_sums_passes_and_describes_the_step() -> None:
    _, first = run_step(strip_pinyin_annotations, ANNOTATED)
    _, second = run_step(strip_pinyin_annotations, "個(ge) 人")
    report = merge(strip_pinyin_annotations, [first, second])
    assert report.changes == 5
    assert report.description.startswith("Remove pinyin annotations")
    assert len(report.examples) == 3
