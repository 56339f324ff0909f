"""The patterns of where a place stands in a text, for the primary locality
(:mod:`reporter.compare.locality`, :mod:`.actors`, :mod:`.towns`): towns and villages
after their county, towns before their organ or their act, a quoted official, a relayed
meeting.  Built from the ``[actor]`` word lists of ``reporter/data/places.toml``, once
per list; kept apart from :mod:`reporter.compare.resources`, whose other stages'
patterns fill it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from reporter.compare.resources import alternation
from reporter.text.gazetteer import PlaceMention
from reporter.text.gazetteer_table import places_data
from reporter.text.resources import HAN_COMMON

# A town's own name before its suffix: two to four characters (华埠镇, 大沥镇, 七百弄乡;
# one character would be a piece of a word: 各镇, 全乡).
TOWN_STEM_MIN_CHARS, TOWN_STEM_MAX_CHARS = 2, 4
# The one-character words a town's two-character name may follow directly (向大沥镇党委
# 汇报, 在华埠镇党委): prepositions and conjunctions.  After any other character the two
# characters may be the tail of a longer name (山|嘴子镇党委, 白|塔子镇).
TOWN_LEAD_CHARS = frozenset("在向到赴对与和及由经据将把被让给从至同跟为于是")


# Two levels written together name all units of those levels (青川重灾乡镇: the county's
# hard-hit townships; 各镇街), never one town: a suffix that opens such a pair after its
# "stem" (重灾|乡镇) is no town's.  镇街道 is not one: it is an old town's street office
# (嘉定镇街道).
LEVEL_PAIR = re.compile(r"乡镇|镇乡|街镇|镇街(?!道)")


# The town patterns of reporter.compare.locality are built from the ``[actor]`` word lists
# of ``reporter/data/places.toml`` it reads, once per list.
@functools.cache
def town_after_place(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """At a position right after a county or district: a town and its suffix
    (开化县|华埠镇), the shortest stem that ends in a suffix."""
    return re.compile(
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS},{TOWN_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{alternation(suffixes)})"
    )


@functools.cache
def town_in_head(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Anywhere: a town's two- or three-character stem and its suffix (督查|南湖洲镇|防汛,
    到|大庙镇|开展), the stem's start left to the caller to check (it must follow a word's
    end); a level starting a word with what follows (乡村, 镇街) is :data:`LEVEL_PAIR`'s
    and the caller's."""
    return re.compile(
        rf"(?=(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS},{HEAD_TOWN_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{alternation(suffixes)}))"
    )


# A town the headline or lead names without its county (深入南湖洲镇督查): two or three
# characters of stem (most towns' names); a longer run is a phrase's tail more often.
HEAD_TOWN_STEM_MAX_CHARS = 3


# What ends a headline's label (宁夏吴忠：…): the title names its subject, then what it did.
HEADLINE_LABEL_END = re.compile(r"[：:]")


@functools.cache
def label_town(zones: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """What may follow the places of a headline's label: a town, maybe after the zone it
    lies in (南通|开发区|小海街道：…), named as the headline's subject."""
    return re.compile(
        rf"(?:{alternation(zones)})?"
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS},{TOWN_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{alternation(suffixes)})"
    )


@functools.cache
def town_before_organ(suffixes: tuple[str, ...], organs: tuple[str, ...]) -> re.Pattern[str]:
    """A town named by its own organ (大沥镇委书记, 华埠镇党委): a two-character stem, the
    suffix and the organ; a street office is named after its street (南大街街道党工委,
    解放路街道办事处), whose name ends in 街 or 路 after one or two characters."""
    street = rf"[{HAN_COMMON}]{{1,{TOWN_STEM_MIN_CHARS}}}[街路](?=街道)"
    return re.compile(
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS}}}|{street})(?P<suffix>{alternation(suffixes)})"
        rf"(?:{alternation(organs)})"
    )


@functools.cache
def town_reference(
    level: str, organs: tuple[str, ...], prefixes: tuple[str, ...]
) -> re.Pattern[str]:
    """A town referred to by its level without its name (全乡, 该镇, 镇党委, 乡长, 乡直单位):
    the level character after a prefix, or before an organ or post.  A level character
    next to another (乡镇, 城镇, 全乡镇) or after 各 (各镇党委书记) names every town."""
    return re.compile(
        rf"(?:{alternation(prefixes)}){level}(?![乡镇村街])|(?<![乡镇城村各市县区]){level}(?:{alternation(organs)})"
    )


