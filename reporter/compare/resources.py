"""Every regex of the comparison stage and the word lists they are built from.

Word lists are data (``reporter/data/compare_lexicon.toml``), loaded and validated once;
the patterns built from them are compiled once (``functools.cache``).  Mechanism cues live
in the taxonomy file (:mod:`reporter.compare.taxonomy`).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from reporter.text.resources import HAN_COMMON

LEXICON_NAME = "reporter/data/compare_lexicon.toml"


class LexiconError(ValueError):
    """The packaged word lists are broken (a packaging bug, never user input)."""


@dataclass(frozen=True)
class Lexicon:
    official_terms: tuple[str, ...]
    count_units: tuple[str, ...]
    area_units: dict[str, tuple[str, float]]  # as written -> (canonical unit, factor)
    duration_prefixes: tuple[str, ...]
    change_verbs: tuple[str, ...]
    change_units: tuple[str, ...]
    output_measures: tuple[str, ...]  # a firm's or an economy's output, no cadre result
    ranks: dict[str, str]  # as written -> label
    # What a number counts and the role it plays (brief.json's `counts` and `role`).
    count_nouns: dict[str, str]  # word as written -> label ("在职党员" -> "党员")
    count_unit_labels: dict[str, str]  # unit -> label when no word names it ("户" -> "户")
    role_words: dict[str, str]  # word as written -> role ("选派" -> "deployed")
    target_markers: tuple[str, ...]
    weight_before: tuple[str, ...]
    weight_context: tuple[str, ...]
    part_of: tuple[str, ...]
    people_labels: frozenset[str]
    either_labels: frozenset[str]
    noun_breaks: tuple[str, ...]
    deadline_after: tuple[str, ...]
    window_after: tuple[str, ...]
    window_lead: tuple[str, ...]
    window_past: tuple[str, ...]
    limit_before: tuple[str, ...]
    limit_after: tuple[str, ...]
    limit_open: tuple[str, ...]
    not_limit_before: tuple[str, ...]
    training_destination: tuple[str, ...]
    tempering_destination: tuple[str, ...]
    recruitment: tuple[str, ...]
    in_post_acts: tuple[str, ...]
    attendance_verbs: tuple[str, ...]
    attended_events: tuple[str, ...]
    posting_terms: tuple[str, ...]
    term_open: tuple[str, ...]
    time_taken: tuple[str, ...]
    time_taken_bare: tuple[str, ...]
    streak_open: tuple[str, ...]
    ranking_top: tuple[str, ...]
    ranking_bottom: tuple[str, ...]
    people_roles: frozenset[str]
    sent_teams: frozenset[str]
    rate_words: tuple[str, ...]
    list_joiners: tuple[str, ...]
    anniversaries: tuple[str, ...]
    not_acts: tuple[str, ...]
    amount_verbs: frozenset[str]
    share_open: tuple[str, ...]
    award_received: tuple[str, ...]
    award_complete: tuple[str, ...]
    destination_markers: tuple[str, ...]
    task_terms: tuple[str, ...]
    practice_suffixes: tuple[str, ...]
    practice_unquoted_suffixes: tuple[str, ...]
    practice_generic: frozenset[str]
    practice_launch_verbs: tuple[str, ...]
    stopwords: frozenset[str]


def _words(data: dict[str, Any], section: str, key: str) -> tuple[str, ...]:
    value = data.get(section, {}).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{LEXICON_NAME}: [{section}] {key} must be a non-empty list of strings")
    return tuple(value)


# The roles a clause's verb can give a number, in the order a word listed under two roles
# is resolved (the first wins); "result" last: 提升 in "能力提升培训班" is training.
FACT_ROLES = ("deployed", "promoted", "trained", "adjusted", "awarded", "result")


def _labelled_words(data: dict[str, Any], section: str) -> dict[str, str]:
    """A table ``label = [words]`` as word -> label; a word under two labels keeps the
    first."""
    table = data.get(section)
    if not isinstance(table, dict) or not table:
        raise LexiconError(f"{LEXICON_NAME}: [{section}] must be a table of word lists")
    out: dict[str, str] = {}
    for label in table:
        for word in _words(data, section, label):
            out.setdefault(word, label)
    return out


def _string_table(data: dict[str, Any], section: str) -> dict[str, str]:
    table = data.get(section)
    if (
        not isinstance(table, dict)
        or not table
        or not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in table.items())
    ):
        raise LexiconError(f"{LEXICON_NAME}: [{section}] must map words to labels")
    return dict(table)


def _role_words(data: dict[str, Any]) -> dict[str, str]:
    table = data.get("fact_roles")
    if not isinstance(table, dict) or set(table) != set(FACT_ROLES):
        raise LexiconError(
            f"{LEXICON_NAME}: [fact_roles] must list exactly {', '.join(FACT_ROLES)}"
        )
    out: dict[str, str] = {}
    for role in FACT_ROLES:
        for word in _words(data, "fact_roles", role):
            out.setdefault(word, role)
    return out


def parse_lexicon(text: str) -> Lexicon:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{LEXICON_NAME}: not valid TOML: {exc}") from exc
    areas_raw = data.get("facts", {}).get("area_units")
    if not isinstance(areas_raw, dict) or not areas_raw:
        raise LexiconError(f"{LEXICON_NAME}: [facts] area_units must be a table")
    areas: dict[str, tuple[str, float]] = {}
    for written, spec in areas_raw.items():
        if (
            not isinstance(spec, list)
            or len(spec) != 2
            or not isinstance(spec[0], str)
            or not isinstance(spec[1], int | float)
        ):
            raise LexiconError(f"{LEXICON_NAME}: area unit {written!r} must be [unit, factor]")
        areas[written] = (spec[0], float(spec[1]))
    ranks = data.get("ranks")
    if (
        not isinstance(ranks, dict)
        or not ranks
        or not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in ranks.items())
    ):
        raise LexiconError(f"{LEXICON_NAME}: [ranks] must map words to labels")
    return Lexicon(
        official_terms=_words(data, "facts", "official_terms"),
        count_units=_words(data, "facts", "count_units"),
        area_units=areas,
        duration_prefixes=_words(data, "facts", "duration_prefixes"),
        change_verbs=_words(data, "facts", "change_verbs"),
        change_units=_words(data, "facts", "change_units"),
        output_measures=_words(data, "facts", "output_measures"),
        ranks=dict(ranks),
        count_nouns=_labelled_words(data, "fact_counts"),
        count_unit_labels=_string_table(data, "fact_count_units"),
        role_words=_role_words(data),
        target_markers=_words(data, "fact_markers", "target"),
        weight_before=_words(data, "fact_markers", "weight_before"),
        weight_context=_words(data, "fact_markers", "weight_context"),
        part_of=_words(data, "fact_markers", "part_of"),
        people_labels=frozenset(_words(data, "fact_markers", "people_labels")),
        either_labels=frozenset(_words(data, "fact_markers", "either_labels")),
        noun_breaks=_words(data, "fact_markers", "noun_breaks"),
        deadline_after=_words(data, "fact_markers", "deadline_after"),
        window_after=_words(data, "fact_markers", "window_after"),
        window_lead=_words(data, "fact_markers", "window_lead"),
        window_past=_words(data, "fact_markers", "window_past"),
        limit_before=_words(data, "fact_markers", "limit_before"),
        limit_after=_words(data, "fact_markers", "limit_after"),
        limit_open=_words(data, "fact_markers", "limit_open"),
        not_limit_before=_words(data, "fact_markers", "not_limit_before"),
        training_destination=_words(data, "fact_markers", "training_destination"),
        tempering_destination=_words(data, "fact_markers", "tempering_destination"),
        recruitment=_words(data, "fact_markers", "recruitment"),
        in_post_acts=_words(data, "fact_markers", "in_post_acts"),
        attendance_verbs=_words(data, "fact_markers", "attendance_verbs"),
        attended_events=_words(data, "fact_markers", "attended_events"),
        posting_terms=_words(data, "fact_markers", "posting_terms"),
        term_open=_words(data, "fact_markers", "term_open"),
        time_taken=_words(data, "fact_markers", "time_taken"),
        time_taken_bare=_words(data, "fact_markers", "time_taken_bare"),
        streak_open=_words(data, "fact_markers", "streak_open"),
        ranking_top=_words(data, "fact_markers", "ranking_top"),
        ranking_bottom=_words(data, "fact_markers", "ranking_bottom"),
        people_roles=frozenset(_words(data, "fact_markers", "people_roles")),
        sent_teams=frozenset(_words(data, "fact_markers", "sent_teams")),
        rate_words=_words(data, "fact_markers", "rate_words"),
        list_joiners=_words(data, "fact_markers", "list_joiners"),
        anniversaries=_words(data, "fact_markers", "anniversary"),
        not_acts=_words(data, "fact_markers", "not_acts"),
        amount_verbs=frozenset(_words(data, "fact_markers", "amount_verbs")),
        share_open=_words(data, "fact_markers", "share_open"),
        award_received=_words(data, "fact_markers", "award_received"),
        award_complete=_words(data, "fact_markers", "award_complete"),
        destination_markers=_words(data, "localities", "destination_markers"),
        task_terms=_words(data, "where", "task_terms"),
        practice_suffixes=_words(data, "practices", "suffixes"),
        practice_unquoted_suffixes=_words(data, "practices", "unquoted_suffixes"),
        practice_generic=frozenset(_words(data, "practices", "generic")),
        practice_launch_verbs=_words(data, "practices", "launch_verbs"),
        stopwords=frozenset(_words(data, "similarity", "stopwords")),
    )


@functools.cache
def lexicon() -> Lexicon:
    text = (
        importlib_resources.files("reporter")
        .joinpath("data/compare_lexicon.toml")
        .read_text("utf-8")
    )
    return parse_lexicon(text)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """An alternation that tries longer words first, so 处科级 wins over 科级 (and
    街道办事处 over 街道); the comparison stage's word lists all become patterns this way."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- sentences

