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
    CN_NAMED_UNITS,
    FactContextPatterns,
    FactPatterns,
    fact_context_patterns,
    fact_patterns,
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
_PEOPLE_UNITS = frozenset({"名", "人", "人次", "位"})
_APPROX_PREFIXES = frozenset({"近", "约"})
# A count in Chinese numerals below this is an anecdote ("一名干部说", "一人一档"), not a
# statistic.
MIN_CN_COUNT = 2
# Characters after a number searched for the word naming what it counts ("120名优秀年轻干部":
# 干部 starts 4 characters on); farther words belong to the rest of the clause.
MAX_COUNT_NOUN_GAP = 6
# Characters a compound may hold between two naming words (重点项目建设指挥部: 建设).
MAX_COMPOUND_GAP = 2
# A role word inside a naming word this long names the people, it is no verb of the clause
# (驻村 in 驻村干部); shorter naming words are too often parts of verbs (the 村 of 驻村).
MIN_MASKED_NOUN = 3
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
    counts: str | None = None
    counts_detail: str | None = None
    role: str = "other"


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


def _counted_cn(text: str, p: FactPatterns) -> list[_Span]:
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
        if unit in _PEOPLE_UNITS:
            a, b = next(((s, e) for s, e in clauses if s <= m.start() < e), (0, len(text)))
            if p.official_context.search(text[a:b]):
                kind = "officials"
        out.append(_Span(m.start(), m.end(), kind, value, unit, approximate=bool(m.group("q"))))
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


def _anniversary(text: str, p: FactPatterns) -> list[_Span]:
    """建党百年, 70周年: dates, never durations (kind "date", role "anniversary")."""
    out = []
    for m in p.anniversary.finditer(text):
        written = m.group()
        # the number just before 周年 ("建党100周年" -> 100; the lexicon's words may lead it)
        lead = written[: -len("周年")] if written.endswith("周年") else ""
        number = lead[len(lead.rstrip(_ANNIVERSARY_DIGITS)) :]
        value = parse_number(number) if number else _CENTENARY if "百年" in written else None
        out.append(_Span(m.start(), m.end(), "date", value, "年"))
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
# Kinds whose unit says what they count.
_UNIT_COUNTS = {"money": "元", "date": "年"}
_FREQUENCY_COUNTS = "频次"
_OFFICIALS = "干部"
_PERSON_TIMES = "人次"
_LIST_SEP = "、"
# Party members reporting to the community where they live (counts_detail of 党员).
_REPORTING_MEMBERS = "在职党员"
# Kinds that count or measure things, never people acted on (a count of places, money, area).
_THING_KINDS = frozenset({"count", "money", "area"})
# The roles a length of time can play besides threshold: the term of a deployment or a
# course, or the time the work took.
_TIMED_ROLES = frozenset({"deployed", "trained", "result"})
# The particle that ends a compound naming word: "169个村的党支部书记" counts villages.
_OF = "的"
# counts_detail of a length of time that says nothing of how long officials served.
DEADLINE = "期限"  # 两天内到岗
WINDOW = "时段"  # 近两年来


@dataclass(frozen=True)
class _Context:
    """Where a number's words are read: its clause ``text[a:b]``, cut at the numbers
    before and after it (a verb before an earlier number is that number's verb:
    "选派4137名干部组建1189个工作组")."""

    text: str
    a: int
    b: int
    lo: int  # the end of the previous number in the clause, else ``a``
    hi: int  # the start of the next number in the clause, else ``b``
    words: _SentenceWords


@dataclass(frozen=True)
class _SentenceWords:
    """What the role of every number of a sentence is read from, found once."""

    verbs: tuple[tuple[int, int, str], ...]  # (start, end, role) of each free role word
    # role words inside a naming word (the 下沉 of 下沉干部): the role of the people named,
    # when no free verb gives one
    named: tuple[tuple[int, int, str], ...]
    first_goal_end: int  # where the first goal marker ends (past the text: none)


