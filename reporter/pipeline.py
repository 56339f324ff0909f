"""The orchestrator: inputs in, a :class:`~reporter.brief.Brief` out, then rendered.

Stages, each its own module, each passing frozen records (:mod:`reporter.models`):

1. **discover and ingest** (:mod:`reporter.ingest`): expand folders, refuse what is
   not an article (binary, empty, too large, undecodable, not Chinese), detect
   encodings, extract HTML main text -> :class:`~reporter.models.Article`.
2. **clean** (:mod:`reporter.clean`): a pipeline of small ``str -> str`` steps
   (HTML remnants, boilerplate, pinyin annotations, mojibake, script, punctuation),
   each reporting what it changed; metadata (title, outlet, dates, localities)
   -> :class:`~reporter.models.CleanArticle`.
3. **split** (:mod:`reporter.split`): sentences with paragraph index and offsets
   -> :class:`~reporter.models.Document`.
4. **summarize** (:mod:`reporter.summarize`): the chosen engine's extractive
   summary and keywords -> :class:`~reporter.models.Summary`.
5. **compare** (:mod:`reporter.compare`): mechanisms and facts per article
   (:class:`~reporter.compare.model.ArticleAnalysis`), then aligned across
   articles -> :class:`~reporter.compare.model.Alignment`.
6. **render** (:mod:`reporter.render`): ``brief.json``, ``brief.html`` and
   ``brief.pdf``, written atomically; with JSON, ``articles.jsonl`` (every article's
   full record) is written as the articles stream through stage 1-5a.

Stages 1-5a are per article (:func:`process_file`, a pure function of the file's
bytes and :class:`ArticleOptions`, so it can run in any worker); 5b and 6 see the
whole corpus.  An input that fails is recorded in ``Brief.skipped`` with its reason
and reported through ``on_skip``; the batch goes on.  Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reporter import compare, ingest, render, split, summarize
from reporter.brief import DETAIL_FILE, Brief, make_brief
from reporter.clean import clean_article
from reporter.compare.model import ArticleAnalysis
from reporter.models import Document, InputRejected, Skipped, Summary, record
from reporter.settings import Settings
from reporter.split import limits

if TYPE_CHECKING:
    from reporter.scale.executor import ProgressHook, ScaleOptions

SkipHook = Callable[[Skipped], None]
# Called with each article's result and its line of articles.jsonl.
ResultHook = Callable[["ArticleResult", bytes], None]

# Beyond this many input files a corpus is "large": the parent keeps each article
# without its sentences and script-as-published text (about 80 KB an article held in
# full, a fifth of that slim: 10,000 articles fit in a few hundred MB), brief.json lists
# articles compactly and the full records go to the JSON Lines companion.  200 full
# articles still make a brief.json a person can open in an editor (about 20 MB).
COMPACT_ABOVE_ARTICLES = 200
# Beyond this many input files the PDF is laid out in a separate process while the
# JSON and HTML are written (render.PdfAside): starting that process costs about
# 1.5 s, which 1,000 articles' JSON and HTML (0.5 s) do not repay and 10,000 articles'
# (4 s) do, saving 6 s.
PDF_ASIDE_ABOVE_ARTICLES = 2000
# Results received between two moves of everything alive out of the cyclic garbage
# collector's sight (gc.freeze).  A large build's results are millions of long-lived
# objects, which every full collection would otherwise walk again: without this the
# parent of a 3,000-article build spends 2.7 s collecting, with it 1.2 s.  Every 500
# results the walk stays short and the freeze itself costs nothing.
GC_FREEZE_EVERY = 500


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


@dataclass(frozen=True)
class ArticleOptions:
    """The options per-article work depends on (part of any cache key)."""

    engine: str
    sentences: int
    taxonomy: str | None  # path of an extra taxonomy file, as text so it pickles anywhere
    taxonomy_replace: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> ArticleOptions:
        return cls(
            engine=settings.engine or summarize.DEFAULT_ENGINE,
            sentences=settings.sentences,
            taxonomy=str(settings.taxonomy) if settings.taxonomy else None,
            taxonomy_replace=settings.taxonomy_replace,
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
        :data:`COMPACT_ABOVE_ARTICLES`).  The cleaned text stays for repost grouping."""
        doc = self.document
        article = dataclasses.replace(doc.article, original_text="")
        return dataclasses.replace(
            self, document=dataclasses.replace(doc, article=article, sentences=())
        )


