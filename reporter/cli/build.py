"""``reporter build``: options into :class:`~reporter.settings.Settings`, the build, and
its failures as one line and an exit code."""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, cast

import typer
from rich.console import Console

from reporter import ingest, pipeline
from reporter.article import Timings
from reporter.cli.common import (
    EXECUTORS,
    EXIT_CANNOT_WRITE,
    EXIT_CODES_HELP,
    EXIT_NO_INPUT,
    EngineOpt,
    InputsArg,
    LangOpt,
    QuietOpt,
    SentencesOpt,
    VerboseOpt,
    app,
    check_engine,
    check_pdf_fonts,
    err,
    info,
    one_of,
    parse_formats,
    set_verbosity,
    verbosity,
    warn_skip,
)
from reporter.compare import load_taxonomy
from reporter.corpus.filters import FILTERED_PREFIX, FilterError, Filters
from reporter.render.pdffonts import FontsMissing, fast_subsetting_available
from reporter.scale.executor import ArticleFailed
from reporter.scale.progress import progress_for
from reporter.settings import (
    DEFAULT_SUMMARY_SENTENCES,
    Executor,
    Format,
    Lang,
    Settings,
)

# The distribution's name (PyPI's "reporter" is another project), for install hints.
DISTRIBUTION = "cadre-reporter"


def _os_error_line(exc: OSError, out: Path) -> str:
    """``OSError`` while building as one line: the file, the system's reason, what to do."""
    name = str(exc.filename or out)
    reason = exc.strerror or str(exc)
    try:
        in_out = Path(name).resolve().is_relative_to(out.resolve())
    except (OSError, ValueError):
        in_out = False
    elsewhere = "" if in_out else " (or fix that path)"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = f"free some space or choose another --out{elsewhere}"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = f"choose a writable folder with --out{elsewhere}"
    elif exc.errno in (errno.ENOTDIR, errno.EEXIST):
        hint = "a file stands where a folder is needed; choose another --out"
    else:
        hint = f"check the path or choose another --out{elsewhere}"
    return f"reporter: cannot write {name}: {reason}; {hint}"


def _prepare_out(out: Path) -> bool:
    """Make the output folder (or fail with one line); True when this call created it.

    Checked before any article is read, so a wrong --out fails in a second, not after
    the whole corpus was processed.
    """
    if out.exists() and not out.is_dir():
        err(f"reporter: cannot write to {out}: it is a file, not a folder; choose another --out")
        raise typer.Exit(EXIT_CANNOT_WRITE)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        # A probe file: a read-only or full folder fails here, not after the build.
        with tempfile.TemporaryFile(dir=out, prefix=".reporter-probe-"):
            pass
    except OSError as exc:
        if created:
            _remove_if_empty(out)
        err(_os_error_line(exc, out))
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
    return created


def _remove_if_empty(folder: Path) -> None:
    """Remove a folder this run created, if nothing was written into it."""
    with contextlib.suppress(OSError):  # it is not empty: something was written
        folder.rmdir()


@contextmanager
def _out_removed_on_failure(out: Path, created: bool) -> Iterator[None]:
    """A failed build leaves no empty output folder behind that it made itself."""
    try:
        yield
    except BaseException:
        if created:
            _remove_if_empty(out)
        raise


def _check_taxonomy(path: Path | None) -> None:
    """A --taxonomy that is missing, a folder or not a regular file (a FIFO would make
    reading it wait forever) fails at once, as bad usage."""
    if path is None:
        return
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise typer.BadParameter(
            f"{path} does not exist; give a TOML file of mechanisms", param_hint="--taxonomy"
        ) from None
    except OSError as exc:
        raise typer.BadParameter(
            f"{path} cannot be read ({exc.strerror})", param_hint="--taxonomy"
        ) from None
    if stat.S_ISDIR(mode):
        raise typer.BadParameter(
            f"{path} is a folder; give a TOML file of mechanisms", param_hint="--taxonomy"
        )
    if not stat.S_ISREG(mode):
        raise typer.BadParameter(
            f"{path} is not a regular file (a pipe or device); give a TOML file",
            param_hint="--taxonomy",
        )


def _check_executor(executor: str, scheduler: str | None) -> None:
    if executor != "dask":
        return
    if importlib.util.find_spec("distributed") is None:
        raise typer.BadParameter(
            f"dask is not installed; install the extra: pip install '{DISTRIBUTION}[dask]'",
            param_hint="--executor",
        )
    if not scheduler:
        raise typer.BadParameter(
            "--executor dask needs --scheduler ADDRESS", param_hint="--scheduler"
        )


def _say_waiting(out_dir: Path) -> None:
    err(f"reporter: waiting for another build writing {out_dir} to finish")


def _warn_slow_pdf(formats: tuple[Format, ...]) -> None:
    if "pdf" not in formats:
        return
    if not fast_subsetting_available():
        info(
            "reporter: WARNING: HarfBuzz font subsetting (libharfbuzz-subset0) is missing;\n"
            "reporter: WARNING: WeasyPrint falls back to fontTools and each PDF takes ~15 s.\n"
            "reporter: WARNING: install it: sudo apt-get install libharfbuzz-subset0"
        )


