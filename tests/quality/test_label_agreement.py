"""The second, blind reading of 80 labelled pages (bench/data/second_labels.toml) that
bench/label_agreement.py compares with the corpus's labels: it must name real pages, quote
them verbatim and use the taxonomy's mechanism ids, or the agreement it reports means
nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from reporter.compare.taxonomy import load_taxonomy
from tests.scale.conftest import load_bench_module

REPO = Path(__file__).resolve().parents[2]
REAL = REPO / "tests" / "fixtures" / "real"
SECOND = REPO / "bench" / "data" / "second_labels.toml"


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    return load_bench_module("label_agreement")


def test_the_second_reading_names_and_quotes_real_pages() -> None:
    ids = {spec.id for spec in load_taxonomy().specs}
    pages = tomllib.loads(SECOND.read_text("utf-8"))["page"]
    assert len({(p["batch"], p["file"]) for p in pages}) == len(pages) == 80
    for page in pages:
        text = (REAL / page["batch"] / page["file"]).read_text("utf-8")
        assert set(page.get("mechanisms", [])) <= ids, page["file"]
        for item in page.get("evidence", []) + page.get("absent", []):
            assert item["mechanism"] in ids, (page["file"], item)
            assert item["quote"] in text, (page["file"], item["quote"])
        present = {e["mechanism"] for e in page.get("evidence", [])}
        assert present == set(page.get("mechanisms", [])), page["file"]


def test_places_agree_as_the_quality_judge_compares_them(agreement: ModuleType) -> None:
    same = agreement.same_place
    assert same("", "")
    assert same("象山县", "宁波市象山县")  # a path agrees with its last level, either way
    assert same("宁波市象山县", "象山县")
    assert same("凉山彝族自治州", "凉山州")
    assert not same("象山县", "")
    assert not same("宁波市", "象山县")
