"""``reporter preview``: serve the HTML brief on 127.0.0.1 and rebuild it when inputs change.

The server keeps the last good HTML in memory and serves it at ``/`` (and
``/brief.html``).  A watcher thread polls the modification times of the inputs and the
templates folder and calls ``build`` again when any of them changes; a failed build
keeps the previous page and is reported through ``on_event``.  Polling (not inotify)
keeps this dependency-free and works on every file system, including network mounts.

Only loopback addresses are accepted: the preview shows unpublished material.  Binding
loopback is not enough against a web page in the user's browser whose own host name
is made to resolve to 127.0.0.1 (DNS rebinding): such requests carry that name in
``Host``, so a request whose ``Host`` is not a loopback name is refused.  An idle
connection is closed after :data:`IDLE_SECONDS`, and at most :data:`MAX_CONNECTIONS`
are served at once (more are closed at once), so no client can hold threads forever.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterator, Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from reporter.render.env import templates_dir

# How often the watcher looks at modification times; a reader saving a file notices
# the rebuild within about a second.
POLL_SECONDS = 0.5
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
PAGE_PATHS = ("/", "/index.html", "/brief.html")
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
        build: Callable[[], str],
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
        self._page = b""
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
        with self._lock:
            return self._page

    def rebuild(self) -> bool:
        """Build now; on failure keep the last page (or an error page) and report it."""
        try:
            text = self._build()
        except Exception as exc:  # any failure of a user's build must not kill the server
            self._on_event(f"build failed: {type(exc).__name__}: {exc}")
            with self._lock:
                if not self._page:
                    self._page = _error_page(exc)
            return False
        with self._lock:
            self._page = text.encode("utf-8")
            self.builds += 1
        self._on_event(f"built; serving {self.url}")
        return True

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
                if path not in PAGE_PATHS:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                body = server.page()
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                # The brief needs no script and no outside resource; say so to the browser.
                self.send_header(
                    "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                )
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
    build: Callable[[], str],
    watch_paths: Sequence[Path],
    host: str = "127.0.0.1",
    port: int = 8000,
    on_event: Event | None = None,
) -> PreviewServer:
    """A server that is bound but not started (``port=0`` picks a free port)."""
    return PreviewServer(build, watch_paths, host, port, on_event)


def serve(
    build: Callable[[], str],
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
