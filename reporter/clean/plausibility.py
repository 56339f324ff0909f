"""Character plausibility: find and drop spans that are not Chinese text at all.

What the mojibake repair (:mod:`reporter.clean.mojibake`) cannot reverse survives as
runs of characters no writer would put together: ``业绩罕姽J(rèn)``, ``笔煜さ臅鲎兂``,
``只谈宦鋵``.  Such a run is found with jieba's dictionary (350,000 words with their
frequencies, already loaded for segmentation), which gives two facts per character:

* whether it makes a dictionary word (or the start of one) with its left or right
  neighbour: real text is mostly made of such pairs, garbage almost never is;
* how frequent it is on its own: shifted GBK bytes land on rare characters (姽 29,
  煜 115) or on characters outside the dictionary altogether (鋵, 臅), and on kana,
  Latin letters with tone marks or a lone lower-case letter glued into Han text.

A *run* is a maximal stretch of units (Han characters, or a glued non-Han piece) that
pair with neither neighbour, trimmed of common characters at both ends (an ordinary
character next to a garbled one is just that).  A run is dropped when it holds a
*bad* unit (a character the dictionary does not know, kana, a piece with tone marks)
and at least one more rare or bad unit, or when it is long and all rare.  Personal
names are the risk: a given name of two rare characters (昊翔, 喆珺) holds no bad unit
and is never long, so it stays.

A second, separate pattern drops the ASCII junk that anti-scraping scripts scatter
between sentences (``9 Y8 f3 E5 k.``): three or more tokens of one to three symbols
separated by spaces, most of them mixing letters with digits or symbols.

A third drops a whole sentence of word salad: common characters drawn at random to pad an
SEO page (详粪沮祷寒歌笑灿营抑堤盾…), which the two above leave alone because each character
is ordinary.  Almost no two neighbours of it start a dictionary word; in written Chinese
most characters do (round 11: every sentence of the labelled pages pairs a quarter of its
characters or more, the padding at most a tenth).

A fourth drops whole paragraphs in another language printed with a Chinese article (a
paper database's English translation, an abstract, a bilingual mirror's other half):
noise to drop, never a reason to refuse the article.  The test of a foreign paragraph and
of the Chinese article beside it is the language gate's (reporter.ingest.decode), so the
gate and the cleaner agree on which pages are Chinese; a foreign page is left whole.

Each dropped span is recorded as a removal (kind ``junk``; ``foreign`` for a paragraph in
another language), so the appendix lists it.
Lines made only of the 3,755 most common characters (GB2312 level 1) without Latin
letters or kana are not judged: no garbled run is made of them alone.
The step judges the simplified view of each line (jieba's dictionary is simplified),
which has the same length as the line, and cuts the same offsets from the line.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence

from reporter.clean.record import note_removal
from reporter.clean.resources import (
    ASCII_JUNK_RE,
    ASCII_JUNK_SCREEN_RE,
    ASCII_LETTER_RE,
    BAD_PIECE_CHAR_RE,
    HAN_RE,
    JUNK_OPENING_CLOSER,
    JUNK_TOKEN_MIXED_RE,
    KANA_RE,
    LONE_LOWER_LETTER_RE,
    NOT_COMMON_TEXT_RE,
    PLAUSIBILITY_SEGMENT_RE,
    PLAUSIBILITY_UNIT_RE,
    SALAD_HAN_RUN_RE,
    SALAD_SENTENCE_RE,
    TONE_MARKS_RE,
)
from reporter.clean.script import to_simplified_line
from reporter.ingest.decode import beside_foreign_blocks, foreign_blocks
from reporter.text import segment

__all__ = [
    "drop_implausible_spans",
    "implausible_spans",
    "remove_foreign_blocks",
    "unpaired_before",
    "word_salad_spans",
]

KIND = "junk"
# jieba frequency below which a character counts as rare on its own: garbled
# characters sit far below (姽 29, 煜 115, 宦 243, 兂 480), the characters of
# ordinary text far above (定 15,882, 纸 3,727); names use both.
RARE_CHAR_FREQ = 1000
# A run of rare characters without any bad unit is dropped only from this length: a
# Chinese personal name has at most three characters and the surname is usually
# common, so four unpaired rare characters in a row are no name.
MIN_ALL_RARE_RUN = 4
# A run holding a bad unit needs this many rare-or-bad units: a single character
# the dictionary lacks (a variant or a rare name character between common ones) is
# left alone, it is not a garbled run.
MIN_BAD_RUN_UNITS = 2
# Share of the tokens of a spaced ASCII run that must mix letters with digits or
# symbols for it to be anti-scraping junk ("A B C" or "1 2 3" are lists).
JUNK_MIXED_TOKEN_SHARE = 0.5
# ... and this many of them must hold a letter: "(1 / 2)" or "1 - 3" are numbering.
MIN_JUNK_LETTERED_TOKENS = 2
# A sentence is judged for word salad from this many Han characters in runs of four or
# more: a short clause pairs little by chance (a list of names, 让某人实现从…).
SALAD_MIN_CHARS = 16
# ... and is salad below this share of them pairing with a neighbour into a dictionary
# word: the padding of the labelled pages pairs at most 0.08, real sentences 0.24 or more.
SALAD_MAX_PAIRED_SHARE = 0.15
# GB2312 level 1 (the 3,755 most common characters) are the lead bytes 0xB0-0xD7.
GB2312_LEVEL1_FIRST = 0xB0
GB2312_LEVEL1_LAST = 0xD7
# ... and the trail bytes of every row.
GB2312_TRAIL_FIRST = 0xA1
GB2312_TRAIL_LAST = 0xFE
# Distinct lines remembered with their judgement: the passes over the steps meet most
# lines of an article two or three times unchanged; an article has well under this many.
LINE_CACHE = 1024
# Distinct segments (and sentences' runs of Han characters) remembered with their
# judgement: an article has a few hundred, which the next pass meets again.
SEGMENT_CACHE = 4096


@functools.cache
def _freqs() -> dict[str, int]:
    # The shared dictionary of every stage (reporter.text.segment adds the genre's words).
    segment.ensure_jieba()
    import jieba

    table: dict[str, int] = jieba.dt.FREQ
    return table


# What a unit is, for the rules of a run.  A line holds a hundred or more units, so each
# is one small int in a list rather than an object.
_ORDINARY = 0  # a Han character of ordinary frequency
_RARE = 1  # a Han character the dictionary knows but seldom sees
_UNKNOWN = 2  # a Han character outside the dictionary: bad (and rare)
_PIECE = 3  # a non-Han piece Chinese text holds (digits, GDP, A in A股)
_BAD_PIECE = 4  # kana, tone marks or one lower-case letter glued into Han text: bad
_LAST_HAN = _UNKNOWN  # the kinds up to this one are Han characters
_BAD = (_UNKNOWN, _BAD_PIECE)


@functools.cache
def _han_kinds() -> dict[str, int]:
    """The kind of every character in jieba's dictionary by its frequency on its own
    (a character missing from it is ``_UNKNOWN``); built once, the table does not change
    after segment.ensure_jieba."""
    return {
        word: _RARE if freq < RARE_CHAR_FREQ else _ORDINARY
        for word, freq in _freqs().items()
        if len(word) == 1
    }


def _piece_kind(text: str) -> int:
    """A unit that no Chinese text holds: kana, Latin letters with tone marks outside an
    annotation, or one lower-case letter glued into Han text (a GBK trail byte read as
    ASCII: 叭h for 全; the letters of real text are words, abbreviations or capitals:
    GDP, A股)."""
    if KANA_RE.search(text) or TONE_MARKS_RE.search(text) or LONE_LOWER_LETTER_RE.fullmatch(text):
        return _BAD_PIECE
    return _PIECE


def unpaired_before(view: str, end: int, most: int) -> int:
    """Start of the run of Han characters right before ``end`` in ``view`` (at most
    ``most`` of them) that start no dictionary word with a neighbour: an unknown brand
    glued before a product word (广东开启|科太|厨房电器加盟), where 开启 pairs."""
    freqs = _freqs()
    start = end
    while start > max(0, end - most) and HAN_RE.match(view[start - 1]):
        ch = view[start - 1]
        left = view[start - 2 : start - 1] if start >= 2 else ""
        if (left + ch) in freqs or (ch + view[start : start + 1]) in freqs:
            break
        start -= 1
    return start


def _is_junk(kinds: list[int]) -> bool:
    """Whether a run, trimmed of the ordinary characters at its ends, is garbled."""
    if _ORDINARY in kinds:
        return False  # an ordinary character inside: words the dictionary lacks
    bad = sum(1 for kind in kinds if kind in _BAD)
    if bad:
        return len(kinds) >= MIN_BAD_RUN_UNITS
    return len(kinds) >= MIN_ALL_RARE_RUN and _PIECE not in kinds


@functools.cache
def _ordinary_chars() -> frozenset[str]:
    """The Han characters of ordinary frequency (``_ORDINARY``)."""
    return frozenset(
        ch for ch, kind in _han_kinds().items() if kind == _ORDINARY and HAN_RE.match(ch)
    )


def _segment_spans(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The garbled runs of ``view[start:end]``, a stretch of units without a gap."""
    freqs = _freqs()
    han_kinds = _han_kinds()
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[int] = []
    for m in PLAUSIBILITY_UNIT_RE.finditer(view, start, end):
        starts.append(m.start())
        ends.append(m.end())
        kinds.append(han_kinds.get(m[1], _UNKNOWN) if m.lastindex else _piece_kind(m.group()))
    # Two adjacent Han characters that start a dictionary word together (jieba's table
    # holds every prefix of every word, so this covers words of any length).
    right = [
        kinds[k] <= _LAST_HAN
        and kinds[k + 1] <= _LAST_HAN
        and view[starts[k] : ends[k + 1]] in freqs
        for k in range(len(kinds) - 1)
    ]
    right.append(False)
    # a unit pairs when it starts a word with its left or its right neighbour; the units
    # between two that pair are a run (a pair closes the last one)
    paired = [a or b for a, b in zip([False, *right], right, strict=False)]
    paired.append(True)
    out = []
    lo = 0  # the first unit of the current run
    for k, pairs in enumerate(paired):
        if not pairs:
            continue
        hi = k
        # the run without the ordinary characters at its ends: an ordinary character
        # next to a garbled one is just that
        while lo < hi and kinds[lo] == _ORDINARY:
            lo += 1
        while hi > lo and kinds[hi - 1] == _ORDINARY:
            hi -= 1
        if lo < hi and _is_junk(kinds[lo:hi]):
            out.append((starts[lo], ends[hi - 1]))
        lo = k + 1
    return out


