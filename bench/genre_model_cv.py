"""Experiment (round 13, not integrated): does a learned page-genre model catch the
non-news pages the rules' genre gate lets through, forward, without skipping news?

A balanced logistic regression over a page's character 1-3-grams (tf-idf) is trained on
the pages of the training batches the gate lets through (news against every other
genre); on the test batches, a page it calls non-news at or above a threshold loses its
mechanisms.  Printed: the mechanism P/R/F1 of the rules and, per threshold, of the rules
with the model's skips, and how many non-news and news pages it skipped.  The pages are
read by ``scripts/train_act_model.py`` from ``--code`` (an older tree, for a forward
test), cached under /tmp.

    python bench/genre_model_cv.py --code /tmp/old_cc65eaf --train 1-34 --test 35,36
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
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def load(code: Path, batches: list[str]) -> list[Any]:
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
        pages += tr.load_pages(batches=need)
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
    ap.add_argument("--c", type=float, default=3.0)
    args = ap.parse_args(argv)
    train_b, test_b = batch_names(args.train), batch_names(args.test)
    pages = load(args.code, train_b + test_b)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [p for p in pages if p.batch in train_b and not p.gated and p.sentences]
    test = [p for p in pages if p.batch in test_b]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    x = vec.fit_transform(["".join(p.sentences) for p in train])
    clf = LogisticRegression(C=args.c, max_iter=3000, class_weight="balanced")
    clf.fit(x, [int(p.genre != "news") for p in train])
    live = [p for p in test if not p.gated and p.sentences]
    probs = clf.predict_proba(vec.transform(["".join(p.sentences) for p in live]))[:, 1]

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
    for t in THRESHOLDS:
        skipped = {p.file for p, q in zip(live, probs, strict=True) if q >= t}
        news = sum(1 for p in live if p.file in skipped and p.genre == "news")
        scores = prf(*tally(skipped))
        print(
            f"skip at {t:.1f}: non-news {len(skipped) - news}, news {news}; "
            "P %.3f R %.3f F1 %.3f" % scores
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
