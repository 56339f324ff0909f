"""Time and peak memory of one article of each worst kind, and the batch around it.

Issue 17 found inputs under the 5 MiB ingest limit that stopped a whole build: each is
generated here (nothing big is committed), then processed alone in a fresh process as a
one-job build processes it (stages 1-5a with the limits of :mod:`reporter.split.limits`, the
time budget included) and printed with its seconds, peak resident memory and outcome:

* ``many-sentences``: about 50,000 short distinct sentences (the sentence graph);
* ``no-punct``: one sentence of Han characters without punctuation (place matching);
* ``digits``: runs of 20,000 digits, with and without a unit after them (fact patterns);
* ``one-line-copies``: copies of one sentence on one line (10,000 took 40 s and 1.6 GB);
* ``numeral-pairs``: ``一三`` repeated without a unit (each 三 may start a number; the
  fact pattern once rescanned the rest of the run from each, and the time budget
  stopped the article at 120 s);
* ``code-lines``: lines of a 40-digit code, as a news agency's page ends (the
  page-counter pattern once cut each every possible way: one line took minutes).

Each file fills ``--mib`` (default: just under the 5 MiB ingest limit).

With ``--batch`` it also builds a corpus of the seeds plus every worst file with
``reporter build`` (two jobs) and prints its time and what was skipped, to show the
batch goes on.

    .venv/bin/python bench/bench_limits.py [--mib 5] [--kinds digits ...] [--batch]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MIB = 1024 * 1024
# A sentence of the genre (37 characters); the generated ones are variations of it.
SENTENCE = "崂山区选派干部下沉一线，组建专班推进张村河片区拆迁工作"
# Words of the genre and places the gazetteer knows ("赴" marks a destination), for a
# text without punctuation that gives place matching tens of thousands of mentions.
WORDS = ("崂山区", "干部", "赴", "青岛市", "下沉", "李沧区", "专班", "推进", "城阳区", "考核")


def _seed_head() -> str:
    return "崂山区干部下沉一线\n" + "\n".join([f"{SENTENCE}，完成第{i}批任务。" for i in range(5)])


def generate(kind: str, size: int) -> str:
    """The text of one worst input of about ``size`` bytes of UTF-8."""
    head = _seed_head() + "\n"
    budget = size - len(head.encode())
    if kind == "many-sentences":
        parts, used, i = [], 0, 0
        while used < budget:
            s = f"第{i}项：{SENTENCE[i % 7 :]}。\n" if i % 5 == 0 else f"{SENTENCE}第{i}次。"
            parts.append(s)
            used += len(s.encode())
            i += 1
        return head + "".join(parts)
    if kind == "no-punct":
        parts, used, i = [], 0, 0
        while used < budget:
            word = WORDS[(i * 7 + i // 11) % len(WORDS)]
            parts.append(word)
            used += len(word) * 3
            i += 1
        return head + "".join(parts) + "\n"
    if kind == "digits":
        # runs of 20,000 digits, one with a unit after it and one without, in turn
        # (numbered: the cleaner drops repeated paragraphs)
        parts, used, i = [], 0, 0
        while True:
            run = "7" * 20_000
            line = f"第{i}批选派干部{run}名下沉一线。\n" if i % 2 else f"编号{i}之{run}无单位。\n"
            if used + len(line.encode()) >= budget:
                break
            parts.append(line)
            used += len(line.encode())
            i += 1
        return head + "".join(parts)
    if kind == "numeral-pairs":
        # "一三一三…" without a unit: every 三 may start a number (一 cannot)
        lines = [f"第{i}行" + "一三" * 5_000 + "\n" for i in range(budget // 30_020)]
        return head + "".join(lines)
    if kind == "code-lines":
        # lines of a 42-digit tracking code, as Xinhua's pages end (a page-counter pattern
        # with a repeated "\d+\s*" took minutes on one such line)
        code = "0100200708000000000000000112000000"
        lines = [f"{i:06d}{code}\n" for i in range(budget // 41)]
        return head + "".join(lines)
    if kind == "one-line-copies":
        one = f"{SENTENCE}。"
        return head + one * (budget // len(one.encode())) + "\n"
    raise ValueError(kind)


KINDS = (
    "many-sentences",
    "no-punct",
    "digits",
    "one-line-copies",
    "numeral-pairs",
    "code-lines",
)


def run_one(path: Path) -> None:
    """In this process (a fresh one): the per-article work of one file as a build does it
    with one job (``map_articles``: stages 1-5a, the fingerprint and the JSON Lines
    record, under the per-article time budget); print seconds, peak RSS and outcome."""
    from reporter.article import ArticleOptions, ArticleResult
    from reporter.scale.executor import ScaleOptions, init_worker, map_articles

    init_worker()
    options = ArticleOptions(
        engine="textrank_plus", sentences=5, taxonomy=None, taxonomy_replace=False
    )
    t0 = time.perf_counter()
    (work,) = map_articles([(path, path.stem)], options, ScaleOptions(jobs=1))
    seconds = time.perf_counter() - t0
    outcome = work.outcome
    if isinstance(outcome, ArticleResult):
        what = f"briefed, {len(outcome.document.sentences)} sentences"
    else:
        what = f"skipped: {outcome.reason}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    print(f"{seconds:.1f}\t{peak:,.0f}\t{what}", flush=True)


def measure(path: Path, timeout: float) -> str:
    """Run :func:`run_one` in a child; its wall time, peak RSS and outcome."""
    t0 = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (stopped)"
    wall = time.perf_counter() - t0
    out = done.stdout.strip().splitlines()
    if done.returncode != 0 or not out:
        return f"failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    seconds, peak, what = out[-1].split("\t", 2)
    return f"{seconds:>6} s  (process {wall:.1f} s)  peak {peak} MiB  {what}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mib", type=float, default=5.0, help="size of each input (MiB)")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--batch", action="store_true")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one)
        return 0
    size = int(args.mib * MIB) - 1024  # ingest refuses files over 5 MiB
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for kind in args.kinds:
            path = folder / f"{kind}.txt"
            path.write_text(generate(kind, size), encoding="utf-8")
            print(f"{kind:16} {path.stat().st_size / MIB:.2f} MiB  ", end="", flush=True)
            print(measure(path, args.timeout), flush=True)
        if args.batch:
            for seed in EXAMPLES.glob("*.txt"):
                (folder / seed.name).write_bytes(seed.read_bytes())
            t0 = time.perf_counter()
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "reporter",
                    "build",
                    str(folder),
                    "-o",
                    str(Path(tmp) / "out"),
                    "-f",
                    "json",
                    "--no-cache",
                    "--jobs",
                    "2",
                ],
                capture_output=True,
                text=True,
                timeout=args.timeout * 4,
                check=False,
            )
            # the largest of the children waited for: the build or one of its workers
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"batch: exit {done.returncode} in {time.perf_counter() - t0:.1f} s, "
                f"largest process peak {peak:,.0f} MiB"
            )
            for line in done.stderr.splitlines():
                if "skipped" in line or "error" in line.lower():
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
