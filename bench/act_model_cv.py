"""Does a learned act model (scripts/train_act_model.py) help the rules on unseen pages?

Leave-one-batch-out over the hand-labelled batches of ``tests/fixtures/real/``: for each
batch k, the model is trained (scripts/train_act_model.py) on the other batches' labels
and batch k is scored at the page-mechanism level, as ``bench/quality.py`` scores
mechanisms (micro P/R/F1; a labelled news page the build skips misses all its
mechanisms; a skipped page of another genre counts nothing), for:

- ``rules``: the rules alone (flattered: they were tuned on every batch, k included);
- ``model@t``: the model alone, M present when a sentence the prefilter marks possible
  for M scores >= t (pages the genre gate skips stay skipped);
- ``veto@t``: the rules, minus a detection whose evidence sentences all score < t;
- ``or@t``: the rules, plus M when a possible sentence scores >= t;
- ``veto@a+or@b``: both.

Usage::

    python bench/act_model_cv.py               # table per batch and pooled
    python bench/act_model_cv.py --show        # the changed page-mechanism cells
    # forward, with the rules as they were when batches 15-16 were first seen: train on
    # batches 1-14, test on 15-16 (the old tree from `git archive a2c8c9a reporter`)
    python bench/act_model_cv.py --code /tmp/old --train 1-14 --test 15,16
    # the shipped decision against another (any sure{hi}+nor{k}@{t}[/negveto] by name),
    # and the model trained without the rules' score-band and discount features
    python bench/act_model_cv.py --code /tmp/old --train 1-14 --test 15,16 --seeds \
        --grid l2:8:easy --systems sure2.25+nor2@0.5/negveto,sure2.25+nor3@0.6/negveto
    python bench/act_model_cv.py --code /tmp/old --train 1-14 --test 15,16 --seeds \
        --grid l2:8:easy --systems sure2.25+nor2@0.5/negveto --drop band
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _trainer() -> Any:
    return _load("train_act_model", REPO / "scripts" / "train_act_model.py")


VETO_GRID = (0.05, 0.2, 0.4)
OR_GRID = (0.7, 0.85, 0.95)
MODEL_GRID = (0.4, 0.5, 0.6)
SURE_GRID = (
    (2.5, 2, 0.5),
    (2.25, 2, 0.5),
    (2.0, 2, 0.5),
    (2.25, 2, 0.6),
    (2.25, 2, 0.7),
    (2.25, 2, 0.8),
    (2.25, 2, 0.9),
    (2.5, 2, 0.6),
    (2.5, 2, 0.65),
    (2.5, 2, 0.7),
    (2.5, 2, 0.8),
    (2.75, 2, 0.8),
    (3.0, 2, 0.8),
)
SURE_VETO_GRID = (
    (2.25, 2, 0.5, 0.05),
    (2.25, 2, 0.5, 0.1),
    (2.25, 2, 0.5, 0.2),
    (2.25, 2, 0.5, 0.3),
)
# (hi, k, t, floor): as SURE_GRID, but under ``floor`` (the rules' article score once
# masked cues are gone) the model is not asked: a mechanism with no live cue stays absent
SURE_FLOOR_GRID = (
    (2.25, 2, 0.5, 0.5),
    (2.25, 2, 0.5, 1.0),
    (2.5, 2, 0.6, 0.5),
    (2.5, 2, 0.65, 0.5),
)
SURE_KEEP_GRID = ((2.25, 2, 0.5, 0.4), (2.25, 2, 0.5, 0.3), (2.25, 2, 0.5, 0.2))
NOR_GRID = ((2, 0.5), (2, 0.6), (3, 0.6), (3, 0.7), (2, 0.7))
# (lo, hi, t): rules' article score under lo absent, at or over hi the rules' verdict,
# between the model at t
BAND_GRID = (
    (1.0, 2.5, 0.5),
    (1.5, 2.5, 0.5),
    (1.5, 3.0, 0.5),
    (1.0, 3.0, 0.5),
    (1.5, 2.5, 0.4),
    (1.0, 3.5, 0.5),
)

Scores = dict[tuple[str, str], dict[int, float]]  # (file, mechanism) -> sentence -> p


Features = dict[tuple[str, str, int], tuple[str, ...]]


def candidate_features(tr: Any, pages: Sequence[Any]) -> Features:
    """The features of every sentence the prefilter marks possible, per mechanism."""
    return {
        (page.file, m, h.index): tr.page_features(page, m, h.index)
        for page in pages
        if not page.gated and page.sentences
        for m, hits in page.hits.items()
        for h in hits
    }


def score_pages(model: Any, pages: Sequence[Any], feats: Features) -> Scores:
    out: Scores = {}
    for page in pages:
        if page.gated or not page.sentences:
            continue
        for m, hits in page.hits.items():
            out[page.file, m] = {h.index: model.score(feats[page.file, m, h.index]) for h in hits}
    return out


def _batches(spec: str) -> set[str]:
    out: set[str] = set()
    for part in filter(None, spec.split(",")):
        a, _, b = part.partition("-")
        out.update(f"batch{k}" for k in range(int(a), int(b or a) + 1))
    return out


def batch_names(spec: str) -> list[str]:
    """The batch folders of a spec such as ``1-34,36``, each once, in numeric order (the
    other forward experiments, bench/genre_model_cv.py and bench/place_model_cv.py, read
    their --train and --test with it)."""
    return sorted(_batches(spec), key=lambda b: int(b.removeprefix("batch")))


def _is_text(feature: str) -> bool:
    return (
        feature.partition("|")[2].startswith(("c:", "w:"))
        or feature.startswith(("c:", "w:"))
        or feature.endswith("|bias")
    )


def _text_only_features(inner: Any) -> Any:
    return lambda page, m, i: tuple(f for f in inner(page, m, i) if _is_text(f))


def feature_family(feature: str) -> str:
    """The family of one of the model's features (``--drop``): ``text`` (character grams
    and words, generic or crossed), ``bias``, ``cue`` (cue and negative labels), ``band``
    (the rules' score band, generic or crossed, and ``discounted``), ``poslen`` (position
    and length)."""
    if _is_text(feature) and not feature.endswith("|bias"):
        return "text"
    if feature.endswith("|bias"):
        return "bias"
    if feature.startswith(("pos:", "len:")):
        return "poslen"
    if "|cue:" in feature or "|neg:" in feature:
        return "cue"
    return "band"


def _dropping(inner: Any, families: set[str]) -> Any:
    return lambda page, m, i: tuple(
        f for f in inner(page, m, i) if feature_family(f) not in families
    )


_SYSTEM = re.compile(r"sure([\d.]+)\+nor(\d+)@([\d.]+)(/negveto)?(/witness)?$")


def parsed_system(tr: Any, name: str) -> Rule | None:
    """A system named ``sure{hi}+nor{k}@{t}``, optionally ``/negveto`` and ``/witness``,
    with any numbers (the grids above hold only some): the rules' verdict from ``hi``,
    else the noisy-OR of the top ``k`` sentences at ``t``; with ``/negveto`` a sentence a
    negative cue vetoed is no witness; with ``/witness`` one sentence must reach ``t``
    where the rules scored nothing.  ``sure2.25+nor2@0.5/negveto/witness`` is the tool's
    decision (act_model.judge); the grids' ``/negveto`` systems lack the witness rule,
    which can move a cell or two."""
    m = _SYSTEM.match(name)
    if m is None:
        return None
    hi, k, t = float(m[1]), int(m[2]), float(m[3])
    negveto, witness = bool(m[4]), bool(m[5])

    def f(page: Any, mech: str, s: dict[int, float]) -> bool:
        if page.score[mech] >= hi:
            return bool(page.present[mech])
        vetoed = (
            {h.index for h in page.hits.get(mech, []) if h.negatives and h.score <= 0}
            if negveto
            else set()
        )
        live = {i: p for i, p in s.items() if i not in vetoed}
        if witness and page.score[mech] <= 0 and not any(p >= t for p in live.values()):
            return False
        return bool(tr.article_probability(list(live.values()), k) >= t)

    return f


Rule = Callable[[Any, str, dict[int, float]], bool]


def systems(tr: Any) -> dict[str, Rule]:
    def rules(page: Any, m: str, s: dict[int, float]) -> bool:
        return bool(page.present[m])

    def model_at(t: float) -> Rule:
        return lambda page, m, s: max(s.values(), default=0.0) >= t

    def veto_at(t: float) -> Rule:
        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            if not page.present[m]:
                return False
            return any(s.get(i, 0.0) >= t for i in page.evidence[m])

        return f

    def or_at(t: float) -> Rule:
        return lambda page, m, s: page.present[m] or max(s.values(), default=0.0) >= t

    def both(a: float, b: float) -> Rule:
        v, o = veto_at(a), or_at(b)
        return lambda page, m, s: v(page, m, s) or (not page.present[m] and o(page, m, s))

    def band(lo: float, hi: float, t: float) -> Rule:
        # the rules decide when clearly under lo or at/over hi; between, the model at t
        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            r = page.score[m]
            if r >= hi:
                return bool(page.present[m])
            return r >= lo and max(s.values(), default=0.0) >= t

        return f

    def noisy_or(k: int, t: float) -> Rule:
        # the k most probable sentences as independent witnesses, as the tool combines them
        return lambda page, m, s: tr.article_probability(list(s.values()), k) >= t

    def sure_or(hi: float, k: int, t: float) -> Rule:
        # the rules' verdict when they are sure (article score >= hi), else noisy-OR
        nor = noisy_or(k, t)

        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            if page.score[m] >= hi:
                return bool(page.present[m])
            return nor(page, m, s)

        return f

    def sure_negveto(hi: float, k: int, t: float) -> Rule:
        # as sure_or, but a sentence a negative cue vetoed (score 0 with a negative) is no
        # witness for the model: the tool's rule that a firing negative cue can veto
        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            if page.score[m] >= hi:
                return bool(page.present[m])
            vetoed = {h.index for h in page.hits.get(m, []) if h.negatives and h.score <= 0}
            live = {i: p for i, p in s.items() if i not in vetoed}
            return bool(tr.article_probability(list(live.values()), k) >= t)

        return f

    def sure_floor(hi: float, k: int, t: float, floor: float) -> Rule:
        inner = sure_or(hi, k, t)
        return lambda page, m, s: page.score[m] >= floor and inner(page, m, s)

    def sure_veto(hi: float, k: int, t: float, v: float) -> Rule:
        # as sure_or, but a sure verdict falls when none of its evidence sentences reaches v
        inner = sure_or(hi, k, t)

        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            if page.score[m] >= hi and page.present[m]:
                return any(s.get(i, 0.0) >= v for i in page.evidence[m])
            return inner(page, m, s)

        return f

    def sure_keep(hi: float, k: int, t: float, keep: float) -> Rule:
        # as sure_or, but under hi a detection the rules make stands unless the model's
        # probability falls under ``keep`` (the model overturns the rules only when fairly
        # sure); one the rules do not make needs t
        nor = noisy_or(k, t)

        def f(page: Any, m: str, s: dict[int, float]) -> bool:
            if page.score[m] >= hi:
                return bool(page.present[m])
            if page.present[m]:
                return bool(tr.article_probability(list(s.values()), k) >= keep)
            return nor(page, m, s)

        return f

    out: dict[str, Rule] = {"rules": rules}
    out.update(
        {f"sure{hi}+nor{k}@{t}/keep{v}": sure_keep(hi, k, t, v) for hi, k, t, v in SURE_KEEP_GRID}
    )
    out.update(
        {f"sure{hi}+nor{k}@{t}+v{v}": sure_veto(hi, k, t, v) for hi, k, t, v in SURE_VETO_GRID}
    )
    out.update({f"sure{hi}+nor{k}@{t}": sure_or(hi, k, t) for hi, k, t in SURE_GRID})
    out.update({f"sure{hi}+nor{k}@{t}/negveto": sure_negveto(hi, k, t) for hi, k, t in SURE_GRID})
    out.update(
        {f"sure{hi}+nor{k}@{t}/min{f}": sure_floor(hi, k, t, f) for hi, k, t, f in SURE_FLOOR_GRID}
    )
    out.update({f"nor{k}@{t}": noisy_or(k, t) for k, t in NOR_GRID})
    out.update({f"band{lo}-{hi}@{t}": band(lo, hi, t) for lo, hi, t in BAND_GRID})
    out.update({f"model@{t}": model_at(t) for t in MODEL_GRID})
    out.update({f"veto@{t}": veto_at(t) for t in VETO_GRID})
    out.update({f"or@{t}": or_at(t) for t in OR_GRID})
    out.update({f"veto@{a}+or@{b}": both(a, b) for a in VETO_GRID[1:] for b in OR_GRID[:2]})
    return out


def tally(pages: Sequence[Any], scores: Scores, rule: Rule) -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    cells: list[str] = []
    for page in pages:
        if page.gated:
            if page.genre == "news":
                fn += len(page.labels)
            continue
        got = {m for m in page.hits if rule(page, m, scores.get((page.file, m), {}))}
        tp += len(got & page.labels)
        fp += len(got - page.labels)
        fn += len(page.labels - got)
        cells.extend(f"{page.file}: +{m}" for m in sorted(got - page.labels))
        cells.extend(f"{page.file}: -{m}" for m in sorted(page.labels - got))
    return tp, fp, fn, cells


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(
    pages: Sequence[Any], batches: Sequence[str], scores: Scores, sysd: dict[str, Rule], show: bool
) -> None:
    names = list(sysd)
    print("F1 per held-out batch (v: veto, o: or)")
    print(
        "batch    " + " ".join(f"{n.replace('veto@', 'v').replace('or@', 'o'):>9}" for n in names)
    )
    pooled = {n: [0, 0, 0] for n in names}
    base_cells: dict[str, set[str]] = {}
    per_batch: dict[str, list[float]] = {n: [] for n in names}
    for b in batches:
        bp = [p for p in pages if p.batch == b]
        row = []
        for n in names:
            tp, fp, fn, cells = tally(bp, scores, sysd[n])
            pooled[n][0] += tp
            pooled[n][1] += fp
            pooled[n][2] += fn
            f = prf(tp, fp, fn)[2]
            per_batch[n].append(f)
            row.append(f"{100 * f:9.1f}")
            if n == "rules":
                base_cells[b] = set(cells)
            elif show:
                diff = sorted(set(cells) ^ base_cells[b])
                if diff:
                    print(f"   {n} {b}: " + "; ".join(diff))
        print(f"{b:<8} " + " ".join(row))
    print("\npooled (micro over the batches)")
    print(f"{'system':<20} {'P':>6} {'R':>6} {'F1':>6}  tp  fp  fn  F1 min-max  batches >= rules")
    for n in names:
        tp, fp, fn = pooled[n]
        p, r, f = prf(tp, fp, fn)
        fs = per_batch[n]
        ge = sum(1 for a, base in zip(fs, per_batch["rules"], strict=True) if a >= base - 1e-9)
        print(
            f"{n:<20} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f} {tp:4} {fp:3} {fn:3}"
            f"  {100 * min(fs):4.1f}-{100 * max(fs):5.1f}  {ge}/{len(fs)}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="cells that differ from the rules")
    ap.add_argument("--systems", default="", help="comma-separated subset of systems")
    ap.add_argument(
        "--code", type=Path, default=REPO, help="folder holding the reporter package to run"
    )
    ap.add_argument("--train", default="", help="forward split: training batches (1-14)")
    ap.add_argument("--test", default="", help="forward split: test batches (15,16)")
    ap.add_argument(
        "--grid",
        default="",
        help="training variants penalty:C:easy|noeasy, comma-separated (default: the trainer's)",
    )
    ap.add_argument("--text-only", action="store_true", help="drop the rules' own features")
    ap.add_argument(
        "--drop",
        default="",
        help="feature families to leave out, comma-separated: band (score band and "
        "discount), cue, poslen, text (see feature_family)",
    )
    ap.add_argument("--seeds", action="store_true", help="train on the five seeds too")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code))
    tr = _trainer()
    train_b, test_b = _batches(args.train), _batches(args.test)
    pages = tr.load_pages(batches=sorted(train_b | test_b)) if test_b else tr.load_pages()
    if args.seeds:
        pages += tr.load_seed_pages()
        train_b.add("seeds")
    batches = sorted(
        {p.batch for p in pages} - {"seeds"}, key=lambda b: int(b.removeprefix("batch"))
    )
    if test_b:
        batches = [b for b in batches if b in test_b]
    if args.text_only:
        tr.page_features = _text_only_features(tr.page_features)
    if args.drop:
        tr.page_features = _dropping(tr.page_features, set(args.drop.split(",")))
    feats = candidate_features(tr, [p for p in pages if not test_b or p.batch in test_b])
    all_exs = tr.examples(pages, easy=True)
    sysd = systems(tr)
    if args.systems:
        # the rules always (the other systems are compared with them); a name of the
        # sure+nor family not in the grids is parsed (parsed_system)
        chosen: dict[str, Rule] = {"rules": sysd["rules"]}
        for n in args.systems.split(","):
            rule = sysd.get(n) or parsed_system(tr, n)
            if rule is None:
                ap.error(f"unknown system: {n}")
            chosen[n] = rule
        sysd = chosen
    variants = [v.split(":") for v in args.grid.split(",") if v] or [
        [tr.PENALTY, str(tr.C), "easy"]
    ]
    for penalty, c, easy in variants:
        exs = [e for e in all_exs if easy == "easy" or e.kind != "easy"]
        scores: Scores = {}
        if test_b:
            model = tr.train([e for e in exs if e.batch in train_b], c=float(c), penalty=penalty)
            scores = score_pages(model, [p for p in pages if p.batch in test_b], feats)
        for b in batches if not test_b else ():
            model = tr.train([e for e in exs if e.batch != b], c=float(c), penalty=penalty)
            scores.update(score_pages(model, [p for p in pages if p.batch == b], feats))
        dropped = f" without {args.drop}" if args.drop else ""
        print(f"\n### {penalty} C={c} {easy}{' text-only' if args.text_only else ''}{dropped}")
        report(pages, batches, scores, sysd, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
