"""What a number of a sentence counts and the role it plays (deployed, trained, result ...),
read from the words of its clause around it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from reporter.compare.fact_spans import MAX_COUNT_NOUN_GAP, PEOPLE_UNITS, Span
from reporter.compare.resources import (
    CLAUSE,
    FactContextPatterns,
    fact_context_patterns,
    fact_patterns,
    lexicon,
)

# Characters a compound may hold between two naming words (重点项目建设指挥部: 建设).
MAX_COMPOUND_GAP = 2
# Characters after the 的 of "两个星期的全脱产培训" searched for the act a length of time
# measures: the phrase it modifies, not the rest of the clause.
MAX_TERM_HEAD = 8
# A role word inside a naming word this long names the people, it is no verb of the clause
# (驻村 in 驻村干部); shorter naming words are too often parts of verbs (the 村 of 驻村).
MIN_MASKED_NOUN = 3
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
# Units that count the batches or rounds people are sent in: a head count right after
# one (5批757名, 11批46位) shares the verb before the batches.
BATCH_UNITS = frozenset({"批", "批次", "期", "轮"})
# Characters between the batches and the head count: none, or a word such as 共 or 计.
MAX_BATCH_GAP = 2
# Characters between a count and a role word inside the name of what it counts
# ("3094名首批选派干部", "2名市派驻村第一书记", "40余名县乡村征收机关干部"): a batch, a level
# or the places they come from, no verb.
MAX_NAME_LEAD = 4
# What an age counts (data/compare_lexicon.toml [fact_count_units]: 岁, 周岁).
_AGE = "岁"
# How a clause of going opens: the people of the clause before went where it names.
_GOING = re.compile(r"(?:分赴|分别赴|赴|前往|奔赴)")
# Marks and spaces a clause may open with before its first word.
_OPENERS = "，,；;、 "
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
    # the end of the next number in the clause, else ``b`` ("分10期参加培训": the act after it)
    after_next: int
    # where the clauses a head count may be the subject of end: the next head count of the
    # sentence (the subject of its own clauses) or the first semicolon, else the text's end
    reach: int


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


def _named_after_numbers(
    text: str, numbers: Sequence[Span], words: _SentenceWords, c: FactContextPatterns
) -> _SentenceWords:
    """``words`` with the role words that open the name of what a head or team count
    counts moved from the verbs to the naming words: the 援藏 of "18名援藏干部", the 选派 of
    "对40名选派干部进行考核", the 驻村 of "14支驻村工作队" say who the people are (a short
    naming word, 干部, is not masked as a whole); the act done to them is another verb of the
    clause ("……参加了培训", "……被评为先进个人"), else, as for any named role, this one."""
    lex = lexicon()
    inside: set[tuple[int, int, str]] = set()
    for n in numbers:
        people = n.unit in PEOPLE_UNITS
        if not people and lex.count_unit_labels.get(n.unit or "") not in lex.sent_teams:
            continue
        for v in words.verbs:
            if not n.end <= v[0] <= n.end + MAX_NAME_LEAD or v in inside:
                continue
            lead = text[n.end : v[0]]
            if lead and not CLAUSE.fullmatch(lead):
                continue
            for noun in c.count_noun.finditer(text, v[1]):
                between = text[v[1] : noun.start()]
                if noun.start() - n.end > MAX_COUNT_NOUN_GAP or (
                    between and (not CLAUSE.fullmatch(between) or c.noun_break.search(between))
                ):
                    break
                label = lex.count_nouns[noun.group()]
                # the 村 of 派驻村第一书记 is no name of the people: the next word may be
                if (label in lex.people_labels) if people else (label in lex.sent_teams):
                    inside.add(v)
                    break
    if not inside:
        return words
    return _SentenceWords(
        tuple(v for v in words.verbs if v not in inside),
        tuple(sorted((*words.named, *inside))),
        words.first_goal_end,
    )


def _unquoted(text: str, c: FactContextPatterns) -> str:
    """``text`` with quoted names and words holding no act blanked (same length): 学习 in
    “虞青学习社” is no verb, nor 交流 in 交流发言 or 调整 in 调整配备; a quoted role word
    alone is the act stressed, no name ("已经“下沉”到位")."""
    roles = lexicon().role_words

    def blank_name(m: re.Match[str]) -> str:
        quote = m.group()
        return quote if quote[1:-1] in roles else " " * len(quote)

    blank = c.quoted.sub(blank_name, text)
    return c.not_act.sub(lambda m: " " * len(m.group()), blank)


def _time_detail(span: Span, ctx: _Context, c: FactContextPatterns) -> str | None:
    """A length of time that is a deadline (两天内) or a look-back window (近两年来)."""
    after = ctx.text[span.end : ctx.b]
    if c.deadline_after.match(after):
        return DEADLINE
    if ctx.text[span.start] == "近" and c.window_after.match(after):
        return WINDOW
    lead = c.window_open.fullmatch(ctx.text[ctx.a : span.start].lstrip(_OPENERS))
    if lead is not None and (lead["past"] or ctx.text[span.start] == "近"):
        return WINDOW
    return None


def _counted_what(span: Span, ctx: _Context, c: FactContextPatterns) -> Span:
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
    people = span.unit in PEOPLE_UNITS

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
    elif people and _attending(span, ctx, c):
        # "县委书记、县长等170多人参加了会议": those in the room, of no kind (the officials
        # listed before are some of them)
        label = lex.count_unit_labels.get(span.unit or "")
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


def _role(span: Span, ctx: _Context, c: FactContextPatterns) -> str:
    """The role a number plays in its clause."""
    if span.kind == "date":
        return "anniversary"
    if span.kind == "duration":
        return _duration_role(span, ctx, c)
    text = ctx.text
    if span.counts == _AGE and span.kind == "count":
        # an age says who was chosen, never what was done: a limit (45周岁以下, 不超过35岁)
        # is a threshold, an average or a person's age (平均年龄33岁) is other
        limited = c.limit_before.search(text[ctx.a : span.start]) or c.limit_after.match(
            text[span.end : ctx.b]
        )
        return "threshold" if limited else "other"
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
        if span.unit in PEOPLE_UNITS:
            # "援藏干部选派数量逐批增加，从第一批622名增加到第十批2117名": the scale of a
            # sending, told over time, is no outcome of it; the act done to the people
            # counted (before the change, in the sentence) gives the role.  A change of
            # people no act names (脱贫人口从1000人减少到200人) is a result.
            acts = tuple(v for v in ctx.words.verbs if v[2] in lexicon().people_roles)
            acted = _verb_role(acts, 0, span.start, span.start, span.start)
            if acted is not None:
                return acted
        return "result"
    words = ctx.words
    if span.kind == "percentage" and c.share_open.match(text[ctx.a : span.start].lstrip(_OPENERS)):
        # "完成投资30.25亿元，占年度任务的72.33%": the share of the figure before, in its role
        share = _verb_role(words.verbs, 0, ctx.a, ctx.a, ctx.a)
        if share is not None:
            return share
    # a head count's verb may follow it ("35人得到提拔"); a verb after a count of places
    # or things governs another object ("向541个贫困村选派驻村干部")
    people = span.unit in PEOPLE_UNITS
    # a team of officials (8支帮扶队进驻某县) is acted on as its people are
    team = _names_team(span, ctx, c)
    hi = ctx.hi if people or team else span.end
    verbs = words.verbs
    if people:
        # "调训的干部就达3000多人": 达 says how many, the act is 调训
        amount = lexicon().amount_verbs
        verbs = tuple(v for v in verbs if text[v[0] : v[1]] not in amount)
    if (people or team) and (_in_post(span, ctx, c, verbs) or _attending(span, ctx, c)):
        return "other"
    role = _verb_role(verbs, ctx.lo, span.start, span.end, hi)
    if (
        role is None
        and ctx.lo > ctx.a
        and (
            c.list_link.match(text[ctx.lo : span.start])
            or c.list_link_named.match(text[ctx.lo : span.start])
        )
    ):
        # "评选出20个文明科室和20名人民好公仆": a later item of a list shares the verb
        # before the first
        role = _verb_role(words.verbs, ctx.a, ctx.lo, ctx.lo, ctx.lo)
    if role is None and span.unit in PEOPLE_UNITS and c.list_link.match(text[span.end : ctx.hi]):
        # "对1名乡镇党委书记、1名乡镇长和1名县级部门负责人进行降职使用": an earlier item of a
        # list shares the verb after the last
        role = _verb_role(words.verbs, ctx.b, ctx.b, ctx.hi, ctx.b)
    if role is None and span.unit in PEOPLE_UNITS and c.part_of.match(text[ctx.a : ctx.b]):
        # "问责46人，其中处级干部5人": the clause broken down names the verb
        role = _verb_role(words.verbs, 0, ctx.a, ctx.a, ctx.a)
    # "3支代表队获得二等奖", "30个集体和10名个人获通报表彰": the recipients come first
    award = c.award_after.search(text, span.end, ctx.b) if role is None else None
    if award is not None and not any(span.end <= v[0] < award.start() for v in verbs):
        role = "awarded"
    if role is None:
        # "下沉干部有4000多名": the people are named by their role; but "召回驻村干部4名"
        # recalls them, "表彰优秀驻村干部300名" awards them (a free verb came first)
        role = _verb_role(words.named, ctx.lo, span.start, span.end, hi)
    if role is None and people:
        # "116名党员干部组成一线工作队，下沉15个社区", "40人集结到位，分批奔赴武汉": a head
        # count with no act in its clause is the subject of the clauses after it, up to the
        # clause of the next head count; their first act done to people (sent, trained ...)
        # is the role; what the people then achieved (完成, 帮助) is no role of the count
        later = _verb_role(verbs, ctx.after_next, ctx.after_next, ctx.after_next, ctx.reach)
        role = later if later in lexicon().people_roles else None
    if role == "deployed" and span.counts_detail == _REPORTING_MEMBERS:
        # domain.md: 在职党员 report to their communities; they are no deployed cadres
        return "other"
    if (
        role in lexicon().people_roles
        and span.kind in _THING_KINDS
        and not _counts_people(span)
        and not (role == "deployed" and team)
    ):
        # "下沉到全县139个居民小区", "组建8个工作组": where or with what, not who was acted on
        # (but "选派17733支工作队": the teams sent are the deployment)
        return "other"
    if role == "deployed" and c.recruitment.search(text, ctx.lo, span.start):
        # "招聘1.2万余名大学生到村任职": hired by an exam for a post, not sent to it
        return "other"
    if role == "deployed" and c.training_destination.search(text, span.end, _going_end(ctx)):
        # "选派118名干部赴新加坡参加培训": sent to a course is trained
        return "trained"
    if role == "promoted" and c.tempering_destination.search(text, span.end, ctx.b):
        # "遴选130名干部到重点平台锻炼": selected to be tempered on a post is deployed
        return "deployed"
    if role is None and span.kind == "percentage" and c.rate_before.search(text, ctx.a, span.start):
        # "全市满意率为95.95%": a rate measured, no act named: a result
        return "result"
    return role or "other"


def _names_team(span: Span, ctx: _Context, c: FactContextPatterns) -> bool:
    """Whether a count counts teams formed of officials, named right after the number
    (17733支工作队, 10个工作组) or by its unit alone (8支): not a team word borrowed from
    elsewhere in the sentence (组建8个工作组，下沉到139个小区: 139 counts estates)."""
    lex = lexicon()
    if span.kind != "count" or span.counts not in lex.sent_teams:
        return False
    if lex.count_unit_labels.get(span.unit or "") in lex.sent_teams:
        return True
    after = ctx.text[span.end : span.end + MAX_COUNT_NOUN_GAP + 4]
    noun = c.count_noun.search(after)
    return (
        noun is not None
        and noun.start() <= MAX_COUNT_NOUN_GAP
        and lex.count_nouns[noun.group()] in lex.sent_teams
    )


def _in_post(
    span: Span, ctx: _Context, c: FactContextPatterns, verbs: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether a head count named by its posting is the subject of what people in post do
    ("12名选派干部依次登台比武", "数十万名驻村第一书记在岗"): the 选派 of its name is no act of
    the clause.  Not when an act done to them comes first (选派20名干部登台授课) or after
    (……登台领奖, 比武后被提拔)."""
    if any(ctx.lo <= v[0] and v[1] <= span.start for v in (*verbs, *ctx.words.named)):
        return False  # (驻村干部354人: named before their number, the count of a posting)
    # the act of this count, not of the next item of a list (……、脱产结对帮扶干部1054人)
    end = ctx.text.find(_LIST_SEP, span.end, ctx.hi)
    end = ctx.hi if end < 0 else end
    act = c.in_post.search(ctx.text, span.end, end)
    return act is not None and not any(act.end() <= v[0] and v[1] <= ctx.hi for v in verbs)


