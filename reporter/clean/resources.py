"""Every regular expression of the cleaning stage, and its data files, loaded once.

Domain knowledge lives in ``reporter/data/`` (``boilerplate.toml``, ``outlets.toml``,
``pinyin_syllables.txt``); this module compiles and validates it once per process
(``functools.cache``) so a malformed data file fails loudly with its name.  The patterns
of a page's metadata (headline, datelines, credits) are in
:mod:`reporter.clean.metadata_resources`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from reporter.text.resources import HAN

# --------------------------------------------------------------------------- characters

# Every Han character (HAN, from reporter.text.resources), astral extensions included.
HAN_RE = re.compile(f"[{HAN}]")
# Runs of anything but Han: counting what lies outside them counts the Han characters
# of a text in a few matches rather than one per character.
NOT_HAN_RUN_RE = re.compile(f"[^{HAN}]+")
# Code points beyond the Basic Multilingual Plane (CJK extensions B-F).  A class
# holding some of them cannot use the regex engine's bitmap of the BMP, so sets of
# characters are matched as a BMP class plus this cheap test.
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
# What str.isascii() and str.isalpha() both accept: the Latin letters of a text.
ASCII_LETTER_RE = re.compile("[A-Za-z]")
# Lower-case pinyin letters, with or without tone marks (ü also as v).
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
TONE_MARKS_RE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")
# Chinese punctuation that may stand next to a converted half-width mark.
CJK_OPEN = "“‘《「『（【〈"
CJK_CLOSE = "”’》」』）】〉"
CJK_PUNCT = "。，、；：？！…—·" + CJK_OPEN + CJK_CLOSE

# --------------------------------------------------------------------------- html

HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
# A tag stays on its line, unless its attributes run over several lines (a .txt saved
# from a page's source: <p style="margin:0;⏎ font-family:…">): then an "=" inside
# says it is markup, not a "<" of prose, and it may span up to 2,000 characters (a
# long style attribute; more is no tag).
HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*|\s(?=[^<>]*=)[^<>]{0,2000})?/?>")
# A tag cut in the middle of an attribute by the scrape, at the start of a line: the
# attribute's value (a link's title, an image's alt: the headline again), its closing
# quote and ">" and then the element's own text (标题">标题).  The value holds no markup
# characters, so an attribute list (src="…" />) is no such value.
HTML_CUT_ATTRIBUTE_RE = re.compile(r"^(?P<value>[^<>\"'=\n]+)[\"']\s*/?>(?P<text>[^<>\n]*)$", re.M)
# A closing tag whose "<" was eaten by mojibake: "?/h2>", "/p>".
HTML_BROKEN_TAG_RE = re.compile(
    r"(?<![A-Za-z0-9<])\??/(?:p|h[1-6]|div|span|br|strong|em|b|i|a|li|ul|ol|td|tr|th|table"
    r"|font|section)>"
)
# An XML declaration or processing instruction a page pasted from Word carries
# (<?xml:namespace prefix = o ns="urn:schemas-microsoft-com:office:office" />), also when
# the scraper lost its "<" ("…相关事宜。?xml:namespace>"): markup, never prose; its "?"
# left behind would read as a stray question mark after the sentence's end.
XML_INSTRUCTION_RE = re.compile(r"<?\?xml(?::namespace)?\b[^<>\n]{0,300}?\??/?>")
HTML_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")

# --------------------------------------------------------------------------- pinyin

# A bracket right after a Han character holding lower-case letters, e.g. 區(qū),
# 個(ge) ; whether the letters are pinyin is decided against the syllable list.
# Full-width brackets (區（qū）) and a stray space inside (發(fā )) occur too.
# (The bracket comes first and the Han character is checked looking back from it, so
# the regex engine can skip to the next bracket instead of trying every position.)
PINYIN_ANNOTATION_RE = re.compile(
    f"[(（](?<=[{HAN}][(（]) ?(?P<py>[{PINYIN_LETTERS}]+(?:[ '][{PINYIN_LETTERS}]+)*) ?[)）]"
    "(?P<space> ?)"
)
# An annotation cut off with the excerpt at a line's end (精彩現(xi, 萬(wà): the bracket
# never closes (reporter.clean.pinyin strips it on a page that is annotated elsewhere).
PINYIN_CUT_ANNOTATION_RE = re.compile(
    f"[(（](?<=[{HAN}][(（])(?P<py>[{PINYIN_LETTERS}]{{1,6}})$", re.MULTILINE
)
PINYIN_SPLIT_RE = re.compile(r"[ ']")
# A pinyin gloss in square brackets after a word, its syllables capitalised and run
# together (包河区[HeQu], 环卫工人[GongRen]): injected noise of the same kind as 區(qū),
# spelling the last characters of the word before it.  Each capital opens a syllable of
# two letters or more: a lone capital in brackets is a label or a grade (方案[A]).
PINYIN_GLOSS_RE = re.compile(
    f"[\\[【](?<=[{HAN}][\\[【])(?P<py>(?:[A-Z][a-z]{{1,5}}){{1,4}})[\\]】]"
)
PINYIN_GLOSS_SYLLABLE_RE = re.compile("[A-Z][a-z]*")

# --------------------------------------------------------------------------- mojibake

# The patterns that need Han text before their first character look behind after it
# ("x(?<=[…]x)" for "(?<=[…])x"): the engine then skips to the positions holding that
# character instead of trying a look-behind at every position of the line.

# A character lost in transcoding whose pinyin annotation survived: "?lián)".
MOJIBAKE_LOST_WITH_PINYIN_RE = re.compile(f"\\?(?P<py>[{PINYIN_LETTERS}]{{1,6}})\\)")
# A stray "?" glued between Han text and a comma / full stop: never a real question
# mark (those end a clause), always a lost character.
MOJIBAKE_STRAY_QMARK_RE = re.compile(f"\\?(?<=[{HAN}]\\?)(?=[,，、.。])")
# Characters lost between two Han characters whose trail byte survived as a letter
# (江蘇濱??h委 for 江蘇濱海縣委): question marks glued to a lower-case letter inside Chinese
# text are never punctuation (a question mark is followed by the next sentence, not "h").
MOJIBAKE_LOST_RUN_RE = re.compile(f"\\?(?<=[{HAN}]\\?)\\?{{0,3}}[a-z](?=[{HAN}])")
# A shifted run whose "?" was dropped: the ``!`` (``！``) that ``。”`` became, glued
# between Han characters (reporter.clean.mojibake tries the repair; a real ! stays).
MOJIBAKE_UNMARKED_RUN_RE = re.compile(f"[!！](?<=[{HAN}][!！])(?=[{HAN}])")
# A shifted run the repair cannot read that is mojibake all the same: the "!" a lost
# byte before the punctuation row makes, one to three Han characters, the trail byte
# left as a lower-case letter (确?!叭r” for 确保“三农”).  A real "?!" is followed by a
# sentence, not by a letter after three characters.
MOJIBAKE_QUOTE_ROW_RUN_RE = re.compile(f"\\?[!！][{HAN}]{{1,3}}[a-z]")
REPLACEMENT_CHAR_RE = re.compile("\ufffd+")
# Private-use code points: GBK user-defined area bytes decoded by a lenient decoder.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")

# The marks that end a clause: a clause starts at a line's start or right after one.
# Anti-scraping scripts inject pieces of the headline there (reporter.clean.shuffle).
CLAUSE_MARKS = "，。、；：！？,;:!?"

# --------------------------------------------------------------------------- plausibility

# The units a line is judged on (reporter.clean.plausibility): one Han character, or a
# run of anything else that is neither space nor punctuation the genre writes (Latin
# letters, digits, brackets glued to them, kana: "J(rèn)", "さ").  The Han character is
# group 1, so a match tells which kind of unit it is (``m.lastindex``).
_PLAUSIBILITY_GAPS = f"\\s{CJK_PUNCT}，。、；：？！,.;:?!\"'“”‘’%％·\\-—/"
PLAUSIBILITY_UNIT_RE = re.compile(f"([{HAN}])|[^{HAN}{_PLAUSIBILITY_GAPS}]+")
# A stretch of units without a gap between them (the units of a run are glued together).
PLAUSIBILITY_SEGMENT_RE = re.compile(f"[^{_PLAUSIBILITY_GAPS}]+")
# One lower-case Latin letter: glued between Han characters it is a shifted GBK byte.
LONE_LOWER_LETTER_RE = re.compile("[a-z]")
# A character without which no piece of a segment is bad (kana, a tone mark, a lone
# lower-case letter: reporter.clean.plausibility._piece_kind): digits, capitals and
# brackets alone make good pieces only.
BAD_PIECE_CHAR_RE = re.compile(f"[a-z\u3040-\u30ff]|{TONE_MARKS_RE.pattern}")
# What a line of plain Chinese text does not hold but junk does: Latin letters (tone
# marks included) and kana; such a line is judged even if its characters are common.
# A sentence, closed by its end mark (the unit a word salad fills: reporter.clean.plausibility).
SALAD_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# A stretch of four or more Han characters: the text judged for a word salad (single
# characters between quotes or spaces, 以“学”促用 or 党 工 委, pair with nothing by layout).
SALAD_HAN_RUN_RE = re.compile(f"[{HAN}]{{4,}}")
NOT_COMMON_TEXT_RE = re.compile(f"[A-Za-z\\u3040-\\u30ff]|{TONE_MARKS_RE.pattern}")
# Japanese kana: never in the genre's Chinese text; in a Han run it is shifted bytes.
KANA_RE = re.compile("[\u3040-\u30ff]")
# Anti-scraping junk injected between sentences ("9 Y8 f3 E5 k.", "8 [; o H! @9"):
# three or more tokens of one to three ASCII symbols, separated by single spaces,
# next to Chinese text or punctuation.  Whether the tokens look random (letters mixed
# with digits or symbols) is decided in the step, not here.
#
# The jammer of forum pages glues its last character to the next word; before Han text a
# lone letter is a bad piece the garbled-run test drops (l如果), but before a number
# (d2018年04月08日) it hides the date, so a run may also end on ` d` glued to a digit
# (the group ``glued``, dropped with the run).
ASCII_JUNK_RE = re.compile(
    f"(?:(?<=[{HAN}{CJK_PUNCT}，。；：！？])|^)\\s*"
    r"(?P<junk>[!-~]{1,3}(?: [!-~]{1,3}){2,})"
    f"(?=\\s*(?:[{HAN}{CJK_PUNCT}，。；：！？]|$)|(?P<glued> [A-Za-z])(?=[0-9]))",
    re.M,
)
# A closing bracket that opens a junk run right after the text (不止步) , M- w i5) closes
# the text's own bracket, the page's column tag or an aside: it is kept.
JUNK_OPENING_CLOSER = {")": "(（", "]": "[【", "}": "{"}
# What every match of ASCII_JUNK_RE holds (a token between two others, with a symbol on
# each side): a quick scan that skips to its first character, where ASCII_JUNK_RE, opening
# on a look-behind, is tried at every position of the line.
ASCII_JUNK_SCREEN_RE = re.compile("[!-~] [!-~]{1,3} [!-~]")
# A junk token holds a symbol or mixes letters with digits ("Y8", "[;", "@9", "k."); a
# token of letters only or digits only is a word or a number.
JUNK_TOKEN_MIXED_RE = re.compile(r"[!-/:-@\[-`{-~]|[A-Za-z][0-9]|[0-9][A-Za-z]")

# --------------------------------------------------------------------------- punctuation

# Half-width marks after Chinese text (Han or Chinese punctuation) and before Chinese
# text or a number (重点,14个 -> 重点，14个); a digit or Latin letter before the mark
# (28.5, 10:42, 1,000, http://) keeps it half-width.
#
# The patterns of this section that look behind the start of a match do it after their
# first character ("x(?<=[…]x)" for "(?<=[…])x"): a pattern opening on a character class
# lets the engine skip to the positions holding one, while a pattern opening on a look-
# behind is tried at every position of the text (5-15x slower over a whole article).
HALF_WIDTH_MARKS = ",:;?!"
# A match opens on its first space or on the mark (after Chinese text); a space is
# followed by more spaces and the mark.  The mark is the match without its spaces.
HALF_WIDTH_BETWEEN_RE = re.compile(
    f"[ \\t{HALF_WIDTH_MARKS}](?<=[{HAN}{CJK_PUNCT}][ \\t{HALF_WIDTH_MARKS}])"
    f"(?:(?<=[{HALF_WIDTH_MARKS}])|(?<=[ \\t])[ \\t]*[{HALF_WIDTH_MARKS}])"
    f"[ \\t]*(?=[{HAN}{CJK_OPEN}0-9])"
)
# ? and ! closing a Chinese clause: at the end of a line, before a closing quote,
# another mark or a digit (起来?2个月: a question mark is never part of a number).
HALF_WIDTH_END_RE = re.compile(
    f"(?P<mark>[?!](?<=[{HAN}{CJK_CLOSE}][?!])[?!]*)(?=[{CJK_CLOSE}{CJK_OPEN}0-9]|$)", re.M
)
# A bracket pair holding Chinese text, next to Chinese text: 社区(村), (试行).
HALF_WIDTH_PARENS_RE = re.compile(f"\\((?P<inner>[^()\\n]*[{HAN}][^()\\n]*)\\)")
HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})
# Straight double quotes; converted to “ ” in pairs when they quote Chinese text.
STRAIGHT_QUOTE_RE = re.compile('"')
# An ellipsis typed as dots or repeated full stops after Chinese text.
DOT_ELLIPSIS_RE = re.compile(
    f"\\.(?<=[{HAN}{CJK_CLOSE}]\\.)\\.{{2,}}"
    f"|。(?<=[{HAN}{CJK_CLOSE}]。)。{{2,}}"
    f"|…(?<=[{HAN}{CJK_CLOSE}]…)(?!…)"
)

# Doubled sentence punctuation left by scrapers and editors (",," "，，" ",。" "。，"
# "!。" ",;" "；，"): a comma, semicolon, stop or exclamation/question mark followed by
# more of them; the strongest mark wins (an end mark over ； over ， over 、).  Pages
# that double every mark (",," after each clause) write ",;" where the text had "；".
# "……" and "。。。" are ellipses, handled before this; "？！" and "！！" are left as written.
# After a digit a lone mark may belong to the number (28.5, 1,000): only a run of
# commas, semicolons or enumeration marks is collapsed there (18:00,,,,，杨军…), never
# a run holding a dot.
DOUBLED_PUNCT_RE = re.compile(
    "(?<=[^,，、。.!?！？;；\\d])(?:[,，、。;；]|[!?！？](?=[,，、。;；]))"
    "(?:[,，、。;；]|\\.(?!\\.))+(?![。.，,;；])"
    "|(?<=\\d)[,，、;；]{2,}(?![。.，,;；])"
)
# Two marks in a row as every match of DOUBLED_PUNCT_RE opens: without them a text holds
# none (a quick scan; most texts have no doubled mark at all).
DOUBLED_PUNCT_PAIR_RE = re.compile("[,，、。;；!?！？][,，、。;；.]")

# Full-width digits, Latin letters and ％ (２０２２年, ＧＤＰ) to ASCII; one code point
# each, so lengths are kept.
FULL_WIDTH_ALNUM = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05)
    }
    # the ratio sign some editors type for a clock's colon (09∶05): between digits it
    # is the colon every dateline rule reads
    | {"\u2236": ":"}
)
FULL_WIDTH_ALNUM_RE = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]+|(?<=\\d)\u2236(?=\\d)"
)
# A full-width colon inside a clock time (11：20, after its digits became ASCII): CMSs
# that write full-width digits write the time's colon full-width too, and the dateline
# patterns read times with ":" only.  Two digits after it and no digit around: a time or
# a ratio (1：20 reads the same either way), never prose punctuation.
CLOCK_COLON_RE = re.compile(r"(?<!\d)(\d{1,2})：(\d{2})(?!\d)")

# --------------------------------------------------------------------------- hard wrap

# A line that starts a paragraph in hard-wrapped text: indented by a full-width space,
# two spaces or a tab (the wrapped lines under it start flush).
INDENTED_LINE_RE = re.compile("^(?:\u3000|[ \u00a0]{2,}|\t)")
# Marks of prose: a wrapped line of a paragraph almost always carries one; a headline,
# a menu or a breadcrumb as long as the wrap width carries none.
PROSE_LINE_MARK_RE = re.compile("[，。；！？、：,;!?]")
# A line that a line without prose marks is not continued by: the dateline or credit
# under a headline as long as the wrap width (标题 / 2022-10-29 09:01, 标题 / 来源：某某网).
WRAP_STOP_RE = re.compile(
    r"^\s*(\d{4}\s*[-/.年]\s*\d{1,2}|(来源|來源|作者|发布时间|發布時間|发布日期|编辑|記者|记者)\s*[:：])"
)
# Separators of a menu or breadcrumb (首页 > 组工动态 > 正文): such a line as long as the
# wrap width is furniture, never continued.
MENU_SEPARATOR_RE = re.compile(r"[>›»|｜丨]|\s{2,}")

# --------------------------------------------------------------------------- whitespace

INLINE_SPACE_RE = re.compile("[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
ZERO_WIDTH_RE = re.compile("[\u200b-\u200d\u2060\ufeff]")
SPACE_NEXT_TO_CJK_PUNCT_RE = re.compile(f" *(?P<p>[{CJK_PUNCT}]) *")
# A single Chinese character alone between a clause's start and a space (今 年初, 其 中,
# 省 政府): a hard wrap or a justified layout split the word; a word of prose is never
# one character cut off by a space, so the space goes.
LONE_HAN_BEFORE_SPACE_RE = re.compile(f"(?:^|(?<=[{CJK_PUNCT}]))(?P<c>[{HAN}]) +(?=[{HAN}])")
# A space between two Chinese characters (运转高 效有序): joined in prose when the two make
# a common word, which a wrap or a justified layout split (see normalize._join_word).
HAN_SPACE_HAN_RE = re.compile(f"(?P<a>[{HAN}]) +(?P<b>[{HAN}])")
# A line of prose: it ends a sentence somewhere (headlines and menus seldom do).
PROSE_SENTENCE_END_RE = re.compile("[。！？]")
BLANK_LINES_RE = re.compile(r"\n{2,}")

# --------------------------------------------------------------------------- lines

LIST_SEPARATOR_RE = re.compile(r"\s*[|｜]\s*")
NAV_TOKEN_SPLIT_RE = re.compile(r"[\s|｜/]+")
SENTENCE_END_RE = re.compile("[。！？!?；;…]")

# Chinese clause and sentence marks: prose has them, a list of words has none.
PROSE_MARK_RE = re.compile("[，。；！？、：]")
# Marks that close a paragraph of text and never a headline.
BODY_END_RE = re.compile("[。；;…]")
PLACE_SUFFIX_RE = re.compile("(省|市|县|区|旗|州|盟|自治区|新区)$")
BIGRAM_CLEAN_RE = re.compile(f"[^{HAN}]+")


def bmp_class_re(chars: Iterable[str]) -> re.Pattern[str] | None:
    """A one-character class of the BMP characters among ``chars`` (None when there
    are none); the engine tests a BMP class against a bitmap, at any size."""
    bmp = sorted({ch for ch in chars if len(ch) == 1 and ord(ch) <= 0xFFFF})
    if not bmp:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in bmp) + "]")


# --------------------------------------------------------------------------- data files


class CleanDataError(ValueError):
    """A bundled data file of the cleaning stage is malformed (a packaging bug)."""


def read_data(name: str) -> str:
    return resources.files("reporter").joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class LineRule:
    kind: str
    reason: str
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int | None


@dataclass(frozen=True)
class Boilerplate:
    lines: tuple[LineRule, ...]
    spans: tuple[LineRule, ...]
    footer_start: tuple[re.Pattern[str], ...]
    footer_max_chars: int
    nav_words: frozenset[str]
    spam_words: tuple[str, ...]
    spam_strong: tuple[re.Pattern[str], ...]
    title_site_words: tuple[str, ...]
    not_title: tuple[re.Pattern[str], ...]
    # One search for "any spam word" per line (None when there are none) before the
    # words are gone through one by one.  (Regex patterns are NOT combined the same
    # way: an alternation of unanchored patterns tries every branch at every
    # position and runs several times slower than the patterns one by one.)
    spam_word_any: re.Pattern[str] | None
    # An injected SEO phrase: an optional modifier, a product or service word, an
    # optional tail (二手吊车, 吊车公司, 挖掘机价格); group "word" is the product.
    seo_phrase: re.Pattern[str] | None
    # Any of its product words: every SEO phrase holds one, and this search skips to the
    # words' first characters, while seo_phrase, opening on an optional modifier, is
    # tried at every position of the text (most texts hold none of the words).
    seo_word: re.Pattern[str] | None
    # Tails of a franchise pitch (厨房电器加盟): the unknown brand before the product goes too.
    seo_brand_tails: tuple[str, ...]


def _compile_all(patterns: object, where: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise CleanDataError(f"boilerplate.toml {where}: patterns must be a list of strings")
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise CleanDataError(f"boilerplate.toml {where}: bad pattern {p!r}: {exc}") from exc
    return tuple(out)


def _rules(raw: object, section: str) -> tuple[LineRule, ...]:
    if not isinstance(raw, list):
        raise CleanDataError(f"boilerplate.toml: [[{section}]] must be an array of tables")
    rules = []
    for i, item in enumerate(raw):
        where = f"[[{section}]] #{i + 1}"
        if not isinstance(item, dict) or not item.get("kind") or not item.get("reason"):
            raise CleanDataError(f"boilerplate.toml {where}: needs kind and reason")
        max_chars = item.get("max_chars")
        if max_chars is not None and not isinstance(max_chars, int):
            raise CleanDataError(f"boilerplate.toml {where}: max_chars must be an integer")
        rules.append(
            LineRule(
                str(item["kind"]),
                str(item["reason"]),
                _compile_all(item.get("patterns"), where),
                max_chars,
            )
        )
    return tuple(rules)


def _str_list(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise CleanDataError(f"{where}: must be a list of non-empty strings")
    return tuple(raw)


def any_word_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of ``words`` (None for no words)."""
    parts = [re.escape(w) for w in words]
    return re.compile("|".join(parts)) if parts else None


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


