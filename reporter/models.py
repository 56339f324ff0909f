"""The records that pipeline stages hand to each other.

Every record is a frozen dataclass: a stage never mutates what it received, it
returns a new record.  Records are slotted (a corpus of 10,000 articles is held as
millions of them; an instance dict each would add 150 MB) and pickle as their field
values: each is declared with :func:`record`.  The flow (see :mod:`reporter.pipeline`) is::

    bytes on disk
      -> Article        (stage 1, ingest: decoded text, encoding, HTML metadata)
      -> CleanArticle   (stage 2, clean: simplified text, metadata, cleaning report)
      -> Document       (stage 3, split: the clean article and its sentences)
      -> Summary        (stage 4, summarize: ranked sentences and keywords)
      -> ArticleAnalysis, Alignment   (stage 5, compare; see reporter.compare.model)
      -> Brief          (reporter.brief; rendered by stage 6)

Offsets are Python string indices (code points) into ``CleanArticle.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal, TypeVar, dataclass_transform

Script = Literal["simplified", "traditional", "mixed"]
LocalityLevel = Literal["province", "city", "district"]


_Record = TypeVar("_Record", bound=type)


def pickles_as_fields(cls: _Record) -> _Record:
    """Pickle a frozen, slotted dataclass as its class and field values, rebuilt through
    ``__init__``.  The default for such classes restores each object field by field in
    Python after looking its fields up again, which made unpickling a worker's results
    the parent's largest cost in a large build."""

    names: tuple[str, ...] = getattr(cls, "__match_args__")  # noqa: B009 (a dataclass attribute)
    # attrgetter reads the fields in C (a worker pickles a few hundred records an
    # article, twice: for the cache and for the parent); with one name it returns the
    # value itself, not a 1-tuple.
    fields = attrgetter(*names) if len(names) > 1 else attrgetter(names[0])
    several = len(names) > 1

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        values = fields(self)
        return type(self), values if several else (values,)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 (mypy forbids assigning a method)
    return cls


@dataclass_transform(frozen_default=True)
def record(cls: _Record) -> _Record:
    """A record of the pipeline: a frozen, slotted dataclass that pickles as its field
    values (:func:`pickles_as_fields`)."""
    made: _Record = dataclass(frozen=True, slots=True)(cls)  # type: ignore[assignment]
    return pickles_as_fields(made)


class InputRejected(Exception):
    """An input file that cannot be used; the batch goes on without it."""

    def __init__(self, source_path: str, reason: str) -> None:
        super().__init__(f"{source_path}: {reason}")
        self.source_path = source_path
        self.reason = reason


@record
class Skipped:
    """An input that was not used, with the one-line reason shown to the user."""

    source_path: str
    reason: str
    # Passed over on purpose and not worth a warning (a saved page's resource folder):
    # one line in the brief's appendix, not in brief.json's "skipped".
    quiet: bool = False


# --------------------------------------------------------------------------- stage 1


@record
class Article:
    """A decoded input file (stage 1, ingest).

    ``text`` is the whole decoded text with line breaks normalised to ``\\n``;
    for HTML it is the main text found by the extractor, one paragraph a line.
    Nothing has been removed from it yet apart from HTML markup.
    """

    id: str  # the input file's stem, made unique within a batch
    source_path: str  # as the user gave it, POSIX separators
    text: str
    encoding: str  # detected codec name, e.g. "utf_8", "gb18030", "big5", "utf_16"
    media_type: str  # "text/plain", "text/markdown" or "text/html"
    sha256: str  # of the file's bytes, for caching and reposts
    html_title: str | None = None  # metadata the HTML extractor found, if any
    html_date: str | None = None
    html_sitename: str | None = None
    html_author: str | None = None
    url: str | None = None  # where it was published: canonical link, og:url, MHTML location
    # What the user said about it (sources.csv, front matter): (field, value) pairs.
    given: tuple[tuple[str, str], ...] = ()
    # What a document reader left out (footnotes, page numbers), for the cleaning report.
    ingest_removed: tuple[Removal, ...] = ()

    @classmethod
    def from_text(cls, text: str, article_id: str, source_path: str | None = None) -> Article:
        """An article held as plain text in memory (a line of an evaluation dataset, a
        test's sentence), as if read from a UTF-8 file named ``source_path``."""
        return cls(
            id=article_id,
            source_path=source_path or f"{article_id}.txt",
            text=text,
            encoding="utf_8",
            media_type="text/plain",
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        )


