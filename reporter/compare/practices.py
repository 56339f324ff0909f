"""Salient practices no mechanism covers: the taxonomy's blind spots.

A practice is a named thing: a quoted name (“公职人员服务月”, “流动服务车”, “三单制”)
ending with a practice suffix or led by a number (“五个一”), extended by the words right
after the quote when they end with a suffix (“1+3+X”人才工作机制), or an unquoted name
ending with 活动/机制/制度/工程/行动 right after a launch verb (探索推行干部锻炼常态机制).
A name is dropped when a cue of any mechanism matches it (the taxonomy covers it), when it
is generic (data), or when every sentence naming it is evidence of a mechanism.  Names
are grouped across articles (a name inside a longer one joins the longer one's group)
and listed most widespread first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reporter.compare.detect import match_sentence
from reporter.compare.model import ArticleAnalysis, Citation, OtherPractice
from reporter.compare.resources import (
    CJK,
    NAME_CHARS,
    NUMBERED_NAME,
    PRACTICE_TAIL,
    QUOTED,
    lexicon,
    practice_patterns,
)
from reporter.compare.similarity import tokens
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

# A name shorter than this is a word, not a practice ("机制").
MIN_NAME_CHARS = 3
# Listed practices: the blind spots worth a reader's time, most widespread first.
MAX_OTHER_PRACTICES = 20
MAX_PRACTICE_CITATIONS = 5
MAX_PRACTICE_KEYWORDS = 6
# Context words added to a practice's own words as keywords.
MAX_CONTEXT_KEYWORDS = 3


@dataclass(frozen=True)
class _Mention:
    name: str
    article_id: str
    sentence_index: int
    text: str  # the sentence


def _covered(name: str, taxonomy: Taxonomy, memo: dict[str, bool]) -> bool:
    """Whether a cue of any mechanism matches the name (the taxonomy covers it)."""
    if name not in memo:
        memo[name] = any(match_sentence(name, spec, 1.0).score > 0 for spec in taxonomy.specs)
    return memo[name]


def _quoted_names(text: str) -> list[tuple[int, int, str]]:
    pp = practice_patterns()
    out = []
    for m in QUOTED.finditer(text):
        name = m.group("q").strip()
        end = m.end()
        tail = PRACTICE_TAIL.match(text, end)
        if tail:
            # the longest prefix of the tail that ends with a suffix completes the name
            for cut in range(len(tail.group()), 0, -1):
                if pp.quoted_suffix.search(tail.group()[:cut]):
                    name, end = name + tail.group()[:cut], end + cut
                    break
        if not NAME_CHARS.fullmatch(name):
            continue
        if pp.quoted_suffix.search(name) or NUMBERED_NAME.match(name):
            out.append((m.start(), end, name))
    return out


def _unquoted_names(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    pp = practice_patterns()
    out = []
    for m in pp.unquoted.finditer(text):
        if any(m.start("name") < b and m.end() > a for a, b, _ in taken):
            continue
        out.append((m.start("name"), m.end(), m.group("name")))
    return out


def _mentions(
    doc: Document, evidence: set[int], taxonomy: Taxonomy, memo: dict[str, bool]
) -> list[tuple[_Mention, bool]]:
    lex = lexicon()
    out = []
    for s in doc.sentences:
        quoted = _quoted_names(s.text)
        for _, _, name in quoted + _unquoted_names(s.text, quoted):
            if len(CJK.findall(name)) + sum(c.isdigit() for c in name) < MIN_NAME_CHARS:
                continue
            if name in lex.practice_generic or _covered(name, taxonomy, memo):
                continue
            out.append((_Mention(name, doc.id, s.index, s.text), s.index not in evidence))
    return out


def other_practices(
    docs: Sequence[Document], analyses: Sequence[ArticleAnalysis], taxonomy: Taxonomy
) -> tuple[OtherPractice, ...]:
    order = {d.id: i for i, d in enumerate(docs)}
    by_name: dict[str, list[_Mention]] = {}
    free: set[str] = set()  # names seen at least once outside the evidence
    memo: dict[str, bool] = {}
    for doc, analysis in zip(docs, analyses, strict=True):
        evidence = {e.sentence_index for d in analysis.detections if d.present for e in d.evidence}
        for mention, outside in _mentions(doc, evidence, taxonomy, memo):
            by_name.setdefault(mention.name, []).append(mention)
            if outside:
                free.add(mention.name)
    names = sorted((n for n in by_name if n in free), key=lambda n: (-len(n), n))
    groups: dict[str, list[_Mention]] = {}
    for name in names:
        home = next((g for g in groups if name in g), name)
        groups.setdefault(home, []).extend(by_name[name])
    stop = lexicon().stopwords
    out = []
    for label, mentions in groups.items():
        unique = sorted(
            {(m.article_id, m.sentence_index): m for m in mentions}.values(),
            key=lambda m: (order[m.article_id], m.sentence_index),
        )
        own = [w for w in tokens(label) if w not in stop]
        context = Counter(
            w for m in unique for w in tokens(m.text) if w not in own and w not in stop
        )
        extra = [w for w, _ in sorted(context.items(), key=lambda kv: (-kv[1], kv[0]))]
        keywords = tuple(dict.fromkeys(own + extra[:MAX_CONTEXT_KEYWORDS]))[:MAX_PRACTICE_KEYWORDS]
        out.append(
            OtherPractice(
                label=label,
                keywords=keywords,
                citations=tuple(
                    Citation(m.article_id, m.sentence_index, m.text)
                    for m in unique[:MAX_PRACTICE_CITATIONS]
                ),
                article_ids=tuple(sorted({m.article_id for m in unique}, key=lambda a: order[a])),
            )
        )
    out.sort(key=lambda p: (-len(p.article_ids), -len(p.citations), p.label))
    return tuple(out[:MAX_OTHER_PRACTICES])
