"""Helpers the tests of several stages share."""

from __future__ import annotations

from pathlib import Path

from reporter import pipeline
from reporter.compare.facts import sentence_facts


def primary_locality_of(tmp_path: Path, text: str) -> str | None:
    """The primary locality of ``text`` read as one page through stages 1-3 (the page
    must not be skipped)."""
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    docs, skipped = pipeline.load_documents((page,))
    assert not skipped, skipped
    return docs[0].article.metadata.primary_locality


def fact_role(text: str, written: str) -> str | None:
    """The role the fact reader gives the number written ``written`` in one sentence
    (the number must be read as a fact)."""
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    return found[written].role
