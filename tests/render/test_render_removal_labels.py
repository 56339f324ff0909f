"""The zh brief explains every removal in Chinese.

The cleaning stage writes why it dropped a text (``Removal.reason``) in English; the zh
brief looks each (kind, reason) up in ``render_labels.toml``.  The kinds and reasons are
collected from the cleaning stage's data file and by running the cleaner over the seeds
and the cleaning fixtures (its hard-coded reasons, some with a variable part), so a new
rule without a Chinese label fails here rather than as English in a Chinese brief.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.clean import clean_article
from reporter.ingest import discover, read_article
from reporter.models import InputRejected
from reporter.render.labels import labels
from reporter.render.resources import LABEL_PLACEHOLDER
from reporter.render.view import build_view

ROOT = Path(__file__).resolve().parents[2]
# Articles the cleaner runs over: the seeds, the cleaning stage's fixtures, and one of
# ours with the rare removals (HTML comment, private-use character, a spam line without
# words, a repeated paragraph) no other text triggers.
CLEANED = (
    sorted((ROOT / "examples").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "clean").rglob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "render" / "removals").glob("*.txt"))
)
# Latin words a Chinese text of the genre writes as they are: encodings and formats.
LATIN_NAMES = frozenset({"GBK", "HTML", "JSON", "PDF", "UTF", "Big5", "OpenCC"})
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*")  # pinyin with tones too


@functools.cache
def cleaner_removals() -> frozenset[tuple[str, str]]:
    """(kind, reason) of every removal the cleaner makes in ``CLEANED``."""
    out: set[tuple[str, str]] = set()
    for i, path in enumerate(CLEANED):
        clean = clean_article(read_article(path, f"r{i:03d}"))
        out.update((r.kind, r.reason) for r in clean.cleaning.removed)
    return frozenset(out)


def data_removals() -> frozenset[tuple[str, str]]:
    """(kind, reason) of every line and span rule of the cleaning stage's data file."""
    raw = resources.files("reporter.data").joinpath("boilerplate.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return frozenset(
        (rule["kind"], rule["reason"]) for sec in ("line", "span") for rule in data[sec]
    )


def every_removal() -> list[tuple[str, str]]:
    return sorted(cleaner_removals() | data_removals())


def _latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(text)) - LATIN_NAMES


def test_the_collection_reaches_the_cleaners_own_reasons() -> None:
    """Not only the data file: the reasons written in the cleaner's code are collected
    too, the variable ones included (else the test below would prove little)."""
    found = cleaner_removals()
    kinds = {k for k, _ in found}
    assert {"mojibake", "html", "spam", "duplicate", "empty", "seo"} <= kinds
    assert any("only its pinyin" in r for _, r in found)
    assert ("html", "HTML comment") in found
    assert len(cleaner_removals() - data_removals()) >= 10


@pytest.mark.parametrize(("kind", "reason"), every_removal())
def test_every_removal_has_a_chinese_label(kind: str, reason: str) -> None:
    zh = labels("zh")
    assert kind in dict(zh.removal_kinds), f"no zh name for removed-text kind {kind!r}"
    assert kind in dict(labels("en").removal_kinds), f"no en name for kind {kind!r}"
    text = zh.translated_reason(kind, reason)
    assert text is not None, f"no zh label for {kind}: {reason!r}"
    assert re.search(r"[\u4e00-\u9fff]", text)
    # Latin letters only where the reason's own variable part (a pinyin) is carried over.
    assert _latin_words(text) <= _latin_words(reason), text


def test_chinese_reasons_use_no_english_of_their_own() -> None:
    zh = labels("zh")
    assert zh.removal_reasons
    for _, _, text in zh.removal_reasons:
        assert _latin_words(LABEL_PLACEHOLDER.sub("", text)) == set(), text


