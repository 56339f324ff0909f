"""What ``reporter summarize`` shows: plain text or JSON, returned as strings (the CLI prints)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from reporter.models import Document, Summary
from reporter.summarize import REGISTRY

# Keywords shown per line in the plain-text view; the JSON carries all of them.
TEXT_KEYWORDS = 10


def engine_help() -> str:
    """One line per engine, for ``--engine`` help text."""
    return "; ".join(f"{name}: {cls.description}" for name, cls in REGISTRY.items())


def summary_record(doc: Document, summary: Summary) -> dict[str, object]:
    """A JSON-ready record of one article's summary, every sentence traceable."""
    sentences = []
    for picked in summary.sentences:
        s = doc.sentences[picked.sentence_index]
        sentences.append(
            {
                "index": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "score": picked.score,
                "text": s.text,
                "original": s.original,
            }
        )
    return {
        "id": doc.id,
        "source_path": doc.article.source_path,
        "title": doc.article.metadata.title,
        "engine": summary.engine,
        "sentences": sentences,
        "keywords": [{"word": k.word, "weight": k.weight} for k in summary.keywords],
        "tfidf_keywords": [{"word": k.word, "weight": k.weight} for k in summary.tfidf_keywords],
    }


def summaries_json(pairs: Sequence[tuple[Document, Summary]]) -> str:
    return json.dumps(
        {"articles": [summary_record(d, s) for d, s in pairs]}, ensure_ascii=False, indent=2
    )


def format_summaries(pairs: Sequence[tuple[Document, Summary]]) -> str:
    """Plain text: per article its title, the picked sentences with their index, keywords."""
    blocks = []
    for doc, summary in pairs:
        lines = [f"{doc.article.metadata.title}  ({doc.article.source_path}, {summary.engine})"]
        lines += [f"  [{p.sentence_index}] {p.text}" for p in summary.sentences]
        if summary.keywords:
            words = " ".join(k.word for k in summary.keywords[:TEXT_KEYWORDS])
            lines.append(f"  keywords: {words}")
        if summary.tfidf_keywords:
            words = " ".join(k.word for k in summary.tfidf_keywords[:TEXT_KEYWORDS])
            lines.append(f"  tf-idf:   {words}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
