"""The corpus-wide stages' results (repost groups, the alignment) kept for the next build
of the same articles.

Repost grouping and alignment are pure functions of the articles' results, and each
result is named by its article-cache key (the file's bytes, path and id, the options
and taxonomy, the code and library versions: :mod:`reporter.scale.cache`).  A build
whose results have, in order, the same keys gets the same groups and alignment; a
rebuild into a new folder, or with another ``--format``, ``--lang`` or ``--cards``, can
take them from here instead of recomputing them.  One changed, added or filtered-out
article changes the key, and everything is computed again.

An entry holds what the stages made, not what they were given: the alignment's
per-article analyses and the taxonomy's mechanisms (most of its bytes) are the build's
own again when it is taken out (:meth:`CorpusMemo.load`).

Entries are signed with the article cache's secret, like the article and PDF caches:
a planted file is never unpickled.  At most :data:`MAX_CORPUS_ENTRIES` are kept, the
most recently used.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeGuard

from reporter.compare.model import Alignment, ArticleAnalysis
from reporter.compare.taxonomy import Taxonomy
from reporter.corpus.reposts import RepostGroup
from reporter.scale.signedfolder import SignedFolder

CORPUS_FOLDER = "corpus"
# Corpora kept: one per corpus and filter a user rebuilds; an entry of 600 articles is a
# few hundred KB (docs/performance.md).
MAX_CORPUS_ENTRIES = 16
# Bump when what an entry holds changes, so older entries are never misread.
CORPUS_FORMAT = "1"

Stages = tuple[tuple[RepostGroup, ...], Alignment]


def corpus_key(article_keys: Sequence[str], compact: bool) -> str:
    """The key of the corpus-wide stages over results with ``article_keys``, in order;
    ``compact``: the results were slim (a large corpus), which the stages may see."""
    digest = hashlib.sha256(f"corpus-{CORPUS_FORMAT}\0{int(compact)}\0".encode())
    for key in article_keys:
        digest.update(key.encode() + b"\n")
    return digest.hexdigest()


class CorpusCache:
    """``get``/``put`` one corpus's stage results under ``root``/corpus (signed)."""

    def __init__(self, root: Path) -> None:
        self.entries = SignedFolder(root / CORPUS_FOLDER, ".pkl", MAX_CORPUS_ENTRIES)
        self.folder = self.entries.folder

    def get(self, key: str) -> object | None:
        payload = self.entries.read(key)
        if payload is None:
            return None
        try:
            value: object = pickle.loads(payload)
        except Exception:  # a damaged entry (truncated, old classes): recompute
            return None
        return value

    def put(self, key: str, value: object) -> None:
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except pickle.PicklingError:
            return
        self.entries.write(key, payload)


def _is_stages(value: object) -> TypeGuard[Stages]:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], tuple)
        and all(isinstance(group, RepostGroup) for group in value[0])
        and isinstance(value[1], Alignment)
    )


class CorpusMemo:
    """Steps 5b-5c of one build's results: the repost groups, then the alignment of the
    results they leave, kept under :func:`corpus_key` of those results."""

    def __init__(self, root: Path, key: str) -> None:
        self.cache = CorpusCache(root)
        self.key = key

    def load(self) -> Stages | None:
        """The repost groups and the alignment without its inputs (complete it with
        :func:`with_inputs`), or None: compute them."""
        value = self.cache.get(self.key)
        return value if _is_stages(value) else None

    def save(
        self,
        reposts: tuple[RepostGroup, ...],
        alignment: Alignment,
        analyses: Sequence[ArticleAnalysis],
        taxonomy: Taxonomy,
    ) -> None:
        """Keep them, unless the alignment's inputs are not exactly ``analyses`` and
        ``taxonomy``'s (then :func:`with_inputs` could not give it back as it is)."""
        given = (
            len(alignment.analyses) == len(analyses)
            and all(a is b for a, b in zip(alignment.analyses, analyses, strict=True))
            and alignment.mechanisms == taxonomy.mechanisms
            and alignment.taxonomy_sources == taxonomy.sources
        )
        if given:
            self.cache.put(self.key, (reposts, replace(alignment, analyses=(), mechanisms=())))


def with_inputs(
    alignment: Alignment, analyses: Sequence[ArticleAnalysis], taxonomy: Taxonomy
) -> Alignment:
    """A kept alignment with the build's own analyses and mechanisms again."""
    return replace(
        alignment,
        analyses=tuple(analyses),
        mechanisms=taxonomy.mechanisms,
        taxonomy_sources=taxonomy.sources,
    )
