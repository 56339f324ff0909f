"""Corpus-scale benchmark: articles per second with 1 and 2 jobs, peak memory, cached run.

Usage: ``python bench/bench_scale.py [--sizes 1000 10000] [--work DIR]
[--formats pdf,html,json] [--limit SECONDS]``

For each size it generates a corpus (bench/gen_corpus.py, seed 0) and runs
``reporter build`` (:func:`reporter.pipeline.run`: every stage, writing brief.json,
articles.jsonl, brief.html and brief.pdf) in a fresh process on a frozen copy of the
package (so edits made meanwhile change nothing), five times: 1 job without the cache,
2 jobs without the cache, 2 jobs filling an empty cache, the second run (its inputs
unchanged: the outputs are up to date) and a run after 1% of the inputs were edited
(every unchanged article from the cache, everything corpus-wide again).  Each line
gives wall seconds, articles per second, the per-article phase, the CPU seconds of the
process tree, the time of each stage and the peak memory of the whole process tree
(the sum over the run and all its workers, as PSS, which counts a page shared by
forked workers once, and as RSS, which counts it in each; sampled so that the sampler
takes under 3 % of a core, see :class:`PeakTreeMemory`).  Targets on a 2-core machine:
10,000 articles under 3 minutes end to end, 2 jobs at least 1.7 times faster than 1,
peak memory under 1.5 GB, the cached run at least 10 times faster.

Before and after each size's runs a probe times the same per-article work on 200 of
the corpus's articles in one process (milliseconds per article): the speed of a
virtual machine drifts, and the probe says how fast it was while the runs were made.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

BENCH = Path(__file__).resolve().parent
SAMPLE_SECONDS = 0.2
# Reading PSS costs the kernel a page-table walk per process: it may take this share of
# one core at most (see PeakTreeMemory).
PSS_CPU_SHARE = 0.02
# The child reports progress this often, so a run stopped at its time limit has a rate.
PROGRESS_EVERY = 250
ONE_JOB, TWO_JOBS = "1 job, no cache", "2 jobs, no cache"
COLD, WARM = "2 jobs, empty cache", "2 jobs, second run (cached)"
CHANGED = "2 jobs, 1% of inputs changed"
# The machine-speed probe: this many articles processed in one process (after a few
# to warm up), before and after each size's runs.  This VM's speed drifts by a
# fifth or more within an hour; the probe says in which state each run was made.
PROBE_ARTICLES = 200
PROBE_WARM_UP = 20
# Share of the inputs edited before the last run: a day's corrections to a corpus.
CHANGED_SHARE = 0.01
# Stages timed per article when the work runs inline (see reporter.article.process_file).
PER_ARTICLE = ("ingest", "clean", "split", "summarize", "compare")
# The whole per-article phase (discover to the last result), however it ran.
PHASE = "articles"
TARGETS = {"seconds_10k": 180.0, "speedup": 1.7, "peak_mb": 1536.0, "cache_speedup": 10.0}


class PeakTreeMemory:
    """Samples the memory of a process and all its descendants; keeps the peaks of the
    sums of their proportional set sizes (PSS: a page shared by n processes counts 1/n,
    so forked workers are not counted twice) and of their resident sets (RSS).

    The sampler must not slow the run it measures.  RSS and CPU times are cheap to read
    (``/proc/PID/statm`` and ``stat``) and are read every :data:`SAMPLE_SECONDS`.  PSS
    is not: the kernel walks every page table of the process (about 7 ms for a process
    of 1.3 GB), and at that cadence the sampler alone took about 7 % of a core, a
    core the build's workers need.  So PSS is read only when it could be a new peak
    (PSS never exceeds RSS: the summed RSS is above the PSS peak so far), and at most
    :data:`PSS_CPU_SHARE` of one core over time; between two PSS reads the summed RSS,
    an upper bound, is kept too.
    """

    def __init__(self, pid: int) -> None:
        self._root = psutil.Process(pid)
        self.peak_bytes = 0  # PSS where the system reports it, else RSS
        self.peak_rss_bytes = 0
        self.pss_samples = 0
        self._cpu: dict[int, float] = {}  # pid -> user+system seconds last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._next_pss = 0.0  # perf_counter time before which PSS is not read again

    def _processes(self) -> list[psutil.Process]:
        try:
            return [self._root, *self._root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _sample(self) -> None:
        procs = self._processes()
        rss = 0
        for proc in procs:
            try:
                rss += proc.memory_info().rss
                times = proc.cpu_times()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self._cpu[proc.pid] = times.user + times.system
        self.peak_rss_bytes = max(self.peak_rss_bytes, rss)
        now = time.perf_counter()
        if rss <= self.peak_bytes or now < self._next_pss:
            return
        pss = 0
        for proc in procs:
            try:
                info = proc.memory_full_info()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            pss += getattr(info, "pss", info.rss)
        cost = time.perf_counter() - now
        self._next_pss = now + max(SAMPLE_SECONDS, cost / PSS_CPU_SHARE)
        self.pss_samples += 1
        self.peak_bytes = max(self.peak_bytes, pss)

    @property
    def cpu_seconds(self) -> float:
        """CPU time of the whole tree (each process's last sample: a process that ends
        between samples loses at most SAMPLE_SECONDS)."""
        return sum(self._cpu.values())

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> PeakTreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def one_run(corpus: Path, jobs: int, cache_dir: str, out_dir: Path, formats: str) -> None:
    """Child-process side: one ``reporter build``; prints a JSON line of timings."""
    from reporter import article, pipeline
    from reporter.settings import Settings

    settings = Settings(
        inputs=(corpus,),
        out_dir=out_dir,
        formats=tuple(formats.split(",")),  # type: ignore[arg-type]
        jobs=jobs,
        use_cache=bool(cache_dir),
        cache_dir=Path(cache_dir) if cache_dir else None,
    )
    timings = article.Timings()
    t0 = time.perf_counter()

    def report(done: int, total: int, skipped: int) -> None:
        if done % PROGRESS_EVERY == 0:
            print(f"{done} {time.perf_counter() - t0:.1f}", file=sys.stderr, flush=True)

    built = pipeline.run(settings, pipeline.BuildHooks(on_progress=report, timings=timings))
    brief = built.brief
    result: dict[str, object] = {
        "total": time.perf_counter() - t0,
        "up_to_date": built.up_to_date,
        "documents": len(brief.documents) if brief else "-",
        "groups": len(brief.reposts) if brief else "-",
        "skipped": len(built.skipped),
        "cards": (len(brief.cards or brief.documents)) if brief else "-",
        "sizes_mb": {p.name: round(p.stat().st_size / 2**20, 1) for p in built.written},
        "stages": timings.seconds,
    }
    print(json.dumps(result))


def measure(
    corpus: Path,
    n: int,
    jobs: int,
    cache_dir: str,
    out: Path,
    formats: str,
    limit: float,
) -> dict[str, Any]:
    """One run in a fresh process; its wall time and the peak memory of its process tree."""
    cmd = [sys.executable, __file__, "--one", str(corpus), str(jobs), cache_dir, str(out)]
    cmd.append(formats)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    with PeakTreeMemory(proc.pid) as memory:
        try:
            stdout, stderr = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, stderr = proc.communicate()
            done = [ln.split() for ln in stderr.splitlines() if ln[:1].isdigit()]
            partial = f"; {done[-1][0]} articles done at {done[-1][1]} s" if done else ""
            wall = time.perf_counter() - t0
            return {
                "timeout": True,
                "wall": wall,
                "peak_mb": memory.peak_bytes / 2**20,
                "partial": partial,
            }
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"run failed: {' '.join(cmd)}\n{stderr[-3000:]}")
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    result.update(wall=wall, peak_mb=memory.peak_bytes / 2**20, rate=n / wall, timeout=False)
    result.update(peak_rss_mb=memory.peak_rss_bytes / 2**20, cpu=memory.cpu_seconds)
    return result


def describe(n: int, label: str, r: dict[str, Any]) -> str:
    if r["timeout"]:
        return (
            f"N={n:>6} {label:<28} stopped at the {r['wall']:.0f} s limit{r['partial']};"
            f" peak {r['peak_mb']:.0f} MB"
        )
    parts = [f"N={n:>6} {label:<28} wall {r['wall']:7.1f} s  {r['rate']:7.1f} articles/s"]
    phase = r["stages"].get(PHASE)
    if phase:
        parts.append(f"per-article phase {phase:.1f} s ({n / phase:.1f} articles/s)")
    parts.append(f"CPU {r['cpu']:.0f} s")
    if r.get("up_to_date"):
        parts.append("outputs up to date: nothing rebuilt")
    parts.append(f"peak PSS {r['peak_mb']:.0f} MB (RSS {r['peak_rss_mb']:.0f})")
    parts.append(f"docs {r['documents']}  repost groups {r['groups']}  cards {r['cards']}")
    stages = r["stages"]
    # Inline (1 job) the per-article stages are timed one by one; with workers only
    # the wall-clock of the whole per-article phase is known.
    per_article = {k: round(1000 * v / n, 1) for k, v in stages.items() if k in PER_ARTICLE}
    corpus_wide = {k: round(v, 1) for k, v in stages.items() if k not in PER_ARTICLE}
    lines = ["  ".join(parts), f"{'':>9}corpus-wide stages (s): {corpus_wide}"]
    if per_article:
        lines.append(f"{'':>9}per-article stages (ms/article): {per_article}")
    lines.append(f"{'':>9}files (MB): {r['sizes_mb']}")
    return "\n".join(lines)


def snapshot_package(work: Path) -> Path:
    """A frozen copy of the package: runs must not see edits made while they go on,
    and the cache's code fingerprint must stay the same between the cold and warm run."""
    target = work / "snapshot"
    if target.exists():
        shutil.rmtree(target)
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(BENCH.parent / "reporter", target / "reporter", ignore=skip)
    for extra in ("examples", "templates"):
        if (BENCH.parent / extra).is_dir():
            shutil.copytree(BENCH.parent / extra, target / extra)
    return target


