"""Word segmentation with jieba: started once per process, one POS pass per sentence.

jieba builds a prefix dictionary on first use (about 0.7 s) and caches it on disk.
Left alone it writes that cache to the system temp dir and logs to stderr; here the
cache lives in the user cache directory (``platformdirs.user_cache_dir("reporter")``,
falling back to the temp dir when that is not writable) and its logger is silenced,
because nothing below the CLI may print.

Every consumer of the summarize stage (the TextRank engines and both keyword
extractors) reads the same cached :func:`posseg` result, so a sentence is segmented
once per process however many engines look at it; textrank4zh segments it three times.
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


@lru_cache(maxsize=SEGMENT_CACHE_SIZE)
def posseg(sentence: str) -> tuple[Token, ...]:
    """jieba.posseg of one sentence (HMM on, as textrank4zh uses it), cached."""
    ensure_jieba()
    return tuple(Token(p.word, p.flag) for p in _pos_tokenizer.cut(sentence))


def posseg_all(sentences: Iterable[str]) -> list[tuple[Token, ...]]:
    return [posseg(s) for s in sentences]


def clear_cache() -> None:
    """Forget cached segmentations (benchmarks time a cold pass)."""
    posseg.cache_clear()