@cache
def _taxonomy(path: str | None, replace: bool) -> compare.Taxonomy:
    return compare.load_taxonomy(Path(path) if path else None, replace=replace)


def assign_ids(files: Sequence[Path]) -> list[tuple[Path, str]]:
    """Article ids are file stems, suffixed ``-2``, ``-3`` … when two files share one.

    A stem whose bytes are not UTF-8 is shown with U+FFFD (:func:`ingest.shown_path`):
    an id is text in every output."""
    taken: set[str] = set()
    out = []
    for path in files:
        stem = ingest.shown_path(ingest.article_stem(path))
        candidate, n = stem, 2
        while candidate in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate)
        out.append((path, candidate))
    return out


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


def process_file(
    path: Path, article_id: str, options: ArticleOptions, timings: Timings | None = None
) -> ArticleResult | Skipped:
    """Stages 1-5a for one file; a rejected input comes back as :class:`Skipped`."""
    timings = timings or Timings()
    try:
        doc = load_document(path, article_id, timings)
    except InputRejected as exc:
        return Skipped(exc.source_path, exc.reason)
    with timings.stage("compare"):
        verdict = compare.judge_genre(doc)
    if verdict.reason is not None:
        return Skipped(doc.article.source_path, verdict.reason)
    with timings.stage("summarize"):
        summary = summarize.get_summarizer(options.engine).summarize(doc, options.sentences)
    with timings.stage("compare"):
        analysis = compare.analyze(doc, _taxonomy(options.taxonomy, options.taxonomy_replace))
    return ArticleResult(doc, summary, analysis)


def build_outputs(out_dir: Path | None) -> ingest.BuildOutputs:
    """What a build into ``out_dir`` (None: no build) writes, for discovery to pass over."""
    from reporter.scale.manifest import MANIFEST

    return ingest.BuildOutputs(
        folder=out_dir,
        names=frozenset((*render.FILE_NAMES.values(), DETAIL_FILE)),
        marker=MANIFEST,
    )


def discover_inputs(settings: Settings) -> tuple[list[Path], list[Skipped]]:
    """:func:`reporter.ingest.discover` for a build with ``settings``: its own output
    folder and whatever any build wrote are never read as input."""
    return ingest.discover(
        settings.resolved_inputs(),
        outputs=build_outputs(settings.out_dir),
        outside_links=settings.outside_links,
    )


def load_documents(
    inputs: Sequence[Path], on_skip: SkipHook | None = None, timings: Timings | None = None
) -> tuple[list[Document], list[Skipped]]:
    """Stages 1-3 for every input (used by ``reporter clean``/``summarize`` and tests)."""
    files, skipped = ingest.discover(inputs, outputs=build_outputs(None))
    for s in skipped:
        if on_skip:
            on_skip(s)
    docs: list[Document] = []
    for path, article_id in assign_ids(files):
        try:
            docs.append(load_document(path, article_id, timings))
        except InputRejected as exc:
            record = Skipped(exc.source_path, exc.reason)
            skipped.append(record)
            if on_skip:
                on_skip(record)
    return docs, skipped


def _counting_refused(on_progress: ProgressHook, refused: int) -> ProgressHook:
    def hook(done: int, total: int, skipped: int) -> None:
        on_progress(done, total, skipped + refused)

    return hook


