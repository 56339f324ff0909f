"""Command line: parse options into :class:`~reporter.settings.Settings`, call the library, print.

Nothing below this module prints; everything a user sees is printed here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from reporter import __version__, ingest, pipeline, summarize
from reporter.brief import document_json
from reporter.models import Document, Skipped
from reporter.scale.cache import clear_cache, default_cache_dir
from reporter.scale.executor import ArticleFailed
from reporter.scale.progress import progress_for
from reporter.settings import (
    ALL_FORMATS,
    DEFAULT_SUMMARY_SENTENCES,
    Executor,
    Format,
    Lang,
    Settings,
)

app = typer.Typer(
    help="Turn scraped Chinese news articles on cadre work into a traceable comparison brief.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

# Exit codes: 0 brief written (some inputs may be skipped), 2 no usable input or bad option.
EXIT_NO_INPUT = 2

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


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _warn_skip(s: Skipped) -> None:
    if not s.quiet:  # passed over on purpose: the brief's appendix lists it
        _err(f"reporter: skipped {s.source_path}: {s.reason}")


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
    bad = [v for v in wanted if v not in ALL_FORMATS]
    if bad or not wanted:
        raise typer.BadParameter(
            f"choose from {','.join(ALL_FORMATS)}; got {value!r}", param_hint="--format"
        )
    return tuple(f for f in ALL_FORMATS if f in wanted)


def _warn_slow_pdf(formats: tuple[Format, ...]) -> None:
    from reporter.render.pdf import fast_subsetting_available

    if "pdf" in formats and not fast_subsetting_available():
        _err(
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


@app.command()
def build(
    inputs: InputsArg = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for brief.pdf/html/json.")
    ] = Path("out"),
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated subset of pdf,html,json.")
    ] = "pdf,html,json",
    engine: EngineOpt = None,
    sentences: SentencesOpt = DEFAULT_SUMMARY_SENTENCES,
    lang: Annotated[
        Lang, typer.Option("--lang", help="Language of the brief's own words (zh or en).")
    ] = "zh",
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
        Executor, typer.Option("--executor", help="Run per-article work locally or on Dask.")
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
) -> None:
    """Build the brief: OUT/brief.pdf, OUT/brief.html, OUT/brief.json, OUT/articles.jsonl."""
    fmts = _parse_formats(formats)
    if replace_taxonomy and taxonomy is None:
        raise typer.BadParameter("needs --taxonomy FILE", param_hint="--replace-taxonomy")
    if executor == "dask" and not scheduler:
        raise typer.BadParameter(
            "--executor dask needs --scheduler ADDRESS", param_hint="--scheduler"
        )
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
        lang=lang,
        taxonomy=taxonomy,
        taxonomy_replace=replace_taxonomy,
        jobs=jobs,
        executor=executor,
        scheduler=scheduler,
        use_cache=cache,
        cards=cards,
    )
    _warn_slow_pdf(fmts)
    try:
        with progress_for(Console(stderr=True)) as on_progress:
            result = pipeline.run(settings, on_skip=_warn_skip, on_progress=on_progress)
    except ArticleFailed as exc:
        _err(f"reporter: failed on {exc.source_path}: {exc.reason}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except pipeline.NoUsableInput as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    except ValueError as exc:  # a bad taxonomy file names itself in the message
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    if result.up_to_date:
        _err(
            "reporter: up to date: inputs, options and outputs unchanged since the last"
            " build of this folder (--no-cache rebuilds)"
        )
    for path in result.written:
        typer.echo(str(path))
    loud = [s for s in result.skipped if not s.quiet]  # set aside on purpose: not counted
    if loud:
        _err(f"reporter: {len(loud)} input(s) skipped; see 'skipped' in the brief")


@app.command()
def clean(files: FilesArg, as_json: JsonOpt = False) -> None:
    """Print each article's cleaned text and what cleaning did."""
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
) -> None:
    """Print an extractive summary and keywords of each article."""
    from reporter.summarize import output

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


@app.command()
def preview(
    inputs: InputsArg = None,
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port on 127.0.0.1.")
    ] = 8000,
    engine: EngineOpt = None,
    lang: Annotated[
        Lang, typer.Option("--lang", help="Language of the brief's own words (zh or en).")
    ] = "zh",
) -> None:
    """Serve the HTML brief on 127.0.0.1 and rebuild it when an input or template changes."""
    from reporter.render import preview as live
    from reporter.render.html import render_html

    settings = Settings(inputs=tuple(inputs or ()), engine=_check_engine(engine), lang=lang)

    def rebuild() -> str:
        return render_html(pipeline.build_brief(settings, on_skip=_warn_skip), settings.lang)

    typer.echo(f"reporter: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)", err=True)
    live.serve(rebuild, list(settings.resolved_inputs()), port=port, on_event=_err)


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
    from reporter import evaluate

    names = [_check_engine(name) for name in engine] if engine else sorted(summarize.REGISTRY)
    try:
        report = evaluate.evaluate(dataset, names, sentences)
    except (evaluate.DatasetError, OSError) as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    typer.echo(evaluate.format_report(report))


cache_app = typer.Typer(help="The cache of per-article results.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached per-article result."""
    typer.echo(f"removed {clear_cache()} cached result(s) from {default_cache_dir()}")


def run() -> None:  # pragma: no cover - console entry point helper
    sys.exit(app())
