"""Time ``reporter build`` on the bundled examples, in process.

One cold run (imports, jieba dictionary, template compilation, font loading), then
``--runs`` warm runs.  Prints the warm median, the split by stage (with render split
into json, html and pdf) and the size of the PDF.  Targets (issue 6): under 3 s warm
for PDF, HTML and JSON together on a 2-core machine; the PDF under 1.5 MB.

    .venv/bin/python bench/bench_build.py [--runs N] [--lang zh|en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from reporter import render
from reporter.article import Timings
from reporter.pipeline import BuildHooks, build_brief
from reporter.render.pdf import fast_subsetting_available
from reporter.settings import Settings

TARGET_WARM_SECONDS = 3.0
TARGET_PDF_BYTES = 1_500_000
STAGES = ("ingest", "clean", "split", "summarize", "compare", "render")
RENDER_PARTS = ("json", "html", "pdf")


def one_run(settings: Settings) -> tuple[float, float, Timings]:
    """``pipeline.run`` with the render stage split by format: (wall s, CPU s, timings).

    CPU time is printed beside wall time because on a shared machine the wall clock
    also measures the neighbours.
    """
    timings = Timings()

    @contextmanager
    def part(name: str) -> Iterator[None]:
        with timings.stage(f"render.{name}"):
            yield

    def stage(name: str) -> AbstractContextManager[None]:
        return part(name)

    t0, c0 = time.perf_counter(), time.process_time()
    brief = build_brief(settings, BuildHooks(timings=timings))
    with timings.stage("render"):
        render.write_outputs(brief, settings.out_dir, settings.formats, settings.lang, stage=stage)
    return time.perf_counter() - t0, time.process_time() - c0, timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the cold one")
    parser.add_argument("--lang", default="zh", choices=("zh", "en"))
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: temp)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="reporter-bench-"))
    settings = Settings(out_dir=out, lang=args.lang)

    if not fast_subsetting_available():
        print("WARNING: HarfBuzz subsetting unavailable; WeasyPrint falls back to fontTools")
    cold, _, _ = one_run(settings)
    warm: list[float] = []
    cpu: list[float] = []
    per_stage: dict[str, list[float]] = {}
    for _ in range(args.runs):
        total, cpu_seconds, timings = one_run(settings)
        warm.append(total)
        cpu.append(cpu_seconds)
        for name, seconds in timings.seconds.items():
            per_stage.setdefault(name, []).append(seconds)

    median = statistics.median(warm)
    pdf_size = (out / "brief.pdf").stat().st_size
    print(f"cold run:            {cold:6.2f} s")
    print(
        f"warm median of {args.runs}:    {median:6.2f} s   (target < {TARGET_WARM_SECONDS:.1f} s)"
    )
    print(f"warm CPU median:     {statistics.median(cpu):6.2f} s   (this process only)")
    print(f"load average:        {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name in STAGES:
        if name in per_stage:
            print(f"  {name:<10}         {statistics.median(per_stage[name]):6.2f} s")
        if name == "render":
            for part in RENDER_PARTS:
                key = f"render.{part}"
                if key in per_stage:
                    print(f"    {part:<8}         {statistics.median(per_stage[key]):6.2f} s")
    print(
        f"PDF size:            {pdf_size / 1e6:6.2f} MB  (target < {TARGET_PDF_BYTES / 1e6:.1f} MB)"
    )
    print(f"outputs in {out}")


if __name__ == "__main__":
    main()