def ratio(runs: dict[str, dict[str, Any]], slow: str, fast: str) -> str:
    if slow not in runs or fast not in runs:
        return "not run"
    if runs[slow]["timeout"] or runs[fast]["timeout"]:
        return "n/a (a run hit the time limit)"
    return f"{runs[slow]['wall'] / runs[fast]['wall']:.2f}x"


def edit_share(corpus: Path, share: float) -> dict[Path, bytes]:
    """Append a sentence to every ``1/share``-th input; returns their original bytes."""
    files = sorted(corpus.iterdir())
    step = max(1, round(1 / share))
    originals = {}
    for path in files[::step]:
        originals[path] = path.read_bytes()
        path.write_bytes(originals[path] + "\n本报讯 记者补充：该做法已在全区推广。\n".encode())
    return originals


def phase_ratio(runs: dict[str, dict[str, Any]], slow: str, fast: str) -> str:
    """Ratio of the per-article phase's wall time (the "articles" stage)."""
    if slow not in runs or fast not in runs or runs[slow]["timeout"] or runs[fast]["timeout"]:
        return "not run"
    return f"{runs[slow]['stages']['articles'] / runs[fast]['stages']['articles']:.2f}x"


def wall_of(runs: dict[str, dict[str, Any]], label: str) -> str:
    r = runs.get(label)
    if r is None:
        return "not run"
    return f"> {r['wall']:.0f} s" if r["timeout"] else f"{r['wall']:.1f} s"


