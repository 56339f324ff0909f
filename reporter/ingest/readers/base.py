"""What every reader shares: the result it returns and the refusal it raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from reporter.models import Removal

# The OLE compound-file signature of Word 97-2003 and WPS documents.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A Word or WPS writer stream's name in the compound file's directory (UTF-16 LE).
OLE_WORD_STREAM = "WordDocument".encode("utf-16-le")


class Unreadable(Exception):
    """A document a reader cannot use, with the one-line reason shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Extracted:
    """What a reader got out of a document."""

    text: str  # one paragraph a line
    media_type: str
    encoding: str  # how the text was got, e.g. "docx", "pdf", or the HTML part's codec
    meta: dict[str, str] = field(default_factory=dict)  # title, date, sitename, author, url
    removed: tuple[Removal, ...] = ()  # what the reader left out, for the cleaning report
    html: str | None = None  # an MHTML page's HTML, for the HTML path
