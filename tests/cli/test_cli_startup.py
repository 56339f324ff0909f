"""Start-up imports only what the command and its formats need (issue 20).

WeasyPrint costs about a second to import, scipy and datasketch half a second more: a
``--version`` or a JSON-only build must not pay for them.  Each check runs the command
in a fresh interpreter and reads its ``sys.modules`` afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Heavy libraries a command that does not need them must not import.
PDF_ONLY = ("weasyprint",)
NOT_AT_START = ("weasyprint", "scipy", "datasketch", "jieba")

_RUN = """
import json, sys
from reporter.cli import app
try:
    app(sys.argv[1:], prog_name="reporter")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "modules": sorted(m for m in sys.modules if "." not in m)}))
"""


def _modules_after(args: list[str], tmp_path: Path) -> set[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] in (0, None), done.stderr
    return set(result["modules"])


def test_version_imports_no_heavy_library(tmp_path: Path) -> None:
    loaded = _modules_after(["--version"], tmp_path)
    assert not loaded & set(NOT_AT_START)


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_json_build_does_not_import_weasyprint(tmp_path: Path) -> None:
    example = sorted(EXAMPLES.glob("*.txt"))[0]
    args = ["build", str(example), "-f", "json", "-q", "-o", str(tmp_path / "out")]
    loaded = _modules_after(args, tmp_path)
    assert (tmp_path / "out" / "brief.json").is_file()
    assert not loaded & set(PDF_ONLY)


@pytest.mark.slow  # two whole builds of the examples in fresh interpreters
def test_cached_build_does_not_load_jieba(tmp_path: Path) -> None:
    # Every article comes from the cache: nothing is segmented, and the rendering (the
    # deployment chart looks places up in the gazetteer) must not import jieba either
    # (its dictionary takes about a second).  The PDF comes from the PDF cache, and the
    # font checks the CLI makes before a PDF build ask fontconfig without WeasyPrint.
    _modules_after(["build", "-q", "-o", str(tmp_path / "first")], tmp_path)
    loaded = _modules_after(["build", "-q", "-o", str(tmp_path / "second")], tmp_path)
    assert (tmp_path / "second" / "brief.pdf").is_file()
    assert (tmp_path / "second" / "brief.pdf").read_bytes() == (
        tmp_path / "first" / "brief.pdf"
    ).read_bytes()
    assert "jieba" not in loaded
    assert not loaded & set(PDF_ONLY)


_FONT_CHECKS = """
import json, sys
from reporter.cli.build import _warn_slow_pdf
from reporter.cli.common import check_pdf_fonts
check_pdf_fonts(("pdf",))
_warn_slow_pdf(("pdf",))
print(json.dumps(sorted(m for m in sys.modules if "." not in m)))
"""


def test_pdf_font_checks_do_not_import_weasyprint() -> None:
    # Made before any article is read, also when the PDF will come from the PDF cache
    # and WeasyPrint is never needed.
    done = subprocess.run(
        [sys.executable, "-c", _FONT_CHECKS], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not loaded & set(PDF_ONLY), done.stderr
