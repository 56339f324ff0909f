"""The rendered brief of the five seeds: sections, links, fonts, text, metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.render.html import render_html, render_print_html

SEED_LOCALITIES = ("崂山区", "龙岗区", "青岛市", "绿园区", "临淄区")
SECTION_IDS = (
    "cover",
    "exec",
    "matrix",
    "deploy",
    "mechanisms",
    "other",
    "articles",
    "quality",
    "methods",
)
PINYIN_ANNOTATION = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
# Closing punctuation that Chinese typesetting never puts at the start of a line.
CLOSING = "，。、；：！？）》」』”’"
PDF_LIMIT_BYTES = 1_500_000


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package poppler-utils)")
    return path


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.cite_hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        href = a.get("href")
        if href and href.startswith("#"):
            self.hrefs.append(href[1:])
            if "cite" in (a.get("class") or "").split():
                self.cite_hrefs.append(href[1:])


def _parse(html: str) -> _Ids:
    p = _Ids()
    p.feed(html)
    return p


def _pdftext(pdf: Path, *args: str) -> str:
    need_tool("pdftotext")
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_html_has_every_section_and_one_card_per_article(seed_out: Path, seed_brief: Brief) -> None:
    html = (seed_out / "brief.html").read_text("utf-8")
    ids = set(_parse(html).ids)
    for section in SECTION_IDS:
        assert section in ids, section
    for doc in seed_brief.documents:
        assert f"a-{doc.id}" in ids
    assert html.count("<svg") >= 2  # the heat map and its legend at least


@pytest.mark.parametrize("mode", ["screen", "print"])
def test_every_internal_link_lands_on_an_element(seed_brief: Brief, mode: str) -> None:
    html = (
        render_html(seed_brief, "zh") if mode == "screen" else render_print_html(seed_brief, "zh")
    )
    parsed = _parse(html)
    ids = parsed.ids
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = sorted(set(parsed.hrefs) - set(ids))
    assert not missing, missing[:5]
    assert parsed.cite_hrefs, "the brief cites no sentence"
    assert all(re.fullmatch(r"a-[\w-]+-s-\d+", h) for h in parsed.cite_hrefs)


def test_citation_target_holds_the_cited_sentence(seed_brief: Brief) -> None:
    html = render_html(seed_brief, "zh")
    doc = seed_brief.documents[0]
    sentence = doc.sentences[0]
    m = re.search(rf'<li class="sent" id="a-{re.escape(doc.id)}-s-0">(.*?)</li>', html)
    assert m, "sentence 0 of the first article has no anchor"
    assert sentence.text[:10] in m[1]


def test_lang_en_switches_the_brief_words_not_the_quotes(seed_brief: Brief) -> None:
    zh = render_html(seed_brief, "zh")
    en = render_html(seed_brief, "en")
    assert '<html lang="en">' in en and '<html lang="zh-Hans">' in zh
    assert ">Key points<" in en and ">要点<" in zh
    assert ">要点<" not in en and ">Mechanism by mechanism<" in en
    for m in seed_brief.alignment.mechanisms:
        if m.name_en:
            assert m.name_en in en
    quote = seed_brief.summaries[0].sentences[0].text
    assert quote in en  # quotes stay as written


def test_pdf_embeds_a_subset_cjk_font(seed_out: Path) -> None:
    need_tool("pdffonts")
    out = subprocess.run(
        ["pdffonts", str(seed_out / "brief.pdf")], check=True, capture_output=True, text=True
    ).stdout
    cjk = [line for line in out.splitlines() if "CJK" in line]
    assert cjk, out
    for line in cjk:
        name, *_, emb, sub, _uni, _obj, _gen = line.split()
        assert re.match(r"[A-Z]{6}\+", name), line  # subset prefix
        assert emb == "yes" and sub == "yes", line


def test_pdf_text_names_the_localities_without_pinyin(seed_out: Path) -> None:
    text = _pdftext(seed_out / "brief.pdf")
    for place in SEED_LOCALITIES:
        assert place in text, place
    assert "(qū)" not in text
    assert not PINYIN_ANNOTATION.search(text), PINYIN_ANNOTATION.search(text)


def test_pdf_pages_numbered_and_sized(seed_out: Path) -> None:
    pdf = seed_out / "brief.pdf"
    assert pdf.stat().st_size < PDF_LIMIT_BYTES
    need_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])  # type: ignore[index]
    assert "595.276 x 841.89" in info  # A4 in points
    assert "干部工作机制比较简报" in info  # the title metadata
    first = _pdftext(pdf, "-f", "1", "-l", "1")
    assert f"第 1 页 / 共 {pages} 页" in first
    last = _pdftext(pdf, "-f", str(pages), "-l", str(pages))
    assert f"第 {pages} 页 / 共 {pages} 页" in last


def test_pdf_dates_come_from_the_brief(seed_out: Path, seed_brief: Brief) -> None:
    need_tool("pdfinfo")
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(seed_out / "brief.pdf")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert f"CreationDate:    {seed_brief.generated}" in info


def test_no_line_of_the_pdf_starts_with_closing_punctuation(seed_out: Path) -> None:
    lines = _pdftext(seed_out / "brief.pdf").splitlines()
    bad = [line for line in lines if line and line[0] in CLOSING]
    assert not bad, bad[:5]


def test_toc_lists_page_numbers(seed_out: Path) -> None:
    first = _pdftext(seed_out / "brief.pdf", "-f", "1", "-l", "1", "-layout")
    assert re.search(r"要点\s*\.{3,}\s*\d+", first), first[-800:]


@pytest.mark.parametrize("mode", ["screen", "print"])
def test_other_practices_quote_each_sentence_once(seed_brief: Brief, mode: str) -> None:
    render = render_html if mode == "screen" else render_print_html
    html = render(seed_brief, "zh")
    m = re.search(r'<section class="chapter" id="other".*?</section>', html, re.S)
    assert m, "no other-practices section"
    quotes = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", m[0], re.S)
    assert quotes and len(quotes) == len(set(quotes))
    # A practice whose sentence was quoted above still cites it.
    rows = re.findall(r'<tbody class="row">.*?</tbody>', m[0], re.S)
    assert all('class="cite' in row for row in rows)
