"""The target interface, its results and its errors (import them from ``targets``).

A target takes a finished local file and puts it under a name, atomically (the final
name never holds half a file) and idempotently (putting the same bytes again finds
them already there instead of making a copy). It never overwrites a different file:
it picks a distinct name instead ("Summary (2).docx").

Two kinds exist: :class:`facilitator.sync.folder.FolderTarget` (a desktop-synced cloud
folder or a network share) and :class:`facilitator.sync.webdav.WebDavTarget`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Protocol, runtime_checkable


class TargetError(Exception):
    """The target refused a delivery; the message says why in a facilitator's words.

    The outbox keeps the item and tries again later with a growing delay.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TargetUnavailable(TargetError):
    """The target can't be reached right now (offline, share not mounted, server down).

    Not a failure of the item: it stays queued and goes as soon as the target is back.
    """


@dataclass(frozen=True)
class Delivered:
    """Where a file landed: ``location`` is a path or URL a person can open."""

    location: str
    name: str
    size: int
    checksum: str  # sha256 hex of the bytes
    already_there: bool = False  # the same bytes were found there (a retry); nothing written


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int
    modified: datetime | None = None


@runtime_checkable
class Target(Protocol):
    def describe(self) -> str:
        """A short phrase for the UI: "the folder ~/Dropbox/Team", "cloud.example.org"."""
        ...

    def check(self) -> None:
        """Return if the target is reachable and usable; raise TargetUnavailable/TargetError."""
        ...

    def put_file(
        self, local_path: Path, remote_name: str, *, upload_id: str | None = None
    ) -> Delivered:
        """Deliver a file under ``remote_name`` (or a distinct name), atomically."""
        ...

    def list(self, prefix: str = "") -> list[RemoteFile]:
        """Files (not folders, not temporary uploads) whose name starts with ``prefix``."""
        ...

    def get(self, remote_name: str) -> bytes:
        """The bytes of one file; TargetError when it is not there."""
        ...


class NameTaken(TargetError):
    """A new file's name already holds different bytes; nothing was replaced."""


@runtime_checkable
class TreeTarget(Target, Protocol):
    """A target that also keeps files in nested folders (team sync, docs/merge.md).

    Paths are relative to the target, with "/" between folders: "a/b/c.json.gz".
    """

    def walk(self, folder: str) -> list[RemoteFile]:
        """Every file below ``folder``, named by its path from the target; [] if no folder.

        Temporary uploads are left out.
        """
        ...

    def get_path(self, path: str, limit: int) -> bytes:
        """The bytes of the file at ``path``; TargetError when absent or above ``limit``."""
        ...

    def create_new(self, path: str, data: bytes) -> bool:
        """Write a new file at ``path``, making missing folders; never replaces one.

        True when written, False when the same bytes were there already; NameTaken when
        other bytes hold the name.
        """
        ...


CHUNK = 1024 * 1024
# Above this size a same-named, same-sized remote file is not downloaded to compare;
# exports are far smaller.
COMPARE_LIMIT = 64 * 1024 * 1024
TEMP_PREFIX = ".facilitator-upload-"


def file_digest(path: Path) -> tuple[int, str]:
    """Size and sha256 hex of a local file."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def candidate_names(remote_name: str, limit: int = 100) -> Iterator[str]:
    """The name itself, then "Name (2).ext", "Name (3).ext" …"""
    yield remote_name
    pure = PurePosixPath(remote_name)
    stem, suffix = pure.stem, pure.suffix
    if stem.startswith(".") and not suffix:  # ".profile" style names have no stem/suffix split
        stem, suffix = remote_name, ""
    for n in range(2, limit + 1):
        yield f"{stem} ({n}){suffix}"


def check_remote_name(remote_name: str) -> None:
    """A plain file name: no folders, nothing hidden, nothing that escapes the target."""
    if (
        not remote_name
        or remote_name in (".", "..")
        or "/" in remote_name
        or "\\" in remote_name
        or remote_name.startswith(TEMP_PREFIX)
    ):
        raise TargetError(f"“{remote_name}” is not a file name that can be delivered.")


def check_remote_path(path: str) -> list[str]:
    """The folders and name of a nested path, each a plain name (see check_remote_name)."""
    parts = path.split("/")
    for part in parts:
        if part.startswith(".facilitator-"):  # our temporary files' names
            raise TargetError(f"“{path}” is not a path that can be used on the target.")
        try:
            check_remote_name(part)
        except TargetError:
            raise TargetError(f"“{path}” is not a path that can be used on the target.") from None
    return parts
