"""Issue 17, trust: the preview answers loopback names only (DNS rebinding), closes
idle connections and serves a bounded number at once."""

from __future__ import annotations

import http.client
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reporter.render import preview
from reporter.render.preview import PreviewServer, loopback_host, make_server


@pytest.fixture()
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PreviewServer]:
    monkeypatch.setattr(preview, "IDLE_SECONDS", 0.5)
    monkeypatch.setattr(preview, "MAX_CONNECTIONS", 2)
    srv = make_server(lambda: "<p>brief</p>", [tmp_path], port=0)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def _port(srv: PreviewServer) -> int:
    return int(srv.url.rstrip("/").rsplit(":", 1)[1])


def _get(srv: PreviewServer, host: str | None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", _port(srv), timeout=5)
    conn.putrequest("GET", "/", skip_host=True)
    if host is not None:
        conn.putheader("Host", host)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1:{port}", 200),
        ("localhost:{port}", 200),
        ("LOCALHOST", 200),
        ("[::1]:{port}", 200),
        ("attacker.example:{port}", 421),  # a rebound name
        ("127.0.0.1.attacker.example", 421),
        (None, 421),
    ],
)
def test_the_preview_answers_no_foreign_host_header(
    server: PreviewServer, host: str | None, expected: int
) -> None:
    value = host.format(port=_port(server)) if host is not None else None
    assert _get(server, value) == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [("localhost.", True), ("::1", True), ("[::1]", True), ("127.0.0.2", False), ("", False)],
)
def test_loopback_host_names(value: str, ok: bool) -> None:
    assert loopback_host(value) is ok


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_the_preview_closes_idle_connections(server: PreviewServer) -> None:
    with socket.create_connection(("127.0.0.1", _port(server))) as idle:
        assert _closed_within(idle, 5.0)  # IDLE_SECONDS is 0.5 here


def test_the_preview_caps_its_connections(server: PreviewServer) -> None:
    held = [socket.create_connection(("127.0.0.1", _port(server))) for _ in range(2)]
    try:
        time.sleep(0.1)
        with socket.create_connection(("127.0.0.1", _port(server))) as extra:
            assert _closed_within(extra, 0.4)  # closed at once, not after the idle timeout
    finally:
        for s in held:
            s.close()
    time.sleep(0.7)  # the held ones are let go; the server answers again
    assert _get(server, "localhost") == 200
