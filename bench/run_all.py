"""Run every benchmark with the sizes that fit a few minutes on a 2-core machine.

Each benchmark prints its own numbers; this only runs them one after another, so that
they do not compete for the two cores.  ``make bench`` calls it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS: tuple[tuple[str, ...], ...] = (
    ("bench_build.py", "--runs", "5"),
    ("bench_summarize.py",),
    ("bench_scale.py", "--sizes", "1000"),
    ("bench_limits.py", "--batch"),
)


def main() -> int:
    failed = 0
    for script, *args in BENCHMARKS:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
