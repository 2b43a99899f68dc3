"""Reading a WebDAV PROPFIND answer (207 Multi-Status): sizes, dates, folders, paths."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from facilitator.sync.target_base import TEMP_PREFIX, RemoteFile, TargetError

_DAV = "{DAV:}"


def parse_multistatus(body: bytes) -> list[tuple[str, int | None, datetime | None, bool]]:
    """(href, size, modified, is_folder) for each response in a 207 Multi-Status body."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise TargetError("The server's answer could not be read (not WebDAV?).") from exc
    rows: list[tuple[str, int | None, datetime | None, bool]] = []
    for response in root.iter(f"{_DAV}response"):
        href = response.findtext(f"{_DAV}href", default="")
        size: int | None = None
        modified: datetime | None = None
        folder = False
        for propstat in response.iter(f"{_DAV}propstat"):
            if "200" not in (propstat.findtext(f"{_DAV}status") or ""):
                continue
            prop = propstat.find(f"{_DAV}prop")
            if prop is None:
                continue
            length = prop.findtext(f"{_DAV}getcontentlength")
            if length and length.strip().isdigit():
                size = int(length)
            stamp = prop.findtext(f"{_DAV}getlastmodified")
            if stamp:
                try:
                    modified = parsedate_to_datetime(stamp)
                except (TypeError, ValueError):
                    modified = None
            kind = prop.find(f"{_DAV}resourcetype")
            folder = folder or (kind is not None and kind.find(f"{_DAV}collection") is not None)
        rows.append((href, size, modified, folder))
    return rows


def entries_below(folder: str, body: bytes, *, nested: bool) -> list[tuple[RemoteFile, bool]]:
    """The entries of a PROPFIND answer below ``folder``, named by path from the target.

    Hrefs may be full URLs or absolute paths, percent-encoded or not, with or without a
    trailing slash, and a proxy may have rewritten the server's base path; the folder
    asked about is the answer's shortest path, so names are taken relative to it.
    """
    rows = [
        (unquote(urlsplit(href).path).rstrip("/"), size, modified, is_folder)
        for href, size, modified, is_folder in parse_multistatus(body)
    ]
    if not rows:
        return []
    top = min((path for path, *_ in rows), key=len)
    found: list[tuple[RemoteFile, bool]] = []
    for path, size, modified, is_folder in rows:
        if not path.startswith(top + "/"):
            continue
        rest = path[len(top) + 1 :]
        if (
            not rest
            or (not nested and "/" in rest)
            or any(
                part.startswith(TEMP_PREFIX) or part in ("", ".", "..") for part in rest.split("/")
            )
        ):
            continue
        found.append((RemoteFile(f"{folder}/{rest}", size or 0, modified), is_folder))
    return found
