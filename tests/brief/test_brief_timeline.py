"""The timeline: when each locality is reported using each mechanism, in brief.json
(and its schema) and drawn in the brief."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.brief.timeline import mechanism_stops
from reporter.render.view import build_view
from reporter.settings import Settings

CORPUS2 = Path(__file__).resolve().parent.parent / "fixtures" / "brief" / "corpus2"


@pytest.fixture(scope="module")
def seed_json(seed_brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(to_json(seed_brief), ensure_ascii=False))
    return data


@pytest.fixture(scope="module")
def corpus2_brief() -> Brief:
    return pipeline.build_brief(Settings(inputs=tuple(sorted(CORPUS2.glob("*.txt")))))


def test_timeline_validates_and_is_sorted(seed_json: dict[str, Any], repo_root: Path) -> None:
    schema = json.loads((repo_root / "reporter/schema/brief.schema.json").read_text("utf-8"))
    jsonschema.validate(seed_json, schema)
    entries = seed_json["timeline"]
    assert entries == sorted(entries, key=lambda e: e["date"])
    broken = dict(seed_json, timeline=[dict(entries[0], date="2018")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_one_entry_per_dated_article_and_mechanism_present(seed_json: dict[str, Any]) -> None:
    expected = {
        (a["id"], m)
        for a in seed_json["articles"]
        if a["published"] or a["reposted"]
        for m, cell in seed_json["matrix"][a["id"]].items()
        if cell["present"]
    }
    got = {(e["article_id"], e["mechanism"]) for e in seed_json["timeline"]}
    assert got == expected
    assert len(seed_json["timeline"]) == len(expected)
    # 000 and 004 carry no date anywhere: they are not on the timeline.
    assert not {e["article_id"][:3] for e in seed_json["timeline"]} & {"000", "004"}


def test_seeds_place_longgang_in_2018_and_qingdao_in_2022(seed_json: dict[str, Any]) -> None:
    years = {(e["locality"], e["date"][:4]) for e in seed_json["timeline"]}
    assert ("龙岗区", "2018") in years
    assert ("青岛市", "2022") in years
    # 001 was published 2018-06-27 and re-posted in 2022: the timeline dates it by print.
    assert {e["date"] for e in seed_json["timeline"] if e["locality"] == "龙岗区"} == {"2018-06-27"}


def test_mechanism_line_names_each_place_at_its_first_year(seed_brief: Brief) -> None:
    stops = mechanism_stops(seed_brief.timeline, "frontline_rotation")
    assert [(s.year, s.locality) for s in stops] == [
        ("2018", "龙岗区"),
        ("2020", "绿园区"),
        ("2022", "青岛市"),
    ]


def test_brief_shows_lines_and_chart(seed_brief: Brief) -> None:
    for mode in ("screen", "print"):
        view = build_view(seed_brief, "zh", mode)
        assert view.timeline is not None and view.timeline.svg is not None
        lines = {
            line.name: [(s.year, s.locality) for s in line.stops] for line in view.timeline.lines
        }
        assert lines["下沉/抽调/一线锻炼"][0] == ("2018", "龙岗区")
        assert lines["专班/指挥部"][-1] == ("2022", "青岛市")
        svg = str(view.timeline.svg)
        for text in ("2018", "2019", "2022", "龙岗区", "青岛市", "专班/指挥部"):
            assert f">{text}<" in svg, text
        assert view.timeline.undated == 2


def test_second_corpus_timeline(corpus2_brief: Brief) -> None:
    stops = mechanism_stops(corpus2_brief.timeline, "leaderboard")
    assert [(s.year, s.locality) for s in stops] == [("2019", "象山县"), ("2021", "崂山区")]
    rotation = mechanism_stops(corpus2_brief.timeline, "frontline_rotation")
    assert [s.locality for s in rotation] == ["象山县", "崂山区", "余杭区"]
    # The undated 胶州市 article is in the brief but not on its timeline.
    assert "a4_undated_jiaozhou" in {d.id for d in corpus2_brief.documents}
    assert "a4_undated_jiaozhou" not in {e.article_id for e in corpus2_brief.timeline}