# A clause: a counted number belongs to the officials named in its clause.
# Characters of an item's name between a list's joiner and its number ("、“脱贫攻坚工作先进
# 单位”30个"): a quoted title of an award is up to about sixteen.
MAX_NAMED_ITEM = 16
CLAUSE = re.compile(r"[^，。；：！？,;:!?]+")
CJK = re.compile(f"[{HAN_COMMON}]")
# What ``\d`` matches: a text without one cannot match a pattern that needs a digit.
DIGIT = re.compile(r"\d")
# A statistic of people ("选派120名", "2.3万人次"): in the clause of a cue it marks an act
# done to counted officials, not a word used in passing.  Arabic digits only: "一名干部说"
# is an anecdote, not a statistic.
PEOPLE_COUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:多|余)?万?(?:多|余)?(?:名|人次|人|位)(?!数)")
# A whole level named before a number of its clause ("全省2900多名驻村第一书记", "全市共
# 选派500名干部"): the number counts that level (group 1: 省, 市, 州, 盟, 区), not the county
# the story is about.  Not a rank among peers ("在全省率先", "居全市第一", "全省首个").
SCOPE_WORD = re.compile(
    r"(?<![在为向到赴居列于占比与])全(省|市|州|盟|区)(?!率先|首|第一|前列|前茅|排名|领先)"
)
# A word worth comparing articles on: two or more Chinese characters.
CJK_WORD = re.compile(f"[{HAN_COMMON}]{{2,}}")
# The same, as whole lines of words joined by "\n": a sentence's words filtered in one call.
CJK_WORD_LINE = re.compile(f"^[{HAN_COMMON}]{{2,}}$", re.MULTILINE)
# A mechanism id in a taxonomy file.
MECHANISM_ID = re.compile(r"[a-z][a-z0-9_]*")