def _attending(span: Span, ctx: _Context, c: FactContextPatterns) -> bool:
    """Whether a head count's people attend a meeting, right after the count in its clause
    ("共计80余人参加会议", "50余人参加。"): in the room, not acted on; a course they attend
    ("90多人参加培训") is none."""
    return c.attending.match(ctx.text, span.end, ctx.b + 1) is not None


def _going_end(ctx: _Context) -> int:
    """Where the place a count of people went to ends: its clause, or the next one when
    that one opens with going (选派了300名业务骨干，分赴…自贸试验区跟班学习)."""
    rest = ctx.text[ctx.b :].lstrip(_OPENERS)
    going = _GOING.match(rest)
    if going is None:
        return ctx.b
    nxt = CLAUSE.search(ctx.text, len(ctx.text) - len(rest))
    return nxt.end() if nxt is not None else len(ctx.text)


def _counts_people(span: Span) -> bool:
    """Whether a count is of people (heads or person-times), by its unit or its label."""
    lex = lexicon()
    return (
        span.unit in PEOPLE_UNITS
        or span.counts in lex.people_labels
        or span.counts == _PERSON_TIMES
    )


def _duration_role(span: Span, ctx: _Context, c: FactContextPatterns) -> str:
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
    if c.time_taken.search(before) or c.time_taken_open.match(written):
        # "仅用了7天，我们完成了……": how fast the work was done
        return "result"
    if (c.time_taken_bare.search(before) or c.time_taken_bare_open.match(written)) and any(
        v[2] == "result" and v[0] >= span.end for v in ctx.words.verbs
    ):
        # "入户仅10天，全村……任务全部完成"
        return "result"
    if c.streak_open.match(written) and any(
        m["bottom"] is None for m in c.ranking_top.finditer(after)
    ):
        # "连续12个月获得全市第1名": the run at the top of a ranking is its outcome
        return "result"
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
    if not own and after.startswith(_OF):
        # "两个星期的全脱产培训": the length modifies the act named last in its phrase (培训,
        # not the 脱产 that qualifies it), whatever verb stands before ("下沉干部开展为期
        # 3天的培训" measures the course)
        end = min(ctx.b, span.end + len(_OF) + MAX_TERM_HEAD)
        head = sorted(v for v in (*words.verbs, *words.named) if span.end < v[0] and v[1] <= end)
        if head:
            role = head[-1][2]
    if role is None:
        role = _verb_role(words.named, ctx.lo, span.start, span.end, ctx.hi)
    if role is None and not c.window_after.match(after):
        # "选派干部担任第一书记，任期三年", "奔赴基层乡村，开展为期一年的……活动": a term in a
        # clause naming no act measures the act of the sentence, the nearest before it; a
        # look-back (三年来) measures no act
        role = _verb_role(words.verbs, 0, span.start, span.start, span.start)
    if role == "result" and c.term_open.match(written):
        # "为期3天的能力提升培训班": a term is no time taken; 提升 names the course
        acts = sorted(v for v in (*words.verbs, *words.named) if v[2] != "result")
        role = _verb_role(acts, ctx.lo, span.start, span.end, ctx.hi)
    if role is None and c.posting_term.search(text, ctx.a, ctx.b):
        # "任期两年", "以3年为帮扶工作周期": no act named, the term of a posting
        role = "deployed"
    # a length of time measures a term of work or training, or the work itself: never
    # a promotion, an award or a sanction ("问责……正好过去10天")
    return role if role in _TIMED_ROLES else "other"


