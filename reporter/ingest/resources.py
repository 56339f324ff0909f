"""Constants, regular expressions and data tables of stage 1 (ingest).

Every regex :mod:`reporter.ingest` uses lives here, next to the reason it exists,
so the ingest code reads as decisions rather than patterns.  Tables that are data
(the binary-format signatures) live in ``reporter/data/ingest_*.tsv`` and are
loaded once, validated, by the functions at the end of this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reporter.text.resources import HAN_BMP

# --------------------------------------------------------------------------- inputs

# Suffix (lower case) -> media type.  ``.markdown`` and ``.xhtml`` are the long
# spellings some save-as dialogs and note apps use for the same formats.
MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
}

# A saved page that kept its markup but got a ``.txt`` (or no) suffix is still HTML;
# only a document that *starts* like one counts, so a text quoting a tag is not HTML.
HTML_DOCUMENT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)

# A browser's "save page, complete" writes X.html and its images, scripts and styles
# into a folder beside it: "X_files" (Chrome, Firefox, Edge in English), "X.files"
# (older Internet Explorer) or localised names such as Chinese Windows' "X_文件".
SAVED_PAGE_FOLDER_SUFFIXES = ("_files", ".files", "_文件", "-Dateien", "_fichiers")
SAVED_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# A web address: what an article's url must be (not file:, not a relative link).
WEB_ADDRESS = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)

# --------------------------------------------------------------------------- characters

# A Chinese character as ingest counts it: the BMP blocks (reporter.text.resources).
HAN = re.compile(f"[{HAN_BMP}]")
# Runs of everything else: counting the characters outside them counts the Han
# characters in a few matches instead of one match per character.
NOT_HAN_RUN = re.compile(f"[^{HAN_BMP}]+")
# Japanese kana and Korean hangul: Japanese text is ~40 % kanji and would otherwise
# pass a Han-share test.
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Letters of the scripts a Chinese article is written in or quotes: Han, Latin
# (pinyin and English names, full-width letters too), Greek, Cyrillic, kana (Japanese
# is refused later, by name) and bopomofo.
_EXPECTED_LETTERS = (
    "A-Za-z\u00c0-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a\u0370-\u03ff\u0400-\u04ff"
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3100-\u312f\u31a0-\u31bf"
    f"\u3005-\u3007{HAN_BMP}\U00020000-\U0003ffff"
)
# Any other letter: where the bytes of Chinese text land when read in the wrong
# codec (GBK quotes as UTF-16 are hangul, 낡; as cp874 they are Thai), never in the
# right one.
MISREAD_LETTER = re.compile(f"(?![{_EXPECTED_LETTERS}])[^\\W\\d_]")
# Any letter of any script (Unicode word characters minus digits and underscore).
LETTER = re.compile(r"[^\W\d_]")
NOT_LETTER_RUN = re.compile(r"[\W\d_]+")  # LETTER's complement, in runs (see NOT_HAN_RUN)
# A word of a foreign-language paragraph: two or more Latin (accented too) or Cyrillic
# letters standing between spaces, with an apostrophe or hyphen inside and quotes or
# punctuation around it (people's, "rally call",); an address (www.x.com) or a token of
# anti-scraping junk (Y8, f3) is no word.
FOREIGN_WORD = re.compile(
    r"(?<!\S)[\"“‘'(\[]?[A-Za-z\u00c0-\u024f\u0400-\u04ff]{2,}"
    r"(?:['’-][A-Za-z\u00c0-\u024f\u0400-\u04ff]+)*[,.;:!?\"”’')\]]*(?!\S)"
)
# Characters that never occur in a correctly decoded text: C0/C1 controls other than
# tab and line breaks, private-use code points, and the replacement character.
GARBAGE_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
# Control characters that are removed from decoded text (tab, line feed and the line
# breaks str.splitlines() normalises are kept; U+FFFD is kept for the cleaner to see).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

# --------------------------------------------------------------------------- HTML

# Text that still looks like markup after extraction (the page showed escaped tags,
# e.g. ``&lt;script&gt;``): removed so no tag ever reaches the cleaned text.
MARKUP_LEFTOVER = re.compile(
    r"<!--.*?-->|<!\[CDATA\[|\]\]>|<![A-Za-z][^<>]*>|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>",
    re.DOTALL,
)
# What is not prose when a text's language is judged: tags with their attributes
# (a .txt whose body is <p style="font-family:…">…</p>), entities, inline data URIs
# (base64 is thousands of Latin letters) and addresses.  The text itself keeps them
# for the cleaner, which strips and records them.
NOT_PROSE = re.compile(
    r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|&#?[A-Za-z0-9]{1,31};"
    r"|data:[A-Za-z0-9/+.-]+;base64,[A-Za-z0-9+/=\s]*|(?:https?://|www\.)[^\s<>\"'\u3000-\u9fff]+",
    re.DOTALL,
)
# A "site name" that is only an address (trafilatura falls back to the page's host,
# which a <base href> can set to anything): no outlet name, so it is not kept.
ADDRESS_SITENAME = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]|localhost)(?::\d+)?$|:\d+$", re.I
)
# trafilatura's block elements in its XML tree: each starts a new line of text.
EXTRACTOR_BLOCKS = frozenset(
    {"doc", "main", "body", "comments", "head", "p", "list", "item", "quote", "table", "row",
     "code", "div", "section", "article", "note"}
)  # fmt: skip
# For the last-resort text extraction (stdlib parser): elements whose content is never
# visible text (only ones that always have an end tag: an unclosed <head> or a void
# <embed> would hide the rest of the page), and elements that start a new line.
HTML_HIDDEN_ELEMENTS = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "svg", "math", "title",
     "textarea", "audio", "video"}
)  # fmt: skip
HTML_BLOCK_ELEMENTS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "section", "article", "header", "footer", "nav", "aside", "main", "table", "ul", "ol",
     "dl", "dt", "dd", "hr", "figure", "figcaption", "address", "body", "html"}
)  # fmt: skip

# --------------------------------------------------------------------------- Markdown
# A light, line-based reading of Markdown: only syntax that is not text goes.  Full
# CommonMark parsing is no better here: its emphasis rules misread `**“引语”**` next to
# CJK punctuation, and scraped Markdown is mostly plain paragraphs anyway.

MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MD_FRONT_MATTER_FIELD = re.compile(
    r"^(title|date|author|source|site|sitename)[ \t]*:[ \t]*(.*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
MD_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)")
MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
MD_SETEXT_OR_RULE = re.compile(r"^[ \t]{0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")
MD_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
MD_TABLE_DELIMITER = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
)
MD_TABLE_PIPE = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")
MD_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
MD_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto|file):[^>\s]*>", re.IGNORECASE)
MD_HTML_BLOCK = re.compile(
    r"<(script|style|iframe|object|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
MD_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1")
# ``_`` emphasis only between non-word characters, as in CommonMark: a site suffix
# such as ``标题_灯塔-淄博党建_中共…`` is text the cleaner needs to see.
MD_EMPHASIS_STAR = re.compile(r"(?<!\\)\*(?=\S)(.+?)(?<=[^\s\\])\*")
MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=[^\s\\])_(?!\w)")
MD_STRIKE = re.compile(r"(?<!\\)~~(?=\S)(.+?)(?<=[^\s\\])~~")
MD_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


# --------------------------------------------------------------------------- binary formats


@dataclass(frozen=True)
class Signature:
    """Magic bytes that identify a non-text file format."""

    offset: int
    magic: bytes
    name: str


@cache
def binary_signatures() -> tuple[Signature, ...]:
    """The table in ``data/ingest_binary_signatures.tsv`` (offset, hex bytes, name)."""
    text = (
        resources.files("reporter")
        .joinpath("data/ingest_binary_signatures.tsv")
        .read_text(encoding="utf-8")
    )
    rows: list[Signature] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(
                f"ingest_binary_signatures.tsv:{lineno}: expected 3 tab-separated fields"
            )
        offset, magic_hex, name = fields
        magic = bytes.fromhex(magic_hex)
        if not magic or not name.strip() or int(offset) < 0:
            raise ValueError(f"ingest_binary_signatures.tsv:{lineno}: empty magic or name")
        rows.append(Signature(int(offset), magic, name.strip()))
    return tuple(rows)


@cache
def documentation_names() -> frozenset[str]:
    """Upper-case stems of ``data/ingest_documentation_names.txt`` (README, LICENSE, ...)."""
    text = (
        resources.files("reporter")
        .joinpath("data/ingest_documentation_names.txt")
        .read_text(encoding="utf-8")
    )
    names = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        if not name.isascii() or not name.replace("_", "").isalnum():
            raise ValueError(f"ingest_documentation_names.txt:{lineno}: not a plain file stem")
        names.add(name.upper())
    return frozenset(names)


@cache
def common_hanzi() -> tuple[frozenset[str], frozenset[str]]:
    """The frequently used characters of each script, read off the national standards.

    GB 2312 level 1 (rows 16-55) holds the 3,755 most used simplified characters and
    Big5 level 1 (A440-C67E) the 5,401 most used traditional ones; together they cover
    well over 99 % of running news text, while a wrong decoding scatters its characters
    over the whole repertoire.  Deriving the sets from Python's codecs means no list of
    characters to maintain.
    """
    simplified = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                simplified.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the end of row 55 is unassigned
    traditional = set()
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for lead in range(0xA4, 0xC7):
        for trail in trails:
            if lead == 0xC6 and trail > 0x7E:
                break  # level 1 ends at C67E
            try:
                traditional.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(simplified), frozenset(traditional)


# --------------------------------------------------------------------------- readers and provenance

# An MHTML file (a browser's single-file save): a MIME multipart/related message, told by
# its header (reporter.ingest.readers).
MHTML_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/related", re.I | re.M)
MIME_VERSION = re.compile(rb"^mime-version:", re.I | re.M)
# PDF lines (reporter.ingest.readers.pdf_reader).  Sentence-final punctuation (closing
# quotes and brackets after it are allowed).
PDF_SENTENCE_END = re.compile(r"[。！？!?…；;：:][”’」』）)\]】\"']*$")
# A page number alone on its line: "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 9 页",
# "3/9", "Page 3 of 9".
PDF_PAGE_NUMBER = re.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$",
    re.IGNORECASE,
)
# Digits, masked so that running headers differing only by page number compare equal.
PDF_DIGITS = re.compile(r"\d+")
# What the user says about a file (reporter.ingest.provenance).  TOML front matter,
# Hugo's convention: a first line "+++", the table, a line "+++".
TOML_FRONT_MATTER = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# A date the user gives (2023-04-06, 2023/4/6, 2023年4月6日).
GIVEN_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
