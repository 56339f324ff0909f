"""Word segmentation with jieba: started once per process, one POS pass per sentence.

jieba's prefix-dictionary cache lives in the user cache directory
(``platformdirs.user_cache_dir("reporter")``, else the temp dir) and its logger is
silenced, because nothing below the CLI may print.

Two modes, each cached per sentence (the shared mode also per clause, :func:`_clause`):

* the *shared* mode, ``hmm=False`` (:data:`SHARED_HMM`), what :func:`posseg` gives by
  default: jieba's dictionary words only, cut here (:func:`_posseg_no_hmm`) token for token
  as jieba cuts them.  The default engine, both keyword extractors and the compare stage's
  article similarity read it, so a sentence is segmented once per process for all of them;
  it skips jieba's HMM, most of the cost of segmenting.  What it gives up: a run jieba's
  dictionary does not know (a person's name, a rare place name, a coinage) comes out as
  single characters, and digits or Latin letters inside Chinese text as one ``eng`` token
  (``m`` with the HMM).  Content words, keywords and similarity count only words of two or
  more characters, so the genre's own words jieba lacks are added to its dictionary.
* ``hmm=True``: jieba's default, which textrank4zh uses; the ``textrank`` engine asks for
  it to reproduce textrank4zh exactly.

The genre's vocabulary (专班, 拆违, 网格员, 初心 ...: ``reporter/data/jieba_words.tsv``)
is added in memory by :func:`ensure_jieba`, after jieba has loaded (or built) its cache
file, so the file keeps jieba's own dictionary.  It is the one dictionary of the process:
every user of jieba must call :func:`ensure_jieba` first, so that each sees the same
words whichever stage runs first.  Costs: ``docs/performance.md``, "Text and cleaning".
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from math import log
from pathlib import Path
from typing import Any, NamedTuple

import platformdirs

from reporter.text import resources as res

# The mode posseg() uses unless told otherwise (see the module docstring).
SHARED_HMM = False
# Segmentations are reused within one article (the summary, its keywords and the
# compare stage's terms each read every sentence): the cache holds one long document's
# sentences, not a corpus's, so it stays the same size over a corpus of any size.
SEGMENT_CACHE_SIZE = 8_192
# Below the sentence memo, the shared mode memoises each clause (jieba's "block"):
# clauses recur across articles far more than sentences (stock phrases, reposts whose
# sentences differ in one clause).
CLAUSE_CACHE_SIZE = 16_384

# A word of one character is jieba's to decide; and keywords only count longer ones.
MIN_WORD_CHARS = 2

_WORDS_RESOURCE = ("data", "jieba_words.tsv")
_WORDS_HEADER = ("word", "freq", "tag")
_APP_NAME = "reporter"
_JIEBA_CACHE_FILE = "jieba.cache"
_init_lock = threading.Lock()
_initialized = False
# jieba.posseg's tokenizer once started; importing jieba.posseg loads its HMM tables,
# so it happens on first use, not when the CLI starts.
_pos_tokenizer: Any = None


class Token(NamedTuple):
    """One word of a sentence with its jieba part-of-speech flag ("x" = symbol)."""

    word: str
    flag: str


class WordFileError(ValueError):
    """The packaged genre word list is malformed."""


@dataclass(frozen=True)
class GenreWord:
    """One entry of ``reporter/data/jieba_words.tsv``, as jieba.add_word takes it."""

    word: str
    freq: int
    tag: str


def jieba_tags() -> frozenset[str]:
    """The part-of-speech tags jieba's own dictionary uses (the tags a word may have)."""
    import jieba.posseg

    return frozenset(jieba.posseg.dt.word_tag_tab.values())


