"""What every command shares: the app, its options, exit codes and the messages.

Nothing below :mod:`reporter.cli` prints; everything a user sees is printed here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from typer.core import TyperGroup

from reporter import __version__, pipeline, summarize
from reporter.corpus.filters import FILTERED_PREFIX
from reporter.models import Document, Skipped
from reporter.render.pdffonts import FontsMissing, check_fonts
from reporter.settings import KNOWN_FORMATS, Executor, Format, Lang

# Exit codes (README, "Exit codes"); every failure a user can cause is one stderr line
# naming the thing and what to do.
EXIT_OK = 0  # done; a brief written even if some inputs were skipped
EXIT_USAGE = 2  # bad usage: an unknown option or value, a missing --taxonomy (click's code)
EXIT_NO_INPUT = 3  # no usable input: every input skipped, or a bad --taxonomy/dataset file
EXIT_CANNOT_WRITE = 4  # cannot write: output folder, disk, permissions, fonts, preview port


EXIT_CODES_HELP = (
    f"Exit codes: {EXIT_OK} done (some inputs may be skipped), {EXIT_USAGE} bad usage,"
    f" {EXIT_NO_INPUT} no usable input, {EXIT_CANNOT_WRITE} cannot write the outputs."
)
# Values of --lang and --executor: the Literal types of reporter.settings.  Checked by a
# callback, since typer's own Literal check answered "Value error, 'fr' is not one of …".
LANGS: tuple[Lang, ...] = get_args(Lang)
EXECUTORS: tuple[Executor, ...] = get_args(Executor)


def one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
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
            err(f"reporter: {message} (see '{where} --help')")
            sys.exit(EXIT_USAGE)
        except _ClickException as exc:
            err(f"reporter: {exc.format_message()}")  # type: ignore[attr-defined]
            sys.exit(getattr(exc, "exit_code", 1))
        except typer.Abort:
            err("reporter: aborted")
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
        "--lang", callback=one_of(LANGS), help="Language of the brief's own words (zh or en)."
    ),
]

# -1 quiet, 0 normal, 1 verbose: set once per command by set_verbosity.
_verbosity = 0


def set_verbosity(quiet: bool, verbose: bool) -> None:
    global _verbosity
    if quiet and verbose:
        raise typer.BadParameter("choose one of --quiet and --verbose", param_hint="--quiet")
    _verbosity = -1 if quiet else (1 if verbose else 0)


def err(message: str) -> None:
    typer.echo(message, err=True)


def verbosity() -> int:
    """-1 quiet, 0 normal, 1 verbose (see :func:`set_verbosity`)."""
    return _verbosity


def info(message: str) -> None:
    """A warning or note: shown unless --quiet (errors always use :func:`err`)."""
    if _verbosity >= 0:
        err(message)


def warn_skip(s: Skipped) -> None:
    if s.quiet:  # passed over on purpose: the brief's appendix lists it
        return
    if s.reason.startswith(FILTERED_PREFIX):
        return  # asked for: counted once after the build, not warned article by article
    info(f"reporter: skipped {s.source_path}: {s.reason}")


def check_engine(name: str | None) -> str:
    engine = name or summarize.DEFAULT_ENGINE
    if engine not in summarize.REGISTRY:
        raise typer.BadParameter(
            f"unknown engine {engine!r}; choose from {', '.join(sorted(summarize.REGISTRY))}",
            param_hint="--engine",
        )
    return engine


def print_json(data: Any) -> None:
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


def load_or_exit(files: list[Path]) -> list[Document]:
    docs, _skipped = pipeline.load_documents(tuple(files), on_skip=warn_skip)
    if not docs:
        err("reporter: no usable input")
        raise typer.Exit(EXIT_NO_INPUT)
    return docs


def parse_formats(value: str) -> tuple[Format, ...]:
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in wanted if v not in KNOWN_FORMATS]
    if bad or not wanted:
        raise typer.BadParameter(
            f"choose from {','.join(KNOWN_FORMATS)}; got {value!r}", param_hint="--format"
        )
    return tuple(f for f in KNOWN_FORMATS if f in wanted)


def check_pdf_fonts(formats: tuple[Format, ...]) -> None:
    """No PDF is laid out without a CJK font: boxes at best, a crash with no font."""
    if "pdf" not in formats:
        return
    try:
        check_fonts()
    except FontsMissing as exc:
        err(f"reporter: {exc}")
        raise typer.Exit(EXIT_CANNOT_WRITE) from exc
