"""Variant characters (鄕 for 鄉, 擧 for 舉) to their standard form, from OpenCC's tables.

Some sites publish, and some converters produce, variant forms that neither
simplified nor standard traditional Chinese writes: Japanese old forms (鄕, 擧),
Taiwanese or Hong Kong variants.  OpenCC's ``t2s`` leaves them as they are, jieba
does not know them, so they break words and show in summaries.

OpenCC ships the variant tables itself (``JPShinjitaiCharacters``, ``TWVariants``,
``HKVariants`` and their reverses): together they link each variant to its other
forms (鄕 - 郷 - 鄉).  A character is normalised only when ``t2s`` leaves it unchanged
AND jieba's dictionary does not know it (so every character the genre writes stays
as it is); it becomes the linked form, at most :data:`MAX_HOPS` links away, whose
simplified form jieba finds most frequent (鄕 -> 鄉, which t2s then makes 乡).
The replacement has one code point, so paragraph lengths are kept.
"""

from __future__ import annotations

import functools
import re
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from reporter.clean.record import note_change
from reporter.clean.resources import (
    HAN_RE,
    bmp_class_re,
)
from reporter.clean.script import _OPENCC_SHARE, _char_t2s, _dump_dictionary
from reporter.text import segment

__all__ = ["normalize_variants", "variant_table"]

# OpenCC's variant dictionaries, read in both directions.
VARIANT_DICTIONARIES = (
    "JPShinjitaiCharacters.ocd2",
    "JPShinjitaiCharactersRev.ocd2",
    "TWVariants.ocd2",
    "TWVariantsRev.ocd2",
    "HKVariants.ocd2",
    "HKVariantsRev.ocd2",
)
# Links followed from a variant: 鄕 -> 郷 (Japanese new form) -> 鄉 (traditional) is
# two; a third would reach characters that are merely related.
MAX_HOPS = 2


def _freqs() -> dict[str, int]:
    segment.ensure_jieba()
    import jieba

    table: dict[str, int] = jieba.dt.FREQ
    return table


def _graph() -> dict[str, set[str]]:
    """Every single-character link of the variant dictionaries, both ways."""
    links: dict[str, set[str]] = defaultdict(set)
    with tempfile.TemporaryDirectory() as folder:
        for name in VARIANT_DICTIONARIES:
            path = _OPENCC_SHARE / name
            if not path.exists():
                continue
            _dump_dictionary(path, folder)  # writes the dictionary as text into folder
            dumped = Path(folder) / (path.name + ".txt")
            for line in dumped.read_text(encoding="utf-8").splitlines():
                key, _sep, values = line.partition("\t")
                for value in values.split(" "):
                    if len(key) == 1 and len(value) == 1 and key != value:
                        links[key].add(value)
                        links[value].add(key)
    return links


@functools.cache
def _links() -> dict[str, set[str]]:
    try:
        return _graph()
    except (OSError, ValueError, subprocess.SubprocessError):
        return {}


@functools.cache
def _candidates_re() -> re.Pattern[str] | None:
    """The characters that may be variants (linked, and left alone by t2s): tested
    before jieba's dictionary is needed, so most articles never load it here."""
    return bmp_class_re(ch for ch in _links() if HAN_RE.match(ch) and _char_t2s(ch) == ch)


@functools.cache
def variant_table() -> dict[str, str]:
    """Variant -> standard character, for the variants the genre's text can hold."""
    links = _links()
    freqs = _freqs()
    out: dict[str, str] = {}
    for ch in sorted(links):
        if not HAN_RE.match(ch) or ch in freqs or _char_t2s(ch) != ch:
            continue
        seen, frontier = {ch}, {ch}
        for _hop in range(MAX_HOPS):
            frontier = {n for c in frontier for n in links.get(c, ()) if n not in seen}
            seen |= frontier
        known = [c for c in seen - {ch} if freqs.get(_char_t2s(c), 0) > 0]
        if known:
            out[ch] = max(known, key=lambda c: (freqs.get(_char_t2s(c), 0), c))
    return out


def normalize_variants(text: str) -> str:
    """Variant characters (鄕, 擧) become their standard form (鄉, 舉), from OpenCC's tables."""
    candidates = _candidates_re()
    if candidates is None or not candidates.search(text):
        return text
    pattern = _variant_re()
    if pattern is None or not pattern.search(text):
        return text
    table = variant_table()

    def repl(m: re.Match[str]) -> str:
        new = table[m.group()]
        note_change(m.group(), new)
        return new

    return pattern.sub(repl, text)


@functools.cache
def _variant_re() -> re.Pattern[str] | None:
    # Variants beyond the BMP are left alone: none occurs in the genre's pages.
    return bmp_class_re(variant_table())