def dictionary_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives ``word``; None when it lists none."""
    ensure_jieba()
    tag: str | None = _pos_tokenizer.word_tag_tab.get(word)
    return tag


def _parse_word_line(line: str, where: str, tags: frozenset[str]) -> GenreWord:
    fields = line.split("\t")
    if len(fields) != len(_WORDS_HEADER):
        raise WordFileError(f"{where}: expected word, freq, tag separated by tabs: {line!r}")
    word, freq_text, tag = fields
    if len(word) < MIN_WORD_CHARS or any(c.isspace() for c in word) or not word.isprintable():
        raise WordFileError(f"{where}: a word has {MIN_WORD_CHARS}+ characters, no space: {word!r}")
    if not freq_text.isdigit() or int(freq_text) <= 0:
        raise WordFileError(f"{where}: frequency must be a positive integer: {freq_text!r}")
    if tag not in tags:
        raise WordFileError(f"{where}: {tag!r} is not one of jieba's part-of-speech tags")
    return GenreWord(word, int(freq_text), tag)


@cache
def genre_words() -> tuple[GenreWord, ...]:
    """The genre's words for jieba (``reporter/data/jieba_words.tsv``), validated."""
    path = resources.files("reporter").joinpath(*_WORDS_RESOURCE)
    tags = jieba_tags()
    entries: dict[str, GenreWord] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or tuple(line.split("\t")) == _WORDS_HEADER:
            continue
        where = f"{path}:{number}"
        entry = _parse_word_line(line, where, tags)
        if entry.word in entries:
            raise WordFileError(f"{where}: {entry.word!r} is listed twice")
        entries[entry.word] = entry
    if not entries:
        raise WordFileError(f"{path}: no words")
    return tuple(entries.values())


def cache_dir() -> Path:
    """The directory for jieba's dictionary cache; created if needed."""
    preferred = Path(platformdirs.user_cache_dir(_APP_NAME))
    try:
        preferred.mkdir(parents=True, exist_ok=True)
        if os.access(preferred, os.W_OK):
            return preferred
    except OSError:
        pass
    # A read-only home (containers, CI sandboxes) must not stop segmentation.
    return Path(tempfile.gettempdir())


def _silence_jieba_logger(jieba_stderr_handler: logging.Handler) -> None:
    # jieba attaches its own stderr handler at import; drop exactly that one so records
    # only reach whatever the CLI configured (the NullHandler also keeps logging's
    # last-resort printer from printing warnings).
    logger = logging.getLogger("jieba")
    logger.removeHandler(jieba_stderr_handler)
    logger.addHandler(logging.NullHandler())
    logger.setLevel(logging.WARNING)


def ensure_jieba() -> None:
    """Initialise jieba once per process: our cache location, a quiet logger and the
    genre's words (:func:`genre_words`).  Idempotent; after the first call it costs one
    flag test, so call it before every use of jieba."""
    global _initialized, _pos_tokenizer
    if _initialized:
        return
    with _init_lock:
        if _initialized:
            return
        import jieba
        import jieba.posseg

        _silence_jieba_logger(jieba.log_console)
        jieba.dt.tmp_dir = str(cache_dir())
        jieba.dt.cache_file = _JIEBA_CACHE_FILE
        jieba.dt.initialize()
        # After initialize(): jieba writes its cache file only while building the prefix
        # dictionary, so words added here never reach that file.
        for entry in genre_words():
            jieba.dt.add_word(entry.word, entry.freq, entry.tag)
        _pos_tokenizer = jieba.posseg.dt
        _initialized = True


def posseg(sentence: str, hmm: bool = SHARED_HMM) -> tuple[Token, ...]:
    """jieba.posseg of one sentence, cached; ``hmm`` as in ``jieba.posseg.cut``
    (default: the shared mode, HMM off)."""
    # One positional call shape, so posseg(s) and posseg(s, hmm=False) share an entry.
    return _posseg(sentence, hmm)


@lru_cache(maxsize=SEGMENT_CACHE_SIZE)
def _posseg(sentence: str, hmm: bool) -> tuple[Token, ...]:
    ensure_jieba()
    if not hmm:
        return tuple(_posseg_no_hmm(sentence))
    return tuple([Token(p.word, p.flag) for p in _pos_tokenizer.cut(sentence, HMM=hmm)])


