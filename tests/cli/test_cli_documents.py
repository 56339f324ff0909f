"""`reporter build` on the documents users have, with where each came from.

The issue's "done when": a folder mixing .txt, .html, .mhtml, .docx, a text .pdf and a
saved page with its _files/ folder gives one article per document and skips nothing;
a sources.csv sets url, outlet, date, title and note, and the brief shows them; the PDF
and HTML never show an absolute path of the machine.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import jsonschema
import pytest
from typer.testing import CliRunner

from reporter.cli import app

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
EXAMPLES = REPO / "examples"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ingest_documents", FIXTURES / "documents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCS = _load_generator()
SEEDS = sorted(EXAMPLES.glob("*.txt"))
GIVEN_URL = "https://www.gmw.cn/2018-06/27/content_29521436.htm"
SIDECAR = (
    "file,url,outlet,published,title,note\n"
    f'saved/longgang.html,{GIVEN_URL},光明日报,2018/6/27,"深圳龙岗：以实干论英雄",剪报来自图书馆\n'
    "qingdao.docx,,人民日报,2022-11-07,,\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seed per format, so no two documents are copies of one story."""
    root = tmp_path_factory.mktemp("documents") / "corpus"
    (root / "saved").mkdir(parents=True)
    shutil.copy(SEEDS[0], root / "laoshan.txt")
    DOCS.write_saved_page(
        root / "saved", "longgang", seed=SEEDS[1], title="深圳市龙岗区：以实干论英雄，以实绩定进退",
        url="https://example.org/longgang.html",
    )  # fmt: skip
    DOCS.write_docx(root / "qingdao.docx", seed=SEEDS[2], title="激发干事动能 激活发展潜能")
    DOCS.write_mhtml(
        root / "lvyuan.mhtml", seed=SEEDS[3], title="长春市绿园区：让干部在一线担当作为",
        url="https://www.changchun.gov.cn/lvyuan/2020-03-30.html",
    )  # fmt: skip
    DOCS.write_pdf(root / "linzi.pdf")
    (root / "sources.csv").write_text(SIDECAR, encoding="utf-8-sig")  # as Excel saves it
    return root


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    return out, result.stderr


def _articles(out: Path) -> dict[str, dict[str, object]]:
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["articles"]}


def test_one_article_per_document_and_nothing_skipped(built: tuple[Path, str]) -> None:
    out, stderr = built
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "reporter" / "schema" / "brief.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    ids = {a["id"] for a in data["articles"]}
    assert ids == {"laoshan", "longgang", "qingdao", "lvyuan", "linzi"}
    assert data["skipped"] == []
    assert "reposts" not in data
    # the saved page's resource folder: one line set aside, no warning
    assert [Path(s["source_path"]).name for s in data["set_aside"]] == ["longgang_files"]
    assert "reporter: skipped" not in stderr and "longgang_files" not in stderr
    assert "input(s) skipped" not in stderr


def test_urls_come_from_the_sidecar_the_page_or_nowhere(built: tuple[Path, str]) -> None:
    articles = _articles(built[0])
    assert articles["longgang"]["url"] == GIVEN_URL  # the sidecar beats the canonical link
    assert articles["lvyuan"]["url"] == "https://www.changchun.gov.cn/lvyuan/2020-03-30.html"
    assert articles["laoshan"]["url"] is None
    assert articles["linzi"]["url"] is None


def test_sidecar_values_win_and_are_marked_as_given(built: tuple[Path, str]) -> None:
    articles = _articles(built[0])
    longgang = articles["longgang"]
    assert longgang["outlet"] == "光明日报"
    assert longgang["published"] == "2018-06-27"
    assert longgang["title"] == "深圳龙岗：以实干论英雄"
    assert longgang["note"] == "剪报来自图书馆"
    assert longgang["given"] == ["url", "outlet", "published", "title", "note"]
    qingdao = articles["qingdao"]
    assert (qingdao["outlet"], qingdao["published"]) == ("人民日报", "2022-11-07")
    assert qingdao["given"] == ["outlet", "published"]  # empty cells give nothing
    assert "given" not in articles["laoshan"] and "note" not in articles["laoshan"]


def test_the_brief_shows_source_details_and_no_absolute_path(
    built: tuple[Path, str], corpus: Path
) -> None:
    import pypdfium2 as pdfium

    out, _ = built
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert f'<a href="{GIVEN_URL}">{GIVEN_URL}</a>' in html
    assert "剪报来自图书馆" in html and "来源信息由用户提供" in html
    assert "文件：saved/longgang.html" in html
    # a citation of an article with a known address names its source in the tooltip
    assert f' — 光明日报 · 2018年6月27日 · {GIVEN_URL}">[' in html
    pdf = pdfium.PdfDocument(str(out / "brief.pdf"))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "saved/longgang.html" in text
    for shown in (html, text):
        assert str(corpus) not in shown and str(corpus.parent) not in shown
    # brief.json keeps the path as given
    assert _articles(out)["linzi"]["source_path"] == (corpus / "linzi.pdf").as_posix()


def test_toml_front_matter_of_a_text_file_is_given_and_not_text(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    front = (
        '+++\nurl = "https://www.zbdj.gov.cn/a.html"\noutlet = "淄博党建"\n'
        "published = 2018-04-12\n+++\n"
    )
    article.write_text(front + SEEDS[4].read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    (entry,) = _articles(out).values()
    assert entry["url"] == "https://www.zbdj.gov.cn/a.html"
    assert (entry["outlet"], entry["published"]) == ("淄博党建", "2018-04-12")
    assert entry["given"] == ["url", "outlet", "published"]
    assert all("+++" not in s["text"] and "outlet" not in s["text"] for s in entry["sentences"])


def test_an_edited_sidecar_rebuilds(tmp_path: Path) -> None:
    shutil.copy(SEEDS[4], tmp_path / "linzi.txt")
    sidecar = tmp_path / "sources.csv"
    sidecar.write_text("file,outlet\nlinzi.txt,淄博日报\n", encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["build", str(tmp_path / "linzi.txt"), "-o", str(out), "-f", "json"]
    runner = CliRunner(env={"XDG_CACHE_HOME": str(cache)})
    assert runner.invoke(app, args).exit_code == 0
    assert _articles(out)["linzi"]["outlet"] == "淄博日报"
    sidecar.write_text("file,outlet\nlinzi.txt,大众日报\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "up to date" not in result.stderr
    assert _articles(out)["linzi"]["outlet"] == "大众日报"


def test_build_reads_one_article_from_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    data = DOCS.write_docx(tmp_path / "a.docx").read_bytes()  # any format: it is sniffed
    result = CliRunner().invoke(app, ["build", "-", "-o", str(out), "-f", "json,html"], input=data)
    assert result.exit_code == 0, result.output
    (entry,) = _articles(out).values()
    assert entry["id"] == "stdin" and entry["source_path"] == "-"
    assert entry["title"] == DOCS.TITLE
    empty = CliRunner().invoke(app, ["build", "-", "-o", str(tmp_path / "o2")], input=b"")
    assert empty.exit_code == 3 and "empty file" in empty.stderr  # no usable input
