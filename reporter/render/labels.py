"""The brief's own words in each language, loaded from ``reporter/data/render_labels.toml``.

Labels are data so a translator edits one file; the loader checks that every language
has every key, so a missing translation fails at load time rather than as a blank in a
finished PDF.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from reporter.models import StepReport

LANGS = ("zh", "en")


class LabelError(ValueError):
    """The labels file is malformed (missing language or key, non-string value)."""


@dataclass(frozen=True)
class Labels:
    """The UI strings of one language; ``labels["toc"]`` or ``labels.fmt("subtitle", ...)``."""

    lang: str
    strings: tuple[tuple[str, str], ...]
    removal_kinds: tuple[tuple[str, str], ...] = ()
    step_descriptions: tuple[tuple[str, str], ...] = ()

    def removal_kind(self, code: str) -> str:
        """A removed-text kind in words; unknown kinds (new cleaning steps) stay as codes."""
        return _as_dict(self.removal_kinds).get(code, code)

    def step_description(self, step: StepReport) -> str:
        """A cleaning step in this language; a step not translated yet keeps its own line."""
        return _as_dict(self.step_descriptions).get(step.step) or step.description or step.step

    def __getitem__(self, key: str) -> str:
        return self._map()[key]

    def fmt(self, key: str, **values: Any) -> str:
        return self._map()[key].format(**values)

    def _map(self) -> dict[str, str]:
        return _as_dict(self.strings)


@functools.cache
def _as_dict(strings: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(strings)


KINDS_TABLE = "removal_kinds"
STEPS_TABLE = "step_descriptions"  # cleaning step name -> what it does, in this language


@functools.cache
def _load() -> dict[str, dict[str, str]]:
    raw = resources.files("reporter.data").joinpath("render_labels.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    out: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        table = dict(data.get(lang) or {})
        if not table:
            raise LabelError(f"render_labels.toml: no [{lang}] table")
        for sub in (KINDS_TABLE, STEPS_TABLE):
            mapping = table.pop(sub, {})
            if not isinstance(mapping, dict) or not all(
                isinstance(v, str) for v in mapping.values()
            ):
                raise LabelError(f"render_labels.toml: [{lang}.{sub}] must map codes to text")
            out[f"{lang}.{sub}"] = mapping
        bad = [k for k, v in table.items() if not isinstance(v, str)]
        if bad:
            raise LabelError(f"render_labels.toml: [{lang}] non-string values: {bad}")
        out[lang] = table
    reference = set(out[LANGS[0]])
    for lang in LANGS[1:]:
        missing = reference ^ set(out[lang])
        if missing:
            raise LabelError(f"render_labels.toml: keys not in every language: {sorted(missing)}")
    return out


def labels(lang: str) -> Labels:
    """The labels of ``lang`` ("zh" or "en"); raises ValueError for any other language."""
    table = _load().get(lang) if lang in LANGS else None
    if table is None:
        raise ValueError(f"unknown brief language {lang!r}; choose from {', '.join(LANGS)}")
    kinds = _load()[f"{lang}.{KINDS_TABLE}"]
    steps = _load()[f"{lang}.{STEPS_TABLE}"]
    return Labels(
        lang,
        tuple(sorted(table.items())),
        tuple(sorted(kinds.items())),
        tuple(sorted(steps.items())),
    )
