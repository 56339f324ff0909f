"""The whole context of ``brief.html`` (:class:`BriefView`), assembled section by
section from a Brief (:func:`build_view`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reporter.brief import Brief
from reporter.render.labels import Labels
from reporter.render.view.base import Builder, MechanismLabel
from reporter.render.view.cards import ArticleCard, build_cards
from reporter.render.view.cover import Glance, build_glance
from reporter.render.view.deploy import DeployView, build_deploy, largest_officials
from reporter.render.view.findings import Finding, build_findings
from reporter.render.view.matrix import MatrixView, build_matrix
from reporter.render.view.mechanisms import MechanismSection, build_mechanisms
from reporter.render.view.methods import Methods, build_methods, date_label
from reporter.render.view.practices import OtherPracticeView, build_practices
from reporter.render.view.quality import (
    QualityEntry,
    QualityTotals,
    StepOverviewRow,
    build_quality,
    build_quality_totals,
    build_skipped,
    build_step_overview,
)
from reporter.render.view.text import format_date
from reporter.render.view.timeline import TimelineView, build_timeline

# Ids up to this long fit the narrow id column and the card badge of the seeds' layout;
# longer ones ("gen_000807") get a monospace id column sized to them and an inline badge,
# so no id ever wraps mid-word.
SHORT_ID_NARROW_MAX = 4
# The cards' most frequent keywords in the page's keywords metadata, after the mechanisms:
# enough to describe the corpus to a search tool without listing every card's.
META_KEYWORDS = 10


@dataclass(frozen=True)
class BriefView:
    """The whole context of ``brief.html``; ``mode`` is "screen" (HTML) or "print" (PDF)."""

    lang: str
    mode: str
    t: Labels
    title: str
    generated: str | None  # YYYY-MM-DD (machine form, for metadata); None: no date known
    generated_display: str  # "" when no date is known: the brief shows none
    date_label: str  # what the date is: the build's (SOURCE_DATE_EPOCH) or the newest article's
    subtitle: str
    glance: Glance
    findings: tuple[Finding, ...]
    matrix: MatrixView
    deploy: DeployView
    mechanisms: tuple[MechanismSection, ...]
    absent_mechanisms: tuple[MechanismLabel, ...]
    articles: tuple[ArticleCard, ...]
    other: tuple[OtherPracticeView, ...]
    other_more: int  # practices not listed (practices.MAX_OTHER_PRACTICES)
    quality: tuple[QualityEntry, ...]
    skipped: tuple[tuple[str, str], ...]  # (source path, reason)
    methods: Methods
    keywords_meta: str  # for <meta name="keywords"> / PDF keywords
    # Print: the steps' changes as one corpus table, each description said once rather
    # than under every article (the appendix is read, not searched, on paper).
    step_overview: tuple[StepOverviewRow, ...] = ()
    # A large corpus: each section's budgets cut its lists; these count what is not shown.
    articles_more: int = 0  # articles without a card
    quality_totals: QualityTotals | None = None  # cleaning over every article
    skipped_more: int = 0  # inputs not used and not listed (quality.MAX_SKIPPED_SHOWN)
    detail_file: str = "brief.json"  # where every article's sentences and log are
    long_ids: bool = False  # ids too long for the narrow id column (SHORT_ID_NARROW_MAX)
    id_chars: int = 0  # the longest id shown, for the width of the id column
    timeline: TimelineView | None = None  # reporter.render.view.timeline


def build_view(brief: Brief, lang: str, mode: str) -> BriefView:
    """The template context for ``brief.html`` in ``mode`` "screen" (HTML) or "print" (PDF)."""
    if mode not in ("screen", "print"):
        raise ValueError(f"unknown render mode {mode!r}")
    b = Builder(brief, lang, mode)
    glance = build_glance(b)
    deployed = largest_officials(b)  # the chart and a finding both rank them
    findings = build_findings(b, deployed)
    matrix = build_matrix(b)
    deploy = build_deploy(b, deployed)
    sections, absent = build_mechanisms(b)
    other = build_practices(b)
    cards = build_cards(b)  # last: it anchors every sentence cited above
    keyword_counts: Counter[str] = Counter(k for c in cards for k in c.keywords)
    top_keywords = sorted(keyword_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:META_KEYWORDS]
    large = glance.overview is not None
    skipped, skipped_more = build_skipped(b)
    id_chars = max((len(i) for i in b.short.values()), default=0)
    return BriefView(
        lang=lang,
        mode=mode,
        t=b.t,
        title=b.t["doc_title"],
        generated=brief.generated,
        generated_display=format_date(brief.generated, b.t) if brief.generated else "",
        date_label=date_label(brief, b.t),
        subtitle=b.t.fmt(
            "subtitle",
            articles=f"{glance.articles:,}",
            localities=f"{glance.localities:,}",
            span=glance.span,
        ),
        glance=glance,
        findings=findings,
        matrix=matrix,
        deploy=deploy,
        mechanisms=sections,
        absent_mechanisms=absent,
        articles=cards,
        other=other,
        other_more=max(0, len(brief.alignment.other_practices) - len(other)),
        quality=build_quality(b),
        # A table with a column per article only while the articles fit across a page.
        step_overview=() if large else build_step_overview(b),
        skipped=skipped,
        methods=build_methods(b),
        keywords_meta=", ".join([m.name for m in matrix.mechanisms] + [k for k, _ in top_keywords]),
        articles_more=b.hidden,
        quality_totals=build_quality_totals(b) if large else None,
        skipped_more=skipped_more,
        detail_file=b.detail_file(),
        long_ids=id_chars > SHORT_ID_NARROW_MAX,
        id_chars=id_chars,
        timeline=build_timeline(b),
    )
