"""The commands besides ``build``: look at articles (clean, summarize), engines and
their scores, preview, diff, and the cache."""

from __future__ import annotations

import errno
import json
import socket
from pathlib import Path
from typing import Annotated, cast

import typer

from reporter import pipeline, summarize
from reporter.brief import diff, document_json
from reporter.cli.common import (
    EXIT_CANNOT_WRITE,
    EXIT_CODES_HELP,
    EXIT_NO_INPUT,
    EngineOpt,
    FilesArg,
    InputsArg,
    JsonOpt,
    LangOpt,
    QuietOpt,
    SentencesOpt,
    app,
    check_engine,
    check_pdf_fonts,
    err,
    info,
    load_or_exit,
    parse_formats,
    print_json,
    set_verbosity,
    warn_skip,
)
from reporter.render import preview as live
from reporter.scale.cache import clear_cache, default_cache_dir
from reporter.settings import DEFAULT_SUMMARY_SENTENCES, Lang, Settings
from reporter.summarize import evaluate, output


@app.command()
def clean(files: FilesArg, as_json: JsonOpt = False, quiet: QuietOpt = False) -> None:
    """Print each article's cleaned text and what cleaning did."""
    set_verbosity(quiet, False)
    docs = load_or_exit(files)
    if as_json:
        print_json([document_json(d) for d in docs])
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
    set_verbosity(quiet, False)
    summarizer = summarize.get_summarizer(check_engine(engine))
    docs = load_or_exit(files)
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
    formats: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="html, or html,pdf to serve /brief.pdf too (rebuilt alike)."
        ),
    ] = "html",
    quiet: QuietOpt = False,
) -> None:
    """Serve the HTML brief on 127.0.0.1, rebuild it when an input or template changes,
    and reload the browser after each rebuild."""
    set_verbosity(quiet, False)
    fmts = parse_formats(formats)
    check_pdf_fonts(fmts)
    settings = Settings(
        inputs=tuple(inputs or ()), engine=check_engine(engine), lang=cast(Lang, lang)
    )

    def rebuild() -> live.Built:
        brief = pipeline.build_brief(settings, pipeline.BuildHooks(on_skip=warn_skip))
        return live.render_formats(brief, settings.lang, fmts)

    _check_port(port)
    info(f"reporter: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        live.serve(rebuild, list(settings.resolved_inputs()), port=port, on_event=err)
    except OSError as exc:  # taken between the check and the bind
        err(_port_error_line(port, exc))
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
        err(_port_error_line(port, exc))
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
    names = [check_engine(name) for name in engine] if engine else sorted(summarize.REGISTRY)
    try:
        report = evaluate.evaluate(dataset, names, sentences)
    except (evaluate.DatasetError, OSError) as exc:
        err(f"reporter: {exc}")
        raise typer.Exit(EXIT_NO_INPUT) from exc
    typer.echo(evaluate.format_report(report))


@app.command("diff", epilog=EXIT_CODES_HELP)
def diff_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier brief.json or build folder.")],
    new: Annotated[Path, typer.Argument(help="The later brief.json or build folder.")],
    as_json: JsonOpt = False,
) -> None:
    """What changed between two briefs: localities, mechanisms, deployments, articles."""
    for path in (old, new):
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist; give a brief.json or a build folder")
    try:
        before, after = diff.load_side(old), diff.load_side(new)
    except diff.DiffInputError as exc:
        err(f"reporter: {exc}")
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
