"""Stage 3: split a cleaned article into sentences a reader can quote.

Rules (the issue's, plus the decisions it left open):

* A sentence ends after a run of end marks ``。！？!?``, together with the closing
  quotes and brackets that follow (``。”`` ends after ``”``), so no sentence starts
  with a closing quote or bracket.  ``；`` does not end a sentence (it joins the items
  of one statement in this genre); it is a cut point only for over-long sentences.
* An ellipsis (``……``, ``…``, ``...``) is one unit, never cut in half.  It ends a
  sentence when end marks or closing quotes follow it, or when the next text starts
  a new sentence: not punctuation and not a continuation word such as ``等``
  (``data/split_ellipsis_continuations.txt``).
* Nothing inside ``《》`` is ever split.
* Quotations: a quotation (“”, ‘’, 「」, 『』, brackets) that closes within
  :data:`MAX_UNSPLIT_QUOTE_CHARS` is kept whole, whatever end marks it holds; if it
  ends with an end mark the sentence ends after the closing quote and the
  attribution starts the next one — ``“既想早点看到，又有些害怕看到。”`` /
  ``青岛市一位区委书记说，“有了这份榜单，……明明白白。”``.  This genre quotes officials
  at length; keeping a short quotation whole keeps the evidence readable, while a
  longer one (a speech) is split at its own sentence ends like any text.
* A sentence followed by ``，`` or ``：`` after its closing quote goes on
  (“要干！”，他说 is one sentence).
* A sentence longer than :data:`MAX_SENTENCE_CHARS` (a list without end marks) is cut
  at the last ``；``, else ``，``, else ``、``, else space that fits.
* Whitespace around a sentence is outside its offsets; a run of punctuation with no
  letter or digit is merged into the sentence before it, never a sentence of its own.

* A run of text with no separator at all is never cut mid-word, however long.

The scanner visits only the decision points found by one regular expression, so it is
linear in the text.

``Sentence.original`` is the same span of ``original_text``: the same offsets when the
two texts have the same shape (script conversion is character for character); else
paragraphs are paired, and a paragraph whose length changed (the cleaner removed
something from one text only) is aligned with its original converted to simplified
characters, so insertions and deletions are placed exactly.  A sentence whose paragraph
has no counterpart gets its cleaned text as ``original``.
"""

from __future__ import annotations

import difflib
import unicodedata
from bisect import bisect_right
from functools import cached_property

from reporter.clean.script import to_simplified
from reporter.models import CleanArticle, Document, Sentence
from reporter.split import resources as res

# A quotation closing within this many characters is one unit: officials' quotes in
# this genre are one to three short sentences (30-150 characters); longer quoted
# passages are speeches, split like any text so no "sentence" runs to a page.
MAX_UNSPLIT_QUOTE_CHARS = 150
# A book or document title (《…》) is never split; beyond this length a 《 is taken to
# be unmatched (the longest document titles in policy text run to about 60 characters).
MAX_TITLE_CHARS = 100
# Above this length a "sentence" is a list or a run-on without end marks: cut it so
# summaries and evidence stay readable.  Real sentences of the genre stay below ~200.
MAX_SENTENCE_CHARS = 250
# A cut inside an over-long sentence leaves at least this many characters before it,
# so the pieces are clauses, not fragments.
MIN_PIECE_CHARS = 30
# difflib alignment of a paragraph whose simplified and original lengths differ costs
# O(n*m) at worst; beyond this length the offsets are mapped proportionally.
MAX_ALIGN_CHARS = 3_000
# A sentence without an end mark this long is no heading or title (those stay below
# ~50 characters): the page or the excerpt cut it off.
CUT_OFF_MIN_CHARS = 60
# The article's last sentence is held to less: scraped excerpts end mid-sentence, so a
# last "sentence" of this length with a clause inside (a comma or semicolon) and no end
# mark was cut there; a heading or a credit at the end has no clause inside.
CUT_OFF_LAST_MIN_CHARS = 20


def looks_cut_off(text: str, *, last: bool = False) -> bool:
    """True for a sentence that stops before its end: no end mark, and either a clause
    mark or connective last (``……增长16.6%，但``), or too long for a heading, or (``last``:
    the article's final sentence) a clause inside.  Evidence quoting such a sentence is
    shown with an ellipsis so no reader takes it as whole."""
    stripped = text.strip()
    if not stripped or res.COMPLETE_END.search(stripped):
        return False
    if res.CUT_END.search(stripped) is not None or len(stripped) >= CUT_OFF_MIN_CHARS:
        return True
    return (
        last
        and len(stripped) >= CUT_OFF_LAST_MIN_CHARS
        and res.INNER_CLAUSE.search(stripped) is not None
    )


