"""Pieces of the headline that anti-scraping scripts inject at clause starts.

Some sites scatter the characters of their own headline through the body, a few at a
time, right after punctuation: under the headline 四川组织100名选调生上派锻炼 重点将参与…,
the body reads ``获悉，织名作和重四川选派……。织名作和重为此，……`` and ``，川组参全记者从…``.
Each piece is made only of the headline's characters, yet is no part of the headline as
written, forms almost no dictionary word, and comes back at several clause starts.  Real
text that opens clauses with the headline's words (``，一线干部……``) uses the headline's
words: they pair into dictionary words, so they stay.

Other scripts cut the headline into its words and inject those (under 两镇联合作战
破解发展瓶颈: ``，破解瓶颈梅陇镇与……，发展成立……。破解瓶颈一年间，发展联合党委……``).
Such pieces are words, so the test above lets them through; what gives them away is
that, taken together, they ARE the headline: a few disjoint pieces, each back at
several clause starts, that use up nearly all of its characters.  An article whose
clauses open with one or two of its headline's words never uses up the rest.

Each cut piece is recorded as a removal (kind ``junk``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import pairwise

from reporter.clean.plausibility import KIND
from reporter.clean.record import note_removal
from reporter.clean.resources import CLAUSE_MARKS, HAN_RE
from reporter.clean.script import to_simplified_line
from reporter.text import segment

__all__ = ["drop_headline_shuffle"]

# A headline shorter than this gives too few characters to tell a shuffle from chance.
MIN_HEADLINE_CHARS = 12
# A piece is at least two characters (one character at a clause start is any word's) and
# at most this many: the pieces seen are of two to five.
MAX_PIECE_CHARS = 8
MIN_PIECE_CHARS = 2
# Headlines whose opening pattern is kept: an article's passes over the steps ask about
# one headline (or two, once a step changed it).
OPENING_PATTERNS = 16
# Clause starts a piece must open: once could be chance, the script repeats its pieces.
MIN_PIECE_REPEATS = 2
# Share of a piece's characters inside words of two or more characters (jieba, no HMM)
# above which it is words (一线干部, 旗委组织部: all of them), at or below which it is a
# shuffle (川组参全: none; 织名作和重: 名作 only).
MAX_WORD_SHARE = 0.5
# Distinct pieces a shuffle leaves: the script cuts the headline into several, while a
# name or a phrase that happens to open two clauses (巴羌高速, 派了) is one.
MIN_DISTINCT_PIECES = 3
# Some scripts mix the two: pieces that form no words (省表隧道, 区服) beside words of the
# headline joined out of their order (建设集体 under ……建设项目先进集体……).  Two such
# non-word pieces, each back at several clause starts, no chance opening makes (real text
# opens clauses with words); with at least MIN_DISTINCT_PIECES repeated pieces that are no
# part of the headline as written, they give the script away, and all of those go.
# Such a script injects pieces of the headline in their order too (口赛 under 张家口赛区…):
# once it is given away, such a piece that forms no words, comes back at several clause
# starts and is never followed there by more of the headline's characters goes as well
# (a clause that quotes the headline goes on with it, and opens with its words: 张家口).
MIN_MIXED_NONWORD_PIECES = 2
# Share of the headline's distinct characters that disjoint word pieces must use up to
# be the headline cut into words (the page seen: all of them).  Real articles whose
# clauses open with headline words reach 0.7 at most on the labelled corpus (the seed
# 004, "临淄", "考察", "一线干部" ...), and those pieces overlap rather than partition.
MIN_HEADLINE_COVER = 0.9


def _headline(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _openings(text: str, chars: frozenset[str], skip: int, headline: str) -> list[tuple[int, str]]:
    """(position, run) at each clause start past ``skip``: the longest run of headline
    characters opening it, at most ``MAX_PIECE_CHARS``."""
    out: list[tuple[int, str]] = []
    opening = _opening_re(chars)
    for line_start, line in _lines(text):
        if line_start < skip or headline in "".join(line.split()):
            # a copy of the headline (repeated by the page, or with the site's name)
            # opens with its words as written, not with injected pieces
            continue
        out.extend((line_start + m.start("run"), m["run"]) for m in opening.finditer(line))
    return out


@functools.lru_cache(maxsize=OPENING_PATTERNS)
def _opening_re(chars: frozenset[str]) -> re.Pattern[str]:
    """A clause start (the line's start or right after one of CLAUSE_MARKS) and the
    longest run of ``chars`` opening it, ``MIN_PIECE_CHARS`` to ``MAX_PIECE_CHARS`` long.
    Searched from its mark, not tried at every position as a look-behind would be; the
    characters are Han, never a mark, so no run hides the next clause start."""
    run = "".join(map(re.escape, sorted(chars)))
    return re.compile(
        f"(?:^|[{CLAUSE_MARKS}])(?P<run>[{run}]{{{MIN_PIECE_CHARS},{MAX_PIECE_CHARS}}})"
    )


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _pieces(runs: list[str], headline: str) -> list[str]:
    """The injected pieces among the runs, longest first."""
    ordered = sorted(runs)
    candidates = {
        p for a, b in pairwise(ordered) if len(p := _common_start(a, b)) >= MIN_PIECE_CHARS
    }
    compact = "".join(headline.split())
    counts = Counter(c for c in candidates for r in runs if r.startswith(c))
    pieces = [
        c
        for c in candidates
        if counts[c] >= MIN_PIECE_REPEATS and c not in compact and _word_share(c) <= MAX_WORD_SHARE
    ]
    distinct = _distinct(pieces)
    if len(distinct) >= MIN_DISTINCT_PIECES:
        return sorted(pieces, key=lambda c: (-len(c), c))
    foreign = [c for c in candidates if counts[c] >= MIN_PIECE_REPEATS and c not in compact]
    if len(distinct) >= MIN_MIXED_NONWORD_PIECES and len(_distinct(foreign)) >= (
        MIN_DISTINCT_PIECES
    ):
        alone = [
            c
            for c in candidates
            if counts[c] >= MIN_PIECE_REPEATS
            and c in compact
            and all(r == c for r in runs if r.startswith(c))
            and _word_share(c) <= MAX_WORD_SHARE
        ]
        return sorted(foreign + alone, key=lambda c: (-len(c), c))
    return _word_pieces(candidates, counts, compact)


def _distinct(pieces: list[str]) -> list[str]:
    """The pieces without those that open a longer one: a shorter candidate inside a
    longer piece is that piece seen twice, not another."""
    return [c for c in pieces if not any(o != c and o.startswith(c) for o in pieces)]


def _word_pieces(candidates: set[str], counts: Counter[str], compact: str) -> list[str]:
    """The headline cut into words and injected: disjoint repeated pieces (longest
    first) that together use up nearly all of the headline's characters."""
    chars = set(HAN_RE.findall(compact))
    used: set[str] = set()
    chosen = []
    for c in sorted(candidates, key=lambda c: (-len(c), -counts[c], c)):
        if counts[c] >= MIN_PIECE_REPEATS and used.isdisjoint(c):
            chosen.append(c)
            used.update(c)
    if len(chosen) < MIN_DISTINCT_PIECES or len(used & chars) < MIN_HEADLINE_COVER * len(chars):
        return []
    return chosen


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _word_share(piece: str) -> float:
    """Share of the piece's characters inside dictionary words of two or more."""
    segment.ensure_jieba()
    import jieba

    words = jieba.lcut(to_simplified_line(piece), HMM=False)
    return sum(len(w) for w in words if len(w) > 1) / len(piece)


def drop_headline_shuffle(text: str) -> str:
    """Cut the headline's characters injected as pieces at clause starts."""
    headline = _headline(text)
    chars = frozenset(HAN_RE.findall(headline))
    if len(chars) < MIN_HEADLINE_CHARS:
        return text
    skip = text.find(headline) + len(headline)
    openings = _openings(text, chars, skip, "".join(headline.split()))
    if len(openings) < MIN_PIECE_REPEATS:
        return text
    pieces = _pieces([r for _, r in openings], headline)
    if not pieces:
        return text
    cuts = []
    for at, run in openings:
        piece = next((p for p in pieces if run.startswith(p)), None)
        if piece is not None:
            cuts.append((at, at + len(piece)))
    for start, end in reversed(cuts):
        note_removal(KIND, text[start:end], "pieces of the headline injected at clause starts")
        text = text[:start] + text[end:]
    return text
