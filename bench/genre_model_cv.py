"""Does the genre model (scripts/train_genre_model.py) catch, forward, the non-news pages
the rules' genre gate lets through, without skipping news?

The model is trained (the shipped trainer, its features and settings) on the pages of the
training batches the gate lets through (news against every other genre); on the test
batches, a page it reads as non-news at or above a threshold loses its mechanisms.
Printed: the mechanism P/R/F1 of the rules and, per threshold, of the rules with the
model's skips, how many non-news and news pages it skipped, and the highest probability
of a news page.  The pages are read by ``scripts/train_act_model.py`` from ``--code`` (an
older tree, for a forward test), cached under /tmp.  Round 13 tried a tf-idf variant and
dropped it (0-3 of 12 caught on 35-36); round 18 integrated this one at 0.8.

    python bench/genre_model_cv.py --code /tmp/old_838354d --train 1-54 --test 55-58
    python bench/genre_model_cv.py --code /tmp/old_c550446 --train 1-50 --test 51-54
    python bench/genre_model_cv.py --train 1-58 --test 59-62 --root /path/to/heldout
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
from pathlib import Path
from typing import Any

from act_model_cv import batch_names  # bench/ is no package; act_model_cv.py is its neighbour

REPO = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)


def load(code: Path, batches: list[str], root: Path | None = None) -> list[Any]:
    """The pages of ``batches`` as ``code`` reads them; those not under the corpus
    (tests/fixtures/real) are read from ``root``."""
    sys.path.insert(0, str(code))
    spec = importlib.util.spec_from_file_location("tr", REPO / "scripts" / "train_act_model.py")
    assert spec is not None and spec.loader is not None
    tr = importlib.util.module_from_spec(spec)
    sys.modules["tr"] = tr
    spec.loader.exec_module(tr)
    cache = Path(f"/tmp/genre_model_cv_{code.name}.pkl")
    pages: list[Any] = pickle.loads(cache.read_bytes()) if cache.exists() else []
    need = [b for b in batches if b not in {p.batch for p in pages}]
    if need:
        corpus = REPO / "tests" / "fixtures" / "real"
        here = [b for b in need if (corpus / b).is_dir()]
        pages += tr.load_pages(batches=here) if here else []
        if root is not None and len(here) < len(need):
            pages += tr.load_pages(root, [b for b in need if b not in here])
        cache.write_bytes(pickle.dumps(pages))
    return pages


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, default=REPO)
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--c", type=float, default=30.0)
    ap.add_argument("--root", type=Path, default=None, help="folder of the test batches")
    args = ap.parse_args(argv)
    train_b, test_b = batch_names(args.train), batch_names(args.test)
    pages = load(args.code, train_b + test_b, args.root)
    spec = importlib.util.spec_from_file_location(
        "train_genre_model", REPO / "scripts" / "train_genre_model.py"
    )
    assert spec is not None and spec.loader is not None
    tg = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tg)

    # the model's module from this checkout: an older --code tree has none
    gm = importlib.util.spec_from_file_location(
        "reporter.compare.genre_model", REPO / "reporter" / "compare" / "genre_model.py"
    )
    assert gm is not None and gm.loader is not None
    sys.modules["reporter.compare.genre_model"] = importlib.util.module_from_spec(gm)
    gm.loader.exec_module(sys.modules["reporter.compare.genre_model"])

    train = [p for p in pages if p.batch in train_b]
    test = [p for p in pages if p.batch in test_b]
    model = tg.train(train, c=args.c)
    live = [p for p in test if not p.gated and p.sentences]
    probs = [model.probability(p.sentences) for p in live]

    def tally(skipped: set[str]) -> tuple[int, int, int]:
        tp = fp = fn = 0
        for p in test:
            gone = p.gated or p.file in skipped
            got = set() if gone else {m for m, v in p.present.items() if v}
            tp += len(got & p.labels)
            fp += len(got - p.labels)
            fn += len(p.labels - got)
        return tp, fp, fn

    left = sum(p.genre != "news" for p in live)
    print(
        f"test pages {len(test)}, gated by the rules {len(test) - len(live)}, non-news left {left}"
    )
    print("rules          P {:.3f} R {:.3f} F1 {:.3f}".format(*prf(*tally(set()))))
    top = max((q for p, q in zip(live, probs, strict=True) if p.genre == "news"), default=0.0)
    print(f"highest news page: {top:.2f}")
    for t in THRESHOLDS:
        skipped = {p.file for p, q in zip(live, probs, strict=True) if q >= t}
        news = sum(1 for p in live if p.file in skipped and p.genre == "news")
        scores = prf(*tally(skipped))
        print(
            f"skip at {t:.2f}: non-news {len(skipped) - news}, news {news}; "
            "P %.3f R %.3f F1 %.3f" % scores
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
