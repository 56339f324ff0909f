"""The data-quality appendix: what was not used comes first, then the article logs."""

from __future__ import annotations

import dataclasses
import re

import pytest

from reporter.brief import Brief
from reporter.models import Skipped
from reporter.render.html import render_html, render_print_html

BAD_INPUT = "/corpus/扫描件.pdf"


def _quality_section(html: str) -> str:
    found = re.search(r'<section class="chapter appendix" id="quality".*?\n</section>', html, re.S)
    assert found is not None
    return found.group()


@pytest.mark.parametrize("render", [render_html, render_print_html])
@pytest.mark.parametrize("size", ["seeds", "large"])
def test_skipped_inputs_come_before_the_article_logs(
    render: object, size: str, seed_brief: Brief, large_brief: Brief
) -> None:
    brief = seed_brief if size == "seeds" else large_brief
    brief = dataclasses.replace(
        brief, skipped=(Skipped(BAD_INPUT, "binary file, not text"), *brief.skipped)
    )
    assert callable(render)
    section = _quality_section(render(brief, "zh"))
    skipped_at = section.index('block-title">未采用的输入')
    logs_at = section.index('block-title">逐篇记录')
    # shown by its name: outside every input folder, and a path is never shown absolute
    assert skipped_at < section.index("扫描件.pdf") < logs_at
    assert BAD_INPUT not in section
    # Every card article's log follows, after the heading.
    first_card = brief.documents[0].article.metadata.title
    assert first_card and logs_at < section.index(first_card)


def test_a_corpus_with_nothing_skipped_says_so_first(seed_brief: Brief) -> None:
    section = _quality_section(render_print_html(dataclasses.replace(seed_brief, skipped=()), "zh"))
    assert section.index("所有输入均被采用") < section.index('block-title">逐篇记录')
