"""Word segmentation with jieba: started once per process, one POS pass per sentence.

jieba builds a prefix dictionary on first use (about 0.7 s) and caches it on disk.
Left alone it writes that cache to the system temp dir and logs to stderr; here the
cache lives in the user cache directory (``platformdirs.user_cache_dir("reporter")``,
falling back to the temp dir when that is not writable) and its logger is silenced,
because nothing below the CLI may print.

Two modes, each cached per sentence:

* the *shared* mode, ``hmm=False`` (:data:`SHARED_HMM`), what :func:`posseg` gives by
  default: jieba's dictionary words only.  The default engine, both keyword extractors
  and the compare stage's article similarity read it, so a sentence is segmented once per
  process for all of them.  It costs about a sixth of the HMM mode: jieba's
  part-of-speech HMM (a pure-Python Viterbi over ~250 joint states per character) is
  most of the work of segmentation.  What it gives up: a run of characters jieba's
  dictionary does not know (a person's name, a rare place name, a new coinage) comes out
  as single characters, each with its dictionary tag or ``x``; digits and Latin letters
  inside Chinese text come out as one ``eng`` token (``m`` with the HMM).  Content words,
  keywords and similarity only count words of two or more characters, so they lose
  those unknown words (TF-IDF keywords: 初心 or 专班 where jieba's HMM would have joined
  them); TextRank's keyword windows, which count tokens, shift a little around them.
  On the eval fixture ROUGE is unchanged (see ``reporter eval``).
* ``hmm=True``: jieba's default, which textrank4zh uses; the ``textrank`` engine asks for
  it to reproduce textrank4zh exactly.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import platformdirs

# The mode posseg() uses unless told otherwise (see the module docstring).
SHARED_HMM = False
# Sentences of a large corpus fit comfortably: a 6,000-sentence document keeps about
# 150,000 tokens alive, a few tens of MB.
SEGMENT_CACHE_SIZE = 65_536

_APP_NAME = "reporter"
_JIEBA_CACHE_FILE = "jieba.cache"
_init_lock = threading.Lock()
_initialized = False
# jieba.posseg's tokenizer once started; importing jieba.posseg loads its HMM tables
# (about 0.5 s), so it happens on first use, not when the CLI starts.
_pos_tokenizer: Any = None


class Token(NamedTuple):
    """One word of a sentence with its jieba part-of-speech flag ("x" = symbol)."""

    word: str
    flag: str


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
    """Initialise jieba once per process with our cache location and a quiet logger."""
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
    return tuple([Token(p.word, p.flag) for p in _pos_tokenizer.cut(sentence, HMM=hmm)])


def posseg_all(sentences: Iterable[str], hmm: bool = SHARED_HMM) -> list[tuple[Token, ...]]:
    return [_posseg(s, hmm) for s in sentences]


def cache_info() -> Any:
    """The segmentation cache's hits and misses (``functools`` cache info)."""
    return _posseg.cache_info()


def clear_cache() -> None:
    """Forget cached segmentations (benchmarks time a cold pass)."""
    _posseg.cache_clear()
