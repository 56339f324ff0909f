"""Train the genre model (reporter/compare/genre_model.py) on the labelled pages.

Data: every labelled page of ``tests/fixtures/real/batch*/`` that the tool reads and the
genre rules let through (the pages the model will see), run through the tool's own
ingest, clean and split (``scripts/train_act_model.py``'s loader); the label is 1 for a
page of any genre but news (fiction, rhetoric, explainer, unrelated, academic), 0 for
news.  The five seeds are news pages too.

Features: the page's distinct character 1-3-grams (:func:`reporter.compare.genre_model.grams`)
seen on at least :data:`MIN_DF` training pages, each weighing ``1/sqrt(n)`` for a page of
``n`` distinct grams (as the tool scores).  Training is scikit-learn's logistic regression
(liblinear, balanced classes, fixed seed) on sorted inputs; weights under
:data:`MIN_WEIGHT` are dropped and the file is written with sorted keys and fixed
precision, so the same labels give the same bytes.  ``bench/genre_model_cv.py`` measures
the same training forward.  Usage::

    python scripts/train_genre_model.py        # writes reporter/data/genre_model.tsv
    python scripts/train_genre_model.py --out /tmp/g.tsv --batches batch1,batch2 --no-seeds
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MODEL_FILE = "genre_model.tsv"  # reporter.compare.genre_model.MODEL_FILE
ROOT = REPO / "tests" / "fixtures" / "real"
SEED = 0
# L2 strength (sklearn's C), chosen forward (bench/genre_model_cv.py: 3, 10 and 30 tried;
# 30 caught the most non-news pages with no news page skipped).
C = 30.0
# A gram on a single training page is that page's own words, not its genre.
MIN_DF = 2
# Weights under this are dropped: a quarter of the weights, the same forward catches
# (bench/genre_model_cv.py), a file the size of the act model's.
MIN_WEIGHT = 0.2


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "train_act_model", Path(__file__).parent / "train_act_model.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_act_model"] = mod
    spec.loader.exec_module(mod)
    return mod


def usable(pages: Sequence[Any]) -> list[Any]:
    """The pages the model sees: read by the tool and let through by the genre rules."""
    return sorted(
        (p for p in pages if not p.gated and p.sentences), key=lambda p: (p.batch, p.file)
    )


def train(pages: Sequence[Any], c: float = C, min_weight: float = MIN_WEIGHT) -> Any:
    """The fitted :class:`~reporter.compare.genre_model.GenreModel` on ``pages``
    (``train_act_model.Page`` objects with ``genre`` and ``sentences``)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from reporter.compare.genre_model import GenreModel, grams

    rows = usable(pages)
    feats = [grams("".join(p.sentences)) for p in rows]
    df: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            df[f] = df.get(f, 0) + 1
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in df.items() if n >= MIN_DF))}
    r: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, fs in enumerate(feats):
        scale = 1.0 / math.sqrt(len(fs))
        for f in sorted(fs):
            j = vocab.get(f)
            if j is not None:
                r.append(i)
                cols.append(j)
                vals.append(scale)
    x = sparse.csr_matrix((vals, (r, cols)), shape=(len(rows), len(vocab)))
    y = [int(p.genre != "news") for p in rows]
    clf = LogisticRegression(
        C=c, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=2000
    )
    clf.fit(x, y)
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {
        names[j]: round(float(w), 6) for j, w in enumerate(clf.coef_[0]) if abs(w) >= min_weight
    }
    return GenreModel(round(float(clf.intercept_[0]), 6), weights)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--batches", default="")
    ap.add_argument("--no-seeds", action="store_true", help="leave the five seeds out")
    ap.add_argument(
        "--out",
        type=Path,
        default=REPO / "reporter" / "data" / "genre_model.tsv",
        help="model file",
    )
    args = ap.parse_args(argv)
    from reporter.compare.act_model import ActModel, format_model

    tr = _trainer()
    pages = tr.load_pages(args.root, [b for b in args.batches.split(",") if b])
    if not args.no_seeds:
        pages += tr.load_seed_pages()
    model = train(pages)
    rows = usable(pages)
    other = sum(p.genre != "news" for p in rows)
    header = (
        f"genre model: scripts/train_genre_model.py (logistic regression, C={C}, "
        f"min_df={MIN_DF}, |w|>={MIN_WEIGHT}); {len(rows)} pages the rules let through, "
        f"{other} of them not news"
    )
    # the act model's file format: #intercept, then sorted feature<TAB>weight lines
    text = format_model(ActModel.of(model.intercept, model.weights), header)
    args.out.write_text(text, "utf-8")
    sys.stderr.write(f"{args.out}: {len(model.weights)} weights; {header}\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