@contextmanager
def _collector_spared() -> Iterator[None]:
    """Within it, what is alive may be moved out of the cyclic garbage collector's sight
    (``gc.freeze``, see :data:`GC_FREEZE_EVERY`); at its end everything is put back, so
    nothing stays frozen: frozen objects that become cyclic garbage would never be
    collected.  Also a decorator."""
    try:
        yield
    finally:
        gc.unfreeze()


@_collector_spared()
def build_brief(
    settings: Settings,
    on_skip: SkipHook | None = None,
    timings: Timings | None = None,
    *,
    scale: ScaleOptions | None = None,
    on_progress: ProgressHook | None = None,
    cards: int | None = None,
    on_result: ResultHook | None = None,
    discovered: tuple[list[Path], list[Skipped]] | None = None,
    on_articles_done: Callable[[], None] | None = None,
) -> Brief:
    """Stages 1-5: everything but rendering.

    ``scale`` says how per-article work runs (jobs, Dask, cache; see
    :mod:`reporter.scale.executor`); it never changes the result.  ``on_progress`` is
    called with ``(done, total, skipped)`` after each input file and ``on_result`` with
    each article's result (slim in a large corpus) and its JSON Lines record, in input
    order, repost copies included (the companion is written from them while the
    corpus streams through).  ``cards`` limits
    the article cards the brief shows (:func:`reporter.corpus.cards.select_cards`);
    None shows all of a small corpus and :data:`~reporter.corpus.cards.DEFAULT_CARDS`
    of a larger one.  ``discovered`` is :func:`reporter.ingest.discover`'s answer for
    the inputs when the caller has it already.  ``on_articles_done`` is called once
    the per-article work is over and the corpus-wide stages, on one core, begin.
    """
    from reporter.corpus.cards import default_cards, select_cards
    from reporter.corpus.reposts import Fingerprint, counted_once, group_reposts
    from reporter.scale.executor import map_articles
    from reporter.scale.memory import give_back

    timings = timings or Timings()
    options = ArticleOptions.from_settings(settings)
    # Validate the taxonomy before any article work, so a bad file fails fast.
    taxonomy = _taxonomy(options.taxonomy, options.taxonomy_replace)
    settings.filters.check_mechanisms([m.id for m in taxonomy.mechanisms])
    files, refused = discovered or discover_inputs(settings)
    skipped = list(refused)
    for s in skipped:
        if on_skip:
            on_skip(s)
    compact = len(files) > COMPACT_ABOVE_ARTICLES
    items = assign_ids(files)
    if on_progress is not None and refused:
        # The workers count the files they skip; the progress also counts those that
        # discovery refused (wrong kind, too large), or it says skipped=0 while 8 were.
        on_progress = _counting_refused(on_progress, len(refused))
        on_progress(0, len(items), 0)  # shown even when no file is left to process
    results: list[ArticleResult] = []
    fingerprints: list[Fingerprint | None] = []
    # "articles": the whole per-article phase, however it ran (inline, its stages are
    # also timed one by one).
    with timings.stage("articles"):
        works = map_articles(items, options, scale, on_progress, timings=timings, slim=compact)
        for received, work in enumerate(works, start=1):
            if received % GC_FREEZE_EVERY == 0:
                gc.freeze()  # see GC_FREEZE_EVERY; build_brief unfreezes when it returns
            if isinstance(work.outcome, Skipped):
                skipped.append(work.outcome)
                if on_skip:
                    on_skip(work.outcome)
                continue
            left_out = settings.filters.reason(work.outcome.document, work.outcome.analysis)
            if left_out is not None:  # --since/--until/--locality/--mechanism
                record = Skipped(work.outcome.document.article.source_path, left_out)
                skipped.append(record)
                if on_skip:
                    on_skip(record)
                continue
            if on_result:
                # Made from the whole article where it was processed (or cached with it);
                # the outcome here may already be slim.
                assert work.record is not None, "an article's result comes with its record"
                on_result(work.outcome, work.record)
            results.append(work.outcome)
            fingerprints.append(work.fingerprint)
    gc.freeze()
    if not results:
        first = f"; first: {skipped[0].source_path}: {skipped[0].reason}" if skipped else ""
        raise NoUsableInput(f"no usable input among {len(skipped)} file(s){first}")
    if on_articles_done:
        on_articles_done()
    with timings.stage("reposts"):
        reposts = group_reposts([r.document for r in results], fingerprints)
        results = [results[i] for i in counted_once([r.document for r in results], reposts)]
        give_back()
    analyses = [r.analysis for r in results]
    # "align", not "compare": per-article analysis is timed as "compare" when inline.
    with timings.stage("align"):
        alignment = compare.align(
            [r.document for r in results], analyses, [r.summary for r in results], taxonomy
        )
        give_back()
    limit = cards if cards is not None else default_cards(len(results))
    shown = None
    if limit is not None:
        shown = select_cards([r.document for r in results], analyses, limit)
    if compact:
        paths = {article_id: path for path, article_id in items}
        results = _restore_cards(results, set(shown or ()), paths, options, scale)
    brief = make_brief(
        settings, [r.document for r in results], [r.summary for r in results], alignment, skipped
    )
    return dataclasses.replace(brief, reposts=reposts, cards=shown, compact=compact)


