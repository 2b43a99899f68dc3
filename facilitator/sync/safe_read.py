"""Reading files from other laptops defensively: capped sizes, safe names, plain JSON.

A bundle or change file may be truncated by a failed copy, damaged, crafted, or
made by a newer Facilitator. Everything here raises :class:`BadFileError` with
a sentence a facilitator can act on, before anything is written.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zipfile
import zlib
from typing import Any, Protocol

CHUNK = 1024 * 1024
# Far above any real convening (tens of thousands of records are a few MB of JSON),
# far below what would exhaust a laptop's memory.
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_MEMBERS = 64

_DRIVE = re.compile(r"^[A-Za-z]:")


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class BadFileError(ValueError):
    """A file that can't be used; nothing was changed. The message says why."""


def check_member_name(name: str) -> None:
    """Refuse names that would land outside the folder they are unpacked in."""
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or _DRIVE.match(name)
        or "\\" in name
        or ".." in parts
        or "\x00" in name
    ):
        raise BadFileError(f"It holds a file named {name!r} that points outside the bundle.")


def read_capped(handle: _Readable, limit: int, what: str) -> bytes:
    """Read at most ``limit`` bytes; a longer stream is refused, whatever it declared."""
    data = bytearray()
    try:
        while chunk := handle.read(CHUNK):
            data += chunk
            if len(data) > limit:
                raise BadFileError(
                    f"{what} unpacks to more than {limit // (1024 * 1024)} MB; "
                    "no convening is that large, so the file is refused."
                )
    except (zipfile.BadZipFile, zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise BadFileError(f"{what} is damaged or cut short ({exc}).") from exc
    return bytes(data)


def parse_json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise BadFileError(f"{what} is not valid JSON ({exc}).") from exc


def check_zip_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Names and declared sizes of every member, checked before reading any."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BadFileError(f"It holds {len(infos)} files; a bundle has at most {MAX_MEMBERS}.")
    total = 0
    for info in infos:
        check_member_name(info.filename)
        if info.file_size > MAX_MEMBER_BYTES:
            raise BadFileError(
                f"{info.filename} would unpack to {info.file_size // (1024 * 1024)} MB; "
                "no convening is that large, so the file is refused."
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise BadFileError("Its files would unpack to more than a convening can hold.")
    return {info.filename: info for info in infos}


def read_gzip_json(data: bytes, what: str) -> Any:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
        return parse_json(read_capped(handle, MAX_MEMBER_BYTES, what), what)
