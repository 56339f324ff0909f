"""The orchestrator: inputs in, a :class:`~reporter.brief.Brief` out, then rendered.

Stages, each its own module, each passing frozen records (:mod:`reporter.models`):

1. **discover and ingest** (:mod:`reporter.ingest`): expand folders, refuse what is
   not an article (binary, empty, too large, undecodable, not Chinese), detect
   encodings, extract HTML main text -> :class:`~reporter.models.Article`.
2. **clean** (:mod:`reporter.clean`): a pipeline of small ``str -> str`` steps
   (HTML remnants, boilerplate, pinyin annotations, mojibake, script, punctuation),
   each reporting what it changed; metadata (title, outlet, dates, localities)
   -> :class:`~reporter.models.CleanArticle`.
3. **split** (:mod:`reporter.split`): sentences with paragraph index and offsets,
   within the size limits -> :class:`~reporter.models.Document`.
4. **summarize** (:mod:`reporter.summarize`): the chosen engine's extractive
   summary and keywords -> :class:`~reporter.models.Summary`.
5. **compare**: (a) mechanisms and facts per article
   (:class:`~reporter.compare.model.ArticleAnalysis`, :mod:`reporter.compare`); then
   across the corpus (:mod:`reporter.corpus`, :mod:`reporter.compare`): (b) reposts
   counted once, (c) aligned across articles
   -> :class:`~reporter.compare.model.Alignment`, (d) the articles that get a card,
   (e) the :class:`~reporter.brief.Brief`.
6. **render** (:mod:`reporter.render`): ``brief.json``, ``brief.html`` and
   ``brief.pdf``, written atomically; with JSON, ``articles.jsonl`` (every article's
   full record) is written as the articles stream through stages 1-5a.

Stages 1-5a are per article (:func:`reporter.article.process_file`, a pure function of
the file's bytes and its options, so it can run in any worker; :mod:`reporter.scale`
schedules it); 5b-6 see the whole corpus.  An input that fails is recorded in
``Brief.skipped`` with its reason and reported through :attr:`BuildHooks.on_skip`; the
batch goes on.  Nothing here prints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reporter import compare, ingest, render
from reporter.article import (
    ArticleOptions,
    ArticleResult,
    Timings,
    load_document,
    taxonomy_for,
)
from reporter.brief import DETAIL_FILE, Brief, make_brief
from reporter.corpus.cards import default_cards, select_cards
from reporter.corpus.reposts import Fingerprint, RepostGroup, counted_once, group_reposts
from reporter.models import Document, InputRejected, Skipped
from reporter.scale import manifest, upkeep
from reporter.scale.cache import ArticleCache, default_cache_dir
from reporter.scale.corpuscache import CorpusMemo, corpus_key, with_inputs
from reporter.scale.executor import ProgressHook, ScaleOptions, ended_on_signals, map_articles
from reporter.scale.pdfcache import PdfCache
from reporter.settings import Settings

SkipHook = Callable[[Skipped], None]
# Called with each article's result and its line of articles.jsonl.
ResultHook = Callable[[ArticleResult, bytes], None]

# Beyond this many input files a corpus is "large": the parent keeps each article
# without its sentences and brief.json lists articles compactly (the full records go
# to the JSON Lines companion), so memory stays bounded (docs/performance.md).
COMPACT_ABOVE_ARTICLES = 200
# Beyond this many input files the PDF is laid out in a separate process while the
# JSON and HTML are written: only then does that process repay its start-up.
PDF_ASIDE_ABOVE_ARTICLES = 2000


class NoUsableInput(Exception):
    """Raised when every input was skipped: there is nothing to brief."""


@dataclass(frozen=True)
class BuildHooks:
    """What a build reports while it runs; every hook is optional.

    ``on_skip`` gets each input not used, with its reason.  ``on_progress`` gets
    ``(done, total, skipped)`` after each input file.  ``on_result`` gets each article's
    result (slim in a large corpus) and its JSON Lines record, in input order, repost
    copies included.  ``on_articles_done`` is called once the per-article work is over
    and the corpus-wide stages, on one core, begin.  ``on_wait`` (:func:`run` only) gets
    the output folder when another build into it must finish first.  ``timings``
    collects the seconds of each stage."""

    on_skip: SkipHook | None = None
    on_progress: ProgressHook | None = None
    on_result: ResultHook | None = None
    on_articles_done: Callable[[], None] | None = None
    on_wait: Callable[[Path], None] | None = None
    timings: Timings = field(default_factory=Timings)

    def skip(self, skipped: Skipped) -> None:
        if self.on_skip:
            self.on_skip(skipped)


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


def build_outputs(out_dir: Path | None) -> ingest.BuildOutputs:
    """What a build into ``out_dir`` (None: no build) writes, for discovery to pass over."""
    return ingest.BuildOutputs(
        folder=out_dir,
        names=frozenset((*render.FILE_NAMES.values(), DETAIL_FILE)),
        marker=manifest.MANIFEST,
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


def build_brief(
    settings: Settings,
    hooks: BuildHooks | None = None,
    *,
    scale: ScaleOptions | None = None,
    discovered: tuple[list[Path], list[Skipped]] | None = None,
) -> Brief:
    """Stages 1-5: everything but rendering, reported through ``hooks``.

    ``scale`` says how per-article work runs (jobs, Dask, cache; see
    :mod:`reporter.scale.executor`); it never changes the result.  ``settings.cards``
    limits the article cards the brief shows (:func:`reporter.corpus.cards.select_cards`);
    None shows all of a small corpus and :data:`~reporter.corpus.cards.DEFAULT_CARDS`
    of a larger one.  ``discovered`` is :func:`reporter.ingest.discover`'s answer for
    the inputs when the caller has it already.
    """
    hooks = hooks or BuildHooks()
    options = ArticleOptions.from_settings(settings)
    # Validate the taxonomy before any article work, so a bad file fails fast.
    taxonomy = taxonomy_for(options)
    settings.filters.check_mechanisms([m.id for m in taxonomy.mechanisms])
    with upkeep.collector_spared() as freezer:
        # 1. Discover the inputs (refused ones are skipped with their reason).
        items, skipped = _discover(settings, discovered, hooks)
        compact = len(items) > COMPACT_ABOVE_ARTICLES
        # 1-5a. Ingest, clean, split, summarize and analyse each article (in the
        # workers); the filters leave some out.
        keys: list[str | None] = []
        results, fingerprints = _per_article(
            settings, items, options, scale, compact, skipped, hooks, freezer, keys
        )
        if hooks.on_articles_done:
            hooks.on_articles_done()
        # 5b-5c of the same results in an earlier build, if kept.
        memo = _corpus_memo(scale, keys, compact)
        stored = memo.load() if memo is not None else None
        # 5b. Reposts counted once.
        with _corpus_stage(hooks.timings, "reposts"):
            if stored is not None:
                reposts = stored[0]
                results = _kept(results, reposts)
            else:
                results, reposts = _reposts(results, fingerprints)
        # 5c. Aligned across articles ("align", not "compare": per-article analysis is
        # timed as "compare" when inline).
        with _corpus_stage(hooks.timings, "align"):
            analyses = [r.analysis for r in results]
            if stored is not None:
                alignment = with_inputs(stored[1], analyses, taxonomy)
            else:
                alignment = compare.align(
                    [r.document for r in results], analyses, [r.summary for r in results], taxonomy
                )
                if memo is not None:
                    memo.save(reposts, alignment, analyses, taxonomy)
        # 5d. The articles that get a card, whole again in a compact build.
        shown = _cards(settings, results)
        if compact:
            paths = {article_id: path for path, article_id in items}
            results = _restore_cards(results, set(shown or ()), paths, options, scale)
        # 5e. The brief.
        brief = make_brief(
            settings,
            [r.document for r in results],
            [r.summary for r in results],
            alignment,
            skipped,
        )
        return dataclasses.replace(brief, reposts=reposts, cards=shown, compact=compact)


def _discover(
    settings: Settings,
    discovered: tuple[list[Path], list[Skipped]] | None,
    hooks: BuildHooks,
) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Step 1: the inputs with their article ids, and those discovery refused."""
    files, refused = discovered or discover_inputs(settings)
    skipped = list(refused)
    for s in skipped:
        hooks.skip(s)
    return assign_ids(files), skipped