def _restore_cards(
    results: list[ArticleResult],
    card_ids: set[str],
    paths: dict[str, Path],
    options: ArticleOptions,
    scale: ScaleOptions | None,
) -> list[ArticleResult]:
    """Full documents again for the articles that get a card (a handful): per-article
    work is a pure function of the file and the options, so it is redone (or served by
    the cache) rather than kept for thousands of articles that get none."""
    from reporter.scale.executor import ScaleOptions, map_articles

    wanted = [(i, r) for i, r in enumerate(results) if r.document.id in card_ids]
    # The path as read (its bytes), not as recorded (a non-UTF-8 name is shown with U+FFFD)
    items = [(paths[r.document.id], r.document.id) for _, r in wanted]
    # In worker processes however few they are (unless one job was asked for): inline,
    # the stages would load their models into this process (about 150 MB and 2 s),
    # which holds the whole corpus already.
    scale = dataclasses.replace(scale or ScaleOptions(), pool_min_articles=1)
    restored = list(results)
    for (i, before), work in zip(wanted, map_articles(items, options, scale), strict=True):
        outcome = work.outcome
        if not isinstance(outcome, ArticleResult) or outcome.analysis != before.analysis:
            # The file changed or vanished since it was read: keep what was measured.
            continue
        restored[i] = outcome
    return restored


@dataclass(frozen=True)
class BuildResult:
    """What :func:`run` did."""

    brief: Brief | None  # None when the outputs were already up to date
    written: list[Path]  # the files written (or found up to date), json first
    skipped: tuple[Skipped, ...]  # inputs not used, with the reason
    up_to_date: bool = False  # nothing was rebuilt (see reporter.scale.manifest)