@app.command(epilog=EXIT_CODES_HELP)
def build(
    inputs: InputsArg = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for brief.pdf/html/json.")
    ] = Path("out"),
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated subset of pdf,html,json,docx.")
    ] = "pdf,html,json",
    engine: EngineOpt = None,
    sentences: SentencesOpt = DEFAULT_SUMMARY_SENTENCES,
    lang: LangOpt = "zh",
    taxonomy: Annotated[
        Path | None,
        typer.Option("--taxonomy", help="TOML file of mechanisms extending the built-in ones."),
    ] = None,
    replace_taxonomy: Annotated[
        bool, typer.Option("--replace-taxonomy", help="Use --taxonomy instead of the built-in.")
    ] = False,
    rules_only: Annotated[
        bool,
        typer.Option(
            "--rules-only",
            help="Decide mechanisms by the cue rules alone, without the act model.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per core."),
    ] = None,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse per-article results of earlier runs.")
    ] = True,
    executor: Annotated[
        str,
        typer.Option(
            "--executor",
            callback=one_of(EXECUTORS),
            help="Run per-article work locally or on Dask (the dask extra).",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (--executor dask).")
    ] = None,
    cards: Annotated[
        int | None,
        typer.Option(
            "--cards",
            min=0,
            help="Article cards in the brief. Default: all up to 40 articles, else 40.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only articles dated on or after DATE (YYYY[-MM[-DD]])."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Only articles dated on or before DATE (YYYY[-MM[-DD]])."),
    ] = None,
    locality: Annotated[
        list[str] | None,
        typer.Option("--locality", help="Only articles about NAME or a place under it."),
    ] = None,
    mechanism: Annotated[
        list[str] | None,
        typer.Option("--mechanism", help="Only articles where mechanism ID is present."),
    ] = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    outside_links: Annotated[
        bool,
        typer.Option(
            "--outside-links",
            help="Read files that symbolic links in an input folder point to outside them.",
        ),
    ] = False,
) -> None:
    """Build the brief: OUT/brief.pdf, OUT/brief.html, OUT/brief.json, OUT/articles.jsonl."""
    set_verbosity(quiet, verbose)
    fmts = parse_formats(formats)
    if replace_taxonomy and taxonomy is None:
        raise typer.BadParameter("needs --taxonomy FILE", param_hint="--replace-taxonomy")
    _check_taxonomy(taxonomy)
    filters = _parse_filters(
        since, until, locality or [], mechanism or [], taxonomy, replace_taxonomy
    )
    _check_executor(executor, scheduler)
    if any(ingest.is_stdin(p) for p in inputs or ()):
        if executor == "dask":
            raise typer.BadParameter("standard input (-) is read here, not on Dask workers")
        # Standard input can be read once, by this process: no workers, and no cache key
        # (the key is made of a file's bytes before it is read).
        jobs, cache = 1, False
    settings = Settings(
        inputs=tuple(inputs or ()),
        out_dir=out,
        formats=fmts,
        engine=check_engine(engine),
        sentences=sentences,
        lang=cast(Lang, lang),
        taxonomy=taxonomy,
        taxonomy_replace=replace_taxonomy,
        rules_only=rules_only,
        jobs=jobs,
        executor=cast(Executor, executor),
        scheduler=scheduler,
        use_cache=cache,
        cards=cards,
        outside_links=outside_links,
        filters=filters,
    )
    check_pdf_fonts(fmts)
    _warn_slow_pdf(fmts)
    created = _prepare_out(out)
    timings = Timings()
    with _out_removed_on_failure(out, created):
        result = _run_build(settings, timings)
    if result.up_to_date:
        info(
            "reporter: up to date: inputs, options and outputs unchanged since the last"
            " build of this folder (--no-cache rebuilds)"
        )
    for path in result.written:
        typer.echo(str(path))
    loud = [s for s in result.skipped if not s.quiet]  # set aside on purpose: not counted
    filtered = sum(1 for s in loud if s.reason.startswith(FILTERED_PREFIX))
    if len(loud) > filtered:
        unused = len(loud) - filtered
        info(f"reporter: {unused} input(s) skipped; see 'skipped' in the brief")
    if filtered:
        info(f"reporter: {filtered} article(s) left out by the filters; see 'skipped' in the brief")
    if verbosity() > 0:
        for stage, seconds in timings.seconds.items():
            err(f"reporter: timing {stage} {seconds:.2f}s")


def _parse_filters(
    since: str | None,
    until: str | None,
    localities: list[str],
    mechanisms: list[str],
    taxonomy: Path | None,
    replace: bool,
) -> Filters:
    """The build's filters; a value that cannot be used is bad usage, named."""
    try:
        filters = Filters.parse(since, until, localities, mechanisms)
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since/--until/--locality") from None
    if filters.mechanisms:
        try:
            known = [m.id for m in load_taxonomy(taxonomy, replace=replace).mechanisms]
        except ValueError:
            return filters  # the bad taxonomy file is reported when the build loads it
        try:
            filters.check_mechanisms(known)
        except FilterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--mechanism") from None
    return filters


def _run_build(settings: Settings, timings: Timings) -> pipeline.BuildResult:
    """:func:`reporter.pipeline.run`, its failures as one line and an exit code."""
    console = Console(stderr=True, quiet=verbosity() < 0)
    try:
        with progress_for(console) as on_progress:
            hooks = pipeline.BuildHooks(
                on_skip=warn_skip, on_progress=on_progress, on_wait=_say_waiting, timings=timings
            )
            return pipeline.run(settings, hooks)
    except ArticleFailed as exc:
        err(f"reporter: failed on {exc.source_path}: {exc.reason}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except pipeline.NoUsableInput as exc:
        err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except FontsMissing as exc:
        err(f"reporter: {exc}")
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
    except ValueError as exc:  # a bad taxonomy file names itself in the message
        err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except OSError as exc:  # the output folder: read-only, full, replaced by a file …
        err(_os_error_line(exc, settings.out_dir))
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