def _sentence_words(text: str, c: FactContextPatterns) -> _SentenceWords:
    """Role words outside quoted names (学习 in “虞青学习社”) and outside long naming words
    (驻村 in 驻村工作队员); goal markers that are not part of a role word (拟 of 拟任)."""
    plain = _unquoted(text, c)
    nouns = [
        (m.start(), m.end())
        for m in c.count_noun.finditer(plain)
        if m.end() - m.start() >= MIN_MASKED_NOUN
    ]
    roles = lexicon().role_words
    found = list(c.role_word.finditer(plain))
    inside = [any(a <= m.start() and m.end() <= b for a, b in nouns) for m in found]
    verbs = tuple(
        (m.start(), m.end(), roles[m.group()]) for m, n in zip(found, inside, strict=True) if not n
    )
    named = tuple(
        (m.start(), m.end(), roles[m.group()]) for m, n in zip(found, inside, strict=True) if n
    )
    acts = [(m.start(), m.end()) for m in found]
    goals = [
        m.end()
        for m in c.target.finditer(plain)
        if not any(a <= m.start() and m.end() <= b for a, b in acts)
    ]
    return _SentenceWords(verbs, named, min(goals, default=len(text) + 1))


def _unquoted(text: str, c: FactContextPatterns) -> str:
    """``text`` with quoted names blanked (same length): 学习 in “虞青学习社” is no verb."""
    return c.quoted.sub(lambda m: " " * len(m.group()), text)


def _time_detail(span: _Span, ctx: _Context, c: FactContextPatterns) -> str | None:
    """A length of time that is a deadline (两天内) or a look-back window (近两年来)."""
    after = ctx.text[span.end : ctx.b]
    if c.deadline_after.match(after):
        return DEADLINE
    if ctx.text[span.start] == "近" and c.window_after.match(after):
        return WINDOW
    return None


def _counted_what(span: _Span, ctx: _Context, c: FactContextPatterns) -> _Span:
    """``counts`` and ``counts_detail`` of a span."""
    lex = lexicon()
    text = ctx.text
    if span.kind == "rank":
        return dc_replace(span, counts=_OFFICIALS, counts_detail=span.label)
    if span.kind == "frequency":
        return dc_replace(span, counts=_FREQUENCY_COUNTS)
    if span.kind == "duration":
        return dc_replace(span, counts=span.unit, counts_detail=_time_detail(span, ctx, c))
    if span.kind not in ("officials", "count"):
        return dc_replace(span, counts=_UNIT_COUNTS.get(span.kind) or span.unit)
    people = span.unit in _PEOPLE_UNITS

    def fits(m: re.Match[str]) -> bool:
        label = lex.count_nouns[m.group()]
        return label in lex.either_labels or (label in lex.people_labels) == people

    # the naming word soon after the number, before the next item of a list
    after = text[span.end : ctx.hi]
    if ctx.hi < ctx.b and _LIST_SEP in after:
        after = after[: after.rindex(_LIST_SEP)]
    noun = next((m for m in c.count_noun.finditer(after) if fits(m)), None)
    if noun is not None and (
        noun.start() > MAX_COUNT_NOUN_GAP or c.noun_break.search(after, 0, noun.start())
    ):
        noun = None  # "下沉2040人参加社区（村）防控": people, not communities
    label: str | None = None
    rank_text = ""  # where the rank of counted officials is written
    if noun is not None:
        # a compound names its head last: 6个项目攻坚专班 are 专班, 101个乡镇领导班子成员
        # 岗位 are 岗位
        pos = noun.end()
        while (link := _next_link(after, pos, c)) is not None:
            if fits(link):
                noun = link
            pos = link.end()
        label = lex.count_nouns[noun.group()]
        rank_text = after[: noun.end()]  # "90名处级、科级干部"
    elif not people and span.unit in lex.count_unit_labels:
        # a unit that names what it counts (1000户, 8支): a word before it is the actor
        # ("党员干部走访入户1000户"), not the thing counted
        label = lex.count_unit_labels[span.unit]
    else:
        # else the nearest naming word before it ("抽调干部276名", "下沉干部有4000多名")
        before = text[ctx.lo : span.start]
        nouns = [m for m in c.count_noun.finditer(before) if fits(m)]
        if nouns:
            label = lex.count_nouns[nouns[-1].group()]
            rank_text = before[max(0, nouns[-1].start() - MAX_COUNT_NOUN_GAP) : nouns[-1].end()]
    kind = span.kind
    if label is None and kind != "officials":
        # nothing in the clause (which names no officials either): the nearest naming word
        # of the sentence, before first
        # ("全省共有66个重点县，已脱贫出列33个"; "全年计划安排1000名，对象主要从…专业干部")
        earlier = [m for m in c.count_noun.finditer(text, 0, ctx.a) if fits(m)]
        after_m = next((m for m in c.count_noun.finditer(text, ctx.b) if fits(m)), None)
        nearest = earlier[-1] if earlier else after_m
        if nearest is not None:
            label = lex.count_nouns[nearest.group()]
            if label == _OFFICIALS and people:
                kind = "officials"
    if label is None:
        if kind == "officials":
            label = _OFFICIALS
        elif span.unit is not None:
            label = lex.count_unit_labels.get(span.unit, span.unit)
    detail: str | None = None
    if label == _OFFICIALS:
        found = fact_patterns().rank.finditer(rank_text)
        ranks = list(dict.fromkeys(lex.ranks[m.group()] for m in found))
        detail = "/".join(ranks) if ranks else None
    elif label == "党员" and _REPORTING_MEMBERS in text[ctx.a : ctx.b]:
        detail = _REPORTING_MEMBERS
    if span.unit == _PERSON_TIMES:
        # 137人次 are visits, not heads: never added to or compared with a head count
        detail, label = label, _PERSON_TIMES
    elif kind == "officials" and label != _OFFICIALS:
        kind = "count"  # 14.1万名在职党员 beside 5.1万名干部: party members, not officials
    return dc_replace(span, kind=kind, counts=label, counts_detail=detail)