# --------------------------------------------------------------------------- numbers

NUM_AR = r"\d+(?:\.\d+)?"
CN_DIGITS = "零〇一二两三四五六七八九十百千"
NUM_CN = f"[{CN_DIGITS}]+"
# A Chinese numeral that may run to 万 and 亿 ("一万二千", "三百", "两千"), starting with a
# digit or 十 so that a bare "千名干部" or "万人" (slogans) is no number.
NUM_CN_BIG = f"[一二两三四五六七八九十](?:[{CN_DIGITS}万亿]*[{CN_DIGITS}万])?"
# A calendar year ("从2021年的8万元增长到2023年的56万元"): never one end of a change.
YEAR = r"(?:19|20)\d{2}年"
# The lower end of a range ("1至2年", "1至3家"): the fact keeps the upper end as its value and
# is flagged approximate; its text shows the whole range.
RANGE_LOW = "(?:至|到|-|～|~|—)"
# A space may stand between a number and its unit: portals that space Latin from Chinese
# print "选派 20 名干部" and "3000 万元", and the number is the same.
_QTY = r" ?(?P<q1>多|余)?(?P<mult>千万|百万|万|亿)?(?P<q2>多|余)?"
# Hedges around a number that make it approximate or a bound ("约390万平方米", "超过3000名",
# "100人左右", "95%以上"): the number is kept as written, the fact is flagged approximate.
APPROX_BEFORE = re.compile(r"(?:约|大约|近|将近|超过|逾)$")
APPROX_AFTER = re.compile(r"^(?:左右|上下|以上|以下|之多)")


