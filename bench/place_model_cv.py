"""Experiment (round 13, not integrated): does a learned place ranker help the rules choose
the primary locality on unseen pages?

Experiment, forward only: the rules (``reporter/compare/locality.py``) as they were when
the test batches were first seen (``--code <old tree>``), a ranker trained on the
batches labelled before them.  For each labelled page the rules' inputs to
``primary_locality`` are captured (title, lead and outlet places, the weighted mention
scores, towns, the page text); each candidate place gets features (level, relation to the
rules' answer, title/lead/outlet flags, score share, the characters around its mentions)
and a logistic regression scores it.  Systems:

- ``rules``: the rules' answer;
- ``ranker``: the candidate with the highest probability;
- ``hybrid@m``: the ranker's top when it beats the rules' answer by at least ``m``.

Usage::

    python bench/place_model_cv.py --code /tmp/old_cc65eaf --train 1-34 --test 35,36
"""

from __future__ import annotations

import argparse
import importlib
import math
import pickle
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from act_model_cv import batch_names  # bench/ is no package; act_model_cv.py is its neighbour

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "tests" / "fixtures" / "real"
SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "街道",
    "省",
    "市",
    "县",
    "区",
    "州",
    "盟",
    "旗",
    "镇",
    "乡",
    "村",
    "社区",
)


def norm(s: str | None) -> str:
    s = (s or "").strip()
    for suf in SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf) + 1:
            return s[: -len(suf)]
    return s


def same(a: str | None, b: str) -> bool:
    na, nb = norm(a), norm(b)
    return bool(na) and (na == nb or (na.endswith(nb) and len(nb) >= 2))


@dataclass
class Cand:
    name: str
    level: str
    parent: str | None
    grand: str | None


@dataclass
class Rec:
    batch: str
    file: str
    label: str
    genre: str
    rules: str | None  # the tool's answer (wrapper result, or None when never called)
    called: bool
    home: bool
    text: str = ""
    title_span: tuple[int, int] = (0, 0)
    cands: list[Cand] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    in_title: set[str] = field(default_factory=set)
    in_lead: set[str] = field(default_factory=set)
    in_outlet: set[str] = field(default_factory=set)
    visited: set[str] = field(default_factory=set)
    opening: str | None = None
    headline_label: str | None = None
    mentions: list[tuple[str, int, int]] = field(default_factory=list)


def capture(code: Path, batches: Sequence[str]) -> list[Rec]:
    sys.path.insert(0, str(code))
    meta = importlib.import_module("reporter.clean.metadata")
    from reporter.article import load_document  # type: ignore[import-not-found]
    from reporter.models import InputRejected  # type: ignore[import-not-found]

    state: dict[str, Any] = {}
    orig_pl, orig_fp = meta.primary_locality, meta.find_places

    def fp(text: str) -> Any:
        ms = orig_fp(text)
        state["text"], state["mentions"] = text, ms
        return ms

    def pl(title_places: Any, lead_places: Any, localities: Any, **kw: Any) -> Any:
        out = orig_pl(title_places, lead_places, localities, **kw)
        state["call"] = (title_places, lead_places, localities, kw, out)
        return out

    meta.primary_locality, meta.find_places = pl, fp
    recs: list[Rec] = []
    for b in batches:
        folder = ROOT / b
        labels = tomllib.loads((folder / "labels.toml").read_text("utf-8")).get("page", [])
        for lab in sorted(labels, key=lambda p: p["file"]):
            if not lab.get("labelled"):
                continue
            state.clear()
            try:
                doc = load_document(folder / lab["file"], lab["file"])
                primary = doc.article.metadata.primary_locality
            except InputRejected:
                primary = None
            except AttributeError:
                primary = None
            rec = Rec(
                b,
                lab["file"],
                lab.get("locality", ""),
                lab.get("genre", "news"),
                primary,
                "call" in state,
                False,
            )
            if "call" in state:
                tp, lp, locs, kw, out = state["call"]
                rec.rules = out
                rec.home = kw.get("home") is not None
                rec.text = state.get("text", "")
                seen: dict[str, Cand] = {}
                for loc in locs:
                    par = loc.city if loc.level == "district" else loc.province
                    seen.setdefault(loc.name, Cand(loc.name, loc.level, par, loc.province))
                for m in kw.get("outlet", ()):
                    par = m.city if m.level == "district" else m.province
                    seen.setdefault(m.name, Cand(m.name, m.level, par, m.province))
                for t in kw.get("towns", ()):
                    seen.setdefault(t.name, Cand(t.name, "town", t.parent, None))
                rec.cands = list(seen.values())
                rec.scores = dict(kw.get("scores") or {})
                for t in kw.get("towns", ()):
                    rec.scores.setdefault(t.name, float(t.score))
                rec.in_title = {p.name for p in tp}
                rec.in_lead = {p.name for p in lp}
                rec.in_outlet = {p.name for p in kw.get("outlet", ())}
                rec.visited = {p.name for p in kw.get("visited", ())}
                rec.opening = kw.get("opening")
                rec.headline_label = kw.get("label")
                rec.mentions = [(m.name, m.start, m.end) for m in state.get("mentions", ())]
            recs.append(rec)
    meta.primary_locality, meta.find_places = orig_pl, orig_fp
    return recs


ORGAN = ("委", "政府", "人民政府", "纪委", "组织部", "党委")