def split_sentences(article: CleanArticle) -> Document:
    """The article's sentences, each with its paragraph index and offsets into ``text``."""
    mapper = _OriginalMapper(article.text, article.original_text)
    sentences = tuple(
        Sentence(
            index=i,
            paragraph=paragraph,
            start=start,
            end=end,
            text=article.text[start:end],
            original=mapper.slice(start, end, paragraph) or article.text[start:end],
        )
        for i, (paragraph, start, end) in enumerate(sentence_spans(article.text))
    )
    return Document(article, sentences)


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of every sentence; paragraphs are ``text.split("\\n")``."""
    spans: list[tuple[int, int, int]] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        spans.extend((paragraph, offset + a, offset + b) for a, b in _paragraph_spans(line))
        offset += len(line) + 1
    return spans


# --------------------------------------------------------------------------- scanner


def _paragraph_spans(s: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_cuts(s), len(s)]:
        if cut <= start:
            continue
        a = res.LEADING_CLOSERS.match(s, start, cut).end()  # type: ignore[union-attr]
        a, b = _strip(s, a, cut)
        start = cut
        if a >= b:
            continue
        if not res.WORDISH.search(s, a, b):
            if spans:  # punctuation only: it belongs to the sentence before
                spans[-1] = (spans[-1][0], b)
            continue
        spans.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        out.extend(_split_long(s, a, b))
    return out


def _cuts(s: str) -> list[int]:
    """Offsets where a sentence ends (exclusive), in increasing order."""
    cuts: list[int] = []
    sentence_start = 0
    pos = 0
    while (m := res.EVENT.search(s, pos)) is not None:
        kind = m.lastgroup
        if kind == "open":
            pos = m.end()
            closer_at = _matching_closer(s, m.start())
            if closer_at is None:
                continue  # unmatched or long: its inner end marks split as usual
            pos = closer_at + 1
            if s[m.start()] in res.TITLE_PAIRS or not _ends_with_end_mark(s, m.end(), closer_at):
                continue
            end = _tail_end(s, pos, sentence_start)
        elif kind == "end":
            end = _tail_end(s, m.end(), sentence_start)
        else:  # ellipsis
            end = _tail_end(s, m.end(), sentence_start)
            if end == m.end() and not _starts_sentence(s, end):
                pos = end
                continue
        pos = end
        if not _continues(s, end):
            cuts.append(end)
            sentence_start = end
    return cuts


def _matching_closer(s: str, at: int) -> int | None:
    opener = s[at]
    if opener in res.TITLE_PAIRS:
        closer, limit = res.TITLE_PAIRS[opener], MAX_TITLE_CHARS
    else:
        closer, limit = res.QUOTE_PAIRS[opener], MAX_UNSPLIT_QUOTE_CHARS
    found = s.find(closer, at + 1, at + 2 + limit)
    return None if found < 0 else found


def _ends_with_end_mark(s: str, inner_start: int, closer_at: int) -> bool:
    if closer_at <= inner_start:
        return False
    last = s[closer_at - 1]
    return (
        last in res.END_CHARS
        or last in res.ELLIPSIS_CHARS
        or s.endswith("...", inner_start, closer_at)
    )


def _tail_end(s: str, pos: int, sentence_start: int) -> int:
    """Extend an end mark over further end marks and closing quotes/brackets."""
    end = res.TAIL.match(s, pos).end()  # type: ignore[union-attr]
    # an ASCII double quote closes the sentence's quotation when one is open in it
    while end < len(s) and s[end] == '"' and s.count('"', sentence_start, end) % 2 == 1:
        end = res.TAIL.match(s, end + 1).end()  # type: ignore[union-attr]
    return end


def _next_visible(s: str, pos: int) -> int:
    while pos < len(s) and s[pos].isspace():
        pos += 1
    return pos


def _continues(s: str, pos: int) -> bool:
    nxt = _next_visible(s, pos)
    return nxt < len(s) and s[nxt] in res.CONTINUATION_PUNCT


def _starts_sentence(s: str, pos: int) -> bool:
    nxt = _next_visible(s, pos)
    if nxt >= len(s):
        return False
    ch = s[nxt]
    if ch in res.QUOTE_PAIRS or ch in res.TITLE_PAIRS:
        return True
    if unicodedata.category(ch).startswith("P") or ch in res.CLOSERS:
        return False
    return not any(s.startswith(word, nxt) for word in res.ellipsis_continuations())


def _strip(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return a, b


# --------------------------------------------------------------------------- long sentences


def _split_long(s: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while b - a > MAX_SENTENCE_CHARS:
        cut = _long_cut(s, a, b)
        if cut is None:
            break
        pieces.append(_strip(s, a, cut))
        a = _next_visible(s, cut)
    pieces.append((a, b))
    return pieces


def _long_cut(s: str, a: int, b: int) -> int | None:
    lo, hi = a + MIN_PIECE_CHARS, min(b, a + MAX_SENTENCE_CHARS)
    for breaks in res.LONG_SENTENCE_BREAKS:
        for i in range(hi - 1, lo - 1, -1):
            if s[i] not in breaks or s.count("《", a, i) > s.count("》", a, i):
                continue
            cut = res.CLOSER_RUN.match(s, i + 1).end()  # type: ignore[union-attr]
            if cut < b and res.WORDISH.search(s, cut, b):
                return cut
    return None


# --------------------------------------------------------------------------- original text


class _OriginalMapper:
    """Maps a span of the cleaned text to the same span of ``original_text``.

    Script conversion is character for character, so when the two texts have the same
    *skeleton* (every Han character replaced by one placeholder) the offsets are the
    same.  Otherwise paragraphs are paired on their skeletons (cheap: one item per
    paragraph); a run of paragraphs that differ is aligned with its counterpart run on
    the characters both share.  A paragraph with no counterpart has no original.
    """

    def __init__(self, text: str, original: str) -> None:
        self.text = text
        self.original = original
        self.identical = text == original or (
            len(text) == len(original) and _shape(text) == _shape(original)
        )
        self._maps: dict[int, _Mapping] = {}

    @cached_property
    def _runs(self) -> tuple[list[int], list[tuple[int, int, str] | None]]:
        """Paragraph starts, and per paragraph its run: (first, last + 1, original run)."""
        ours, theirs = self.text.split("\n"), self.original.split("\n")
        matcher = difflib.SequenceMatcher(
            None, [_skeleton(p) for p in ours], [_skeleton(p) for p in theirs], autojunk=False
        )
        runs: list[tuple[int, int, str] | None] = [None] * len(ours)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for k in range(i2 - i1):
                    runs[i1 + k] = (i1 + k, i1 + k + 1, theirs[j1 + k])
            elif tag == "replace":
                for k in range(i1, i2):
                    runs[k] = (i1, i2, "\n".join(theirs[j1:j2]))
        return _starts(ours), runs

    def slice(self, start: int, end: int, paragraph: int) -> str | None:
        if self.identical:
            return self.original[start:end].strip()
        starts, runs = self._runs
        run = runs[paragraph]
        if run is None:
            return None
        first, last, theirs = run
        base = starts[first]
        if first not in self._maps:
            ours = "\n".join(self.text.split("\n")[first:last])
            self._maps[first] = _boundary_map(ours, theirs)
        mapping = self._maps[first]
        found = theirs[mapping(start - base) : mapping(end - base)].strip()
        if "\n" in found:
            # the span crosses a paragraph the cleaned text does not have: keep the
            # paragraph(s) that read like the sentence
            ours = self.text[start:end]
            options = [p.strip() for p in found.split("\n")] + [found.replace("\n", "")]
            found = max(options, key=lambda o: _similarity(ours, o))
        return found or None


def _similarity(ours: str, theirs: str) -> float:
    matcher = difflib.SequenceMatcher(None, ours, _to_simplified(theirs), autojunk=False)
    return matcher.ratio()


def _skeleton(text: str) -> str:
    return res.HAN.sub("\u4e00", text)


def _shape(text: str) -> tuple[bool, list[str], list[int]]:
    """What :func:`_skeleton` keeps, found in runs: whether the text opens with Han,
    the runs of other characters, and the lengths of the Han runs between them (runs
    alternate, so these three give the skeleton back)."""
    return (
        res.HAN.match(text) is not None,
        res.NOT_HAN_RUN.findall(text),
        list(map(len, res.HAN_RUN.findall(text))),
    )


def _starts(paragraphs: list[str]) -> list[int]:
    starts, offset = [], 0
    for line in paragraphs:
        starts.append(offset)
        offset += len(line) + 1
    return starts


class _Mapping:
    """A monotone map of boundary offsets from one string to another."""

    def __init__(self, blocks: list[tuple[int, int, int]] | None, ratio: float = 1.0) -> None:
        self.blocks = blocks
        self.ratio = ratio
        self.starts = [blk[0] for blk in blocks] if blocks else []

    def __call__(self, x: int) -> int:
        if self.blocks is None:
            return round(x * self.ratio)
        k = bisect_right(self.starts, x) - 1
        i, j, size = self.blocks[k]
        if x <= i + size:
            return j + (x - i)
        ni, nj, _ = self.blocks[k + 1]
        # between two matching blocks: interpolate over the differing stretch
        gap_ours, gap_theirs = ni - (i + size), nj - (j + size)
        return j + size + round((x - i - size) * gap_theirs / gap_ours)


def _boundary_map(ours: str, theirs: str) -> _Mapping:
    if len(ours) == len(theirs):
        return _Mapping(None)
    if not ours or max(len(ours), len(theirs)) > MAX_ALIGN_CHARS:
        return _Mapping(None, len(theirs) / max(1, len(ours)))
    # align on real characters once the original is in the cleaned text's script, so an
    # inserted or dropped character is placed exactly; if conversion changed the length
    # (a rare phrase mapping), align the skeletons instead
    folded = _to_simplified(theirs)
    a, b = (ours, folded) if len(folded) == len(theirs) else (_skeleton(ours), _skeleton(theirs))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    blocks = [(0, 0, 0), *((m.a, m.b, m.size) for m in matcher.get_matching_blocks())]
    return _Mapping(blocks)


def _to_simplified(text: str) -> str:
    # The cleaner's own conversion, so both stages agree on every character.
    return to_simplified(text)
