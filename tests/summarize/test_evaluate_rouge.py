"""Character-level ROUGE and ``evaluate`` on our JSONL fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rouge_chinese import Rouge

from reporter.summarize.evaluate import (
    DatasetError,
    evaluate,
    format_report,
    lcs_length,
    rouge,
    units,
)

DATASET = Path(__file__).resolve().parents[1] / "fixtures" / "summarize" / "eval.jsonl"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("干部 1628名。", "干部1628名"),
        ("“擂台赛”，打分！", "擂台赛打分"),
        ("ＡＢ２０２２年", "ab2022年"),  # NFKC: full-width letters and digits
        ("GDP增长5%", "gdp增长5"),
        ("  \n\t", ""),
    ],
)
def test_units_table(text_in: str, text_out: str) -> None:
    assert "".join(units(text_in)) == text_out


def test_rouge_by_hand() -> None:
    # candidate 干部锻炼 (4 units), reference 干部一线锻炼 (6 units)
    s = rouge("干部锻炼。", "干部一线锻炼")
    assert s.rouge1 == pytest.approx(2 * 1.0 * (4 / 6) / (1.0 + 4 / 6))
    # bigrams: 干部 部锻 锻炼 vs 干部 部一 一线 线锻 锻炼 -> overlap 2, P 2/3, R 2/5
    assert s.rouge2 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert s.rouge_l == pytest.approx(s.rouge1)  # LCS is the whole candidate
    assert rouge("", "干部").rouge_l == 0.0
    assert rouge("干部干部", "干部").rouge1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)  # clipped


_CJK = st.text(alphabet="干部一线锻炼考察名人个月区委", min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(_CJK, _CJK)
def test_rouge_l_agrees_with_rouge_chinese(candidate: str, reference: str) -> None:
    ours = rouge(candidate, reference)
    theirs = Rouge(metrics=["rouge-l"]).get_scores(
        " ".join(units(candidate)), " ".join(units(reference))
    )[0]["rouge-l"]
    # rouge-chinese adds 1e-8 to the F1 denominator
    assert ours.rouge_l == pytest.approx(theirs["f"], abs=1e-7)


@given(st.text(alphabet="ab", max_size=12), st.text(alphabet="ab", max_size=12))
def test_lcs_matches_the_textbook_recurrence(a: str, b: str) -> None:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            )
    assert lcs_length(list(a), list(b)) == table[-1][-1]


def test_evaluate_every_engine_on_the_fixture() -> None:
    engines = ["textrank_plus", "textrank", "textrank4zh", "lead"]
    report = evaluate(DATASET, engines, 3)
    assert [r.engine for r in report.results] == engines
    lines = [ln for ln in DATASET.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for r in report.results:
        assert r.articles == len(lines) >= 5
        for value in (r.scores.rouge1, r.scores.rouge2, r.scores.rouge_l):
            assert 0.2 < value < 1.0  # extractive picks overlap the references, never fully
        assert r.scores.rouge2 <= r.scores.rouge1
    by = {r.engine: r for r in report.results}
    # textrank reproduces textrank4zh, so their summaries and scores are the same
    assert by["textrank"].scores == by["textrank4zh"].scores
    table = format_report(report)
    for name in engines:
        assert name in table
    assert "ROUGE-L" in table and f"{by['lead'].scores.rouge_l:.4f}" in table


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"article": "区委选派干部。"}\n', r":1: \"summary\""),
        ('\n{"article": "区委选派干部。", "summary": "选派"}\n[1]\n', r":3: expected an object"),
        ('{"article": "区委', r":1: not JSON"),
        ("\n\n", "no examples"),
    ],
)
def test_bad_datasets_name_the_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError, match=message) as info:
        evaluate(path, ["lead"], 3)
    assert "bad.jsonl" in str(info.value)


def test_fixture_lines_are_well_formed() -> None:
    for line in DATASET.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        assert set(item) == {"article", "summary"}
        assert len(item["summary"]) < len(item["article"])