def _next_link(text: str, pos: int, c: FactContextPatterns) -> re.Match[str] | None:
    """The naming word continuing a compound at ``pos``: right there, or after a word of
    up to ``MAX_COMPOUND_GAP`` characters with no break in it ("重点项目建设指挥部")."""
    for gap in range(MAX_COMPOUND_GAP + 1):
        m = c.count_noun.match(text, pos + gap)
        if m is not None:
            between = text[pos : pos + gap]
            # "169个嘎查村的党支部书记" counts villages: 的 ends the compound
            if (
                CLAUSE.fullmatch(between or "x")
                and not c.noun_break.search(between)
                and _OF not in between
            ):
                return m
            return None
    return None


def _verb_role(
    verbs: Sequence[tuple[int, int, str]], lo: int, start: int, end: int, hi: int
) -> str | None:
    """The role of the nearest role word in ``[lo, start)``, else of the first in
    ``[end, hi)``."""
    before = [v for v in verbs if lo <= v[0] and v[1] <= start]
    if before:
        return before[-1][2]
    after = next((v for v in verbs if end <= v[0] and v[1] <= hi), None)
    return after[2] if after is not None else None


def _role(span: _Span, ctx: _Context, c: FactContextPatterns) -> str:
    """The role a number plays in its clause."""
    if span.kind == "date":
        return "anniversary"
    if span.kind == "duration":
        return _duration_role(span, ctx, c)
    text = ctx.text
    # a plan governs its whole sentence ("计划从党政机关等单位中，选派指导员1万人")
    if ctx.words.first_goal_end <= span.start:
        return "target"
    if span.kind == "frequency":
        return "other"
    # the score may be named a clause earlier ("成绩占50%，日常工作实绩占30%")
    if (
        span.kind == "percentage"
        and c.weight_before.search(text[ctx.a : span.start])
        and c.weight_context.search(text)
    ):
        return "weight"
    if span.kind == "change":
        return "result"
    # a head count's verb may follow it ("35人得到提拔"); a verb after a count of places
    # or things governs another object ("向541个贫困村选派驻村干部")
    hi = ctx.hi if span.unit in _PEOPLE_UNITS else span.end
    words = ctx.words
    role = _verb_role(words.verbs, ctx.lo, span.start, span.end, hi)
    if role is None and ctx.lo > ctx.a and c.list_link.match(text[ctx.lo : span.start]):
        # "评选出20个文明科室和20名人民好公仆": a later item of a list shares the verb
        # before the first
        role = _verb_role(words.verbs, ctx.a, ctx.lo, ctx.lo, ctx.lo)
    if role is None and span.unit in _PEOPLE_UNITS and c.list_link.match(text[span.end : ctx.hi]):
        # "对1名乡镇党委书记、1名乡镇长和1名县级部门负责人进行降职使用": an earlier item of a
        # list shares the verb after the last
        role = _verb_role(words.verbs, ctx.b, ctx.b, ctx.hi, ctx.b)
    if role is None and span.unit in _PEOPLE_UNITS and c.part_of.match(text[ctx.a : ctx.b]):
        # "问责46人，其中处级干部5人": the clause broken down names the verb
        role = _verb_role(words.verbs, 0, ctx.a, ctx.a, ctx.a)
    if role is None:
        # "下沉干部有4000多名": the people are named by their role; but "召回驻村干部4名"
        # recalls them, "表彰优秀驻村干部300名" awards them (a free verb came first)
        role = _verb_role(words.named, ctx.lo, span.start, span.end, hi)
    if role == "deployed" and span.counts_detail == _REPORTING_MEMBERS:
        # domain.md: 在职党员 report to their communities; they are no deployed cadres
        return "other"
    if role in lexicon().people_roles and span.kind in _THING_KINDS and not _counts_people(span):
        # "下沉到全县139个居民小区", "组建8个工作组": where or with what, not who was acted on
        return "other"
    if role == "deployed" and c.training_destination.search(text, span.end, ctx.b):
        # "选派118名干部赴新加坡参加培训": sent to a course is trained
        return "trained"
    if role == "promoted" and c.tempering_destination.search(text, span.end, ctx.b):
        # "遴选130名干部到重点平台锻炼": selected to be tempered on a post is deployed
        return "deployed"
    return role or "other"


