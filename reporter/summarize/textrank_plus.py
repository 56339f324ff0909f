"""``textrank_plus``, the default engine: TextRank fixed where textrank4zh is weak.

* The graph links sentences by shared *content* words (nouns, verbs, names, idioms of
  two or more characters, our stop words and textrank4zh's removed), with no
  self-loops: in textrank4zh a sentence's own length feeds its score.
* Sentences that must never be shown are scored 0 and never picked: encoding damage,
  quote tails and other fragments, sentences the page cut off (no end mark), captions,
  bylines, site furniture, headings and scraps too short to state a fact (patterns in
  ``data/summarize.toml``).
* Centrality is multiplied by a prior: news puts its key facts first (position among
  the usable sentences, paragraph openers); readers compare facts with numbers and
  units (名, 人次, %, 个月 ...) done by a named place or body ("who did what, how many,
  result"); the title names the subject (unless the cleaner derived the title from a
  sentence); policy preambles, "next step" outlooks and trailing narration are
  damped.  On a short post (at most ``SHORT_ARTICLE_CHARS``) a lead that reports
  something weighs more.
* Selection is maximal marginal relevance under a character budget: a sentence too
  similar to one already chosen (character-bigram Jaccard) is skipped, and the picks
  are returned in document order.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from functools import cache
from typing import ClassVar

import numpy as np

from reporter.models import Document, Sentence
from reporter.summarize import keywords
from reporter.summarize.base import FloatArray, Summarizer
from reporter.summarize.graph import PAGERANK_ALPHA, pagerank, textrank_similarity
from reporter.summarize.resources import NON_CONTENT_CHAR, patterns, reject_screen
from reporter.summarize.textrank import textrank4zh_stop_words
from reporter.text import segment

# Fewer letters/digits than this cannot state who did what: headings, labels, scraps.
MIN_CONTENT_CHARS = 15
# A line without sentence-final punctuation this short is a heading or caption.
HEADING_MAX_CHARS = 40
# The summary's length budget is this many characters per requested sentence (five
# sentences: 500 characters, a 40-second read on an article card; the genre's
# fact-bearing sentences run 60-150 characters).
CHARS_PER_SENTENCE_BUDGET = 100
# A sentence scoring below this share of the best one only fills space: stop instead.
MIN_SHARE_OF_BEST = 0.2
# Two sentences whose character-bigram sets overlap this much say the same thing.
NEAR_DUPLICATE_JACCARD = 0.5
# MMR trade-off: 1.0 ignores redundancy, 0.0 ignores relevance.
MMR_LAMBDA = 0.7
# Centrality counts for this much less than full: a sentence stating a unique fact
# shares few words with the rest, and pure centrality would bury it.
CENTRALITY_FLOOR = 0.5
# Position prior: the lead bonus falls by a factor e every LEAD_DECAY_SENTENCES usable
# sentences (news states its key facts first).
LEAD_WEIGHT = 0.6
LEAD_DECAY_SENTENCES = 3.0
# A paragraph's first sentence often states the paragraph's point ("一是 ...").
PARAGRAPH_LEAD_WEIGHT = 0.3
# Each quantity (number + unit) raises the prior by this much, up to FACT_CAP of them.
FACT_WEIGHT = 0.7
FACT_CAP = 3
# Announcing a measured outcome (据统计, 截至目前, 提拔 ...; data/summarize.toml) raises the
# prior by this much: results are what readers compare, and they come late in an article.
RESULT_WEIGHT = 0.4
# Naming an actor (a place or an organisation: jieba flags ns, nt) raises the prior by
# this much: "who did what" needs a who; rhetoric ("干部是中坚力量") has none.
ACTOR_WEIGHT = 0.25
_ACTOR_FLAGS = frozenset({"ns", "nt"})
_FLAG = operator.itemgetter(1)  # of a segment.Token
# Sharing all of the title's content words raises the prior by this much (a title the
# cleaner derived from a sentence gets no say: it would only echo that sentence).
TITLE_WEIGHT = 0.8
# Policy preambles and "next step" outlooks (data/summarize.toml [penalty]) keep this
# share of their prior: on topic, but they report nothing that was done.
LOW_VALUE_FACTOR = 0.5
# Short news (a post of about 100 characters, as on microblog news feeds) puts its
# whole point in the lead: on a public short-news benchmark (posts of about 100
# characters) the engine scored below LEAD-1 (character ROUGE-L 21.4 against 22.5).
# An article whose usable sentences hold at most this many characters is short ...
SHORT_ARTICLE_CHARS = 120
# ... and there the position bonus of a sentence that reports something (a number or a
# named actor: a news lead; a rhetorical opening gets no more than usual) is
# multiplied by this factor ...
SHORT_LEAD_FACTOR = 3.0
# ... and the lead bonus falls by e with every sentence, not every three.
SHORT_LEAD_DECAY_SENTENCES = 1.0
# Content words are at least this long (single characters are mostly particles).
MIN_CONTENT_WORD_CHARS = 2
# jieba flags (first letter, or whole flag) that carry content.
_CONTENT_FLAG_PREFIXES = ("n", "v", "a", "j", "l", "i")
_CONTENT_FLAGS = frozenset({"eng"})
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))


@cache
def _stop_words() -> frozenset[str]:
    return keywords.stop_words() | textrank4zh_stop_words()


@cache
def _content_flag(flag: str) -> bool:
    # jieba has a few dozen flags; deciding each once keeps the per-token test a look-up.
    return flag.startswith(_CONTENT_FLAG_PREFIXES) or flag in _CONTENT_FLAGS


def content_words(tokens: Sequence[segment.Token]) -> list[str]:
    stop = _stop_words()
    # A number is no content word: jieba flags it m with the HMM, but eng (as it does
    # Latin words such as GDP) in the shared mode.
    # (word, flag) unpacked once per token: cheaper than reading the fields by name
    return [
        word
        for word, flag in tokens
        if len(word) >= MIN_CONTENT_WORD_CHARS
        and _content_flag(flag)
        and not word.isdigit()
        and word.lower() not in stop
    ]


def reject_reason(text: str) -> str | None:
    """Why a sentence may not appear in a summary, or None when it may."""
    stripped = text.strip()
    pats = patterns()
    chars = set(stripped)
    for reason, pattern, needs in reject_screen():
        # a sentence holding none of the characters every match holds cannot match
        if (needs is None or not needs.isdisjoint(chars)) and pattern.search(stripped):
            return reason
    if _quote_fragment(stripped):
        return "fragment"
    content = len(stripped) - len(NON_CONTENT_CHAR.findall(stripped))
    if content < MIN_CONTENT_CHARS:
        return "too short"
    if not pats.final_punctuation.search(stripped):
        # Short: a heading or a caption.  Long: a sentence the page cut off (an excerpt
        # ending "……增长16.6%，但") or a paragraph that lost its end: either way no
        # complete statement a reader can quote.
        return "heading" if len(stripped) < HEADING_MAX_CHARS else "cut off"
    return None


def headline_paragraph(doc: Document) -> int | None:
    """The paragraph that is the article's headline, or None.

    The cleaner puts a headline it found on the page as the first line of the text.
    A headline is no summary sentence, yet one holding a ？ or ！ splits into pieces
    that end like sentences ("这377名干部为何被重用？" of "……为何被重用？凉山州 第一"),
    which the shape rules alone let through.  A derived title is the lead's own
    words: its paragraph is body text.
    """
    meta = doc.article.metadata
    if meta.title_derived or not meta.title.strip():
        return None
    first = doc.article.text.split("\n", 1)[0].strip()
    return 0 if first == meta.title.strip() else None


def headline_copies(doc: Document) -> frozenset[int]:
    """Sentences that only restate the headline (its words, perhaps a 。 after them): a
    photo's caption that is the headline again (pages print it under each picture), a
    copy of it in another script, the lead's first line repeating it.  The summary stands
    under the headline, so such a sentence tells the reader nothing.  A derived title is
    the lead's own words: the lead stays."""
    meta = doc.article.metadata
    if meta.title_derived:
        return frozenset()
    title = NON_CONTENT_CHAR.sub("", meta.title)
    if not title:
        return frozenset()
    return frozenset(
        i for i, s in enumerate(doc.sentences) if NON_CONTENT_CHAR.sub("", s.text) == title
    )


