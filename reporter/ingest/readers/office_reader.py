"""Word 97-2003 (``.doc``) and WPS (``.wps``) documents, through LibreOffice.

These binary formats have no maintained pure-Python reader.  When LibreOffice is
installed, ``soffice --headless --convert-to docx`` turns the document into a
``.docx`` in a private temporary folder (with its own user profile, so parallel
workers and a running LibreOffice do not lock each other out), which the ``.docx``
reader then reads.  Without LibreOffice the file is refused with a reason that says
what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from reporter.ingest.readers.base import OLE_WORD_STREAM, Extracted, Unreadable
from reporter.ingest.readers.docx_reader import read_docx

# Converting a news-length document takes 2-5 s, most of it LibreOffice starting;
# a document still converting after this long is stuck (a dialog, a damaged file).
CONVERT_TIMEOUT_S = 120
INSTALL_HINT = (
    "Word 97-2003/WPS document needs LibreOffice to be read: install it "
    "(Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) or save it as .docx"
)


def soffice() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy_word(path: Path, data: bytes) -> Extracted:
    program = soffice()
    if program is None:
        raise Unreadable(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="reporter-soffice-") as tmp:
        work = Path(tmp)
        # LibreOffice weighs the suffix when it picks an import filter, and takes .wps
        # for Microsoft Works; a Kingsoft WPS file with a Word stream is Word's format.
        word = OLE_WORD_STREAM in data or path.suffix.lower() != ".wps"
        suffix = ".doc" if word else ".wps"
        source = work / f"input{suffix}"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        env = {**os.environ, "HOME": tmp}
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=CONVERT_TIMEOUT_S,
                check=False,
                env=env,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise Unreadable(
                f"LibreOffice did not convert it within {CONVERT_TIMEOUT_S} s"
            ) from None
        except OSError as exc:
            raise Unreadable(f"cannot run LibreOffice: {exc.strerror or exc}") from None
        converted = work / "out" / "input.docx"
        if not converted.is_file():
            raise Unreadable("LibreOffice could not convert this document")
        extracted = read_docx(converted.read_bytes())
    return Extracted(
        text=extracted.text,
        media_type="application/msword",
        encoding="doc via LibreOffice",
        meta=extracted.meta,
        removed=extracted.removed,
    )