def _counts_people(span: _Span) -> bool:
    """Whether a count is of people (heads or person-times), by its unit or its label."""
    lex = lexicon()
    return (
        span.unit in _PEOPLE_UNITS
        or span.counts in lex.people_labels
        or span.counts == _PERSON_TIMES
    )


def _duration_role(span: _Span, ctx: _Context, c: FactContextPatterns) -> str:
    """The role of a length of time: a threshold only as a limit (两天内到岗, 近两年来,
    不少于20天, 满五年); the time the work took is a result (仅用25天就完成); a term takes the
    role of the act it measures (为期一年的挂职: deployed; 5天的培训: trained), else other
    (连续4年, 三年来, 历时半个多月)."""
    text = ctx.text
    before = text[ctx.a : span.start]
    written = text[span.start : span.end]
    after = text[span.end : ctx.b]
    if span.counts_detail in (DEADLINE, WINDOW):
        return "threshold"
    if c.limit_before.search(before) or c.limit_after.match(after):
        return "threshold"
    opened = written[:1] if c.limit_open.search(written[:1]) else ""
    if opened or c.limit_open.search(before):
        ahead = before if opened else before[:-1]
        if not c.not_limit_before.search(ahead):
            return "threshold"
    # 仅用25天就全面完成 (result), 为期一年的挂职锻炼 (deployed), 为期5天的培训 (trained), 为期
    # 2天的干部培训班 (the act named by the course)
    words = ctx.words
    # the span's own opening word first ("全脱产3个月": a term of deployment)
    own = [v for v in words.verbs if span.start <= v[0] and v[1] <= span.end]
    role = own[0][2] if own else _verb_role(words.verbs, ctx.lo, span.start, span.end, ctx.hi)
    if role is None:
        role = _verb_role(words.named, ctx.lo, span.start, span.end, ctx.hi)
    if role == "result" and c.term_open.match(written):
        # "为期3天的能力提升培训班": a term is no time taken; 提升 names the course
        acts = sorted(v for v in (*words.verbs, *words.named) if v[2] != "result")
        role = _verb_role(acts, ctx.lo, span.start, span.end, ctx.hi)
    # a length of time measures a term of work or training, or the work itself: never
    # a promotion, an award or a sanction ("问责……正好过去10天")
    return role if role in _TIMED_ROLES else "other"


def _described(text: str, spans: Sequence[_Span]) -> list[_Span]:
    """The spans (in text order) with what they count and their role."""
    if not spans:
        return []
    c = fact_context_patterns()
    numbers = [s for s in spans if s.kind != "rank"]
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(text)]
    words = _sentence_words(text, c)
    out = []
    for span in spans:
        a, b = next(((x, y) for x, y in clauses if x <= span.start < y), (0, len(text)))
        lo = max((n.end for n in numbers if a <= n.end <= span.start), default=a)
        hi = min((n.start for n in numbers if span.end <= n.start < b), default=b)
        ctx = _Context(text, a, b, lo, hi, words)
        span = _counted_what(span, ctx, c)
        out.append(dc_replace(span, role=_role(span, ctx, c)))
    return out


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
    kept = _described(text, kept)
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
                    counts=s.counts,
                    counts_detail=s.counts_detail,
                    role=s.role,
                )
            )
    return tuple(out)
