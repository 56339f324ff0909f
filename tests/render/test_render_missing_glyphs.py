"""Issue 17: characters outside every installed font.  WeasyPrint lays each out as the
same empty box and the PDF's text layer then reads all of them as the first one (a reader
who copies 𪛖 gets 𗀀, or "🧧").  The PDF shows the geta mark 〓 instead; the HTML and JSON
keep the character."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from reporter.pipeline import run
from reporter.render import pdf
from reporter.settings import Settings

# Tangut, a rare CJK Extension B character, a private-use code point of plane 16: none is
# in the Noto CJK fonts, which is what the brief's machines have.
RARE = ("\U00017000", "\U0002a6d6", "\U0010fffd")
needs_fc_list = pytest.mark.skipif(shutil.which("fc-list") is None, reason="needs fc-list")


@needs_fc_list
def test_uncovered_characters_are_the_ones_no_font_has() -> None:
    found = pdf.uncovered_characters("崂山区干部 A é" + "".join(RARE) + "崂山区")
    assert "崂" not in found and "A" not in found  # what the fonts cover stays
    assert set(found) <= set(RARE) and found == tuple(sorted(found))
    assert "\U0010fffd" in found  # nothing covers a private-use code point of plane 16


@needs_fc_list
def test_mark_missing_glyphs_replaces_only_those_characters() -> None:
    text = "其中有" + RARE[2] + "文字专家"
    assert pdf.mark_missing_glyphs(text) == "其中有" + pdf.MISSING_GLYPH_MARK + "文字专家"
    assert pdf.mark_missing_glyphs("崂山区干部") == "崂山区干部"


@pytest.mark.slow
@needs_fc_list
def test_characters_no_font_covers_read_as_a_mark_not_as_another_character(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "rare.txt").write_text(
        "崂山区干部下沉一线\n"
        f"崂山区委组织部选派90名干部到社区一线，其中有{RARE[0]}文字专家和{RARE[2]}研究人员"
        "参加，工作成效明显。\n崂山区委组织部对表现突出的干部提拔重用。\n",
        encoding="utf-8",
    )
    missing = set(pdf.uncovered_characters("".join(RARE[::2])))
    if not missing:
        pytest.skip("this machine has fonts for these characters")
    out = tmp_path / "out"
    run(Settings(inputs=(corpus,), out_dir=out, formats=("pdf", "json"), jobs=1))
    text = subprocess.run(
        ["pdftotext", str(out / "brief.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert not missing & set(text)  # no character read as another one
    assert "有" + pdf.MISSING_GLYPH_MARK + "文字专家" in text.replace("\n", "")
    sentences = json.loads((out / "brief.json").read_text("utf-8"))["articles"][0]["sentences"]
    assert any(RARE[0] in s["text"] for s in sentences)  # the JSON keeps the character
