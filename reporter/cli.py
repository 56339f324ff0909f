"""Command line: parse options into :class:`~reporter.settings.Settings`, call the library, print.

Nothing below this module prints; everything a user sees is printed here.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import json
import socket
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, cast, get_args

import typer
from rich.console import Console
from typer.core import TyperGroup

from reporter import __version__, ingest, pipeline, summarize
from reporter.brief import document_json
from reporter.corpus.filters import FILTERED_PREFIX, FilterError, Filters
from reporter.models import Document, Skipped
from reporter.scale.cache import clear_cache, default_cache_dir
from reporter.scale.executor import ArticleFailed
from reporter.scale.progress import progress_for
from reporter.settings import (
    DEFAULT_SUMMARY_SENTENCES,
    KNOWN_FORMATS,
    Executor,
    Format,
    Lang,
    Settings,
)

# Exit codes (README, "Exit codes"); every failure a user can cause is one stderr line
# naming the thing and what to do.
EXIT_OK = 0  # done; a brief written even if some inputs were skipped
EXIT_USAGE = 2  # bad usage: an unknown option or value, a missing --taxonomy (click's code)
EXIT_NO_INPUT = 3  # no usable input: every input skipped, or a bad --taxonomy/dataset file
EXIT_CANNOT_WRITE = 4  # cannot write: output folder, disk, permissions, fonts, preview port
# The distribution's name (PyPI's "reporter" is another project), for install hints.
DISTRIBUTION = "cadre-reporter"
EXIT_CODES_HELP = (
    f"Exit codes: {EXIT_OK} done (some inputs may be skipped), {EXIT_USAGE} bad usage,"
    f" {EXIT_NO_INPUT} no usable input, {EXIT_CANNOT_WRITE} cannot write the outputs."
)
# Values of --lang and --executor: the Literal types of reporter.settings.  Checked by a
# callback, since typer's own Literal check answered "Value error, 'fr' is not one of …".
LANGS: tuple[Lang, ...] = get_args(Lang)
EXECUTORS: tuple[Executor, ...] = get_args(Executor)


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return value

    return check


# Typer 0.29 vendors click (typer._click); older typers use click itself.  Both have
# BadParameter -> UsageError -> ClickException, so take the classes from typer's own.
_UsageError: type[Exception] = typer.BadParameter.__mro__[1]
_ClickException: type[Exception] = typer.BadParameter.__mro__[2]


class _OneLineErrors(TyperGroup):
    """Usage errors as one line (``reporter: …``) instead of usage, hint and message."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except _UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `reporter`: the help
                exc.show()  # type: ignore[attr-defined]
                sys.exit(0)
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx else "reporter"
            message = exc.format_message()  # type: ignore[attr-defined]
            _err(f"reporter: {message} (see '{where} --help')")
            sys.exit(EXIT_USAGE)
        except _ClickException as exc:
            _err(f"reporter: {exc.format_message()}")  # type: ignore[attr-defined]
            sys.exit(getattr(exc, "exit_code", 1))
        except typer.Abort:
            _err("reporter: aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    help="Turn scraped Chinese news articles on cadre work into a traceable comparison brief.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
)

InputsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files or folders (.txt, .md, .html, .docx, .pdf, .mhtml; - reads"
        " standard input). None: the bundled examples.",
        show_default=False,
    ),
]
FilesArg = Annotated[
    list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders.")
]
EngineOpt = Annotated[
    str | None,
    typer.Option("--engine", "-e", help="Summarizer (see 'reporter engines'). Default: the best."),
]
SentencesOpt = Annotated[
    int, typer.Option("--sentences", "-n", min=1, max=50, help="Sentences per summary.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print errors only (no progress, no warnings).")
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also print the seconds each stage took.")
]
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang", callback=_one_of(LANGS), help="Language of the brief's own words (zh or en)."
    ),
]

# -1 quiet, 0 normal, 1 verbose: set once per command by _set_verbosity.
_verbosity = 0


