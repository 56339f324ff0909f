"""The orchestrator: inputs in, a :class:`~reporter.brief.Brief` out, then rendered.

Stages, each its own module, each passing frozen records (:mod:`reporter.models`):

1. **discover and ingest** (:mod:`reporter.ingest`): expand folders, refuse what is
   not an article (binary, empty, too large, undecodable), detect encodings,
   extract HTML main text -> :class:`~reporter.models.Article`.
2. **clean** (:mod:`reporter.clean`): a pipeline of small ``str -> str`` steps
   (HTML remnants, boilerplate, pinyin annotations, mojibake, script, punctuation),
   each reporting what it changed; metadata (title, outlet, dates, localities)
   -> :class:`~reporter.models.CleanArticle`.
3. **split** (:mod:`reporter.split`): sentences with paragraph index and offsets
   -> :class:`~reporter.models.Document`.
4. **summarize** (:mod:`reporter.summarize`): the chosen engine's extractive
   summary and keywords -> :class:`~reporter.models.Summary`.
5. **compare** (:mod:`reporter.compare`): mechanisms, facts and localities per
   article, then aligned across articles -> :class:`~reporter.compare.model.Alignment`.
6. **render** (:mod:`reporter.render`): ``brief.json``, ``brief.html`` and
   ``brief.pdf``, written atomically.

An input that fails stage 1 or 2 is recorded in ``Brief.skipped`` with its reason
and reported through ``on_skip``; the batch goes on.  Nothing here prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reporter import compare, ingest, render, split, summarize
from reporter.brief import Brief, make_brief
from reporter.clean import clean_article
from reporter.models import Document, InputRejected, Skipped, Summary
from reporter.settings import Settings

SkipHook = Callable[[Skipped], None]


class NoUsableInput(Exception):
    """Raised when every input was skipped: there is nothing to brief."""


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


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate


def load_documents(
    inputs: tuple[Path, ...], on_skip: SkipHook | None = None, timings: Timings | None = None
) -> tuple[list[Document], list[Skipped]]:
    """Stages 1-3 for every input; bad inputs become :class:`Skipped` records."""
    timings = timings or Timings()
    files, skipped = ingest.discover(inputs)
    for s in skipped:
        if on_skip:
            on_skip(s)
    docs: list[Document] = []
    taken: set[str] = set()
    for path in files:
        try:
            with timings.stage("ingest"):
                article = ingest.read_article(path, _unique_id(path.stem, taken))
            with timings.stage("clean"):
                cleaned = clean_article(article)
            with timings.stage("split"):
                doc = split.split_sentences(cleaned)
            if not doc.sentences:
                raise InputRejected(path.as_posix(), "no sentence of Chinese text left after cleaning")
        except InputRejected as exc:
            record = Skipped(exc.source_path, exc.reason)
            skipped.append(record)
            if on_skip:
                on_skip(record)
            continue
        docs.append(doc)
    return docs, skipped


def summarize_documents(
    docs: list[Document], engine: str | None, n: int, timings: Timings | None = None
) -> list[Summary]:
    timings = timings or Timings()
    summarizer = summarize.get_summarizer(engine or summarize.DEFAULT_ENGINE)
    with timings.stage("summarize"):
        return [summarizer.summarize(doc, n) for doc in docs]


def build_brief(
    settings: Settings, on_skip: SkipHook | None = None, timings: Timings | None = None
) -> Brief:
    """Stages 1-5: everything but rendering."""
    timings = timings or Timings()
    docs, skipped = load_documents(settings.resolved_inputs(), on_skip, timings)
    if not docs:
        raise NoUsableInput(
            f"no usable input among {len(skipped)} file(s)"
            + (f"; first: {skipped[0].source_path}: {skipped[0].reason}" if skipped else "")
        )
    summaries = summarize_documents(docs, settings.engine, settings.sentences, timings)
    with timings.stage("compare"):
        taxonomy = compare.load_taxonomy(settings.taxonomy, replace=settings.taxonomy_replace)
        analyses = [compare.analyze(doc, taxonomy) for doc in docs]
        alignment = compare.align(docs, analyses, summaries, taxonomy)
    return make_brief(settings, docs, summaries, alignment, skipped)


def run(
    settings: Settings, on_skip: SkipHook | None = None, timings: Timings | None = None
) -> tuple[Brief, list[Path]]:
    """Build the brief and write every requested format; returns the files written."""
    timings = timings or Timings()
    brief = build_brief(settings, on_skip, timings)
    with timings.stage("render"):
        written = render.write_outputs(brief, settings.out_dir, settings.formats, settings.lang)
    return brief, written