# A quoted official's name: two to four characters (刘晓伶, 欧阳晓峰); the characters
# between a relay marker and its scope word (收看|第十二届|全省: a few words).
SPEAKER_NAME_MIN_CHARS, SPEAKER_NAME_MAX_CHARS, RELAY_SCOPE_GAP = 2, 4, 8


@functools.cache
def quoted_official(posts: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """Right after a place's organ: a person's post, name and a verb of speech
    (交城县委组织部|副部长刘晓伶说): an official quoted, not the organ acting."""
    name = rf"[{HAN_COMMON}]{{{SPEAKER_NAME_MIN_CHARS},{SPEAKER_NAME_MAX_CHARS}}}"
    return re.compile(rf"(?:{alternation(posts)}){name}(?:{alternation(verbs)})")


@functools.cache
def relayed_meeting(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A division watching a meeting of the level above (收听收看全省…视频会议): the marker,
    then in its clause the scope word whose level (``level``) says whose meeting it is."""
    gap = rf"[^，。！？；\n]{{0,{RELAY_SCOPE_GAP}}}?"
    return re.compile(rf"(?:{alternation(markers)}){gap}全(?P<level>[省市州区])")


# The words between a study tour's destination and its act (赴合肥市|进行|学习考察, 赴茂名市
# |开展“百千万工程”|学习考察): a verb of doing and a short theme, inside the clause.
STUDY_TOUR_GAP = 12


@functools.cache
def study_tour_after(acts: tuple[str, ...]) -> re.Pattern[str]:
    """Right after a destination: the act of a study tour in its clause (…|进行学习考察)."""
    return re.compile(rf"[^，。！？；,;\n]{{0,{STUDY_TOUR_GAP}}}?(?:{alternation(acts)})")


# A town opening a clause may have a longer name (成吉思汗大街街道, 新华路街道: a street
# office is named after its street); six characters cover the street names seen.
TOWN_SUBJECT_STEM_MAX_CHARS = 6


@functools.cache
def town_opening_clause(
    suffixes: tuple[str, ...], actions: tuple[str, ...], clause_starts: str
) -> re.Pattern[str]:
    """A town with a three- to six-character stem opening a clause (after a line start or
    punctuation) before what it does: 近日，成吉思汗大街街道开展….  Shorter stems are
    :func:`town_before_organ`'s."""
    return re.compile(
        rf"(?:^|(?<=[{re.escape(clause_starts)}]))"
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS + 1},{TOWN_SUBJECT_STEM_MAX_CHARS}}}?)"
        rf"(?P<suffix>{alternation(suffixes)})(?:{alternation(actions)})"
    )


@functools.cache
def town_subject(
    suffixes: tuple[str, ...], clause_starts: str, longest: int = TOWN_STEM_MIN_CHARS
) -> re.Pattern[str]:
    """A town with a two-character stem (up to ``longest``) opening a clause, whatever
    follows (，白琳镇针对…, 近年来，岔路镇共选聘…); one of a list (岔路镇、前童镇) is no
    sole subject."""
    return re.compile(
        rf"(?:^|(?<=[{re.escape(clause_starts)}]))"
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS},{longest}}}?)"
        rf"(?P<suffix>{alternation(suffixes)})(?![、和与及])"
    )


@functools.cache
def street_opening_clause(clause_starts: str) -> re.Pattern[str]:
    """A street office opening a clause, whatever follows (，镇江路街道于2月20日组织…,
    人民街街道按照…要求, 永中街道是…): 街道 after a name is no verb's or phrase's
    ending, as 乡 and 镇 may be (城乡, 乡镇), so the name is the clause's subject."""
    return re.compile(
        rf"(?:^|(?<=[{re.escape(clause_starts)}]))"
        rf"(?P<stem>[{HAN_COMMON}]{{{TOWN_STEM_MIN_CHARS},{TOWN_SUBJECT_STEM_MAX_CHARS}}}?)"
        # one of a list (禹王街道、堵城镇、农业局等单位作了发言) is no sole subject
        r"(?P<suffix>街道)(?![、和与及])"
    )