def _seo_phrase_re(seo: dict[str, object]) -> re.Pattern[str] | None:
    words = _str_list(seo.get("words", []), "boilerplate.toml [seo].words")
    if not words:
        return None
    before = _str_list(seo.get("before", []), "boilerplate.toml [seo].before")
    after = _str_list(seo.get("after", []), "boilerplate.toml [seo].after")
    head = f"(?:{_alternation(before)})?" if before else ""
    tail = f"(?:{_alternation(after)})?" if after else ""
    return re.compile(f"{head}(?P<word>{_alternation(words)}){tail}")


def _seo_word_re(seo: dict[str, object]) -> re.Pattern[str] | None:
    words = _str_list(seo.get("words", []), "boilerplate.toml [seo].words")
    return re.compile(_alternation(words)) if words else None


@functools.cache
def boilerplate() -> Boilerplate:
    data = tomllib.loads(read_data("boilerplate.toml"))
    footer = data.get("footer", {})
    spam = data.get("spam", {})
    title = data.get("title", {})
    spam_words = _str_list(spam.get("words", []), "boilerplate.toml [spam].words")
    spam_strong = _compile_all(spam.get("strong", []), "[spam].strong")
    return Boilerplate(
        lines=_rules(data.get("line", []), "line"),
        spans=_rules(data.get("span", []), "span"),
        footer_start=_compile_all(footer.get("start", []), "[footer]"),
        footer_max_chars=int(footer.get("max_chars", 16)),
        nav_words=frozenset(
            _str_list(data.get("nav", {}).get("words", []), "boilerplate.toml [nav].words")
        ),
        spam_words=spam_words,
        spam_strong=spam_strong,
        title_site_words=_str_list(
            title.get("site_words", []), "boilerplate.toml [title].site_words"
        ),
        spam_word_any=any_word_re(spam_words),
        not_title=_compile_all(title.get("not_title", []), "[title].not_title"),
        seo_phrase=_seo_phrase_re(data.get("seo", {})),
        seo_word=_seo_word_re(data.get("seo", {})),
        seo_brand_tails=_str_list(
            data.get("seo", {}).get("brand_tails", []), "boilerplate.toml [seo].brand_tails"
        ),
    )


