"""Word, PDF and saved pages are read as articles, each by the reader its content calls for.

The documents are made here from the seeds' real text by
tests/fixtures/ingest/documents.py (python-docx, WeasyPrint, the MIME format).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from reporter import ingest
from reporter.clean import clean_article
from reporter.ingest import readers
from reporter.ingest.readers import office_reader
from reporter.ingest.readers.pdf_reader import Line, rejoin
from reporter.models import InputRejected
from reporter.split import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ingest_documents", FIXTURES / "documents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCS = _load_generator()


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return DOCS.write_pdf(tmp_path_factory.mktemp("pdf") / "经验材料.pdf")


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("writer", "kind"),
    [("write_docx", "docx"), ("write_mhtml", "mhtml")],
)
def test_the_content_chooses_the_reader_whatever_the_suffix(
    tmp_path: Path, writer: str, kind: str
) -> None:
    path = getattr(DOCS, writer)(tmp_path / "renamed.txt")
    assert readers.sniff(path, path.read_bytes()) == kind
    article = ingest.read_article(path, "a")
    assert "考察工作组" in article.text


def test_a_zip_that_is_not_a_word_document_stays_refused_as_binary(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("article.txt", "干部" * 50)
    with pytest.raises(InputRejected, match=r"binary file \(ZIP archive"):
        ingest.read_article(path, "a")


# --------------------------------------------------------------------------- docx


def test_docx_paragraphs_heading_table_and_footnote(tmp_path: Path) -> None:
    article = ingest.read_article(DOCS.write_docx(tmp_path / "a.docx"), "a")
    lines = article.text.split("\n")
    body = DOCS.paragraphs()
    assert lines[0] == DOCS.TITLE
    assert article.html_title == DOCS.TITLE  # the Title style makes it the title candidate
    assert lines[1] == body[0] and "一、基本情况" in lines
    assert all(p in lines for p in body)  # every paragraph whole, on its own line
    assert "齐鲁石化项目 35名 6名" in lines  # a table row is one line, cells side by side
    # the footnote is not text of the article, but what was dropped is recorded
    assert "干部科提供" not in article.text
    assert [(r.kind, r.text) for r in article.ingest_removed] == [("footnote", DOCS.FOOTNOTE)]
    cleaned = clean_article(article)
    assert any(r.kind == "footnote" and r.text == DOCS.FOOTNOTE for r in cleaned.cleaning.removed)
    assert cleaned.metadata.title == DOCS.TITLE


def test_a_heading_style_is_a_title_candidate_when_there_is_no_title_style(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("临淄区在重大项目一线考察识别干部", level=1)
    for p in DOCS.paragraphs(3):
        document.add_paragraph(p)
    path = tmp_path / "h.docx"
    document.save(str(path))
    assert ingest.read_article(path, "h").html_title == "临淄区在重大项目一线考察识别干部"


def test_a_damaged_docx_is_refused_by_name(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
    with pytest.raises(InputRejected, match="damaged Word document"):
        ingest.read_article(path, "b")


# --------------------------------------------------------------------------- pdf


def test_pdf_lines_are_rejoined_into_the_published_paragraphs(pdf_path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = len(pdf)
    raw = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    body = DOCS.paragraphs()
    # the fixture is what the test says it is: hard-wrapped, several pages
    assert pages >= 2
    assert raw.count("\n") > 3 * len(body)
    assert all(p not in raw for p in body)  # no paragraph survives on one printed line
    article = ingest.read_article(pdf_path, "p")
    assert article.text.split("\n") == [DOCS.TITLE, *body]


def test_pdf_page_headers_and_numbers_are_dropped_and_recorded(pdf_path: Path) -> None:
    article = ingest.read_article(pdf_path, "p")
    assert DOCS.RUNNING_HEAD not in article.text
    assert "第 1 页" not in article.text and "第 2 页" not in article.text
    dropped = [(r.kind, r.reason, r.text) for r in article.ingest_removed]
    assert ("page_furniture", "page number", "第 1 页") in dropped
    heads = [t for k, reason, t in dropped if reason == "running page header or footer"]
    assert heads and set(heads) == {DOCS.RUNNING_HEAD}


def test_pdf_sentences_span_the_printed_line_breaks(pdf_path: Path) -> None:
    doc = split_sentences(clean_article(ingest.read_article(pdf_path, "p")))
    wanted = "成立由常务副部长带队的考察工作组"
    sentence = next(s for s in doc.sentences if wanted in s.text)
    # the sentence is whole: it starts at its paragraph's start and ends a sentence
    assert sentence.text.startswith("区委组织部坚持把重点项目")
    assert sentence.text.endswith("进行全面深入考察。")


def test_a_scanned_pdf_is_skipped_with_that_reason(tmp_path: Path) -> None:
    path = DOCS.write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(InputRejected, match=r"scanned PDF without a text layer.*OCR is not done"):
        ingest.read_article(path, "s")


def _line(text: str, left: float = 40, right: float = 300, size: float = 13) -> Line:
    return Line(text, left, right, size)


def test_rejoin_joins_full_lines_and_ends_paragraphs_where_the_layout_says() -> None:
    lines = [
        _line("淄博市临淄区：坚持在重大项目一线", size=26),  # a title wrapped at its size
        _line("考察干部", right=150, size=26),
        _line("一、基本情况", left=120, right=200),  # centred heading: indented, short
        _line("区委组织部坚持把重点项目、重大工程一线作为锤炼干部、发现干", left=66),
        _line("部、考察干部的“第一现场”，成立考察工作组。"),  # a sentence end ends it
        _line("截至目前，共调研考察区4个重大建设项目，重点掌握了一批在重", left=66),
        _line("大项目工作一线的优秀干部", right=196),  # short: the paragraph ends
        _line("为确保将此次考察工作考细考准考实，考察工作组综合采取实地", left=66),
        _line("调研、面对面座谈、查阅资料等多种方式，与项目指挥部负责人“近", right=265),
        _line("距离”接触。"),  # the line above ended short only by line-breaking rules
    ]
    assert rejoin(lines) == [
        "淄博市临淄区：坚持在重大项目一线考察干部",
        "一、基本情况",
        "区委组织部坚持把重点项目、重大工程一线作为锤炼干部、发现干部、考察干部的“第一现场”，成立考察工作组。",
        "截至目前，共调研考察区4个重大建设项目，重点掌握了一批在重大项目工作一线的优秀干部",
        "为确保将此次考察工作考细考准考实，考察工作组综合采取实地调研、面对面座谈、查阅资料等多种方式，"
        "与项目指挥部负责人“近距离”接触。",
    ]


def test_rejoin_puts_back_the_space_between_wrapped_latin_words() -> None:
    lines = [
        _line("临淄区与中国石化合作建设的项目抽调了一批干部参与 Sinopec"),
        _line("Project Office。"),
    ]
    assert rejoin(lines) == [
        "临淄区与中国石化合作建设的项目抽调了一批干部参与 Sinopec Project Office。"
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_a_pdf_written_font_by_font_comes_out_in_reading_order(tmp_path: Path) -> None:
    """LibreOffice writes a line's CJK run and its quotes (a Western font) separately;
    read in stream order the quotes land elsewhere in the line."""
    seed = DOCS.EXAMPLES / "003_cddb78661fbf8839.txt"
    source = DOCS.write_docx(tmp_path / "lvyuan.docx", footnote=False, seed=seed)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    article = ingest.read_article(tmp_path / "lvyuan.pdf", "l")
    lines = article.text.split("\n")
    assert lines[0] == DOCS.TITLE  # set in 26 pt, wrapped over two lines
    quoted = "在长春市绿园区就有这样一支“想干事、能干事、会干事、敢干事”的干部队伍。"
    assert any(quoted in line for line in lines)
    body = DOCS.paragraphs(seed=seed)
    assert sum(p in lines for p in body[1:]) == len(body) - 1  # the first is navigation


# --------------------------------------------------------------------------- saved pages


def test_mhtml_is_read_through_the_html_path_with_its_address(tmp_path: Path) -> None:
    article = ingest.read_article(DOCS.write_mhtml(tmp_path / "page.mhtml"), "m")
    assert article.url == DOCS.URL
    assert article.encoding == "gb18030"  # quoted-printable, then the part's charset
    assert article.html_title and DOCS.TITLE in article.html_title
    assert all(p in article.text.split("\n") for p in DOCS.paragraphs())
    assert "iVBORw0KGgo" not in article.text  # the image part is not text


def test_a_saved_pages_files_folder_is_set_aside_in_one_quiet_line(tmp_path: Path) -> None:
    DOCS.write_saved_page(tmp_path)
    files, skipped = ingest.discover([tmp_path])
    assert files == [tmp_path / "lz-kaocha.html"]
    assert len(skipped) == 1 and skipped[0].quiet
    assert skipped[0].source_path == (tmp_path / "lz-kaocha_files").as_posix()
    assert "saved page lz-kaocha.html" in skipped[0].reason
    # a folder that merely ends in _files, beside no page, is searched as usual
    (tmp_path / "old_files").mkdir()
    (tmp_path / "old_files" / "note.png").write_bytes(b"\x89PNG")
    _, skipped = ingest.discover([tmp_path])
    assert [(Path(s.source_path).name, s.quiet) for s in skipped] == [
        ("lz-kaocha_files", True),
        ("note.png", False),
    ]


def test_the_canonical_link_of_a_page_is_its_url(tmp_path: Path) -> None:
    page = DOCS.write_saved_page(tmp_path)
    assert ingest.read_article(page, "p").url == DOCS.URL


def test_a_relative_canonical_link_is_no_url(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(DOCS.page_html().replace(DOCS.URL, "/news/lz.html"), encoding="utf-8")
    assert ingest.read_article(page, "p").url is None


# --------------------------------------------------------------------------- .doc / .wps


def test_legacy_word_without_libreoffice_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office_reader.shutil, "which", lambda _name: None)
    path = tmp_path / "材料.doc"
    path.write_bytes(readers.OLE_MAGIC + b"\0" * 512)
    with pytest.raises(InputRejected, match=r"needs LibreOffice.*apt-get install libreoffice"):
        ingest.read_article(path, "d")
    # a .wps is the same kind of file
    wps = tmp_path / "材料.wps"
    wps.write_bytes(readers.OLE_MAGIC + b"\0" * 512)
    assert readers.sniff(wps, wps.read_bytes()) == "legacy_word"


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_legacy_word_is_read_through_libreoffice(tmp_path: Path) -> None:
    source = DOCS.write_docx(tmp_path / "src.docx", footnote=False)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
         "--convert-to", "doc", "--outdir", str(tmp_path / "doc"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    doc = tmp_path / "doc" / "src.doc"
    assert doc.read_bytes().startswith(readers.OLE_MAGIC)
    article = ingest.read_article(doc, "d")
    assert article.media_type == "application/msword"
    assert all(p in article.text.split("\n") for p in DOCS.paragraphs())
    # WPS Office saves Word's format under .wps (LibreOffice takes .wps for MS Works)
    wps = shutil.copy(doc, tmp_path / "材料.wps")
    assert ingest.read_article(Path(wps), "w").text == article.text


# --------------------------------------------------------------------------- size


def test_a_document_with_photos_may_pass_the_text_size_limit(tmp_path: Path) -> None:
    import os
    import zipfile

    path = DOCS.write_docx(tmp_path / "photos.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/media/image1.jpeg", os.urandom(ingest.MAX_BYTES + 1024))
    assert path.stat().st_size > ingest.MAX_BYTES
    assert "考察工作组" in ingest.read_article(path, "p").text


def test_a_large_file_with_a_document_suffix_must_be_a_document(tmp_path: Path) -> None:
    path = tmp_path / "not-a.pdf"
    path.write_bytes("干部".encode() * (ingest.MAX_BYTES // 6 + 1))
    assert ingest.MAX_BYTES < path.stat().st_size < ingest.MAX_DOCUMENT_BYTES
    with pytest.raises(InputRejected, match=r"file too large: .* the limit is 5 MB"):
        ingest.read_article(path, "n")


def test_a_docx_body_inside_a_content_control_is_still_read(tmp_path: Path) -> None:
    import io
    import zipfile

    path = DOCS.write_docx(tmp_path / "sdt.docx", footnote=False, table=False)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("<w:p>") if "<w:p>" in text else text.index("<w:p ")
                end = text.rindex("</w:p>") + len("</w:p>")
                wrapped = f"<w:sdt><w:sdtContent>{text[start:end]}</w:sdtContent></w:sdt>"
                text = text[:start] + wrapped + text[end:]
                data = text.encode("utf-8")
            target.writestr(item, data)
    path.write_bytes(out.getvalue())
    article = ingest.read_article(path, "s")
    assert all(p in article.text.split("\n") for p in DOCS.paragraphs())


def test_installing_libreoffice_changes_a_doc_files_cache_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reporter.scale.cache import ArticleCache

    path = tmp_path / "材料.doc"
    path.write_bytes(readers.OLE_MAGIC + b"\0" * 512)
    cache = ArticleCache(tmp_path / "cache")
    monkeypatch.setattr(office_reader.shutil, "which", lambda _name: None)
    without = cache.key_for(path, "d", "options")
    monkeypatch.setattr(office_reader.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert cache.key_for(path, "d", "options") != without
