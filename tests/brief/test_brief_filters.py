"""--since, --until, --locality, --mechanism: which articles a brief covers, and every
article left out is listed with its reason (never dropped silently)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.cli import EXIT_USAGE, app
from reporter.corpus.filters import FILTERED_PREFIX, FilterError, Filters, parse_date, resolve_place
from reporter.render.labels import labels
from reporter.scale import manifest
from reporter.scale.cache import ArticleCache
from reporter.settings import Settings

CORPUS2 = Path(__file__).resolve().parent.parent / "fixtures" / "brief" / "corpus2"
runner = CliRunner()


def _build(inputs: tuple[Path, ...], filters: Filters) -> Brief:
    return pipeline.build_brief(Settings(inputs=inputs, filters=filters))


def _kept(brief: Brief) -> list[str]:
    return [d.id for d in brief.documents]


def _reasons(brief: Brief) -> dict[str, str]:
    return {Path(s.source_path).stem: s.reason for s in brief.skipped}


@pytest.fixture(scope="module")
def seeds(examples_dir: Path) -> tuple[Path, ...]:
    return tuple(sorted(examples_dir.glob("*.txt")))


@pytest.fixture(scope="module")
def corpus2() -> tuple[Path, ...]:
    return tuple(sorted(CORPUS2.glob("*.txt")))


def test_dates_cover_whole_periods() -> None:
    assert parse_date("2020", end=False) == "2020-01-01"
    assert parse_date("2020", end=True) == "2020-12-31"
    assert parse_date("2020-02", end=True) == "2020-02-29"
    assert parse_date("2021-12", end=True) == "2021-12-31"
    assert parse_date("2018-6-27", end=False) == "2018-06-27"
    for bad in ("2020/01/01", "yesterday", "2020-13", "2021-02-30"):
        with pytest.raises(FilterError):
            parse_date(bad, end=False)
    with pytest.raises(FilterError):
        Filters.parse(since="2022", until="2021")


def test_places_resolve_by_full_or_short_name() -> None:
    assert resolve_place("青岛").name == "青岛市"
    assert resolve_place("青岛市").level == "city"
    assert resolve_place("崂山区").level == "district"
    assert resolve_place("山东").name == "山东省"
    with pytest.raises(FilterError):
        resolve_place("不存在的地方")


def test_no_filter_keeps_every_seed(seed_brief: Brief) -> None:
    assert not Settings().filters.active
    assert not any(s.reason.startswith(FILTERED_PREFIX) for s in seed_brief.skipped)


def test_locality_takes_the_place_and_everything_under_it(seeds: tuple[Path, ...]) -> None:
    brief = _build(seeds, Filters.parse(localities=["青岛市"]))
    # 002 is about 青岛市 itself, 000 about its district 崂山区.
    assert _kept(brief) == ["000_7ecb8a50a2b68392", "002_640841af2d42bf82"]
    reasons = _reasons(brief)
    assert reasons["001_fdf18b7b7cde6f83"] == "filtered: 龙岗区 is not within 青岛市"
    assert reasons["003_cddb78661fbf8839"] == "filtered: 绿园区 is not within 青岛市"
    assert reasons["004_3b3ccc4ba27ef21c"] == "filtered: 临淄区 is not within 青岛市"
    data = to_json(brief)
    assert {Path(s["source_path"]).stem for s in data["skipped"]} == set(reasons)
    assert set(data["matrix"]) == set(_kept(brief))


def test_a_district_does_not_take_its_city(seeds: tuple[Path, ...]) -> None:
    brief = _build(seeds, Filters.parse(localities=["崂山区"]))
    assert _kept(brief) == ["000_7ecb8a50a2b68392"]
    assert _reasons(brief)["002_640841af2d42bf82"] == "filtered: 青岛市 is not within 崂山区"


def test_since_leaves_out_older_and_undated_articles(seeds: tuple[Path, ...]) -> None:
    brief = _build(seeds, Filters.parse(since="2020"))
    assert _kept(brief) == ["002_640841af2d42bf82", "003_cddb78661fbf8839"]
    reasons = _reasons(brief)
    assert reasons["001_fdf18b7b7cde6f83"] == (
        "filtered: dated 2018-06-27, before --since 2020-01-01"
    )
    # 000 and 004 carry no date: a date filter cannot vouch for them.
    assert reasons["000_7ecb8a50a2b68392"] == "filtered: no date, left out by --since 2020-01-01"
    assert reasons["004_3b3ccc4ba27ef21c"] == reasons["000_7ecb8a50a2b68392"]


def test_mechanism_keeps_articles_where_it_is_present(seeds: tuple[Path, ...]) -> None:
    brief = _build(seeds, Filters.parse(mechanisms=["leaderboard"]))
    assert _kept(brief) == ["000_7ecb8a50a2b68392", "002_640841af2d42bf82"]
    assert set(_reasons(brief).values()) == {"filtered: none of the mechanisms leaderboard"}


def test_second_corpus_province_and_until(corpus2: tuple[Path, ...]) -> None:
    shandong = _build(corpus2, Filters.parse(localities=["山东省"]))
    assert _kept(shandong) == ["a2_laoshan_2021", "a4_undated_jiaozhou"]
    both = _build(corpus2, Filters.parse(until="2021-09", localities=["浙江", "青岛"]))
    assert _kept(both) == ["a1_xiangshan_2019", "a2_laoshan_2021"]
    reasons = _reasons(both)
    assert reasons["a3_yuhang_2023"] == "filtered: dated 2023-02-20, after --until 2021-09-30"
    assert reasons["a4_undated_jiaozhou"] == "filtered: no date, left out by --until 2021-09-30"


def test_filter_reasons_are_translated_for_the_appendix(corpus2: tuple[Path, ...]) -> None:
    dated = _build(corpus2, Filters.parse(since="2019", until="2022", mechanisms=["task_force"]))
    placed = _build(corpus2, Filters.parse(localities=["青岛"]))
    skipped = dated.skipped + placed.skipped
    kinds = {s.reason.split(" ")[1] for s in skipped}
    assert kinds == {"no", "dated", "none", "象山县", "余杭区"}, kinds
    zh = labels("zh")
    for s in skipped:
        text = zh.skip_reason(s.reason)
        assert text != zh["skip_reason_unknown"] and text.startswith("已筛除"), s.reason
        assert labels("en").skip_reason(s.reason) == s.reason


def test_filters_change_the_build_key(seeds: tuple[Path, ...], tmp_path: Path) -> None:
    items = pipeline.assign_ids(list(seeds))
    cache = ArticleCache(tmp_path)
    plain = manifest.build_key(Settings(inputs=seeds), items, [], cache)
    one = Settings(inputs=seeds, filters=Filters.parse(localities=["青岛"]))
    other = Settings(inputs=seeds, filters=Filters.parse(localities=["深圳"]))
    assert manifest.build_key(one, items, [], cache) not in {
        plain,
        manifest.build_key(other, items, [], cache),
    }


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--locality", "火星市"], "火星市"),
        (["--since", "last year"], "last year"),
        (["--mechanism", "parade"], "parade"),
    ],
)
def test_bad_filter_is_one_line_of_bad_usage(
    args: list[str], named: str, tmp_path: Path, examples_dir: Path
) -> None:
    seed = str(next(examples_dir.glob("004_*.txt")))
    result = runner.invoke(app, ["build", seed, "-o", str(tmp_path / "o"), "-f", "json", *args])
    assert result.exit_code == EXIT_USAGE
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("reporter: ") and named in lines[0]
    assert not (tmp_path / "o").exists()


def test_cli_counts_filtered_articles_once(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "o"
    args = ["build", str(examples_dir), "-o", str(out), "-f", "json", "--no-cache"]
    result = runner.invoke(app, [*args, "--locality", "青岛"])
    assert result.exit_code == 0, result.stderr
    assert "3 article(s) left out by the filters" in result.stderr
    assert "filtered:" not in result.stderr  # not warned one by one: they were asked for
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert sum(s["reason"].startswith("filtered: ") for s in data["skipped"]) == 3
