"""`--cards N`: the brief shows the selected article cards; the JSON keeps every article."""

from __future__ import annotations

from reporter import pipeline
from reporter.brief import Brief, to_json
from reporter.render.view import build_view
from reporter.settings import Settings


def test_brief_shows_only_selected_cards_and_json_keeps_all() -> None:
    brief = pipeline.build_brief(Settings(cards=2))
    assert brief.cards is not None and len(brief.cards) == 2
    view = build_view(brief, "zh", "screen")
    assert {c.id for c in view.articles} == set(brief.cards)
    assert len(to_json(brief)["articles"]) == 5


def test_without_cards_every_article_has_a_card(seed_brief: Brief) -> None:
    view = build_view(seed_brief, "zh", "print")
    assert len(view.articles) == len(seed_brief.documents)
