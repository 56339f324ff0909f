"""Every regular expression of the render stage, in one place."""

from __future__ import annotations

import re

# Element ids must not carry spaces or '#'; anything else becomes '_'.
ANCHOR_UNSAFE = re.compile(r"[^\w-]")
# An article id used as its anchor as it is: only id-safe characters, and not ending
# like a sentence anchor ("x-s-3" would be the anchor of sentence 3 of article "x").
# Any other id gets a digest of itself (view.text.article_anchor), so two ids that differ
# only where '_' replaced something ("x y", "x_y", "x.y") never share an anchor.
ANCHOR_PLAIN = re.compile(r"(?![\w-]*-s-[0-9]+\Z)[\w-]+\Z")
# A file stem's leading number ("002_640841af…" -> "002") is how users name their files.
NUMBER_PREFIX = re.compile(r"^(\d{1,6})(?=[_\-.\s]|$)")
# The labels file numbers the methods steps ("1. …"); the <ol> numbers them again.
STEP_NUMBER = re.compile(r"^\d+\.\s*")
# ISO dates as the Brief carries them.
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A pinyin annotation as scraped pages carry it, "區(qū)" or "個(ge)": the appendix quotes
# what cleaning removed, and must not reintroduce the very annotations it reports.
PINYIN_ANNOTATION = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})\)")
# {placeholder} in a label that becomes a CSS counter.
LABEL_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, surrogates, U+FFFE/FFFF):
# ElementTree writes them unescaped, and an SVG with one is not well-formed.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A CSS custom property's definition ("--ink: #1b2a3a;") and a use of one ("var(--ink)").
CSS_CUSTOM_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;{}]+);")
CSS_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*\)")
# Where a clause ends inside a Chinese sentence: a quote excerpt is cut after one of these.
CLAUSE_END = re.compile(r"[，、；：,;:]")
# What a reader cannot see in a quoted removal: spaces, private-use characters (left by GBK
# decoding errors; no font draws them) and zero-width marks.
INVISIBLE = re.compile("[\\s\ue000-\uf8ff\u200b-\u200f\u2060\ufeff]+")
# Party members who report to the community where they live (向居住地所在社区报到, 到社区
# 报到, 双报到): 在职党员 serving at home, counted apart from officials sent anywhere.
REPORTING_TO_COMMUNITY = re.compile(
    r"(向|到)[^，。；]{0,10}社区[^，。；]{0,4}报到|双报到|在职党员[^，。；]{0,10}报到"
)
# Right before a place: it is where a meeting sat (省委组织部在西宁召开…), not who acted.
VENUE_BEFORE = re.compile(r"(?:在|于)$")
# ... and right after it the meeting itself (在西宁召开, 在京举行).
VENUE_AFTER = re.compile(r"[^，。；,;]{0,4}?(?:召开|举行|举办)")
# Between two places of a list (江苏、山东、江西…; 成都和自贡): a count after such a list
# counts them together, none of them alone.
PLACE_LIST_LINK = re.compile(r"[、和及与]|以及")
# A division writing of itself as the subject of a count (我省第四批援疆干部173人, 我市选派
# 50名): the unnamed sender, whatever place the sentence names after it as a destination.
SELF_SUBJECT = re.compile(r"我(?:省|市|县|区|州|旗)")
# A head count a cue matched (30名, 三百名): how many, no word of the mechanism itself.
HEAD_COUNT = re.compile(r"[0-9０-９.一二三四五六七八九十百千万两]+[多余]?[名人位]")
# Before a count in its clause: the people were received where the sentence is (迎接131名
# 挂职干部, 迎来20名援派干部), sent by someone else.
RECEIVED_BEFORE = re.compile(r"(?:迎接|欢迎|接收|迎来)[^，。；,;]{0,12}$")
# After a count in its sentence: where the people came from (11名来自京城的官员; 130名挂职
# 干部……分别来自中央和国家机关): their sender, when it is the centre or another place.
CAME_FROM = re.compile(r"来自")
# What a count's people came from that is no locality of the genre: the centre (中央, 国家
# 机关, 部委, 京城 as the capital's organs) or the provinces at large (各省区市).
CENTRAL_ORIGIN = re.compile(r"中央|国家机关|国家部委|部委|京城|各省")
# Characters after 来自 read for where the people came from.
ORIGIN_SPAN = 12
# Central organs as the sender of a count (国家发改委、科技部……等11个部委，一次性集中选派11名
# 优秀年轻干部到重庆挂职; 中组部选派131名干部来琼挂职): no locality sent them.
CENTRAL_SENDER = re.compile(
    r"中组部|中央组织部|中央和国家机关|部委|国务院|国家[^，。；、,;]{0,5}(?:委|部|局)"
)
# A local division's organ or scope word (省委, 市政府, 全省) after the centre and before the
# count: the local division acts (按照中央部署，省委选派…).
LOCAL_ACTOR = re.compile(r"[省市县区州旗盟](?:委|政府)|全[省市县区州旗盟]")