def _posseg_no_hmm(sentence: str) -> list[Token]:
    """``jieba.posseg.cut(sentence, HMM=False)``, token for token.

    The shared mode is a fifth of every article's CPU time; jieba spends it building a
    dict of candidate ends per character, a dict of routes, a generator per ``max`` and
    a ``pair`` object per word.  Here the same search runs on lists, in one backward pass
    (a character's candidate ends depend only on the text after it), with the same float
    operations in the same order and the same tie-break (the later end wins), so the
    words are jieba's.  A test holds it equal to ``jieba.posseg.cut`` on the seeds and on
    generated text.
    """
    tokens: list[Token] = []
    _pos_tokenizer.makesure_userdict_loaded()  # tags of words added since (as jieba does)
    for block in res.JIEBA_HAN_BLOCK.split(sentence):
        if not block:
            continue
        if res.JIEBA_HAN_BLOCK.match(block):
            tokens += _clause(block)
            continue
        for part in res.JIEBA_SKIP.split(block):
            if res.JIEBA_SKIP.match(part):
                tokens.append(Token(part, "x"))
                continue
            # jieba tests the whole part for Latin letters, each character for digits.
            latin = res.JIEBA_ENG.match(part) is not None
            for ch in part:
                if res.JIEBA_NUM.match(ch):
                    tokens.append(Token(ch, "m"))
                else:
                    tokens.append(Token(ch, "eng" if latin else "x"))
    return tokens


@lru_cache(maxsize=CLAUSE_CACHE_SIZE)
def _clause(block: str) -> tuple[Token, ...]:
    """The tokens of one of jieba's blocks, memoised (:data:`CLAUSE_CACHE_SIZE`).  Like
    the sentence memo it assumes jieba's dictionary no longer changes once
    :func:`ensure_jieba` has added the genre's words."""
    tokenizer = _pos_tokenizer.tokenizer
    out: list[Token] = []
    _cut_block(block, tokenizer.FREQ, _pos_tokenizer.word_tag_tab, log(tokenizer.total), out)
    return tuple(out)


def _cut_block(
    block: str, freq: dict[str, int], tags: dict[str, str], log_total: float, out: list[Token]
) -> None:
    n = len(block)
    score = [0.0] * (n + 1)  # best path's log probability from each position on
    end = [0] * (n + 1)  # ... and the last character of its first word
    lookup = freq.get
    # jieba's default when no word starts at a character: the character alone, with
    # frequency 1
    alone = log(1) - log_total
    for start in range(n - 1, -1, -1):
        best_score, best_end = alone + score[start + 1], start
        found = False
        i = start
        f = lookup(block[start])
        while f is not None:  # frag is a word or a prefix of one
            if f:
                s = log(f) - log_total + score[i + 1]
                if not found or s >= best_score:
                    best_score, best_end, found = s, i, True
            i += 1
            if i == n:
                break
            f = lookup(block[start : i + 1])
        score[start], end[start] = best_score, best_end
    x, latin = 0, ""
    while x < n:
        y = end[x] + 1
        word = block[x:y]
        if y - x == 1 and word.isascii() and word.isalnum():
            latin += word  # single Latin letters and digits gather into one "eng"
        else:
            if latin:
                out.append(Token(latin, "eng"))
                latin = ""
            out.append(Token(word, tags.get(word, "x")))
        x = y
    if latin:
        out.append(Token(latin, "eng"))


def posseg_all(sentences: Iterable[str], hmm: bool = SHARED_HMM) -> list[tuple[Token, ...]]:
    return [_posseg(s, hmm) for s in sentences]


def cache_info() -> Any:
    """The sentence memo's hits and misses (``functools`` cache info)."""
    return _posseg.cache_info()


def clause_cache_info() -> Any:
    """The clause memo's hits and misses (``functools`` cache info)."""
    return _clause.cache_info()


def clear_cache() -> None:
    """Forget cached segmentations, sentences and clauses (benchmarks time a cold pass)."""
    _posseg.cache_clear()
    _clause.cache_clear()
