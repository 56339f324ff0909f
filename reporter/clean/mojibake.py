"""Repair or drop GBK text decoded one byte off.

What the seeds show
-------------------
Pages of this genre were converted to traditional characters, annotated with
pinyin, and served as GBK.  Somewhere on the way one byte of a two-byte character
went missing, and the decoder read the following bytes one position off until it
fell back into step.  In the saved UTF-8 file that looks like::

    有些害怕看到?!鼻鄭u市     (published: 有些害怕看到。”青島市)

Byte by byte (GBK): ``。”青島`` is ``a1a3 a1b1 c7e0 8d75``.  The lead byte ``a1``
of ``。`` was lost (the decoder wrote ``?``), so the rest was read in shifted
pairs: ``a3a1`` = ``！`` (the scraper later turned full-width ``！`` into ``!``),
``b1c7`` = 鼻, ``e08d`` = 鄭, and the trail byte ``75`` of 島, an ASCII code,
came out alone as ``u``; there the decoder was back in step (``市``).  Every such
run therefore starts with ``?`` and ends at the first single-byte character (an
ASCII letter or symbol in the GBK trail range, or ``€`` for byte 0x80); GBK
user-defined codes in between show up as private-use characters.

Repair reverses it: re-encode the run (full-width punctuation restored, private-use
characters back to their GBK codes), drop the orphaned trail byte of the lost
character, decode again: ``!鼻鄭u`` -> ``”青島``.  The lost character itself is
guessed from its trail byte: before an opening or closing quote it is the GBK
punctuation row (``a1a3`` = 。), otherwise the character that makes a frequent
jieba dictionary word with its neighbours (非? + ``a3`` -> 常, as in 非常).  A run
that ends in ``?`` lost the trail byte of its last character instead; that one is
guessed from its lead byte the same way.  A repair is accepted only when it reads
as Chinese: jieba dictionary words cover at least ``REPAIR_MIN_COVERAGE`` of its
Han characters, or all of them are common characters (names such as 陳文超 are in
no dictionary), and it scores better than the garbled text.

When only a character's pinyin annotation survived (``人民日?bào)``), the character
is restored from the annotation: among the common characters with that reading
(``reporter/data/pinyin_readings.tsv``) the one that makes a frequent dictionary
word with the preceding text (人民日报).  Everything else is dropped and recorded:
lost characters nothing identifies (``干事?lián)``), a stray ``?`` glued to a comma,
U+FFFD replacement characters and leftover private-use characters.

jieba is imported lazily, only when a line holds a suspicious span.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from reporter.clean.pinyin import fold_tones, is_pinyin, strip_pinyin_annotations
from reporter.clean.record import note_change, note_removal, silenced
from reporter.clean.resources import (
    CJK_PUNCT,
    HAN_RE,
    MOJIBAKE_LOST_RUN_RE,
    MOJIBAKE_LOST_WITH_PINYIN_RE,
    MOJIBAKE_QUOTE_ROW_RUN_RE,
    MOJIBAKE_STRAY_QMARK_RE,
    MOJIBAKE_UNMARKED_RUN_RE,
    PRIVATE_USE_RE,
    REPLACEMENT_CHAR_RE,
    pinyin_readings,
)
from reporter.clean.script import count_script, to_simplified_line, to_traditional_char
from reporter.text import segment

# Share of a repaired span's Han characters that jieba dictionary words must cover:
# shifted garbage scores near 0, real Chinese above 0.7 (names and rare words
# account for the rest).
REPAIR_MIN_COVERAGE = 0.6
# jieba frequency from which a single character counts as common; shifted garbage
# nearly always contains rarer ones (愇 2, 螘 2, 袝 3), names nearly never (陈 5608).
COMMON_CHAR_FREQ = 1000
# A shifted run re-synchronises at the first single-byte character; runs longer
# than this are not mojibake but ordinary text after a real question mark.
MAX_RUN_CHARS = 40
# Characters of context on each side used to judge a repair.
CONTEXT_CHARS = 4
# Minimum jieba frequency of a word that justifies restoring a lost character: 非常
# (15,958) or 人民日报 (1,087) qualify, chance pairs such as 到校 with a stray
# neighbour mostly do not.
MIN_GUESS_FREQ = 300
# A garbled character left right after a dropped annotation (展?jié)撃) is rare.
RARE_CHAR_FREQ = 50
# A lost character is restored as a Han character only when the word it makes is
# more frequent than this; otherwise the GBK punctuation row wins (。 is by far the
# most frequent character to lose a byte at a sentence boundary).
PUNCT_PRIOR_FREQ = 5000

# Candidate strings whose simplified forms are kept: one per GBK trail byte and
# per pinyin syllable at most, a few hundred in all.
CANDIDATE_CACHE = 1024
# Runs whose repair is kept: an article holds a few dozen at most.
REPAIR_CACHE = 1024

_FULL_WIDTH = {"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？"}
_GBK_TRAIL_ASCII = range(0x40, 0x7F)  # ASCII codes that are valid GBK trail bytes
_EURO_BYTE = 0x80  # cp936 maps the lone byte 0x80 to "€"
_PUNCT_ROW_LEAD = 0xA1  # GBK row of CJK punctuation (、。·…“”)
_QUOTES = "“”‘’「」『』"

KIND = "mojibake"


@functools.cache
def _jieba() -> Any:
    # Through reporter.text.segment, so the dictionary is the one every stage sees (with the
    # genre's words added), built quietly with its cache in our cache folder.
    segment.ensure_jieba()
    import jieba

    return jieba


def _freq(word: str) -> int:
    f: int = _jieba().dt.FREQ.get(word, 0)
    return f


@dataclass(frozen=True)
class _Score:
    coverage: float  # share of Han chars inside dictionary words
    common: float  # share of Han chars that are common characters

    def reads_as_chinese(self) -> bool:
        return self.coverage >= REPAIR_MIN_COVERAGE or math.isclose(self.common, 1.0)

    def beats(self, other: _Score) -> bool:
        return self.coverage > other.coverage or self.common > other.common


def _punctuation_only(text: str) -> bool:
    return bool(text) and all(ch in CJK_PUNCT for ch in text)


def _score(before: str, span: str, after: str) -> _Score:
    window = to_simplified_line(before + span + after)
    lo, hi = len(before), len(before) + len(span)
    han = [i for i in range(lo, hi) if HAN_RE.match(window[i])]
    if not han:
        return _Score(1.0, 1.0)
    covered: set[int] = set()
    pos = 0
    for word in _jieba().lcut(window, HMM=False):
        if len(word) >= 2 and _freq(word) > 0:
            covered.update(range(pos, pos + len(word)))
        pos += len(word)
    common = sum(1 for i in han if _freq(window[i]) >= COMMON_CHAR_FREQ)
    return _Score(sum(1 for i in han if i in covered) / len(han), common / len(han))


@functools.lru_cache(maxsize=CANDIDATE_CACHE)
def _simplified_each(candidates: str) -> tuple[str, ...]:
    return tuple(to_simplified_line(ch) for ch in candidates)


def _best_in_context(candidates: str, before: str, after: str, floor: int = MIN_GUESS_FREQ) -> str:
    """The candidate that makes the most frequent dictionary word with its
    neighbours, or "" when none reaches ``floor`` (the first one on a tie)."""
    if not candidates:
        return ""
    prev = to_simplified_line(before[-3:])
    nxt = to_simplified_line(after[:2])
    freqs = _jieba().dt.FREQ
    # jieba's table also holds every prefix of every word (with frequency 0), so a
    # head that is no prefix there starts no word with any candidate.
    heads = [prev[k:] for k in range(len(prev)) if prev[k:] in freqs]
    tails = [nxt[:k] for k in range(1, len(nxt) + 1)]
    simple = _simplified_each(candidates)
    # One column of word frequencies per neighbour, one row per candidate.
    columns = [[h + s for s in simple] for h in heads] + [[s + t for s in simple] for t in tails]
    found = [list(map(freqs.get, words, repeat(0))) for words in columns]
    # Each candidate's best word; the zero columns (frequencies are never negative)
    # give max() two arguments however few neighbours there are.
    zeros = [0] * len(simple)
    tops = list(map(max, zeros, zeros, *found))
    top = max(tops)
    return candidates[tops.index(top)] if top >= floor else ""


def _decode_pair(lead: int, trail: int) -> str:
    try:
        return bytes([lead, trail]).decode("gb18030")
    except UnicodeDecodeError:
        return ""


@functools.cache
def _han_with_trail(trail: int) -> str:
    """The Han characters whose GBK code ends in byte ``trail``, by lead byte."""
    pairs = (_decode_pair(lead, trail) for lead in range(0x81, 0xFF))
    return "".join(ch for ch in pairs if HAN_RE.match(ch))


def _guess_from_trail(trail: int, before: str, after: str) -> str:
    """The character whose lead byte was lost, from its trail byte and context."""
    punct = _decode_pair(_PUNCT_ROW_LEAD, trail)
    if punct and after[:1] in _QUOTES:
        return punct
    han = _han_with_trail(trail)
    floor = PUNCT_PRIOR_FREQ if punct else MIN_GUESS_FREQ
    return _best_in_context(han, before, after, floor) or punct


@dataclass(frozen=True)
class _Run:
    start: int  # index of the leading "?"
    end: int  # one past the run; a final lost-byte "?" stays outside
    lost_tail: bool  # the run ends where a "?" stands for a lost trail byte


def _two_bytes(ch: str) -> bool:
    try:
        return len(_FULL_WIDTH.get(ch, ch).encode("gb18030")) == 2
    except UnicodeEncodeError:
        return False


def _find_run(line: str, start: int) -> _Run | None:
    """The shifted run starting at the "?" at ``start``, if the line has one."""
    j = start + 1
    limit = min(len(line), start + 1 + MAX_RUN_CHARS)
    while j < limit:
        ch = line[j]
        if ch == "?" and j > start + 1:
            return _Run(start, j, True)
        if ch == "€" or ord(ch) in _GBK_TRAIL_ASCII:
            return _Run(start, j + 1, False) if j > start + 1 else None
        if not _two_bytes(ch):
            return None
        j += 1
    return None


def _encode_run(chars: str) -> bytes | None:
    out = bytearray()
    for ch in chars:
        if ch == "€":
            out.append(_EURO_BYTE)
            continue
        try:
            out += _FULL_WIDTH.get(ch, ch).encode("gb18030")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _repair_run(line: str, run: _Run) -> str | None:
    """The repaired text of ``run``, or None when no repair reads as Chinese."""
    before = line[max(0, run.start - CONTEXT_CHARS) : run.start]
    after = line[run.end : run.end + CONTEXT_CHARS]
    return _repair(before, line[run.start : run.end], after, run.lost_tail)


@functools.lru_cache(maxsize=REPAIR_CACHE)
def _repair(before: str, garbled: str, after: str, lost_tail: bool) -> str | None:
    """:func:`_repair_run` on the run's text and context (cleaning's second pass
    meets every run the first pass could not repair again)."""
    raw = _encode_run(garbled[1:])
    if raw is None or len(raw) < 2:
        return None
    orphan, rest = raw[0], raw[1:]
    if lost_tail and len(rest) % 2 == 1:
        # A lead byte whose trail was lost: the "?" after the run stands for it.
        rest = rest[:-1]
    elif lost_tail:
        return None
    try:
        decoded = rest.decode("gb18030")
    except UnicodeDecodeError:
        return None
    repaired = _guess_from_trail(orphan, before, decoded + after) + decoded
    if any(ch == "\ufffd" or PRIVATE_USE_RE.match(ch) for ch in repaired):
        return None
    if not HAN_RE.search(repaired) and not HAN_RE.search(garbled):
        # "?!" for "。" before a tag or line end: nothing to score, the shape decides.
        return repaired if _punctuation_only(repaired) else None
    new = _score(before, repaired, after)
    if not new.reads_as_chinese() or not new.beats(_score(before, garbled, after)):
        return None
    return repaired


def _fix_runs(line: str) -> str:
    out: list[str] = []
    i = 0
    while (mark := line.find("?", i)) != -1:
        out.append(line[i:mark])
        i = mark
        run = _find_run(line, i)
        repaired = _repair_run(line, run) if run is not None else None
        if run is not None and repaired is None and _unrepairable_quote_run(line, run):
            # the lost character stood before the punctuation row (its trail byte made
            # the "!"): by far most often the 。 that ends a sentence, as in a repair
            note_change(line[run.start : run.end], "。")
            out.append("。")
            i = run.end
            continue
        if run is None or repaired is None:
            out.append("?")
            i += 1
            continue
        note_change(line[run.start : run.end], repaired)
        out.append(repaired)
        i = run.end
        if run.lost_tail and not MOJIBAKE_LOST_WITH_PINYIN_RE.match(line, i):
            # The damaged last character left only this "?" (and swallowed the
            # single-byte character after it).  A lead byte from the punctuation
            # row closing an open quote is the closing quote; otherwise drop it.
            raw = _encode_run(line[run.start + 1 : run.end]) or b""
            done = "".join(out)
            if raw[-1:] == bytes([_PUNCT_ROW_LEAD]) and done.count("“") > done.count("”"):
                note_change("?", "”")
                out.append("”")
            else:
                _drop("?", "a '?' standing for a character lost in transcoding")
            i += 1
    out.append(line[i:])
    return "".join(out)


def _unrepairable_quote_run(line: str, run: _Run) -> bool:
    """A run the repair failed on that is mojibake all the same: short, after a Han
    character, opening with the ``!`` that a lost byte before the punctuation row makes
    (``跃升62位?!叭h各级`` for ``跃升62位。”全县各级``), closed by its trail byte as a
    letter.  A real "?!" is followed by the next sentence, which runs on past a few
    characters.  The run becomes the 。 that most often lost its byte there: left as
    "？！" it ended a summary sentence mid-clause; dropped, two sentences ran together."""
    return (
        not run.lost_tail
        and run.start > 0
        and HAN_RE.match(line[run.start - 1]) is not None
        and MOJIBAKE_QUOTE_ROW_RUN_RE.fullmatch(line, run.start, run.end) is not None
    )


def _fix_unmarked_runs(line: str) -> str:
    """Shifted runs whose lost lead byte left no "?" (the scraper dropped it): the run
    then opens with the ``!`` that ``。”`` became (``從來沒有過!睅孜辉诂F場`` for
    ``從來沒有過。”幾位在現場``).  The same repair, accepted only when it reads as Chinese
    and better than the text as it stands, so a real exclamation mark stays."""
    out: list[str] = []
    i = 0
    for m in MOJIBAKE_UNMARKED_RUN_RE.finditer(line):
        k = m.start()
        if k < i:
            continue
        # the run as if its "?" stood before the "!"
        virtual = _find_run("?" + line[k:], 0)
        if virtual is None or virtual.lost_tail:
            continue
        end = k + virtual.end - 1
        before = line[max(0, k - CONTEXT_CHARS) : k]
        after = line[end : end + CONTEXT_CHARS]
        repaired = _repair(before, "?" + line[k:end], after, False)
        if repaired is None:
            continue
        note_change(line[k:end], repaired)
        out.append(line[i:k])
        out.append(repaired)
        i = end
    out.append(line[i:])
    return "".join(out)


@functools.lru_cache(maxsize=4)
def _article_view(article: str) -> str:
    """The article as the reader sees it: simplified, without pinyin annotations."""
    with silenced():
        return to_simplified_line(strip_pinyin_annotations(article))


def _restore_from_pinyin(line: str, m: re.Match[str], article: str) -> str:
    """The lost character read ``m["py"]``: the candidate that the article itself
    writes between the same neighbours elsewhere (金?yīng)龍 -> 應, as in 金應龍 three
    lines down), else the one making a frequent dictionary word (人民日?bào) -> 报)."""
    syllable = fold_tones(m["py"].lower())
    candidates = pinyin_readings().get(syllable, "")
    before = line[max(0, m.start() - CONTEXT_CHARS) : m.start()]
    after = line[m.end() : m.end() + CONTEXT_CHARS]
    if before and after and HAN_RE.match(before[-1]) and HAN_RE.match(after[0]):
        view = _article_view(article)
        prev, nxt = to_simplified_line(before[-1]), to_simplified_line(after[0])
        seen = {c: view.count(prev + c + nxt) for c in candidates}
        best = max(seen, key=lambda c: seen[c], default="")
        if best and seen[best] > 0:
            return best
    return _best_in_context(candidates, before, after)


def _in_script_of(line: str, ch: str) -> str:
    """``ch`` (a simplified candidate) written in the script of ``line``, so the
    published text stays in one script."""
    if not ch:
        return ch
    counts = count_script(line)
    return to_traditional_char(ch) if counts.traditional > counts.simplified else ch


def _restore_lost_with_pinyin(line: str, article: str) -> str:
    """Restore or drop each "?pinyin)" left to right, each seeing the text as
    already repaired before it (人民日?qǐng)?bào): the second sees 人民日)."""
    pos = 0
    while m := MOJIBAKE_LOST_WITH_PINYIN_RE.search(line, pos):
        prev = line[m.start() - 1 : m.start()]
        if not is_pinyin(m["py"]) or (prev and not HAN_RE.match(prev) and prev not in CJK_PUNCT):
            pos = m.start() + 1  # "?id)" in a URL, not an annotation
            continue
        restored = _in_script_of(line, _restore_from_pinyin(line, m, article))
        if restored:
            note_change(m.group(), restored)
            line = line[: m.start()] + restored + line[m.end() :]
            pos = m.start() + len(restored)
            continue
        _drop(m.group(), f"a character lost in transcoding; only its pinyin '{m['py']}' survived")
        end = m.end()
        nxt = line[end : end + 1]
        if nxt and HAN_RE.match(nxt) and _freq(to_simplified_line(nxt)) < RARE_CHAR_FREQ:
            _drop(nxt, "garbled character next to a lost one")
            end += 1
        line = line[: m.start()] + line[end:]
        pos = m.start()
    return line


def _suspicious(line: str) -> bool:
    return (
        "?" in line
        or "\ufffd" in line
        or PRIVATE_USE_RE.search(line) is not None
        or MOJIBAKE_UNMARKED_RUN_RE.search(line) is not None
    )


def _drop(text: str, reason: str) -> None:
    note_removal(KIND, text, reason)


def repair_line(line: str, article: str = "") -> str:
    """Repair or drop the mojibake of one line (``article``: the whole text, for
    restoring lost characters the article repeats elsewhere)."""
    if not _suspicious(line):
        return line
    if "?" in line:
        line = _fix_runs(line)
    line = _fix_unmarked_runs(line)

    line = _restore_lost_with_pinyin(line, article or line)

    def stray(m: re.Match[str]) -> str:
        _drop(m.group(), "a '?' standing for a character lost in transcoding")
        return ""

    line = MOJIBAKE_STRAY_QMARK_RE.sub(stray, line)

    def lost_run(m: re.Match[str]) -> str:
        _drop(m.group(), "characters lost in transcoding (a trail byte left as a letter)")
        return ""

    line = MOJIBAKE_LOST_RUN_RE.sub(lost_run, line)

    def replacement(m: re.Match[str]) -> str:
        _drop(m.group(), "U+FFFD: bytes the original decoder could not read")
        return ""

    line = REPLACEMENT_CHAR_RE.sub(replacement, line)

    def private(m: re.Match[str]) -> str:
        _drop(m.group(), "private-use character left by a GBK decoding error")
        return ""

    return PRIVATE_USE_RE.sub(private, line)


def repair_mojibake(text: str) -> str:
    """Repair GBK text decoded one byte off; drop what cannot be repaired."""
    return "\n".join(repair_line(line, text) for line in text.split("\n"))