@functools.cache
def _not_ordinary_re() -> re.Pattern[str]:
    """One character that is not ordinary: a segment's others are skipped by the engine
    instead of one by one."""
    return re.compile("[^" + "".join(map(re.escape, sorted(_ordinary_chars()))) + "]")


def _may_hold_run(segment: str, freqs: dict[str, int], not_ordinary: re.Pattern[str]) -> bool:
    """Whether a segment has a unit that may start a garbled run: a bad piece, or a rare
    or unknown character that pairs with neither neighbour.  A garbled run holds a bad
    unit or is all rare characters (_is_junk), so without one of these every run of the
    segment is ordinary characters (which the trimming takes away) or holds a good piece
    and no bad unit (digits, capitals: 5392年, GDP), and nothing of it can be garbled."""
    last = len(segment) - 1
    bad_pieces: bool | None = None  # whether a piece may be bad, tested at the first one
    for m in not_ordinary.finditer(segment):
        i = m.start()
        if not HAN_RE.match(m.group()):
            if bad_pieces is None:
                bad_pieces = BAD_PIECE_CHAR_RE.search(segment) is not None
            if bad_pieces:
                return True  # a piece, which pairs with nothing and may be bad
            continue
        left = i > 0 and segment[i - 1 : i + 1] in freqs and HAN_RE.match(segment[i - 1])
        right = i < last and segment[i : i + 2] in freqs and HAN_RE.match(segment[i + 1])
        if not (left or right):
            return True
    return False