# Units after which a Chinese numeral is read as a count: people, households and teams.
CN_COUNT_UNITS = ("名", "人", "位", "人次", "户", "支")
# ... and these only when a naming word of the lexicon follows ("三个工作组", "两个重点项目
# 建设指挥部"): "三个一", "五项清单", "四个意识" are names of practices, not counts.
CN_NAMED_UNITS = ("个", "项", "家")


@dataclass(frozen=True)
class FactPatterns:
    change: re.Pattern[str]
    money: re.Pattern[str]
    area: re.Pattern[str]
    percent: re.Pattern[str]
    duration: re.Pattern[str]
    frequency: re.Pattern[str]
    counted: re.Pattern[str]
    rank: re.Pattern[str]
    official_context: re.Pattern[str]
    # A head count in Chinese numerals ("选派三百名干部", "两千余名", "一万二千名").
    counted_cn: re.Pattern[str]
    # An anniversary ("建党百年", "70周年"): a date, never a duration.
    anniversary: re.Pattern[str]


@functools.cache
def fact_patterns() -> FactPatterns:
    lex = lexicon()
    pre = alternation(lex.duration_prefixes)
    unit_after = rf"(?:{alternation(lex.change_units)})"

    # One end of a change: an optional ordinal 第 (a rank position), a number that is not
    # part of a longer number or a year, and its unit.
    def end(g: str) -> str:
        return rf"(?P<{g}o>第)?(?<![\d.])(?!{YEAR})(?P<{g}>{NUM_AR})(?P<{g}u>{unit_after})?"

    return FactPatterns(
        change=re.compile(
            rf"(?:从|由)[^，。；从由]{{0,10}}?{end('b')}"
            rf"[^，。；]{{0,10}}?(?P<verb>{alternation(lex.change_verbs)})(?:到|至|为)?"
            rf"(?:{YEAR}|[^，。；\d]){{0,10}}?{end('a')}"
        ),
        money=re.compile(rf"(?<![\d.])(?P<num>{NUM_AR}){_QTY}元"),
        area=re.compile(
            rf"(?<![\d.])(?P<num>{NUM_AR}){_QTY}(?P<unit>{alternation(list(lex.area_units))})"
        ),
        percent=re.compile(
            rf"(?<![\d.])(?P<num>{NUM_AR}) ?(?:(?P<pp>个?百分点)|[%％])|百分之(?P<cn>{NUM_CN})"
        ),
        duration=re.compile(
            rf"(?P<pre>{pre})?(?<![每第\d.上下前后])(?P<lo>(?:{NUM_AR}|{NUM_CN}){RANGE_LOW})?(?:"
            rf"(?P<mnum>{NUM_AR}|{NUM_CN})(?P<mq>多|余)?个(?P<mhalf>半)?(?P<mq2>多)?月"
            rf"|(?P<ynum>\d{{1,2}}|{NUM_CN})(?P<yq>多|余)?年(?P<half>半)?(?:之久|时间|多)?"
            rf"|(?P<halfyear>半年)"
            rf"|(?P<dnum>{NUM_AR}|(?!一天){NUM_CN})(?P<dq>多|余)?天"
            rf"|(?P<wnum>{NUM_AR}|{NUM_CN})个?(?:周|星期)(?!年|岁)"
            rf"|(?P<snum>{NUM_AR}|{NUM_CN})(?P<sq>多|余)?个?学时"
            rf"|(?P<hnum>{NUM_AR}|{NUM_CN})个?小时)"
        ),
        frequency=re.compile(
            rf"每(?:(?P<num>{NUM_AR}|{NUM_CN})个?)?(?P<unit>半年|半月|季度|季|年|月|周|星期|天|日|旬)"
            # "一周一例会、一月一督查、一季一评比": once per period, not a duration
            rf"|一(?P<unit1>季度|季|年|月|周|旬)一(?=[{HAN_COMMON}])"
        ),
        counted=re.compile(
            # 第3批, 排名前10位, 后3位 (第 3 名 spaced too): positions, not counts
            rf"(?<![\d.第前后])(?<![第前后] )(?P<lo>{NUM_AR}{RANGE_LOW})?(?P<num>{NUM_AR}){_QTY}"
            rf"(?P<unit>{alternation(lex.count_units)})(?!月)"
        ),
        rank=re.compile(alternation(list(lex.ranks))),
        official_context=re.compile(alternation(lex.official_terms)),
        counted_cn=re.compile(
            # 第三名, 前三名: positions; 一名 is an anecdote ("一名干部说"), dropped later
            rf"(?<![第前后{CN_DIGITS}万亿])(?P<num>{NUM_CN_BIG})(?P<q>多|余)?"
            rf"(?P<unit>{alternation(CN_COUNT_UNITS + CN_NAMED_UNITS)})(?![{CN_DIGITS}])"
        ),
        anniversary=re.compile(
            rf"{alternation(lex.anniversaries)}|(?<![\d.])(?:\d{{1,3}}|{NUM_CN})周年"
        ),
    )


