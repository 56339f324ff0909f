"""Benchmark of the comparison stage: ``compare.analyze`` per article, ``compare.align`` at scale.

Usage: ``python bench/bench_align.py [--corpus DIR] [--n 10000] [--jobs 2] [--repeat 3]
[--store FILE]``

1. Loads every article of ``--corpus`` (default ``/tmp/c1k``, made by
   ``bench/gen_corpus.py 1000 /tmp/c1k``) and times ``analyze`` on each: CPU and wall
   milliseconds per article, best of ``--repeat``, with the segmentation cache warm as in
   the pipeline (the summarize stage has segmented every sentence before), and once cold.
2. Keeps the analyses and slim documents (no sentences, no text: all ``align`` may read
   is the id and the primary locality), replicated under distinct ids up to ``--n``
   articles, and times ``align`` on them: wall and CPU seconds (best of ``--repeat``),
   the peak of memory allocated during the call (tracemalloc, which sees numpy's
   arrays) and the growth of the resident set.

``--store FILE`` keeps the analyses of step 1 (pickle) so a later run skips step 1's
loading; analysis is timed again from the stored documents only when they are stored.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import multiprocessing
import pickle
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psutil

from reporter import compare
from reporter.article import load_document
from reporter.compare.model import ArticleAnalysis
from reporter.models import Document
from reporter.pipeline import assign_ids
from reporter.text import segment

# How often the resident set is sampled while align runs.
SAMPLE_SECONDS = 0.02


def _load(job: tuple[Path, str]) -> Document | None:
    try:
        return load_document(*job)
    except Exception:  # a rejected file is left out of the benchmark, as the pipeline would
        return None


def load_corpus(corpus: Path, jobs: int) -> list[Document]:
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    work = assign_ids(files)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        docs = pool.map(_load, work, chunksize=16)
    return [d for d in docs if d is not None]


def time_analyze(
    docs: Sequence[Document], taxonomy: compare.Taxonomy, repeat: int
) -> tuple[list[ArticleAnalysis], dict[str, float]]:
    """ms per article: cold segmentation cache once, then warm (best of ``repeat``)."""
    segment.clear_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    analyses = [compare.analyze(d, taxonomy) for d in docs]
    cold = (time.perf_counter() - t0, time.process_time() - c0)
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            compare.analyze(d, taxonomy)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    n = len(docs)
    return analyses, {
        "cold_wall_ms": 1000 * cold[0] / n,
        "cold_cpu_ms": 1000 * cold[1] / n,
        "warm_wall_ms": 1000 * best_wall / n,
        "warm_cpu_ms": 1000 * best_cpu / n,
    }


def slim(doc: Document, new_id: str) -> Document:
    article = dataclasses.replace(doc.article, id=new_id, text="", original_text="")
    return dataclasses.replace(doc, article=article, sentences=())


def renamed(analysis: ArticleAnalysis, new_id: str) -> ArticleAnalysis:
    facts = tuple(dataclasses.replace(f, article_id=new_id) for f in analysis.facts)
    return dataclasses.replace(analysis, article_id=new_id, facts=facts)


def replicate(
    docs: Sequence[Document], analyses: Sequence[ArticleAnalysis], n: int
) -> tuple[list[Document], list[ArticleAnalysis]]:
    out_docs: list[Document] = []
    out_analyses: list[ArticleAnalysis] = []
    for k in range(n):
        doc, analysis = docs[k % len(docs)], analyses[k % len(docs)]
        new_id = doc.id if k < len(docs) else f"{doc.id}~{k // len(docs)}"
        out_docs.append(slim(doc, new_id))
        out_analyses.append(analysis if new_id == doc.id else renamed(analysis, new_id))
    return out_docs, out_analyses


class PeakRss:
    """The largest resident set seen while the block runs, sampled by a thread."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self.before = self.peak = self._process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)


def time_align(run: Callable[[], Any], repeat: int) -> dict[str, float]:
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        run()
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    gc.collect()
    with PeakRss() as rss:
        run()
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "wall_s": best_wall,
        "cpu_s": best_cpu,
        "traced_peak_mb": peak / 2**20,
        "rss_growth_mb": (rss.peak - rss.before) / 2**20,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/c1k"))
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", type=Path, default=None)
    args = parser.parse_args(argv)

    taxonomy = compare.load_taxonomy()
    if args.store and args.store.exists():
        docs, analyses = pickle.loads(args.store.read_bytes())
        print(f"loaded {len(docs)} analysed articles from {args.store}")
    else:
        t0 = time.perf_counter()
        docs = load_corpus(args.corpus, args.jobs)
        print(f"loaded {len(docs)} articles of {args.corpus} in {time.perf_counter() - t0:.1f} s")
        analyses, per_article = time_analyze(docs, taxonomy, args.repeat)
        print(
            "analyze ms/article: warm segmentation cache (as in the pipeline) "
            f"wall {per_article['warm_wall_ms']:.2f} cpu {per_article['warm_cpu_ms']:.2f}; "
            f"cold wall {per_article['cold_wall_ms']:.2f} cpu {per_article['cold_cpu_ms']:.2f}"
        )
        slim_docs = [slim(d, d.id) for d in docs]
        if args.store:
            args.store.write_bytes(pickle.dumps((slim_docs, analyses)))
        docs = slim_docs
    for n in args.n:
        big_docs, big_analyses = replicate(docs, analyses, n)
        gc.collect()

        def run(d: list[Document] = big_docs, a: list[ArticleAnalysis] = big_analyses) -> Any:
            return compare.align(d, a, [], taxonomy)

        result = time_align(run, args.repeat)
        print(
            f"align n={n}: wall {result['wall_s']:.2f} s cpu {result['cpu_s']:.2f} s; "
            f"peak allocated {result['traced_peak_mb']:.0f} MB, "
            f"resident growth {result['rss_growth_mb']:.0f} MB"
        )
        del big_docs, big_analyses
    return 0


if __name__ == "__main__":
    sys.exit(main())
