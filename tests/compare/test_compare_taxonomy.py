"""The taxonomy file: the nine mechanisms, validation errors, --taxonomy extend/replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reporter import compare
from reporter.compare.resources import LexiconError, lexicon, parse_lexicon
from reporter.compare.taxonomy import REQUIRED_IDS, TaxonomyError, parse_builtin
from reporter.models import Document


def test_builtin_has_the_nine_mechanisms() -> None:
    tax = compare.load_taxonomy()
    assert tuple(m.id for m in tax.mechanisms) == REQUIRED_IDS
    for spec in tax.specs:
        m = spec.mechanism
        assert m.name_zh and m.name_en and m.definition
        assert spec.cues and all(c.weight > 0 for c in spec.cues)
    assert tax.sources == ("reporter/data/taxonomy.toml",)


def test_builtin_is_loaded_once() -> None:
    assert compare.load_taxonomy() is compare.load_taxonomy()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("taxonomy_bad_regex.toml", "bad regex"),
        ("taxonomy_missing_name.toml", "missing name_zh, name_en, definition"),
        ("taxonomy_duplicate.toml", "defined twice"),
        ("taxonomy_bad_weight.toml", "'weight' must be in"),
        ("taxonomy_unknown_key.toml", "unknown key(s) cues"),
        ("taxonomy_not_toml.toml", "not valid TOML"),
        ("taxonomy_bad_veto.toml", "'veto' must be true or false"),
        ("does_not_exist.toml", "file not found"),
    ],
)
def test_bad_file_names_file_and_problem(compare_fixtures: Path, name: str, problem: str) -> None:
    path = compare_fixtures / name
    with pytest.raises(TaxonomyError) as err:
        compare.load_taxonomy(path)
    assert str(err.value).startswith(path.as_posix() + ": ")
    assert problem in str(err.value)


def test_builtin_must_define_the_nine(compare_fixtures: Path) -> None:
    text = (compare_fixtures / "taxonomy_replace.toml").read_text("utf-8")
    with pytest.raises(TaxonomyError, match="expected the nine domain mechanisms"):
        parse_builtin(text, "x.toml")


def test_extend_merges_cues_and_adds_mechanisms(
    compare_fixtures: Path, make_document: Callable[[str], Document]
) -> None:
    path = compare_fixtures / "taxonomy_extend.toml"
    tax = compare.load_taxonomy(path)
    ids = [m.id for m in tax.mechanisms]
    assert ids == [*REQUIRED_IDS, "public_service_month"]
    assert tax.sources[-1] == path.as_posix()
    base = compare.load_taxonomy().spec("leaderboard")
    merged = tax.spec("leaderboard")
    assert merged.mechanism == base.mechanism  # names kept
    assert [c.label for c in merged.cues] == [c.label for c in base.cues] + ["流动红旗"]
    doc = make_document("区里对乡镇实行流动红旗评定。每年5月为公职人员服务月。")
    analysis = compare.analyze(doc, tax)
    assert analysis.detection("leaderboard").present
    assert analysis.detection("public_service_month").present
    assert not compare.analyze(doc, compare.load_taxonomy()).detection("leaderboard").present


def test_replace(compare_fixtures: Path, make_document: Callable[[str], Document]) -> None:
    tax = compare.load_taxonomy(compare_fixtures / "taxonomy_replace.toml", replace=True)
    assert [m.id for m in tax.mechanisms] == ["grid_work"]
    analysis = compare.analyze(make_document("处级干部体验网格员工作。"), tax)
    (detection,) = analysis.detections
    assert detection.present and detection.threshold == 1.0


def test_replace_and_extend_differ(compare_fixtures: Path) -> None:
    path = compare_fixtures / "taxonomy_replace.toml"
    assert len(compare.load_taxonomy(path).mechanisms) == len(REQUIRED_IDS) + 1
    assert len(compare.load_taxonomy(path, replace=True).mechanisms) == 1


def test_packaged_lexicon_is_valid() -> None:
    lex = lexicon()
    assert lex.ranks["处科级"] == "处级/科级"
    assert lex.area_units["平米"] == ("平方米", 1.0)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[facts\n", "not valid TOML"),
        ("[facts]\narea_units = 3\n", "area_units must be a table"),
        ('[facts]\narea_units = { "亩" = ["亩"] }\n', "must be [unit, factor]"),
    ],
)
def test_broken_lexicon_names_the_file(text: str, problem: str) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon(text)
    assert str(err.value).startswith("reporter/data/compare_lexicon.toml: ")
    assert problem in str(err.value)


def test_extend_with_negatives_only(
    compare_fixtures: Path, make_document: Callable[[str], Document]
) -> None:
    path = compare_fixtures / "taxonomy_negative_only.toml"
    doc = make_document("草原上举办赛马比赛，牧民开展赛马节活动。")
    assert compare.analyze(doc, compare.load_taxonomy()).detection("leaderboard").present
    extended = compare.load_taxonomy(path)
    assert [n.label for n in extended.negatives][-1] == "赛马节（体育活动）"
    assert not compare.analyze(doc, extended).detection("leaderboard").present
    with pytest.raises(TaxonomyError, match="needs at least one"):
        compare.load_taxonomy(path, replace=True)