@dataclass(frozen=True)
class FactContextPatterns:
    """What a found number counts and the role it plays, read from the words around it
    (not fact extractors: kept out of the taxonomy's prefilter)."""

    count_noun: re.Pattern[str]
    role_word: re.Pattern[str]
    target: re.Pattern[str]
    weight_before: re.Pattern[str]
    weight_context: re.Pattern[str]
    part_of: re.Pattern[str]
    noun_break: re.Pattern[str]
    deadline_after: re.Pattern[str]
    window_after: re.Pattern[str]
    # what may stand before a look-back window opening its clause (对近3年, 过去一年间)
    window_open: re.Pattern[str]
    # a limit a rule sets: 不少于20天, 两年以上, 满五年 (not 刚满10天)
    limit_before: re.Pattern[str]
    limit_after: re.Pattern[str]
    limit_open: re.Pattern[str]  # 满 (matched at the end of the text before the number)
    not_limit_before: re.Pattern[str]  # 刚 of 刚满: time elapsed, no limit
    training_destination: re.Pattern[str]
    # 到重点平台锻炼: a selection sent somewhere to be tempered
    tempering_destination: re.Pattern[str]
    # 招聘, 招录: people hired before a count, never sent
    recruitment: re.Pattern[str]
    # 满意率, 增速: a share named as a rate before it in its clause
    rate_before: re.Pattern[str]
    # 登台, 在岗: what people already in post do, said of a head count named by its posting
    in_post: re.Pattern[str]
    # 任期, 帮扶工作: the length of time in the clause is the term of a posting
    posting_term: re.Pattern[str]
    # 为期: a length of time that is a term, never the time the work took
    term_open: re.Pattern[str]
    # 仅用了: the length of time after it is how fast the work was done
    time_taken: re.Pattern[str]
    time_taken_open: re.Pattern[str]  # the same words opening the span (仅用25天)
    time_taken_bare: re.Pattern[str]  # 仅: how fast only when a result follows
    time_taken_bare_open: re.Pattern[str]
    # 连续: a run of periods, a result when its clause names the top of a ranking
    streak_open: re.Pattern[str]
    ranking_top: re.Pattern[str]
    # the text between two numbers of one list ("个文明科室和"): no verb of its own
    list_link: re.Pattern[str]
    # the same in a list whose items are named before their numbers ("、“先进单位”")
    list_link_named: re.Pattern[str]
    # a quoted name (“虞青学习社”): its words are no verbs of the clause
    quoted: re.Pattern[str]
    # a word holding a role word that is no act (交流发言, 调整配备): blanked like a name
    not_act: re.Pattern[str]
    # a clause giving the share of the figure before it ("占年度任务的72.33%")
    share_open: re.Pattern[str]
    # an award received after the count of its recipients ("3支代表队获得二等奖")
    award_after: re.Pattern[str]
    # a semicolon: the clauses after it have a subject of their own ("下沉仓山区…16人助力
    # 流调；在闽侯县…统筹79名队员")
    coordinate_break: re.Pattern[str]
    # right after a head count, its people attending a meeting (80余人参加会议, 50余人参加。)
    attending: re.Pattern[str]


