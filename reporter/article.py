"""One article, from its file to everything the corpus-wide stages need of it.

:func:`process_file` runs stages 1-5a of :mod:`reporter.pipeline` for one input and
also makes what the corpus-wide steps take from each article: its repost fingerprint
(:mod:`reporter.corpus.reposts`) and its line of ``articles.jsonl``.  It is a pure
function of the file's bytes and :class:`ArticleOptions`, so :mod:`reporter.scale` can
run it in any process and cache it; nothing here knows how it is run.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reporter import compare, ingest, split, summarize
from reporter.brief import article_line
from reporter.clean import clean_article
from reporter.clean.script import to_simplified
from reporter.compare.genre import FURNITURE_KINDS
from reporter.compare.model import ArticleAnalysis
from reporter.corpus.reposts import Fingerprint, fingerprint
from reporter.models import Document, InputRejected, Skipped, Summary, record
from reporter.settings import Detector, Settings
from reporter.split import limits


@dataclass
class Timings:
    """Wall-clock seconds per stage, for ``bench/`` and ``--verbose``."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0


@dataclass(frozen=True)
class ArticleOptions:
    """The options per-article work depends on (part of any cache key)."""

    engine: str
    sentences: int
    taxonomy: str | None  # path of an extra taxonomy file, as text so it pickles anywhere
    taxonomy_replace: bool
    detector: Detector = "act_model"  # Settings.detector

    @classmethod
    def from_settings(cls, settings: Settings) -> ArticleOptions:
        return cls(
            engine=settings.engine or summarize.DEFAULT_ENGINE,
            sentences=settings.sentences,
            taxonomy=str(settings.taxonomy) if settings.taxonomy else None,
            taxonomy_replace=settings.taxonomy_replace,
            detector=settings.detector,
        )


@record
class ArticleResult:
    """Everything stages 1-5a produce for one input file."""

    document: Document
    summary: Summary
    analysis: ArticleAnalysis

    def slim(self) -> ArticleResult:
        """The same result without the sentences and the text as published: what the
        corpus-wide stages need of an article that gets no card (see
        :data:`reporter.pipeline.COMPACT_ABOVE_ARTICLES`).  The cleaned text stays for
        repost grouping."""
        doc = self.document
        article = dataclasses.replace(doc.article, original_text="")
        return dataclasses.replace(
            self, document=dataclasses.replace(doc, article=article, sentences=())
        )


@record
class ArticleWork:
    """One input's per-article result, its repost fingerprint and its line of
    articles.jsonl (both None when skipped), made where the article was processed so
    the parent only passes them on."""

    outcome: ArticleResult | Skipped
    fingerprint: Fingerprint | None
    record: bytes | None = None


def taxonomy_for(options: ArticleOptions) -> compare.Taxonomy:
    """The taxonomy ``options`` name, loaded once per process."""
    return _taxonomy(options.taxonomy, options.taxonomy_replace)


def act_model_for(options: ArticleOptions) -> compare.ActModel | None:
    """The act model, unless the rules alone decide (:attr:`Settings.detector`)."""
    return compare.load_act_model() if options.detector == "act_model" else None


@cache
def _taxonomy(path: str | None, replace: bool) -> compare.Taxonomy:
    return compare.load_taxonomy(Path(path) if path else None, replace=replace)


def load_document(path: Path, article_id: str, timings: Timings | None = None) -> Document:
    """Stages 1-3 for one file; raises :class:`InputRejected`."""
    timings = timings or Timings()
    with timings.stage("ingest"):
        article = ingest.read_article(path, article_id)
    with timings.stage("clean"):
        cleaned = clean_article(article)
    with timings.stage("split"):
        # bounded sentence length and count (reporter.split.limits), recorded in the report
        doc = limits.apply_limits(split.split_sentences(cleaned))
    if not doc.sentences:
        raise InputRejected(
            ingest.shown_path(path), "no sentence of Chinese text left after cleaning"
        )
    return doc


def _dropped_furniture(doc: Document) -> str:
    """The furniture lines the cleaner dropped, simplified, for the genre gate."""
    removed = doc.article.cleaning.removed
    lines = [r.text for r in removed if r.kind in FURNITURE_KINDS]
    return to_simplified("\n".join(lines))


def process_file(
    path: Path, article_id: str, options: ArticleOptions, timings: Timings | None = None
) -> ArticleWork:
    """Stages 1-5a for one file, with the article's repost fingerprint and JSON Lines
    record; a rejected input comes back as :class:`Skipped` (and neither)."""
    outcome = analyse_file(path, article_id, options, timings)
    if isinstance(outcome, Skipped):
        return ArticleWork(outcome, None)
    line = article_line(outcome.document, outcome.summary, outcome.analysis)
    return ArticleWork(outcome, fingerprint(outcome.document), line)


def analyse_file(
    path: Path, article_id: str, options: ArticleOptions, timings: Timings | None = None
) -> ArticleResult | Skipped:
    """Stages 1-5a for one file; a rejected input comes back as :class:`Skipped`."""
    timings = timings or Timings()
    try:
        doc = load_document(path, article_id, timings)
    except InputRejected as exc:
        return Skipped(exc.source_path, exc.reason)
    with timings.stage("compare"):
        verdict = compare.judge_genre(
            doc, furniture=_dropped_furniture(doc), model=compare.load_genre_model()
        )
    if verdict.reason is not None:
        return Skipped(doc.article.source_path, verdict.reason)
    with timings.stage("summarize"):
        summary = summarize.get_summarizer(options.engine).summarize(doc, options.sentences)
    with timings.stage("compare"):
        analysis = compare.analyze(doc, taxonomy_for(options), act_model=act_model_for(options))
    return ArticleResult(doc, summary, analysis)
