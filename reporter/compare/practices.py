"""Salient practices no mechanism covers: the taxonomy's blind spots.

A practice is a named thing: a quoted name (“公职人员服务月”, “流动服务车”, “三单制”)
ending with a practice suffix or led by a number (“五个一”), extended by the words right
after the quote when they end with a suffix (“1+3+X”人才工作机制), or an unquoted name
ending with 活动/机制/制度/工程/行动 right after a launch verb (探索推行干部锻炼常态机制).
A name is dropped when a cue of any mechanism matches it (the taxonomy covers it), when it
is generic (data), or when every sentence naming it is evidence of a mechanism.  Names
are grouped across articles (a name inside a longer one joins the longer one's group)
and listed most widespread first.

Names are found per article by ``analyze`` (:func:`article_practices`, kept in
``ArticleAnalysis.practices`` with the words keywords need); :func:`other_practices`
groups them across articles from the analyses alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reporter.compare.detect import match_sentence
from reporter.compare.model import ArticleAnalysis, Citation, OtherPractice, PracticeMention
from reporter.compare.prefilter import haystack
from reporter.compare.resources import (
    CJK,
    NAME_CHARS,
    NUMBERED_NAME,
    PRACTICE_TAIL,
    QUOTED,
    lexicon,
    practice_patterns,
)
from reporter.compare.similarity import TERM_SEPARATOR, tokens
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


def _covered(name: str, taxonomy: Taxonomy) -> bool:
    """Whether a cue of any mechanism matches the name (the taxonomy covers it)."""
    memo = taxonomy.covered_names
    if name not in memo:
        possible = taxonomy.prefilter.possible(haystack(name))
        memo[name] = any(
            match_sentence(name, spec, 1.0, possible=possible).score > 0 for spec in taxonomy.specs
        )
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


def _content_words(text: str) -> str:
    stop = lexicon().stopwords
    return TERM_SEPARATOR.join(w for w in tokens(text) if w not in stop)


def _split(words: str) -> list[str]:
    return words.split(TERM_SEPARATOR) if words else []


def article_practices(
    doc: Document, analysis: ArticleAnalysis, taxonomy: Taxonomy
) -> tuple[PracticeMention, ...]:
    """The named practices of one article no mechanism covers, in document order
    (per article, so that ``align`` needs no article text)."""
    lex = lexicon()
    evidence = {e.sentence_index for d in analysis.detections if d.present for e in d.evidence}
    out = []
    for s in doc.sentences:
        quoted = _quoted_names(s.text)
        for _, _, name in quoted + _unquoted_names(s.text, quoted):
            if len(CJK.findall(name)) + sum(c.isdigit() for c in name) < MIN_NAME_CHARS:
                continue
            if name in lex.practice_generic or _covered(name, taxonomy):
                continue
            out.append(
                PracticeMention(
                    name=name,
                    sentence_index=s.index,
                    text=s.text,
                    outside_evidence=s.index not in evidence,
                    name_words=_content_words(name),
                    words=_content_words(s.text),
                )
            )
    return tuple(out)


def _groups(names: Sequence[str]) -> dict[str, str]:
    """name -> its group's label: the first (longest) name already a label that holds it
    ("三单制" joins “群众点单三单制”), else itself.  ``names`` longest first.

    Each new label registers those of its substrings that are names, so a name finds
    its label in one look-up instead of a scan of every label.
    """
    known = set(names)
    lengths = sorted({len(n) for n in names})
    home: dict[str, str] = {}
    for name in names:
        label = home.get(name)
        if label is None:
            label = home[name] = name
            for size in lengths:
                if size >= len(name):
                    break
                for i in range(len(name) - size + 1):
                    part = name[i : i + size]
                    if part in known:
                        home.setdefault(part, name)
    return home


def other_practices(
    ids: Sequence[str], analyses: Sequence[ArticleAnalysis]
) -> tuple[OtherPractice, ...]:
    """Practices no mechanism covers, grouped across articles (``ids`` parallel to
    ``analyses``), most widespread first."""
    order = {a: i for i, a in enumerate(ids)}
    by_name: dict[str, list[tuple[str, PracticeMention]]] = {}
    free: set[str] = set()  # names seen at least once outside the evidence
    for article_id, analysis in zip(ids, analyses, strict=True):
        for mention in analysis.practices:
            by_name.setdefault(mention.name, []).append((article_id, mention))
            if mention.outside_evidence:
                free.add(mention.name)
    names = sorted((n for n in by_name if n in free), key=lambda n: (-len(n), n))
    home = _groups(names)
    groups: dict[str, list[tuple[str, PracticeMention]]] = {}
    for name in names:
        groups.setdefault(home[name], []).extend(by_name[name])
    ranked = []
    for label, mentions in groups.items():
        unique = sorted(
            {(a, m.sentence_index): (a, m) for a, m in mentions}.values(),
            key=lambda am: (order[am[0]], am[1].sentence_index),
        )
        article_ids = tuple(sorted({a for a, _ in unique}, key=order.__getitem__))
        cited = unique[:MAX_PRACTICE_CITATIONS]
        ranked.append((-len(article_ids), -len(cited), label, unique, article_ids))
    ranked.sort(key=lambda r: r[:3])
    stop = lexicon().stopwords
    out = []
    for _, _, label, unique, article_ids in ranked[:MAX_OTHER_PRACTICES]:
        own = _split(by_name[label][0][1].name_words)
        context = Counter(
            w for _, m in unique for w in _split(m.words) if w not in own and w not in stop
        )
        extra = [w for w, _ in sorted(context.items(), key=lambda kv: (-kv[1], kv[0]))]
        keywords = tuple(dict.fromkeys(own + extra[:MAX_CONTEXT_KEYWORDS]))[:MAX_PRACTICE_KEYWORDS]
        out.append(
            OtherPractice(
                label=label,
                keywords=keywords,
                citations=tuple(
                    Citation(a, m.sentence_index, m.text)
                    for a, m in unique[:MAX_PRACTICE_CITATIONS]
                ),
                article_ids=article_ids,
            )
        )
    return tuple(out)
