"""The methods appendix: the pipeline's steps, the build's parameters and versions, and
the taxonomy of mechanisms."""

from __future__ import annotations

from dataclasses import dataclass

from reporter.brief import Brief
from reporter.render import resources
from reporter.render.labels import Labels
from reporter.render.view.base import Builder, MechanismLabel


@dataclass(frozen=True)
class Methods:
    """The methods appendix (template partial ``sections/methods.html``)."""

    steps: tuple[str, ...]
    params: tuple[tuple[str, str], ...]
    versions: tuple[tuple[str, str], ...]
    taxonomy: tuple[MechanismLabel, ...]


def date_label(brief: Brief, t: Labels, param: bool = False) -> str:
    """The brief's date named for what it is: a build date only when the builder gave
    one (SOURCE_DATE_EPOCH); otherwise the newest article's date."""
    key = "generated" if brief.generated_from == "SOURCE_DATE_EPOCH" else "newest_article_date"
    return t[f"param_{key}" if param else key]


def date_param(b: Builder) -> tuple[str, str]:
    return date_label(b.brief, b.t, param=True), b.brief.generated or b.t["unknown"]


def build_methods(b: Builder) -> Methods:
    params = (
        (b.t["param_engine"], b.brief.engine),
        (b.t["param_sentences"], str(b.brief.summary_sentences)),
        (b.t["param_detector"], b.t[f"detector_{b.brief.detector}"]),
        date_param(b),
        (b.t["param_lang"], b.t["lang_name"]),
    )
    return Methods(
        steps=tuple(
            resources.STEP_NUMBER.sub("", line)
            for line in b.t["steps_description"].splitlines()
            if line.strip()
        ),
        params=params,
        versions=b.brief.versions,
        taxonomy=b.mechs,
    )
