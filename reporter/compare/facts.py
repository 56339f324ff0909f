"""Comparable facts: numbers with unit and kind, and the rank of the officials concerned.

Kinds: ``change`` (从30%提高到83%, 由第15位跃升至第3位), ``money``, ``area``,
``percentage``, ``frequency`` (每季度, 一月一督查), ``duration``, ``officials`` (a count of
people in a clause that names officials), ``count`` (anything else counted) and ``rank``.
Where two readings overlap, the first kind in that order wins (83% inside a change is not
also a percentage).  Values are converted to the canonical unit (``1200万元`` -> 12,000,000
元, ``240多万平米`` -> 2,400,000 平方米, a change ``8万元 -> 56万元`` in 元; a change of
ordinals has unit 名次); ``text`` keeps the span as written.  A hedged number (约, 超过,
多, 余, 左右, 以上) or a range (1至2年: value 2) is flagged ``approximate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from reporter.compare.model import Fact
from reporter.compare.resources import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CLAUSE,
    FactPatterns,
    fact_patterns,
    lexicon,
)

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_MULT = {"千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8}
# The unit of a change between ordinals (由第15位跃升至第3位).
_ORDINAL_UNIT = "名次"
_PEOPLE_UNITS = frozenset({"名", "人", "人次", "位"})
_APPROX_PREFIXES = frozenset({"近", "约"})
# Days in a frequency's period, so frequencies compare ("每季度" = every 91 days).
_PERIOD_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "旬": 10, "半月": 15, "月": 30, "季": 91,
                "季度": 91, "半年": 182, "年": 365}  # fmt: skip


def parse_cn_number(text: str) -> int:
    """A Chinese numeral below 10,000 (十二 -> 12, 两 -> 2, 一百二十 -> 120, 三千 -> 3000)."""
    total = current = 0
    for ch in text:
        if ch in _CN_DIGIT:
            current = current * 10 + _CN_DIGIT[ch] if current else _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (current or 1) * _CN_UNIT[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def parse_number(text: str) -> float:
    return float(text) if text[0].isdigit() else float(parse_cn_number(text))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    before: float | None = None
    after: float | None = None
    approximate: bool = False
    label: str | None = None


def _scaled(m: re.Match[str]) -> tuple[float, bool]:
    value = parse_number(m.group("num"))
    mult = m.group("mult")
    if mult:
        value *= _MULT[mult]
    return value, bool(m.group("q1") or m.group("q2"))


def _changes(text: str, p: FactPatterns) -> list[_Span]:
    out = []
    for m in p.change.finditer(text):
        unit = m.group("au") or m.group("bu")
        before, after = float(m.group("b")), float(m.group("a"))
        if m.group("bo") or m.group("ao"):
            # 第15位 -> 第3位: a rank position, smaller is better
            unit = _ORDINAL_UNIT
        elif unit and unit[0] in _MULT:
            # 8万元 -> 56万元: both ends in the canonical unit (元, 人)
            factor = _MULT[unit[0]]
            before, after, unit = before * factor, after * factor, unit[1:]
        out.append(_Span(m.start(), m.end(), "change", after, unit, before=before, after=after))
    return out


def _money(text: str, p: FactPatterns) -> list[_Span]:
    out = []
    for m in p.money.finditer(text):
        value, approx = _scaled(m)
        out.append(_Span(m.start(), m.end(), "money", value, "元", approximate=approx))
    return out


def _area(text: str, p: FactPatterns) -> list[_Span]:
    units = lexicon().area_units
    out = []
    for m in p.area.finditer(text):
        value, approx = _scaled(m)
        unit, factor = units[m.group("unit")]
        out.append(_Span(m.start(), m.end(), "area", value * factor, unit, approximate=approx))
    return out


def _percent(text: str, p: FactPatterns) -> list[_Span]:
    out = []
    for m in p.percent.finditer(text):
        value = float(m.group("num")) if m.group("num") else float(parse_cn_number(m.group("cn")))
        unit = "百分点" if m.group("pp") else "%"
        out.append(_Span(m.start(), m.end(), "percentage", value, unit))
    return out


def _duration(text: str, p: FactPatterns) -> list[_Span]:
    out = []
    for m in p.duration.finditer(text):
        pre = m.group("pre") or ""
        approx = pre in _APPROX_PREFIXES
        if m.group("mnum"):
            value, unit = parse_number(m.group("mnum")), "个月"
            approx = approx or bool(m.group("mq") or m.group("mq2"))
        elif m.group("ynum"):
            value, unit = parse_number(m.group("ynum")), "年"
            value += 0.5 if m.group("half") else 0.0
            approx = approx or bool(m.group("yq"))
        elif m.group("halfyear"):
            value, unit = 0.5, "年"
        elif m.group("dnum"):
            value, unit = parse_number(m.group("dnum")), "天"
            approx = approx or bool(m.group("dq"))
        elif m.group("wnum"):
            value, unit = parse_number(m.group("wnum")), "周"
        elif m.group("snum"):
            value, unit = parse_number(m.group("snum")), "学时"
            approx = approx or bool(m.group("sq"))
        else:
            value, unit = parse_number(m.group("hnum")), "小时"
        if value <= 0:
            continue
        approx = approx or bool(m.group("lo"))
        out.append(_Span(m.start(), m.end(), "duration", value, unit, approximate=approx))
    return out


def _frequency(text: str, p: FactPatterns) -> list[_Span]:
    out = []
    for m in p.frequency.finditer(text):
        n = parse_number(m.group("num")) if m.group("num") else 1.0
        unit = m.group("unit") or m.group("unit1")
        # value: the period in days, so "每月" and "每季度" line up in a table
        out.append(_Span(m.start(), m.end(), "frequency", n * _PERIOD_DAYS[unit], "天"))
    return out


def _counted(text: str, p: FactPatterns) -> list[_Span]:
    clauses = [(m.start(), m.end()) for m in _clauses(text)]
    out = []
    for m in p.counted.finditer(text):
        value, approx = _scaled(m)
        approx = approx or bool(m.group("lo"))
        unit = m.group("unit")
        kind = "count"
        if unit in _PEOPLE_UNITS:
            a, b = next(((s, e) for s, e in clauses if s <= m.start() < e), (0, len(text)))
            if p.official_context.search(text[a:b]):
                kind = "officials"
        out.append(_Span(m.start(), m.end(), kind, value, unit, approximate=approx))
    return out


def _clauses(text: str) -> list[re.Match[str]]:
    return list(CLAUSE.finditer(text))


def _ranks(text: str, p: FactPatterns) -> list[_Span]:
    labels = lexicon().ranks
    out: list[_Span] = []
    seen: set[str] = set()
    for m in p.rank.finditer(text):
        label = labels[m.group()]
        if label not in seen:
            seen.add(label)
            out.append(_Span(m.start(), m.end(), "rank", None, None, label=label))
    return out


# Frequencies before durations: "一周一例会" is once a week, not a week long.  Each with the
# field of FactPatterns it runs: a sentence that pattern cannot match is not searched.
_EXTRACTORS: tuple[tuple[Callable[[str, FactPatterns], list[_Span]], str], ...] = (
    (_changes, "change"),
    (_money, "money"),
    (_area, "area"),
    (_percent, "percent"),
    (_frequency, "frequency"),
    (_duration, "duration"),
    (_counted, "counted"),
)
# Kinds whose number may be hedged by the words around it (a duration carries its own
# prefix; a change and a frequency are exact).
_HEDGED_KINDS = frozenset({"officials", "count", "money", "area", "percentage"})


def _hedged(text: str, span: _Span) -> _Span:
    if span.approximate or span.kind not in _HEDGED_KINDS:
        return span
    if APPROX_BEFORE.search(text, 0, span.start) or APPROX_AFTER.match(text[span.end :]):
        return dc_replace(span, approximate=True)
    return span


def sentence_facts(
    text: str, possible: Set[re.Pattern[str]] | None = None
) -> list[tuple[str, _Span]]:
    """(span text, span) for every fact in one sentence, in text order.

    ``possible``: the patterns that may match ``text`` (``Taxonomy.prefilter``); ``None``:
    all.  Skipping the others changes nothing, since they cannot match.
    """
    p = fact_patterns()
    kept: list[_Span] = []
    for extract, name in _EXTRACTORS:
        if possible is not None and getattr(p, name) not in possible:
            continue
        for span in extract(text, p):
            if all(span.end <= k.start or span.start >= k.end for k in kept):
                kept.append(_hedged(text, span))
    if possible is None or p.rank in possible:
        kept.extend(_ranks(text, p))  # a rank is a word, never part of a number
    kept.sort(key=lambda s: (s.start, s.end, s.kind))
    return [(text[s.start : s.end], s) for s in kept]


def extract_facts(
    article_id: str,
    sentences: Sequence[str],
    mechanisms: Sequence[tuple[str, ...]],
    localities: Sequence[str | None],
    possible: Sequence[Set[re.Pattern[str]]] | None = None,
) -> tuple[Fact, ...]:
    """Facts of every sentence, in document order.

    ``sentences`` are the sentence texts, ``mechanisms`` the present mechanisms each
    sentence (else its paragraph) shows, ``possible`` per sentence as in
    :func:`sentence_facts`.
    """
    out: list[Fact] = []
    for i, sentence in enumerate(sentences):
        for written, s in sentence_facts(sentence, None if possible is None else possible[i]):
            out.append(
                Fact(
                    article_id=article_id,
                    sentence_index=i,
                    kind=s.kind,
                    text=written,
                    value=None if s.value is None else round(s.value, 4),
                    unit=s.unit,
                    before=s.before,
                    after=s.after,
                    mechanism_ids=mechanisms[i],
                    locality=localities[i],
                    sentence=sentences[i],
                    approximate=s.approximate,
                    label=s.label,
                )
            )
    return tuple(out)