def features(rec: Rec, c: Cand) -> list[str]:
    f = [f"lvl:{c.level}"]
    by = {x.name: x for x in rec.cands}
    r = rec.rules
    rel = "none"
    if r == c.name:
        rel = "same"
    elif r is not None and c.name == (by[r].parent if r in by else None):
        rel = "parent"
    elif r is not None and c.name == (by[r].grand if r in by else None):
        rel = "grand"
    elif r is not None and c.parent == r:
        rel = "child"
    elif r is not None and r in by and c.parent and by[r].parent == c.parent:
        rel = "sibling"
    f.append(f"rel:{rel}")
    f.append(f"rel:{rel}|lvl:{c.level}")
    for flag, s in (
        ("title", rec.in_title),
        ("lead", rec.in_lead),
        ("outlet", rec.in_outlet),
        ("visited", rec.visited),
    ):
        if c.name in s:
            f += [f"in:{flag}", f"in:{flag}|lvl:{c.level}", f"in:{flag}|rel:{rel}"]
    if rec.opening == c.name:
        f.append("opening")
    if rec.headline_label and c.name.endswith(rec.headline_label[-2:]):
        f.append("hlabel")
    sc = rec.scores.get(c.name, 0.0)
    top = max((rec.scores.get(x.name, 0.0) for x in rec.cands), default=0.0) or 1.0
    share = sc / top
    f.append(f"share:{min(4, int(share * 4))}")
    f.append(f"share:{min(4, int(share * 4))}|lvl:{c.level}")
    f.append(f"logsc:{min(5, int(math.log1p(max(sc, 0.0))))}")
    order = sorted(rec.cands, key=lambda x: -rec.scores.get(x.name, 0.0))
    rank = next(i for i, x in enumerate(order) if x.name == c.name)
    f.append(f"rank:{min(rank, 4)}")
    ms = [(s, e) for n, s, e in rec.mentions if n == c.name]
    f.append(f"nm:{min(len(ms), 6)}")
    n = len(rec.text) or 1
    if ms:
        f.append(f"first:{min(4, int(4 * ms[0][0] / n))}")
    ctx: set[str] = set()
    for s, e in ms:
        right = rec.text[e : e + 4]
        left = rec.text[max(0, s - 3) : s]
        for k in (1, 2, 3):
            ctx.add(f"R{k}:{right[:k]}")
        for k in (1, 2):
            ctx.add(f"L{k}:{left[-k:]}")
        if right.startswith(ORGAN):
            ctx.add("organ")
    f += sorted(ctx)
    f.append("bias")
    return f


def examples(recs: Sequence[Rec]) -> tuple[list[list[str]], list[int]]:
    xs: list[list[str]] = []
    ys: list[int] = []
    for rec in recs:
        if not rec.called or rec.home or not rec.label or rec.genre != "news":
            continue
        if not any(same(c.name, rec.label) for c in rec.cands):
            continue
        for c in rec.cands:
            xs.append(features(rec, c))
            ys.append(int(same(c.name, rec.label)))
    return xs, ys


def train(xs: list[list[str]], ys: list[int], c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, ys)
    return vec, clf


def probs(model: Any, rec: Rec) -> dict[str, float]:
    vec, clf = model
    if not rec.cands:
        return {}
    x = vec.transform([dict.fromkeys(features(rec, c), 1) for c in rec.cands])
    p = clf.predict_proba(x)[:, 1]
    return {c.name: float(v) for c, v in zip(rec.cands, p, strict=True)}


def choose(rec: Rec, p: dict[str, float], margin: float | None) -> str | None:
    if not rec.called or rec.home or not p or rec.rules is None:
        return rec.rules
    best = max(sorted(p), key=lambda k: p[k])
    if margin is None:
        return best
    return best if p[best] - p.get(rec.rules, 0.0) >= margin else rec.rules


def score(recs: Sequence[Rec], model: Any, margin: float | None, show: bool = False) -> float:
    right = 0
    total = 0
    for rec in recs:
        if rec.genre != "news":
            continue
        total += 1
        got = rec.rules if model is None else choose(rec, probs(model, rec), margin)
        ok = same(got, rec.label) if rec.label else got is None
        right += ok
        if show and model is not None and got != rec.rules:
            was = same(rec.rules, rec.label) if rec.label else rec.rules is None
            print(
                f"   {rec.file}: {rec.rules} -> {got} want {rec.label!r}"
                f" [{'fixed' if ok and not was else 'broke' if was and not ok else 'same'}]"
            )
    return right / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", type=Path, default=REPO)
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    train_b, test_b = batch_names(args.train), batch_names(args.test)
    cache = Path(f"/tmp/placecv_{args.code.name}.pkl")
    recs: list[Rec] = pickle.loads(cache.read_bytes()) if cache.exists() else []
    have = {r.batch for r in recs}
    need = [b for b in train_b + test_b if b not in have]
    if need:
        recs += capture(args.code, need)
        cache.write_bytes(pickle.dumps(recs))
    tr = [r for r in recs if r.batch in train_b]
    te = [r for r in recs if r.batch in test_b]
    model = train(*examples(tr), c=args.c)
    print(f"train pages {len(tr)} test pages {len(te)}")
    print(f"rules         {100 * score(te, None, None):5.1f}")
    print(f"ranker        {100 * score(te, model, None, args.show):5.1f}")
    for m in (0.1, 0.2, 0.3, 0.5):
        print(f"hybrid@{m:<5}  {100 * score(te, model, m, args.show and m == 0.2):5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
