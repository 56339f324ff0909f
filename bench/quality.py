"""How right the brief is on real pages: the hand-labelled corpus under tests/fixtures/real/.

Each batch folder holds pages and a ``labels.toml`` written by hand before the tool saw
them (format: ``tests/fixtures/real/README.md``).  This script builds each batch as one
corpus (every page of it, labelled or not, so corpus-wide stages such as repost grouping
and findings see what a user's folder gives them) and prints, per field, the share right
on the labelled pages:

- skipped: labelled pages of genre ``news`` the build did not use (should be 0);
- title: the headline, compared after OpenCC t2s and dropping spaces and punctuation;
  a page labelled without a headline is right when the title is marked derived;
- date: the published date; a date on a page labelled without one is *invented* (wrong);
- locality: the primary locality (suffixes such as 市/县/区 ignored); a page labelled
  with none (fiction, explainer, national) is right only with none;
- mechanisms: micro precision, recall and F1 of the present mechanisms;
- facts: of the labelled key facts, the share found (a fact whose span holds the
  labelled number, in the labelled sentence) and, of those found, the share whose
  ``counts`` and ``role`` agree with the label (when the build gives them);
- summary noise: summary sentences carrying a labelled noise span, doubled punctuation,
  a URL, or no sentence end (cut off);
- findings: how many the brief states and how many of them the labels contradict
  (:func:`judge_claim`: a mechanism named that a labelled page lacks, "only X" when
  another used page is labelled with it, a largest deployment that a labelled larger one
  or another role belies); ``--findings`` prints each with its verdict for a person to
  check.

Usage::

    python bench/quality.py                      # every batch under tests/fixtures/real
    python bench/quality.py --batches batch1 --show   # the wrong cells, page by page
    python bench/quality.py --root /elsewhere --json  # machine-readable
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import opencc

from reporter.clean.script import to_simplified
from reporter.clean.variants import normalize_variants
from reporter.text.gazetteer_table import lookup

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"

_T2S = opencc.OpenCC("t2s")
# Place suffixes ignored when comparing localities: 象山 and 象山县 name one place.
_PLACE_SUFFIX = re.compile(
    r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|地区|省|市|县|区|旗|盟|镇|乡|街道)$"
)
# The peoples named in an autonomous area's full name (凉山彝族自治州, 威宁彝族回族苗族自治县),
# which its usual short form leaves out: the full name is read as the short form with the
# suffix kept as people write it (凉山州, 威宁县; 州 is no suffix the comparison drops, for
# it ends 广州 and 杭州), so both name one place.
_PEOPLES = (
    "土家|布依|哈尼|傈僳|拉祜|纳西|景颇|蒙古|朝鲜|维吾尔|哈萨克|柯尔克孜|达斡尔|鄂温克|鄂伦春|锡伯|"
    "仫佬|毛南|仡佬|塔吉克|裕固|保安|东乡|撒拉|普米|独龙|阿昌|德昂|基诺|门巴|珞巴|赫哲|"
    "彝|藏|羌|回|苗|侗|壮|瑶|白|傣|佤|满|水|黎|畲|土|怒|京|各"
)
_AUTONOMOUS_FULL = re.compile(rf"(?:(?:{_PEOPLES})族)+自治(州|县|旗)$")
_NOT_WORD = re.compile(r"[^\w]|_")
_DOUBLED_PUNCT = re.compile(r"[，,。．、；;：:！!？?]{2,}")
_URL = re.compile(r"https?://|www\.|\.com\b|\.cn\b", re.IGNORECASE)
# A sentence that ends a thought: terminal punctuation, possibly inside closing quotes.
_SENTENCE_END = re.compile(r"[。！？!?…；;]['\"’”」』）)]*$|[”」』]$")


# A pinyin annotation after a character (區(qū), 個(ge) ): page noise the cleaner removes,
# which a hand-typed label may have kept.
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+"
# A space may close the brackets (會(huì )): the cleaner reads the gloss so, the judge too.
_PINYIN = re.compile(rf"[(（]{_SYLLABLE}(?:\s{_SYLLABLE})*\s?[)）]\s?")
# ... and a gloss in square brackets, its syllables capitalised (包河区[HeQu]), which the
# cleaner strips the same way (reporter.clean.pinyin).
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[\[【](?:[A-Z][a-z]{1,5}){1,4}[\]】]")


def norm_text(s: str) -> str:
    # Simplified with the tool's own conversion (reporter.clean.script: t2s and the
    # variants t2s keeps, 陜 for 陝) and variant table (reporter.clean.variants): a label
    # typed from the page keeps the variant, which t2s alone leaves, so a title the tool
    # simplified right would never match.
    plain = normalize_variants(_PINYIN.sub("", _PINYIN_GLOSS.sub("", s)))
    return _NOT_WORD.sub("", to_simplified(plain)).lower()


def norm_place(s: str | None) -> str:
    if not s:
        return ""
    s = _AUTONOMOUS_FULL.sub(r"\1", _T2S.convert(s).strip())
    # A full path ("浙江省宁波市象山县") compares by its last level.
    prev = None
    while prev != s:
        prev = s
        s = _PLACE_SUFFIX.sub("", s)
    return s


def canonical_place(s: str) -> str:
    """The gazetteer's full name for ``s`` when ``s`` is another name of one division
    (科左后旗 and 察右中旗, official abbreviations of 科尔沁左翼后旗 and 察哈尔右翼中旗,
    listed with ``same_as`` in reporter/data/places.toml): a label may use either form,
    as the page does, and both name one place.  Anything else is returned unchanged."""
    names = {p.name for p in lookup(s)}
    return names.pop() if len(names) == 1 else s


def place_match(pred: str | None, label: str) -> bool:
    if not label:
        return not pred
    if not pred:
        return False
    p = canonical_place(_T2S.convert(pred).strip())
    lab = norm_place(canonical_place(_T2S.convert(label).strip()))
    # The prediction may be a path ("宁波市象山县") or the bare level ("象山县").
    return norm_place(p) == lab or (norm_place(p).endswith(lab) and len(lab) >= 2)


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class BatchScore:
    batch: str
    pages: int = 0
    labelled: int = 0
    skipped: Tally = field(default_factory=Tally)
    title: Tally = field(default_factory=Tally)
    date: Tally = field(default_factory=Tally)
    invented_dates: int = 0
    locality: Tally = field(default_factory=Tally)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    mech_misses: list[str] = field(default_factory=list)
    facts_found: Tally = field(default_factory=Tally)
    facts_typed: Tally = field(default_factory=Tally)
    summary_sentences: int = 0
    noisy_sentences: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    findings_made: int = 0
    false_findings: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, Any]:
        p, r, f = self.prf()
        return {
            "batch": self.batch,
            "pages": self.pages,
            "labelled": self.labelled,
            "skipped": self.skipped.total - self.skipped.right,
            "title": self.title.share,
            "date": self.date.share,
            "invented_dates": self.invented_dates,
            "locality": self.locality.share,
            "mechanism_precision": p,
            "mechanism_recall": r,
            "mechanism_f1": f,
            "facts_found": self.facts_found.share,
            "facts_typed": self.facts_typed.share,
            "summary_sentences": self.summary_sentences,
            "summary_noisy": len(self.noisy_sentences),
            "findings": self.findings_made,
            "false_findings": self.false_findings,
        }


def load_labels(folder: Path) -> list[dict[str, Any]]:
    data = tomllib.loads((folder / "labels.toml").read_text("utf-8"))
    pages: list[dict[str, Any]] = data.get("page", [])
    return pages


def build(
    folder: Path, pages: list[dict[str, Any]], rules_only: bool = False
) -> tuple[dict[str, dict[str, Any]], Any]:
    """Builds the batch as one corpus; returns each input's JSON Lines record by file name
    and the Brief (None when nothing was usable).  ``rules_only``: without the act model."""
    from reporter import pipeline
    from reporter.settings import Settings

    records: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="quality-") as tmp:
        for page in pages:
            shutil.copyfile(folder / page["file"], Path(tmp) / page["file"])

        def on_result(_result: Any, line: bytes) -> None:
            rec = json.loads(line)
            records[Path(rec["source_path"]).name] = rec

        settings = Settings(
            inputs=(Path(tmp),), formats=("json",), jobs=1, use_cache=False, rules_only=rules_only
        )
        try:
            brief = pipeline.build_brief(settings, pipeline.BuildHooks(on_result=on_result))
        except pipeline.NoUsableInput:
            brief = None
    return records, brief


def _present(rec: dict[str, Any]) -> set[str]:
    return {m for m, d in rec.get("matrix", {}).items() if d.get("present")}


# Each field's verdict on one page (its JSON Lines record against its labels), shared
# with bench/perturb.py.


def title_right(rec: dict[str, Any], page: dict[str, Any]) -> bool:
    """The headline, compared normalised; a page labelled without one wants it derived."""
    want = page.get("title", "")
    if want:
        return norm_text(rec.get("title") or "") == norm_text(want)
    return bool(rec.get("title_derived"))


def _date_of(rec: dict[str, Any]) -> str:
    return str(rec.get("published") or "")[:10]


def date_right(rec: dict[str, Any], page: dict[str, Any]) -> bool:
    """The published date; a date on a page labelled without one is invented (wrong)."""
    return _date_of(rec) == page.get("published", "")


def locality_right(rec: dict[str, Any], page: dict[str, Any]) -> bool:
    return place_match(rec.get("primary_locality"), page.get("locality", ""))


def mechanisms_right(rec: dict[str, Any], page: dict[str, Any]) -> bool:
    """The set of present mechanisms is exactly the labelled one."""
    return _present(rec) == set(page.get("mechanisms", []))


# Half-width marks as the cleaner writes them, so a labelled span compares with the
# cleaned text whichever width the page used.
_HALF_TO_FULL = str.maketrans(
    {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
)


def norm_noise(s: str) -> str:
    """A noise span's key: simplified, no spaces, marks full-width, but punctuation
    KEPT: in a span such as ``出席,。`` the doubled marks are the noise, and dropping
    them (as norm_text does) would find the span in any sentence with 出席."""
    return re.sub(r"\s+", "", _T2S.convert(s)).translate(_HALF_TO_FULL).lower()


# A space between two Han characters (高 效, 今 年初): a word split by the page, whose
# noise is the space itself; a sentence holding the word whole (高效) was repaired.
_SPLIT_WORD = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")


def _carries(span: str, text: str) -> bool:
    if _SPLIT_WORD.search(span):
        spaced = re.sub(r"\s+", " ", _T2S.convert(span)).translate(_HALF_TO_FULL).lower()
        return spaced in re.sub(r"\s+", " ", text).translate(_HALF_TO_FULL).lower()
    return span in text or bool(norm_noise(span) and norm_noise(span) in norm_noise(text))


def _summary_noise(text: str, noise: Iterable[str]) -> str | None:
    t = text.strip()
    for span in noise:
        if span and _carries(span, t):
            return f"noise {span!r}"
    if _DOUBLED_PUNCT.search(t):
        return "doubled punctuation"
    if _URL.search(t):
        return "url"
    if not _SENTENCE_END.search(t):
        return "cut off"
    return None


def _fact_match(label: dict[str, Any], facts: list[dict[str, Any]]) -> dict[str, Any] | None:
    number = norm_text(label["text"])
    quote = norm_text(label.get("quote", ""))
    for f in facts:
        span = norm_text(f.get("text", ""))
        sent = norm_text(f.get("sentence", ""))
        if not span or not (number in span or span in number):
            continue
        if quote and not (quote in sent or sent in quote):
            continue
        return f
    return None


def score_batch(folder: Path, findings: bool = False, rules_only: bool = False) -> BatchScore:
    pages = load_labels(folder)
    records, brief = build(folder, pages, rules_only)
    skipped = {Path(s.source_path).name for s in brief.skipped} if brief is not None else set()
    sc = BatchScore(folder.name, pages=len(pages))
    for page in pages:
        if not page.get("labelled"):
            continue
        sc.labelled += 1
        name = page["file"]
        genre = page.get("genre", "news")
        rec = records.get(name)
        if genre == "news":
            sc.skipped.add(rec is not None and name not in skipped, f"{name}: skipped")
        if rec is None:
            # A skipped non-news page has no brief cells to be wrong in; a skipped news
            # page is wrong in every field.
            if genre == "news":
                for tally in (sc.title, sc.date, sc.locality):
                    tally.add(False, f"{name}: skipped")
                sc.fn += len(set(page.get("mechanisms", [])))
            continue
        want_title = page.get("title", "")
        sc.title.add(
            title_right(rec, page),
            f"{name}: title {rec.get('title') or ''!r} (derived={rec.get('title_derived')}) "
            f"want {want_title!r}",
        )
        want_date = page.get("published", "")
        got_date = _date_of(rec)
        if not want_date and got_date:
            sc.invented_dates += 1
        sc.date.add(date_right(rec, page), f"{name}: date {got_date!r} want {want_date!r}")
        got_place = rec.get("primary_locality")
        want_place = page.get("locality", "")
        sc.locality.add(
            locality_right(rec, page),
            f"{name}: locality {got_place!r} want {want_place!r}",
        )
        want = set(page.get("mechanisms", []))
        got = _present(rec)
        sc.tp += len(want & got)
        sc.fp += len(got - want)
        sc.fn += len(want - got)
        if want != got:
            sc.mech_misses.append(
                f"{name}: extra {sorted(got - want)} missing {sorted(want - got)}"
            )
        facts = rec.get("facts", [])
        for lf in page.get("fact", []):
            hit = _fact_match(lf, facts)
            sc.facts_found.add(hit is not None, f"{name}: fact {lf['text']} not found")
            if hit is not None:
                counts, role = hit.get("counts"), hit.get("role")
                ok = counts is not None and role is not None
                ok = ok and (lf["counts"] in str(counts) or str(counts) in lf["counts"])
                ok = ok and role == lf["role"]
                sc.facts_typed.add(
                    ok,
                    f"{name}: fact {lf['text']} counts={counts} role={role} "
                    f"want {lf['counts']}/{lf['role']}",
                )
        noise = page.get("noise", [])
        for s in rec.get("summary", []):
            sc.summary_sentences += 1
            why = _summary_noise(s["text"], noise)
            if why:
                sc.noisy_sentences.append(f"{name}: {why}: {s['text'][:80]}")
    if brief is not None:
        from reporter.render.view import build_view

        view = build_view(brief, "zh", "screen")
        file_of = {rec["id"]: name for name, rec in records.items()}
        used = {
            name: page
            for page in pages
            if page.get("labelled") and (name := page["file"]) in records
        }
        for f in view.findings:
            sc.findings_made += 1
            verdict = judge_claim(f.claim, file_of, used) if f.claim is not None else None
            if verdict is not None and verdict.startswith("false"):
                sc.false_findings += 1
            if findings:
                cites = " | ".join(f"{c.label}: {getattr(c, 'text', '')[:60]}" for c in f.cites)
                shown = verdict or "unjudged"
                sc.findings.append(f"({shown}) {f.headline} — {f.detail} [{cites}]")
    return sc


# A labelled fact that counts people sent (名, 人, 干部 …), not teams, posts or years: what
# a "largest deployment" finding compares.  Person-times (人次) count visits, not heads: the
# finding compares heads, like with like.
_PEOPLE_RE = re.compile(r"[名人]|干部|党员|书记|队员|专员")
_PERSON_TIMES = "人次"
_LABEL_NUMBER_RE = re.compile(
    r"([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)\s*([万亿])?"
)
_MULT = {"万": 10_000.0, "亿": 100_000_000.0}


def _label_value(text: str) -> float | None:
    """The number a labelled fact states (3000余名 -> 3000, 1.2万名 -> 12000)."""
    from reporter.compare.fact_spans import parse_number

    m = _LABEL_NUMBER_RE.search(text)
    if m is None:
        return None
    try:
        value = parse_number(m.group(1))
    except ValueError:
        return None
    return value * _MULT.get(m.group(2) or "", 1.0)


def _same_value(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 1e-6 * max(1.0, abs(b))


def judge_claim(claim: Any, file_of: dict[str, str], used: dict[str, dict[str, Any]]) -> str:
    """``false: why`` when the labels contradict the finding's claim, ``true`` when they
    bear it out, ``unjudged: why`` when they say nothing about it (an unlabelled page, a
    figure no label states).  ``used``: the labelled pages the build used, by file name."""
    files = [file_of.get(a, "") for a in claim.article_ids]
    if not all(f in used for f in files):
        return "unjudged: an article named is not a labelled page"

    def mechs(name: str) -> set[str]:
        return set(used[name].get("mechanisms", []))

    if claim.kind in ("shared", "similar", "breadth", "unique"):
        for name in files:
            lacking = set(claim.mechanism_ids) - mechs(name)
            if lacking:
                return f"false: {name} is not labelled {', '.join(sorted(lacking))}"
    if claim.kind == "unique":
        (mech,) = claim.mechanism_ids
        others = sorted(n for n in used if n not in files and mech in mechs(n))
        if others:
            return f"false: {', '.join(others[:3])} also labelled {mech}"
    if claim.kind == "breadth":
        n = len(claim.mechanism_ids)
        more = sorted(x for x in used if x not in files and len(mechs(x)) > n)
        if more:
            return f"false: {more[0]} is labelled with more than {n} mechanisms"
    if claim.kind in ("largest", "result"):
        fact = claim.facts[0]
        want_role = "deployed" if claim.kind == "largest" else "result"
        own = [
            lf
            for lf in used[files[0]].get("fact", [])
            if _same_value(_label_value(lf["text"]), fact.value)
        ]
        if own and not any(lf.get("role") == want_role for lf in own):
            return f"false: {fact.text} is labelled {own[0].get('role')}, not {want_role}"
        if claim.kind == "largest":
            for name, page in used.items():
                for lf in page.get("fact", []):
                    value = _label_value(lf["text"])
                    if (
                        lf.get("role") == "deployed"
                        and _PEOPLE_RE.search(lf["text"] + lf.get("counts", ""))
                        and _PERSON_TIMES not in lf["text"]
                        and value is not None
                        and fact.value is not None
                        and value > fact.value
                    ):
                        return f"false: {name} states {lf['text']} deployed"
        if not own:
            return f"unjudged: no label states {fact.text}"
    return "true"


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def print_table(scores: list[BatchScore], out: Any) -> None:
    head = (
        "batch   pages lab skip  title  date inv  place  mechP  mechR mechF1 "
        "facts typed  summ noisy finds false"
    )
    print(head, file=out)
    for s in scores:
        p, r, f = s.prf()
        print(
            f"{s.batch:<7} {s.pages:5} {s.labelled:3} {s.skipped.total - s.skipped.right:4} "
            f"{_pct(s.title.share)} {_pct(s.date.share)} {s.invented_dates:3} "
            f"{_pct(s.locality.share)}  {_pct(p)}  {_pct(r)}  {_pct(f)} "
            f"{_pct(s.facts_found.share)} {_pct(s.facts_typed.share)} "
            f"{s.summary_sentences:5} {len(s.noisy_sentences):5} "
            f"{s.findings_made:5} {s.false_findings:5}",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="folder holding batchN/ folders")
    ap.add_argument("--batches", default="", help="comma-separated batch names (default all)")
    ap.add_argument("--show", action="store_true", help="print every wrong cell")
    ap.add_argument("--findings", action="store_true", help="print each batch's findings")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument(
        "--rules-only", action="store_true", help="mechanisms by the cue rules alone (no act model)"
    )
    args = ap.parse_args(argv)
    names = [b for b in args.batches.split(",") if b]
    folders = (
        [args.root / n for n in names]
        if names
        else sorted(p for p in args.root.iterdir() if (p / "labels.toml").is_file())
    )
    scores = [score_batch(f, findings=args.findings, rules_only=args.rules_only) for f in folders]
    if args.json:
        print(json.dumps([s.as_dict() for s in scores], ensure_ascii=False, indent=1))
    else:
        print_table(scores, sys.stdout)
    if args.show or args.findings:
        for s in scores:
            print(f"\n## {s.batch}")
            if args.show:
                for tally_name in (
                    "skipped",
                    "title",
                    "date",
                    "locality",
                    "facts_found",
                    "facts_typed",
                ):
                    for m in getattr(s, tally_name).misses:
                        print(f"  [{tally_name}] {m}")
                for m in s.mech_misses:
                    print(f"  [mechanisms] {m}")
                for m in s.noisy_sentences:
                    print(f"  [summary] {m}")
            for fi in s.findings:
                print(f"  [finding] {fi}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
