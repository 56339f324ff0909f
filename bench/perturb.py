"""How brittle the brief is: the labelled real pages, each as another site would scrape it.

For every labelled page under tests/fixtures/real/ this applies each transformation of
``bench/data/perturb.toml`` (a banner and breadcrumb, a share bar, a re-post header, SEO
lines, a photo caption, an e-paper page list, traditional script, pinyin annotations,
hard-wrapped lines, half-width punctuation, full-width digits, another date format, a
mojibake span).  Each keeps the labels: a reader of the perturbed page names the same
headline, date, actor and mechanisms.  It builds each batch once, the originals and every
perturbed copy together (each copy is its own input, so per-article answers do not
depend on the others), and prints per transformation how many pages whose title / date /
primary locality / mechanism set were right on the original page are wrong on the
perturbed one (``broke``) and the reverse (``fixed``).  The verdicts are
bench/quality.py's.

Deterministic: every random choice is seeded by ``--seed``, the transformation and the
page's file name.

Usage::

    python bench/perturb.py                          # every batch, every transformation
    python bench/perturb.py --batches batch1,batch2 --show
    python bench/perturb.py --only traditional,banner --limit 10
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # bench/ is no package; quality.py is its neighbour

DATA = Path(__file__).resolve().parent / "data" / "perturb.toml"
FIELDS = ("title", "date", "locality", "mechanisms")
VERDICTS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "title": quality.title_right,
    "date": quality.date_right,
    "locality": quality.locality_right,
    "mechanisms": quality.mechanisms_right,
}
_S2T = opencc.OpenCC("s2t")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ"}
_DATE_FORMATS = {
    "cn": "{y}年{m}月{d}日",
    "cn_padded": "{y}年{m:02d}月{d:02d}日",
    "iso": "{y}-{m:02d}-{d:02d}",
    "slash": "{y}/{m:02d}/{d:02d}",
    "dot": "{y}.{m:02d}.{d:02d}",
}

# Share of pinyin annotations written with a tone mark (區(qū)); the rest are toneless with
# a trailing space (個(ge) ), as real pages mix them.
TONED_SHARE = 0.8

Page = dict[str, Any]
Transform = Callable[[str, Page, dict[str, Any], random.Random], str | None]


# ---------------------------------------------------------------- the transformations
# Each takes the page's text, its labels, the transformation's data and a seeded random
# source, and returns the perturbed text, or None when it does not apply to the page.


def _title_line(lines: list[str], page: Page) -> int | None:
    """The index of the line holding the labelled headline (None: the page shows none)."""
    want = quality.norm_text(page.get("title", ""))
    if not want:
        return None
    for i, line in enumerate(lines[:30]):
        got = quality.norm_text(line)
        if got and (want in got or (len(got) >= 6 and got in want)):
            return i
    return None


def _fill(line: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str:
    date = _format_date(page.get("published", ""), spec.get("date_format", "iso"))
    return line.format(
        date=date or "",
        time=f"{rnd.randrange(7, 22):02d}:{rnd.randrange(60):02d}",
        n=rnd.randrange(100, 99999),
    )


def _pick_lines(page: Page, spec: dict[str, Any], rnd: random.Random) -> list[str] | None:
    if spec.get("needs_date") and not page.get("published"):
        return None  # a re-post header without the labelled date would invent one
    return [_fill(x, page, spec, rnd) for x in rnd.choice(spec["lines"])]


def lines_above(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    lines = _pick_lines(page, spec, rnd)
    return None if lines is None else "\n".join(lines) + "\n" + text


def lines_below_title(
    text: str, page: Page, spec: dict[str, Any], rnd: random.Random
) -> str | None:
    added = _pick_lines(page, spec, rnd)
    if added is None:
        return None
    lines = text.split("\n")
    at = _title_line(lines, page)
    at = 0 if at is None else at + 1
    return "\n".join(lines[:at] + added + lines[at:])


def lines_end(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    lines = _pick_lines(page, spec, rnd)
    return None if lines is None else text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def lines_middle(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    added = _pick_lines(page, spec, rnd)
    lines = text.split("\n")
    long = [i for i, x in enumerate(lines) if len(x) >= 40]
    if added is None or len(long) < 3:
        return None
    at = long[len(long) // 2]
    return "\n".join(lines[:at] + added + lines[at:])


def _pinyin_table() -> dict[str, str]:
    """A character's first reading, from the readings the cleaner knows (toneless)."""
    path = Path(__file__).resolve().parent.parent / "reporter" / "data" / "pinyin_readings.tsv"
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        syllable, chars = line.split("\t", 1)
        for ch in chars:
            table.setdefault(ch, syllable)
    return table


_PINYIN: dict[str, str] = {}


