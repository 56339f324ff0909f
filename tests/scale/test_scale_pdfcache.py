"""Issue 20: a cached build takes the PDF laid out before for the same print HTML (the
layout is most of a warm build), byte for byte what laying it out gives; a planted or
altered entry is never served."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.pipeline import run
from reporter.scale import pdfcache
from reporter.scale.pdfcache import PdfCache, pdf_key
from reporter.settings import Settings

HTML = '<html lang="zh"><body><p>崂山区干部下沉一线</p></body></html>'


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # a secret of its own


def test_an_entry_comes_back_for_the_same_html_only(tmp_path: Path) -> None:
    store = PdfCache(tmp_path / "cache")
    assert store.get(HTML) is None
    store.put(HTML, b"%PDF-1.7 laid out")
    assert store.get(HTML) == b"%PDF-1.7 laid out"
    assert store.get(HTML.replace("一线", "基层")) is None


def test_a_planted_or_altered_entry_is_never_served(tmp_path: Path) -> None:
    store = PdfCache(tmp_path / "cache")
    store.put(HTML, b"%PDF-1.7 laid out")
    path = store.folder / f"{pdf_key(HTML)}.pdf"
    entry = path.read_bytes()
    path.write_bytes(entry[:-3] + b"OUT")  # same length, other bytes
    assert store.get(HTML) is None
    path.write_bytes(b"%PDF-1.7 planted by someone else")
    assert store.get(HTML) is None


def test_only_the_most_recent_entries_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfcache, "MAX_PDF_ENTRIES", 2)
    store = PdfCache(tmp_path / "cache")
    for i in range(4):
        store.put(f"{HTML}{i}", f"pdf {i}".encode())
    assert len(list(store.folder.glob("*.pdf"))) == 2
    assert store.get(f"{HTML}3") == b"pdf 3"


@pytest.mark.slow
def test_a_cached_rebuild_takes_the_same_pdf_bytes(tmp_path: Path, examples_dir: Path) -> None:
    seeds = tuple(sorted(examples_dir.glob("0*_*.txt"))[:2])
    cache = tmp_path / "cache"

    def build(out: str, use_cache: bool) -> bytes:
        settings = Settings(
            inputs=seeds,
            out_dir=tmp_path / out,
            formats=("pdf",),
            jobs=1,
            use_cache=use_cache,
            cache_dir=cache,
        )
        run(settings)
        return (tmp_path / out / "brief.pdf").read_bytes()

    laid_out = build("fresh", use_cache=False)
    assert not (cache / pdfcache.PDF_FOLDER).exists()  # --no-cache keeps nothing
    first = build("first", use_cache=True)
    assert len(list((cache / pdfcache.PDF_FOLDER).glob("*.pdf"))) == 1
    again = build("again", use_cache=True)
    assert laid_out == first == again