@dataclass(frozen=True)
class Outlet:
    name: str
    names: tuple[str, ...]
    kind: str  # newspaper | agency | broadcaster | website


OUTLET_KINDS = frozenset({"newspaper", "agency", "broadcaster", "website"})


@functools.cache
def outlets() -> tuple[Outlet, ...]:
    data = tomllib.loads(read_data("outlets.toml"))
    out = []
    for i, item in enumerate(data.get("outlet", [])):
        names = _str_list(item.get("names"), f"outlets.toml [[outlet]] #{i + 1} names")
        kind = item.get("kind")
        if kind not in OUTLET_KINDS:
            raise CleanDataError(f"outlets.toml [[outlet]] #{i + 1}: unknown kind {kind!r}")
        out.append(Outlet(names[0], names, str(kind)))
    return tuple(out)


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    """Toneless Mandarin syllables, ü spelt both ``ü`` and ``v``."""
    out: set[str] = set()
    for line in read_data("pinyin_syllables.txt").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not re.fullmatch("[a-zü]+", s):
            raise CleanDataError(f"pinyin_syllables.txt: not a syllable: {s!r}")
        out.add(s)
        out.add(s.replace("ü", "v"))
    if len(out) < 400:
        raise CleanDataError("pinyin_syllables.txt: fewer than 400 syllables; file truncated?")
    return frozenset(out)