def run(
    settings: Settings,
    on_skip: SkipHook | None = None,
    timings: Timings | None = None,
    on_progress: ProgressHook | None = None,
    on_wait: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Build the brief and write every requested format.

    With the cache on, a build whose inputs, options, code and outputs are all as the
    last build of the output folder left them stops after discovery
    (:mod:`reporter.scale.manifest`); its skipped inputs are reported again.  The
    outputs are written as a set (:class:`reporter.render.OutputSet`): none is in
    place until all are written, and another build into the same folder waits
    (``on_wait`` is called with the folder first).
    """
    from reporter.scale import manifest
    from reporter.scale.cache import ArticleCache
    from reporter.scale.executor import ScaleOptions, ended_on_signals

    timings = timings or Timings()
    scale = ScaleOptions(
        jobs=settings.jobs,
        executor=settings.executor,
        scheduler=settings.scheduler,
        use_cache=settings.use_cache,
        cache_dir=settings.cache_dir,
    )
    # Everything from discovery to the last file moved into place runs under the lock
    # on the output folder: a build that overlaps waits, so no build's manifest ever
    # describes files another build wrote.
    # SIGTERM and SIGINT end the pools at once and unwind the build, so its temporary
    # files go and no process of it stays behind.
    with ended_on_signals(), render.OutputSet(settings.out_dir, on_wait=on_wait) as outputs:
        files, refused = discover_inputs(settings)
        with timings.stage("manifest"):
            cache = ArticleCache(settings.cache_dir) if settings.cache_dir else ArticleCache()
            key = manifest.build_key(settings, assign_ids(files), refused, cache)
            done = manifest.current(settings.out_dir, key) if settings.use_cache else None
        if done is not None:
            for s in done.skipped:
                if on_skip:
                    on_skip(s)
            if on_progress:  # nothing was processed; the skipped inputs are still skipped
                on_progress(0, 0, len(done.skipped))
            written = [settings.out_dir / name for name, _ in done.outputs]
            return BuildResult(None, written, done.skipped, up_to_date=True)
        brief, staged = _build_staged(
            settings, outputs.staging, files, refused, scale, on_skip, timings, on_progress
        )
        with timings.stage("manifest"):
            record = manifest.record(outputs.staging, key, staged, brief.skipped)
            written = outputs.commit(staged, record)
    return BuildResult(brief, written, brief.skipped)


def _build_staged(
    settings: Settings,
    staging: Path,
    files: list[Path],
    refused: list[Skipped],
    scale: ScaleOptions,
    on_skip: SkipHook | None,
    timings: Timings,
    on_progress: ProgressHook | None,
) -> tuple[Brief, list[Path]]:
    """Stages 1-6 with every output written into ``staging``; returns the brief and
    the files written there, json first."""
    # The PDF process is started as the corpus-wide stages begin, so it is ready to
    # lay out when they end (render.PdfAside).  Not with --jobs 1: one process was
    # asked for.
    pdf_aside = (
        len(files) > PDF_ASIDE_ABOVE_ARTICLES
        and scale.resolved_jobs() > 1
        and "pdf" in settings.formats
        and len(settings.formats) > 1
    )
    with render.JsonLinesWriter(staging) as detail, render.PdfAside() as aside:
        sink = _detail_sink(detail) if "json" in settings.formats else None
        brief = build_brief(
            settings,
            on_skip,
            timings,
            scale=scale,
            on_progress=on_progress,
            cards=settings.cards,
            on_result=sink,
            discovered=(files, refused),
            on_articles_done=aside.start if pdf_aside else None,
        )
        with timings.stage("render"), _collector_spared():
            gc.freeze()  # the brief: long-lived while the outputs are rendered
            written = render.write_outputs(
                brief,
                staging,
                settings.formats,
                settings.lang,
                stage=lambda name: _render_stage(timings, name),
                pdf_aside=aside if pdf_aside else False,
                pdf_cache=_pdf_cache(settings),
            )
        if sink is not None:
            written.insert(1, detail.commit())
    return brief, written


def _pdf_cache(settings: Settings) -> render.PdfStore | None:
    """The PDF cache of a cached build (beside the article cache), else None."""
    if not settings.use_cache or "pdf" not in settings.formats:
        return None
    from reporter.scale.cache import default_cache_dir
    from reporter.scale.pdfcache import PdfCache

    return PdfCache(settings.cache_dir or default_cache_dir())


@contextmanager
def _render_stage(timings: Timings, name: str) -> Iterator[None]:
    """Times one format; then frees what it built (the JSON tree, the HTML), so the
    next format's peak does not land on top of it (:mod:`reporter.scale.memory`)."""
    from reporter.scale.memory import give_back

    with timings.stage(f"render.{name}"):
        yield
    give_back()


def _detail_sink(writer: render.JsonLinesWriter) -> ResultHook:
    def write(_result: ArticleResult, line: bytes) -> None:
        writer.write(line)

    return write
