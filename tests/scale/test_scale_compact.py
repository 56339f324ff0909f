"""A large corpus: slim articles in memory, compact brief.json, full articles.jsonl.

The thresholds are lowered so the seeds plus a few generated articles count as large;
everything a compact build produces is checked against the same corpus built in full.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reporter import pipeline, render
from reporter.brief import DETAIL_FILE, Brief, to_json
from reporter.corpus import cards
from reporter.settings import Settings

REPO = Path(__file__).resolve().parents[2]
# Few enough that the 11-article test corpus is large; more than one so a card exists.
TEST_CARDS = 3


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    path = REPO / "reporter" / "schema" / "brief.schema.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _build(
    inputs: tuple[Path, ...], out: Path, monkeypatch: pytest.MonkeyPatch, *, large: bool
) -> tuple[Brief, list[Path]]:
    with monkeypatch.context() as m:
        if large:
            m.setattr(pipeline, "COMPACT_ABOVE_ARTICLES", 4)
        result = pipeline.run(
            Settings(inputs=inputs, out_dir=out, formats=("json",), cards=TEST_CARDS, jobs=1)
        )
        assert result.brief is not None
        return result.brief, result.written


@pytest.fixture(scope="module")
def builds(
    corpus_inputs: tuple[Path, ...], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Brief, Path]]:
    # A second site's copy of a seed, cut short: a repost that only articles.jsonl lists.
    reposted = tmp_path_factory.mktemp("repost")
    seed = sorted((REPO / "examples").glob("001_*.txt"))[0]
    paragraphs = seed.read_text(encoding="utf-8").split("\n")
    (reposted / "repost_copy.txt").write_text(
        "\n".join(paragraphs[: len(paragraphs) * 3 // 4]), encoding="utf-8"
    )
    inputs = (*corpus_inputs, reposted)
    out: dict[str, tuple[Brief, Path]] = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name, large in (("full", False), ("compact", True)):
            folder = tmp_path_factory.mktemp(name)
            brief, _ = _build(inputs, folder, monkeypatch, large=large)
            out[name] = (brief, folder)
    return out


def _lines(folder: Path) -> list[dict[str, Any]]:
    text = (folder / DETAIL_FILE).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_compact_build_holds_sentences_only_for_cards(
    builds: dict[str, tuple[Brief, Path]],
) -> None:
    brief, _ = builds["compact"]
    assert brief.compact and brief.cards is not None and len(brief.cards) == TEST_CARDS
    full = {d.id: d for d in builds["full"][0].documents}
    for doc in brief.documents:
        if doc.id in brief.cards:
            assert doc == full[doc.id], f"card {doc.id} not restored in full"
        else:
            assert doc.sentences == () and doc.article.original_text == ""
            assert doc.article.metadata == full[doc.id].article.metadata


def test_compact_build_compares_exactly_as_the_full_build(
    builds: dict[str, tuple[Brief, Path]],
) -> None:
    full, compact = (to_json(builds[k][0]) for k in ("full", "compact"))
    for key in ("comparisons", "shared", "unique", "similarity"):
        assert compact[key] == full[key], key
    # The matrix without its evidence, which the records carry (see the JSON Lines test).
    for article_id, row in full["matrix"].items():
        for mechanism_id, cell in row.items():
            assert compact["matrix"][article_id][mechanism_id] == {**cell, "evidence": []}
    assert compact["facts"] == [] and full["facts"]
    assert compact["other_practices"] == full["other_practices"]
    assert compact["reposts"] == full["reposts"]
    assert compact["cards"] == full["cards"]


def test_compact_brief_json_lists_articles_without_sentences(
    builds: dict[str, tuple[Brief, Path]], schema: dict[str, Any]
) -> None:
    _, folder = builds["compact"]
    data = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["detail_file"] == DETAIL_FILE
    for article in data["articles"]:
        assert "sentences" not in article and "facts" not in article
        assert article["detail"] == DETAIL_FILE
        assert set(article["cleaning"]) == {"chars_in", "chars_out"}
    full = json.loads((builds["full"][1] / "brief.json").read_text(encoding="utf-8"))
    assert "detail_file" not in full
    assert all("sentences" in a and "detail" not in a for a in full["articles"])


@pytest.mark.parametrize("build", ["full", "compact"])
def test_jsonl_has_every_article_in_full_with_its_matrix_row(
    builds: dict[str, tuple[Brief, Path]], schema: dict[str, Any], build: str
) -> None:
    brief, folder = builds[build]
    lines = _lines(folder)
    record_schema = {"$defs": schema["$defs"], "$ref": "#/$defs/article_record"}
    for line in lines:
        jsonschema.validate(line, record_schema)
    # Every input that gave a result, repost copies included, in input order.
    copies = {c.article_id for g in brief.reposts for c in g.copies}
    listed = [a["id"] for a in json.loads((folder / "brief.json").read_text())["articles"]]
    ids = [line["id"] for line in lines]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(listed) | copies
    assert "repost_copy" in ids and len(copies - set(listed)) == 1
    full_json = json.loads((builds["full"][1] / "brief.json").read_text(encoding="utf-8"))
    full_articles = {a["id"]: a for a in full_json["articles"]}
    facts_of: dict[str, list[Any]] = {}
    for fact in full_json["facts"]:
        facts_of.setdefault(fact["article_id"], []).append(fact)
    for line in lines:
        if line["id"] in full_articles:
            row = line.pop("matrix")
            assert line == full_articles[line["id"]]
            assert row == full_json["matrix"][line["id"]]
            assert line["facts"] == facts_of.get(line["id"], [])


def test_jsonl_lines_are_the_same_in_both_builds(builds: dict[str, tuple[Brief, Path]]) -> None:
    assert _lines(builds["full"][1]) == _lines(builds["compact"][1])


def test_unfinished_jsonl_leaves_the_old_file(tmp_path: Path) -> None:
    (tmp_path / DETAIL_FILE).write_text('{"id": "old"}\n', encoding="utf-8")
    with pytest.raises(RuntimeError), render.JsonLinesWriter(tmp_path) as writer:
        writer.write(b'{"id": "new"}\n')
        raise RuntimeError("render failed")
    assert (tmp_path / DETAIL_FILE).read_text(encoding="utf-8") == '{"id": "old"}\n'
    assert [p.name for p in tmp_path.iterdir()] == [DETAIL_FILE]


def test_jsonl_is_not_written_without_json(corpus_inputs: tuple[Path, ...], tmp_path: Path) -> None:
    settings = Settings(inputs=corpus_inputs[:1], out_dir=tmp_path, formats=("html",), jobs=1)
    written = pipeline.run(settings).written
    assert [p.name for p in written] == ["brief.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".reporter-build.json", "brief.html"]


@pytest.mark.parametrize(
    ("articles", "expected"),
    [(1, None), (cards.DEFAULT_CARDS, None), (cards.DEFAULT_CARDS + 1, cards.DEFAULT_CARDS)],
)
def test_default_cards_show_all_of_a_small_corpus_only(articles: int, expected: int | None) -> None:
    assert cards.default_cards(articles) == expected
