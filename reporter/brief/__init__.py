"""The brief as data: every stage's output gathered, and its JSON form.

``brief.json`` is the contract other tools rely on; its JSON Schema is
``reporter/schema/brief.schema.json`` and :func:`to_json` must validate against it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from typing import Any, Literal

import orjson

from reporter import __version__
from reporter.brief.timeline import TimelineEntry, build_timeline
from reporter.compare.model import Alignment, ArticleAnalysis
from reporter.corpus.reposts import RepostGroup
from reporter.models import Document, Skipped, Summary
from reporter.settings import Detector, Settings

# 1.2: facts carry counts, counts_detail and role; 1.3: timeline; 1.4: generator.detector,
# detections' judged, evidence's act; 1.5: findings.
SCHEMA_VERSION = "1.5"
# The JSON Lines companion of brief.json: one full record per article, repost copies
# included (see :func:`article_record`).
DETAIL_FILE = "articles.jsonl"

# Where the brief's date comes from: the builder's SOURCE_DATE_EPOCH (a build date), the
# newest article's publication or re-post date, or nowhere (no input has a date).  Never
# the clock: the same inputs give the same brief.
DateBasis = Literal["SOURCE_DATE_EPOCH", "newest_article", "none"]

# Libraries whose versions change results; listed in the methods section and the JSON.
_VERSIONED = ("jieba", "textrank4zh", "opencc", "jinja2", "weasyprint", "networkx", "numpy")


@dataclass(frozen=True)
class Brief:
    """Everything the renderers need, and nothing they must compute."""

    schema_version: str
    # YYYY-MM-DD from SOURCE_DATE_EPOCH or the newest input date (``generated_from``
    # says which); None when no input has a date, rather than a made-up 1970-01-01.
    generated: str | None
    engine: str
    summary_sentences: int
    documents: tuple[Document, ...]
    summaries: tuple[Summary, ...]  # same order as documents
    alignment: Alignment
    skipped: tuple[Skipped, ...]
    versions: tuple[tuple[str, str], ...]  # (package, version), reporter first
    # Copies of one story from several sites; `documents` holds only each group's kept
    # copy, so the matrix and the findings count a story once.
    reposts: tuple[RepostGroup, ...] = ()
    # Ids of the articles the brief shows as cards (reporter.corpus.cards); None: all.
    cards: tuple[str, ...] | None = None
    # A large corpus: documents outside ``cards`` are held without their sentences and
    # their script-as-published text (memory), and brief.json lists each article
    # compactly; the full records are in DETAIL_FILE.
    compact: bool = False
    generated_from: DateBasis = "newest_article"
    # The folders the inputs were found in (a file's own folder): paths are shown
    # relative to them in the PDF and HTML (reporter.ingest.provenance.shown_path).
    input_roots: tuple[str, ...] = ()
    # When each locality is reported using each mechanism (reporter.brief.timeline).
    timeline: tuple[TimelineEntry, ...] = ()
    # What decided the mechanisms: "act_model" (the cue rules' candidate sentences judged
    # by reporter.compare.act_model) or "rules" (--rules-only, or a replaced taxonomy).
    detector: Detector = "act_model"
    # The executive page's findings as plain records (kind, sentences, the claim in ids,
    # the cited sentences), composed in the brief's language by the renderer
    # (reporter.render.view.findings.findings_json) just before brief.json is written;
    # None when no renderer composed them (to_json of a bare Brief), and then brief.json
    # has no ``findings`` member.
    findings: tuple[dict[str, Any], ...] | None = None


def _versions() -> tuple[tuple[str, str], ...]:
    out = [("reporter", __version__)]
    for name in _VERSIONED:
        try:
            out.append((name, importlib_metadata.version(name)))
        except importlib_metadata.PackageNotFoundError:
            continue
    return tuple(out)


def generation_date(docs: Sequence[Document]) -> tuple[str | None, DateBasis]:
    """The brief's date and where it comes from; it depends on the inputs (and on
    SOURCE_DATE_EPOCH), never on the clock, so builds are reproducible.  Without
    SOURCE_DATE_EPOCH it is the newest article's date, and is labelled so."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        date = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
        return date, "SOURCE_DATE_EPOCH"
    dates = [d.article.metadata.published for d in docs if d.article.metadata.published]
    dates += [d.article.metadata.reposted for d in docs if d.article.metadata.reposted]
    return (max(dates), "newest_article") if dates else (None, "none")