@functools.cache
def street_subject(clause_starts: str, organs: tuple[str, ...]) -> re.Pattern[str]:
    """街道 alone opening a clause (。街道上下勠力同心, ，街道实现…): the street office
    the article named writing of itself, as 全乡 does for a town; before its organ
    (街道党工委) it is :func:`town_reference`'s.  Listed after a town's level (各乡（镇、
    街道）, 各镇（街道）) it names the level, every town and street office, not one."""
    return re.compile(
        rf"(?:^|(?<=[{re.escape(clause_starts)}]))(?<!{LEVEL_LIST_BEFORE_STREET})街道"
        rf"(?!{alternation(organs)}|办)"
    )


# A town's level and a list's joiner or bracket right before 街道 (乡（镇、街道）,
# 各镇（街道）): the levels listed, not one street office writing of itself.
LEVEL_LIST_BEFORE_STREET = r"[乡镇][、（(/]"


# Where a clause ends, for reading what an organ does in its own clause (a list of posts
# joined by 、 stays inside it: 市委常委、统战部长林万明到洛江区检查).
CLAUSE_END = re.compile(r"[，。！？；：\n,!?;:]")

# The name of a zone between its city and its suffix (资阳|临空|经济区, 武汉|东湖|高新区).
ZONE_STEM_CHARS = 2
ZONE_STEM = re.compile(rf"[{HAN_COMMON}]{{{ZONE_STEM_CHARS}}}")


@functools.cache
def document_number(abbreviations: str) -> re.Pattern[str]:
    """The number of a provincial organ's document (鄂办发〔2015〕43号, 浙委发[2019]1号,
    苏组通（2020）5号): the province's abbreviation (``abbr``), the issuing organ's one to
    three characters, then the year in brackets."""
    return re.compile(
        rf"(?P<abbr>[{re.escape(abbreviations)}])[{DOCUMENT_ORGAN_CHARS}]{{1,3}}"
        r"[〔\[（(【]\d{4}[〕\]）)】]"
    )


# What a document number's issuing organ is written with (办发 the general office, 委发
# the Party committee, 组通 the organisation department, 政发 and 府办 the government).
DOCUMENT_ORGAN_CHARS = "办委政组发通字纪函府厅人电"

# One Chinese character (a list item's, read back from the place after it).
HAN_CHAR = re.compile(f"[{HAN_COMMON}]")

# What separates the words of a credit line (http://www.sina.com.cn 2006年12月30日09:23
# 常州日报, 来源：上海嘉定 日期：…): an outlet's name is one of its words.
# (a paper's byline mark and its joined outlets: □南京日报/紫金山新闻记者 张安琪)
CREDIT_WORD_BREAK = re.compile(r"[\s:：|｜()（）【】\[\]□■/]+")
# What a news flash's opening adds to its outlet's name (秀山网讯, 温州网讯).
NEWS_FLASH_MARK = "讯"


def credit_words(lines: Sequence[str | None]) -> list[str]:
    """Each credit line whole, then each of its words without a news flash's 讯: a
    syndicated page names its source after a URL and a time (…09:23 常州日报), a county
    portal opens with its site's flash (秀山网讯)."""
    out: list[str] = []
    for line in filter(None, lines):
        out.append(line)
        out += [w.removesuffix(NEWS_FLASH_MARK) for w in CREDIT_WORD_BREAK.split(line) if w]
    return out


# Right after a place: a dateline's stamp (南宁讯, 拉萨8月20日讯, 南宁8月6日电): where the
# reporter filed from, not a place the sentence is about.
DATELINE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?[讯电]")
# Right after a place: a wire's dated dateline (兰州6月14日电): the agency's bureau the
# reporter filed from, often a province's capital while the story is the province's,
# so the place weighs as a venue does.  An undated flash (城阳讯) stays: a local
# paper's flash names its own division, the actor.
WIRE_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日电")

# What ends a sentence: the officials listed before 陪同 stand in one sentence, their
# posts parted by commas.
SENTENCE_END = re.compile(r"[。！？!?\n]")
# How far a sentence listing accompanying officials is read for its verb (a place's
# head, its deputy heads and the units that came along: about eighty characters).
ACCOMPANY_SENTENCE_CHARS = 80