def _per_article(
    settings: Settings,
    items: list[tuple[Path, str]],
    options: ArticleOptions,
    scale: ScaleOptions | None,
    compact: bool,
    skipped: list[Skipped],
    hooks: BuildHooks,
    freezer: upkeep.Freezer,
    keys: list[str | None],
) -> tuple[list[ArticleResult], list[Fingerprint | None]]:
    """Stages 1-5a: each article's result and repost fingerprint, in input order; what
    is skipped or left out by the filters is added to ``skipped``, and each result's
    cache key to ``keys`` (None: not cached).  Raises :class:`NoUsableInput` when no
    article is left."""
    timings = hooks.timings
    on_progress = hooks.on_progress
    refused = len(skipped)
    if on_progress is not None and refused:
        # The workers count the files they skip; the progress also counts those that
        # discovery refused (wrong kind, too large), or it says skipped=0 while 8 were.
        on_progress = _counting_refused(on_progress, refused)
        on_progress(0, len(items), 0)  # shown even when no file is left to process
    results: list[ArticleResult] = []
    fingerprints: list[Fingerprint | None] = []
    # "articles": the whole per-article phase, however it ran (inline, its stages are
    # also timed one by one).
    every_key: list[str | None] = []
    with timings.stage("articles"):
        works = map_articles(
            items, options, scale, on_progress, timings=timings, slim=compact, keys=every_key
        )
        for work in works:
            freezer.tick()  # the results are long-lived
            if isinstance(work.outcome, Skipped):
                skipped.append(work.outcome)
                hooks.skip(work.outcome)
                continue
            left_out = settings.filters.reason(work.outcome.document, work.outcome.analysis)
            if left_out is not None:  # --since/--until/--locality/--mechanism
                record = Skipped(work.outcome.document.article.source_path, left_out)
                skipped.append(record)
                hooks.skip(record)
                continue
            if hooks.on_result:
                # Made from the whole article where it was processed (or cached with it);
                # the outcome here may already be slim.
                assert work.record is not None, "an article's result comes with its record"
                hooks.on_result(work.outcome, work.record)
            results.append(work.outcome)
            fingerprints.append(work.fingerprint)
            keys.append(every_key[-1])
    freezer.freeze()
    if not results:
        first = f"; first: {skipped[0].source_path}: {skipped[0].reason}" if skipped else ""
        raise NoUsableInput(f"no usable input among {len(skipped)} file(s){first}")
    return results, fingerprints


