"""Make a large corpus of scraped-looking articles from the bundled examples.

Usage: ``python bench/gen_corpus.py N OUT_DIR [--seed S] [--repost-rate R]``

Each article is recombined from the seeds' sentences (so articles tell distinct
stories and share little text), with the seeds' place names and numbers swapped for
others, then dressed in the noise real scrapes carry: traditional script, pinyin
annotations (``區(qū)``, ``個(ge) ``), navigation above, editor and copyright lines
below, a site name glued to the title.  A share of the articles (``--repost-rate``)
are re-posts of an earlier article: the same body, truncated and re-noised, under
another outlet and date, as aggregator sites publish them.  Output is a pure
function of N and the seed.
"""

from __future__ import annotations

import argparse
import random
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import opencc

DATA = Path(__file__).resolve().parent / "data" / "gen_corpus.toml"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# A seed sentence shorter than this many CJK characters is navigation, a caption or
# a footer rather than body text; recombining it would only add noise we add anyway.
MIN_SENTENCE_CJK = 15
# Seed articles run 25-60 sentences of body text; generated ones match.
SENTENCES_PER_ARTICLE = (25, 60)
SENTENCES_PER_PARAGRAPH = (2, 6)
# Share of articles that are re-posts of an earlier one (aggregators copy freely).
DEFAULT_REPOST_RATE = 0.05
# A re-post keeps at least this share of the original's paragraphs (scrapers truncate).
REPOST_MIN_KEEP = 0.6
# Probabilities of each kind of noise in one article.
P_TRADITIONAL = 0.4
P_PINYIN_GIVEN_TRADITIONAL = 0.6
P_PINYIN_CHAR = 0.5  # share of annotatable characters that get an annotation
P_NAVIGATION = 0.6
P_FOOTER = 0.8
P_GLUED_TITLE = 0.3

