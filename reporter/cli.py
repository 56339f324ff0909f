"""Command line: parse options into :class:`~reporter.settings.Settings`, call the library, print.

Nothing below this module prints; everything a user sees is printed here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reporter import __version__, pipeline
from reporter.models import Skipped
from reporter.settings import ALL_FORMATS, Format, Settings

app = typer.Typer(
    help="Turn scraped Chinese news articles on cadre work into a traceable comparison brief.",
    no_args_is_help=True,
    add_completion=False,
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _warn_skip(s: Skipped) -> None:
    _err(f"reporter: skipped {s.source_path}: {s.reason}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reporter {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """reporter: clean, summarize and compare articles; render a PDF/HTML/JSON brief."""


def _parse_formats(value: str) -> tuple[Format, ...]:
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in wanted if v not in ALL_FORMATS]
    if bad or not wanted:
        raise typer.BadParameter(f"choose from {','.join(ALL_FORMATS)}; got {value!r}")
    return tuple(f for f in ALL_FORMATS if f in wanted)  # type: ignore[misc]


@app.command()
def build(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (.txt, .md, .html). None: the bundled examples."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for brief.pdf/html/json.")] = Path("out"),
    formats: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: pdf,html,json.")] = "pdf,html,json",
) -> None:
    """Build the brief: DIR/brief.pdf, DIR/brief.html and DIR/brief.json."""
    settings = Settings(inputs=tuple(inputs or ()), out_dir=out, formats=_parse_formats(formats))
    try:
        brief, written = pipeline.run(settings, on_skip=_warn_skip)
    except pipeline.NoUsableInput as exc:
        _err(f"reporter: {exc}")
        raise typer.Exit(2) from exc
    for path in written:
        typer.echo(str(path))
    if brief.skipped:
        _err(f"reporter: {len(brief.skipped)} input(s) skipped; see 'skipped' in brief.json")