def _counting_refused(on_progress: ProgressHook, refused: int) -> ProgressHook:
    def hook(done: int, total: int, skipped: int) -> None:
        on_progress(done, total, skipped + refused)

    return hook


@contextmanager
def _corpus_stage(timings: Timings, name: str) -> Iterator[None]:
    """Times a corpus-wide stage; what it freed goes back to the system before the next
    stage's peak."""
    with timings.stage(name), upkeep.freed_after():
        yield


def _reposts(
    results: list[ArticleResult], fingerprints: Sequence[Fingerprint | None]
) -> tuple[list[ArticleResult], tuple[RepostGroup, ...]]:
    """Step 5b: the repost groups, and the results with each group counted once."""
    reposts = group_reposts([r.document for r in results], fingerprints)
    return _kept(results, reposts), reposts


def _kept(results: list[ArticleResult], reposts: Sequence[RepostGroup]) -> list[ArticleResult]:
    """The results with each repost group counted once."""
    docs = [r.document for r in results]
    return [results[i] for i in counted_once(docs, reposts)]


def _corpus_memo(
    scale: ScaleOptions | None, keys: Sequence[str | None], compact: bool
) -> CorpusMemo | None:
    """Where steps 5b-5c of these results are kept (:mod:`reporter.scale.corpuscache`),
    and under which key; None without the cache or when a result has no cache key (it
    was not cached, so nothing names it)."""
    if scale is None or not scale.use_cache or not keys:
        return None
    named = [k for k in keys if k is not None]
    if len(named) < len(keys):
        return None
    return CorpusMemo(scale.cache_dir or default_cache_dir(), corpus_key(named, compact))