@pytest.mark.parametrize(
    ("kind", "reason", "text_out"),
    [
        ("navigation", "breadcrumb trail of the hosting site", "所在网站的位置导航（首页 > 栏目）"),
        (
            "dateline",
            "publication date and source line of the hosting page (kept in the metadata)",
            "转载网页的发布时间与来源行（已存入元数据）",
        ),
        (
            "mojibake",
            "private-use character left by a GBK decoding error",
            "GBK 解码错误留下的私用区字符",
        ),
        # The variable part is the article's own text and is carried over as written.
        (
            "mojibake",
            "a character lost in transcoding; only its pinyin 'qǐng' survived",
            "转码时丢失的字，只剩拼音“qǐng”",
        ),
        ("spam", "advertising line (彩票) without article text", "不含正文的广告行（彩票）"),
        # A reason the labels do not know yet: its kind, in Chinese, never the English.
        ("spam", "a rule added after the labels were written", "垃圾信息"),
        ("mojibake", "a character lost in transcoding", "乱码"),
        # A kind the labels do not know either.
        ("sidebar", "a sidebar of the hosting page", "其他删除内容"),
    ],
)
def test_zh_reason(kind: str, reason: str, text_out: str) -> None:
    assert labels("zh").removal_reason(kind, reason) == text_out


def test_a_reason_under_another_kind_is_not_taken_for_it() -> None:
    """Reasons are per kind: the same words under a kind they were not written for fall
    back to that kind's name rather than borrow another kind's label."""
    assert labels("zh").removal_reason("caption", "editor credit") == "图片说明"
    assert labels("zh").translated_reason("caption", "editor credit") is None


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("navigation", "breadcrumb trail of the hosting site"),
        ("spam", "a rule added after the labels were written"),
        ("mojibake", "a character lost in transcoding; only its pinyin 'qǐng' survived"),
    ],
)
def test_en_reason_is_shown_as_written(kind: str, reason: str) -> None:
    assert labels("en").removal_reason(kind, reason) == reason


def test_en_names_an_unknown_kind_by_its_code_zh_in_chinese() -> None:
    assert labels("en").removal_kind("sidebar") == "sidebar"
    assert labels("zh").removal_kind("sidebar") == "其他删除内容"


@pytest.mark.parametrize("mode", ["print", "screen"])
def test_appendix_reasons_follow_the_language(seed_brief: Brief, mode: str) -> None:
    zh = build_view(seed_brief, "zh", mode)
    en = build_view(seed_brief, "en", mode)
    zh_reasons = [r for q in zh.quality for g in q.removed for _, r in g.examples]
    en_reasons = [r for q in en.quality for g in q.removed for _, r in g.examples]
    assert len(zh_reasons) == len(en_reasons) > 10
    for reason in zh_reasons:
        assert _latin_words(reason) <= {"qǐng", "lián", "jié"}, reason
    assert "photo caption" in en_reasons
    assert "所在网页的栏目或版块标签，不属于正文" in zh_reasons
    # The removed text itself is quoted as it stood, in both languages.
    zh_texts = [t for q in zh.quality for g in q.removed for t, _ in g.examples]
    en_texts = [t for q in en.quality for g in q.removed for t, _ in g.examples]
    assert zh_texts == en_texts


