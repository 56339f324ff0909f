"""The records every section cites with, and :class:`Builder`, the lookups one brief
needs while its view is assembled."""

from __future__ import annotations

from dataclasses import dataclass

from reporter.brief import DETAIL_FILE, Brief
from reporter.compare.model import (
    ArticleAnalysis,
    Citation,
    Fact,
    Mechanism,
)
from reporter.models import Document
from reporter.render import resources
from reporter.render.labels import labels
from reporter.render.names import FILE_NAMES
from reporter.render.view.text import (
    ELLIPSIS,
    Segment,
    anchor_for,
    excerpt,
    format_date,
    highlight,
    short_ids,
)
from reporter.split import looks_cut_off

# Characters of context kept on each side of the marked words when a quote is cut to an
# excerpt; ``None`` quotes the whole sentence.  On paper the whole sentence is one citation
# away (the article card lists it); twenty characters keep the clause around the cue words.
QUOTE_CONTEXT_CHARS: dict[str, int | None] = {"print": 20, "screen": None}


# The brief's JSON, named in the notes that send the reader there.
JSON_FILE = FILE_NAMES["json"]


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
class Quote:
    """An evidence sentence, its cue words marked, with its citation; on paper a long
    sentence is cut to the clause around the marks (see :func:`excerpt`)."""

    cite: Cite
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class MechanismLabel:
    """A mechanism of the taxonomy as the brief names it, and its section's anchor."""

    id: str
    name: str  # in the brief's language
    name_zh: str
    name_en: str
    short: str  # for chart headings
    definition: str
    anchor: str  # "m-task_force"


@dataclass(frozen=True)
class FactView:
    """A figure an article states, labelled by kind and role, with its citation."""

    text: str  # as written, e.g. "1628名"
    kind: str  # label in the brief's language, with the role when it says more ("人数·选派")
    mechanisms: tuple[str, ...]  # mechanism names
    locality: str | None
    cite: Cite


def mechanism_label(m: Mechanism, lang: str) -> MechanismLabel:
    name = m.name_zh if lang == "zh" else (m.name_en or m.name_zh)
    short = name.split("/")[0].strip() or name
    return MechanismLabel(
        id=m.id,
        name=name,
        name_zh=m.name_zh,
        name_en=m.name_en,
        short=short,
        definition=m.definition_zh if lang == "zh" and m.definition_zh else m.definition,
        anchor=f"m-{resources.ANCHOR_UNSAFE.sub('_', m.id)}",
    )


def locality_of(doc: Document) -> str:
    meta = doc.article.metadata
    if meta.primary_locality:
        return meta.primary_locality
    if meta.localities:
        return meta.localities[0].name
    return doc.id


def present(analysis: ArticleAnalysis, mechanism_id: str) -> bool:
    det = analysis.find_detection(mechanism_id)
    return det is not None and det.present


class Builder:
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
        self.locality = {d.id: locality_of(d) for d in brief.documents}
        self.mechs = tuple(mechanism_label(m, lang) for m in brief.alignment.mechanisms)
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
            det = analysis.find_detection(mechanism_id)
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

    def fact_locality(self, f: Fact) -> str:
        return f.locality or self.locality.get(f.article_id, f.article_id)

    def all_facts(self) -> list[Fact]:
        return [f for a in self.brief.alignment.analyses for f in a.facts]

    def strongest_cite(
        self, analysis: ArticleAnalysis, mechanism_id: str, *, shown: bool = True
    ) -> Cite | None:
        det = analysis.find_detection(mechanism_id)
        if det is None or not det.evidence:
            return None
        ev = det.evidence[0]
        return self.cite(analysis.article_id, ev.sentence_index, ev.text, shown=shown)
