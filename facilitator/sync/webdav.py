"""A WebDAV target (Nextcloud, ownCloud, SharePoint, Apache…) over HTTPS or HTTP, basic auth.

Standard library only (http.client): WebDAV needs PROPFIND and MOVE with exact headers
and a streamed PUT, which a plain connection does as well as any client library.

A delivery uploads to ``.facilitator-upload-<id>.part`` in the target folder, MOVEs it to
the final name with ``Overwrite: F`` (so the server itself refuses to replace a file)
and checks the size the server reports. Before uploading, a file already under the name
with the same size and bytes counts as delivered: a retry after a lost answer never
makes a second copy.
"""

from __future__ import annotations

import base64
import builtins
import contextlib
import hashlib
import http.client
import socket
import ssl
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO
from urllib.parse import quote, unquote, urlsplit

from facilitator.sync.target_base import (
    COMPARE_LIMIT,
    TEMP_PREFIX,
    Delivered,
    NameTaken,
    RemoteFile,
    TargetError,
    TargetUnavailable,
    candidate_names,
    check_remote_name,
    check_remote_path,
    file_digest,
)
from facilitator.sync.webdav_xml import entries_below, parse_multistatus

_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
    b"<d:resourcetype/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>"
)
_BUSY = {502, 503, 504}
_MAX_LEVELS = 8  # folders below a walked one; a loop of links on the server stops here


