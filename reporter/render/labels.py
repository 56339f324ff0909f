"""The brief's own words in each language, loaded from ``reporter/data/render_labels.toml``.

Labels are data so a translator edits one file; the loader checks that every language
has every key, so a missing translation fails at load time rather than as a blank in a
finished PDF.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from reporter.models import StepReport
from reporter.render.resources import LABEL_PLACEHOLDER

LANGS = ("zh", "en")
# The language reporter.clean writes ``Removal.reason`` in: shown as written there, looked
# up in ``[<lang>.removal_reasons]`` for every other language.
REASONS_WRITTEN_IN = "en"


class LabelError(ValueError):
    """The labels file is malformed (missing language or key, non-string value)."""


@dataclass(frozen=True)
class Labels:
    """The UI strings of one language; ``labels["toc"]`` or ``labels.fmt("subtitle", ...)``."""

    lang: str
    strings: tuple[tuple[str, str], ...]
    removal_kinds: tuple[tuple[str, str], ...] = ()
    step_descriptions: tuple[tuple[str, str], ...] = ()
    # (kind, reason as reporter.clean writes it, words of this language); None: the
    # reasons are shown as written (this is the language they are written in).
    removal_reasons: tuple[tuple[str, str, str], ...] | None = None
    # ("", reason an input was not used as reporter.ingest/clean/pipeline write it, words
    # of this language): the removal reasons' shape, one kind; None: shown as written.
    skip_reasons: tuple[tuple[str, str, str], ...] | None = None

    def removal_kind(self, code: str) -> str:
        """A removed-text kind in words; a kind not translated yet is named by
        ``removal_kind_unknown`` (its code in English, "other" in Chinese)."""
        known = _as_dict(self.removal_kinds).get(code)
        return known if known is not None else self.fmt("removal_kind_unknown", code=code)

    def removal_reason(self, kind: str, reason: str) -> str:
        """Why cleaning dropped a text of ``kind``, in this language.  A reason not
        translated yet is shown as its kind's description, never in another language."""
        if self.removal_reasons is None:
            return reason
        found = self.translated_reason(kind, reason)
        return found if found is not None else self.removal_kind(kind)

    def translated_reason(self, kind: str, reason: str) -> str | None:
        """``reason`` in this language from the labels file; None when it is not there."""
        if self.removal_reasons is None:
            return None
        return _translate(self.removal_reasons, kind, reason)

    def skip_reason(self, reason: str) -> str:
        """Why an input was not used, in this language; a reason not translated yet is
        ``skip_reason_unknown`` (which points to brief.json), never in another language."""
        if self.skip_reasons is None:
            return reason
        found = _translate(self.skip_reasons, SKIP_KIND, reason)
        return found if found is not None else self["skip_reason_unknown"]

    def step_description(self, step: StepReport) -> str:
        """A cleaning step in this language; a step not translated yet is described by
        ``step_unknown`` (its own line in English, "other step" in Chinese)."""
        known = _as_dict(self.step_descriptions).get(step.step)
        if known is not None:
            return known
        return self.fmt("step_unknown", description=step.description or step.step)

    def __getitem__(self, key: str) -> str:
        return self._map()[key]

    def fmt(self, key: str, **values: Any) -> str:
        return self._map()[key].format(**values)

    def _map(self) -> dict[str, str]:
        return _as_dict(self.strings)


@functools.cache
def _as_dict(strings: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(strings)


def _translate(reasons: tuple[tuple[str, str, str], ...], kind: str, reason: str) -> str | None:
    exact, templated = _reason_index(reasons)
    found = exact.get((kind, reason))
    if found is not None:
        return found
    for k, pattern, text in templated:
        m = pattern.fullmatch(reason) if k == kind else None
        if m:
            return text.format(**m.groupdict())
    return None


@functools.cache
def _reason_index(
    reasons: tuple[tuple[str, str, str], ...],
) -> tuple[dict[tuple[str, str], str], tuple[tuple[str, re.Pattern[str], str], ...]]:
    """Reasons without a placeholder by (kind, reason); the others as patterns in which a
    ``{name}`` matches any text (a surviving pinyin, a spam word), carried over as written."""
    exact: dict[tuple[str, str], str] = {}
    templated: list[tuple[int, str, re.Pattern[str], str]] = []
    for kind, reason, text in reasons:
        if LABEL_PLACEHOLDER.search(reason) is None:
            exact[(kind, reason)] = text
            continue
        literal = LABEL_PLACEHOLDER.split(reason)
        # split() alternates literal text and placeholder names.
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(literal)
        )
        # The most literal text first: "(no suffix)" before "({suffix})".
        literal_chars = sum(len(part) for part in literal[::2])
        templated.append((literal_chars, kind, re.compile(regex, re.DOTALL), text))
    templated.sort(key=lambda item: -item[0])
    return exact, tuple((kind, pattern, text) for _, kind, pattern, text in templated)


