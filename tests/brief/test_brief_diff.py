"""reporter diff OLD NEW: localities, mechanisms per locality, deployments and articles
that changed between two briefs, on the seeds and on a second corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.brief.diff import Side, diff, load_side
from reporter.cli import EXIT_NO_INPUT, EXIT_USAGE, app
from reporter.corpus.filters import Filters
from reporter.settings import Settings

CORPUS2 = Path(__file__).resolve().parent.parent / "fixtures" / "brief" / "corpus2"
KEYS = {
    "localities_added",
    "localities_removed",
    "mechanisms_gained",
    "mechanisms_lost",
    "facts_changed",
    "articles_added",
    "articles_removed",
}
runner = CliRunner()


def _write(tmp: Path, name: str, brief: Brief) -> Path:
    folder = tmp / name
    folder.mkdir()
    data = to_json(brief)
    (folder / "brief.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory, seed_brief: Brief) -> dict[str, Path]:
    """The seeds; the seeds' 崂山区 article alone; the second corpus; both corpora."""
    tmp = tmp_path_factory.mktemp("diff")
    seeds = tuple(sorted(Settings().resolved_inputs()))
    corpus2 = tuple(sorted(CORPUS2.glob("*.txt")))
    laoshan = pipeline.build_brief(
        Settings(inputs=seeds, filters=Filters.parse(localities=["崂山区"]))
    )
    return {
        "seeds": _write(tmp, "seeds", seed_brief),
        "laoshan": _write(tmp, "laoshan", laoshan),
        "corpus2": _write(tmp, "corpus2", pipeline.build_brief(Settings(inputs=corpus2))),
        "both": _write(tmp, "both", pipeline.build_brief(Settings(inputs=seeds + corpus2))),
    }


def _diff(briefs: dict[str, Path], old: str, new: str) -> dict[str, Any]:
    return diff(load_side(briefs[old]), load_side(briefs[new] / "brief.json"))


def test_a_brief_against_itself_has_no_change(briefs: dict[str, Path]) -> None:
    result = _diff(briefs, "seeds", "seeds")
    assert result.keys() >= KEYS
    assert all(result[k] == [] for k in KEYS)


def test_adding_the_second_corpus(briefs: dict[str, Path]) -> None:
    result = _diff(briefs, "seeds", "both")
    assert result["localities_added"] == ["余杭区", "胶州市", "象山县"]
    assert result["localities_removed"] == []
    assert [a["id"] for a in result["articles_added"]] == sorted(
        p.stem for p in CORPUS2.glob("*.txt")
    )
    assert result["articles_removed"] == []
    # 崂山区 already had every mechanism the 2021 article shows, and 1628 deployed
    # cadres stay its largest figure: no change there.
    assert not [g for g in result["mechanisms_gained"] if g["locality"] == "崂山区"]
    assert not result["facts_changed"]
    back = _diff(briefs, "both", "seeds")
    assert back["localities_removed"] == result["localities_added"]
    assert back["articles_removed"] == result["articles_added"]


def test_one_locality_reported_again(briefs: dict[str, Path]) -> None:
    result = _diff(briefs, "laoshan", "corpus2")
    assert result["localities_added"] == ["余杭区", "胶州市", "象山县"]
    lost = [(g["locality"], g["mechanism"]) for g in result["mechanisms_lost"]]
    # The 2021 article on 崂山区 shows neither a task force nor training nor awards.
    assert lost == [
        ("崂山区", "task_force"),
        ("崂山区", "training"),
        ("崂山区", "incentive_care"),
    ]
    assert result["mechanisms_gained"] == []
    [change] = result["facts_changed"]
    assert (change["locality"], change["mechanism"]) == ("崂山区", "frontline_rotation")
    assert (change["old"]["value"], change["new"]["value"]) == (1628, 40)
    assert "1628名" in change["old"]["sentence"] and "40名" in change["new"]["sentence"]
    assert [a["id"] for a in result["articles_removed"]] == ["000_7ecb8a50a2b68392"]
    gained = _diff(briefs, "corpus2", "laoshan")["mechanisms_gained"]
    assert [g["mechanism"] for g in gained] == ["task_force", "training", "incentive_care"]


def test_cli_text_and_json(briefs: dict[str, Path]) -> None:
    old, new = str(briefs["laoshan"]), str(briefs["corpus2"] / "brief.json")
    text = runner.invoke(app, ["diff", old, new])
    assert text.exit_code == 0, text.stderr
    out = text.stdout
    assert "Localities added: 3" in out and "象山县" in out
    assert "崂山区: - 专班/指挥部 (task_force)" in out
    assert "1628名 [000_7ecb8a50a2b68392·s" in out and "→ 40名 [a2_laoshan_2021·s" in out
    as_json = runner.invoke(app, ["diff", old, new, "--json"])
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)
    assert data.keys() >= KEYS and data["localities_added"] == ["余杭区", "胶州市", "象山县"]


def test_cli_bad_sides(tmp_path: Path, briefs: dict[str, Path]) -> None:
    missing = runner.invoke(app, ["diff", str(tmp_path / "nope"), str(briefs["seeds"])])
    assert missing.exit_code == EXIT_USAGE and "nope" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    broken = runner.invoke(app, ["diff", str(bad), str(briefs["seeds"])])
    assert broken.exit_code == EXIT_NO_INPUT
    lines = [line for line in broken.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.json" in lines[0] and "Traceback" not in broken.stderr


def test_compact_brief_reads_facts_from_its_detail_file(
    briefs: dict[str, Path], tmp_path: Path
) -> None:
    data = json.loads((briefs["laoshan"] / "brief.json").read_text(encoding="utf-8"))
    facts = data.pop("facts")
    data["facts"], data["detail_file"] = [], "articles.jsonl"
    (tmp_path / "brief.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lines = [json.dumps({"id": "x", "facts": facts}, ensure_ascii=False)]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    side: Side = load_side(tmp_path)
    assert side.facts == facts