class _BriefWords(HTMLParser):
    """The text of an HTML brief that is the brief's own: quotes of the articles (their
    sentences, titles, removed text, figures), ids, file paths, codes and software
    versions are skipped."""

    QUOTING_TAGS = frozenset({"code", "blockquote", "title", "style", "svg", "script"})
    QUOTING_CLASSES = frozenset(
        {"sent", "card-title", "cite", "file", "fig", "chip", "ids", "badge", "c-id"}
        | {"kw", "c-outlet", "c-loc", "loc", "practice"}
    )
    VOID = frozenset({"br", "meta", "link", "col", "img", "input", "hr", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element: inside a quote
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        quoting = tag in self.QUOTING_TAGS or bool(classes & self.QUOTING_CLASSES)
        self.stack.append((bool(self.stack) and self.stack[-1]) or quoting)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.words.extend(LATIN_WORD.findall(data))


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    raw = resources.files("reporter.data").joinpath("pinyin_syllables.txt").read_text("utf-8")
    return frozenset(ln for ln in raw.splitlines() if ln and not ln.startswith("#"))


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode().lower()


def test_zh_html_has_no_english_words_of_its_own(seed_brief: Brief, seed_out: Path) -> None:
    parser = _BriefWords()
    parser.feed((seed_out / "brief.html").read_text("utf-8"))
    assert parser.words, "the parser saw no text"
    # Names, not words: the files the brief points to, the software and its versions,
    # the citation notation (s14: sentence 14), and pinyin, quoted from the articles (a
    # reading that survived mojibake) or in the example of the pinyin step.
    allowed = LATIN_NAMES | {"GB18030", "brief", "json", "jsonl", "articles"}
    allowed |= {w for name, _ in seed_brief.versions for w in LATIN_WORD.findall(name)}
    leftover = sorted(
        w
        for w in set(parser.words) - allowed
        if not re.fullmatch(r"s\d+", w) and _toneless(w) not in pinyin_syllables()
    )
    assert leftover == [], leftover


def _skip_reasons(root: Path) -> list[str]:
    """Why each of a folder of unusable inputs is not used, as ingest reports it."""
    folder = root / "inputs"
    folder.mkdir()
    (folder / ".hidden.txt").write_text("干部" * 50, "utf-8")
    (folder / ".drafts").mkdir()
    (folder / "README.md").write_text("说明" * 50, "utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "noext").write_text("干部" * 50, "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (folder / "blank.txt").write_text("   \n\n", "utf-8")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "english.txt").write_text("A plain English note about cadres. " * 20, "utf-8")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "page.html").write_text("<html><body><script>x</script></body></html>", "utf-8")
    files, skipped = discover([folder, folder / "missing.txt", folder / "blank.txt"])
    reasons = [s.reason for s in skipped]
    for i, path in enumerate(files):
        try:
            read_article(path, f"s{i}")
        except InputRejected as exc:
            reasons.append(exc.reason)
    return reasons


def test_every_reason_an_input_is_refused_has_a_chinese_label(tmp_path: Path) -> None:
    reasons = _skip_reasons(tmp_path)
    assert len(reasons) >= 14  # one per unusable input above
    zh = labels("zh")
    untranslated = [r for r in reasons if zh.skip_reason(r) == zh["skip_reason_unknown"]]
    assert untranslated == []
    for reason in reasons:
        text = zh.skip_reason(reason)
        assert re.search(r"[\u4e00-\u9fff]", text), text
        # Only names carried over from the reason (a suffix, an encoding) stay Latin.
        assert _latin_words(text) <= _latin_words(reason), (reason, text)
        assert labels("en").skip_reason(reason) == reason


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("hidden file", "隐藏文件"),
        (
            "unsupported file type (no suffix); reads .txt, .md",
            "文件没有扩展名；可读取的类型为 .txt, .md",
        ),
        (
            "unsupported file type ('.docx'); reads .txt, .md",
            "不支持的文件类型（'.docx'）；可读取的类型为 .txt, .md",
        ),
        ("cannot read: is a folder", "无法读取：这是文件夹"),
        ("cannot read: Permission denied", "无法读取（Permission denied）"),
        ("no sentence of Chinese text left after cleaning", "清洗后没有留下中文句子"),
        (
            "not a Chinese article: only 12% of its letters are Chinese characters",
            "不是中文报道：汉字只占字母的 12%",
        ),
        ("a reason written after the labels", "未能采用（原因见 brief.json 的 skipped）"),
    ],
)
def test_zh_skip_reason(text_in: str, text_out: str) -> None:
    assert labels("zh").skip_reason(text_in) == text_out
