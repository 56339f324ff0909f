"""What each template receives: frozen, documented view records built from a Brief.

This module is presentation logic only: it chooses what to show and in which words
(findings are sentences composed from the alignment's own records), orders it, and
turns every claim's source into a :class:`Cite`.  It computes no new analysis: every
number and sentence comes from the :class:`~reporter.brief.Brief`.

Anchors: sentence ``i`` of article ``A`` is the element ``id="a-A-s-i"``; every
citation links there.  A sentence gets its id exactly once, where it is first shown
in its article card (summary, then "other cited sentences", then, in HTML only, the
full text), so every citation in either format has a target.

A large corpus: only the articles in ``Brief.cards`` (None: all) get a card, and only
their sentences are read; the others may be "slim" (no sentences).  A citation of an
article without a card carries the evidence's own text and links nowhere.  Every list
is cut to a budget (the constants below); what is cut is counted on the page and the
reader is told which file holds it.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reporter.brief import DETAIL_FILE, Brief
from reporter.compare.model import (
    ArticleAnalysis,
    Citation,
    ComparisonRow,
    Fact,
    Mechanism,
    MechanismComparison,
)
from reporter.corpus.filters import article_date
from reporter.ingest.provenance import shown_path
from reporter.models import Document, Sentence
from reporter.render import FILE_NAMES, charts, patterns
from reporter.render.labels import Labels, labels
from reporter.render.timeline import MechanismKey, TimelineView
from reporter.render.timeline import build as build_timeline_view
from reporter.split import looks_cut_off

# A reader scans three to five findings; more and the executive page stops being one page.
MAX_FINDINGS = 5
# Hex digits of the digest an article anchor carries when its id is not plain
# (article_anchor): 64 bits, so two ids of one corpus never share one by chance.
ANCHOR_DIGEST_CHARS = 16
# Unique-mechanism findings compete with the size and result findings; two keep variety.
MAX_UNIQUE_FINDINGS = 2
# A shared-mechanism finding names at most this many mechanisms before it reads as a list.
MAX_SHARED_NAMED = 3
# Quotes per locality in a mechanism table: the strongest one carries the point on paper;
# the screen has room for a second.
MAX_QUOTES_PER_ROW = {"print": 1, "screen": 2}
# Bars in the deployment chart: the executive page must stay one page.
MAX_BARS = 6
# "Officials deployed" means sent to a task force or the frontline: a head count in a
# sentence about training, promotion or party membership ("1.7万余名党员") is no deployment.
DEPLOYMENT_MECHANISMS = frozenset({"frontline_rotation", "task_force"})
# ... and the fact itself must count officials (干部, not 在职党员 or 群众) in the role of
# being sent (选派, 抽调, 下沉), in heads (not 人次): like is compared with like.
DEPLOYED_COUNTS = "干部"
DEPLOYED_ROLE = "deployed"
HEAD_UNITS = frozenset({"名", "人", "位"})
# A finding that says "largest", "most" or "strongest" compares: it needs at least this
# many articles (or places) stating a comparable figure, else it says less or nothing.
MIN_COMPARED = 2
# "Most alike" needs this many mechanisms in common: one shared practice (every article
# of a corpus on deployment shares rotation) says nothing about likeness.
MIN_SHARED_FOR_ALIKE = 2
# The role of a fact that is a measured result.
RESULT_ROLE = "result"
# Other practices listed (strongest first, as the alignment orders them); the rest are
# counted on the page and kept in brief.json.  Paper gets the head of the list.
MAX_OTHER_PRACTICES = {"print": 8, "screen": 16}
# Facts per cell in a mechanism table; more are in brief.json and the article card.
MAX_FACTS_PER_CELL = 3
# Which figures a card shows first: what was done to officials and what it achieved, then
# goals and rules, then the rest (document order within each).
FIGURE_ROLE_RANK = {
    "deployed": 0, "promoted": 0, "trained": 0, "adjusted": 0, "awarded": 0, "result": 0,
    "target": 1, "weight": 1, "threshold": 1,
}  # fmt: skip
NO_FIGURE_ROLES = frozenset({"anniversary"})
# Key figures per article card.
MAX_FIGURES_PER_CARD = 8
# ... when some articles have no card: the cards are then an appendix of dozens, and each
# figure prints its sentence under "other cited sentences"; five keep a card near half a
# page (brief.json has every fact).
MAX_FIGURES_PER_CARD_SELECTED = 5
# Keywords per article card.
MAX_KEYWORDS = 10
# Removed spans listed per article and kind in the appendix; the rest are counted.
MAX_REMOVALS_SHOWN = {"print": 1, "screen": 4}
# Characters of a removed span shown in the appendix (SEO lists run to hundreds).
REMOVAL_PREVIEW_CHARS = 60
# Titles in the corpus table are cut here so one long title does not take a page.
TITLE_PREVIEW_CHARS = 40
# Citations per finding: enough to verify it without turning the line into a list.
MAX_CITES_PER_FINDING = 3
# Places a tied finding names before it counts the rest ("A、B、C 等 7 个地区").
MAX_TIED_NAMED = 3
# Relative changes this close are one size: the same ratio from other figures (30 -> 83,
# 60 -> 166) may differ in the last bits of a float.
RESULT_TIE_TOLERANCE = 1e-9

# Characters of context kept on each side of the marked words when a quote is cut to an
# excerpt; ``None`` quotes the whole sentence.  On paper the whole sentence is one citation
# away (the article card lists it), and full quotes were a tenth of WeasyPrint's work;
# twenty characters keep the clause around the cue words.
QUOTE_CONTEXT_CHARS: dict[str, int | None] = {"print": 20, "screen": None}
# Sentences up to this long are quoted whole even on paper: cutting them saves little.
QUOTE_WHOLE_MAX_CHARS = 60
ELLIPSIS = "…"

# Longer ids are cut for labels like "[002·s14]"; the full id stays in the card header.
SHORT_ID_MAX = 12
# Ids up to this long fit the narrow id column and the card badge of the seeds' layout;
# longer ones ("gen_000807") get a monospace id column sized to them and an inline badge,
# so no id ever wraps mid-word.
SHORT_ID_NARROW_MAX = 4

# ---- a large corpus: what the brief shows, and where the rest is.
# The brief of thousands of articles stays a brief: every list below is cut to a budget,
# the cut is counted on the page, and the reader is told which file holds the rest (the
# JSON keeps every article).  Paper gets the head of each list; the screen a bit more.
#
# Up to this many articles the matrix has one row per article (a reader of a small corpus
# compares articles; the seeds' executive page); beyond, one row per locality.
MATRIX_ARTICLE_ROWS_MAX = 15
# Localities in the matrix by locality, strongest first: six rows keep five findings, the
# matrix and the deployment chart on one executive page.
MATRIX_LOCALITY_ROWS = {"print": 6, "screen": 30}
# Beyond this many articles (or when some articles have no card) the title block shows
# the corpus by locality, outlet and year instead of relying on the article table.
OVERVIEW_MIN_ARTICLES = MATRIX_ARTICLE_ROWS_MAX
# Rows of each tally of the overview; the rest is one "others" line.
OVERVIEW_ROWS = {"locality": 12, "outlet": 8, "year": 12}
# Localities per mechanism in the comparison, strongest evidence first: eight rows keep
# a mechanism to a page or two; the rest are counted.
MAX_LOCALITIES_PER_MECHANISM = {"print": 8, "screen": 20}
# Article ids under a locality in a comparison row (a locality of a large corpus has
# hundreds); the rest are counted ("等 58 篇").
MAX_IDS_PER_ROW = 3
# Citations per other practice; the rest are counted.
MAX_CITES_PER_PRACTICE = {"print": 4, "screen": 8}
# Inputs listed as not used; the rest are counted (brief.json lists each with its reason).
MAX_SKIPPED_SHOWN = {"print": 30, "screen": 200}


# The brief's JSON, named in the notes that send the reader there.
JSON_FILE = FILE_NAMES["json"]

# ------------------------------------------------------------------ small records


@dataclass(frozen=True)
class Cite:
    """A link to a source sentence: ``[002·s14]`` pointing at ``#a-002-s-14``."""

    article_id: str
    sentence_index: int
    text: str  # the sentence, shown as a tooltip in HTML
    anchor: str | None  # None when the sentence does not exist (nothing to link)
    label: str  # "002·s14"
    # "outlet · date · URL" of an article whose address is known, for the tooltip
    source: str = ""


