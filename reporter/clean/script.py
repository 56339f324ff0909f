"""Which script an article is written in, and conversion to simplified Chinese.

Conversion uses OpenCC's ``t2s`` configuration (standard OpenCC traditional to
simplified, phrase-aware: 幹部 -> 干部, 發展 -> 发展).  ``tw2s`` and ``hk2s`` add
regional variant tables on top; they matter for text written in Taiwan or Hong
Kong (``tw2s`` turns every 著 into 着, wrong for 著作), whereas the traditional
text of this genre is produced from mainland simplified by the same standard
tables, which ``t2s`` reverses.

OpenCC keeps every 著 (traditional writes 著作 and 隨著 alike); after conversion
著 becomes 着 except in the words of ``reporter/data/script.toml`` (著作, 显著 ...);
the variants t2s keeps (陜 for 陝) become simplified by that file's table too.

Offsets: the splitter maps a sentence of the simplified text back to the text as
published, so every paragraph must keep its length.  ``t2s`` is length-preserving
on real text (it maps characters and equal-length phrases); when a paragraph's
length changes anyway, that paragraph is converted character by character, which
maps one code point to one code point.

Speed: every step looks at lines in simplified form, so conversion is the stage's
most frequent call.  Lines are remembered (a few thousand), and a line holding no
character of any t2s dictionary entry that changes text (listed once per process
from OpenCC's own dictionaries) skips OpenCC: most lines of a simplified article.
Which characters are traditional-only or simplified-only is tabled once for every
Han character, by one OpenCC call per direction.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import opencc

from reporter.clean.record import note_change
from reporter.clean.resources import (
    ASTRAL_RE,
    HAN_RE,
    bmp_class_re,
    script_variants,
    zhu_keep_re,
)
from reporter.models import Script
from reporter.text.resources import HAN_RANGES

# Share of script-specific characters that are traditional at or above which an
# article is "traditional" rather than "mixed": a simplified article quoting a
# few traditional names stays well below, a converted page sits near 1.0.
TRADITIONAL_SHARE = 0.8
# Traditional-only characters an otherwise simplified article may carry (a name
# such as 解傳姣 in a credit) before it counts as mixed.
MAX_STRAY_TRADITIONAL = 2
# Characters shown from the first converted character of a paragraph.
CONVERSION_EXAMPLE_CHARS = 12
# Distinct lines whose simplified form is kept: every line of an article is looked
# at by several steps in each pass, and an article has well under this many lines
# (a few hundred at most, counting the variants steps make), so memory stays small.
SIMPLIFIED_LINE_CACHE = 1024
# Seconds allowed to OpenCC's own dictionary tool to list the t2s dictionaries (it
# takes a few milliseconds; the limit only guards against a hung process).
DICT_DUMP_TIMEOUT = 30
_OPENCC_SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
_OPENCC_DICT_TOOL = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
_ZHU = "著"


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _han_chars() -> list[str]:
    return [chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1)]


def _convert_each(converter: opencc.OpenCC, chars: list[str]) -> list[str]:
    """Each character converted on its own, in one call: a newline is in no
    dictionary entry, so no two characters are read together as a phrase."""
    out: list[str] = converter.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # an entry with a newline after all: one call each
        out = [converter.convert(ch) for ch in chars]
    return out


@dataclass(frozen=True)
class _Tables:
    """What OpenCC does to each Han character on its own, computed once."""

    traditional: frozenset[str]  # characters simplified text never uses (區, 發, 這)
    simplified: frozenset[str]  # characters traditional text never uses (区, 发, 这)
    t2s_changes: frozenset[str]  # characters t2s changes on their own, to any length


@functools.cache
def _tables() -> _Tables:
    chars = _han_chars()
    t2s = _convert_each(_t2s(), chars)
    s2t = _convert_each(_s2t(), chars)
    traditional = frozenset(
        ch for ch, out in zip(chars, t2s, strict=True) if len(out) == 1 and out != ch
    )
    return _Tables(
        traditional=traditional,
        simplified=frozenset(
            ch for ch, out in zip(chars, s2t, strict=True) if out != ch and ch not in traditional
        ),
        t2s_changes=frozenset(ch for ch, out in zip(chars, t2s, strict=True) if out != ch),
    )


def _dict_files(config: object) -> list[str]:
    """The dictionary files a parsed OpenCC configuration names, at any depth."""
    if isinstance(config, dict):
        found = [config["file"]] if isinstance(config.get("file"), str) else []
        return found + [f for value in config.values() for f in _dict_files(value)]
    if isinstance(config, list):
        return [f for item in config for f in _dict_files(item)]
    return []


def _dump_dictionary(path: Path, folder: str) -> list[tuple[str, str]]:
    """(key, first candidate) of every entry of an OpenCC dictionary, listed by
    OpenCC's own ``opencc_dict`` tool."""
    out = Path(folder) / (path.name + ".txt")
    if path.suffix == ".txt":
        out = path
    else:
        subprocess.run(
            [_OPENCC_DICT_TOOL, "-i", path, "-o", out, "-f", path.suffix[1:], "-t", "text"],
            check=True,
            capture_output=True,
            timeout=DICT_DUMP_TIMEOUT,
        )
    entries = []
    for line in out.read_text(encoding="utf-8").splitlines():
        key, sep, values = line.partition("\t")
        if not sep or not key:
            raise ValueError(f"{path.name}: unexpected line {line!r}")
        entries.append((key, values.split(" ")[0]))
    return entries


