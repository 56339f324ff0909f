"""The wheel carries everything the tool reads at run time: templates, data, schema, examples."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.mark.slow
def test_wheel_ships_templates_data_schema_and_examples(tmp_path: Path, repo_root: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(repo_root),
        ],
        check=True,
        capture_output=True,
    )
    # The distribution's own name: "reporter" on PyPI is another project.
    (wheel,) = tmp_path.glob("cadre_reporter-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {
        p.relative_to(repo_root).as_posix()
        for p in (repo_root / "templates").rglob("*")
        if p.is_file()
    }
    assert templates, "templates/ is empty"
    for rel in templates:
        assert f"reporter/{rel}" in names, rel
    data = {
        p.relative_to(repo_root).as_posix()
        for p in (repo_root / "reporter" / "data").rglob("*")
        if p.is_file()
    }
    assert "reporter/data/taxonomy.toml" in data
    assert data <= names
    assert "reporter/schema/brief.schema.json" in names
    assert "reporter/py.typed" in names
    seeds = sorted(p.name for p in (repo_root / "examples").glob("*.txt"))
    assert len(seeds) == 5
    for name in seeds:
        assert f"reporter/examples/{name}" in names


@pytest.mark.slow
def test_wheel_carries_the_licence_and_the_notices_of_the_data_it_ships(
    tmp_path: Path, repo_root: Path
) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            *[str(repo_root)],
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("cadre_reporter-*.whl")
    archive = zipfile.ZipFile(wheel)
    licences = {n.rsplit("/", 1)[-1]: n for n in archive.namelist() if ".dist-info/" in n}
    assert "LICENSE" in licences and "NOTICE" in licences
    notice = archive.read(licences["NOTICE"]).decode()
    # The gazetteer is derived from cpca, the pinyin tables from pypinyin: both MIT.
    assert "QinYuan Du" in notice and "mozillazg" in notice
    assert "Name: cadre-reporter" in archive.read(licences["METADATA"]).decode()