def _quote_fragment(text: str) -> bool:
    """A quotation opened and not closed (it goes on in the next sentence), or closed
    without being opened anywhere but at the very end.

    A sentence that ends a multi-sentence quotation (``……崂山样板’。”``) is complete and
    may be shown; one that starts mid-quotation and then goes on (``……干。”他说，……``)
    is not.
    """
    for opening, closing in _QUOTE_PAIRS:
        opened, closed = text.count(opening), text.count(closing)
        if opened > closed:
            return True
        if closed > opened:
            if closed - opened > 1 or not text.endswith(closing):
                return True
            # the one unmatched closing mark must be the last one, not one in the middle
            first_unmatched = _first_unmatched_closing(text, opening, closing)
            if first_unmatched != len(text) - 1:
                return True
    return False


def _first_unmatched_closing(text: str, opening: str, closing: str) -> int:
    depth = 0
    for i, c in enumerate(text):
        if c == opening:
            depth += 1
        elif c == closing:
            if depth == 0:
                return i
            depth -= 1
    return -1


def fact_count(text: str) -> int:
    """How many quantities (number + unit) the sentence states, dates left out."""
    pats = patterns()
    dates = [m.span() for p in pats.not_quantity for m in p.finditer(text)]
    count = 0
    for p in pats.quantity:
        for m in p.finditer(text):
            if not any(start <= m.start() and m.end() <= end for start, end in dates):
                count += 1
    return count


