"""The data-quality appendix: inputs not used, then what cleaning changed and removed,
per article and, for a large corpus, summed over every article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reporter.ingest.provenance import shown_path
from reporter.render import resources
from reporter.render.view.base import Builder
from reporter.render.view.text import TITLE_PREVIEW_CHARS, defuse_annotations, preview

# Removed spans listed per article and kind in the appendix; the rest are counted.
MAX_REMOVALS_SHOWN = {"print": 1, "screen": 4}
# Characters of a removed span shown in the appendix (SEO lists run to hundreds).
REMOVAL_PREVIEW_CHARS = 60


# Inputs listed as not used; the rest are counted (brief.json lists each with its reason).
MAX_SKIPPED_SHOWN = {"print": 30, "screen": 200}


@dataclass(frozen=True)
class StepView:
    """One cleaning step that changed an article, with examples of what it changed."""

    description: str
    changes: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class RemovalGroup:
    """One kind of text removed from an article, with examples and their reasons."""

    kind: str
    count: int
    examples: tuple[tuple[str, str], ...]  # (text preview, reason)
    more: int


@dataclass(frozen=True)
class StepOverviewRow:
    """One cleaning step across the corpus: what it does, and its changes per article."""

    description: str
    counts: tuple[int, ...]  # one per article, in the order of ``BriefView.quality``


@dataclass(frozen=True)
class QualityEntry:
    """One article in the data-quality appendix (template partial ``sections/quality.html``)."""

    article_id: str
    short_id: str
    title: str
    script: str
    chars_in: int
    chars_out: int
    steps: tuple[StepView, ...]
    removed: tuple[RemovalGroup, ...]
    changes: int = 0  # changes of every step


@dataclass(frozen=True)
class StepTotal:
    """One cleaning step across the whole corpus."""

    description: str
    articles: int  # articles it changed
    changes: int


@dataclass(frozen=True)
class RemovalTotal:
    """One kind of removed text across the whole corpus."""

    kind: str
    articles: int
    count: int
    example: str  # the first removal of the kind, previewed


@dataclass(frozen=True)
class QualityTotals:
    """The data-quality appendix of a large corpus: totals over every article."""

    articles: int
    chars_in: int
    chars_out: int
    steps: tuple[StepTotal, ...]
    removed: tuple[RemovalTotal, ...]


def build_step_overview(b: Builder) -> tuple[StepOverviewRow, ...]:
    """Steps in pipeline order (as the first article ran them), those that changed anything."""
    order: dict[str, str] = {}
    counts: dict[str, dict[str, int]] = {}
    for doc in b.brief.documents:
        for step in doc.article.cleaning.steps:
            order.setdefault(step.step, defuse_annotations(b.t.step_description(step)))
            counts.setdefault(step.step, {})[doc.id] = step.changes
    return tuple(
        StepOverviewRow(description, tuple(counts[name].get(d.id, 0) for d in b.brief.documents))
        for name, description in order.items()
        if any(counts[name].values())
    )


def _visible(text: str) -> bool:
    return bool(resources.INVISIBLE.sub("", text))


def build_quality_totals(b: Builder) -> QualityTotals:
    """Every cleaning step and removal kind summed over the corpus, in the order the
    first article ran the steps; kinds by how often they were removed."""
    step_names: dict[str, str] = {}
    step_articles: Counter[str] = Counter()
    step_changes: Counter[str] = Counter()
    kind_articles: Counter[str] = Counter()
    kind_count: Counter[str] = Counter()
    kind_example: dict[str, str] = {}
    chars_in = chars_out = 0
    for doc in b.brief.documents:
        rep = doc.article.cleaning
        chars_in += rep.chars_in
        chars_out += rep.chars_out
        for step in rep.steps:
            if step.step not in step_names:
                step_names[step.step] = defuse_annotations(b.t.step_description(step))
            if step.changes:
                step_articles[step.step] += 1
                step_changes[step.step] += step.changes
        kinds = Counter(r.kind for r in rep.removed)
        kind_articles.update(kinds.keys())
        kind_count.update(kinds)
        for r in rep.removed:
            # The first example a reader can see; an invisible one only if no other is.
            shown = kind_example.get(r.kind)
            if shown is None or (not _visible(shown) and _visible(r.text)):
                kind_example[r.kind] = defuse_annotations(preview(r.text, REMOVAL_PREVIEW_CHARS))
    return QualityTotals(
        articles=len(b.brief.documents),
        chars_in=chars_in,
        chars_out=chars_out,
        steps=tuple(
            StepTotal(description, step_articles[name], step_changes[name])
            for name, description in step_names.items()
            if step_changes[name]
        ),
        removed=tuple(
            RemovalTotal(b.t.removal_kind(kind), kind_articles[kind], n, kind_example[kind])
            for kind, n in sorted(kind_count.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
    )


def build_quality(b: Builder) -> tuple[QualityEntry, ...]:
    out = []
    for doc in b.brief.documents:
        if doc.id not in b.carded:
            continue
        rep = doc.article.cleaning
        by_kind: dict[str, list[tuple[str, str]]] = {}
        for r in rep.removed:
            by_kind.setdefault(r.kind, []).append(
                (
                    defuse_annotations(preview(r.text, REMOVAL_PREVIEW_CHARS)),
                    defuse_annotations(b.t.removal_reason(r.kind, r.reason)),
                )
            )
        groups = tuple(
            RemovalGroup(
                b.t.removal_kind(kind),
                len(items),
                tuple(items[: MAX_REMOVALS_SHOWN[b.mode]]),
                max(0, len(items) - MAX_REMOVALS_SHOWN[b.mode]),
            )
            for kind, items in sorted(by_kind.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )
        out.append(
            QualityEntry(
                article_id=doc.id,
                short_id=b.sid(doc.id),
                title=preview(doc.article.metadata.title, TITLE_PREVIEW_CHARS),
                script=b.t[f"script_{rep.script}"],
                chars_in=rep.chars_in,
                chars_out=rep.chars_out,
                steps=tuple(
                    StepView(
                        defuse_annotations(b.t.step_description(s)),
                        s.changes,
                        tuple(
                            defuse_annotations(e) for e in s.examples[: MAX_REMOVALS_SHOWN[b.mode]]
                        ),
                    )
                    for s in rep.steps
                    if s.changes
                ),
                removed=groups,
                changes=sum(s.changes for s in rep.steps),
            )
        )
    return tuple(out)


def build_skipped(b: Builder) -> tuple[tuple[tuple[str, str], ...], int]:
    """The inputs not used, as (source path, reason), cut to the budget; and how many
    more there are."""
    skipped = tuple(
        (shown_path(s.source_path, b.brief.input_roots), b.t.skip_reason(s.reason))
        for s in b.brief.skipped
    )
    shown = skipped[: MAX_SKIPPED_SHOWN[b.mode]]
    return shown, len(skipped) - len(shown)