def _set_verbosity(quiet: bool, verbose: bool) -> None:
    global _verbosity
    if quiet and verbose:
        raise typer.BadParameter("choose one of --quiet and --verbose", param_hint="--quiet")
    _verbosity = -1 if quiet else (1 if verbose else 0)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _info(message: str) -> None:
    """A warning or note: shown unless --quiet (errors always use :func:`_err`)."""
    if _verbosity >= 0:
        _err(message)


def _warn_skip(s: Skipped) -> None:
    if s.quiet:  # passed over on purpose: the brief's appendix lists it
        return
    if s.reason.startswith(FILTERED_PREFIX):
        return  # asked for: counted once after the build, not warned article by article
    _info(f"reporter: skipped {s.source_path}: {s.reason}")


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
        _err(f"reporter: cannot write to {out}: it is a file, not a folder; choose another --out")
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
        _err(_os_error_line(exc, out))
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
    _err(f"reporter: waiting for another build writing {out_dir} to finish")


def _check_engine(name: str | None) -> str:
    engine = name or summarize.DEFAULT_ENGINE
    if engine not in summarize.REGISTRY:
        raise typer.BadParameter(
            f"unknown engine {engine!r}; choose from {', '.join(sorted(summarize.REGISTRY))}",
            param_hint="--engine",
        )
    return engine


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reporter {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """reporter: clean, summarize and compare articles; render a PDF/HTML/JSON brief."""


def _parse_formats(value: str) -> tuple[Format, ...]:
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in wanted if v not in KNOWN_FORMATS]
    if bad or not wanted:
        raise typer.BadParameter(
            f"choose from {','.join(KNOWN_FORMATS)}; got {value!r}", param_hint="--format"
        )
    return tuple(f for f in KNOWN_FORMATS if f in wanted)


def _check_pdf_fonts(formats: tuple[Format, ...]) -> None:
    """No PDF is laid out without a CJK font: boxes at best, a crash with no font."""
    if "pdf" not in formats:
        return
    # Imported only for a PDF: reporter.render.pdf loads WeasyPrint (about 1 s).
    from reporter.render.pdf import FontsMissing, check_fonts

    try:
        check_fonts()
    except FontsMissing as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc


def _warn_slow_pdf(formats: tuple[Format, ...]) -> None:
    if "pdf" not in formats:
        return
    # Imported only for a PDF: reporter.render.pdf loads WeasyPrint (about 1 s).
    from reporter.render.pdf import fast_subsetting_available

    if not fast_subsetting_available():
        _info(
            "reporter: WARNING: HarfBuzz font subsetting (libharfbuzz-subset0) is missing;\n"
            "reporter: WARNING: WeasyPrint falls back to fontTools and each PDF takes ~15 s.\n"
            "reporter: WARNING: install it: sudo apt-get install libharfbuzz-subset0"
        )


def _load(files: list[Path]) -> list[Document]:
    docs, _skipped = pipeline.load_documents(tuple(files), on_skip=_warn_skip)
    if not docs:
        _err("reporter: no usable input")
        raise typer.Exit(EXIT_NO_INPUT)
    return docs


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
            callback=_one_of(EXECUTORS),
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
    _set_verbosity(quiet, verbose)
    fmts = _parse_formats(formats)
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
        engine=_check_engine(engine),
        sentences=sentences,
        lang=cast(Lang, lang),
        taxonomy=taxonomy,
        taxonomy_replace=replace_taxonomy,
        jobs=jobs,
        executor=cast(Executor, executor),
        scheduler=scheduler,
        use_cache=cache,
        cards=cards,
        outside_links=outside_links,
        filters=filters,
    )
    _check_pdf_fonts(fmts)
    _warn_slow_pdf(fmts)
    created = _prepare_out(out)
    timings = pipeline.Timings()
    with _out_removed_on_failure(out, created):
        result = _run_build(settings, timings)
    if result.up_to_date:
        _info(
            "reporter: up to date: inputs, options and outputs unchanged since the last"
            " build of this folder (--no-cache rebuilds)"
        )
    for path in result.written:
        typer.echo(str(path))
    loud = [s for s in result.skipped if not s.quiet]  # set aside on purpose: not counted
    filtered = sum(1 for s in loud if s.reason.startswith(FILTERED_PREFIX))
    if len(loud) > filtered:
        unused = len(loud) - filtered
        _info(f"reporter: {unused} input(s) skipped; see 'skipped' in the brief")
    if filtered:
        _info(
            f"reporter: {filtered} article(s) left out by the filters; see 'skipped' in the brief"
        )
    if _verbosity > 0:
        for stage, seconds in timings.seconds.items():
            _err(f"reporter: timing {stage} {seconds:.2f}s")


