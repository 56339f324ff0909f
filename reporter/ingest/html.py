"""The main text of an HTML page, offline: trafilatura first, its cruder extractors
next, and a streaming parser with no depth limit last."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from configparser import ConfigParser
from functools import cache
from html.parser import HTMLParser
from typing import Any

from reporter.ingest import resources as res

# trafilatura's minimum extraction size (250 characters) is tuned for alphabetic
# text; a Chinese paragraph says as much in a third of the characters, and below the
# minimum trafilatura falls back to extractors that flatten the page into one line.
HTML_MIN_EXTRACTED_CHARS = 50
# htmldate rejects dates after "today" by default, which would make the output depend
# on the clock; a fixed far bound keeps extraction deterministic.
HTML_MAX_DATE = "2099-12-31"


@cache
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config

    config: ConfigParser = use_config()
    config.set("DEFAULT", "min_extracted_size", str(HTML_MIN_EXTRACTED_CHARS))
    # trafilatura's timeout uses SIGALRM: only in the main thread, and time-dependent
    config.set("DEFAULT", "extraction_timeout", "0")
    return config


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text (one paragraph a line) and metadata of an HTML page, offline.

    trafilatura gets the decoded string and no URL, so it never fetches anything;
    images, links and comments are left out.  When it finds no main text, its
    baseline extractor, then its whole-page text, are used.  Any text that still
    looks like markup (escaped tags the page displayed) is removed.
    """
    import trafilatura

    lines: list[str] = []
    meta: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's FutureWarnings about lxml truthiness
        try:
            doc = trafilatura.bare_extraction(
                html,
                url=None,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                include_formatting=True,
                deduplicate=False,
                date_extraction_params={
                    "original_date": True,
                    "extensive_search": True,
                    "max_date": HTML_MAX_DATE,
                },
                config=_trafilatura_config(),
            )
        except Exception:  # a parser crash on hostile markup must not stop the batch
            doc = None
        if doc is not None and not isinstance(doc, dict):
            if doc.body is not None:
                lines = _xml_lines(doc.body)
            for key in ("title", "date", "sitename", "author", "url"):
                value = getattr(doc, key, None)
                if isinstance(value, str) and _unmarked(value):
                    meta[key] = _unmarked(value)
            if res.ADDRESS_SITENAME.search(meta.get("sitename", "")):
                del meta["sitename"]
            if not res.WEB_ADDRESS.match(meta.get("url", "")):
                meta.pop("url", None)  # a relative or file: link says nothing about the source
        if not lines:
            lines = _fallback_lines(html)
    cleaned = [_unmarked(line) for line in lines]
    return "\n".join(line for line in cleaned if line), meta


def _fallback_lines(html: str) -> list[str]:
    import trafilatura

    extractors: tuple[Callable[[], str], ...] = (
        lambda: str(trafilatura.baseline(html)[1]),
        lambda: str(trafilatura.html2txt(html)),
    )
    for extract in extractors:
        try:
            text = extract()
        except Exception:  # as above: fall through to the next, cruder extractor
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines:
            return lines
    return _visible_text_lines(html)


class _VisibleText(HTMLParser):
    """The visible text of a page, one block a line, scripts and the like left out.

    The last resort: lxml (under trafilatura) gives up on pages nested deeper than
    libxml2's limit, while this streaming parser has no depth limit at all.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buffer: list[str] = []
        self._hidden = 0  # depth inside elements whose content is not text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in res.HTML_HIDDEN_ELEMENTS:
            self._hidden += 1
        elif tag in res.HTML_BLOCK_ELEMENTS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in res.HTML_HIDDEN_ELEMENTS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in res.HTML_BLOCK_ELEMENTS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buffer.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if line:
            self.lines.append(line)

    def result(self) -> list[str]:
        self.close()
        self._flush()
        return self.lines


def _visible_text_lines(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return parser.result()


def _unmarked(text: str) -> str:
    return res.MARKUP_LEFTOVER.sub("", text).strip()


def _xml_lines(body: Any) -> list[str]:
    """The text of trafilatura's XML tree, one line per block element.

    Walked with an explicit stack: hostile pages can nest deeper than Python recursion.
    """
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = "".join(buffer).strip()
        buffer.clear()
        if line:
            lines.append(line)

    stack: list[tuple[Any, bool]] = [(body, False)]  # (element, children already visited)
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if not closing:
            if tag in res.EXTRACTOR_BLOCKS:
                flush()
            elif tag == "cell" and buffer:
                buffer.append(" ")  # cells of a table row share its line
            if element.text and tag and tag != "graphic":  # not comments or PIs
                buffer.append(element.text)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
        else:
            if tag in res.EXTRACTOR_BLOCKS or tag == "lb":
                flush()
            if element is not body and element.tail:
                buffer.append(element.tail)
    flush()
    return lines