def implausible_spans(view: str) -> list[tuple[int, int]]:
    """(start, end) of the garbled runs of one simplified line, in order."""
    if HAN_RE.search(view) is None:
        return []  # every Han character is a unit: a line without them has no run to judge
    ordinary = _ordinary_chars()
    out: list[tuple[int, int]] = []
    # A run never leaves a segment (units glued together: a space or a punctuation mark
    # parts them), and a segment of ordinary characters alone (most clauses) holds none
    # that survives the trimming.
    for m in PLAUSIBILITY_SEGMENT_RE.finditer(view):
        segment = m.group()
        if not ordinary.issuperset(segment):
            start = m.start()
            out.extend((start + a, start + b) for a, b in _segment_runs(segment))
    return out


@functools.lru_cache(maxsize=SEGMENT_CACHE)
def _segment_runs(segment: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the garbled runs of one segment, from its start: a function of the
    segment alone (its units and their pairs never reach past the gaps around it), so a
    segment met again is not judged again.  The next pass over the steps meets most
    segments again: the punctuation it normalised is a gap, outside every segment."""
    if not _may_hold_run(segment, _freqs(), _not_ordinary_re()):
        return ()
    return tuple(_segment_spans(segment, 0, len(segment)))


def _junk_start(view: str, start: int, first: int, found: Sequence[tuple[int, int]]) -> int:
    """Where a junk run starts: after its first token when that is a closing bracket glued
    to the text that closes a bracket the text opened (不止步) , M- w i5): the text is the
    line up to the run without the junk already ``found``, read only for such a run."""
    openers = JUNK_OPENING_CLOSER.get(view[first], "")
    if not openers or first != start or view[first + 1 : first + 2] != " ":
        return start
    before = "".join(
        view[a:b]
        for a, b in zip([0, *(e for _, e in found)], [*(s for s, _ in found), start], strict=True)
    )
    if sum(before.count(o) for o in openers) > before.count(view[first]):
        return first + 1
    return start


def _ascii_junk(view: str) -> list[tuple[int, int]]:
    if ASCII_JUNK_SCREEN_RE.search(view) is None:
        return []  # no run of three tokens, so no match
    out: list[tuple[int, int]] = []
    for m in ASCII_JUNK_RE.finditer(view):
        tokens = m["junk"].split(" ")
        mixed = sum(1 for t in tokens if JUNK_TOKEN_MIXED_RE.search(t))
        lettered = sum(1 for t in tokens if ASCII_LETTER_RE.search(t))
        if mixed / len(tokens) >= JUNK_MIXED_TOKEN_SHARE and lettered >= MIN_JUNK_LETTERED_TOKENS:
            # the spaces the junk was padded with go too: 会上 9 Y8 提出 -> 会上提出
            end = m.end("glued") if m["glued"] else m.end("junk")
            while end < len(view) and view[end] == " ":
                end += 1
            out.append((_junk_start(view, m.start(), m.start("junk"), out), end))
    return out


@functools.cache
def _common_chars() -> frozenset[str]:
    """The 3,755 most common characters (GB2312 level 1, rows 16-55), decoded from their
    code points (the codec maps them one to one): a line's Han characters are tested
    against them by one set operation rather than an encoding per character."""
    out = set()
    for lead in range(GB2312_LEVEL1_FIRST, GB2312_LEVEL1_LAST + 1):
        for trail in range(GB2312_TRAIL_FIRST, GB2312_TRAIL_LAST + 1):
            try:
                out.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # an unassigned code point (the end of row 55)
    return frozenset(out)


def _suspicious(line: str) -> bool:
    """Cheap test before jieba's dictionary is loaded: a garbled run always holds a
    character outside GB2312's first level (the 3,755 most common; traditional text
    always does), a Latin letter or kana.  Lines of common characters only are
    simplified text as written and are not judged (most lines of most articles)."""
    return (
        not _common_chars().issuperset(HAN_RE.findall(line))
        or NOT_COMMON_TEXT_RE.search(line) is not None
    )


# A removal to record: the dropped text and why.
_Removal = tuple[str, str]


def _drop_spans(
    line: str, spans: list[tuple[int, int]], reason: str, removed: list[_Removal]
) -> str:
    for start, end in sorted(spans, reverse=True):
        removed.append((line[start:end].strip(), reason))
        line = line[:start] + line[end:]
    return line


def _paired_chars(run: str, freqs: dict[str, int]) -> int:
    """How many characters of a run of Han characters start a dictionary word with a
    neighbour."""
    # pairs with the next (each pair spelled and looked up by C-level maps, not a loop)
    right = list(map(freqs.__contains__, map(operator.add, run, run[1:])))
    return sum(map(operator.or_, [False, *right], [*right, False]))


def _is_salad(sentence: str) -> bool:
    """Whether ``sentence`` has enough Han characters (in runs of four or more) to judge
    and too few of them start a dictionary word with a neighbour."""
    return _salad_runs(tuple(SALAD_HAN_RUN_RE.findall(sentence)))


@functools.lru_cache(maxsize=SEGMENT_CACHE)
def _salad_runs(runs: tuple[str, ...]) -> bool:
    """:func:`_is_salad` of a sentence with these runs of Han characters: a function of
    the runs alone, so a sentence met again with other punctuation (the next pass over
    the steps, after the punctuation was normalised) is not judged again."""
    freqs = _freqs()
    total = sum(map(len, runs))
    if total < SALAD_MIN_CHARS:
        return False
    paired = 0
    for run in runs:
        paired += _paired_chars(run, freqs)
        if paired / total >= SALAD_MAX_PAIRED_SHARE:
            return False  # the share only grows with the runs not yet counted
    return True


def word_salad_spans(view: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one simplified line that are word salad."""
    return [m.span() for m in SALAD_SENTENCE_RE.finditer(view) if _is_salad(m.group())]