def _parse_filters(
    since: str | None,
    until: str | None,
    localities: list[str],
    mechanisms: list[str],
    taxonomy: Path | None,
    replace: bool,
) -> Filters:
    """The build's filters; a value that cannot be used is bad usage, named."""
    from reporter.compare import load_taxonomy

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


class _NeverRaised(Exception):
    """Stands for an exception class whose module was never loaded."""


def _fonts_missing() -> type[Exception]:
    """:class:`reporter.render.pdf.FontsMissing` if that module is loaded -- only a PDF
    build loads it (it imports WeasyPrint, about 1 s), and only it raises the error.
    Called in an ``except`` clause, so it is looked up after the build has run."""
    module = sys.modules.get("reporter.render.pdf")
    return cast("type[Exception]", module.FontsMissing) if module is not None else _NeverRaised


def _run_build(settings: Settings, timings: pipeline.Timings) -> pipeline.BuildResult:
    """:func:`reporter.pipeline.run`, its failures as one line and an exit code."""
    console = Console(stderr=True, quiet=_verbosity < 0)
    try:
        with progress_for(console) as on_progress:
            return pipeline.run(
                settings,
                on_skip=_warn_skip,
                timings=timings,
                on_progress=on_progress,
                on_wait=_say_waiting,
            )
    except ArticleFailed as exc:
        _err(f"reporter: failed on {exc.source_path}: {exc.reason}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except pipeline.NoUsableInput as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except _fonts_missing() as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
    except ValueError as exc:  # a bad taxonomy file names itself in the message
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except OSError as exc:  # the output folder: read-only, full, replaced by a file …
        _err(_os_error_line(exc, settings.out_dir))
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc


@app.command()
def clean(files: FilesArg, as_json: JsonOpt = False, quiet: QuietOpt = False) -> None:
    """Print each article's cleaned text and what cleaning did."""
    _set_verbosity(quiet, False)
    docs = _load(files)
    if as_json:
        _print_json([document_json(d) for d in docs])
        return
    for doc in docs:
        art = doc.article
        meta = art.metadata
        typer.echo(f"# {art.id}: {meta.title}{' (derived title)' if meta.title_derived else ''}")
        typer.echo(
            f"# outlet={meta.outlet or '-'} published={meta.published or '-'} "
            f"locality={meta.primary_locality or '-'} script={art.cleaning.script} "
            f"chars {art.cleaning.chars_in} -> {art.cleaning.chars_out}"
        )
        typer.echo(art.text)
        typer.echo("")
        for step in art.cleaning.steps:
            if step.changes:
                example = f"  e.g. {step.examples[0]}" if step.examples else ""
                typer.echo(f"  [{step.step}] {step.changes} change(s): {step.description}{example}")
        for removal in art.cleaning.removed:
            typer.echo(f"  [removed {removal.kind}] {removal.text[:60]!r}: {removal.reason}")
        typer.echo("")


@app.command("summarize")
def summarize_cmd(
    files: FilesArg,
    engine: EngineOpt = None,
    sentences: SentencesOpt = DEFAULT_SUMMARY_SENTENCES,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Print an extractive summary and keywords of each article."""
    from reporter.summarize import output

    _set_verbosity(quiet, False)
    summarizer = summarize.get_summarizer(_check_engine(engine))
    docs = _load(files)
    pairs = [(doc, summarizer.summarize(doc, sentences)) for doc in docs]
    typer.echo(output.summaries_json(pairs) if as_json else output.format_summaries(pairs))


@app.command()
def engines() -> None:
    """List the summarizer engines (the default is marked with *)."""
    for name in sorted(summarize.REGISTRY):
        mark = "*" if name == summarize.DEFAULT_ENGINE else " "
        doc = (summarize.REGISTRY[name].__doc__ or "").strip().splitlines()
        typer.echo(f"{mark} {name:14} {doc[0] if doc else ''}")


@app.command(epilog=EXIT_CODES_HELP)
def preview(
    inputs: InputsArg = None,
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port on 127.0.0.1.")
    ] = 8000,
    engine: EngineOpt = None,
    lang: LangOpt = "zh",
    quiet: QuietOpt = False,
) -> None:
    """Serve the HTML brief on 127.0.0.1 and rebuild it when an input or template changes."""
    from reporter.render import preview as live
    from reporter.render.html import render_html

    _set_verbosity(quiet, False)
    settings = Settings(
        inputs=tuple(inputs or ()), engine=_check_engine(engine), lang=cast(Lang, lang)
    )

    def rebuild() -> str:
        return render_html(pipeline.build_brief(settings, on_skip=_warn_skip), settings.lang)

    _check_port(port)
    _info(f"reporter: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        live.serve(rebuild, list(settings.resolved_inputs()), port=port, on_event=_err)
    except OSError as exc:  # taken between the check and the bind
        _err(_port_error_line(port, exc))
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc


def _port_error_line(port: int, exc: OSError) -> str:
    why = "is busy" if exc.errno == errno.EADDRINUSE else f"cannot be used ({exc.strerror})"
    return f"reporter: port {port} on 127.0.0.1 {why}; choose another with --port"


def _check_port(port: int) -> None:
    """A busy --port fails with one line before the first build, not with a traceback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        # As http.server binds (allow_reuse_address): a port in TIME_WAIT is not busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
    except OSError as exc:
        _err(_port_error_line(port, exc))
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
    finally:
        probe.close()


@app.command("eval")
def eval_cmd(
    dataset: Annotated[
        Path, typer.Argument(help='JSONL file: one {"article": ..., "summary": ...} a line.')
    ],
    engine: Annotated[
        list[str] | None,
        typer.Option("--engine", "-e", help="Engine to score; repeat for several. Default: all."),
    ] = None,
    sentences: SentencesOpt = 3,
) -> None:
    """Score engines with character-level ROUGE-1/2/L F1 against reference summaries."""
    from reporter.summarize import evaluate

    names = [_check_engine(name) for name in engine] if engine else sorted(summarize.REGISTRY)
    try:
        report = evaluate.evaluate(dataset, names, sentences)
    except (evaluate.DatasetError, OSError) as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    typer.echo(evaluate.format_report(report))


@app.command("diff", epilog=EXIT_CODES_HELP)
def diff_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier brief.json or build folder.")],
    new: Annotated[Path, typer.Argument(help="The later brief.json or build folder.")],
    as_json: JsonOpt = False,
) -> None:
    """What changed between two briefs: localities, mechanisms, deployments, articles."""
    from reporter.brief import diff

    for path in (old, new):
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist; give a brief.json or a build folder")
    try:
        before, after = diff.load_side(old), diff.load_side(new)
    except diff.DiffInputError as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    result = diff.diff(before, after)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(diff.as_text(result, before, after), nl=False)


cache_app = typer.Typer(help="The cache of per-article results.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached per-article result."""
    typer.echo(f"removed {clear_cache()} cached result(s) from {default_cache_dir()}")


def run() -> None:  # pragma: no cover - console entry point helper
    sys.exit(app())