@functools.cache
def fact_context_patterns() -> FactContextPatterns:
    lex = lexicon()
    return FactContextPatterns(
        count_noun=re.compile(alternation(list(lex.count_nouns))),
        role_word=re.compile(alternation(list(lex.role_words))),
        # 计划投资800亿元 is a goal; 占年度计划的68% is progress against one, and "按照计划，"
        # names a plan carried out; a programme named before the list of its parts (“五个一批”
        # 干部培养计划（……）) is a noun, no goal of the numbers after it (while a plan's
        # document, 《……工作计划》明确, sets the goals that follow); the marker ending an
        # organ's name (市自然资源和规划局, 发展计划委员会) is part of a name, no plan
        target=re.compile(
            rf"(?:{alternation(lex.target_markers)})"
            r"(?![的，,。；;（(]|(?:局|厅|委|署|司|处|科|院|所|办公室))"
        ),
        # "成绩占50%", "占总成绩的30%", "按40%的权重": the marker up to four characters before
        weight_before=re.compile(rf"(?:{alternation(lex.weight_before)})[^，。；\d]{{0,4}}$"),
        weight_context=re.compile(alternation(lex.weight_context)),
        part_of=re.compile(rf"^(?:{alternation(lex.part_of)})"),
        noun_break=re.compile(alternation(lex.noun_breaks)),
        deadline_after=re.compile(rf"^(?:{alternation(lex.deadline_after)})"),
        window_after=re.compile(rf"^(?:{alternation(lex.window_after)})"),
        window_open=re.compile(
            rf"(?:{alternation(lex.window_lead)})?(?P<past>{alternation(lex.window_past)})?"
        ),
        limit_before=re.compile(rf"(?:{alternation(lex.limit_before)})$"),
        limit_after=re.compile(rf"^(?:{alternation(lex.limit_after)})"),
        limit_open=re.compile(rf"(?:{alternation(lex.limit_open)})$"),
        not_limit_before=re.compile(rf"(?:{alternation(lex.not_limit_before)})$"),
        training_destination=re.compile(alternation(lex.training_destination)),
        term_open=re.compile(rf"^(?:{alternation(lex.term_open)})"),
        time_taken=re.compile(rf"(?:{alternation(lex.time_taken)})[了时]?$"),
        time_taken_open=re.compile(rf"^(?:{alternation(lex.time_taken)})"),
        time_taken_bare=re.compile(rf"(?:{alternation(lex.time_taken_bare)})$"),
        time_taken_bare_open=re.compile(rf"^(?:{alternation(lex.time_taken_bare)})(?!用|花)"),
        streak_open=re.compile(rf"^(?:{alternation(lex.streak_open)})"),
        # a top place not right after a bottom word (倒数第一)
        ranking_top=re.compile(
            rf"(?P<bottom>{alternation(lex.ranking_bottom)})?(?:{alternation(lex.ranking_top)})"
        ),
        in_post=re.compile(alternation(lex.in_post_acts)),
        posting_term=re.compile(alternation(lex.posting_terms)),
        tempering_destination=re.compile(
            rf"(?:到|赴)[^，,；;。]{{0,12}}(?:{alternation(lex.tempering_destination)})"
        ),
        recruitment=re.compile(alternation(lex.recruitment)),
        rate_before=re.compile(alternation(lex.rate_words)),
        # a unit and a short naming word, then a joiner: nothing that could be a verb
        list_link=re.compile(rf"^[^，,；;：:。\d]{{0,8}}(?:{alternation(lex.list_joiners)})$"),
        list_link_named=re.compile(
            rf"^(?:{alternation(lex.list_joiners)})[^，,；;：:。\d]{{0,{MAX_NAMED_ITEM}}}$"
        ),
        quoted=re.compile(r"[“「『‘\"][^“”「」『』‘’\"\n]{1,20}[”」』’\"]"),
        not_act=re.compile(alternation(lex.not_acts)),
        share_open=re.compile(rf"^(?:{alternation(lex.share_open)})"),
        coordinate_break=re.compile(r"[；;]"),
        # the verb, then 了 and up to eight characters naming the event, or the clause's end
        attending=re.compile(
            rf"(?:{alternation(lex.attendance_verbs)})了?"
            rf"(?:[^，,；;。]{{0,8}}?(?:{alternation(lex.attended_events)})|(?=[，,；;。]|$))"
        ),
        # the award word within a short stretch after the receiving verb (获省委、省政府
        # 通报表彰): twelve characters hold the awarding body
        award_after=re.compile(
            rf"(?:{alternation(lex.award_received)})[^，,；;。]{{0,12}}?"
            rf"(?:{alternation([w for w, r in lex.role_words.items() if r == 'awarded'])})"
            rf"|{alternation(lex.award_complete)}"
        ),
    )


