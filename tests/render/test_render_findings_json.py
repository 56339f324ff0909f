"""brief.json's ``findings``: what the executive page states, with its claim in ids and
the sentences it cites, so a reader of the JSON traces each finding without the HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reporter.brief import Brief, to_json
from reporter.render import write_outputs
from reporter.render.view import build_view


@pytest.fixture(scope="module")
def written(seed_brief: Brief, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("findings_json")
    write_outputs(seed_brief, out, ["json"], "zh")
    data: dict[str, Any] = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    return data


def test_the_json_states_the_findings_the_page_states(
    seed_brief: Brief, written: dict[str, Any]
) -> None:
    page = build_view(seed_brief, "zh", "screen").findings
    assert page, "the seeds' brief states findings"
    assert [(f["headline"], f["detail"]) for f in written["findings"]] == [
        (str(f.headline), str(f.detail)) for f in page
    ]


def test_the_findings_validate_against_the_schema(written: dict[str, Any], repo_root: Path) -> None:
    schema = json.loads(
        (repo_root / "reporter" / "schema" / "brief.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.validate(written, schema)
    assert "findings" in schema["properties"]


def test_every_cited_sentence_is_the_article_sentence_at_its_index(
    written: dict[str, Any],
) -> None:
    sentences = {a["id"]: a["sentences"] for a in written["articles"]}
    cites = [c for f in written["findings"] for c in f["cites"]]
    assert cites
    for c in cites:
        sentence = sentences[c["article_id"]][c["sentence_index"]]
        assert (sentence["index"], sentence["text"]) == (c["sentence_index"], c["text"])


def test_each_claim_names_articles_and_mechanisms_the_matrix_holds(
    written: dict[str, Any],
) -> None:
    matrix = written["matrix"]
    for f in written["findings"]:
        assert f["kind"] in {"shared", "largest", "result", "unique", "breadth"}
        assert f["article_ids"], f
        for article_id in f["article_ids"]:
            assert article_id in matrix
            # a finding naming a mechanism for an article rests on its detection there
            for mechanism_id in f["mechanism_ids"]:
                assert matrix[article_id][mechanism_id]["present"], (f["headline"], mechanism_id)
        if f["kind"] == "largest":
            top = f["facts"][0]
            assert top["article_id"] == f["article_ids"][0]
            assert top["text"] in f["headline"]
            assert all(top["value"] >= other["value"] for other in f["facts"][1:])


def test_the_claims_are_the_same_in_either_language(
    seed_brief: Brief, tmp_path: Path, written: dict[str, Any]
) -> None:
    write_outputs(seed_brief, tmp_path, ["json"], "en")
    english = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["findings"]

    def claims(fs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [(f["kind"], f["article_ids"], f["mechanism_ids"], f["facts"]) for f in fs]

    assert claims(english) == claims(written["findings"])
    assert [f["headline"] for f in english] != [f["headline"] for f in written["findings"]]


def test_a_bare_brief_has_no_findings_member(seed_brief: Brief) -> None:
    # to_json of a brief no renderer composed findings for says nothing rather than "none"
    assert "findings" not in to_json(seed_brief)
