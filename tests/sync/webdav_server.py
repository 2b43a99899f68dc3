"""A real WebDAV server (wsgidav + cheroot) on 127.0.0.1 for tests, with faults to switch on.

A small TCP proxy in front of it can cut a connection part-way through a request, or let
a request through and swallow the answer: the two ways a laptop's network fails.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "facilitator"
PASSWORD = "s3cret-pass"


@dataclass
class Faults:
    full: bool = False  # PUT answers 507 Insufficient Storage
    puts: int = 0
    finite_depth: bool = False  # PROPFIND "Depth: infinity" refused (403), as Apache does


class FaultMiddleware:
    def __init__(self, app: Callable[..., Iterable[bytes]], faults: Faults) -> None:
        self.app = app
        self.faults = faults

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ["REQUEST_METHOD"] == "PUT":
            self.faults.puts += 1
            if self.faults.full:
                environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
                start_response("507 Insufficient Storage", [("Content-Length", "0")])
                return [b""]
        if (
            self.faults.finite_depth
            and environ["REQUEST_METHOD"] == "PROPFIND"
            and environ.get("HTTP_DEPTH", "infinity").lower() == "infinity"
        ):
            start_response("403 Forbidden", [("Content-Length", "0")])
            return [b""]
        return self.app(environ, start_response)


@dataclass
class DavServer:
    root: Path
    port: int
    faults: Faults
    server: wsgi.Server
    thread: threading.Thread

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/team/"

    def stop(self) -> None:
        self.server.stop()
        self.thread.join(timeout=10)


def start_dav(root: Path, port: int = 0) -> DavServer:
    (root / "team").mkdir(parents=True, exist_ok=True)
    config = {
        "host": "127.0.0.1",
        "port": port,
        "provider_mapping": {"/": str(root)},
        "http_authenticator": {
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "dir_browser": {"enable": False},
        "lock_storage": True,
    }
    faults = Faults()
    app = FaultMiddleware(WsgiDAVApp(config), faults)
    server = wsgi.Server(("127.0.0.1", port), app, numthreads=4)
    server.prepare()
    bound = server.bind_addr[1]
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    return DavServer(root, bound, faults, server, thread)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Proxy:
    """Forwards 127.0.0.1:port to the server; each client connection is one request."""

    upstream: int
    cut_after: int | None = None  # close after this many request bytes
    swallow_answer_to: bytes | None = None  # e.g. b"MOVE": forward it, drop the answer
    listener: socket.socket = field(default_factory=socket.socket)
    port: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Proxy:
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream), timeout=10)
        first: list[bytes] = []

        def close_both() -> None:
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

        def up() -> None:  # client -> server, cut part-way when asked
            sent = 0
            try:
                while chunk := client.recv(65536):
                    first.append(chunk[:16])
                    if self.cut_after is not None and sent + len(chunk) > self.cut_after:
                        upstream.sendall(chunk[: max(0, self.cut_after - sent)])
                        break
                    upstream.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            close_both()

        def down() -> None:  # server -> client, swallowed when asked
            try:
                while chunk := upstream.recv(65536):
                    if (
                        self.swallow_answer_to
                        and first
                        and first[0].startswith(self.swallow_answer_to)
                    ):
                        break
                    client.sendall(chunk)
            except OSError:
                pass
            close_both()

        threading.Thread(target=up, daemon=True).start()
        threading.Thread(target=down, daemon=True).start()