def make_brief(
    settings: Settings,
    docs: Sequence[Document],
    summaries: Sequence[Summary],
    alignment: Alignment,
    skipped: Sequence[Skipped],
) -> Brief:
    engine = summaries[0].engine if summaries else (settings.engine or "")
    generated, generated_from = generation_date(docs)
    return Brief(
        schema_version=SCHEMA_VERSION,
        generated=generated,
        generated_from=generated_from,
        engine=engine,
        detector=settings.detector,
        summary_sentences=settings.sentences,
        documents=tuple(docs),
        summaries=tuple(summaries),
        alignment=alignment,
        skipped=tuple(sorted(skipped, key=lambda s: s.source_path)),
        versions=_versions(),
        input_roots=_input_roots(settings),
        timeline=build_timeline(docs, alignment.analyses, [m.id for m in alignment.mechanisms]),
    )


def _input_roots(settings: Settings) -> tuple[str, ...]:
    roots = []
    for path in settings.resolved_inputs():
        root = path if path.is_dir() else path.parent
        roots.append(root.absolute().as_posix())
    return tuple(dict.fromkeys(roots))


def document_json(doc: Document) -> dict[str, Any]:
    """An article's metadata, cleaning record and sentences (also ``reporter clean --json``)."""
    art = doc.article
    meta = art.metadata
    out: dict[str, Any] = {
        "id": art.id,
        "source_path": art.source_path,
        "url": meta.url,
        "title": meta.title,
        "title_derived": meta.title_derived,
        "outlet": meta.outlet,
        "published": meta.published,
        "reposted": meta.reposted,
        "reporters": list(meta.reporters),
        "localities": _plain(meta.localities),
        "primary_locality": meta.primary_locality,
        "script": art.cleaning.script,
        "cleaning": {
            "chars_in": art.cleaning.chars_in,
            "chars_out": art.cleaning.chars_out,
            "steps": _plain(art.cleaning.steps),
            "removed": _plain(art.cleaning.removed),
        },
        "sentences": [
            {
                "index": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "original": s.original,
            }
            for s in doc.sentences
        ],
    }
    if meta.given:  # only what the user gave: an article without a sidecar is unchanged
        out["given"] = list(meta.given)
    if meta.note:
        out["note"] = meta.note
    return out


def summary_json(summary: Summary) -> dict[str, Any]:
    """An engine's picks and keywords (also ``reporter summarize --json``)."""
    return {
        "engine": summary.engine,
        "summary": [
            {"sentence_index": p.sentence_index, "text": p.text, "score": p.score}
            for p in summary.sentences
        ],
        "keywords": [k.word for k in summary.keywords],
        "keywords_tfidf": [k.word for k in summary.tfidf_keywords],
    }


def _article_json(
    doc: Document, summary: Summary, analysis: ArticleAnalysis, compact: bool
) -> dict[str, Any]:
    out = document_json(doc)
    out.update(summary_json(summary))
    del out["engine"]
    if compact:
        # Sentences, cleaning log and facts are the bulk (about 30 KB an article);
        # DETAIL_FILE has them.
        del out["sentences"]
        del out["cleaning"]["steps"]
        del out["cleaning"]["removed"]
        out["detail"] = DETAIL_FILE
    else:
        out["facts"] = [_fact_json(f) for f in analysis.facts]
    return out


def _matrix_row(analysis: ArticleAnalysis, evidence: bool = True) -> dict[str, Any]:
    return {
        d.mechanism_id: {
            "present": d.present,
            "score": d.score,
            "threshold": d.threshold,
            "judged": d.judged,
            "cues": list(d.cues),
            "negative_cues": list(d.negative_cues),
            "evidence": _plain(d.evidence) if evidence else [],
        }
        for d in analysis.detections
    }