def _with_tone(syllable: str, tone: int) -> str:
    """The tone mark on the vowel that carries it (a/e first, o of ou, else the last)."""
    for v in ("a", "e"):
        if v in syllable:
            return syllable.replace(v, _TONES[v][tone], 1)
    if "ou" in syllable:
        return syllable.replace("o", _TONES["o"][tone], 1)
    for i in range(len(syllable) - 1, -1, -1):
        if syllable[i] in _TONES:
            return syllable[:i] + _TONES[syllable[i]][tone] + syllable[i + 1 :]
    return syllable


def script(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    every = spec.get("annotate_every")
    if not every:
        return str(_S2T.convert(text))
    if not _PINYIN:
        _PINYIN.update(_pinyin_table())
    out = []
    for ch in text:  # annotated on the simplified character, written traditional
        trad = _S2T.convert(ch)
        out.append(trad)
        if _HAN.match(ch) and ch in _PINYIN and rnd.randrange(every) == 0:
            syl = _PINYIN[ch]
            # Real pages write both 區(qū) and 個(ge) (no tone, a trailing space).
            toned = f"({_with_tone(syl, rnd.randrange(4))})"
            out.append(toned if rnd.random() < TONED_SHARE else f"({syl}) ")
    return "".join(out)


def wrap(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    """Every line cut into pieces of ``width`` characters, as ``fold -w`` cuts Chinese
    text (no spaces to break at)."""
    width = spec["width"]
    out = []
    for line in text.split("\n"):
        out.extend([line[i : i + width] for i in range(0, len(line), width)] or [line])
    return "\n".join(out)


def translate(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    table = str.maketrans(spec["table"])
    new = text.translate(table)
    return new if new != text else None


def _format_date(iso: str, fmt: str) -> str | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return _DATE_FORMATS[fmt].format(y=y, m=mo, d=d)


def dateline(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    """Every spelling of the labelled date rewritten in one other format."""
    iso = page.get("published", "")
    spellings = {f: _format_date(iso, f) for f in spec["formats"]}
    found = [f for f, s in spellings.items() if s and s in text]
    if not found:
        return None
    # Longest first: 2021年03月31日 holds no 2021年3月31日, but 2021-03-31 12:00 is kept.
    target = rnd.choice([f for f in spec["formats"] if f not in found])
    for f in sorted(found, key=lambda f: -len(spellings[f] or "")):
        # A machine time stamp (2017-07-25T20:27:27) is written in one format only.
        old = re.escape(spellings[f] or "") + r"(?!T\d)"
        text = re.sub(old, spellings[target] or "", text)
    return text


def _protected(page: Page) -> list[str]:
    """What a mojibake span must not touch: the labelled spans of the page."""
    spans = [page.get("title", ""), page.get("locality", ""), page.get("locality_parent", "")]
    for key in ("evidence", "absent", "fact"):
        spans += [e.get("quote", "") for e in page.get(key, [])]
    return [quality.norm_text(s) for s in spans if s]


def _touches(line: str, protected: list[str]) -> bool:
    # A quote's first characters are enough: a label quote may span two lines.
    return any(p and (p in line or line in p or p[:6] in line) for p in protected)


def mojibake(text: str, page: Page, spec: dict[str, Any], rnd: random.Random) -> str | None:
    """One span of a middle paragraph, GBK bytes decoded one byte off."""
    lines = text.split("\n")
    n = spec["span"]
    protected = _protected(page)
    candidates = [
        i
        for i, x in enumerate(lines)
        if len(x) >= 60 and i > len(lines) // 4 and not _touches(quality.norm_text(x), protected)
    ]
    if not candidates:
        return None
    i = rnd.choice(candidates)
    line = lines[i]
    starts = [j for j in range(10, len(line) - n) if all(_HAN.match(c) for c in line[j : j + n])]
    if not starts:
        return None
    j = rnd.choice(starts)
    try:
        raw = line[j : j + n].encode("gbk")
    except UnicodeEncodeError:
        return None
    garbled = "?" + raw[1:].decode("gbk", errors="replace")
    lines[i] = line[:j] + garbled + line[j + n :]
    return "\n".join(lines)


KINDS: dict[str, Transform] = {
    "lines_above": lines_above,
    "lines_below_title": lines_below_title,
    "lines_end": lines_end,
    "lines_middle": lines_middle,
    "script": script,
    "wrap": wrap,
    "translate": translate,
    "dateline": dateline,
    "mojibake": mojibake,
}


def load_transforms(path: Path = DATA) -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = tomllib.loads(path.read_text("utf-8"))["transform"]
    for s in specs:
        if s["kind"] not in KINDS:
            raise SystemExit(f"{path}: transformation {s['name']}: unknown kind {s['kind']!r}")
    return specs


def perturb(text: str, page: Page, spec: dict[str, Any], seed: int) -> str | None:
    rnd = random.Random(f"{seed}:{spec['name']}:{page['file']}")
    new = KINDS[spec["kind"]](text, page, spec, rnd)
    return None if new is None or new == text else new


# ---------------------------------------------------------------- the comparison


def cells(rec: dict[str, Any] | None, page: Page) -> dict[str, bool]:
    """Each field right or wrong on one page.  A page the build skipped is wrong in every
    field when it is news, and right in every field otherwise (a negative left out of the
    brief names no headline, place or mechanism in it)."""
    if rec is None:
        ok = page.get("genre", "news") != "news"
        return dict.fromkeys(FIELDS, ok)
    return {f: VERDICTS[f](rec, page) for f in FIELDS}


@dataclass
class Row:
    name: str
    pages: int = 0  # pages the transformation changed
    broke: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    fixed: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in FIELDS})


def _variant_name(file: str, transform: str) -> str:
    stem, _, ext = file.rpartition(".")
    return f"{stem}__{transform}.{ext}"


def _describe(f: str, rec: dict[str, Any] | None) -> str:
    if rec is None:
        return "skipped"
    if f == "title":
        return repr(rec.get("title"))
    if f == "date":
        return repr(str(rec.get("published") or "")[:10])
    if f == "locality":
        return repr(rec.get("primary_locality"))
    return str(sorted(quality._present(rec)))


def run_batch(
    folder: Path, specs: list[dict[str, Any]], rows: dict[str, Row], seed: int, limit: int
) -> None:
    pages = [p for p in quality.load_labels(folder) if p.get("labelled")]
    if limit:
        pages = pages[:limit]
    with tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        built: list[Page] = []
        variants: list[tuple[Page, str, str]] = []  # (page, transform, variant file)
        for page in pages:
            text = (folder / page["file"]).read_text("utf-8")
            (Path(tmp) / page["file"]).write_text(text, "utf-8")
            built.append(page)
            for spec in specs:
                new = perturb(text, page, spec, seed)
                if new is None:
                    continue
                name = _variant_name(page["file"], spec["name"])
                (Path(tmp) / name).write_text(new, "utf-8")
                built.append({"file": name})
                variants.append((page, spec["name"], name))
        records, _brief = quality.build(Path(tmp), built)
    for page, tname, name in variants:
        row = rows[tname]
        row.pages += 1
        before = records.get(page["file"])
        after = records.get(name)
        was, now = cells(before, page), cells(after, page)
        for f in FIELDS:
            if was[f] != now[f]:
                where = row.broke if was[f] else row.fixed
                where[f].append(
                    f"{folder.name}/{page['file']}: {f} {_describe(f, before)} -> "
                    f"{_describe(f, after)}"
                )


def print_table(rows: list[Row], out: Any) -> None:
    head = "transformation   pages " + " ".join(f"{f[:5]:>11}" for f in FIELDS) + "   broke"
    print(head, file=out)
    print(" " * 23 + " ".join(f"{'broke/fixed':>11}" for _ in FIELDS), file=out)
    total_b = dict.fromkeys(FIELDS, 0)
    total_f = dict.fromkeys(FIELDS, 0)
    for r in rows:
        cols = []
        for f in FIELDS:
            b, x = len(r.broke[f]), len(r.fixed[f])
            total_b[f] += b
            total_f[f] += x
            cols.append(f"{b:>6}/{x:<4}")
        print(
            f"{r.name:<16} {r.pages:5} " + " ".join(cols) + f" {sum(map(len, r.broke.values())):7}",
            file=out,
        )
    cols = [f"{total_b[f]:>6}/{total_f[f]:<4}" for f in FIELDS]
    print(
        f"{'total':<16} {sum(r.pages for r in rows):5} "
        + " ".join(cols)
        + f" {sum(total_b.values()):7}",
        file=out,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=quality.ROOT, help="folder of batchN/ folders")
    ap.add_argument("--batches", default="", help="comma-separated batch names (default all)")
    ap.add_argument("--only", default="", help="comma-separated transformations (default all)")
    ap.add_argument("--limit", type=int, default=0, help="labelled pages per batch (0: all)")
    ap.add_argument("--seed", type=int, default=16, help="seed of every random choice")
    ap.add_argument("--show", action="store_true", help="list the pages that broke or got fixed")
    args = ap.parse_args(argv)
    specs = load_transforms()
    only = [t for t in args.only.split(",") if t]
    if only:
        unknown = set(only) - {s["name"] for s in specs}
        if unknown:
            ap.error(f"unknown transformation(s): {', '.join(sorted(unknown))}")
        specs = [s for s in specs if s["name"] in only]
    names = [b for b in args.batches.split(",") if b]
    folders = (
        [args.root / n for n in names]
        if names
        else sorted(p for p in args.root.iterdir() if (p / "labels.toml").is_file())
    )
    rows = {s["name"]: Row(s["name"]) for s in specs}
    for folder in folders:
        run_batch(folder, specs, rows, args.seed, args.limit)
    print_table(list(rows.values()), sys.stdout)
    if args.show:
        for r in rows.values():
            for kind, cells_ in (("broke", r.broke), ("fixed", r.fixed)):
                for f in FIELDS:
                    for line in cells_[f]:
                        print(f"  [{r.name} {kind}] {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
