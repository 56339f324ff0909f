"""Time ``reporter build`` as a whole process: what a user waits for (issue 20).

Every run is a fresh ``python -m reporter build`` (imports, cache, layout, exit), timed
by the wall clock from outside.  Per corpus:

* ``cold``: an empty cache, a new output folder (``--jobs 2``, and ``--jobs 1`` for the
  generated corpora);
* ``warm``: the cache filled by the cold run, a new output folder;
* ``up to date``: the same inputs into the folder the warm run wrote.

The bundled examples (PDF, HTML, JSON) run side by side with the naive pipeline a user
would otherwise write -- textrank4zh on each raw seed, then WeasyPrint on an HTML page of
the summaries -- alternating, in the same run, so that both see the same load.  600
generated articles with many re-posts (``--repost-rate``) run as JSON; ``--large``
adds 10,000.  The machine is shared: medians of ``--runs`` alternating runs.

    .venv/bin/python bench/bench_process.py [--runs 3] [--large] [--skip-generated]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
# Generated corpora: the sizes; 10,000 takes many minutes cold, so flag-gated.
GENERATED = 600
LARGE = 10_000
# Many re-posts: real corpora hold one story on dozens of sites (gen_corpus's default is
# 0.05); a third of the articles copy an earlier one.
REPOST_RATE = 0.3
# The naive pipeline's summary length: what textrank4zh users ask of it by default.
NAIVE_SENTENCES = 5

# The naive pipeline, run as its own process like ours.
_NAIVE = """
import sys
from pathlib import Path
from reporter.summarize._compat import patch_networkx
patch_networkx()
from textrank4zh import TextRank4Sentence
import weasyprint
parts = []
for path in sys.argv[2:-1]:
    text = Path(path).read_text(encoding="utf-8")
    tr = TextRank4Sentence()
    tr.analyze(text=text, lower=True, source="all_filters")
    items = "".join(
        "<li>" + s.sentence + "</li>" for s in tr.get_key_sentences(num=int(sys.argv[1]))
    )
    parts.append("<h2>" + Path(path).name + "</h2><ol>" + items + "</ol>")
page = '<html lang="zh"><body style="font-family: serif">' + "".join(parts) + "</body></html>"
weasyprint.HTML(string=page).write_pdf(str(Path(sys.argv[-1]).with_suffix(".pdf")))
"""


def _timed(args: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CACHE_HOME": str(cache)}


def _build(inputs: Sequence[Path], out: Path, cache: Path, formats: str, jobs: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "reporter",
        "build",
        *map(str, inputs),
        "-o",
        str(out),
        "-f",
        formats,
        "--jobs",
        str(jobs),
        "-q",
    ]


def run_corpus(
    name: str,
    inputs: Sequence[Path],
    formats: str,
    runs: int,
    work: Path,
    *,
    one_job: bool,
    naive: bool,
) -> dict[str, list[float]]:
    """Seconds per scenario, ``runs`` each, the scenarios alternating within a run."""
    times: dict[str, list[float]] = {}
    for run in range(runs):
        cache = work / f"{name}-cache-{run}"
        plan = [("cold, 2 jobs", 2, cache / "a", "cold")]
        if one_job:
            plan.append(("cold, 1 job", 1, cache / "b", "cold"))
        for label, jobs, cache_dir, kind in plan:
            out = work / f"{name}-{run}-{jobs}-{kind}"
            cmd = _build(inputs, out, cache_dir, formats, jobs)
            times.setdefault(label, []).append(_timed(cmd, _env(cache_dir)))
        warm_out = work / f"{name}-{run}-warm"
        cmd = _build(inputs, warm_out, cache / "a", formats, 2)
        times.setdefault("warm cache, new folder", []).append(_timed(cmd, _env(cache / "a")))
        times.setdefault("up to date", []).append(_timed(cmd, _env(cache / "a")))
        if naive:
            naive_cmd = [
                sys.executable,
                "-c",
                _NAIVE,
                str(NAIVE_SENTENCES),
                *map(str, inputs),
                str(work / f"naive-{run}"),
            ]
            times.setdefault("naive (textrank4zh + WeasyPrint)", []).append(
                _timed(naive_cmd, _env(cache / "naive"))
            )
    return times


def report(name: str, times: dict[str, list[float]]) -> None:
    print(f"\n{name}")
    medians = {label: statistics.median(values) for label, values in times.items()}
    for label, values in times.items():
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"  {label:<36} median {medians[label]:7.2f} s   ({shown})")
    naive = medians.get("naive (textrank4zh + WeasyPrint)")
    if naive:
        for label in ("cold, 2 jobs", "warm cache, new folder"):
            print(f"  naive / {label}: {naive / medians[label]:.1f}x")
    cold, warm = medians["cold, 2 jobs"], medians["warm cache, new folder"]
    print(f"  cold / warm (cached rebuild into a new folder): {cold / warm:.1f}x")
    if "cold, 1 job" in medians:
        print(f"  1 job / 2 jobs, cold: {medians['cold, 1 job'] / cold:.2f}x")


def generated(n: int, work: Path) -> Path:
    sys.path.insert(0, str(HERE))
    import gen_corpus

    folder = work / f"gen-{n}"
    gen_corpus.generate(n, folder, repost_rate=REPOST_RATE)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large", action="store_true", help=f"also {LARGE:,} articles")
    parser.add_argument("--skip-generated", action="store_true", help="the examples only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-process-") as tmp:
        work = Path(tmp)
        examples = sorted(EXAMPLES.glob("*.txt"))
        times = run_corpus(
            "examples", examples, "pdf,html,json", args.runs, work, one_job=False, naive=True
        )
        report(f"examples ({len(examples)} articles; PDF, HTML, JSON)", times)
        sizes = [] if args.skip_generated else [GENERATED, *([LARGE] if args.large else [])]
        for n in sizes:
            folder = generated(n, work)
            times = run_corpus(
                f"gen{n}", [folder], "json", args.runs, work, one_job=True, naive=False
            )
            report(f"{n:,} generated articles (re-post rate {REPOST_RATE}; JSON)", times)


if __name__ == "__main__":
    main()