@functools.cache
def _phrase_changes() -> frozenset[str] | None:
    """Every character of every t2s dictionary entry that changes its text, or None
    when OpenCC's dictionaries cannot be read here.

    A phrase changes characters that stay as they are alone (毛坏 -> 毛坯, 答覆 ->
    答复), so the per-character table does not say which lines t2s leaves alone;
    the dictionaries do: a line holding no character of a changing entry comes out
    of t2s unchanged.
    """
    try:
        config = json.loads((_OPENCC_SHARE / "t2s.json").read_text(encoding="utf-8"))
        files = _dict_files(config)
        with tempfile.TemporaryDirectory() as folder:
            entries = [e for name in files for e in _dump_dictionary(_OPENCC_SHARE / name, folder)]
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if not files or not entries:
        return None
    return frozenset(ch for key, value in entries if value != key for ch in key)


@functools.cache
def _needs_t2s_re() -> tuple[re.Pattern[str] | None, frozenset[str]] | None:
    """A test for "t2s may change this line" (None: it always may).

    The BMP characters go into one regex class; characters beyond the BMP are rare
    enough to check one by one.
    """
    phrases = _phrase_changes()
    if phrases is None:
        return None
    # 著 and the variants t2s keeps are fixed after t2s
    changing = phrases | _tables().t2s_changes | {_ZHU} | set(script_variants())
    return bmp_class_re(changing), frozenset(ch for ch in changing if ord(ch) > 0xFFFF)


def _may_change(line: str) -> bool:
    """False only when t2s (and the 著 fix) certainly leave ``line`` as it is."""
    guard = _needs_t2s_re()
    if guard is None:
        return True
    bmp, astral = guard
    if bmp is not None and bmp.search(line):
        return True
    return ASTRAL_RE.search(line) is not None and any(ch in astral for ch in line)


@functools.cache
def _char_t2s(ch: str) -> str:
    out: str = _t2s().convert(ch)
    return out if len(out) == 1 else ch


def is_traditional_only(ch: str) -> bool:
    """True for a character simplified text never uses (區, 發, 這, 個)."""
    if HAN_RE.match(ch):
        return ch in _tables().traditional
    return _char_t2s(ch) != ch


