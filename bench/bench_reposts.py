"""Repost grouping against the copies of one story (issue 20).

Among ``--total`` generated articles, ``k`` are copies of one story (truncated and
re-noised as aggregators publish them).  For each ``k`` this prints the seconds of
:func:`reporter.corpus.reposts.group_reposts` and how many texts were checked exactly,
beside the per-pair check it replaced (one ``np.intersect1d`` per candidate pair).  The
counts do not depend on the machine's load; the seconds do.  Texts are the raw
generated files in simplified script (grouping reads only Chinese characters and
digits, which cleaning keeps), so no article is cleaned or summarized here.

    .venv/bin/python bench/bench_reposts.py [--total 2000] [--copies 25 50 100 200]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from reporter.corpus import reposts

HERE = Path(__file__).resolve().parent
SEED = 7
# Articles that are their own story; the rest of --total are copies of story 0.
COPY_SEED_OFFSET = 1000


def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def documents(total: int, copies: int) -> list[Any]:
    """Stand-ins for Documents: what grouping reads (text, cleaning log, metadata)."""
    sys.path.insert(0, str(HERE))
    import gen_corpus

    texts = [gen_corpus.article_text(SEED, i, 0.0) for i in range(total - copies)]
    story = gen_corpus.make_story(SEED, 0)
    for k in range(copies):
        rng = random.Random(COPY_SEED_OFFSET + k)
        texts.append(gen_corpus.dress(story, rng, truncate=rng.random() < 0.5))
    # Traditional script made simplified, as cleaning does, so every copy can match.
    texts = [_t2s().convert(t) for t in texts]
    cleaning = SimpleNamespace(steps=(), removed=())
    meta = SimpleNamespace(outlet=None, published=None, reposted=None)
    return [
        SimpleNamespace(
            id=f"a{i:05d}",
            article=SimpleNamespace(text=t, cleaning=cleaning, metadata=meta, source_path=""),
            sentences=(),
        )
        for i, t in enumerate(texts)
    ]


def pairwise_checks(docs: Sequence[Any], prints: Sequence[reposts.Fingerprint]) -> int:
    """How many exact checks the per-pair grouping made: every likely candidate pair."""
    sizes = np.array([p.size for p in prints], dtype=np.float64)
    rows = [i for i, p in enumerate(prints) if p.size >= reposts.MIN_SHINGLES]
    values = np.zeros((len(docs), reposts.NUM_PERM), dtype=np.uint64)
    for i in rows:
        values[i] = np.frombuffer(prints[i].hashvalues, dtype="<u8")
    found = reposts._likely_candidates(values, sizes, np.array(rows, dtype=np.int64))
    return sum(len(candidates) for _, candidates in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--copies", type=int, nargs="+", default=[25, 50, 100, 200])
    args = parser.parse_args()
    checked = 0
    real = reposts._containments

    def counting(hashes: Any, others: Sequence[Any]) -> list[float]:
        nonlocal checked
        checked += len(others)
        return real(hashes, others)

    reposts._containments = counting  # type: ignore[assignment]
    print(f"{'copies':>6} {'seconds':>8} {'checked':>8} {'per pair':>9} {'groups':>6}")
    for k in args.copies:
        docs = documents(args.total, k)
        prints = [reposts.fingerprint(d) for d in docs]
        checked = 0
        start = time.perf_counter()
        groups = reposts.group_reposts(docs, prints)
        seconds = time.perf_counter() - start
        biggest = max((len(g.copies) for g in groups), default=0)
        print(
            f"{k:>6} {seconds:>8.2f} {checked:>8} {pairwise_checks(docs, prints):>9} "
            f"{len(groups):>6}  (largest group {biggest})"
        )


if __name__ == "__main__":
    main()
