"""`reporter build` on a folder mixing the seeds with broken and hostile inputs."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import jsonschema
from typer.testing import CliRunner

from reporter.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _broken_inputs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("broken_inputs", FIXTURES / "broken_inputs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_on_mixed_folder_keeps_seeds_and_names_every_bad_file(
    tmp_path: Path, examples_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    good, bad = _broken_inputs().write_inputs(corpus)
    seeds = sorted(examples_dir.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, corpus / seed.name)
    shutil.copy(FIXTURES / "hostile_page.html", corpus / "hostile_page.html")

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output

    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    schema = json.loads(
        (
            Path(__file__).resolve().parents[2] / "reporter" / "schema" / "brief.schema.json"
        ).read_text(encoding="utf-8")
    )
    jsonschema.validate(data, schema)
    assert data["reposts"], "the re-encoded copies of seed 001 form a repost group"
    ids = {a["id"] for a in data["articles"]}
    # Copies of one story are counted once: the cleanest is an article, every copy is
    # listed under `reposts` with its source, so no usable input goes unaccounted for.
    copies = {c["article_id"] for g in data.get("reposts", []) for c in g["copies"]}
    assert {g["representative"] for g in data.get("reposts", [])} <= ids
    assert {s.stem for s in seeds} <= ids | copies
    assert {Path(name).stem for name in good} <= ids | copies
    assert len(ids) >= len(seeds)
    skipped = {Path(s["source_path"]).name: s["reason"] for s in data["skipped"]}
    assert set(skipped) == set(bad)
    for name, fragment in bad.items():
        if Path(name).suffix not in {".txt", ".md", ".html", ".htm", ".pdf"}:
            # Inside a folder, a file of another type is passed over by its suffix.
            fragment = "unsupported file type"
        assert fragment.lower() in skipped[name].lower(), (name, skipped[name])
        # Each skip is also warned on stderr, naming the file.
        assert name in result.stderr
    # Hostile markup from the HTML page is text at most, never markup in the data.
    for article in data["articles"]:
        for sentence in article["sentences"]:
            assert "<script" not in sentence["text"].lower()
            assert "<img" not in sentence["text"].lower()