def is_simplified_only(ch: str) -> bool:
    """True for a character traditional text never uses (区, 发, 这, 个)."""
    if HAN_RE.match(ch):
        return ch in _tables().simplified
    out: str = _s2t().convert(ch)
    return out != ch and not is_traditional_only(ch)


def to_traditional_char(ch: str) -> str:
    """The traditional form of one character (OpenCC s2t, first candidate)."""
    out: str = _s2t().convert(ch)
    return out if len(out) == 1 else ch


@dataclass(frozen=True)
class ScriptCounts:
    traditional: int  # occurrences of traditional-only characters
    simplified: int  # occurrences of simplified-only characters


@functools.cache
def _script_res() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    tables = _tables()
    return bmp_class_re(tables.traditional), bmp_class_re(tables.simplified)


def count_script(text: str) -> ScriptCounts:
    traditional_re, simplified_re = _script_res()
    trad = len(traditional_re.findall(text)) if traditional_re else 0
    simp = len(simplified_re.findall(text)) if simplified_re else 0
    if ASTRAL_RE.search(text):
        tables = _tables()
        for ch in ASTRAL_RE.findall(text):
            if ch in tables.traditional:
                trad += 1
            elif ch in tables.simplified:
                simp += 1
    return ScriptCounts(trad, simp)


def detect_script(text: str) -> Script:
    """``simplified``, ``traditional`` or ``mixed`` from character counts."""
    return script_of(count_script(text))


def script_of(counts: ScriptCounts) -> Script:
    """``simplified``, ``traditional`` or ``mixed`` for these character counts."""
    if counts.traditional <= MAX_STRAY_TRADITIONAL and counts.traditional <= counts.simplified:
        return "simplified"
    if counts.traditional / (counts.traditional + counts.simplified) >= TRADITIONAL_SHARE:
        return "traditional"
    return "mixed"


def _fix_zhu(text: str) -> str:
    """著 -> 着 outside the words that keep 著 (see reporter/data/script.toml)."""
    if _ZHU not in text:
        return text
    out = []
    done = 0
    for m in zhu_keep_re().finditer(text):
        out += [text[done : m.start()].replace(_ZHU, "着"), m.group()]
        done = m.end()
    out.append(text[done:].replace(_ZHU, "着"))
    return "".join(out)


@functools.lru_cache(maxsize=SIMPLIFIED_LINE_CACHE)
def to_simplified_line(line: str) -> str:
    """Simplified form of one line or paragraph, always the same length."""
    if not _may_change(line):
        return line
    out: str = _t2s().convert(line)
    if len(out) != len(line):
        out = "".join(_char_t2s(ch) for ch in line)
    if any(map(out.__contains__, _variants())):
        # str.translate looks every character of a non-ASCII line up in its table, a
        # line's slowest part: it runs only on the lines holding a variant
        out = out.translate(_variant_table())
    return _fix_zhu(out)


@functools.cache
def _variant_table() -> dict[int, str]:
    """str.translate's table of the variants t2s keeps (陜 -> 陕)."""
    return {ord(k): v for k, v in script_variants().items()}


@functools.cache
def _variants() -> tuple[str, ...]:
    """The variants t2s keeps, which _variant_table changes."""
    return tuple(script_variants())


def to_simplified(text: str) -> str:
    """Simplified form of ``text``, paragraph by paragraph, each the same length."""
    return "\n".join(to_simplified_line(p) for p in text.split("\n"))


def convert_to_simplified(text: str) -> str:
    """Traditional characters to simplified with OpenCC t2s, paragraph lengths kept."""
    out = to_simplified(text)
    for before, after in zip(text.split("\n"), out.split("\n"), strict=True):
        if before != after:
            pairs = enumerate(zip(before, after, strict=True))
            lo = next(i for i, (a, b) in pairs if a != b)  # the first converted character
            hi = lo + CONVERSION_EXAMPLE_CHARS
            note_change(before[lo:hi], after[lo:hi])
    return out