# An organ's name that runs on into a website's (中央纪委国家监委网站|…, 省纪委监委网站讯):
# the site that carries the story, its banner or flash, not the organ acting.  Up to
# eight characters of the site's name may stand between the organ and 网站/网讯.
SITE_NAME_MAX_CHARS = 8
# A notice's addressee line (各市、县（市、区）委组织部：, 各县（区）农业局：): a line
# opening with 各 and the level the notice goes down to, ending in a unit (组织部, 局,
# 人民政府, 各有关单位, 厅机关各处（室）) and a colon: 各市要做到：is a list's intro.  Its issuer
# is the level above (ADDRESSEE_ISSUER in reporter.compare.actors); 各苏木乡镇 is a
# banner's notice to its townships (苏木, Inner Mongolia's townships).
ADDRESSEE_LINE = re.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*各(?P<level>[市州盟县区乡镇苏])[^。\n]{0,40}"
    r"[部局厅委府办室位处院会）)][：:]"
    r"[ \t\u3000]*(?=\n|$)"
)
ORGAN_SITE = re.compile(rf"[{HAN_COMMON}]{{0,{SITE_NAME_MAX_CHARS}}}?网(?:站|讯)")

# The name of a provincial body between 省 and its kind (省|易地扶贫搬迁工程建设|指挥部,
# 省|移民|局): two to twelve characters.
PROVINCE_BODY_MIN_CHARS, PROVINCE_BODY_MAX_CHARS = 1, 12


@functools.cache
def province_body(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A provincial body named by its level alone (省移民局, 省易地扶贫搬迁工程建设指挥部):
    省, the body's name, and its kind; no 省委 (an organ reference of its own)."""
    return re.compile(
        rf"省(?![委份级内外城会长])[{HAN_COMMON}]{{{PROVINCE_BODY_MIN_CHARS},{PROVINCE_BODY_MAX_CHARS}}}?"
        rf"(?:{alternation(kinds)})"
    )


def places_word_lists(section: str, error: type[ValueError]) -> Callable[[str], tuple[str, ...]]:
    """The reader of the word lists of ``[section]`` in ``reporter/data/places.toml``: each
    key a non-empty list of non-empty strings, given back deduplicated and longest first
    (学习借鉴 is tried before 学习).  A missing table or a malformed list raises ``error``
    naming it."""
    table = places_data().get(section)
    if not isinstance(table, dict):
        raise error(f"places.toml: [{section}] must be a table")

    def words(key: str) -> tuple[str, ...]:
        value = table.get(key)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(w, str) and w for w in value)
        ):
            raise error(f"places.toml: {section}.{key} must be a non-empty list of strings")
        return tuple(sorted(set(value), key=lambda w: (-len(w), w)))

    return words


class PrefectureWordsError(ValueError):
    """``[prefecture_references]`` of ``reporter/data/places.toml`` is malformed."""


@functools.cache
def prefecture_references() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The name endings of prefectures whose organs are not named after a level character
    (塔城地区, 锡林郭勒盟), and the references to such a prefecture without its name (地委,
    行署, 全地区, 盟委): ``(endings, references)``, longest first."""
    words = places_word_lists("prefecture_references", PrefectureWordsError)
    return words("endings"), words("references")


class RegionWordsError(ValueError):
    """``[region_references]`` of ``reporter/data/places.toml`` is malformed."""


@functools.cache
def region_references() -> dict[str, str]:
    """The words of a region's own voice that name it by its abbreviation (全疆, 驻桂),
    each mapped to the region's full name."""
    table = places_data().get("region_references")
    words = table.get("words") if isinstance(table, dict) else None
    if not isinstance(words, dict) or not all(
        isinstance(k, str) and k and isinstance(v, str) and v for k, v in words.items()
    ):
        raise RegionWordsError("places.toml: region_references.words must map words to regions")
    return dict(words)


def region_mentions(text: str) -> dict[str, int]:
    """How often ``text`` names each region by a word of its own voice (全疆, 区直中直驻桂
    单位: :func:`region_references`): mentions of the region, which its unnamed organs
    (自治区, 我区) then act for, as a story told by them often names it nowhere in full."""
    out: dict[str, int] = {}
    for word, region in region_references().items():
        if n := text.count(word):
            out[region] = out.get(region, 0) + n
    return out


def place_opening_after(
    text: str, mentions: Sequence[PlaceMention], start: int, end: int, label: str | None
) -> str | None:
    """The place inside ``label`` that opens the headline right after its colon (丽水：缙云
    以“一线导向”重实绩用人; 天津：南开区实践活动…): the label only locates it, as 丽水缙云
    would, and the place after it is the subject of the headline's clause."""
    if label is None:
        return None
    while start < end and text[start].isspace():
        start += 1
    return next(
        (
            m.name
            for m in mentions
            if m.start == start and m.name != label and label in (m.city, m.province)
        ),
        None,
    )