def reports_result(text: str) -> bool:
    return any(p.search(text) for p in patterns().result_cues)


def char_bigrams(text: str) -> frozenset[str]:
    chars = NON_CONTENT_CHAR.sub("", text)  # the content characters, in order
    # each character joined to the next: the text's bigrams, without a slice per position
    return frozenset(map(operator.add, chars, chars[1:]))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    shared = len(a & b)  # the union's size follows; no need to build the union
    return shared / (len(a) + len(b) - shared)


class TextRankPlusSummarizer(Summarizer):
    """Default: TextRank without self-loops, fact/position prior, filters, MMR, budget."""

    name: ClassVar[str] = "textrank_plus"
    description: ClassVar[str] = (
        "TextRank without self-loops, position/fact/title prior, filters, MMR, length budget"
    )
    # The shared segmentation (HMM off, the base class's): a sixth of the cost, and
    # the words it misses (names jieba's dictionary lacks) leave ROUGE unchanged.

    def rank(self, doc: Document) -> FloatArray:
        sentences = doc.sentences
        n = len(sentences)
        if n == 0:
            return np.zeros(0, dtype=np.float64)
        tokens = segment.posseg_all((s.text for s in sentences), self.hmm)
        words = [content_words(t) for t in tokens]
        actors = np.array([not _ACTOR_FLAGS.isdisjoint(map(_FLAG, toks)) for toks in tokens])
        lengths = np.fromiter((len(w) for w in words), dtype=np.float64, count=n)
        # ln(1 + len): a one-word sentence still links to the sentences it shares with.
        graph = textrank_similarity(words, self_loops=False, log_lengths=np.log1p(lengths))
        centrality = pagerank(graph, alpha=PAGERANK_ALPHA, overwrite=True)
        centrality = CENTRALITY_FLOOR + (1 - CENTRALITY_FLOOR) * centrality / centrality.max()
        headline = headline_paragraph(doc)
        copies = headline_copies(doc)
        usable = np.array(
            [
                reject_reason(s.text) is None and s.paragraph != headline and i not in copies
                for i, s in enumerate(sentences)
            ]
        )
        return np.where(usable, centrality * self._prior(doc, words, usable, actors), 0.0)

    def _prior(
        self, doc: Document, words: list[list[str]], usable: np.ndarray, actors: np.ndarray
    ) -> FloatArray:
        meta = doc.article.metadata
        title_words = (
            set()
            if meta.title_derived
            else set(content_words(segment.posseg(meta.title, self.hmm)))
        )
        prior = np.ones(len(doc.sentences), dtype=np.float64)
        short = sum(len(s.text) for s, ok in zip(doc.sentences, usable, strict=True) if ok) <= (
            SHORT_ARTICLE_CHARS
        )
        lead_weight = LEAD_WEIGHT * (SHORT_LEAD_FACTOR if short else 1.0)
        decay = SHORT_LEAD_DECAY_SENTENCES if short else LEAD_DECAY_SENTENCES
        rank_among_usable = 0
        seen_paragraphs: set[int] = set()
        for i, s in enumerate(doc.sentences):
            if not usable[i]:
                continue
            count = fact_count(s.text)
            reports = bool(count) or bool(actors[i])
            weight = lead_weight if reports else LEAD_WEIGHT
            position = weight * math.exp(-rank_among_usable / decay)
            rank_among_usable += 1
            if s.paragraph not in seen_paragraphs:
                position += PARAGRAPH_LEAD_WEIGHT
                seen_paragraphs.add(s.paragraph)
            facts = FACT_WEIGHT * min(count, FACT_CAP)
            title = 0.0
            if title_words:
                title = TITLE_WEIGHT * len(title_words & set(words[i])) / len(title_words)
            actor = ACTOR_WEIGHT if actors[i] else 0.0
            result = RESULT_WEIGHT if facts and reports_result(s.text) else 0.0
            prior[i] = (1.0 + position) * (1.0 + facts + actor + result) * (1.0 + title)
            stripped = s.text.strip()  # once, not once per pattern
            if any(p.search(stripped) for p in patterns().low_value):
                prior[i] *= LOW_VALUE_FACTOR
        return prior

    def select(self, doc: Document, scores: FloatArray, n: int) -> list[int]:
        budget = CHARS_PER_SENTENCE_BUDGET * n
        top = float(scores.max()) if scores.size else 0.0
        if top <= 0:
            return []
        # Python floats of the same values: the loops below read them without making a
        # numpy scalar per look-up
        values = scores.tolist()
        order = [
            i
            for i in np.lexsort((np.arange(scores.size), -scores)).tolist()
            if values[i] >= MIN_SHARE_OF_BEST * top
        ]
        lengths = {i: _length(doc.sentences[i]) for i in order}
        bigrams = {i: char_bigrams(doc.sentences[i].text) for i in order}
        # A candidate's redundancy is its highest Jaccard with any chosen sentence: it
        # only grows, so it is updated against each new pick alone, and a candidate
        # that turns near-duplicate or over budget (``used`` only grows) is dropped.
        redundancy = dict.fromkeys(order, 0.0)
        candidates = order
        chosen: list[int] = []
        used = 0
        while len(chosen) < n:
            best, best_value = -1, -math.inf
            for i in candidates:
                value = MMR_LAMBDA * values[i] / top - (1 - MMR_LAMBDA) * redundancy[i]
                if value > best_value:
                    best, best_value = i, value
            if best < 0:
                break
            chosen.append(best)
            used += lengths[best]
            picked = bigrams[best]
            remaining = []
            for i in candidates:
                if i == best or used + lengths[i] > budget:
                    continue
                redundancy[i] = max(redundancy[i], jaccard(bigrams[i], picked))
                if redundancy[i] < NEAR_DUPLICATE_JACCARD:
                    remaining.append(i)
            candidates = remaining
        return sorted(chosen)


def _length(sentence: Sentence) -> int:
    return len(sentence.text.strip())
