"""Fingerprint every article's per-article result, to prove a speed change changes nothing.

A change made for speed must leave every output byte for byte as it was.  This script runs
the per-article work (stages 1-5a, as a build's worker does it, without the cache) on every
article file under the given folders and writes one line per file: its path and the SHA-256
of the pickled result (title, dates, places, sentences, summary, detections with their
scores, facts).  Two fingerprint files from the same inputs are equal exactly when the code
gave the same results; ``--against`` compares with an earlier file and names the articles
that differ.  A second file, ``OUT.repr``, holds each result's ``repr`` for diffing.

Run it with ``PYTHONHASHSEED=0`` (set and sets iterate in the order of their hashes, which a
pickle records)::

    export PYTHONHASHSEED=0
    .venv/bin/python bench/fingerprint.py /tmp/before.tsv examples tests/fixtures/real
    # ... change the code ...
    .venv/bin/python bench/fingerprint.py /tmp/after.tsv examples tests/fixtures/real \\
        --against /tmp/before.tsv

The same folders must be given both times: an article's id depends on the whole input list.
Round 15 checked its speed work with it on 2,807 articles (the examples, the labelled real
pages, 1,000 generated articles).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
from pathlib import Path

# What a build reads (reporter.ingest); a folder's other files (labels, notes) are skipped.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".docx", ".mhtml"})
# Folder notes that are not articles.
NOT_ARTICLES = frozenset({"README.md"})


def article_files(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        files += sorted(
            f
            for f in folder.rglob("*")
            if f.is_file() and f.suffix in ARTICLE_SUFFIXES and f.name not in NOT_ARTICLES
        )
    return files


def fingerprint(files: list[Path], out: Path) -> dict[str, str]:
    """Writes OUT (path, digest per line) and OUT.repr; returns the digests by path."""
    from reporter.article import ArticleOptions
    from reporter.pipeline import assign_ids
    from reporter.scale.executor import _compute, init_worker
    from reporter.settings import Settings

    init_worker()
    options = ArticleOptions.from_settings(Settings())
    digests: dict[str, str] = {}
    with (
        out.open("w", encoding="utf-8") as fh,
        out.with_suffix(".repr").open("w", encoding="utf-8") as rh,
    ):
        for path, article_id in assign_ids(files):
            work = _compute(path, article_id, options, None, None, slim=False)
            digest = hashlib.sha256(pickle.dumps(work, protocol=5)).hexdigest()
            digests[str(path)] = digest
            fh.write(f"{path}\t{digest}\n")
            rh.write(f"== {path}\n{work!r}\n")
    return digests


def read_fingerprints(path: Path) -> dict[str, str]:
    return dict(line.rstrip("\n").split("\t", 1) for line in path.read_text("utf-8").splitlines())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="fingerprint file to write (OUT.repr beside it)")
    ap.add_argument("folders", type=Path, nargs="+", help="folders of articles")
    ap.add_argument("--against", type=Path, help="an earlier fingerprint file to compare with")
    args = ap.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        print("run with PYTHONHASHSEED=0 (see the docstring)", file=sys.stderr)
        return 2
    digests = fingerprint(article_files(args.folders), args.out)
    print(f"{len(digests)} articles fingerprinted into {args.out}")
    if args.against is None:
        return 0
    before = read_fingerprints(args.against)
    common = sorted(set(before) & set(digests))
    changed = [p for p in common if before[p] != digests[p]]
    print(f"compared {len(common)} articles with {args.against}: {len(changed)} differ")
    for p in changed[:20]:
        print(f"  differs: {p}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