@dataclass(frozen=True)
class Segment:
    """A run of a quote; ``mark`` where a cue of the mechanism matched (shown highlighted)."""

    text: str
    mark: bool


@dataclass(frozen=True)
class Quote:
    """An evidence sentence, its cue words marked, with its citation; on paper a long
    sentence is cut to the clause around the marks (see :func:`excerpt`)."""

    cite: Cite
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class MechanismLabel:
    id: str
    name: str  # in the brief's language
    name_zh: str
    name_en: str
    short: str  # for chart headings
    definition: str
    anchor: str  # "m-task_force"


@dataclass(frozen=True)
class FactView:
    text: str  # as written, e.g. "1628名"
    kind: str  # label in the brief's language, with the role when it says more ("人数·选派")
    mechanisms: tuple[str, ...]  # mechanism names
    locality: str | None
    cite: Cite


@dataclass(frozen=True)
class Finding:
    headline: str
    detail: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class GlanceRow:
    article_id: str
    short_id: str
    anchor: str
    title: str
    outlet: str
    date: str
    locality: str


@dataclass(frozen=True)
class Tally:
    """One line of an overview tally: a locality, outlet or year and its articles."""

    label: str
    count: int
    share: str  # of all articles, "8.7%"


@dataclass(frozen=True)
class TallyList:
    rows: tuple[Tally, ...]
    others: int  # values not listed
    others_count: int  # their articles


@dataclass(frozen=True)
class Overview:
    """A large corpus at a glance: its articles per locality, outlet and year."""

    localities: TallyList
    outlets: TallyList
    years: TallyList


@dataclass(frozen=True)
class Glance:
    """The corpus at a glance (title block)."""

    articles: int
    localities: int
    outlets: int
    mechanisms_seen: int
    mechanisms_total: int
    span: str  # "2017 – 2022" or the unknown label
    rows: tuple[GlanceRow, ...]  # the articles with a card
    rows_more: int = 0  # articles not in the table (no card)
    overview: Overview | None = None  # a large corpus (OVERVIEW_MIN_ARTICLES)


@dataclass(frozen=True)
class MatrixRowView:
    article_id: str
    locality: str
    anchor: str
    present: tuple[bool, ...]  # per mechanism, taxonomy order
    total: int


@dataclass(frozen=True)
class LocalityRowView:
    """A row of the matrix by locality."""

    locality: str
    articles: int
    counts: tuple[int, ...]  # articles showing each mechanism, taxonomy order


@dataclass(frozen=True)
class MatrixView:
    """The heat map; one row per article, or per locality for a large corpus."""

    mechanisms: tuple[MechanismLabel, ...]
    rows: tuple[MatrixRowView, ...]  # per article (empty when by locality)
    column_totals: tuple[int, ...]  # articles showing each mechanism
    svg: Markup  # the heat map, built by reporter.render.charts
    legend: Markup
    by_locality: bool = False
    locality_rows: tuple[LocalityRowView, ...] = ()  # shown, strongest first
    localities_shown: int = 0
    localities_more: int = 0  # localities not in the heat map
    articles_more: int = 0  # their articles


@dataclass(frozen=True)
class DeployView:
    svg: Markup | None  # None when no article states a head count
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class ComparisonRowView:
    locality: str
    article_ids: tuple[str, ...]  # short ids (at most MAX_IDS_PER_ROW)
    who: tuple[FactView, ...]
    how_many: tuple[FactView, ...]
    how_long: tuple[FactView, ...]
    where: tuple[str, ...]
    result: tuple[FactView, ...]
    quotes: tuple[Quote, ...]
    ids_total: int = 0  # the locality's articles showing the mechanism
    ids_more: int = 0  # of which not listed in ``article_ids``


@dataclass(frozen=True)
class MechanismSection:
    mechanism: MechanismLabel
    rows: tuple[ComparisonRowView, ...]  # strongest first when some are cut
    total: int = 0  # localities showing the mechanism
    more: int = 0  # of which not listed (MAX_LOCALITIES_PER_MECHANISM)


@dataclass(frozen=True)
class SentenceView:
    index: int
    text: str
    anchor: str | None  # set where this occurrence is the sentence's link target
    paragraph: int


@dataclass(frozen=True)
class ArticleCard:
    id: str
    short_id: str
    anchor: str  # "a-002"
    title: str
    title_derived: bool
    outlet: str
    published: str
    reposted: str | None
    locality: str
    localities: tuple[str, ...]
    source_path: str  # relative to the input folder, never absolute (provenance.shown_path)
    mechanisms: tuple[str, ...]  # names of the mechanisms present
    summary: tuple[SentenceView, ...]
    cited: tuple[SentenceView, ...]  # cited elsewhere in the brief, not in the summary
    full_text: tuple[SentenceView, ...]  # every sentence (HTML only)
    keywords: tuple[str, ...]
    figures: tuple[FactView, ...]
    url: str | None = None  # where it was published, when known
    given: bool = False  # the user gave some of its source (sources.csv, front matter)
    note: str | None = None  # the user's note on the source


@dataclass(frozen=True)
class OtherPracticeView:
    label: str
    keywords: tuple[str, ...]
    cites: tuple[Cite, ...]
    cites_more: int = 0  # citations not listed (MAX_CITES_PER_PRACTICE)


@dataclass(frozen=True)
class StepView:
    description: str
    changes: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class RemovalGroup:
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


@dataclass(frozen=True)
class Methods:
    steps: tuple[str, ...]
    params: tuple[tuple[str, str], ...]
    versions: tuple[tuple[str, str], ...]
    taxonomy: tuple[MechanismLabel, ...]


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
    other_more: int  # practices not listed (MAX_OTHER_PRACTICES)
    quality: tuple[QualityEntry, ...]
    skipped: tuple[tuple[str, str], ...]  # (source path, reason)
    methods: Methods
    keywords_meta: str  # for <meta name="keywords"> / PDF keywords
    # Print: the steps' changes as one corpus table, each description said once rather
    # than under every article (the appendix is read, not searched, on paper).
    step_overview: tuple[StepOverviewRow, ...] = ()
    # A large corpus: the budgets above cut lists; these count what is not shown.
    articles_more: int = 0  # articles without a card
    quality_totals: QualityTotals | None = None  # cleaning over every article
    skipped_more: int = 0  # inputs not used and not listed (MAX_SKIPPED_SHOWN)
    detail_file: str = "brief.json"  # where every article's sentences and log are
    long_ids: bool = False  # ids too long for the narrow id column (SHORT_ID_NARROW_MAX)
    id_chars: int = 0  # the longest id shown, for the width of the id column
    timeline: TimelineView | None = None  # reporter.render.timeline


# ------------------------------------------------------------------ helpers


