from __future__ import annotations

import json

from reporter.models import Document
from reporter.summarize import get_summarizer
from reporter.summarize.output import engine_help, format_summaries, summaries_json


def test_json_and_text_views_trace_every_sentence(seed_docs: list[Document]) -> None:
    engine = get_summarizer("textrank_plus")
    pairs = [(d, engine.summarize(d, 3)) for d in seed_docs[:2]]
    data = json.loads(summaries_json(pairs))
    assert [a["id"] for a in data["articles"]] == [d.id for d in seed_docs[:2]]
    for (doc, summary), record in zip(pairs, data["articles"], strict=True):
        assert len(record["sentences"]) == len(summary.sentences)
        for s in record["sentences"]:
            assert doc.article.text[s["start"] : s["end"]] == s["text"]
        assert record["keywords"][0]["word"] == summary.keywords[0].word
    text = format_summaries(pairs)
    for doc, summary in pairs:
        assert doc.article.source_path in text
        for p in summary.sentences:
            assert f"[{p.sentence_index}] {p.text}" in text


def test_engine_help_names_every_engine() -> None:
    for name in ("textrank_plus", "textrank", "textrank4zh", "lead"):
        assert f"{name}: " in engine_help()
