"""Builders for small hand-written documents (no dependence on the clean/split stages)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from reporter import pipeline
from reporter.models import CleanArticle, CleaningReport, Document, Metadata, Sentence

DocFactory = Callable[..., Document]


def build_doc(paragraphs: Sequence[Sequence[str]], title: str = "", doc_id: str = "t") -> Document:
    """A Document whose paragraphs hold exactly the given sentences."""
    sentences: list[Sentence] = []
    text_parts: list[str] = []
    offset = 0
    for p, para in enumerate(paragraphs):
        for s in para:
            sentences.append(Sentence(len(sentences), p, offset, offset + len(s), s, s))
            offset += len(s)
        text_parts.append("".join(para))
        offset += 1  # the "\n" between paragraphs
    text = "\n".join(text_parts)
    meta = Metadata(title or doc_id, False, None, None, None, (), (), None)
    report = CleaningReport("simplified", (), (), len(text), len(text))
    article = CleanArticle(doc_id, f"{doc_id}.txt", text, text, meta, report)
    doc = Document(article, tuple(sentences))
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)
    return doc


@pytest.fixture
def make_doc() -> DocFactory:
    return build_doc


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def seed_docs() -> list[Document]:
    """The five seed articles through ingest, clean and split (other files ignored)."""
    docs, _skipped = pipeline.load_documents((EXAMPLES,))
    seeds = [d for d in docs if d.id[:3].isdigit()]
    assert len(seeds) == 5, [d.id for d in docs]
    return seeds
