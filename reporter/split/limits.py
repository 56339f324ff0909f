"""Size limits that keep one input from stopping the batch.

An input under the ingest size limit (5 MiB) can still hold what no article of the
genre holds: tens of thousands of sentences (the sentence graph of the summarizer is
quadratic in them) or a "sentence" of millions of characters without punctuation
(every per-sentence pattern and the segmenter see it whole).  :func:`apply_limits`,
run on every document right after splitting, cuts sentences longer than
:data:`MAX_SENTENCE_CHARS` into pieces and analyses at most :data:`MAX_SENTENCES`
sentences of an article.  What it did is recorded in the article's cleaning report (a
step and, for the sentences left out, a removal), so it shows in the data-quality
appendix and in the JSON: nothing is dropped silently.  Articles within the limits
come back unchanged.  The other two guards live where they act: the per-article time
budget in :mod:`reporter.scale.budget`, the check of a user's taxonomy patterns in
:mod:`reporter.compare.regex_risk`.  Nothing here prints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from reporter.models import Document, Removal, Sentence, StepReport

# Characters one sentence may hold: far above any real sentence (the splitter already
# cuts at punctuation), low enough that a pattern quadratic in its sentence stays quick.
MAX_SENTENCE_CHARS = 1_000
# Sentences analysed per article: the summarizer's sentence graph grows with the square
# of this; real articles hold a few hundred at most (docs/performance.md).
MAX_SENTENCES = 3_000
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
