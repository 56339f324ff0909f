"""The PDF laid out in a second process while this one writes the other formats."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from types import TracebackType


def _render_pdf(html: str) -> bytes:
    # Imported in the child, where nothing else of the build is loaded.
    from reporter.render.pdf import render_pdf

    return render_pdf(html)


# What the PDF process lays out while it waits for the brief: Chinese text in both
# faces the stylesheets use, so WeasyPrint's fonts are found and loaded beforehand.
_WARM_UP_HTML = (
    '<html lang="zh"><body><p style="font-family: serif">干部考核</p>'
    '<p style="font-family: sans-serif">一线专班</p></body></html>'
)


class PdfAside(AbstractContextManager["PdfAside"]):
    """A process that lays out the PDF (:func:`reporter.render.pdf.render_pdf`) while
    this one writes the JSON and the HTML: a large corpus's PDF layout takes as long
    as its JSON and HTML together, while the second core is idle.

    :meth:`start` spawns it and has it import WeasyPrint and load its fonts ahead of
    time, e.g. while the corpus-wide stages run on the other core; :meth:`lay_out`
    starts it if that has not happened.  Spawned, not forked: a forked child would
    share the parent's heap, and every page the parent then touches writing the JSON
    would be copied.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            # Its result is never read: a failure here shows again in lay_out().
            self._pool.submit(_render_pdf, _WARM_UP_HTML)

    def lay_out(self, html: str) -> Future[bytes]:
        self.start()
        assert self._pool is not None
        return self._pool.submit(_render_pdf, html)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            if exc_type is not None:
                # A failure or a signal: the layout under way is not wanted, and
                # waiting for it could take as long as the layout.
                processes = (getattr(self._pool, "_processes", None) or {}).values()
                for process in list(processes):
                    process.terminate()
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
