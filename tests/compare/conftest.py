"""Fixtures of the compare tests: the seeds analysed once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reporter import compare, pipeline
from reporter.compare.model import Alignment, ArticleAnalysis, Detection
from reporter.compare.taxonomy import Taxonomy
from reporter.models import CleanArticle, CleaningReport, Document, Metadata
from reporter.split import split_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "compare"


@pytest.fixture(scope="session")
def compare_fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return compare.load_taxonomy()


@pytest.fixture(scope="session")
def seed_docs(examples_dir: Path) -> dict[str, Document]:
    """The five seed articles (only the articles: examples/ may hold other files)."""
    docs, skipped = pipeline.load_documents(tuple(sorted(examples_dir.glob("0*_*.txt"))))
    assert not skipped and len(docs) == 5, skipped
    return {d.id: d for d in docs}


@pytest.fixture(scope="session")
def seed_analyses(seed_docs: dict[str, Document], taxonomy: Taxonomy) -> dict[str, ArticleAnalysis]:
    """The seeds as a build analyses them: cue rules judged by the shipped act model."""
    model = compare.load_act_model()
    return {i: compare.analyze(d, taxonomy, act_model=model) for i, d in sorted(seed_docs.items())}


@pytest.fixture(scope="session")
def seed_alignment(
    seed_docs: dict[str, Document],
    seed_analyses: dict[str, ArticleAnalysis],
    taxonomy: Taxonomy,
) -> Alignment:
    ids = sorted(seed_docs)
    return compare.align([seed_docs[i] for i in ids], [seed_analyses[i] for i in ids], [], taxonomy)


MakeDocument = Callable[..., Document]


@pytest.fixture(scope="session")
def make_document() -> MakeDocument:
    return _make_document


Detect = Callable[[str, str], Detection]


@pytest.fixture(scope="session")
def detect(taxonomy: Taxonomy) -> Detect:
    """``detect(text, mechanism)``: the detection of one mechanism in a one-article
    document of ``text``, as the case tables of the detection tests check it."""

    def run(text: str, mechanism: str) -> Detection:
        return compare.analyze(_make_document(text), taxonomy).detection(mechanism)

    return run


def _make_document(text: str, doc_id: str = "case", primary: str | None = None) -> Document:
    """A one-article Document from clean simplified text, split by the real splitter."""
    meta = Metadata(
        title=doc_id,
        title_derived=True,
        outlet=None,
        published=None,
        reposted=None,
        reporters=(),
        localities=(),
        primary_locality=primary,
    )
    report = CleaningReport("simplified", (), (), len(text), len(text))
    return split_sentences(CleanArticle(doc_id, f"{doc_id}.txt", text, text, meta, report))
