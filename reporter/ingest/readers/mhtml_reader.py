"""Web pages saved as one file (MHTML: ``.mhtml``, ``.mht``), read with :mod:`email`.

A browser's "save as single file" is a MIME ``multipart/related`` message: the page's
HTML is its first ``text/html`` part, images and style sheets the others.  The HTML
part is decoded from its transfer encoding (quoted-printable, base64) and its charset,
then handed to the HTML path.  The address the page was saved from (the part's
``Content-Location``, or Chrome's ``Snapshot-Content-Location`` header) is the page's
URL when it is a web address.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from reporter.ingest.decode import decode_bytes
from reporter.ingest.readers.base import Extracted, Unreadable

MEDIA_TYPE = "multipart/related"
_WEB_SCHEMES = ("http://", "https://")


def read_mhtml(data: bytes) -> Extracted:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    page = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if page is None:
        raise Unreadable("saved page (MHTML) without an HTML part")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise Unreadable("saved page (MHTML) with an empty HTML part")
    html, codec = _decode(payload, page)
    meta: dict[str, str] = {}
    for where in (page.get("Content-Location"), message.get("Snapshot-Content-Location")):
        url = str(where or "").strip()
        if url.lower().startswith(_WEB_SCHEMES):
            meta["url"] = url
            break
    return Extracted(text="", media_type=MEDIA_TYPE, encoding=codec, meta=meta, html=html)


def _decode(payload: bytes, part: Message) -> tuple[str, str]:
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect, as for any file
    return decode_bytes(payload)