class WebDavTarget:
    def __init__(
        self,
        url: str,
        user: str,
        password: str | Callable[[], str],
        *,
        timeout: float = 30.0,
    ) -> None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TargetError(f"“{url}” is not a web address (it should start with https://).")
        self.url = url.strip().rstrip("/") + "/"
        self.user = user
        self._password = password
        self.timeout = timeout
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._base = (parts.path or "/").rstrip("/") + "/"
        self._finite_depth = False  # the server refused "Depth: infinity" once: don't ask again

    def describe(self) -> str:
        return f"{self._host}{self._base.rstrip('/')}" if self._base != "/" else self._host

    def check(self) -> None:
        status, _, _ = self._call("PROPFIND", self._base, _PROPFIND_BODY, {"Depth": "0"})
        if status == 404:
            raise TargetError(f"The folder {self._base} does not exist on {self._host} (404).")
        self._expect(status, (207, 200), "look at the folder")

    def put_file(
        self, local_path: Path, remote_name: str, *, upload_id: str | None = None
    ) -> Delivered:
        check_remote_name(remote_name)
        size, checksum = file_digest(local_path)
        tmp = f"{TEMP_PREFIX}{upload_id or uuid.uuid4()}.part"
        for name in candidate_names(remote_name):
            there = self._size(name)
            if there is not None:
                if there == size and self._same_bytes(name, size, checksum):
                    return Delivered(self._url(name), name, size, checksum, already_there=True)
                continue
            if self._upload(local_path, size, tmp, name):
                landed = self._size(name)
                if landed != size:
                    raise TargetError(
                        f"The server kept {landed} bytes of {name} instead of {size}; "
                        "delivery will try again."
                    )
                return Delivered(self._url(name), name, size, checksum)
        raise TargetError(f"Too many files named like “{remote_name}” on {self._host}.")

    def list(self, prefix: str = "") -> list[RemoteFile]:
        status, _, body = self._call("PROPFIND", self._base, _PROPFIND_BODY, {"Depth": "1"})
        self._expect(status, (207,), "list the folder")
        found: list[RemoteFile] = []
        for href, size, modified, folder in parse_multistatus(body):
            name = unquote(href.rstrip("/").rsplit("/", 1)[-1])
            if folder or name.startswith(TEMP_PREFIX) or not name.startswith(prefix):
                continue
            found.append(RemoteFile(name, size or 0, modified))
        return sorted(found, key=lambda f: f.name)

    def get(self, remote_name: str) -> bytes:
        check_remote_name(remote_name)
        status, _, body = self._call("GET", self._path(remote_name))
        if status == 404:
            raise TargetError(f"{remote_name} is not on {self._host}.")
        self._expect(status, (200,), f"download {remote_name}")
        return body

    # -- nested paths (team sync) -----------------------------------------------------

    def walk(self, folder: str) -> builtins.list[RemoteFile]:
        check_remote_path(folder)
        found = self._walk(folder, 0)
        return sorted(found, key=lambda f: f.name)

    def get_path(self, path: str, limit: int) -> bytes:
        check_remote_path(path)
        status, _, body = self._call("GET", self._path(path), limit=limit)
        if status == 404:
            raise TargetError(f"{path} is not on {self._host}.")
        self._expect(status, (200,), f"download {path}")
        if len(body) > limit:
            raise TargetError(f"{path} is larger than expected ({limit} bytes at most).")
        return body

    def create_new(self, path: str, data: bytes) -> bool:
        parts = check_remote_path(path)
        tmp = "/".join([*parts[:-1], f"{TEMP_PREFIX}{uuid.uuid4()}.part"])
        headers = {"Content-Length": str(len(data)), "Content-Type": "application/octet-stream"}
        status, _, _ = self._call("PUT", self._path(tmp), data, headers)
        if status in (404, 409):  # a folder on the way is missing
            self._make_folders(parts[:-1])
            status, _, _ = self._call("PUT", self._path(tmp), data, headers)
        try:
            self._expect(status, (200, 201, 204), f"upload {path}")
            status, _, _ = self._call(
                "MOVE", self._path(tmp), headers={"Destination": self._url(path), "Overwrite": "F"}
            )
            if status != 412:
                self._expect(status, (201, 204), f"rename the upload to {path}")
                return True
        except TargetError:
            self._discard(tmp)
            raise
        self._discard(tmp)  # 412: the name is taken; by these very bytes?
        if self.get_path(path, len(data)) == data:
            return False
        raise NameTaken(f"{path} already holds a different file on {self._host}.")

    def _make_folders(self, folders: builtins.list[str]) -> None:
        for depth in range(1, len(folders) + 1):
            folder = "/".join(folders[:depth])
            status, _, _ = self._call("MKCOL", self._path(folder) + "/")
            self._expect(status, (201, 405), f"create the folder {folder}")  # 405: it exists

    def _walk(self, folder: str, level: int) -> builtins.list[RemoteFile]:
        if not self._finite_depth:
            status, body = self._list(folder, "infinity")
            if status == 207:
                return [
                    f for f, is_folder in entries_below(folder, body, nested=True) if not is_folder
                ]
            if status in (400, 403, 501):  # Apache, Nextcloud: infinite depth is refused
                self._finite_depth = True
            elif status == 404:
                return []
            else:
                self._expect(status, (207,), f"list the folder {folder}")
        status, body = self._list(folder, "1")
        if status == 404:
            return []
        self._expect(status, (207,), f"list the folder {folder}")
        found: builtins.list[RemoteFile] = []
        for entry, is_folder in entries_below(folder, body, nested=False):
            if not is_folder:
                found.append(entry)
            elif level < _MAX_LEVELS:
                found.extend(self._walk(entry.name, level + 1))
        return found

    def _list(self, folder: str, depth: str) -> tuple[int, bytes]:
        status, _, body = self._call(
            "PROPFIND", self._path(folder) + "/", _PROPFIND_BODY, {"Depth": depth}
        )
        return status, body

    # -- steps ------------------------------------------------------------------------

    def _upload(self, local_path: Path, size: int, tmp: str, name: str) -> bool:
        """PUT under ``tmp``, MOVE to ``name``; False when the name was taken meanwhile."""
        try:
            with local_path.open("rb") as handle:
                status, _, _ = self._call(
                    "PUT",
                    self._path(tmp),
                    handle,
                    {"Content-Length": str(size), "Content-Type": "application/octet-stream"},
                )
            self._expect(status, (200, 201, 204), f"upload {name}")
            status, _, _ = self._call(
                "MOVE",
                self._path(tmp),
                headers={"Destination": self._url(name), "Overwrite": "F"},
            )
            if status == 412:  # the final name appeared since we looked
                self._discard(tmp)
                return False
            self._expect(status, (201, 204), f"rename the upload to {name}")
            return True
        except TargetError:
            self._discard(tmp)
            raise

    def _size(self, name: str) -> int | None:
        """Size of the resource at ``name``; None when absent, -1 for a folder."""
        status, _, body = self._call("PROPFIND", self._path(name), _PROPFIND_BODY, {"Depth": "0"})
        if status == 404:
            return None
        self._expect(status, (207,), f"look for {name}")
        for _, size, _, folder in parse_multistatus(body):
            return -1 if folder else (size or 0)
        return None

    def _same_bytes(self, name: str, size: int, checksum: str) -> bool:
        if size > COMPARE_LIMIT:
            return False
        return hashlib.sha256(self.get(name)).hexdigest() == checksum

    def _discard(self, tmp: str) -> None:
        # Offline: the next try reuses the same temporary name and replaces it.
        with contextlib.suppress(TargetError):
            self._call("DELETE", self._path(tmp))

    # -- HTTP -------------------------------------------------------------------------

    def _path(self, name: str) -> str:
        return self._base + quote(name)

    def _url(self, name: str) -> str:
        return self.url + quote(name)

    def _connection(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=self.timeout, context=ssl.create_default_context()
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)

    def _call(
        self,
        method: str,
        path: str,
        body: bytes | IO[bytes] | None = None,
        headers: dict[str, str] | None = None,
        *,
        limit: int | None = None,
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        password = self._password() if callable(self._password) else self._password
        token = base64.b64encode(f"{self.user}:{password}".encode()).decode("ascii")
        sent = {"Authorization": f"Basic {token}", **(headers or {})}
        if isinstance(body, bytes):
            sent.setdefault("Content-Type", "application/xml; charset=utf-8")
        conn = self._connection()
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            # Past ``limit`` the rest is left unread: the caller refuses such a file anyway.
            data = response.read() if limit is None else response.read(limit + 1)
            return response.status, response.headers, data
        except ssl.SSLCertVerificationError as exc:
            raise TargetError(
                f"The security certificate of {self._host} is not trusted ({exc.verify_message})."
            ) from exc
        except socket.gaierror as exc:
            raise TargetUnavailable(
                f"Could not find the server {self._host} (no internet connection?)."
            ) from exc
        except ConnectionRefusedError as exc:
            raise TargetUnavailable(f"The server {self._host} is not answering.") from exc
        except TimeoutError as exc:
            raise TargetUnavailable(f"The server {self._host} took too long to answer.") from exc
        except (http.client.HTTPException, ConnectionError) as exc:
            raise TargetUnavailable(
                f"The connection to {self._host} dropped during the transfer."
            ) from exc
        except OSError as exc:
            raise TargetUnavailable(
                f"Could not reach the server {self._host} ({exc.strerror or exc})."
            ) from exc
        finally:
            conn.close()

    def _expect(self, status: int, ok: tuple[int, ...], action: str) -> None:
        if status in ok:
            return
        if status == 401:
            raise TargetError("The server refused the user name or password (401).")
        if status == 403:
            raise TargetError(f"The server does not allow this account to {action} (403).")
        if status in (404, 409):
            raise TargetError(f"The folder {self._base} does not exist on {self._host} ({status}).")
        if status == 507:
            raise TargetError("The server is out of space (507 Insufficient Storage).")
        if status == 413:
            raise TargetError("The server does not accept a file this large (413).")
        if status in _BUSY:
            raise TargetUnavailable(f"The server {self._host} is busy or down ({status}).")
        raise TargetError(f"The server answered {status} when asked to {action}.")
