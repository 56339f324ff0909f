"""``reporter eval``: character-level ROUGE of each summarizer against reference summaries.

Dataset: a JSONL file, one object a line, ``{"article": "...", "summary": "..."}``
(other keys are ignored; blank lines are skipped).  Each article goes through the same
path as a real input: :func:`reporter.clean.clean_article` on an
:class:`~reporter.models.Article` built from the text, then
:func:`reporter.split.split_sentences`; the engine's summary is its chosen sentences
joined in document order.

Definition (ROUGE_DEFINITION below is the same text, for the README):
text is NFKC-normalised and lowercased; its *units* are its letters and digits, one
unit per character (every CJK character, every Latin letter, every digit), in order;
whitespace, punctuation and symbols are dropped.  For the candidate C and reference R:

* ROUGE-N (N = 1, 2): overlap = size of the multiset intersection of the N-grams of
  units (each N-gram counted at most as often as in the other text);
  P = overlap / #N-grams(C), R = overlap / #N-grams(R).
* ROUGE-L: L = length of the longest common subsequence of the two unit sequences
  (the whole summary as one sequence); P = L / |C|, R = L / |R|.
* F1 = 2PR / (P + R), 0 when P + R = 0.  A dataset's score is the mean of the
  per-article F1 values (macro average).
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reporter import summarize
from reporter.clean import clean_article
from reporter.models import Article, InputRejected
from reporter.split import split_sentences

ROUGE_DEFINITION = (
    "Character-level ROUGE F1. Text is NFKC-normalised and lowercased; each letter or "
    "digit is one unit (every Chinese character, Latin letter and digit), whitespace and "
    "punctuation are dropped. ROUGE-1/2: clipped overlap of unit unigrams/bigrams; "
    "ROUGE-L: longest common subsequence of the whole unit sequences. "
    "P = overlap / candidate size, R = overlap / reference size, F1 = 2PR/(P+R); "
    "the dataset score is the mean per-article F1."
)


class DatasetError(ValueError):
    """The evaluation dataset cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class RougeScores:
    rouge1: float
    rouge2: float
    rouge_l: float


@dataclass(frozen=True)
class EngineResult:
    engine: str
    scores: RougeScores  # mean F1 over the articles
    articles: int
    mean_summary_chars: float


@dataclass(frozen=True)
class EvalReport:
    dataset: str
    sentences: int
    results: tuple[EngineResult, ...]  # in the order the engines were asked for


def units(text: str) -> list[str]:
    """The ROUGE units of a text: its letters and digits, one per character."""
    normal = unicodedata.normalize("NFKC", text).lower()
    return [c for c in normal if unicodedata.category(c)[0] in ("L", "N")]


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0 or candidate == 0 or reference == 0:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    c = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    r = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    return _f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (one numpy row per unit of ``a``)."""
    if not a or not b:
        return 0
    b_arr = np.asarray(b, dtype=object)
    row = np.zeros(len(b) + 1, dtype=np.int64)
    for x in a:
        match = np.concatenate(([False], b_arr == x))
        diagonal = np.concatenate(([0], row[:-1] + 1))
        # Where the units match, extend the diagonal; elsewhere carry the best so far
        # from above; then a running maximum carries it from the left.
        row = np.maximum.accumulate(np.where(match, diagonal, row))
    return int(row[-1])


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge(candidate: str, reference: str) -> RougeScores:
    c, r = units(candidate), units(reference)
    return RougeScores(rouge_n(c, r, 1), rouge_n(c, r, 2), rouge_l(c, r))


@dataclass(frozen=True)
class _Example:
    line: int
    article: str
    summary: str


def load_dataset(path: Path) -> list[_Example]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read: {exc}") from exc
    examples: list[_Example] = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{number}: not JSON: {exc.msg}") from exc
        if not isinstance(item, dict):
            raise DatasetError(f"{path}:{number}: expected an object with article and summary")
        article, summary = item.get("article"), item.get("summary")
        if not isinstance(article, str) or not article.strip():
            raise DatasetError(f'{path}:{number}: "article" must be a non-empty string')
        if not isinstance(summary, str) or not summary.strip():
            raise DatasetError(f'{path}:{number}: "summary" must be a non-empty string')
        examples.append(_Example(number, article, summary))
    if not examples:
        raise DatasetError(f"{path}: no examples")
    return examples


def evaluate(dataset: Path, engines: Sequence[str], sentences: int) -> EvalReport:
    """Mean ROUGE F1 of each engine on the dataset; raises DatasetError or UnknownEngine."""
    examples = load_dataset(dataset)
    summarizers = [summarize.get_summarizer(name) for name in engines]
    docs = []
    for ex in examples:
        source = f"{dataset.as_posix()}:{ex.line}"
        text = ex.article.replace("\r\n", "\n")
        article = Article.from_text(text, f"{dataset.stem}-{ex.line}", source)
        try:
            doc = split_sentences(clean_article(article))
        except InputRejected as exc:
            raise DatasetError(f"{source}: article rejected: {exc.reason}") from exc
        if not doc.sentences:
            raise DatasetError(f"{source}: no sentence left after cleaning")
        docs.append(doc)
    results = []
    for engine in summarizers:
        per_article: list[RougeScores] = []
        chars = 0
        for ex, doc in zip(examples, docs, strict=True):
            text = "".join(s.text for s in engine.pick(doc, sentences))
            chars += len(text)
            per_article.append(rouge(text, ex.summary))
        k = len(per_article)
        mean = RougeScores(
            sum(s.rouge1 for s in per_article) / k,
            sum(s.rouge2 for s in per_article) / k,
            sum(s.rouge_l for s in per_article) / k,
        )
        results.append(EngineResult(engine.name, mean, k, chars / k))
    return EvalReport(dataset.as_posix(), sentences, tuple(results))


def format_report(report: EvalReport) -> str:
    """A plain-text table, one row per engine (the CLI prints it)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"ROUGE F1 on {report.dataset} "
        f"({report.results[0].articles if report.results else 0} articles, "
        f"{report.sentences} sentences)",
        caption="character-level; see reporter.summarize.evaluate for the definition",
    )
    for header in ("engine", "ROUGE-1", "ROUGE-2", "ROUGE-L", "mean chars"):
        table.add_column(header, justify="left" if header == "engine" else "right")
    for r in report.results:
        table.add_row(
            r.engine,
            f"{r.scores.rouge1:.4f}",
            f"{r.scores.rouge2:.4f}",
            f"{r.scores.rouge_l:.4f}",
            f"{r.mean_summary_chars:.0f}",
        )
    console = Console(width=100, record=True, color_system=None, file=io.StringIO())
    console.print(table)
    return console.export_text()