def summarize_runs(n: int, runs: dict[str, dict[str, Any]]) -> None:
    peak = max(r["peak_mb"] for r in runs.values())
    print(f"N={n:>6} SUMMARY")
    print(
        f"  per-article phase, 2 jobs vs 1 (no cache): {phase_ratio(runs, ONE_JOB, TWO_JOBS)}"
        f" (target {TARGETS['speedup']}x); end to end: {ratio(runs, ONE_JOB, TWO_JOBS)}"
    )
    print(
        f"  end to end, 2 jobs, empty cache: {wall_of(runs, COLD)};"
        f" second run from the cache: {wall_of(runs, WARM)};"
        f" {ratio(runs, COLD, WARM)} faster (target {TARGETS['cache_speedup']}x)"
    )
    print(f"  after changing 1% of the inputs: {wall_of(runs, CHANGED)}")
    if n == 10_000:
        print(f"  10,000 articles end to end: {wall_of(runs, COLD)} (target < 180 s)")
    print(f"  peak memory of any run: {peak:.0f} MB (target < {TARGETS['peak_mb']:.0f} MB)")
    sys.stdout.flush()


def probe_run(corpus: Path) -> None:
    """In the probe's own process: per-article work (stages 1-5a, the repost fingerprint
    and the JSON Lines record, as a worker does it, without the cache) on the corpus's
    first files, timed after a warm-up; prints milliseconds per article."""
    from reporter.article import ArticleOptions
    from reporter.pipeline import assign_ids
    from reporter.scale.executor import _compute, init_worker
    from reporter.settings import Settings

    init_worker()
    files = sorted(corpus.iterdir())[: PROBE_WARM_UP + PROBE_ARTICLES]
    items = assign_ids(files)
    options = ArticleOptions.from_settings(Settings())
    for path, article_id in items[:PROBE_WARM_UP]:
        _compute(path, article_id, options, None, None, slim=True)
    t0 = time.perf_counter()
    for path, article_id in items[PROBE_WARM_UP:]:
        _compute(path, article_id, options, None, None, slim=True)
    print(json.dumps({"ms": (time.perf_counter() - t0) / PROBE_ARTICLES * 1000}))


