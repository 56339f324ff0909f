"""Speed and memory of the summarizers on long documents built from the cleaned seeds.

For documents of about 100, 400, 1,600 and 6,000 sentences (the cleaned seed sentences
repeated, each copy made distinct by an appended number) it prints:

* ``posseg``: one ``jieba.posseg`` pass over the whole text with the HMM (textrank4zh's
  segmentation, the floor for ``textrank``), and ``posseg-h``: one pass without it
  (the shared mode of :mod:`reporter.text.segment`, the floor for the default engine);
* ``textrank`` (ours) and ``textrank4zh`` (the library): the ranking alone (words
  already segmented) and the whole summary with segmentation, and their ratios;
* our default engine's whole summary, and its ratio to the HMM-off pass;
* the peak memory of our whole summary at the largest size (tracemalloc).

textrank4zh is quadratic in pure Python (about 311 s and 2.5 GB at 6,000 sentences), so
it only runs up to ``--textrank4zh-max`` sentences (default 1,600); larger sizes say so.

    .venv/bin/python bench/bench_summarize.py [--sizes 100 400 1600 6000] [--textrank4zh-max 1600]

With ``--corpus DIR`` it instead prints the default engine's cost per article of a
corpus (e.g. one made by ``bench/gen_corpus.py``), split into segmentation (a cold
cache), ranking, selection and keywords, wall and CPU milliseconds, best of
``--repeats`` passes over the first ``--limit`` articles:

    .venv/bin/python bench/bench_summarize.py --corpus /tmp/c1k --limit 300
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import time
import tracemalloc
from pathlib import Path

import jieba.posseg

from reporter import ingest, split
from reporter.clean import clean_article
from reporter.models import Document, InputRejected, Sentence
from reporter.summarize import (
    DEFAULT_ENGINE,
    get_summarizer,
    keywords,
)
from reporter.summarize._compat import patch_networkx
from reporter.summarize.textrank import TextRankSummarizer, rank_word_lists
from reporter.summarize.textrank4zh import library_input
from reporter.text import segment

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SUMMARY_SENTENCES = 5


def seed_documents() -> list[Document]:
    # The pipeline's stages 1-3 (reporter.pipeline.load_documents), without importing
    # the later stages.
    files, _ = ingest.discover([EXAMPLES])
    docs = []
    for i, path in enumerate(files):
        try:
            docs.append(split.split_sentences(clean_article(ingest.read_article(path, f"s{i}"))))
        except InputRejected:
            continue
    return [d for d in docs if d.sentences]


def long_document(seeds: list[Document], size: int) -> Document:
    base = [s.text for d in seeds for s in d.sentences]
    texts = [f"{base[k % len(base)]}{k}" if k >= len(base) else base[k] for k in range(size)]
    sentences, offset = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, i // 5, offset, offset + len(t), t, t))
        offset += len(t) + 1
    text = "\n".join(texts)
    article = dataclasses.replace(seeds[0].article, id=f"long{size}", text=text, original_text=text)
    return Document(article, tuple(sentences))


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def best_interleaved(repeats: int, runs: dict[str, tuple]) -> dict[str, float]:  # type: ignore[type-arg]
    """The fastest of ``repeats`` rounds for each run, the runs taking turns in a round.

    On a shared machine the minimum is the least noisy estimate, and taking turns puts
    a burst of load on every contender alike instead of on one of them.
    """
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeats):
        for name, (fn, *args) in runs.items():
            segment.clear_cache()  # every run segments from scratch
            best[name] = min(best[name], timed(fn, *args))
    return best


def posseg_without_hmm(text: str) -> None:
    jieba.posseg.lcut(text, HMM=False)


def textrank4zh_times(texts: list[str]) -> tuple[float, float]:
    """(ranking alone, whole summary) of the library, from one run of its own steps."""
    patch_networkx()
    from textrank4zh import TextRank4Sentence, util

    tr = TextRank4Sentence()
    t0 = time.perf_counter()
    result = tr.seg.segment(text=library_input(texts), lower=False)  # what analyze() does
    t1 = time.perf_counter()
    key = util.sort_sentences(
        result.sentences, result.words_no_stop_words, pagerank_config={"alpha": 0.85}
    )
    t2 = time.perf_counter()
    tr.key_sentences = key
    tr.get_key_sentences(num=SUMMARY_SENTENCES)
    t3 = time.perf_counter()
    return t2 - t1, t3 - t0


PARTS = ("segment", "rank", "select", "keywords", "total")


def corpus_documents(folder: Path, limit: int) -> list[Document]:
    files, _ = ingest.discover([folder])
    docs = []
    for i, path in enumerate(files[:limit]):
        try:
            docs.append(split.split_sentences(clean_article(ingest.read_article(path, f"c{i}"))))
        except InputRejected:
            continue
    return [d for d in docs if d.sentences]


def per_article(folder: Path, limit: int, repeats: int) -> None:
    """The default engine's cost per article, part by part (wall / CPU ms)."""
    docs = corpus_documents(folder, limit)
    engine = get_summarizer(DEFAULT_ENGINE)
    engine.summarize(docs[0], SUMMARY_SENTENCES)  # warm-up: jieba, IDF table, imports
    best_wall = dict.fromkeys(PARTS, float("inf"))
    best_cpu = dict.fromkeys(PARTS, float("inf"))
    for _ in range(repeats):
        wall = dict.fromkeys(PARTS, 0.0)
        cpu = dict.fromkeys(PARTS, 0.0)
        for doc in docs:
            segment.clear_cache()  # every article segments from scratch
            marks = [(time.perf_counter(), time.process_time())]
            segment.posseg_all((s.text for s in doc.sentences), engine.hmm)
            marks.append((time.perf_counter(), time.process_time()))
            scores = engine.rank(doc)
            marks.append((time.perf_counter(), time.process_time()))
            engine.select(doc, scores, SUMMARY_SENTENCES)
            marks.append((time.perf_counter(), time.process_time()))
            keywords.extract(doc, hmm=engine.hmm)
            marks.append((time.perf_counter(), time.process_time()))
            spans = [*itertools.pairwise(marks), (marks[0], marks[-1])]
            for part, (start, end) in zip(PARTS, spans, strict=True):
                wall[part] += end[0] - start[0]
                cpu[part] += end[1] - start[1]
        for part in PARTS:
            best_wall[part] = min(best_wall[part], wall[part])
            best_cpu[part] = min(best_cpu[part], cpu[part])
    print(
        f"{DEFAULT_ENGINE} (segmentation HMM={'on' if engine.hmm else 'off'}), "
        f"{len(docs)} articles of {folder}, ms per article, wall / CPU, best of {repeats}"
    )
    for part in PARTS:
        ms_wall = 1000 * best_wall[part] / len(docs)
        ms_cpu = 1000 * best_cpu[part] / len(docs)
        print(f"  {part:9s} {ms_wall:7.2f} / {ms_cpu:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600, 6000])
    parser.add_argument("--textrank4zh-max", type=int, default=1600)
    parser.add_argument(
        "--repeats", type=int, default=3, help="best of N for posseg and our engines"
    )
    parser.add_argument("--corpus", type=Path, help="time the default engine per article")
    parser.add_argument("--limit", type=int, default=300, help="articles of --corpus timed")
    args = parser.parse_args()
    if args.corpus is not None:
        per_article(args.corpus, args.limit, args.repeats)
        return

    segment.ensure_jieba()
    seeds = seed_documents()
    ours = TextRankSummarizer()
    default = get_summarizer(DEFAULT_ENGINE)
    ours.summarize(seeds[0], SUMMARY_SENTENCES)  # warm-up: jieba, IDF table, imports

    print(
        f"{sum(len(d.sentences) for d in seeds)} cleaned seed sentences; "
        f"summary of {SUMMARY_SENTENCES}"
    )
    header = (
        f"{'sent':>6} {'chars':>8} {'posseg':>8} {'posseg-h':>8} | "
        f"{'rank ours':>10} {'rank t4zh':>10} {'x':>7} | "
        f"{'sum ours':>9} {'sum t4zh':>9} {'x':>6} {'ours/posseg':>11} | "
        f"{DEFAULT_ENGINE:>13} {'/posseg-h':>9}"
    )
    print(header)
    print("-" * len(header))
    print(f"(seconds; posseg and ours: best of {args.repeats}; textrank4zh: one run)")
    for size in args.sizes:
        doc = long_document(seeds, size)
        texts = [s.text for s in doc.sentences]
        chars = sum(len(t) for t in texts)
        words = ours.word_lists(doc)
        best = best_interleaved(
            args.repeats,
            {
                "posseg": (jieba.posseg.lcut, "\n".join(texts)),
                "posseg-h": (posseg_without_hmm, "\n".join(texts)),
                "whole": (ours.summarize, doc, SUMMARY_SENTENCES),
                "rank": (rank_word_lists, words),
                "default": (default.summarize, doc, SUMMARY_SENTENCES),
            },
        )
        posseg_s, fast_s, whole_s, rank_s, default_s = (
            best["posseg"],
            best["posseg-h"],
            best["whole"],
            best["rank"],
            best["default"],
        )

        if size <= args.textrank4zh_max:
            t_rank, t_whole = textrank4zh_times(texts)
            lib = (
                f"{t_rank:10.3f} {t_rank / rank_s:6.0f}x | {whole_s:9.3f} {t_whole:9.3f} "
                f"{t_whole / whole_s:5.1f}x"
            )
        else:
            lib = f"{'skipped':>10} {'':>7} | {whole_s:9.3f} {'skipped':>9} {'':>6}"
        print(
            f"{size:6d} {chars:8d} {posseg_s:8.3f} {fast_s:8.3f} | {rank_s:10.4f} {lib} "
            f"{whole_s / posseg_s:10.2f}x | {default_s:12.3f}s {default_s / fast_s:8.2f}x"
        )
    skipped = [s for s in args.sizes if s > args.textrank4zh_max]
    if skipped:
        print(
            f"textrank4zh skipped above {args.textrank4zh_max} sentences (sizes {skipped}): "
            "quadratic pure Python, about 311 s and 2.5 GB at 6,000; "
            "raise --textrank4zh-max to run it"
        )

    biggest = max(args.sizes)
    doc = long_document(seeds, biggest)
    for name, engine in (("textrank", ours), (DEFAULT_ENGINE, default)):
        segment.clear_cache()
        tracemalloc.start()
        engine.summarize(doc, SUMMARY_SENTENCES)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory of {name} (whole summary, {biggest} sentences): {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