def anchor_for(article_id: str, sentence_index: int) -> str:
    """The element id of a sentence: ``a-<article>-s-<index>``."""
    return f"{article_anchor(article_id)}-s-{sentence_index}"


def article_anchor(article_id: str) -> str:
    """The element id of an article's card: ``a-<article>``, one per article whatever
    its name.  An id that is not :data:`~patterns.ANCHOR_PLAIN` is made id-safe and
    gets ``.`` and a digest of the whole id: a plain id has no ``.``, and the digest
    tells apart ids that became the same when made safe."""
    if patterns.ANCHOR_PLAIN.match(article_id):
        return "a-" + article_id
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"a-{patterns.ANCHOR_UNSAFE.sub('_', article_id)}.{digest[:ANCHOR_DIGEST_CHARS]}"


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """Short, still unique labels for article ids: numeric prefixes, else cut ids."""
    prefixes = [m[1] if (m := patterns.NUMBER_PREFIX.match(i)) else "" for i in ids]
    if all(prefixes) and len(set(prefixes)) == len(ids):
        return dict(zip(ids, prefixes, strict=True))
    cut = [i if len(i) <= SHORT_ID_MAX else i[: SHORT_ID_MAX - 1] + "…" for i in ids]
    if len(set(cut)) == len(ids):
        return dict(zip(ids, cut, strict=True))
    return {i: i for i in ids}


def format_date(iso: str | None, t: Labels) -> str:
    """``2018-06-27`` as ``2018年6月27日`` (zh) or ``27 Jun 2018`` (en)."""
    if not iso:
        return t["unknown"]
    m = patterns.ISO_DATE.fullmatch(iso)
    if not m:
        return iso
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if t.lang == "zh":
        return f"{y}年{mo}月{d}日"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{d} {months[mo - 1]} {y}"


def _mechanism_label(m: Mechanism, lang: str) -> MechanismLabel:
    name = m.name_zh if lang == "zh" else (m.name_en or m.name_zh)
    short = name.split("/")[0].strip() or name
    return MechanismLabel(
        id=m.id,
        name=name,
        name_zh=m.name_zh,
        name_en=m.name_en,
        short=short,
        definition=m.definition_zh if lang == "zh" and m.definition_zh else m.definition,
        anchor=f"m-{patterns.ANCHOR_UNSAFE.sub('_', m.id)}",
    )


def _locality_of(doc: Document) -> str:
    meta = doc.article.metadata
    if meta.primary_locality:
        return meta.primary_locality
    if meta.localities:
        return meta.localities[0].name
    return doc.id


def defuse_annotations(text: str) -> str:
    """``區(qū)`` as ``區‹qū›``: the appendix shows removed annotations without restoring them."""
    return patterns.PINYIN_ANNOTATION.sub(r"‹\1›", text)


def highlight(text: str, words: Iterable[str]) -> tuple[Segment, ...]:
    """``text`` cut into runs, marking every occurrence of ``words`` (longest first wins)."""
    marked = [False] * len(text)
    for word in sorted({w for w in words if w}, key=lambda w: (-len(w), w)):
        start = text.find(word)
        while start != -1:
            if not any(marked[start : start + len(word)]):
                marked[start : start + len(word)] = [True] * len(word)
            start = text.find(word, start + len(word))
    segments: list[Segment] = []
    for ch, flag in zip(text, marked, strict=True):
        if segments and segments[-1].mark == flag:
            segments[-1] = Segment(segments[-1].text + ch, flag)
        else:
            segments.append(Segment(ch, flag))
    return tuple(segments)


def excerpt(segments: Sequence[Segment], context: int | None) -> tuple[Segment, ...]:
    """``segments`` cut to the clauses around the marked runs, an ellipsis where text
    was cut.  Each cut falls on the clause end nearest ``context`` characters out from
    the marks (looking up to twice as far), else at ``context`` characters.  Unmarked or
    short sentences (and ``context=None``) are kept whole.
    """
    text = "".join(s.text for s in segments)
    marked = [i for i, s in enumerate(segments) if s.mark]
    if context is None or not marked or len(text) <= QUOTE_WHOLE_MAX_CHARS:
        return tuple(segments)
    starts = [0]
    for seg in segments:
        starts.append(starts[-1] + len(seg.text))
    first, last = starts[marked[0]], starts[marked[-1] + 1]
    reach = max(0, first - 2 * context)
    before = [m.end() for m in patterns.CLAUSE_END.finditer(text, reach, first)]
    after = [m.start() for m in patterns.CLAUSE_END.finditer(text, last, last + 2 * context)]
    begin = min(before, key=lambda i: abs(first - context - i), default=first - context)
    end = min(after, key=lambda i: abs(last + context - i), default=last + context)
    begin = 0 if begin <= 0 or first - context <= 0 else begin
    end = len(text) if end >= len(text) - 1 or last + context >= len(text) else end
    out: list[Segment] = []
    if begin > 0:
        out.append(Segment(ELLIPSIS, False))
    for seg, start in zip(segments, starts, strict=False):
        lo, hi = max(begin, start), min(end, start + len(seg.text))
        if lo < hi:
            out.append(Segment(seg.text[lo - start : hi - start], seg.mark))
    if end < len(text):
        out.append(Segment(ELLIPSIS, False))
    return tuple(out)


