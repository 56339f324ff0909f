"""How a plain ``str -> str`` cleaning step reports what it changed.

Steps stay ordinary functions of one string (easy to compose, test and reuse, in
the style of textacy's preprocessing).  While :func:`run_step` runs a step, the step
may call :func:`note_change` and :func:`note_removal`; those calls land in a
:class:`Recorder` held in a context variable.  Called outside :func:`run_step` (a
test, a notebook) the notes go nowhere and the step behaves the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reporter.models import Removal, StepReport

Step = Callable[[str], str]

# Enough "before → after" snippets for a reader to see what a step does, few
# enough that the data-quality appendix stays one screen per article.
MAX_EXAMPLES = 3
_DROPPED = "∅"
# Snippets are clipped so one long removed paragraph does not flood the report.
MAX_EXAMPLE_CHARS = 60


@dataclass
class Recorder:
    step: str
    changes: int = 0
    examples: list[str] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)


_current: ContextVar[Recorder | None] = ContextVar("reporter_clean_recorder", default=None)


def _clip(text: str) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= MAX_EXAMPLE_CHARS else text[: MAX_EXAMPLE_CHARS - 1] + "…"


def note_change(before: str, after: str) -> None:
    """Record one changed span of the step now running."""
    rec = _current.get()
    if rec is None:
        return
    rec.changes += 1
    full = len(rec.examples) >= MAX_EXAMPLES
    # A repair tells the reader more than a drop: once the examples are full, only a
    # repair may still take a drop's place (most changes of a long article stop here,
    # before their example is even formatted).
    drops = [i for i, ex in enumerate(rec.examples) if ex.endswith(_DROPPED)] if full else []
    if full and not (after and drops):
        return
    example = f"{_clip(before)} → {_clip(after) if after else _DROPPED}"
    if example in rec.examples:
        return
    if not full:
        rec.examples.append(example)
        return
    rec.examples[drops[-1]] = example


def note_removal(kind: str, text: str, reason: str) -> None:
    """Record a dropped line or span (also counted as a change)."""
    rec = _current.get()
    if rec is None:
        return
    note_change(text, "")
    rec.removals.append(Removal(step=rec.step, kind=kind, text=text, reason=reason))


@contextmanager
def silenced() -> Iterator[None]:
    """Run another step as a helper without recording its changes."""
    token = _current.set(None)
    try:
        yield
    finally:
        _current.reset(token)


def describe(step: Step) -> str:
    """The first line of the step's docstring: its one-line description."""
    doc = (step.__doc__ or step.__name__).strip()
    return doc.splitlines()[0]


def run_step(step: Step, text: str) -> tuple[str, Recorder]:
    """Run ``step`` on ``text`` while recording what it changes."""
    rec = Recorder(step=step.__name__)
    token = _current.set(rec)
    try:
        out = step(text)
    finally:
        _current.reset(token)
    return out, rec


def merge(step: Step, recorders: list[Recorder]) -> StepReport:
    """One report for a step that ran in several passes."""
    examples: list[str] = []
    for rec in recorders:
        for ex in rec.examples:
            if len(examples) < MAX_EXAMPLES and ex not in examples:
                examples.append(ex)
    return StepReport(
        step=step.__name__,
        description=describe(step),
        changes=sum(r.changes for r in recorders),
        examples=tuple(examples),
    )
