"""Does a learned furniture filter (bench/furniture_model.py) keep page furniture out of
the summaries of unseen pages, forward?  (Round 20: no; bench/quality_history.md.)

One split per run: the pages are read by ``--code`` (an older tree, put first on
sys.path: the code that first saw the test batches), the model is trained on the
``--train`` batches and the seeds, and the test
batches' summaries are simulated as that code made them: its summarizer's scores
(``textrank_plus.rank``), then, per threshold t, the sentences the model gives p >= t
scored 0 (no candidates, as the integrated filter makes them) and the summarizer's own
selection run again on the rest.  Printed per threshold, against the summaries as first
seen (t = off):

- summ: summary sentences; noisy: those ``bench/quality.py`` counts noisy (a labelled
  noise span, doubled punctuation, a URL, cut off), span: those carrying a noise span;
- fp: summary sentences of the first-sight summaries that were clean and are kept out
  (share of the clean ones), ev: of those, how many hold a labelled evidence quote;
- over every sentence of the summarised test pages: furniture kept out (noise covers at
  least half) and news kept out (noise covers none);
- two oracle rows keep out what the labels say (noise covers at least half, a quarter,
  or any of the sentence): the ceiling of any sentence-level filter.

    python bench/furniture_model_cv.py --code /tmp/old4a8 --train 1-58 --test 59-64 --balanced
    python bench/furniture_model_cv.py --code /tmp/old_f925379 --train 1-64 --test 65-68 \
        --balanced --share 0.25 --show 0.5
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from act_model_cv import batch_names  # bench/ is no package; act_model_cv.py is its neighbour

REPO = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def load(tr: Any, code: Path, train: list[str], test: list[str]) -> tuple[list[Any], list[Any]]:
    """The training pages (and the seeds) and the test pages with their summaries, as
    ``code`` reads them; cached per tree under /tmp."""
    cache = Path(f"/tmp/furniture_model_cv_{code.name}.pkl")
    store: dict[tuple[str, bool], list[Any]] = (
        pickle.loads(cache.read_bytes()) if cache.exists() else {}
    )
    wanted = [(b, False) for b in train] + [(b, True) for b in test] + [("seeds", False)]
    need = [k for k in wanted if k not in store]
    for batch, summaries in need:
        if batch == "seeds":
            store[batch, summaries] = tr.load_seed_pages()
        else:
            store[batch, summaries] = tr.load_pages(batches=[batch], summaries=summaries)
        sys.stderr.write(f"read {batch} ({len(store[batch, summaries])} pages)\n")
    if need:
        cache.write_bytes(pickle.dumps(store))
    train_pages = [p for b in train for p in store[b, False]] + store["seeds", False]
    return train_pages, [p for b in test for p in store[b, True]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, default=REPO)
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--c", type=float, default=None, help="L2 strength (the trainer's C)")
    ap.add_argument("--share", type=float, default=None, help="positive share (trainer's)")
    ap.add_argument("--balanced", action="store_true", help="classes weighted balanced")
    ap.add_argument("--show", type=float, default=None, help="print what t keeps out")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code))
    import furniture_model as tr  # bench/furniture_model.py: the model and its training
    import quality  # bench/quality.py: its count of noisy summary sentences

    from reporter.settings import DEFAULT_SUMMARY_SENTENCES
    from reporter.summarize import DEFAULT_ENGINE, get_summarizer

    train_pages, test_pages = load(tr, args.code, batch_names(args.train), batch_names(args.test))
    share_at = tr.POSITIVE_SHARE if args.share is None else args.share
    model = tr.train(tr.examples(train_pages, share_at), c=args.c or tr.C, balanced=args.balanced)
    engine = get_summarizer(DEFAULT_ENGINE)
    sys.stderr.write(f"{len(model.weights)} weights\n")

    def noisy(page: Any, text: str) -> str | None:
        return quality._summary_noise(text, page.noise)

    def span(page: Any, text: str) -> bool:
        t = text.strip()
        return any(s and quality._carries(s, t) for s in page.noise)

    def evidence(page: Any, text: str) -> bool:
        n = tr.norm(text)
        return any(q in n or (len(n) >= 6 and n in q) for q in page.evidence)

    probs = {
        (p.batch, p.file): [
            model.probability(t, i, len(p.sentences)) for i, t in enumerate(p.sentences)
        ]
        for p in test_pages
    }
    # sentence level
    levels = {}
    for p in test_pages:
        for i, t in enumerate(p.sentences):
            share = tr.coverage(t, p.noise_norm)
            kind = "news" if share == 0 else "furn" if share >= tr.POSITIVE_SHARE else "part"
            levels[p.batch, p.file, i] = kind
    summed = [p for p in test_pages if not p.gated]
    live = {(p.batch, p.file) for p in summed}
    base_clean = sum(1 for p in summed for i in p.picks if not noisy(p, p.sentences[i]))
    head = "t          summ noisy span   fp (of clean)  ev   furn out    news out"
    print(
        f"{args.code.name}: train {args.train} (+ seeds), test {args.test}; "
        f"{len(summed)} summarised pages, {base_clean} clean summary sentences at first sight"
    )
    print(head)
    # the sentence-level counts are of the summarised pages' sentences
    n_furn = sum(1 for (b, f, _i), k in levels.items() if k == "furn" and (b, f) in live)
    n_news = sum(1 for (b, f, _i), k in levels.items() if k == "news" and (b, f) in live)
    # rows: the first-sight summaries, the model at each threshold, and two oracles
    # that exclude by the labels (the ceiling of any sentence-level filter): the
    # sentences noise covers at least half of (the trainer's furniture), or any of
    rows: list[tuple[str, Any]] = [("off", None)]
    rows += [(f"{t:.2f}", t) for t in THRESHOLDS]
    rows += [("oracle>=.5", "furn"), ("oracle>=.25", 0.25), ("oracle>0", "any")]
    for name, t in rows:
        summ = noisy_n = span_n = fp = ev = caught = flagged = 0
        shown: list[str] = []
        for p in summed:
            pr = probs[p.batch, p.file]
            kinds = [levels[p.batch, p.file, i] for i in range(len(p.sentences))]
            if t is None:
                out: set[int] = set()
            elif t == "furn":
                out = {i for i, k in enumerate(kinds) if k == "furn"}
            elif t == "any":
                out = {i for i, k in enumerate(kinds) if k != "news"}
            elif name.startswith("oracle"):
                out = {
                    i
                    for i, x in enumerate(p.sentences)
                    if kinds[i] != "news" and tr.coverage(x, p.noise_norm) >= t
                }
            else:
                out = {i for i, x in enumerate(pr) if x >= t}
            caught += sum(1 for i in out if kinds[i] == "furn")
            flagged += sum(1 for i in out if kinds[i] == "news")
            if out:
                scores = np.asarray(
                    [0.0 if i in out else s for i, s in enumerate(p.scores)], dtype=np.float64
                )
                doc = SimpleNamespace(sentences=[SimpleNamespace(text=x) for x in p.sentences])
                picks = sorted(engine.select(doc, scores, DEFAULT_SUMMARY_SENTENCES))
            else:
                picks = p.picks
            for i in picks:
                summ += 1
                noisy_n += bool(noisy(p, p.sentences[i]))
                span_n += span(p, p.sentences[i])
            for i in p.picks:
                if i in out:
                    clean = not noisy(p, p.sentences[i])
                    fp += clean
                    ev += evidence(p, p.sentences[i])
                    if args.show is not None and t == args.show:
                        tag = "CLEAN" if clean else "noisy"
                        shown.append(f"  {tag} {p.file} p={pr[i]:.2f}: {p.sentences[i][:70]}")
        share = 100 * fp / base_clean if base_clean else 0.0
        print(
            f"{name:<10} {summ:5} {noisy_n:5} {span_n:4} {fp:4} ({share:4.1f} %) {ev:3}"
            f"   {caught:4}/{n_furn:<5} {flagged:5}/{n_news}"
        )
        for line in shown:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