def article_line(doc: Document, summary: Summary, analysis: ArticleAnalysis) -> bytes:
    """:func:`article_record` as one line of :data:`DETAIL_FILE` (UTF-8, newline-ended)."""
    return orjson.dumps(article_record(doc, summary, analysis), option=orjson.OPT_APPEND_NEWLINE)


def article_record(doc: Document, summary: Summary, analysis: ArticleAnalysis) -> dict[str, Any]:
    """One line of :data:`DETAIL_FILE`: the article as brief.json lists it in full, plus
    its row of the mechanism matrix (``$defs/article_record`` in the schema)."""
    out = _article_json(doc, summary, analysis, compact=False)
    out["matrix"] = _matrix_row(analysis)
    return out


def _fact_json(fact: Any) -> dict[str, Any]:
    return _plain(fact)  # type: ignore[no-any-return]


def _plain(record: Any) -> Any:
    """A record (dataclasses, tuples, nested) as plain JSON values: dicts with the fields
    in declaration order, lists for tuples.  orjson's round trip gives what
    ``dataclasses.asdict`` plus tuple-to-list conversion gives, without the deep copies
    that were nine tenths of building a large corpus's brief.json."""
    return orjson.loads(orjson.dumps(record))


@dataclass(frozen=True)
class Items:
    """A long list member of brief.json, made item by item as it is written (see
    :func:`json_members`)."""

    pending: Iterable[Any]


def json_members(brief: Brief) -> Iterator[tuple[str, Any]]:
    """The members of ``brief.json`` in the contract's order, each built only when
    reached, so a writer can drop one before the next exists: a large corpus's brief
    is hundreds of MB as Python objects, a tenth of that written.  The articles come as
    :class:`Items`, one article at a time."""
    al = brief.alignment
    yield "schema_version", brief.schema_version
    yield (
        "generator",
        {
            "name": "reporter",
            "versions": dict(brief.versions),
            "generated": brief.generated,
            "generated_from": brief.generated_from,
            "engine": brief.engine,
            "detector": brief.detector,
            "summary_sentences": brief.summary_sentences,
            "taxonomy": list(al.taxonomy_sources),
        },
    )
    yield "mechanisms", _plain(al.mechanisms)
    analysis_of = {a.article_id: a for a in al.analyses}
    yield (
        "articles",
        Items(
            _article_json(d, s, analysis_of[d.id], brief.compact)
            for d, s in zip(brief.documents, brief.summaries, strict=True)
        ),
    )
    # A large corpus's evidence and facts are in DETAIL_FILE, article by article.
    yield "matrix", {a.article_id: _matrix_row(a, evidence=not brief.compact) for a in al.analyses}
    yield "facts", [] if brief.compact else [_fact_json(f) for a in al.analyses for f in a.facts]
    yield "comparisons", _plain(al.comparisons)
    yield "shared", list(al.shared)
    yield "unique", [{"mechanism_id": m, "article_id": a} for m, a in al.unique]
    yield "similarity", _plain(al.similarity)
    yield "other_practices", _plain(al.other_practices)
    yield "timeline", _plain(brief.timeline)
    if brief.findings is not None:
        yield "findings", list(brief.findings)
    yield "skipped", [_skip_json(s) for s in brief.skipped if not s.quiet]
    if any(s.quiet for s in brief.skipped):
        yield "set_aside", [_skip_json(s) for s in brief.skipped if s.quiet]
    if brief.reposts:
        yield "reposts", _plain(brief.reposts)
    if brief.cards is not None:
        yield "cards", list(brief.cards)
    if brief.compact:
        yield "detail_file", DETAIL_FILE


def _skip_json(s: Skipped) -> dict[str, str]:
    return {"source_path": s.source_path, "reason": s.reason}


def to_json(brief: Brief) -> dict[str, Any]:
    """The ``brief.json`` document (see the JSON Schema for every field)."""
    return {
        key: list(value.pending) if isinstance(value, Items) else value
        for key, value in json_members(brief)
    }
