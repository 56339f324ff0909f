"""brief.json: the contract other tools rely on, validated against its JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.settings import Settings

MECHANISM_IDS = {
    "task_force",
    "leaderboard",
    "frontline_rotation",
    "frontline_assessment",
    "merit_promotion",
    "training",
    "role_experience",
    "incentive_care",
    "accountability",
}


@pytest.fixture(scope="module")
def schema(repo_root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (repo_root / "reporter" / "schema" / "brief.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.fixture(scope="module")
def brief_json(seed_brief: Brief) -> dict[str, Any]:
    # Round-trip through text, as a consumer of the file sees it.
    data: dict[str, Any] = json.loads(json.dumps(to_json(seed_brief), ensure_ascii=False))
    return data


def test_brief_json_validates_against_schema(
    brief_json: dict[str, Any], schema: dict[str, Any]
) -> None:
    jsonschema.validate(brief_json, schema)


def test_schema_version_1_3_names_the_timeline(
    brief_json: dict[str, Any], schema: dict[str, Any]
) -> None:
    # 1.3 added `timeline`; a consumer tells a brief that has it by the version alone.
    assert brief_json["schema_version"] == "1.5"
    assert schema["properties"]["schema_version"]["const"] == "1.5"
    assert "timeline" in schema["required"]
    without = {k: v for k, v in brief_json.items() if k != "timeline"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(without, schema)
    older = dict(brief_json, schema_version="1.2")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(older, schema)


def test_schema_rejects_a_broken_brief(brief_json: dict[str, Any], schema: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(brief_json))
    broken["articles"][0]["published"] = "27/06/2018"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_every_mechanism_listed_for_every_article(brief_json: dict[str, Any]) -> None:
    assert {m["id"] for m in brief_json["mechanisms"]} == MECHANISM_IDS
    ids = [a["id"] for a in brief_json["articles"]]
    assert ids == sorted(ids)  # folder order is sorted: deterministic
    assert set(brief_json["matrix"]) == set(ids)
    for cells in brief_json["matrix"].values():
        assert set(cells) == MECHANISM_IDS


def test_every_citation_points_at_its_sentence(brief_json: dict[str, Any]) -> None:
    sentences = {
        a["id"]: {s["index"]: s["text"] for s in a["sentences"]} for a in brief_json["articles"]
    }
    for article_id, cells in brief_json["matrix"].items():
        for cell in cells.values():
            for ev in cell["evidence"]:
                assert sentences[article_id][ev["sentence_index"]] == ev["text"]
    for article in brief_json["articles"]:
        for pick in article["summary"]:
            assert sentences[article["id"]][pick["sentence_index"]] == pick["text"]
    for fact in brief_json["facts"]:
        assert sentences[fact["article_id"]][fact["sentence_index"]] == fact["sentence"]
        assert fact["text"] in fact["sentence"]


def test_sentence_offsets_point_into_article_text(seed_brief: Brief) -> None:
    for doc in seed_brief.documents:
        for s in doc.sentences:
            assert doc.article.text[s.start : s.end] == s.text


def test_same_inputs_give_same_json(brief_json: dict[str, Any]) -> None:
    again = to_json(pipeline.build_brief(Settings()))
    assert json.dumps(again, ensure_ascii=False, sort_keys=True) == json.dumps(
        brief_json, ensure_ascii=False, sort_keys=True
    )


def test_generated_date_comes_from_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    brief = pipeline.build_brief(Settings())
    assert brief.generated == "2023-11-14"