@functools.lru_cache(maxsize=LINE_CACHE)
def _clean_line(line: str) -> tuple[str, tuple[_Removal, ...]]:
    """The line without its implausible spans, and the removals to record in order (a
    function of the line alone, so a line met again is not judged again)."""
    removed: list[_Removal] = []
    if sum(len(r) for r in SALAD_HAN_RUN_RE.findall(line)) >= SALAD_MIN_CHARS:
        salad = word_salad_spans(to_simplified_line(line))
        if salad:
            reason = "word salad: characters at random that form no words"
            line = _drop_spans(line, salad, reason, removed)
    if not _suspicious(line):
        return line, tuple(removed)
    view = to_simplified_line(line)
    junk = _ascii_junk(view)
    if junk:
        line = _drop_spans(line, junk, "anti-scraping junk (random letters and digits)", removed)
        view = to_simplified_line(line)
    garbled = implausible_spans(view)
    if garbled:
        reason = "characters that form no Chinese words (unrepaired mojibake)"
        line = _drop_spans(line, garbled, reason, removed)
    return line, tuple(removed)


def drop_implausible_spans(text: str) -> str:
    """Drop runs of characters that form no Chinese words (mojibake, anti-scraping junk)."""
    out = []
    for line in text.split("\n"):
        kept, removed = _clean_line(line)
        for dropped, reason in removed:
            note_removal(KIND, dropped, reason)
        out.append(kept)
    return "\n".join(out)


FOREIGN_KIND = "foreign"
FOREIGN_REASON = (
    "paragraph in another language (a translation or abstract printed with the article)"
)


def remove_foreign_blocks(text: str) -> str:
    """Drop paragraphs in another language printed beside the Chinese article."""
    # Only beside a Chinese article (the test the language gate applies): a foreign page
    # quoting Chinese names keeps its text, for the gate (or the cleaner's share test) to
    # refuse.
    blocks = foreign_blocks(text)
    if not beside_foreign_blocks(text, blocks):
        return text
    skip = set(blocks)
    kept = []
    for i, line in enumerate(text.split("\n")):
        if i in skip:
            note_removal(FOREIGN_KIND, line.strip(), FOREIGN_REASON)
        else:
            kept.append(line)
    return "\n".join(kept)