# --------------------------------------------------------------------------- stage 2


@record
class StepReport:
    """What one cleaning step changed in one article."""

    step: str  # the step function's name, e.g. "strip_pinyin_annotations"
    description: str  # one line, for the data-quality appendix
    changes: int  # how many spans or lines it changed
    examples: tuple[str, ...] = ()  # a few "before → after" snippets


@record
class Removal:
    """A line, span or sentence the cleaner dropped, kept so nothing is lost silently."""

    step: str
    kind: str  # "navigation", "boilerplate", "copyright", "editor", "related", "seo",
    # "caption", "html", "spam", "mojibake", ...
    text: str  # what was dropped, as it stood
    reason: str  # one line a reader understands


@record
class CleaningReport:
    """Everything cleaning did to one article."""

    script: Script  # the script of the input, before conversion
    steps: tuple[StepReport, ...]
    removed: tuple[Removal, ...]
    chars_in: int
    chars_out: int


@record
class Locality:
    """A place named in an article, resolved against the gazetteer."""

    name: str  # as it is best known, e.g. "崂山区"
    level: LocalityLevel
    province: str | None  # "山东省"
    city: str | None  # "青岛市"; None for a province or a municipality's own level
    mentions: int  # how often the article names it (aliases included)


@record
class Metadata:
    """What the article says about itself."""

    title: str
    title_derived: bool  # True when the input had no title line and we made one
    outlet: str | None  # the original publisher, e.g. "光明日报"
    published: str | None  # YYYY-MM-DD, the print date when one is given
    reposted: str | None  # YYYY-MM-DD of a later re-post, when different
    reporters: tuple[str, ...]
    localities: tuple[Locality, ...]  # most mentioned first
    primary_locality: str | None  # the place the article is about
    url: str | None = None  # the article's web address, when known
    given: tuple[str, ...] = ()  # fields the user gave (sources.csv, front matter)
    note: str | None = None  # the user's note on the source


@record
class CleanArticle:
    """A cleaned article (stage 2): simplified body text and what cleaning did."""

    id: str
    source_path: str
    text: str  # cleaned, simplified Chinese; paragraphs separated by "\n"
    original_text: str  # the same paragraphs in the input's script
    metadata: Metadata
    cleaning: CleaningReport


# --------------------------------------------------------------------------- stage 3


@record
class Sentence:
    """One sentence of a cleaned article; ``text == article.text[start:end]``."""

    index: int  # 0-based within the article
    paragraph: int  # 0-based paragraph index within the cleaned text
    start: int
    end: int
    text: str  # simplified
    original: str  # as published (the input's script)


@record
class Document:
    """A cleaned article split into sentences (stage 3)."""

    article: CleanArticle
    sentences: tuple[Sentence, ...]

    @property
    def id(self) -> str:
        return self.article.id


# --------------------------------------------------------------------------- stage 4


@record
class ScoredSentence:
    """A sentence an engine picked, with the engine's score for it."""

    sentence_index: int
    score: float
    text: str


@record
class Keyword:
    word: str
    weight: float


@record
class Summary:
    """An extractive summary of one document (stage 4)."""

    article_id: str
    engine: str  # registry name of the summarizer
    sentences: tuple[ScoredSentence, ...]  # in document order
    keywords: tuple[Keyword, ...]  # TextRank keywords, strongest first
    tfidf_keywords: tuple[Keyword, ...]  # TF-IDF keywords, strongest first