@functools.cache
def pinyin_readings() -> dict[str, str]:
    """Toneless syllable -> the common characters read that way."""
    out: dict[str, str] = {}
    for n, line in enumerate(read_data("pinyin_readings.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        syllable, sep, chars = line.partition("\t")
        if not sep or not chars or not re.fullmatch("[a-zü]+", syllable):
            raise CleanDataError(f"pinyin_readings.tsv line {n}: expected 'syllable<TAB>chars'")
        out[syllable] = chars
        out.setdefault(syllable.replace("ü", "v"), chars)
    return out


@functools.cache
def script_variants() -> dict[str, str]:
    """Traditional variant characters t2s keeps, with their simplified forms
    (reporter/data/script.toml [variants])."""
    raw = tomllib.loads(read_data("script.toml")).get("variants", {})
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1
        for k, v in raw.items()
    ):
        raise CleanDataError("script.toml [variants]: each entry maps one character to one")
    return dict(raw)


@functools.cache
def zhu_keep_re() -> re.Pattern[str]:
    """Words in which 著 stays 著 after t2s (reporter/data/script.toml)."""
    data = tomllib.loads(read_data("script.toml"))
    words = _str_list(data.get("zhu", {}).get("keep", []), "script.toml [zhu].keep")
    if not all("著" in w for w in words):
        raise CleanDataError("script.toml [zhu].keep: every word must contain 著")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class SpinTable:
    """Machine-spun Chinese (``data/spun.toml``): its signatures and their originals."""

    signature_re: re.Pattern[str]
    min_distinct: int
    restore: dict[str, str]
    # every spun word, longest first, in one alternation: one pass restores them all
    restore_re: re.Pattern[str]


@functools.cache
def spin_table() -> SpinTable:
    data = tomllib.loads(read_data("spun.toml"))
    signatures = data.get("signatures", {})
    words = _str_list(signatures.get("words", []), "spun.toml [signatures].words")
    min_distinct = signatures.get("min_distinct")
    if not isinstance(min_distinct, int) or min_distinct < 2:
        raise CleanDataError("spun.toml [signatures].min_distinct: an integer of at least 2")
    restore = data.get("restore", {})
    if not restore or not all(
        isinstance(k, str) and k and isinstance(v, str) and v for k, v in restore.items()
    ):
        raise CleanDataError("spun.toml [restore]: spun word = original, both non-empty")
    ordered = sorted(restore, key=len, reverse=True)
    signatures_longest_first = sorted(words, key=len, reverse=True)
    return SpinTable(
        signature_re=re.compile("|".join(re.escape(w) for w in signatures_longest_first)),
        min_distinct=min_distinct,
        restore=dict(restore),
        restore_re=re.compile("|".join(re.escape(w) for w in ordered)),
    )


@functools.cache
def glued_brand_re() -> re.Pattern[str] | None:
    """A betting brand's shape (``boilerplate.toml`` [brand]): two Han characters and a
    trade word, not followed by a tail that makes it a sports body or venue (体育局)."""
    data = tomllib.loads(read_data("boilerplate.toml")).get("brand", {})
    trades = _str_list(data.get("trades", []), "boilerplate.toml [brand].trades")
    if not trades:
        return None
    tails = _str_list(data.get("body_tails", []), "boilerplate.toml [brand].body_tails")
    not_tail = f"(?!{_alternation(tails)})" if tails else ""
    return re.compile(f"[{HAN}]{{2}}(?:{_alternation(trades)}){not_tail}")
