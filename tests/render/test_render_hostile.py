"""Hostile article text never becomes markup, and WeasyPrint fetches nothing outside the package."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from reporter.brief import Brief, to_json
from reporter.compare.model import Alignment, Mechanism
from reporter.models import Document, Keyword, Metadata, Sentence, Summary
from reporter.pipeline import build_brief
from reporter.render import write_outputs
from reporter.render.env import templates_dir
from reporter.render.html import render_html, render_print_html
from reporter.render.pdf import FetchRefused, PackageFetcher, render_pdf
from reporter.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "hostile"

HOSTILE = (
    '<img src="file:///etc/passwd">',
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "url(http://example.com/x)",
)
ESCAPED = {
    '<img src="file:///etc/passwd">': "&lt;img src=&#34;file:///etc/passwd&#34;&gt;",
    "<script>alert(1)</script>": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ 7*7 }}": "{{ 7*7 }}",
    "{% raw %}": "{% raw %}",
    "url(http://example.com/x)": "url(http://example.com/x)",
}


def _pdftotext(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _poison(brief: Brief) -> Brief:
    """Put every hostile string into every text field the renderer shows."""
    payload = " ".join(HOSTILE)

    def doc(d: Document) -> Document:
        sentences = tuple(dataclasses.replace(s, text=f"{s.text}{payload}") for s in d.sentences)
        meta: Metadata = dataclasses.replace(
            d.article.metadata,
            title=f"标题{payload}",
            outlet=f"媒体{HOSTILE[1]}",
            primary_locality=f"{HOSTILE[0]}区",
        )
        return dataclasses.replace(
            d,
            article=dataclasses.replace(
                d.article, metadata=meta, source_path=f"x/{HOSTILE[1]}.txt"
            ),
            sentences=sentences,
        )

    def summary(s: Summary, d: Document) -> Summary:
        return dataclasses.replace(
            s,
            sentences=tuple(
                dataclasses.replace(p, text=d.sentences[p.sentence_index].text) for p in s.sentences
            ),
            keywords=(Keyword(HOSTILE[2], 1.0), *s.keywords),
        )

    docs = tuple(doc(d) for d in brief.documents)
    mechanisms = tuple(
        dataclasses.replace(m, name_zh=f"{m.name_zh}{HOSTILE[1]}", definition=payload)
        for m in brief.alignment.mechanisms
    )
    alignment: Alignment = dataclasses.replace(brief.alignment, mechanisms=mechanisms)
    return dataclasses.replace(
        brief,
        documents=docs,
        summaries=tuple(summary(s, d) for s, d in zip(brief.summaries, docs, strict=True)),
        alignment=alignment,
    )


@pytest.fixture(scope="module")
def hostile_brief() -> Brief:
    return build_brief(Settings(inputs=(FIXTURES,)))


# The page's own navigation script (templates/brief.html, HTML only); nothing else may
# open a script element, least of all text that came from an article.
OWN_SCRIPT = '<script id="pagenav-script">'


def _foreign_script(html: str) -> bool:
    return html.count(OWN_SCRIPT) > 1 or "<script" in html.replace(OWN_SCRIPT, "", 1)


@pytest.fixture(scope="module")
def poisoned(hostile_brief: Brief) -> Brief:
    return _poison(hostile_brief)


def test_pipeline_text_that_survives_is_escaped(hostile_brief: Brief) -> None:
    text = json.dumps(to_json(hostile_brief), ensure_ascii=False)
    survivors = [h for h in HOSTILE if h in text]
    assert survivors, "no hostile string reached the brief; the fixture no longer tests anything"
    html = render_html(hostile_brief, "zh")
    for h in survivors:
        assert ESCAPED[h] in html, h
    assert not _foreign_script(html) and "<img" not in html
    assert ">49<" not in html and " 49 " not in html  # jinja syntax was not evaluated


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_field_is_escaped_in_html(poisoned: Brief, lang: str) -> None:
    for html in (render_html(poisoned, lang), render_print_html(poisoned, lang)):
        assert not _foreign_script(html)
        assert "<img" not in html
        for h in HOSTILE:
            assert ESCAPED[h] in html, h


@pytest.mark.slow
def test_pdf_of_hostile_text_fetches_nothing_and_shows_it_literally(
    poisoned: Brief, tmp_path: Path
) -> None:
    fetcher = PackageFetcher()
    pdf = render_pdf(render_print_html(poisoned, "zh"), fetcher)
    root = templates_dir().resolve()
    outside = [u for u in fetcher.attempts if not u.startswith(root.as_uri())]
    assert outside == [], outside
    out = tmp_path / "hostile.pdf"
    out.write_bytes(pdf)
    text = _pdftotext(out)
    for h in ("<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "url(http://example.com/x)"):
        assert h in text, h
    assert "root:x:0:0" not in text


def test_outputs_written_for_hostile_pipeline_input(hostile_brief: Brief, tmp_path: Path) -> None:
    written = write_outputs(hostile_brief, tmp_path, ("json", "html"), "zh")
    assert [p.name for p in written] == ["brief.json", "brief.html"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/x",
        "https://example.com/x.css",
        "ftp://example.com/x",
        "data:text/plain,hello",
        "file://example.com/etc/passwd",
    ],
)
def test_fetcher_refuses_everything_outside_the_templates(url: str) -> None:
    fetcher = PackageFetcher()
    with pytest.raises((FetchRefused, ValueError)):
        fetcher.fetch(url)
    assert fetcher.attempts == [url]


def test_fetcher_refuses_path_traversal_out_of_the_templates() -> None:
    fetcher = PackageFetcher()
    sneaky = templates_dir().as_uri() + "/../pyproject.toml"
    with pytest.raises(FetchRefused):
        fetcher.fetch(sneaky)
    assert fetcher.refused == [sneaky]


def test_fetcher_serves_the_package_stylesheet() -> None:
    fetcher = PackageFetcher()
    url = (templates_dir() / "brief.css").as_uri()
    response = fetcher.fetch(url)
    assert b"--serif" in response.read()
    response.close()


@pytest.mark.slow
def test_weasyprint_gets_nothing_from_hostile_markup(tmp_path: Path) -> None:
    """Markup that would fetch (image, stylesheet, CSS url, attachment) is refused and recorded."""
    html = """<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="http://example.com/x.css">
    <link rel="attachment" href="file:///etc/passwd">
    <style>body { background: url(http://example.com/x); }</style></head>
    <body><p>正文</p><img src="file:///etc/passwd"><img src="https://example.com/y.png"></body></html>"""
    fetcher = PackageFetcher()
    pdf = render_pdf(html, fetcher)
    assert "file:///etc/passwd" in fetcher.refused
    assert "http://example.com/x.css" in fetcher.refused
    assert "http://example.com/x" in fetcher.refused
    assert "https://example.com/y.png" in fetcher.refused
    assert set(fetcher.attempts) == set(fetcher.refused)
    out = tmp_path / "x.pdf"
    out.write_bytes(pdf)
    if shutil.which("pdfdetach"):
        listing = subprocess.run(
            ["pdfdetach", "-list", str(out)], check=True, capture_output=True, text=True
        ).stdout
        assert listing.startswith("0 embedded files"), listing
    assert b"root:x:0:0" not in pdf


def test_mechanism_names_from_a_taxonomy_are_escaped_in_charts(hostile_brief: Brief) -> None:
    evil = Mechanism("task_force", '<svg onload="x">专班', "x</text><script>", "d")
    mechs = (evil, *hostile_brief.alignment.mechanisms[1:])
    brief = dataclasses.replace(
        hostile_brief, alignment=dataclasses.replace(hostile_brief.alignment, mechanisms=mechs)
    )
    html = render_html(brief, "en")
    assert not _foreign_script(html) and "<svg onload" not in html


def test_sentence_records_unchanged_by_rendering(hostile_brief: Brief) -> None:
    before = [s for d in hostile_brief.documents for s in d.sentences]
    render_html(hostile_brief, "zh")
    after = [s for d in hostile_brief.documents for s in d.sentences]
    assert before == after
    assert all(isinstance(s, Sentence) for s in after)