# --------------------------------------------------------------------------- localities


@functools.cache
def destination_before() -> re.Pattern[str]:
    """Matches when a text ends with a destination marker ("赴", "到")."""
    return re.compile(rf"(?:{alternation(lexicon().destination_markers)})$")


# --------------------------------------------------------------------------- where / practices

QUOTED = re.compile(r"[“「『‘\"](?P<q>[^“”「」『』‘’\"\n]{2,16})[”」』’\"]")
# A practice name led by a number: “五个一”, “三项清单”, “1+3+X” (short: a slogan, not a
# quoted sentence).
NUMBERED_NAME = re.compile(rf"^(?:[{CN_DIGITS}]+|\d+)(?:[个项条张单支大]|\+)[\w+]{{0,6}}$")
# Unquoted words right after a quoted name that may complete it (“作风能力提升年”活动).
MAX_PRACTICE_TAIL_CHARS = 8
PRACTICE_TAIL = re.compile(rf"[{HAN_COMMON}]{{1,{MAX_PRACTICE_TAIL_CHARS}}}")
# What a practice name may consist of: Chinese characters, digits, letters and "+".
NAME_CHARS = re.compile(f"[{HAN_COMMON}0-9A-Za-z+]+")


@dataclass(frozen=True)
class PracticePatterns:
    unquoted: re.Pattern[str]
    quoted_suffix: re.Pattern[str]
    task: re.Pattern[str]


@functools.cache
def practice_patterns() -> PracticePatterns:
    lex = lexicon()
    return PracticePatterns(
        unquoted=re.compile(
            rf"(?:{alternation(lex.practice_launch_verbs)})了?"
            rf"(?P<name>[{HAN_COMMON}]{{2,8}}?(?:{alternation(lex.practice_unquoted_suffixes)}))"
        ),
        quoted_suffix=re.compile(rf"(?:{alternation(lex.practice_suffixes)})$"),
        task=re.compile(alternation(lex.task_terms)),
    )
