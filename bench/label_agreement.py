"""How often do two careful labellers agree?  The ceiling of bench/quality.py's scores.

A second labeller reads a sample of the corpus's pages blind (without the first labels)
and writes their own ``labels.toml`` (``bench/data/second_labels.toml``, the format of
``tests/fixtures/real/README.md``, each page keyed by ``batch`` and ``file``).  This
script compares the two readings field by field with ``bench/quality.py``'s own
comparisons: title (simplified, marks and spaces dropped; two "no headline" readings
agree), date, locality (``place_match`` both ways: a path agrees with its last level), genre,
and mechanisms (each page's set, and pooled micro-F1 of one reading against the other).
Where two people disagree, no tool can be right by both; the rates printed say how far
the issue's bar (95 % of places, F1 0.92) sits from what labellers themselves reach.

    python bench/label_agreement.py                   # the shipped second reading
    python bench/label_agreement.py --second /tmp/b.toml --show
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # bench/ is no package; quality.py is its neighbour

REPO = Path(__file__).resolve().parent.parent
SECOND = Path(__file__).resolve().parent / "data" / "second_labels.toml"


def first_labels(root: Path) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for folder in sorted(p for p in root.iterdir() if (p / "labels.toml").is_file()):
        for page in tomllib.loads((folder / "labels.toml").read_text("utf-8"))["page"]:
            if page.get("labelled"):
                out[folder.name, page["file"]] = page
    return out


def same_place(a: str, b: str) -> bool:
    if not a or not b:
        return not a and not b
    return bool(quality.place_match(a, b) or quality.place_match(b, a))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=REPO / "tests" / "fixtures" / "real")
    ap.add_argument("--second", type=Path, default=SECOND)
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    first = first_labels(args.root)
    second = tomllib.loads(args.second.read_text("utf-8"))["page"]
    fields = ("genre", "title", "date", "locality", "mechanisms")
    agree = dict.fromkeys(fields, 0)
    tp = fp = fn = 0
    shows: list[str] = []
    for page in second:
        key = (page["batch"], page["file"])
        one = first[key]
        checks = {
            "genre": one.get("genre", "news") == page.get("genre", "news"),
            "title": quality.norm_text(one.get("title", ""))
            == quality.norm_text(page.get("title", "")),
            "date": one.get("published", "") == page.get("published", ""),
            "locality": same_place(one.get("locality", ""), page.get("locality", "")),
            "mechanisms": set(one.get("mechanisms", [])) == set(page.get("mechanisms", [])),
        }
        a, b = set(one.get("mechanisms", [])), set(page.get("mechanisms", []))
        tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
        for field, ok in checks.items():
            agree[field] += ok
            if not ok:
                got = {
                    "genre": (one.get("genre"), page.get("genre")),
                    "title": (one.get("title"), page.get("title")),
                    "date": (one.get("published"), page.get("published")),
                    "locality": (one.get("locality"), page.get("locality")),
                    "mechanisms": (sorted(a - b), sorted(b - a)),
                }[field]
                shows.append(f"  [{field}] {key[1]}: first {got[0]!r} second {got[1]!r}")
    n = len(second)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f"{n} pages read twice")
    for field in fields:
        print(f"  {field:<11} {agree[field]:3} agree  {100 * agree[field] / n:5.1f} %")
    print(
        f"  mechanism micro-F1 of one reading against the other: {f1:.3f} "
        f"({tp} shared, {fp} + {fn} apart)"
    )
    if args.show:
        print("\n".join(shows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
