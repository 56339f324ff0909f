"""The one settings object the CLI fills and the library reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reporter.corpus.filters import Filters

Format = Literal["pdf", "html", "json", "docx"]
Lang = Literal["zh", "en"]
Executor = Literal["local", "dask"]
# What decides the mechanisms: the cue rules with the act model judging where they are
# unsure (reporter.compare.act_model), or the rules alone.
Detector = Literal["act_model", "rules"]

ALL_FORMATS: tuple[Format, ...] = ("pdf", "html", "json")
# What --format accepts: the default three and, on request, the Word document.
KNOWN_FORMATS: tuple[Format, ...] = (*ALL_FORMATS, "docx")

# Five sentences is what a reader skims on an article card; the issue's own examples
# (who did what, how many, result) fit in it for every seed.
DEFAULT_SUMMARY_SENTENCES = 5


def examples_dir() -> Path:
    """The bundled corpus: ``examples/`` beside the package in a checkout, or inside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "examples", here.parent / "examples"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled examples/ folder is missing from this installation")


@dataclass(frozen=True)
class Settings:
    """Everything a build depends on; the same settings and inputs give the same brief."""

    inputs: tuple[Path, ...] = ()  # files or folders; empty means the bundled examples
    out_dir: Path = Path("out")
    formats: tuple[Format, ...] = ALL_FORMATS
    engine: str | None = None  # summarizer registry name; None means the default engine
    sentences: int = DEFAULT_SUMMARY_SENTENCES
    lang: Lang = "zh"
    taxonomy: Path | None = None  # extra or replacement taxonomy file
    taxonomy_replace: bool = False
    # Decide mechanisms by the rules' scores alone, without the act model
    # (reporter.compare.act_model) that judges their candidate sentences.
    rules_only: bool = False
    # How per-article work runs (reporter.scale); none of these changes the result.
    jobs: int | None = None  # worker processes; None: one per usable core
    executor: Executor = "local"
    scheduler: str | None = None  # Dask scheduler address, with executor "dask"
    use_cache: bool = False  # the CLI turns it on; library callers opt in
    cache_dir: Path | None = None  # None: the user cache directory
    cards: int | None = None  # article cards shown in the brief; None: all
    # Read files that symbolic links in an input folder point to outside every input
    # folder (skipped with a reason otherwise: an unpacked folder must not reach out).
    outside_links: bool = False
    # Which articles the brief covers (reporter.corpus.filters); the default filters nothing.
    filters: Filters = field(default_factory=Filters)

    @property
    def detector(self) -> Detector:
        """What decides the mechanisms: the rules alone when asked (``rules_only``) or
        when the taxonomy is replaced (a user's own mechanisms, which the act model does
        not know); else the act model where the rules are unsure."""
        return "rules" if self.rules_only or self.taxonomy_replace else "act_model"

    def resolved_inputs(self) -> tuple[Path, ...]:
        """The inputs, or the bundled articles (not the folder: its README is no article)."""
        if self.inputs:
            return self.inputs
        return tuple(sorted(p for p in examples_dir().glob("*.txt") if p.is_file()))
