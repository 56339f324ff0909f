"""A learned page-furniture filter for summary sentences: the model and its training,
for the forward experiment ``bench/furniture_model_cv.py`` (round 20; not adopted, see
``bench/quality_history.md``: the summary sentences that carry noise on unseen pages are
news sentences with a little noise in them, which no whole-sentence filter can take out
without the news).

Each labelled page of ``tests/fixtures/real/batch*/`` lists the ``noise`` spans a summary
must never carry (page furniture, junk, SEO words).  The page is read by the tool's own
ingest, clean and split (the tree first on sys.path), and each of its sentences is:

- positive when the labelled spans cover at least :data:`POSITIVE_SHARE` of its
  characters (spaces left out): the sentence *is* furniture (a disclaimer, an advert, a
  byline, a caption, a column tag);
- left out when they cover some of it but less: words injected into a real sentence,
  another problem (the sentence is news; the span is what is wrong);
- negative otherwise.

Half is the line between "a sentence with junk in it" and "junk": a byline run into the
lead's first words (``□本报记者…报道近日，…``) is furniture only when the byline is most
of it.  The five seeds (``examples/``) have no noise labels: their sentences the
summarizer's hand patterns accept (``textrank_plus.reject_reason``) are negatives, the
ordinary news a filter must let through.

Features (:func:`features`): character 1-3-grams of the folded sentence with its start
and end marked, length, shares of Han characters, digits and Latin letters, position in
the article.  Training is scikit-learn's logistic regression (liblinear, fixed seed) on
sorted inputs, weights under :data:`MIN_WEIGHT` pruned, as ``scripts/train_act_model.py``
trains the act model; scoring is a sum of weights and a logistic, as
``reporter/compare/act_model.py`` scores.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import opencc

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "tests" / "fixtures" / "real"
SEEDS = REPO / "examples"
SEED = 0
# A sentence is furniture when labelled noise covers this share of its characters.
POSITIVE_SHARE = 0.5
# L2 strength (sklearn's C) and the smallest |weight| written (pruning keeps the file
# small: well under 1 MB).
C = 1.0
MIN_WEIGHT = 0.1
# A span overlapping a sentence's start or end (a notice cut by the splitter) counts from
# this many characters.
MIN_OVERLAP = 4

_T2S = opencc.OpenCC("t2s")
_HALF_TO_FULL = str.maketrans(
    {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
)


# Character n-grams up to this length, of the folded text between a start mark and an
# end mark (a byline opens with □本报记者, a caption ends with 摄).
MAX_NGRAM = 3
START, END = "^", "$"
# Length bands (folded characters): a tag, a caption, a short line, a sentence, a long one.
LENGTH_BANDS = ((12, "tag"), (25, "short"), (50, "mid"), (100, "sentence"))
# Share bands of a character class in the folded text.
SHARE_BANDS = ((0.0, "none"), (0.1, "few"), (0.3, "some"))

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _fold(text: str) -> str:
    return _DIGITS.sub("0", _SPACE.sub("", text))


def _band(value: float, bands: Sequence[tuple[float, str]], top: str) -> str:
    return next((name for limit, name in bands if value <= limit), top)


def features(text: str, index: int, total: int) -> list[str]:
    """The binary features of sentence ``text``, number ``index`` of ``total``, sorted."""
    t = _fold(text)
    marked = START + t + END
    out = {
        "c:" + marked[i : i + n]
        for n in range(1, MAX_NGRAM + 1)
        for i in range(len(marked) - n + 1)
    }
    n = max(len(t), 1)
    out.add("len:" + _band(len(t), LENGTH_BANDS, "long"))
    out.add("han:" + _band(1 - len(_HAN.findall(t)) / n, SHARE_BANDS, "most_not"))
    out.add("digit:" + _band(len(_DIGIT.findall(text)) / n, SHARE_BANDS, "many"))
    out.add("latin:" + _band(len(_LATIN.findall(t)) / n, SHARE_BANDS, "many"))
    if index == 0:
        out.add("pos:first")
    if total and index == total - 1:
        out.add("pos:last")
    if total:
        out.add(f"pos:q{min(4, 5 * index // total)}")
    return sorted(out)


@dataclass(frozen=True)
class FurnitureModel:
    """Weights by feature; :meth:`probability` is p(furniture) of one sentence."""

    intercept: float
    weights: dict[str, float]

    def score(self, feats: Sequence[str]) -> float:
        w = self.weights
        z = self.intercept + math.fsum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def probability(self, text: str, index: int, total: int) -> float:
        return self.score(features(text, index, total))


def norm(s: str) -> str:
    """As bench/quality.py compares a noise span: simplified, no spaces, marks full-width."""
    return re.sub(r"\s+", "", _T2S.convert(s)).translate(_HALF_TO_FULL).lower()


def coverage(sentence: str, spans: Sequence[str]) -> float:
    """The share of the sentence's characters (spaces out) the noise spans cover: a span
    inside it, it inside a span, or a span running over its start or end."""
    s = norm(sentence)
    if not s:
        return 0.0
    covered = bytearray(len(s))
    for span in spans:
        if not span:
            continue
        if s in span:
            return 1.0
        start = s.find(span)
        while start >= 0:
            covered[start : start + len(span)] = b"\1" * len(span)
            start = s.find(span, start + 1)
        # the span's tail opens the sentence, or its head closes it
        top = min(len(s), len(span)) - 1
        for k in range(top, MIN_OVERLAP - 1, -1):
            if span.endswith(s[:k]):
                covered[:k] = b"\1" * k
                break
        for k in range(top, MIN_OVERLAP - 1, -1):
            if span.startswith(s[-k:]):
                covered[len(s) - k :] = b"\1" * k
                break
    return sum(covered) / len(s)


@dataclass
class Page:
    """One labelled page as the tool reads it."""

    batch: str
    file: str
    genre: str
    sentences: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)  # the labelled spans, as written
    noise_norm: list[str] = field(default_factory=list)  # normalised (:func:`norm`)
    evidence: list[str] = field(default_factory=list)  # the evidence quotes, normalised
    gated: bool = False  # skipped by ingest or the genre gate: no summary
    scores: list[float] = field(default_factory=list)  # the summarizer's, when asked
    picks: list[int] = field(default_factory=list)  # its summary, as the build made it
    usable: list[bool] = field(default_factory=list)  # the hand patterns let it through


def read_page(folder: Path, label: dict[str, Any], summaries: bool = False) -> Page:
    """The page as the code on sys.path reads it; with ``summaries``, also as it
    summarises it (the summarizer's scores and picks; none when the build skips it)."""
    from reporter import article, compare, summarize
    from reporter.models import InputRejected
    from reporter.settings import DEFAULT_SUMMARY_SENTENCES
    from reporter.summarize.textrank_plus import reject_reason

    page = Page(
        folder.name,
        label["file"],
        label.get("genre", "news"),
        noise=list(label.get("noise", [])),
        noise_norm=[n for n in (norm(x) for x in label.get("noise", [])) if n],
        evidence=[n for n in (norm(e["quote"]) for e in label.get("evidence", [])) if n],
    )
    try:
        doc = article.load_document(folder / label["file"], label["file"])
    except InputRejected:
        page.gated = True
        return page
    page.sentences = [s.text for s in doc.sentences]
    page.usable = [reject_reason(t) is None for t in page.sentences]
    if not summaries:
        return page
    furniture = article._dropped_furniture(doc)
    try:
        verdict = compare.judge_genre(doc, furniture=furniture, model=compare.load_genre_model())
    except (AttributeError, TypeError):  # older trees: no genre model
        verdict = compare.judge_genre(doc, furniture=furniture)
    if verdict.reason is not None:
        page.gated = True
        return page
    engine = summarize.get_summarizer(summarize.DEFAULT_ENGINE)
    scores = np.asarray(engine.rank(doc), dtype=np.float64)
    page.scores = scores.tolist()
    page.picks = sorted(engine.select(doc, scores, DEFAULT_SUMMARY_SENTENCES))
    return page


def load_pages(
    root: Path = ROOT, batches: Iterable[str] = (), summaries: bool = False
) -> list[Page]:
    names = list(batches) or sorted(p.name for p in root.iterdir() if (p / "labels.toml").is_file())
    pages: list[Page] = []
    for name in sorted(names, key=lambda b: int(b.removeprefix("batch"))):
        folder = root / name
        labels = tomllib.loads((folder / "labels.toml").read_text("utf-8")).get("page", [])
        for label in sorted(labels, key=lambda p: p["file"]):
            if label.get("labelled"):
                pages.append(read_page(folder, label, summaries))
    return pages


def load_seed_pages(root: Path = SEEDS) -> list[Page]:
    pages = []
    for path in sorted(root.glob("*.txt")):
        page = read_page(root, {"file": path.name, "genre": "news"})
        page.batch = "seeds"
        pages.append(page)
    return pages


@dataclass(frozen=True)
class Example:
    batch: str
    file: str
    index: int
    label: int
    features: tuple[str, ...]


def examples(pages: Sequence[Page], share_at: float = POSITIVE_SHARE) -> list[Example]:
    """One example per sentence (see the module's docstring); ``share_at``: the share of
    noise from which a sentence is furniture."""
    out: list[Example] = []
    for page in pages:
        total = len(page.sentences)
        for i, text in enumerate(page.sentences):
            if page.batch == "seeds":
                if not page.usable[i]:
                    continue  # unlabelled: only what the hand patterns call news
                y = 0
            else:
                share = coverage(text, page.noise_norm)
                if 0 < share < share_at:
                    continue  # words injected into a real sentence: another problem
                y = int(share >= share_at and share > 0)
            out.append(Example(page.batch, page.file, i, y, tuple(features(text, i, total))))
    return out


def train(
    exs: Sequence[Example], c: float = C, min_weight: float = MIN_WEIGHT, balanced: bool = False
) -> Any:
    """The fitted model on ``exs``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ordered = sorted(exs, key=lambda e: (e.batch, e.file, e.index))
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([dict.fromkeys(e.features, 1) for e in ordered]).tocsr()
    x.indices = x.indices.astype(np.int32)  # liblinear takes 32-bit sparse indices only
    x.indptr = x.indptr.astype(np.int32)
    clf = LogisticRegression(
        C=c,
        solver="liblinear",
        random_state=SEED,
        max_iter=1000,
        class_weight="balanced" if balanced else None,
    )
    clf.fit(x, [e.label for e in ordered])
    names = vec.get_feature_names_out()
    weights = {
        str(names[j]): round(float(w), 6)
        for j, w in enumerate(clf.coef_[0])
        if abs(w) >= min_weight
    }
    return FurnitureModel(round(float(clf.intercept_[0]), 6), weights)