def _batch_of(number: Span, span: Span) -> bool:
    """Whether ``number`` counts the batches ``span`` comes in (5批757名, 4批共200名)."""
    return number.unit in BATCH_UNITS and 0 <= span.start - number.end <= MAX_BATCH_GAP


def described(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans (in text order) with what they count and their role."""
    if not spans:
        return []
    c = fact_context_patterns()
    numbers = [s for s in spans if s.kind != "rank"]
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(text)]
    words = _named_after_numbers(text, numbers, _sentence_words(text, c), c)
    out = []
    for span in spans:
        a, b = next(((x, y) for x, y in clauses if x <= span.start < y), (0, len(text)))
        # a number before this one closes its window of verbs ("选派3名干部，培训40名"),
        # except the batches a head count comes in ("选派5批757名干部", "已选派干部4批200名"):
        # the verb before the batches governs the heads
        lo = max(
            (n.end for n in numbers if a <= n.end <= span.start and not _batch_of(n, span)),
            default=a,
        )
        hi = min((n.start for n in numbers if span.end <= n.start < b), default=b)
        # the clauses after a head count up to the clause of the next one ("并免去其中2名
        # ……的职务": its verb governs those 2) or a semicolon
        heads = [
            next((x for x, y in clauses if x <= n.start < y), n.start)
            for n in numbers
            if n.unit in PEOPLE_UNITS and n.start >= b
        ]
        stop = c.coordinate_break.search(text, span.end)
        reach = min([*heads, stop.start() if stop else len(text)])
        after_next = min((n.end for n in numbers if span.end <= n.start < b), default=b)
        ctx = _Context(text, a, b, lo, hi, words, after_next, reach)
        span = _counted_what(span, ctx, c)
        out.append(dc_replace(span, role=_role(span, ctx, c)))
    return out