def probe(corpus: Path) -> float:
    """Milliseconds per article of the probe, in a fresh process (see PROBE_ARTICLES)."""
    cmd = [sys.executable, __file__, "--probe", str(corpus)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["ms"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=None, help="where corpora and caches go")
    parser.add_argument("--formats", default="pdf,html,json")
    parser.add_argument("--limit", type=float, default=1800.0, help="seconds allowed per run")
    parser.add_argument(
        "--skip-one-job-from",
        type=int,
        default=None,
        help="from this size on, leave out the 1-job and 2-job uncached runs",
    )
    parser.add_argument("--one", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe_run(args.probe)
        return
    if args.one:
        corpus, jobs, cache_dir, out_dir, formats = args.one
        one_run(Path(corpus), int(jobs), cache_dir, Path(out_dir), formats)
        return

    sys.path.insert(0, str(BENCH))
    import gen_corpus

    work = args.work or Path(tempfile.mkdtemp(prefix="reporter-bench-"))
    snapshot = snapshot_package(work)
    paths = [str(snapshot), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    print(f"work dir {work}; formats {args.formats}; {psutil.cpu_count()} cores")
    for n in args.sizes:
        corpus = work / f"corpus_{n}"
        if not corpus.is_dir() or len(list(corpus.iterdir())) != n:
            t0 = time.perf_counter()
            gen_corpus.generate(n, corpus, seed=0)
            print(f"generated {n} articles in {time.perf_counter() - t0:.1f} s")
        cache_dir = work / f"cache_{n}"
        if cache_dir.exists():
            shutil.rmtree(cache_dir)
        # Each configuration writes its own folder, so no run finds another's outputs up
        # to date; the second and the changed run reuse the empty-cache run's folder.
        plan = [
            (ONE_JOB, 1, "", "one_job"),
            (TWO_JOBS, 2, "", "two_jobs"),
            (COLD, 2, str(cache_dir), "cached"),
            (WARM, 2, str(cache_dir), "cached"),
            (CHANGED, 2, str(cache_dir), "cached"),
        ]
        if args.skip_one_job_from is not None and n >= args.skip_one_job_from:
            plan = plan[2:]
        before = probe(corpus)
        print(f"N={n:>6} machine speed probe before the runs: {before:.1f} ms per article")
        runs: dict[str, dict[str, Any]] = {}
        for label, jobs, cache, folder in plan:
            out = work / f"out_{n}_{folder}"
            if label == COLD and out.exists():
                shutil.rmtree(out)
            originals = edit_share(corpus, CHANGED_SHARE) if label == CHANGED else {}
            try:
                r = measure(corpus, n, jobs, cache, out, args.formats, args.limit)
            finally:
                for path, data in originals.items():
                    path.write_bytes(data)
            runs[label] = r
            print(describe(n, label, r), flush=True)
        after = probe(corpus)
        summarize_runs(n, runs)
        print(
            f"  machine speed probe (one process, {PROBE_ARTICLES} articles): {before:.1f} ms"
            f" per article before the runs, {after:.1f} ms after"
        )


if __name__ == "__main__":
    main()
