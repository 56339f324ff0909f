"""Limits that keep one input from stopping the batch (issue 17).

An input under the ingest size limit (5 MiB) can still hold what no article of the
genre holds: tens of thousands of sentences (the sentence graph of the summarizer is
quadratic in them), a "sentence" of millions of characters without punctuation (every
per-sentence pattern and the segmenter see it whole), or a pattern that would take
minutes.  This module bounds each of them:

* :func:`apply_limits`, run on every document right after splitting, cuts sentences
  longer than :data:`MAX_SENTENCE_CHARS` into pieces and analyses at most
  :data:`MAX_SENTENCES` sentences of an article.  What it did is recorded in the
  article's cleaning report (a step and, for the sentences left out, a removal), so it
  shows in the data-quality appendix and in the JSON: nothing is dropped silently.
  Articles within the limits (every real one seen so far) come back unchanged.
* :func:`time_budget` bounds the wall-clock time of one article's work in a process's
  main thread; the worker turns :class:`BudgetExceeded` into a skipped input with its
  reason, and the batch goes on.
* :func:`regex_risk` rejects patterns from a user's ``--taxonomy`` whose backtracking
  can explode (a repeated group that itself holds a repeat, ``(a+)+``).

Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from reporter.models import Document, Removal, Sentence, StepReport

# Characters one sentence may hold.  The splitter already cuts sentences over 250
# characters at a semicolon, comma, enumeration comma or space; what is still longer
# has none of them (a run of characters without punctuation, a table flattened into
# one line).  No real sentence comes near (the 168 real and seed articles of the test
# fixtures: none over 249 characters); at 1,000 characters a pattern that is quadratic
# in its sentence costs at most 10^6 steps a piece.
MAX_SENTENCE_CHARS = 1_000
# Sentences analysed per article.  The real articles of the test fixtures have at most
# 92 sentences, and even a long work report a few hundred; the summarizer's sentence
# graph grows with the square of this (3,000 identical sentences: about 9 million
# edges, a few seconds and a few hundred MB; 50,000 grew past 16 GB).
MAX_SENTENCES = 3_000
# Wall-clock seconds one article's per-article work (stages 1-5a) may take in a
# worker.  With the limits above the worst inputs measured (bench/bench_limits.py)
# take well under a minute; this is the backstop for what no limit foresaw.
ARTICLE_SECONDS = 120.0
# Characters of the text left out by MAX_SENTENCES kept in the removal record: enough
# to see what it was, not the megabytes themselves (the input file still has them).
LEFT_OUT_PREVIEW_CHARS = 200

# The names in the cleaning report (translated in reporter/data/render_labels.toml).
SPLIT_STEP = "split_overlong_sentences"
CAP_STEP = "cap_sentences"
REMOVAL_KIND = "limit"
REMOVAL_REASON = "sentences beyond the per-article limit were not analysed"


def apply_limits(
    doc: Document, max_chars: int = MAX_SENTENCE_CHARS, max_sentences: int = MAX_SENTENCES
) -> Document:
    """``doc`` with no sentence over ``max_chars`` and at most ``max_sentences``
    sentences; the same object when both hold already."""
    sentences = doc.sentences
    too_long = sum(1 for s in sentences if s.end - s.start > max_chars)
    if not too_long and len(sentences) <= max_sentences:
        return doc
    steps: list[StepReport] = []
    removed: list[Removal] = []
    if too_long:
        pieces: list[Sentence] = []
        for s in sentences:
            pieces.extend(_cut(s, max_chars) if s.end - s.start > max_chars else (s,))
        steps.append(
            StepReport(
                SPLIT_STEP,
                f"cut sentences longer than {max_chars:,} characters into pieces",
                too_long,
                (f"{too_long} sentence(s) became {len(pieces) - len(sentences) + too_long}",),
            )
        )
        sentences = tuple(pieces)
    if len(sentences) > max_sentences:
        left_out = len(sentences) - max_sentences
        first = sentences[max_sentences]
        text = doc.article.text
        steps.append(
            StepReport(
                CAP_STEP,
                f"analysed the first {max_sentences:,} sentences of an article",
                left_out,
                (f"{left_out:,} sentence(s) from character {first.start:,} not analysed",),
            )
        )
        preview = text[first.start : first.start + LEFT_OUT_PREVIEW_CHARS]
        if len(text) - first.start > LEFT_OUT_PREVIEW_CHARS:
            preview += "…"
        removed.append(Removal(CAP_STEP, REMOVAL_KIND, preview, REMOVAL_REASON))
        sentences = sentences[:max_sentences]
    sentences = tuple(
        s if s.index == i else dataclasses.replace(s, index=i) for i, s in enumerate(sentences)
    )
    cleaning = doc.article.cleaning
    cleaning = dataclasses.replace(
        cleaning, steps=cleaning.steps + tuple(steps), removed=cleaning.removed + tuple(removed)
    )
    article = dataclasses.replace(doc.article, cleaning=cleaning)
    return Document(article, sentences)


def _cut(s: Sentence, max_chars: int) -> Iterator[Sentence]:
    """Pieces of at most ``max_chars`` characters.  Such a sentence has no separator
    the splitter could cut at, so the cut falls where the limit does; its
    ``original`` is cut at the same offsets when it has the same length."""
    same_shape = len(s.original) == len(s.text)
    for a in range(0, len(s.text), max_chars):
        piece = s.text[a : a + max_chars]
        yield Sentence(
            index=s.index,
            paragraph=s.paragraph,
            start=s.start + a,
            end=s.start + a + len(piece),
            text=piece,
            original=s.original[a : a + max_chars] if same_shape else piece,
        )


# --------------------------------------------------------------------------- time budget


class BudgetExceeded(BaseException):
    """One article's work ran past its time budget.  A BaseException, like
    KeyboardInterrupt, so no stage's ``except Exception`` swallows it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"took longer than the per-article limit of {self.seconds:g} s"


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block once ``seconds`` of wall-clock time
    have passed.  A timer signal (SIGALRM) interrupts Python code and the regular
    expression engine, which checks for signals as it runs; it exists only in a
    process's main thread on POSIX (a pool worker's tasks, an inline build), so
    elsewhere (a Dask worker's thread, Windows) the block runs unbounded."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def expired(signum: int, frame: Any) -> None:
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- user regexes

_REPEATS = frozenset({sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT})
# A repeat whose upper bound is at least this is "unbounded" for backtracking purposes
# (``{1,50}`` inside ``+`` explodes as surely as ``*``).
_MANY = 10


def regex_risk(pattern: str) -> str | None:
    """Why ``pattern`` may backtrack exponentially, or None.  The check is the classic
    one: a repeat that can run many times around a sub-pattern that itself holds a
    repeat (``(a+)+``, ``(\\d*x?)*``), or around an alternation (``(a|ab)*``), lets
    the engine try every way of dividing a long run among the iterations before it
    gives up.  ``pattern`` must compile."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None  # compiling reports it
    return _risk(list(parsed), inside_repeat=False)


def _risk(items: list[tuple[Any, Any]], inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            _low, high, body = arg
            many = high >= _MANY  # MAXREPEAT (no bound) included
            if many and inside_repeat:
                return "a repeated group holds another repeat (like (a+)+): nested quantifiers"
            body_items = list(body)
            if many and _branches_overlap(body_items):
                return "a repeated group holds overlapping alternatives (like (a|ab)*)"
            found = _risk(body_items, inside_repeat or many)
            if found:
                return found
        elif op is sre_parse.SUBPATTERN:
            found = _risk(list(arg[-1]), inside_repeat)
            if found:
                return found
        elif op is sre_parse.BRANCH:
            for branch in arg[1]:
                found = _risk(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            found = _risk(list(arg[1]), inside_repeat)
            if found:
                return found
    return None


def _branches_overlap(items: list[tuple[Any, Any]]) -> bool:
    """Whether two of a repeated body's alternatives start with the same character
    (``a|ab``); alternatives of distinct words (``专班|工作组``) are common and
    harmless, and classes are left to the time budget (no false alarms on them)."""
    for op, arg in items:
        if op is sre_parse.SUBPATTERN and _branches_overlap(list(arg[-1])):
            return True
        if op is sre_parse.BRANCH:
            if any(not list(b) for b in arg[1]):
                return True  # an empty alternative: ``a|ab`` is parsed as ``a(?:|b)``
            known = [f for b in arg[1] if (f := _first_literal(list(b))) is not None]
            if len(set(known)) < len(known):
                return True
    return False


def _first_literal(items: list[tuple[Any, Any]]) -> int | None:
    if items and items[0][0] is sre_parse.LITERAL:
        return int(items[0][1])
    return None
