"""A fresh ``python -m venv`` with the pip Python ships installs the project and reads .html.

Python 3.11 and 3.12 ship pip 23.2, which only warns "lxml does not provide the extra
'html_clean'" for trafilatura's ``lxml[html_clean]``; before ``lxml_html_clean`` was a
direct dependency, every .html input then failed.  ``make`` hid it by upgrading pip
first, so this test deliberately does not.  It needs the package index (network).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HTML_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "portal_page.html"
# A fresh install downloads and builds wheels: about a minute on a warm pip cache.
INSTALL_TIMEOUT_SECONDS = 900


@pytest.mark.slow
def test_fresh_venv_with_its_own_pip_installs_from_the_folder_and_reads_html(
    tmp_path: Path, repo_root: Path
) -> None:
    venv = tmp_path / "venv"
    # The interpreter's own venv and ensurepip: the pip it bundles, not an upgraded one.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    installed = subprocess.run(
        [str(bin_dir / "pip"), "install", "-q", str(repo_root)],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_SECONDS,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    shown = subprocess.run(
        [str(bin_dir / "pip"), "show", "cadre-reporter"], capture_output=True, text=True
    )
    assert "Name: cadre-reporter" in shown.stdout
    cleaned = subprocess.run(
        [str(bin_dir / "reporter"), "clean", str(HTML_FIXTURE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert cleaned.returncode == 0, cleaned.stderr[-2000:]
    assert "深圳市龙岗区" in cleaned.stdout
    assert "skipped" not in cleaned.stderr