def _preview(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Builder:
    """Holds the lookups one brief needs while its view is assembled."""

    def __init__(self, brief: Brief, lang: str, mode: str) -> None:
        self.brief = brief
        self.lang = lang
        self.mode = mode
        self.t = labels(lang)
        self.docs = {d.id: d for d in brief.documents}
        # Articles with a card: only their sentences are printed, so only they are link
        # targets.  The others may come "slim" (no sentences, to bound memory): nothing
        # here may need their sentences; their citations carry the evidence's own text.
        self.carded = (
            frozenset(brief.cards) & self.docs.keys()
            if brief.cards is not None
            else frozenset(self.docs)
        )
        self.hidden = len(self.docs) - len(self.carded)  # articles without a card
        self.sentences = {
            d.id: {s.index: s for s in d.sentences} for d in brief.documents if d.id in self.carded
        }
        self.locality = {d.id: _locality_of(d) for d in brief.documents}
        self.mechs = tuple(_mechanism_label(m, lang) for m in brief.alignment.mechanisms)
        self.mech_by_id = {m.id: m for m in self.mechs}
        self.analyses = {a.article_id: a for a in brief.alignment.analyses}
        # Looked up per article and mechanism across the whole corpus (tallies, ranking).
        self.present = {
            a.article_id: frozenset(d.mechanism_id for d in a.detections if d.present)
            for a in brief.alignment.analyses
        }
        self.scores = {
            a.article_id: {d.mechanism_id: d.score for d in a.detections}
            for a in brief.alignment.analyses
        }
        self._largest: list[tuple[str, Fact]] | None = None
        self.cited: set[tuple[str, int]] = set()
        self.short = short_ids([d.id for d in brief.documents])

    def sid(self, article_id: str) -> str:
        return self.short.get(article_id, article_id)

    def place(self, article_id: str) -> str:
        """The locality an article is counted under in tallies; one label for "none"."""
        doc = self.docs.get(article_id)
        meta = doc.article.metadata if doc is not None else None
        if meta is not None and meta.primary_locality:
            return meta.primary_locality
        if meta is not None and meta.localities:
            return meta.localities[0].name
        return self.t["locality_unknown"]

    def detail_file(self) -> str:
        """The file that holds every article's sentences and cleaning log."""
        return DETAIL_FILE if self.brief.compact else JSON_FILE

    # -- citations

    def cite(
        self, article_id: str, index: int, text: str | None = None, *, shown: bool = True
    ) -> Cite:
        """A citation; ``shown=False`` for links with no printed label (chart cells),
        which then need no copy of their sentence in the PDF's article card."""
        sentence = self.sentences.get(article_id, {}).get(index)
        if sentence is None:
            return Cite(article_id, index, text or "", None, f"{self.sid(article_id)}·s{index}")
        if shown:
            self.cited.add((article_id, index))
        return Cite(
            article_id,
            index,
            sentence.text,
            anchor_for(article_id, index),
            f"{self.sid(article_id)}·s{index}",
            self._source(article_id),
        )

    def _source(self, article_id: str) -> str:
        """Where a cited article was published, when its address is known."""
        doc = self.docs.get(article_id)
        meta = doc.article.metadata if doc is not None else None
        if meta is None or not meta.url:
            return ""
        parts = (meta.outlet, format_date(meta.published, self.t) if meta.published else None)
        return " · ".join([p for p in parts if p] + [meta.url])

    def cite_citation(self, c: Citation) -> Cite:
        return self.cite(c.article_id, c.sentence_index, c.text)

    def quote(self, article_id: str, index: int, text: str, mechanism_id: str) -> Quote:
        """The sentence with the words that made it evidence of ``mechanism_id`` marked."""
        c = self.cite(article_id, index, text)
        words: tuple[str, ...] = ()
        analysis = self.analyses.get(article_id)
        if analysis is not None:
            try:
                det = analysis.detection(mechanism_id)
            except KeyError:
                det = None
            for ev in det.evidence if det else ():
                if ev.sentence_index == index:
                    words = ev.matched or ev.cues
        marked = highlight(c.text or text, words)
        shown = excerpt(marked, QUOTE_CONTEXT_CHARS[self.mode])
        doc = self.docs.get(article_id)
        last = doc is not None and bool(doc.sentences) and index == len(doc.sentences) - 1
        if looks_cut_off(text, last=last) and shown and shown[-1].text != ELLIPSIS:
            shown = (*shown, Segment(ELLIPSIS, False))  # the page cut the sentence off
        return Quote(c, shown)

    def fact(self, f: Fact) -> FactView:
        return FactView(
            text=f.text,
            kind=self._fact_label(f),
            mechanisms=tuple(
                self.mech_by_id[m].name for m in f.mechanism_ids if m in self.mech_by_id
            ),
            locality=f.locality,
            cite=self.cite(f.article_id, f.sentence_index, f.sentence),
        )

    def _fact_label(self, f: Fact) -> str:
        """The kind of a figure and, when it says more, its role ("人数·选派", "比例·成效"):
        a reader sees a weight or a goal for what it is."""
        kind = self._kind(f.kind)
        if f.role == "other":
            return kind
        try:
            return kind + self.t["fact_role_sep"] + self.t[f"role_{f.role}"]
        except KeyError:
            return kind

    def _kind(self, kind: str) -> str:
        key = f"kind_{kind}"
        try:
            return self.t[key]
        except KeyError:
            return kind

    def largest_officials(self) -> list[tuple[str, Fact]]:
        """:func:`_largest_officials`, once (the chart and a finding both need it)."""
        if self._largest is None:
            self._largest = _largest_officials(self)
        return self._largest

    def fact_locality(self, f: Fact) -> str:
        return f.locality or self.locality.get(f.article_id, f.article_id)

    def all_facts(self) -> list[Fact]:
        return [f for a in self.brief.alignment.analyses for f in a.facts]

    def strongest_cite(
        self, analysis: ArticleAnalysis, mechanism_id: str, *, shown: bool = True
    ) -> Cite | None:
        try:
            det = analysis.detection(mechanism_id)
        except KeyError:
            return None
        if not det.evidence:
            return None
        ev = det.evidence[0]
        return self.cite(analysis.article_id, ev.sentence_index, ev.text, shown=shown)


# ------------------------------------------------------------------ sections


def _glance(b: _Builder) -> Glance:
    docs = b.brief.documents
    dates = sorted(d.article.metadata.published for d in docs if d.article.metadata.published)
    if dates:
        first, last = dates[0][:4], dates[-1][:4]
        span = first if first == last else f"{first} – {last}"
    else:
        span = b.t["unknown"]
    outlets = {d.article.metadata.outlet for d in docs if d.article.metadata.outlet}
    localities = {b.locality[d.id] for d in docs}
    anywhere: frozenset[str] = frozenset().union(*b.present.values())
    seen = sum(1 for m in b.mechs if m.id in anywhere)
    rows = tuple(
        GlanceRow(
            article_id=d.id,
            short_id=b.sid(d.id),
            anchor=article_anchor(d.id),
            title=_preview(d.article.metadata.title, TITLE_PREVIEW_CHARS),
            outlet=d.article.metadata.outlet or b.t["unknown"],
            date=format_date(d.article.metadata.published, b.t),
            locality=b.locality[d.id],
        )
        for d in docs
        if d.id in b.carded
    )
    large = b.hidden > 0 or len(docs) > OVERVIEW_MIN_ARTICLES
    return Glance(
        articles=len(docs),
        localities=len(localities),
        outlets=len(outlets),
        mechanisms_seen=seen,
        mechanisms_total=len(b.mechs),
        span=span,
        rows=rows,
        rows_more=len(docs) - len(rows),
        overview=_overview(b) if large else None,
    )


def _overview(b: _Builder) -> Overview:
    docs = b.brief.documents
    unknown = b.t["unknown"]
    places = Counter(b.place(d.id) for d in docs)
    outlets = Counter(d.article.metadata.outlet or unknown for d in docs)
    years = Counter((d.article.metadata.published or "")[:4] or unknown for d in docs)
    return Overview(
        localities=_tally(places, OVERVIEW_ROWS["locality"], len(docs)),
        outlets=_tally(outlets, OVERVIEW_ROWS["outlet"], len(docs)),
        # Years read in time order; the busiest are kept if there are too many.
        years=_tally(years, OVERVIEW_ROWS["year"], len(docs), chronological=unknown),
    )


def _tally(
    counts: Counter[str], limit: int, total: int, *, chronological: str | None = None
) -> TallyList:
    """The ``limit`` largest counts (ties by label), the rest summed as "others".

    With ``chronological`` the kept rows are shown by label (years), that label last.
    """
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept, rest = ranked[:limit], ranked[limit:]
    if chronological is not None:
        kept.sort(key=lambda kv: (kv[0] == chronological, kv[0]))
    return TallyList(
        rows=tuple(Tally(label, n, _share(n, total)) for label, n in kept),
        others=len(rest),
        others_count=sum(n for _, n in rest),
    )


def _share(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}%" if total else "–"


def _present(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    try:
        return analysis.detection(mechanism_id).present
    except KeyError:
        return False


def _matrix(b: _Builder) -> MatrixView:
    if len(b.brief.alignment.analyses) > MATRIX_ARTICLE_ROWS_MAX:
        return _matrix_by_locality(b)
    return _matrix_by_article(b)


def _matrix_by_article(b: _Builder) -> MatrixView:
    analyses = b.brief.alignment.analyses
    top = max((d.score for a in analyses for d in a.detections), default=0.0)
    heat_rows: list[charts.HeatRow] = []
    rows: list[MatrixRowView] = []
    for a in analyses:
        cells: list[charts.HeatCell] = []
        flags: list[bool] = []
        for m in b.mechs:
            try:
                det = a.detection(m.id)
            except KeyError:
                det = None
            present = bool(det and det.present)
            score = det.score if det else 0.0
            # Cell links exist in the HTML only (its full texts anchor every sentence).
            cite = b.strongest_cite(a, m.id, shown=False) if det and b.mode == "screen" else None
            cells.append(
                charts.HeatCell(
                    present=present,
                    level=(score / top) if top > 0 else 0.0,
                    mention=not present and bool(det and (det.evidence or det.cues)),
                    href=cite.anchor if cite else None,
                    title=f"{m.name} · {b.locality.get(a.article_id, a.article_id)} · {score:.2f}",
                )
            )
            flags.append(present)
        label = f"{b.sid(a.article_id)}  {b.locality.get(a.article_id, a.article_id)}"
        heat_rows.append(charts.HeatRow(label, tuple(cells), sum(flags)))
        rows.append(
            MatrixRowView(
                article_id=a.article_id,
                locality=b.locality.get(a.article_id, a.article_id),
                anchor=article_anchor(a.article_id),
                present=tuple(flags),
                total=sum(flags),
            )
        )
    totals = tuple(sum(r.present[i] for r in rows) for i in range(len(b.mechs)))
    svg = charts.heatmap(
        [m.short for m in b.mechs],
        heat_rows,
        totals,
        title=b.t["matrix"],
        total_label=b.t["matrix_total"],
    )
    legend = charts.legend(
        weak=b.t["legend_weak"],
        strong=b.t["legend_strong"],
        present=b.t["legend_present"],
        mention=b.t["legend_mention"],
    )
    return MatrixView(b.mechs, tuple(rows), totals, svg, legend)


def _matrix_by_locality(b: _Builder) -> MatrixView:
    """One row per locality: how many of its articles show each mechanism, shaded by
    their share; the localities with the most (article, mechanism) presences first."""
    analyses = b.brief.alignment.analyses
    groups: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        groups.setdefault(b.place(a.article_id), []).append(a)
    counts = {
        place: tuple(sum(m.id in b.present[a.article_id] for a in group) for m in b.mechs)
        for place, group in groups.items()
    }
    ranked = sorted(groups, key=lambda p: (-sum(counts[p]), -len(groups[p]), p))
    shown = ranked[: MATRIX_LOCALITY_ROWS[b.mode]]
    heat_rows: list[charts.HeatRow] = []
    for place in shown:
        n = len(groups[place])
        cells = tuple(
            charts.HeatCell(
                present=k > 0,
                level=k / n,
                mention=False,
                # The screen links a cell to its mechanism's comparison.
                href=m.anchor if k and b.mode == "screen" else None,
                title=f"{m.name} · {place} · {k}/{n}",
                text=str(k) if k else None,
            )
            for m, k in zip(b.mechs, counts[place], strict=True)
        )
        heat_rows.append(charts.HeatRow(place, cells, n))
    totals = tuple(sum(m.id in b.present[a.article_id] for a in analyses) for m in b.mechs)
    svg = charts.heatmap(
        [m.short for m in b.mechs],
        heat_rows,
        totals,
        title=b.t["matrix"],
        total_label=b.t["matrix_articles"],
        footer=[_share(t, len(analyses)) for t in totals],
    )
    legend = charts.legend(
        weak=b.t["legend_share_none"], strong=b.t["legend_share_all"], present=None, mention=None
    )
    hidden = ranked[len(shown) :]
    return MatrixView(
        b.mechs,
        (),
        totals,
        svg,
        legend,
        by_locality=True,
        locality_rows=tuple(LocalityRowView(p, len(groups[p]), counts[p]) for p in shown),
        localities_shown=len(shown),
        localities_more=len(hidden),
        articles_more=sum(len(groups[p]) for p in hidden),
    )


def _largest_officials(b: _Builder) -> list[tuple[str, Fact]]:
    """Per locality, the largest count of officials deployed, largest first."""
    best: dict[str, Fact] = {}
    for f in b.all_facts():
        if f.kind != "officials" or f.value is None:
            continue
        if f.counts != DEPLOYED_COUNTS or f.role != DEPLOYED_ROLE or f.unit not in HEAD_UNITS:
            continue
        if not DEPLOYMENT_MECHANISMS.intersection(f.mechanism_ids):
            continue
        loc = b.fact_locality(f)
        if loc == f.article_id:
            # No place: a national total or a page naming none is no locality's
            # deployment, and a ranking of localities must not show a file name.
            continue
        if loc not in best or f.value > (best[loc].value or 0.0):
            best[loc] = f
    return sorted(best.items(), key=lambda kv: (-(kv[1].value or 0.0), kv[0]))


def _deploy(b: _Builder) -> DeployView:
    ranked = b.largest_officials()[:MAX_BARS]
    if not ranked:
        return DeployView(None, ())
    items: list[charts.Bar] = []
    cites: list[Cite] = []
    for loc, f in ranked:
        c = b.cite(f.article_id, f.sentence_index, f.sentence)
        cites.append(c)
        items.append(charts.Bar(loc, f.value or 0.0, f.text, f"[{c.label}]", c.anchor))
    return DeployView(charts.bars(items, title=b.t["deploy_chart"]), tuple(cites))


def _join(b: _Builder, names: Iterable[str]) -> str:
    return b.t["list_sep"].join(names)


def _findings(b: _Builder) -> tuple[Finding, ...]:
    al = b.brief.alignment
    n_articles = len(al.analyses)
    found: list[Finding] = []

    shared = [m for m in al.shared if m in b.mech_by_id]
    if shared and n_articles > 1:
        # Cite articles with a card first: on paper their citations carry a page.
        ordered = sorted(al.analyses, key=lambda a: a.article_id not in b.carded)
        cites = []
        for a in ordered:
            c = b.strongest_cite(a, shared[0])
            if c:
                cites.append(c)
            if len(cites) == MAX_CITES_PER_FINDING:
                break
        found.append(
            Finding(
                b.t.fmt(
                    "finding_shared",
                    n=f"{n_articles:,}",
                    mechanisms=_join(b, (b.mech_by_id[m].name for m in shared[:MAX_SHARED_NAMED])),
                ),
                b.t["finding_shared_detail"],
                tuple(cites[:MAX_CITES_PER_FINDING]),
            )
        )

    largest = _largest_finding(b)
    if largest is not None:
        found.append(largest)

    result = _result_finding(b)
    if result is not None:
        found.append(result)

    if n_articles > 1:
        uniques = []
        for mech_id, article_id in al.unique:
            if mech_id not in b.mech_by_id or article_id not in b.analyses:
                continue
            if _hinted_elsewhere(b, mech_id, article_id):
                continue
            det_score = _score(b.analyses[article_id], mech_id)
            uniques.append((-det_score, mech_id, article_id))
        for _, mech_id, article_id in sorted(uniques)[:MAX_UNIQUE_FINDINGS]:
            c = b.strongest_cite(b.analyses[article_id], mech_id)
            found.append(
                Finding(
                    b.t.fmt(
                        "finding_unique",
                        locality=f"{b.locality.get(article_id, article_id)}（{b.sid(article_id)}）"
                        if b.lang == "zh"
                        else f"{b.locality.get(article_id, article_id)} ({b.sid(article_id)})",
                        mechanism=b.mech_by_id[mech_id].name,
                    ),
                    b.t.fmt("finding_unique_detail", others=f"{n_articles - 1:,}"),
                    (c,) if c else (),
                )
            )

    similar = _most_similar(b)
    if similar is not None and len(found) < MAX_FINDINGS:
        found.append(similar)

    if len(found) < MAX_FINDINGS and n_articles >= MIN_COMPARED and b.mechs:
        breadth = _breadth_finding(b)
        if breadth is not None:
            found.append(breadth)
    return tuple(found[:MAX_FINDINGS])


def _has_place(b: _Builder, article_id: str) -> bool:
    doc = b.docs.get(article_id)
    meta = doc.article.metadata if doc is not None else None
    return meta is not None and bool(meta.primary_locality or meta.localities)


def _hinted_elsewhere(b: _Builder, mechanism_id: str, article_id: str) -> bool:
    """Whether another article shows any cue of the mechanism, though too weakly to count
    it present.  "Only X reports it" is then unsure (a missed detection makes it false,
    the worst defect a brief can have), so the finding is not made."""
    for a in b.brief.alignment.analyses:
        if a.article_id == article_id:
            continue
        try:
            det = a.detection(mechanism_id)
        except KeyError:
            continue
        if det.cues or det.score > 0:
            return True
    return False


def _most_similar(b: _Builder) -> Finding | None:
    """The two articles from different localities whose practice is most alike.  Only
    articles with a place (a file id is no locality to compare) sharing at least
    ``MIN_SHARED_FOR_ALIKE`` mechanisms: one shared mechanism makes no likeness."""
    pairs = [
        p
        for p in b.brief.alignment.similarity
        if p.a in b.analyses
        and p.b in b.analyses
        and _has_place(b, p.a)
        and _has_place(b, p.b)
        and b.locality.get(p.a) != b.locality.get(p.b)
        and len(p.shared_mechanisms) >= MIN_SHARED_FOR_ALIKE
    ]
    if not pairs:
        return None
    top = max(p.score for p in pairs)
    tied = [p for p in pairs if p.score == top]
    # Equally alike in words: the pair sharing more mechanisms says more; then input order.
    order = {a.article_id: i for i, a in enumerate(b.brief.alignment.analyses)}
    best = min(tied, key=lambda p: (-len(p.shared_mechanisms), order[p.a], order[p.b]))
    shared = [b.mech_by_id[m] for m in best.shared_mechanisms if m in b.mech_by_id]
    cites = (
        [
            c
            for article_id in (best.a, best.b)
            if (c := b.strongest_cite(b.analyses[article_id], shared[0].id)) is not None
        ]
        if shared
        else []
    )
    detail = b.t.fmt("finding_similar_detail", mechanisms=_join(b, (m.name for m in shared)))
    if len(tied) > 1:
        detail += b.t.fmt("finding_similar_tied", n=f"{len(tied) - 1:,}")
    return Finding(
        b.t.fmt(
            "finding_similar",
            a=b.locality.get(best.a, best.a),
            b=b.locality.get(best.b, best.b),
            n=len(shared),
        ),
        detail,
        tuple(cites),
    )


def _named(b: _Builder, names: Sequence[str]) -> str:
    """The names joined ("A、B、C"); past ``MAX_TIED_NAMED`` the rest counted ("A、B、C 等
    7 个地区")."""
    shown = _join(b, names[:MAX_TIED_NAMED])
    if len(names) <= MAX_TIED_NAMED:
        return shown
    return shown + b.t.fmt(
        "localities_more", n=f"{len(names) - MAX_TIED_NAMED:,}", total=f"{len(names):,}"
    )


def _largest_finding(b: _Builder) -> Finding | None:
    """The largest deployment; localities that state the same largest count share it.
    Nothing when fewer than two articles state one: "largest" of one report is no
    finding."""
    ranked = b.largest_officials()
    # two places of one article (a city and the district it sends to) are one report
    if len({f.article_id for _, f in ranked}) < MIN_COMPARED:
        return None
    top = ranked[0][1].value
    tied = [(loc, f) for loc, f in ranked if f.value == top]
    # the runner-up comes from another report: a second place of the same article (where
    # its cadres were sent) is no comparison
    tied_articles = {f.article_id for _, f in tied}
    rest = [(loc, f) for loc, f in ranked[len(tied) :] if f.article_id not in tied_articles]
    loc, f = tied[0]
    detail = (
        b.t.fmt("finding_largest_detail", runner_up=f"{rest[0][0]} {rest[0][1].text}")
        if rest
        else b.t["finding_largest_alone"]
    )
    headline = (
        b.t.fmt("finding_largest", locality=loc, figure=f.text)
        if len(tied) == 1
        else b.t.fmt(
            "finding_largest_tied",
            localities=_named(b, [name for name, _ in tied]),
            n=f"{len(tied):,}",
            figure=f.text,
        )
    )
    # One citation, as for a single place: the chart below cites every tied place.
    return Finding(headline, detail, (b.cite(f.article_id, f.sentence_index, f.sentence),))


def _result_finding(b: _Builder) -> Finding | None:
    """The strongest measured result; how many other articles report one as large.  When
    fewer than two articles report a comparable result (a change in the same unit), the
    one found is stated without a superlative."""
    tied, compared = _strongest_results(b)
    if not tied:
        return None
    result = tied[0]
    if compared < MIN_COMPARED:
        return Finding(
            b.t.fmt("finding_result_one", locality=b.fact_locality(result), figure=result.text),
            b.t["finding_result_one_detail"],
            (b.cite(result.article_id, result.sentence_index, result.sentence),),
        )
    others = len({f.article_id for f in tied} - {result.article_id})
    detail = b.t["finding_result_detail"]
    if others:
        detail += b.t.fmt("finding_result_tied", n=f"{others:,}")
    return Finding(
        b.t.fmt("finding_result", locality=b.fact_locality(result), figure=result.text),
        detail,
        (b.cite(result.article_id, result.sentence_index, result.sentence),),
    )


def _evidence_total(analysis: ArticleAnalysis) -> float:
    """The detection scores of the mechanisms an article shows, added up."""
    return sum(d.score for d in analysis.detections if d.present)


def _breadth_finding(b: _Builder) -> Finding | None:
    """The article showing the most mechanisms.  When several show as many (a large
    corpus has dozens with all nine), the finding counts them and cites the one with the
    strongest evidence in total, the earliest in input order of equal strength.  Nothing
    when another article shows or hints at as many: the lead is not sure."""
    counts = {
        a.article_id: sum(1 for d in a.detections if d.present and d.mechanism_id in b.mech_by_id)
        for a in b.brief.alignment.analyses
    }
    most = max(counts.values())
    if most < 2:
        return None
    tied = [a for a in b.brief.alignment.analyses if counts[a.article_id] == most]
    # unsure: another article might show as many, its cues of the rest too weak to count
    # (a missed detection would make "broadest" false)
    tied_ids = {a.article_id for a in tied}
    if any(
        _possible_count(b, a) >= most
        for a in b.brief.alignment.analyses
        if a.article_id not in tied_ids
    ):
        return None
    broadest = max(tied, key=_evidence_total)  # max keeps the first of equal totals
    present = [
        b.mech_by_id[d.mechanism_id]
        for d in broadest.detections
        if d.present and d.mechanism_id in b.mech_by_id
    ]
    cites = tuple(c for m in present if (c := b.strongest_cite(broadest, m.id)))
    cites = cites[:MAX_CITES_PER_FINDING]
    locality = b.locality.get(broadest.article_id, broadest.article_id)
    if len(tied) == 1:
        return Finding(
            b.t.fmt("finding_breadth", locality=locality, n=most, total=len(b.mechs)),
            b.t.fmt("finding_breadth_detail", mechanisms=_join(b, (m.name for m in present))),
            cites,
        )
    places = {b.locality.get(a.article_id, a.article_id) for a in tied}
    return Finding(
        b.t.fmt("finding_breadth_tied", count=f"{len(tied):,}", n=most, total=len(b.mechs)),
        b.t.fmt(
            "finding_breadth_tied_detail",
            localities=f"{len(places):,}",
            locality=locality,
            id=b.sid(broadest.article_id),
        ),
        cites,
    )


def _possible_count(b: _Builder, analysis: ArticleAnalysis) -> int:
    """The mechanisms an article shows or hints at (a cue fired below the threshold)."""
    return sum(
        1
        for d in analysis.detections
        if d.mechanism_id in b.mech_by_id and (d.present or d.cues or d.score > 0)
    )


def _score(analysis: ArticleAnalysis, mechanism_id: str) -> float:
    try:
        return analysis.detection(mechanism_id).score
    except KeyError:
        return 0.0


def _strongest_results(b: _Builder) -> tuple[list[Fact], int]:
    """The result changes with the largest relative change, the representative first (of
    equal size, the larger absolute change, then input order), and how many articles
    report a change in that unit.  Only changes whose role is a result, and only of the
    unit most articles report (a share of tasks done is no rank position or sum of
    money): a share stated alone (满意度98%, 成绩占50%) is never compared."""
    candidates: list[Fact] = [
        f
        for c in b.brief.alignment.comparisons
        for r in c.rows
        for f in r.result
        if f.kind == "change"
        and f.role == RESULT_ROLE
        and f.before is not None
        and f.after is not None
    ]
    if not candidates:
        return [], 0
    order = {a.article_id: i for i, a in enumerate(b.brief.alignment.analyses)}
    by_unit: dict[str, set[str]] = {}
    for f in candidates:
        by_unit.setdefault(f.unit or "", set()).add(f.article_id)
    # the unit most articles report; of equal support, the one met first in input order
    first_seen = {u: min(order.get(a, len(order)) for a in arts) for u, arts in by_unit.items()}
    unit = min(by_unit, key=lambda u: (-len(by_unit[u]), first_seen[u], u))
    changes = [f for f in candidates if (f.unit or "") == unit]

    def first(f: Fact) -> tuple[float, int, int]:
        gain = abs((f.after or 0.0) - (f.before or 0.0))
        return (-gain, order.get(f.article_id, len(order)), f.sentence_index)

    top = max(_relative_change(f) for f in changes)
    tied = sorted(
        (
            f
            for f in changes
            if math.isclose(_relative_change(f), top, rel_tol=RESULT_TIE_TOLERANCE)
        ),
        key=first,
    )
    return tied, len(by_unit[unit])


def _relative_change(f: Fact) -> float:
    before, after = f.before or 0.0, f.after or 0.0
    return abs(after - before) / abs(before) if before else abs(after)


def _row_view(b: _Builder, row: ComparisonRow, mechanism_id: str) -> ComparisonRowView:
    def facts(items: Sequence[Fact]) -> tuple[FactView, ...]:
        return tuple(b.fact(f) for f in items[:MAX_FACTS_PER_CELL])

    ids = row.article_ids
    shown = ids[:MAX_IDS_PER_ROW]
    if len(ids) > MAX_IDS_PER_ROW:
        # Articles the reader can open (a card) first, then the strongest evidence;
        # the first few of the sorted order (nsmallest is sorted()[:n], stable) without
        # sorting a large corpus's thousands.
        shown = tuple(
            heapq.nsmallest(
                MAX_IDS_PER_ROW,
                ids,
                key=lambda a: (a not in b.carded, -_score_of(b, a, mechanism_id)),
            )
        )
    return ComparisonRowView(
        locality=row.locality,
        article_ids=tuple(b.sid(a) for a in shown),
        who=facts(row.who),
        how_many=facts(row.how_many),
        how_long=facts(row.how_long),
        where=row.where[:MAX_FACTS_PER_CELL],
        result=facts(row.result),
        quotes=tuple(
            b.quote(q.article_id, q.sentence_index, q.text, mechanism_id)
            for q in row.quotes[: MAX_QUOTES_PER_ROW[b.mode]]
        ),
        ids_total=len(ids),
        ids_more=max(0, len(ids) - MAX_IDS_PER_ROW),
    )


_NO_SCORES: dict[str, float] = {}


def _score_of(b: _Builder, article_id: str, mechanism_id: str) -> float:
    return b.scores.get(article_id, _NO_SCORES).get(mechanism_id, 0.0)


def _strongest_rows(
    b: _Builder, rows: Sequence[ComparisonRow], mechanism_id: str
) -> list[ComparisonRow]:
    """The localities to show, at most MAX_LOCALITIES_PER_MECHANISM: when some must go,
    those with the strongest evidence (best detection score of their articles, then
    the facts they bring), strongest first; otherwise all, in the alignment's order."""
    limit = MAX_LOCALITIES_PER_MECHANISM[b.mode]
    if len(rows) <= limit:
        return list(rows)

    def strength(row: ComparisonRow) -> tuple[float, int, int, str]:
        best = max((_score_of(b, a, mechanism_id) for a in row.article_ids), default=0.0)
        n_facts = len(row.who) + len(row.how_many) + len(row.how_long) + len(row.result)
        return (-best, -n_facts, -len(row.article_ids), row.locality)

    return sorted(rows, key=strength)[:limit]


def _fallback_rows(b: _Builder, mechanism_id: str) -> list[ComparisonRow]:
    """Rows from the detections alone, when the alignment has no comparison for a
    mechanism: one per article showing it, with its strongest evidence as the quote."""
    rows = []
    for a in b.brief.alignment.analyses:
        if not _present(a, mechanism_id):
            continue
        det = a.detection(mechanism_id)
        rows.append(
            ComparisonRow(
                locality=b.locality.get(a.article_id, a.article_id),
                article_ids=(a.article_id,),
                who=(),
                how_many=(),
                how_long=(),
                where=(),
                result=(),
                quotes=tuple(
                    Citation(a.article_id, e.sentence_index, e.text) for e in det.evidence
                ),
            )
        )
    return sorted(rows, key=lambda r: r.locality)


def _mechanism_sections(
    b: _Builder,
) -> tuple[tuple[MechanismSection, ...], tuple[MechanismLabel, ...]]:
    by_id: dict[str, MechanismComparison] = {
        c.mechanism_id: c for c in b.brief.alignment.comparisons
    }
    sections: list[MechanismSection] = []
    absent: list[MechanismLabel] = []
    for m in b.mechs:
        comp = by_id.get(m.id)
        rows = list(comp.rows) if comp and comp.rows else _fallback_rows(b, m.id)
        if not rows:
            absent.append(m)
            continue
        shown = _strongest_rows(b, rows, m.id)
        sections.append(
            MechanismSection(
                m,
                tuple(_row_view(b, r, m.id) for r in shown),
                total=len(rows),
                more=len(rows) - len(shown),
            )
        )
    return tuple(sections), tuple(absent)


def _other(b: _Builder) -> tuple[OtherPracticeView, ...]:
    limit = MAX_CITES_PER_PRACTICE[b.mode]
    return tuple(
        OtherPracticeView(
            p.label,
            p.keywords,
            tuple(b.cite_citation(c) for c in p.citations[:limit]),
            cites_more=max(0, len(p.citations) - limit),
        )
        for p in b.brief.alignment.other_practices[: MAX_OTHER_PRACTICES[b.mode]]
    )


def _sentence_view(
    article_id: str, sentences: Mapping[int, Sentence], anchored: set[int], index: int
) -> SentenceView:
    """A sentence occurrence; only its first occurrence in a card carries the anchor."""
    s = sentences[index]
    anchor = None if index in anchored else anchor_for(article_id, index)
    anchored.add(index)
    return SentenceView(index, s.text, anchor, s.paragraph)


def _key_figures(facts: Sequence[Fact], limit: int) -> list[Fact]:
    """The ``limit`` figures a card shows, in document order: officials acted on and
    results first, then goals, weights and terms, then the rest; never a rank (the
    matrix shows it) or an anniversary (a date, not a figure of the practice)."""
    numbers = [
        (i, f) for i, f in enumerate(facts) if f.kind != "rank" and f.role not in NO_FIGURE_ROLES
    ]
    kept = sorted(
        numbers, key=lambda p: (FIGURE_ROLE_RANK.get(p[1].role, len(FIGURE_ROLE_RANK)), p[0])
    )
    return [f for _, f in sorted(kept[:limit], key=lambda p: p[0])]


def _cards(b: _Builder) -> tuple[ArticleCard, ...]:
    # Runs last: every citation made so far decides which sentences a card must show.
    cards = []
    summaries = {s.article_id: s for s in b.brief.summaries}
    # Figures cite sentences too: make them all before any card lists its cited sentences.
    figures_max = MAX_FIGURES_PER_CARD_SELECTED if b.hidden else MAX_FIGURES_PER_CARD
    # Only the figures shown are cited: a card lists the sentences the brief cites.
    figures_of = {
        doc.id: tuple(
            b.fact(f)
            for f in _key_figures(
                b.analyses[doc.id].facts if doc.id in b.analyses else (), figures_max
            )
        )
        for doc in b.brief.documents
        if doc.id in b.carded
    }
    # A large corpus shows the cards chosen by --cards (reporter.corpus.cards); the JSON
    # keeps every article.
    for doc in b.brief.documents:
        if doc.id not in b.carded:
            continue
        meta = doc.article.metadata
        summary = summaries.get(doc.id)
        in_summary = [p.sentence_index for p in summary.sentences] if summary else []
        sentences = b.sentences[doc.id]
        anchored: set[int] = set()

        def view(i: int) -> SentenceView:
            return _sentence_view(doc.id, sentences, anchored, i)  # noqa: B023 (used at once)

        summary_views = tuple(view(i) for i in in_summary if i in sentences)
        cited_views = tuple(
            view(i) for (aid, i) in sorted(b.cited) if aid == doc.id and i not in anchored
        )
        full = tuple(view(s.index) for s in doc.sentences) if b.mode == "screen" else ()
        analysis = b.analyses.get(doc.id)
        cards.append(
            ArticleCard(
                id=doc.id,
                short_id=b.sid(doc.id),
                anchor=article_anchor(doc.id),
                title=meta.title,
                title_derived=meta.title_derived,
                outlet=meta.outlet or b.t["unknown"],
                published=format_date(meta.published, b.t),
                reposted=format_date(meta.reposted, b.t) if meta.reposted else None,
                locality=b.locality[doc.id],
                localities=tuple(loc.name for loc in meta.localities),
                source_path=shown_path(doc.article.source_path, b.brief.input_roots),
                mechanisms=tuple(
                    m.name for m in b.mechs if analysis is not None and _present(analysis, m.id)
                ),
                summary=summary_views,
                cited=cited_views,
                full_text=full,
                keywords=tuple(k.word for k in (summary.keywords if summary else ()))[
                    :MAX_KEYWORDS
                ],
                figures=figures_of[doc.id],
                url=meta.url,
                given=bool(meta.given),
                note=meta.note,
            )
        )
    return tuple(cards)


def _step_overview(b: _Builder) -> tuple[StepOverviewRow, ...]:
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
    return bool(patterns.INVISIBLE.sub("", text))


def _quality_totals(b: _Builder) -> QualityTotals:
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
                kind_example[r.kind] = defuse_annotations(_preview(r.text, REMOVAL_PREVIEW_CHARS))
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


def _quality(b: _Builder) -> tuple[QualityEntry, ...]:
    out = []
    for doc in b.brief.documents:
        if doc.id not in b.carded:
            continue
        rep = doc.article.cleaning
        by_kind: dict[str, list[tuple[str, str]]] = {}
        for r in rep.removed:
            by_kind.setdefault(r.kind, []).append(
                (
                    defuse_annotations(_preview(r.text, REMOVAL_PREVIEW_CHARS)),
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
                title=_preview(doc.article.metadata.title, TITLE_PREVIEW_CHARS),
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


def _date_label(brief: Brief, t: Labels, param: bool = False) -> str:
    """The brief's date named for what it is: a build date only when the builder gave
    one (SOURCE_DATE_EPOCH); otherwise the newest article's date."""
    key = "generated" if brief.generated_from == "SOURCE_DATE_EPOCH" else "newest_article_date"
    return t[f"param_{key}" if param else key]


def _date_param(b: _Builder) -> tuple[str, str]:
    return _date_label(b.brief, b.t, param=True), b.brief.generated or b.t["unknown"]


def _methods(b: _Builder) -> Methods:
    params = (
        (b.t["param_engine"], b.brief.engine),
        (b.t["param_sentences"], str(b.brief.summary_sentences)),
        _date_param(b),
        (b.t["param_lang"], b.t["lang_name"]),
    )
    return Methods(
        steps=tuple(
            patterns.STEP_NUMBER.sub("", line)
            for line in b.t["steps_description"].splitlines()
            if line.strip()
        ),
        params=params,
        versions=b.brief.versions,
        taxonomy=b.mechs,
    )


def build_view(brief: Brief, lang: str, mode: str) -> BriefView:
    """The template context for ``brief.html`` in ``mode`` "screen" (HTML) or "print" (PDF)."""
    if mode not in ("screen", "print"):
        raise ValueError(f"unknown render mode {mode!r}")
    b = _Builder(brief, lang, mode)
    glance = _glance(b)
    findings = _findings(b)
    matrix = _matrix(b)
    deploy = _deploy(b)
    sections, absent = _mechanism_sections(b)
    other = _other(b)
    cards = _cards(b)  # last: it anchors every sentence cited above
    keyword_counts: Counter[str] = Counter(k for c in cards for k in c.keywords)
    large = glance.overview is not None
    skipped = tuple(
        (shown_path(s.source_path, brief.input_roots), b.t.skip_reason(s.reason))
        for s in brief.skipped
    )
    shown_skipped = skipped[: MAX_SKIPPED_SHOWN[mode]]
    id_chars = max((len(i) for i in b.short.values()), default=0)
    return BriefView(
        lang=lang,
        mode=mode,
        t=b.t,
        title=b.t["doc_title"],
        generated=brief.generated,
        generated_display=format_date(brief.generated, b.t) if brief.generated else "",
        date_label=_date_label(brief, b.t),
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
        quality=_quality(b),
        # A table with a column per article only while the articles fit across a page.
        step_overview=() if large else _step_overview(b),
        skipped=shown_skipped,
        methods=_methods(b),
        keywords_meta=", ".join(
            [m.name for m in matrix.mechanisms]
            + [k for k, _ in sorted(keyword_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]
        ),
        articles_more=b.hidden,
        quality_totals=_quality_totals(b) if large else None,
        skipped_more=len(skipped) - len(shown_skipped),
        detail_file=b.detail_file(),
        long_ids=id_chars > SHORT_ID_NARROW_MAX,
        id_chars=id_chars,
        timeline=_timeline(b),
    )


def _timeline(b: _Builder) -> TimelineView:
    keys = [MechanismKey(m.id, i, m.name, m.anchor) for i, m in enumerate(b.mechs, start=1)]
    anchors = {a: article_anchor(a) for a in b.carded}
    undated = sum(1 for d in b.brief.documents if article_date(d) is None)
    return build_timeline_view(b.brief.timeline, keys, b.t, anchors, undated)
