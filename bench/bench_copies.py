"""Every stage of a whole build against the copies of one story (issue 20).

Among ``--total`` generated articles, ``k`` are copies of one story (re-dressed and
sometimes truncated, as aggregators publish them); the rest are stories of their own.
For each ``k`` this runs ``reporter build --no-cache -v -f json`` as a fresh process and
prints the seconds of each stage it reports, so that a stage whose time grows faster
than the copies shows as a row that climbs (``bench_reposts.py`` counts the repost
checks themselves).

    .venv/bin/python bench/bench_copies.py [--total 2000] [--copies 25 200] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from gen_corpus import dress, generate, make_story

HERE = Path(__file__).resolve().parent
SEED = 3
TIMING_PREFIX = "reporter: timing "


def write_corpus(folder: Path, total: int, copies: int) -> None:
    """``total`` articles of their own, then ``copies`` of them replaced by story 0."""
    paths = generate(total, folder, seed=SEED, repost_rate=0.0)
    rng = random.Random(copies)
    for i, path in enumerate(paths[1 : copies + 1]):
        text = dress(make_story(SEED, 0), random.Random(i), truncate=rng.random() < 0.5)
        path.write_text(text, encoding="utf-8")


def stage_seconds(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    command = [sys.executable, "-m", "reporter", "build", "--no-cache", "-v", "-f", "json"]
    command += ["--jobs", str(jobs), "-o", str(out), str(corpus)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE.parent)
    seconds = {}
    for line in done.stderr.splitlines():
        if line.startswith(TIMING_PREFIX):
            stage, value = line[len(TIMING_PREFIX) :].rsplit(" ", 1)
            seconds[stage] = float(value.rstrip("s"))
    return seconds


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--copies", type=int, nargs="+", default=[25, 200])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    rows: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in args.copies:
            corpus = Path(tmp) / f"copies{k}"
            write_corpus(corpus, args.total, k)
            rows[k] = stage_seconds(corpus, Path(tmp) / f"out{k}", args.jobs)
    stages = list(dict.fromkeys(s for row in rows.values() for s in row))
    print(f"{args.total} articles, k copies of one story; seconds per stage")
    print("stage".ljust(14) + "".join(f"k={k}".rjust(10) for k in args.copies))
    for stage in stages:
        cells = "".join(f"{rows[k].get(stage, float('nan')):10.2f}" for k in args.copies)
        print(stage.ljust(14) + cells)


if __name__ == "__main__":
    main()
