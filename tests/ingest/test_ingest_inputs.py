"""Every encoding the issue names is detected, and every bad input is refused by name.

The inputs are written by tests/fixtures/ingest/broken_inputs.py from the real text of
seed 001 (and its traditional conversion), so each encoded file holds a real article.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

from reporter import ingest
from reporter.models import InputRejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ingest_broken_inputs", FIXTURES / "broken_inputs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _load_generator()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, str]]:
    folder = tmp_path_factory.mktemp("ingest_inputs")
    good, bad = GENERATOR.write_inputs(folder)
    return folder, good, bad


GOOD_NAMES = [
    "enc_utf8.txt", "enc_utf8_bom.txt", "enc_utf8_crlf.txt", "enc_gb18030.txt", "enc_gbk.txt",
    "enc_gbk_headline.txt", "enc_big5.txt", "enc_big5_headline.txt", "enc_utf16le_bom.txt",
    "enc_utf16be_bom.txt", "enc_utf16le_nobom.txt", "enc_utf16be_nobom.txt",
    "enc_utf16le_headline_nobom.txt",
]  # fmt: skip
BAD_NAMES = [
    "bad_empty.txt", "bad_whitespace.txt", "bad_renamed_pdf.txt", "bad_document.pdf",
    "bad_image.png", "bad_renamed_png.txt", "bad_renamed_gif.txt", "bad_renamed_jpeg.txt",
    "bad_renamed_elf.txt", "bad_renamed_zip.txt", "bad_nul_bytes.txt", "bad_english.txt",
    "bad_english_cp1252.txt", "bad_japanese.txt", "bad_undecodable.txt",
    "bad_invalid_utf8_bom.txt", "bad_too_large.txt",
]  # fmt: skip


def test_the_generator_writes_exactly_the_files_tested(
    inputs: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    _, good, bad = inputs
    assert sorted(good) == sorted(GOOD_NAMES)
    assert sorted(bad) == sorted(BAD_NAMES)


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_each_encoding_is_detected_and_decoded(
    inputs: tuple[Path, dict[str, str], dict[str, str]], name: str
) -> None:
    folder, good, _ = inputs
    article = ingest.read_article(folder / name, "a")
    assert article.encoding == good[name]
    expected = (
        GENERATOR.traditional_body()
        if "big5_headline" not in name and "big5" in name
        else GENERATOR.article_body()
    )
    if "headline" in name:
        assert article.text in (
            "深圳市龙岗区：以实干论英雄，以实绩定进退",
            "深圳市龍崗區：以實幹論英雄，以實績定進退",
        )
    else:
        assert article.text == expected  # every character, line breaks normalised to \n
    assert "\r" not in article.text and "\ufeff" not in article.text
    assert article.media_type == "text/plain"


@pytest.mark.parametrize("name", BAD_NAMES)
def test_each_bad_input_is_refused_with_its_reason(
    inputs: tuple[Path, dict[str, str], dict[str, str]], name: str
) -> None:
    folder, _, bad = inputs
    with pytest.raises(InputRejected) as caught:
        ingest.read_article(folder / name, "a")
    assert caught.value.source_path == (folder / name).as_posix()
    assert bad[name] in caught.value.reason
    assert "\n" not in caught.value.reason  # one line for `reporter: skipped PATH: REASON`


def test_too_large_is_refused_from_its_size_and_says_size_and_limit(
    inputs: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    folder, _, _ = inputs
    path = folder / "bad_too_large.txt"
    size = path.stat().st_size
    assert size > ingest.MAX_BYTES == 5 * 1024 * 1024
    with pytest.raises(InputRejected) as caught:
        ingest.read_article(path, "a")
    assert f"{size:,} bytes" in caught.value.reason
    assert "limit is 5 MB" in caught.value.reason


def test_a_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    line = ("干部在一线经受考验，在实践中增长才干。" * 10 + "\n").encode("utf-8")
    data = (line * (ingest.MAX_BYTES // len(line) + 1))[: ingest.MAX_BYTES]
    data = data.decode("utf-8", errors="ignore").encode("utf-8")  # cut at a character
    path = tmp_path / "limit.txt"
    path.write_bytes(data)
    assert path.stat().st_size <= ingest.MAX_BYTES
    assert ingest.read_article(path, "a").encoding == "utf_8"


def test_garbled_legacy_bytes_are_undecodable_not_read_as_rare_characters(tmp_path: Path) -> None:
    # GBK bytes shifted by one byte: the misaligned mojibake of scraped pages, as a whole
    # file.  ASCII bytes re-synchronise GBK, so the text keeps only its Chinese characters
    # and full-width punctuation, as a page without digits or line breaks would.
    body = GENERATOR.article_body().replace(",", "，").replace(":", "：")
    shifted = "".join(ch for ch in body if not ch.isascii()).encode("gbk")[1:]
    path = tmp_path / "shifted.txt"
    path.write_bytes(shifted)
    with pytest.raises(InputRejected, match="undecodable"):
        ingest.read_article(path, "a")


def test_shifted_gbk_resynchronises_at_ascii_and_is_read(tmp_path: Path) -> None:
    # only the first clause (before the first ASCII comma) is garbled: the file is
    # readable, and the garbled clause is the cleaner's to find
    path = tmp_path / "shifted_ascii.txt"
    path.write_bytes(GENERATOR.article_body().encode("gbk")[1:])
    article = ingest.read_article(path, "a")
    assert article.encoding == "gb18030"
    assert article.text.split(",", 1)[1].startswith("党的干部是党和国家事业的中坚力量。")


def test_one_bad_byte_in_a_gbk_article_is_tolerated(tmp_path: Path) -> None:
    data = GENERATOR.article_body().encode("gbk") + b"\xff"  # a truncated download
    path = tmp_path / "truncated.txt"
    path.write_bytes(data)
    article = ingest.read_article(path, "a")
    assert article.encoding == "gb18030"
    assert article.text.startswith("党的十九大报告提出")


def test_stray_nul_in_utf8_text_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(GENERATOR.article_body().encode("utf-8") + b"\x00")
    article = ingest.read_article(path, "a")
    assert "\x00" not in article.text and article.encoding == "utf_8"


def test_controls_are_removed_and_line_breaks_normalised(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "第一段：干部下沉一线。\r\n第二段：考核排名。\r第三段\x0b：一线考察。\x1a".encode()
    )
    article = ingest.read_article(path, "a")
    assert article.text == "第一段：干部下沉一线。\n第二段：考核排名。\n第三段\n：一线考察。"


def test_text_is_nfc_but_not_nfkc(tmp_path: Path) -> None:
    # NFKC would turn the full-width comma and colon half-width; the cleaner owns that
    path = tmp_path / "forms.txt"
    path.write_text(
        "崂山区，选派干部：１６２８名。e\u0301更多的中文字符在这里出现。", encoding="utf-8"
    )
    text = ingest.read_article(path, "a").text
    assert "，" in text and "：" in text and "１６２８" in text
    assert "\u00e9" in text and "\u0301" not in text


def test_sha256_and_source_path_are_of_the_file(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "x.txt"
    data = "龙岗区抽调90名处级、科级干部参与土地整备。".encode("gb18030")
    path.write_bytes(data)
    article = ingest.read_article(path, "x-2")
    assert article.sha256 == hashlib.sha256(data).hexdigest()
    assert article.source_path == path.as_posix() and article.id == "x-2"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("龙岗区抽调90名处级、科级干部参与土地整备工作。", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputRejected, match="cannot read: Permission denied"):
            ingest.read_article(path, "a")
    finally:
        path.chmod(0o600)


def test_a_folder_or_a_missing_path_is_refused_not_raised(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="is a folder"):
        ingest.read_article(tmp_path, "a")
    with pytest.raises(InputRejected, match="no such file"):
        ingest.read_article(tmp_path / "gone.txt", "a")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputRejected, match="not a regular file"):
        ingest.read_article(fifo, "a")


def test_unknown_suffix_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    text_file = tmp_path / "article.dat"
    text_file.write_text("龙岗区抽调90名处级、科级干部参与土地整备工作。", encoding="utf-8")
    assert ingest.read_article(text_file, "a").media_type == "text/plain"
    page = tmp_path / "saved_page.txt"
    page.write_text(
        "<!DOCTYPE html><html><body>"
        "<p>龙岗区抽调90名处级、科级干部参与土地整备工作。</p></body></html>",
        encoding="utf-8",
    )
    article = ingest.read_article(page, "a")
    assert article.media_type == "text/html"
    assert article.text == "龙岗区抽调90名处级、科级干部参与土地整备工作。"


def test_mixed_folder_names_every_bad_file_with_its_reason(
    inputs: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    # what `reporter build` does with a folder: discover, then read each file
    folder, good, bad = inputs
    files, skipped = ingest.discover([folder])
    reasons = {Path(s.source_path).name: s.reason for s in skipped}
    read = []
    for path in files:
        try:
            read.append(ingest.read_article(path, path.stem).source_path)
        except InputRejected as exc:
            reasons[Path(exc.source_path).name] = exc.reason
    assert sorted(Path(p).name for p in read) == sorted(good)
    assert sorted(reasons) == sorted(bad)
    for name, fragment in bad.items():
        # a .png inside a folder is passed over by its suffix, with that reason; a .pdf
        # is read (and this one is damaged)
        unread = not name.endswith((".txt", ".pdf"))
        expected = "unsupported file type" if unread else fragment
        assert expected in reasons[name], (name, reasons[name])


def test_a_byte_order_mark_alone_is_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf")
    with pytest.raises(InputRejected, match=r"empty file \(only a byte-order mark\)"):
        ingest.read_article(path, "a")