KINDS_TABLE = "removal_kinds"
STEPS_TABLE = "step_descriptions"  # cleaning step name -> what it does, in this language
# removed-text kind -> {reason as reporter.clean writes it -> words of this language}
REASONS_TABLE = "removal_reasons"
# why an input was not used, as reporter.ingest/clean/pipeline write it -> this language
SKIPS_TABLE = "skip_reasons"
SKIP_KIND = ""  # skipped inputs have reasons but no kinds


def _skip_reasons(lang: str, raw: object) -> tuple[tuple[str, str, str], ...]:
    """``[<lang>.skip_reasons]``, checked as the one kind ``SKIP_KIND`` of :func:`_reasons`."""
    return _reasons(lang, {SKIP_KIND: raw}, SKIPS_TABLE)


def _reasons(
    lang: str, raw: object, table: str = REASONS_TABLE
) -> tuple[tuple[str, str, str], ...]:
    """The ``[<lang>.removal_reasons.<kind>]`` tables, checked: text for every reason, and
    no placeholder in the translation that its reason does not have."""
    where = f"render_labels.toml: [{lang}.{table}]"
    if not isinstance(raw, dict):
        raise LabelError(f"{where} must hold one table per removed-text kind")
    out: list[tuple[str, str, str]] = []
    for kind, entries in raw.items():
        if not isinstance(entries, dict) or not all(isinstance(v, str) for v in entries.values()):
            raise LabelError(f"{where}.{kind} must map reasons to text")
        for reason, text in entries.items():
            names = set(LABEL_PLACEHOLDER.findall(reason))
            extra = set(LABEL_PLACEHOLDER.findall(text)) - names
            if extra:
                raise LabelError(f"{where}.{kind}: {text!r} uses {sorted(extra)} not in {reason!r}")
            out.append((kind, reason, text))
    return tuple(sorted(out))


@dataclass(frozen=True)
class _Loaded:
    strings: dict[str, dict[str, str]]  # by "lang", and code tables by "lang.table"
    removal_reasons: dict[str, tuple[tuple[str, str, str], ...]]  # by language
    skip_reasons: dict[str, tuple[tuple[str, str, str], ...]]  # by language


@functools.cache
def _load() -> _Loaded:
    raw = resources.files("reporter.data").joinpath("render_labels.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    out: dict[str, dict[str, str]] = {}
    reasons_by_lang: dict[str, tuple[tuple[str, str, str], ...]] = {}
    skips_by_lang: dict[str, tuple[tuple[str, str, str], ...]] = {}
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
        reasons = table.pop(REASONS_TABLE, None)
        if reasons is None and lang != REASONS_WRITTEN_IN:
            raise LabelError(f"render_labels.toml: no [{lang}.{REASONS_TABLE}]")
        if reasons is not None:
            reasons_by_lang[lang] = _reasons(lang, reasons)
        skips = table.pop(SKIPS_TABLE, None)
        if skips is None and lang != REASONS_WRITTEN_IN:
            raise LabelError(f"render_labels.toml: no [{lang}.{SKIPS_TABLE}]")
        if skips is not None:
            skips_by_lang[lang] = _skip_reasons(lang, skips)
        bad = [k for k, v in table.items() if not isinstance(v, str)]
        if bad:
            raise LabelError(f"render_labels.toml: [{lang}] non-string values: {bad}")
        out[lang] = table
    reference = set(out[LANGS[0]])
    for lang in LANGS[1:]:
        missing = reference ^ set(out[lang])
        if missing:
            raise LabelError(f"render_labels.toml: keys not in every language: {sorted(missing)}")
    return _Loaded(out, reasons_by_lang, skips_by_lang)


def labels(lang: str) -> Labels:
    """The labels of ``lang`` ("zh" or "en"); raises ValueError for any other language."""
    loaded = _load()
    strings = loaded.strings
    table = strings.get(lang) if lang in LANGS else None
    if table is None:
        raise ValueError(f"unknown brief language {lang!r}; choose from {', '.join(LANGS)}")
    return Labels(
        lang,
        tuple(sorted(table.items())),
        tuple(sorted(strings[f"{lang}.{KINDS_TABLE}"].items())),
        tuple(sorted(strings[f"{lang}.{STEPS_TABLE}"].items())),
        loaded.removal_reasons.get(lang),
        loaded.skip_reasons.get(lang),
    )