def _cards(settings: Settings, results: Sequence[ArticleResult]) -> tuple[str, ...] | None:
    """Step 5d: the ids of the articles that get a card; None: every article."""
    limit = settings.cards if settings.cards is not None else default_cards(len(results))
    if limit is None:
        return None
    return select_cards([r.document for r in results], [r.analysis for r in results], limit)


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
    wanted = [(i, r) for i, r in enumerate(results) if r.document.id in card_ids]
    # The path as read (its bytes), not as recorded (a non-UTF-8 name is shown with U+FFFD)
    items = [(paths[r.document.id], r.document.id) for _, r in wanted]
    # In worker processes however few they are (unless one job was asked for): inline,
    # the stages would load their models into this process, which holds the whole
    # corpus already.
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


def run(settings: Settings, hooks: BuildHooks | None = None) -> BuildResult:
    """Build the brief and write every requested format.

    With the cache on, a build whose inputs, options, code and outputs are all as the
    last build of the output folder left them stops after discovery
    (:mod:`reporter.scale.manifest`); its skipped inputs are reported again.  The
    outputs are written as a set (:class:`reporter.render.OutputSet`): none is in
    place until all are written, and another build into the same folder waits
    (``hooks.on_wait`` is called with the folder first).  The build sets
    ``on_result`` and ``on_articles_done`` itself.
    """
    hooks = hooks or BuildHooks()
    timings = hooks.timings
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
    with (
        ended_on_signals(),
        render.OutputSet(settings.out_dir, on_wait=hooks.on_wait) as outputs,
    ):
        files, refused = discover_inputs(settings)
        with timings.stage("manifest"):
            cache = ArticleCache(settings.cache_dir) if settings.cache_dir else ArticleCache()
            key = manifest.build_key(settings, assign_ids(files), refused, cache)
            done = manifest.current(settings.out_dir, key) if settings.use_cache else None
        if done is not None:
            for s in done.skipped:
                hooks.skip(s)
            if hooks.on_progress:  # nothing was processed; the skipped inputs are still skipped
                hooks.on_progress(0, 0, len(done.skipped))
            written = [settings.out_dir / name for name, _ in done.outputs]
            return BuildResult(None, written, done.skipped, up_to_date=True)
        brief, staged = _build_staged(settings, outputs.staging, files, refused, scale, hooks)
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
    hooks: BuildHooks,
) -> tuple[Brief, list[Path]]:
    """Stages 1-6 with every output written into ``staging``; returns the brief and
    the files written there, json first."""
    timings = hooks.timings
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
            dataclasses.replace(
                hooks, on_result=sink, on_articles_done=aside.start if pdf_aside else None
            ),
            scale=scale,
            discovered=(files, refused),
        )
        # 6. Render, the brief out of the collector's sight: long-lived while the
        # outputs are written.
        with timings.stage("render"), upkeep.collector_spared() as freezer:
            freezer.freeze()
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
    return PdfCache(settings.cache_dir or default_cache_dir())


@contextmanager
def _render_stage(timings: Timings, name: str) -> Iterator[None]:
    """Times one format; then frees what it built (the JSON tree, the HTML), so the
    next format's peak does not land on top of it."""
    with upkeep.freed_after(), timings.stage(f"render.{name}"):
        yield


def _detail_sink(writer: render.JsonLinesWriter) -> ResultHook:
    def write(_result: ArticleResult, line: bytes) -> None:
        writer.write(line)

    return write
