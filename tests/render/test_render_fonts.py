"""No PDF is laid out without a font that covers Chinese: empty boxes at best, and with
no font at all WeasyPrint crashes the process.  The check stops with one line naming the
package to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reporter.render import fontconfig, pdf, pdffonts

REPO = Path(__file__).resolve().parent.parent.parent
# Latin-only fonts: DejaVu is on nearly every Linux machine (a dependency of fontconfig's
# own configuration packages); without it the test of that case is skipped.
LATIN_FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _fontconfig(tmp_path: Path, font_dirs: tuple[Path, ...]) -> Path:
    """A fontconfig configuration that sees only ``font_dirs`` (none: no font at all)."""
    conf = tmp_path / "fonts.conf"
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs)
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig>{dirs}<cachedir>{tmp_path / "fc-cache"}</cachedir>'
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def _font_setups() -> list[tuple[str, tuple[Path, ...]]]:
    setups: list[tuple[str, tuple[Path, ...]]] = [("no fonts", ())]
    if LATIN_FONTS.is_dir():
        setups.append(("latin fonts only", (LATIN_FONTS,)))
    return setups


@pytest.fixture(autouse=True)
def _fresh_font_answer() -> object:
    pdffonts.cjk_fonts.cache_clear()
    pdffonts._any_font.cache_clear()
    pdf.covered_ranges.cache_clear()
    yield
    pdffonts.cjk_fonts.cache_clear()
    pdffonts._any_font.cache_clear()
    pdf.covered_ranges.cache_clear()


@pytest.mark.parametrize(("name", "dirs"), _font_setups(), ids=[s[0] for s in _font_setups()])
def test_machine_without_cjk_fonts_is_told_which_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, dirs: tuple[Path, ...]
) -> None:
    monkeypatch.setenv("FONTCONFIG_FILE", str(_fontconfig(tmp_path, dirs)))
    with pytest.raises(pdf.FontsMissing, match="fonts-noto-cjk"):
        pdf.check_fonts()
    with pytest.raises(pdf.FontsMissing):
        pdf.render_pdf("<p>干部</p>")  # never laid out


def test_machine_with_no_fonts_and_no_fc_list_is_stopped_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FONTCONFIG_FILE", str(_fontconfig(tmp_path, ())))
    monkeypatch.setattr(fontconfig.shutil, "which", lambda name: None)
    with pytest.raises(pdf.FontsMissing, match="fonts-noto-cjk"):
        pdf.check_fonts()


def test_any_font_that_covers_chinese_will_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fontconfig.shutil, "which", lambda name: "/usr/bin/fc-list")

    class Listed:
        stdout = "WenQuanYi Zen Hei,文泉驿正黑\nWenQuanYi Zen Hei Mono\n"

    monkeypatch.setattr(fontconfig.subprocess, "run", lambda *a, **k: Listed())
    assert pdffonts.cjk_fonts() == ("WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono")
    pdf.check_fonts()  # fontconfig falls back to it for every Chinese character


@pytest.mark.slow
@pytest.mark.parametrize(("name", "dirs"), _font_setups(), ids=[s[0] for s in _font_setups()])
def test_pdf_build_without_cjk_fonts_ends_in_one_line_not_a_crash(
    tmp_path: Path, examples_dir: Path, name: str, dirs: tuple[Path, ...]
) -> None:
    seed = next(examples_dir.glob("004_*.txt"))
    out = tmp_path / "out"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "FONTCONFIG_FILE": str(_fontconfig(tmp_path, dirs)),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "reporter", "build", str(seed), "-o", str(out), "-f", "pdf"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 4, done.stderr  # cannot write, not -11 (SIGSEGV)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "fonts-noto-cjk" in lines[0], done.stderr
    assert not out.exists()


def test_fast_subsetting_is_weasyprints_own_answer() -> None:
    # pdffonts asks the libraries without loading WeasyPrint; the answer must be the
    # one WeasyPrint's bindings give (weasyprint.pdf.fonts.Font.subset's test).
    from weasyprint.text import ffi as weasy_ffi

    own = weasy_ffi.harfbuzz_subset is not None and bool(
        weasy_ffi.harfbuzz.hb_version_atleast(*pdffonts.HARFBUZZ_SUBSET_MIN_VERSION)
    )
    assert pdffonts.fast_subsetting_available() is own
