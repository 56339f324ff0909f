"""The brief's date: named for what it is, and never a made-up 1970-01-01."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.render.html import render_html
from reporter.settings import Settings

UNDATED = Path(__file__).resolve().parent.parent / "fixtures" / "brief" / "undated_article.txt"


def test_corpus_without_dates_shows_no_1970_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    brief = pipeline.build_brief(Settings(inputs=(UNDATED,)))
    assert brief.documents[0].article.metadata.published is None
    data = to_json(brief)
    assert data["generator"]["generated"] is None
    assert data["generator"]["generated_from"] == "none"
    for lang in ("zh", "en"):
        page = render_html(brief, lang)
        assert "1970" not in page
        assert "dcterms.created" not in page  # the PDF gets no invented CreationDate


@pytest.mark.parametrize(
    ("lang", "label", "wrong"),
    [("zh", "最新报道日期", "生成日期"), ("en", "Latest article", "Generated")],
)
def test_generation_date_is_named_as_the_newest_article_date(
    seed_brief: Brief, lang: str, label: str, wrong: str
) -> None:
    if seed_brief.generated_from == "SOURCE_DATE_EPOCH":
        pytest.skip("the session's seed brief was built with SOURCE_DATE_EPOCH set")
    assert seed_brief.generated_from == "newest_article"
    page = render_html(seed_brief, lang)
    assert f'class="date">{label}' in page
    assert wrong not in page  # it is not when the brief was generated


def test_source_date_epoch_is_named_as_the_generation_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    brief = pipeline.build_brief(Settings(inputs=(UNDATED,)))
    assert (brief.generated, brief.generated_from) == ("2023-11-14", "SOURCE_DATE_EPOCH")
    assert 'class="date">生成日期　2023年11月14日' in render_html(brief, "zh")
