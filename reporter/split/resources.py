"""Character classes, regular expressions and data of stage 3 (sentence splitting).

The splitter (:mod:`reporter.split`) is an event scanner: :data:`EVENT` finds the only
places where a decision is needed (end punctuation, ellipses, opening quotes and
brackets), so splitting is linear in the text and fast in CPython.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reporter.text.resources import HAN_BMP

# Sentence-final punctuation, full- and half-width (the cleaner converts half-width
# punctuation between Chinese characters, but not everywhere).  The semicolon is not
# here on purpose: in this genre `；` joins the items of one statement (measures,
# figures), and a clause cut off at `；` cannot be read as evidence on its own.
END_CHARS = "。！？!?｡"
ELLIPSIS_CHARS = "…⋯"
# Closing quotes and brackets: they belong to the sentence before them, and no
# sentence may start with one.  ASCII `"` and `'` are not here: they open as often as
# they close (handled by pairing, see QUOTE_PAIRS).
CLOSERS = "”’」』）)】》〉〗〕］]｝}»›"
# Opener -> closer.  Quotations and brackets whose closer follows within
# MAX_UNSPLIT_QUOTE_CHARS are kept whole; book titles within MAX_TITLE_CHARS are
# never split (see reporter.split for both limits).
QUOTE_PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "（": "）",
    "(": ")",
    "【": "】",
    '"': '"',
}
TITLE_PAIRS = {"《": "》", "〈": "〉"}
# Punctuation after which a sentence goes on even though an end mark came before it,
# e.g. “要干！”，他说 — the comma shows the quotation is part of the sentence.
CONTINUATION_PUNCT = "，,、；;：:"
# Where an over-long sentence (a list without end punctuation) may be cut, strongest
# first: semicolons, then commas, then enumeration commas, then spaces.
LONG_SENTENCE_BREAKS = ("；;", "，,", "、", " \u3000\t")

_ENDS = re.escape(END_CHARS)
_ELLIPSES = re.escape(ELLIPSIS_CHARS)
_CLOSERS = re.escape(CLOSERS)
_OPENERS = re.escape("".join(QUOTE_PAIRS) + "".join(TITLE_PAIRS))

# The decision points of the scanner: a run of end marks, an ellipsis (Unicode or
# three or more dots), or an opening quote/bracket/title mark.
EVENT = re.compile(
    rf"(?P<end>[{_ENDS}]+)|(?P<ellipsis>[{_ELLIPSES}]+|\.{{3,}})|(?P<open>[{_OPENERS}])"
)
# What still belongs to a sentence after its end mark: more end marks or ellipses,
# and closing quotes/brackets, possibly after stray spaces.
TAIL = re.compile(rf"(?:[{_ENDS}{_ELLIPSES}]|\.{{3,}}|\s*[{_CLOSERS}])*")
# Closing quotes/brackets only (after a cut inside an over-long sentence).
CLOSER_RUN = re.compile(rf"(?:\s*[{_CLOSERS}])*")
LEADING_CLOSERS = re.compile(rf"[\s{_CLOSERS}]*")
# How a complete sentence ends: an end mark, ellipsis or semicolon, then closing quotes
# or brackets.  A sentence ending otherwise and on a clause mark or a connective that
# needs a continuation (但, 而, 并, 和 ...) was cut off.
COMPLETE_END = re.compile(rf"(?:[{_ENDS}{_ELLIPSES}；;]|\.{{3,}})[\s{_CLOSERS}\"']*$")
INNER_CLAUSE = re.compile("[，,；;]")
CUT_END = re.compile(r"(?:[，,、：:—]|(?<=[，,])(?:但|而|并|且|和|及|与|或|但是|而且|并且|以及))$")
# Han characters (ingest's variant, HAN_BMP): script conversion maps one to one, so a
# text with every Han character replaced by one placeholder is the same in both scripts.
HAN = re.compile(f"[{HAN_BMP}]")
# Runs of Han characters and of everything else: two texts have the same skeleton
# when both hold the same runs in the same order (compared without building it).
HAN_RUN = re.compile(f"[{HAN_BMP}]+")
NOT_HAN_RUN = re.compile(f"[^{HAN_BMP}]+")
# A sentence must hold at least one letter or digit; a run of punctuation is merged
# into the sentence before it.
WORDISH = re.compile(r"[^\W_]")


@cache
def ellipsis_continuations() -> tuple[str, ...]:
    """Words that continue a sentence after an ellipsis, longest first."""
    text = resources.files("reporter").joinpath("data/split_ellipsis_continuations.txt")
    words = []
    for lineno, line in enumerate(text.read_text(encoding="utf-8").splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if any(ch.isspace() for ch in word):
            raise ValueError(f"split_ellipsis_continuations.txt:{lineno}: one word per line")
        words.append(word)
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))