_PINYIN_IN_SEED = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)\s?")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]+[”’」』]?")
_NUMBER = re.compile(r"\d+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Noise:
    seed_places: tuple[str, ...]
    places: tuple[str, ...]
    outlets: tuple[str, ...]
    navigation: tuple[str, ...]
    footer: tuple[str, ...]
    editors: tuple[str, ...]
    pinyin: dict[str, str]


@cache
def load_noise(path: Path = DATA) -> Noise:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    noise = Noise(
        seed_places=tuple(raw["seed_places"]),
        places=tuple(raw["places"]),
        outlets=tuple(raw["outlets"]),
        navigation=tuple(raw["navigation"]),
        footer=tuple(raw["footer"]),
        editors=tuple(raw["editors"]),
        pinyin=dict(raw["pinyin"]),
    )
    if not all((noise.seed_places, noise.places, noise.outlets, noise.navigation, noise.footer)):
        raise ValueError(f"{path}: every list must be non-empty")
    return noise


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def strip_seed_pinyin(text: str) -> str:
    return _PINYIN_IN_SEED.sub("", text)


def annotate_pinyin(text: str, table: dict[str, str], rng: random.Random, rate: float) -> str:
    """Append ``(pinyin)`` to characters of ``table`` as scraped pages do; toneless
    readings get the trailing space real pages show (``個(ge) ``)."""
    out: list[str] = []
    for ch in text:
        out.append(ch)
        reading = table.get(ch)
        if reading and rng.random() < rate:
            toneless = reading.isascii()
            out.append(f"({reading})" + (" " if toneless else ""))
    return "".join(out)


@cache
def sentence_pool(examples: Path = EXAMPLES) -> tuple[str, ...]:
    """Body sentences of every seed, simplified, without pinyin annotations."""
    pool: list[str] = []
    for path in sorted(examples.glob("*.txt")):
        text = to_simplified(strip_seed_pinyin(path.read_text(encoding="utf-8")))
        for line in text.splitlines():
            for m in _SENTENCE.finditer(line.strip()):
                sentence = m.group().strip()
                if len(_CJK.findall(sentence)) >= MIN_SENTENCE_CJK:
                    pool.append(sentence)
    if not pool:
        raise FileNotFoundError(f"no seed sentences found under {examples}")
    return tuple(pool)


def _rng(seed: int, index: int, purpose: str) -> random.Random:
    # String seeds hash with SHA-512 inside random, so this is stable across runs.
    return random.Random(f"{seed}:{index}:{purpose}")


def _substitute(sentence: str, places: dict[str, str], rng: random.Random, noise: Noise) -> str:
    for old in sorted(noise.seed_places, key=len, reverse=True):
        if old in sentence:
            sentence = sentence.replace(old, places[old])

    def number(m: re.Match[str]) -> str:
        digits = len(m.group())
        low = 10 ** (digits - 1) if digits > 1 else 1
        return str(rng.randrange(low, 10**digits))

    return _NUMBER.sub(number, sentence)


@dataclass(frozen=True)
class Story:
    paragraphs: tuple[str, ...]  # simplified body text
    place: str
    date: str  # YYYY-MM-DD


def make_story(seed: int, index: int) -> Story:
    """The body of article ``index``: seed sentences recombined, places and numbers swapped."""
    noise = load_noise()
    pool = sentence_pool()
    rng = _rng(seed, index, "story")
    places = {old: rng.choice(noise.places) for old in noise.seed_places}
    count = rng.randint(*SENTENCES_PER_ARTICLE)
    sentences = [
        _substitute(s, places, rng, noise) for s in rng.sample(pool, min(count, len(pool)))
    ]
    paragraphs: list[str] = []
    while sentences:
        take = rng.randint(*SENTENCES_PER_PARAGRAPH)
        paragraphs.append("".join(sentences[:take]))
        del sentences[:take]
    date = f"{rng.randint(2016, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Story(tuple(paragraphs), places[noise.seed_places[0]], date)


def dress(story: Story, rng: random.Random, *, truncate: bool = False) -> str:
    """The story as a scraper would save it: title, noise lines, script, annotations."""
    noise = load_noise()
    paragraphs = list(story.paragraphs)
    if truncate:
        keep = max(1, round(len(paragraphs) * rng.uniform(REPOST_MIN_KEEP, 0.9)))
        paragraphs = paragraphs[:keep]
    outlet = rng.choice(noise.outlets)
    title = f"{story.place}：锤炼干部队伍 激发担当作为"
    if rng.random() < P_GLUED_TITLE:
        title = f"{title}_{outlet}"
    lines: list[str] = []
    if rng.random() < P_NAVIGATION:
        lines += rng.sample(noise.navigation, rng.randint(1, 3))
    lines += [title, f"时间：{story.date} 来源：{outlet}"]
    lines += paragraphs
    if rng.random() < P_FOOTER:
        for template in rng.sample(noise.footer, rng.randint(1, 3)):
            lines.append(
                template.format(name=rng.choice(noise.editors), outlet=outlet, date=story.date)
            )
    text = "\n".join(lines) + "\n"
    if rng.random() < P_TRADITIONAL:
        text = to_traditional(text)
        if rng.random() < P_PINYIN_GIVEN_TRADITIONAL:
            text = annotate_pinyin(text, noise.pinyin, rng, P_PINYIN_CHAR)
    return text


def repost_of(seed: int, index: int, repost_rate: float = DEFAULT_REPOST_RATE) -> int | None:
    """The earlier article that article ``index`` re-posts, or None for a story of its own."""
    rng = _rng(seed, index, "repost")
    if index > 0 and rng.random() < repost_rate:
        return rng.randrange(index)
    return None


def article_text(seed: int, index: int, repost_rate: float = DEFAULT_REPOST_RATE) -> str:
    """Article ``index`` of the corpus; a re-post copies an earlier article's story."""
    rng = _rng(seed, index, "dress")
    original = repost_of(seed, index, repost_rate)
    if original is not None:
        return dress(make_story(seed, original), rng, truncate=rng.random() < 0.5)
    return dress(make_story(seed, index), rng)


def generate(
    n: int, out_dir: Path, seed: int = 0, repost_rate: float = DEFAULT_REPOST_RATE
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out_dir / f"gen_{i:06d}.txt"
        path.write_text(article_text(seed, i, repost_rate), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repost-rate", type=float, default=DEFAULT_REPOST_RATE)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out_dir, args.seed, args.repost_rate)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
