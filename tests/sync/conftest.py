"""Fixtures for delivery tests: a real WebDAV server on 127.0.0.1, and a proxy to break."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.sync.webdav import WebDavTarget
from tests.sync.webdav_server import PASSWORD, USER, DavServer, Proxy, start_dav


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = start_dav(tmp_path / "dav-root")
    yield server
    server.stop()


@pytest.fixture
def dav_target(dav: DavServer) -> WebDavTarget:
    return WebDavTarget(dav.url, USER, PASSWORD, timeout=5)


@pytest.fixture
def proxy(dav: DavServer) -> Iterator[Proxy]:
    p = Proxy(dav.port).start()
    yield p
    p.stop()


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "exports" / "Summary.docx"
    path.parent.mkdir()
    path.write_bytes(bytes(range(256)) * 1024)  # 256 KiB, several network chunks
    return path
