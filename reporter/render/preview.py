"""``reporter preview``: serve the HTML brief on 127.0.0.1 and rebuild it when inputs change.

The server keeps the last good build in memory and serves its HTML at ``/`` (and
``/brief.html``) and, when the build made one, its PDF at ``/brief.pdf``.  A watcher
thread polls the modification times of the inputs and the templates folder and calls
``build`` again when any of them changes; a failed build keeps the previous page and is
reported through ``on_event``.  Polling (not inotify) keeps this dependency-free and
works on every file system, including network mounts.

The browser reloads by itself after a rebuild: the served copy of the page (only that
copy: what ``build`` returned is kept as it was) carries a small inline script that
asks :data:`VERSION_PATH` for the build's version (a hash of its HTML and PDF) every
:data:`RELOAD_POLL_MS` and reloads when it differs from the version the page was
served with.  Plain polling of the same origin: no outside script, no long-lived
connection for :data:`IDLE_SECONDS` to cut, and a page left open across a restart of
the preview picks up the new server too.  The Content-Security-Policy allows exactly
the page's own inline scripts (by their SHA-256), so the brief's filters run as well.

Only loopback addresses are accepted: the preview shows unpublished material.  Binding
loopback is not enough against a web page in the user's browser whose own host name
is made to resolve to 127.0.0.1 (DNS rebinding): such requests carry that name in
``Host``, so a request whose ``Host`` is not a loopback name is refused.  An idle
connection is closed after :data:`IDLE_SECONDS`, and at most :data:`MAX_CONNECTIONS`
are served at once (more are closed at once), so no client can hold threads forever.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reporter.render.env import templates_dir

if TYPE_CHECKING:
    from reporter.brief import Brief

# How often the watcher looks at modification times; a reader saving a file notices
# the rebuild within about a second.
POLL_SECONDS = 0.5
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
PAGE_PATHS = ("/", "/index.html", "/brief.html")
PDF_PATH = "/brief.pdf"
# Where the served page asks for the build's version; a path no brief file can have.
VERSION_PATH = "/__reporter/version"
# How often the served page asks whether a rebuild happened: a finished rebuild shows
# within a second, and one loopback request a second costs the server nothing.
RELOAD_POLL_MS = 1000
# Hex digits of the version (a SHA-256 of the build): enough that two builds never
# share one by chance, short enough to read in a log.
VERSION_DIGITS = 16
# The id of the injected script, so a test (or a reader of the page source) finds it.
RELOAD_SCRIPT_ID = "reporter-preview-reload"
# Host names a request may carry (with any port): the loopback names and addresses.
# Anything else is another site's name pointed at this machine (DNS rebinding).
ALLOWED_HOST_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
# Seconds a connection may stay silent (before or between requests) before it is
# closed: a browser asks again at once, a client that holds sockets open does not.
IDLE_SECONDS = 10.0
# Connections served at once, each on its own thread: a browser opens about six; more
# at once is a client trying to exhaust threads, and the extra ones are closed.
MAX_CONNECTIONS = 16

Event = Callable[[str], None]


@dataclass(frozen=True)
class Built:
    """What one build gives the preview: the HTML page and, when asked for, the PDF."""

    html: str
    pdf: bytes | None = None


# A build callable returns the HTML alone or a :class:`Built`.
BuildOutput = str | Built


def render_formats(brief: Brief, lang: str, formats: Sequence[str]) -> Built:
    """The preview's build of ``brief``: the HTML always, the PDF when ``formats``
    names it (as ``reporter build`` lays it out, so the bytes are a build's)."""
    from reporter.render.html import render_html, render_print_html

    pdf = None
    if "pdf" in formats:
        from reporter.render.pdf import render_pdf  # WeasyPrint: imported only for a PDF

        pdf = render_pdf(render_print_html(brief, lang))
    return Built(render_html(brief, lang), pdf)


def version_of(page: bytes, pdf: bytes | None) -> str:
    """The build's version: a hash of what is served, so a rebuild that changes nothing
    does not reload the page, and a restarted preview is not mistaken for the old one."""
    digest = hashlib.sha256(page)
    digest.update(b"\0" + (pdf or b""))
    return digest.hexdigest()[:VERSION_DIGITS]


def reload_script(version: str) -> str:
    """The inline script of the served page: reload when the build's version changes.
    A failed request (the preview stopped) is ignored; the next one tries again."""
    return (
        f'<script id="{RELOAD_SCRIPT_ID}">'
        f'(function(){{var v="{version}";setInterval(function(){{'
        f'fetch("{VERSION_PATH}",{{cache:"no-store"}})'
        ".then(function(r){return r.ok?r.text():v;})"
        ".then(function(n){if(n!==v)location.reload();},function(){});"
        f"}},{RELOAD_POLL_MS});}})();</script>"
    )


_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
_SCRIPT = re.compile(rb"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)


def served_page(page: bytes, version: str) -> bytes:
    """``page`` with :func:`reload_script` before its last ``</body>`` (at its end when
    it has none)."""
    script = reload_script(version).encode("utf-8")
    ends = list(_BODY_END.finditer(page))
    if not ends:
        return page + script
    at = ends[-1].start()
    return page[:at] + script + page[at:]


def content_security_policy(page: bytes) -> str:
    """No outside resource at all; inline styles and data: images as the brief uses
    them; scripts only those in ``page`` (each by its SHA-256, so nothing a page could
    smuggle in runs) and requests only to this server (the version)."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode() + "'"
            for m in _SCRIPT.finditer(page)
        }
    )
    scripts = " ".join(hashes) if hashes else "'none'"
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {scripts}; connect-src 'self'"
    )


def _ignore(_message: str) -> None:
    return None


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from (f for f in p.rglob("*") if f.is_file())
        elif p.exists():
            yield p


def snapshot(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every file under ``paths``, sorted: equal means unchanged."""
    out = []
    for f in _files(paths):
        try:
            st = f.stat()
        except OSError:  # deleted between listing and stat: the next poll sees it
            continue
        out.append((f.as_posix(), st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))


class PreviewServer:
    """An HTTP server thread plus a watcher thread; ``start()`` / ``stop()`` for tests."""

    def __init__(
        self,
        build: Callable[[], BuildOutput],
        watch_paths: Sequence[Path],
        host: str = "127.0.0.1",
        port: int = 8000,
        on_event: Event | None = None,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        if host not in LOOPBACK_HOSTS:
            raise ValueError(
                f"the preview binds loopback only ({', '.join(LOOPBACK_HOSTS)}); got {host!r}"
            )
        self._build = build
        self._watch = [*watch_paths, templates_dir()]
        self._on_event = on_event or _ignore
        self._poll = poll_seconds
        self._lock = threading.Lock()
        self._page = b""  # as built
        self._pdf: bytes | None = None
        self._version = ""
        self._served = b""  # the page with the reload script
        self._csp = content_security_policy(b"")
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.builds = 0  # successful builds so far (tests wait on it)
        self._httpd = _BoundedServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._seen = snapshot(self._watch)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def page(self) -> bytes:
        """The HTML as the build made it (what a build would write as brief.html)."""
        with self._lock:
            return self._page

    def pdf(self) -> bytes | None:
        """The PDF of the last good build, None when it made none."""
        with self._lock:
            return self._pdf

    def version(self) -> str:
        """The version of what is served now (see :func:`version_of`)."""
        with self._lock:
            return self._version

    def served(self) -> tuple[bytes, str]:
        """The page as served (with the reload script) and its Content-Security-Policy."""
        with self._lock:
            return self._served, self._csp

    def rebuild(self) -> bool:
        """Build now; on failure keep the last page (or an error page) and report it."""
        try:
            out = self._build()
        except Exception as exc:  # any failure of a user's build must not kill the server
            self._on_event(f"build failed: {type(exc).__name__}: {exc}")
            with self._lock:
                if not self._page:
                    self._publish(_error_page(exc), None)
            return False
        built = out if isinstance(out, Built) else Built(out)
        with self._lock:
            self._publish(built.html.encode("utf-8"), built.pdf)
            self.builds += 1
        self._on_event(f"built; serving {self.url}")
        return True

    def _publish(self, page: bytes, pdf: bytes | None) -> None:
        """Serve ``page`` and ``pdf`` from now on (the caller holds the lock)."""
        self._page, self._pdf = page, pdf
        self._version = version_of(page, pdf)
        self._served = served_page(page, self._version)
        self._csp = content_security_policy(self._served)

    def check(self) -> bool:
        """Rebuild if a watched file changed since the last check; True when it did."""
        current = snapshot(self._watch)
        if current == self._seen:
            return False
        self._seen = current
        self._on_event("change detected; rebuilding")
        self.rebuild()
        return True

    def start(self) -> None:
        self.rebuild()
        serve = threading.Thread(target=self._httpd.serve_forever, name="preview-http", daemon=True)
        watch = threading.Thread(target=self._watch_loop, name="preview-watch", daemon=True)
        self._threads = [serve, watch]
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        if self._threads:  # shutdown() waits for serve_forever, which only start() runs
            self._httpd.shutdown()
        self._httpd.server_close()
        for t in self._threads:
            t.join(timeout=5)

    def _watch_loop(self) -> None:
        while not self._stop.wait(self._poll):
            self.check()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            # socket timeout for every read: an idle connection is closed (see IDLE_SECONDS)
            timeout = IDLE_SECONDS

            def do_GET(self) -> None:
                if not loopback_host(self.headers.get("Host")):
                    self.send_error(HTTPStatus.MISDIRECTED_REQUEST, "Host is not a loopback name")
                    return
                path = self.path.split("?", 1)[0].split("#", 1)[0]
                if path in PAGE_PATHS:
                    body, csp = server.served()
                    # Only the page's own scripts, nothing from outside; see the policy.
                    self._send(body, "text/html; charset=utf-8", csp)
                elif path == VERSION_PATH:
                    version = server.version()
                    self._send(version.encode("ascii"), "text/plain; charset=utf-8", etag=version)
                elif path == PDF_PATH and (pdf := server.pdf()) is not None:
                    self._send(pdf, "application/pdf", etag=version_of(b"", pdf))
                elif path == PDF_PATH:
                    self.send_error(
                        HTTPStatus.NOT_FOUND, "no PDF: this preview builds the HTML only"
                    )
                else:
                    self.send_error(HTTPStatus.NOT_FOUND)

            def _send(
                self, body: bytes, content_type: str, csp: str | None = None, etag: str = ""
            ) -> None:
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("X-Content-Type-Options", "nosniff")
                if etag:
                    self.send_header("ETag", f'"{etag}"')
                if csp is not None:
                    self.send_header("Content-Security-Policy", csp)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return None  # nothing prints below the CLI

        return Handler


def loopback_host(value: str | None) -> bool:
    """Whether a ``Host`` header names this machine's loopback (``localhost:8000``,
    ``127.0.0.1``, ``[::1]:8000``); a missing header is refused too (HTTP/1.1 requires
    it, and every browser sends it)."""
    if not value:
        return False
    name = value.strip().lower()
    if name.startswith("["):  # [::1] or [::1]:8000
        name = name[: name.find("]") + 1] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    return name.rstrip(".") in ALLOWED_HOST_NAMES


class _BoundedServer(ThreadingHTTPServer):
    """A threading server that serves at most :data:`MAX_CONNECTIONS` connections at
    once and closes any beyond them at once, instead of a thread each without end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


def _error_page(exc: BaseException) -> bytes:
    message = html.escape(f"{type(exc).__name__}: {exc}")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>reporter preview</title>"
        f"</head><body><h1>build failed</h1><pre>{message}</pre></body></html>"
    ).encode()


def make_server(
    build: Callable[[], BuildOutput],
    watch_paths: Sequence[Path],
    host: str = "127.0.0.1",
    port: int = 8000,
    on_event: Event | None = None,
) -> PreviewServer:
    """A server that is bound but not started (``port=0`` picks a free port)."""
    return PreviewServer(build, watch_paths, host, port, on_event)


def serve(
    build: Callable[[], BuildOutput],
    watch_paths: Sequence[Path],
    host: str = "127.0.0.1",
    port: int = 8000,
    on_event: Event | None = None,
) -> None:
    """Serve until interrupted (Ctrl-C); the CLI's ``reporter preview``."""
    server = make_server(build, watch_paths, host, port, on_event)
    server.start()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
