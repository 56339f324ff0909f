"""Finding the numbers of a sentence: each kind of fact by its pattern, with its value
in the canonical unit and whether it is hedged (see :mod:`reporter.compare.facts`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from reporter.compare.resources import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CLAUSE,
    CN_NAMED_UNITS,
    FactPatterns,
    fact_context_patterns,
    lexicon,
)

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_SECTION = {"万": 10_000, "亿": 100_000_000}
# The years of a 百年 anniversary (建党百年).
_CENTENARY = 100.0
# Characters of the number an anniversary names ("70周年", "一百周年").
_ANNIVERSARY_DIGITS = "0123456789零〇一二两三四五六七八九十百千"
_MULT = {"千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8}
# The unit of a change between ordinals (由第15位跃升至第3位).
_ORDINAL_UNIT = "名次"
PEOPLE_UNITS = frozenset({"名", "人", "人次", "位"})
_APPROX_PREFIXES = frozenset({"近", "约"})
# A count in Chinese numerals below this is an anecdote ("一名干部说", "一人一档"), not a
# statistic.
MIN_CN_COUNT = 2
# Characters after a number searched for the word naming what it counts ("120名优秀年轻干部":
# 干部 starts 4 characters on); farther words belong to the rest of the clause.
MAX_COUNT_NOUN_GAP = 6
# Days in a frequency's period, so frequencies compare ("每季度" = every 91 days).
_PERIOD_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "旬": 10, "半月": 15, "月": 30, "季": 91,
                "季度": 91, "半年": 182, "年": 365}  # fmt: skip


def parse_cn_number(text: str) -> int:
    """A Chinese numeral (十二 -> 12, 两 -> 2, 一百二十 -> 120, 三千 -> 3000, 一万二千 ->
    12000, 十四万 -> 140000, 两亿 -> 200000000)."""
    total = section = current = 0
    for ch in text:
        if ch in _CN_DIGIT:
            current = current * 10 + _CN_DIGIT[ch] if current else _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            section += (current or 1) * _CN_UNIT[ch]
            current = 0
        elif ch in _CN_SECTION:
            # 万 and 亿 scale everything read since the last larger section mark
            mult = _CN_SECTION[ch]
            if mult > 10_000:
                total = (total + section + current) * mult
            else:
                total += (section + current or 1) * mult
            section = current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + current


def parse_number(text: str) -> float:
    return float(text) if text[0].isdigit() else float(parse_cn_number(text))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    before: float | None = None
    after: float | None = None
    approximate: bool = False
    label: str | None = None
    counts: str | None = None
    counts_detail: str | None = None
    role: str = "other"


def _scaled(m: re.Match[str]) -> tuple[float, bool]:
    value = parse_number(m.group("num"))
    mult = m.group("mult")
    if mult:
        value *= _MULT[mult]
    return value, bool(m.group("q1") or m.group("q2"))


# Characters of a unit the lexicon does not list that both ends of a change share
# ("从3吨提升至22吨", "由5套增至12套"): a measure word is one or two characters.
MAX_SHARED_UNIT = 2
# What never opens a unit: digits, marks, spaces and the words that continue a clause.
_NOT_UNIT = re.compile(r"[\d.\s，。；、：:,;!?！？“”\"'（）()]")


def _shared_unit(text: str, m: re.Match[str]) -> str:
    """The unit the lexicon does not know that follows both ends of a change as written
    ("从3吨提升至22吨" -> 吨), so the span carries it whole; "" when the ends share none."""
    after_before, after_after = text[m.end("b") :], text[m.end() :]
    n = 0
    while (
        n < MAX_SHARED_UNIT
        and n < len(after_before)
        and n < len(after_after)
        and after_before[n] == after_after[n]
        and not _NOT_UNIT.match(after_before[n])
    ):
        n += 1
    return after_after[:n]


def _changes(text: str, p: FactPatterns) -> list[Span]:
    out = []
    for m in p.change.finditer(text):
        unit = m.group("au") or m.group("bu")
        end = m.end()
        if not unit and not (m.group("bo") or m.group("ao")):
            # a unit the lexicon lacks: the after end stops before it and the span lost it
            unit = _shared_unit(text, m) or None
            end += len(unit or "")
        before, after = float(m.group("b")), float(m.group("a"))
        if m.group("bo") or m.group("ao"):
            # 第15位 -> 第3位: a rank position, smaller is better
            unit = _ORDINAL_UNIT
        elif unit and unit[0] in _MULT:
            # 8万元 -> 56万元: both ends in the canonical unit (元, 人)
            factor = _MULT[unit[0]]
            before, after, unit = before * factor, after * factor, unit[1:]
        out.append(Span(m.start(), end, "change", after, unit, before=before, after=after))
    return out


def _money(text: str, p: FactPatterns) -> list[Span]:
    out = []
    for m in p.money.finditer(text):
        value, approx = _scaled(m)
        out.append(Span(m.start(), m.end(), "money", value, "元", approximate=approx))
    return out


def _area(text: str, p: FactPatterns) -> list[Span]:
    units = lexicon().area_units
    out = []
    for m in p.area.finditer(text):
        value, approx = _scaled(m)
        unit, factor = units[m.group("unit")]
        out.append(Span(m.start(), m.end(), "area", value * factor, unit, approximate=approx))
    return out


def _percent(text: str, p: FactPatterns) -> list[Span]:
    out = []
    for m in p.percent.finditer(text):
        value = float(m.group("num")) if m.group("num") else float(parse_cn_number(m.group("cn")))
        unit = "百分点" if m.group("pp") else "%"
        out.append(Span(m.start(), m.end(), "percentage", value, unit))
    return out


def _duration(text: str, p: FactPatterns) -> list[Span]:
    out = []
    for m in p.duration.finditer(text):
        pre = m.group("pre") or ""
        approx = pre in _APPROX_PREFIXES
        if m.group("mnum"):
            value, unit = parse_number(m.group("mnum")), "个月"
            value += 0.5 if m.group("mhalf") else 0.0  # 一个半月
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
        out.append(Span(m.start(), m.end(), "duration", value, unit, approximate=approx))
    return out


def _frequency(text: str, p: FactPatterns) -> list[Span]:
    out = []
    for m in p.frequency.finditer(text):
        n = parse_number(m.group("num")) if m.group("num") else 1.0
        unit = m.group("unit") or m.group("unit1")
        # value: the period in days, so "每月" and "每季度" line up in a table
        out.append(Span(m.start(), m.end(), "frequency", n * _PERIOD_DAYS[unit], "天"))
    return out


def _counted(text: str, p: FactPatterns) -> list[Span]:
    clauses = [(m.start(), m.end()) for m in _clauses(text)]
    out = []
    for m in p.counted.finditer(text):
        value, approx = _scaled(m)
        approx = approx or bool(m.group("lo"))
        unit = m.group("unit")
        kind = "count"
        if unit in PEOPLE_UNITS:
            a, b = next(((s, e) for s, e in clauses if s <= m.start() < e), (0, len(text)))
            if p.official_context.search(text[a:b]):
                kind = "officials"
        out.append(Span(m.start(), m.end(), kind, value, unit, approximate=approx))
    return out


def _counted_cn(text: str, p: FactPatterns) -> list[Span]:
    """Head counts, households and teams in Chinese numerals ("选派三百名干部", "两千余名")."""
    clauses = [(m.start(), m.end()) for m in _clauses(text)]
    out = []
    for m in p.counted_cn.finditer(text):
        value = float(parse_cn_number(m.group("num")))
        if value < MIN_CN_COUNT:
            continue
        unit = m.group("unit")
        if unit in CN_NAMED_UNITS and not _named_after(text, m.end()):
            continue
        kind = "count"
        if unit in PEOPLE_UNITS:
            a, b = next(((s, e) for s, e in clauses if s <= m.start() < e), (0, len(text)))
            if p.official_context.search(text[a:b]):
                kind = "officials"
        out.append(Span(m.start(), m.end(), kind, value, unit, approximate=bool(m.group("q"))))
    return out


def _named_after(text: str, end: int) -> bool:
    """Whether a naming word of things (not people) follows ``end`` closely, in its
    clause: what makes "三个工作组" a count and "三个一" a slogan."""
    lex = lexicon()
    after = text[end : end + MAX_COUNT_NOUN_GAP + 1]
    m = fact_context_patterns().count_noun.search(after)
    return (
        m is not None
        and m.start() <= MAX_COUNT_NOUN_GAP
        and CLAUSE.fullmatch(after[: m.start()] or "x") is not None
        and lex.count_nouns[m.group()] not in lex.people_labels
    )


def _anniversary(text: str, p: FactPatterns) -> list[Span]:
    """建党百年, 70周年: dates, never durations (kind "date", role "anniversary")."""
    out = []
    for m in p.anniversary.finditer(text):
        written = m.group()
        # the number just before 周年 ("建党100周年" -> 100; the lexicon's words may lead it)
        lead = written[: -len("周年")] if written.endswith("周年") else ""
        number = lead[len(lead.rstrip(_ANNIVERSARY_DIGITS)) :]
        value = parse_number(number) if number else _CENTENARY if "百年" in written else None
        out.append(Span(m.start(), m.end(), "date", value, "年"))
    return out


def _clauses(text: str) -> list[re.Match[str]]:
    return list(CLAUSE.finditer(text))


def ranks(text: str, p: FactPatterns) -> list[Span]:
    labels = lexicon().ranks
    out: list[Span] = []
    seen: set[str] = set()
    for m in p.rank.finditer(text):
        label = labels[m.group()]
        if label not in seen:
            seen.add(label)
            out.append(Span(m.start(), m.end(), "rank", None, None, label=label))
    return out


# Frequencies before durations: "一周一例会" is once a week, not a week long.  Each with the
# field of FactPatterns it runs: a sentence that pattern cannot match is not searched.
EXTRACTORS: tuple[tuple[Callable[[str, FactPatterns], list[Span]], str], ...] = (
    (_anniversary, "anniversary"),  # first: the 百年 of 建党百年 is no duration
    (_changes, "change"),
    (_money, "money"),
    (_area, "area"),
    (_percent, "percent"),
    (_frequency, "frequency"),
    (_duration, "duration"),
    (_counted, "counted"),
    (_counted_cn, "counted_cn"),
)
# Kinds whose number may be hedged by the words around it (a duration carries its own
# prefix; a change and a frequency are exact).
_HEDGED_KINDS = frozenset({"officials", "count", "money", "area", "percentage"})


def hedged(text: str, span: Span) -> Span:
    """``span`` flagged approximate when a word before or after it hedges it (约, 以上)."""
    if span.approximate or span.kind not in _HEDGED_KINDS:
        return span
    if APPROX_BEFORE.search(text, 0, span.start) or APPROX_AFTER.match(text[span.end :]):
        return dc_replace(span, approximate=True)
    return span
