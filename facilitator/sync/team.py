"""Team sync through a shared folder: each laptop writes new change files, reads the others'.

Layout on the target (docs/merge.md)::

    facilitator-sync/<convening uuid>/<device id>/c-<wall>-<counter>.json.gz

A laptop only ever creates files, under its own device folder, and never edits
one, so desktop sync clients (OneDrive, Dropbox, a network share) have nothing
to reconcile. Anything else in the folders — desktop.ini, "conflicted copy"
duplicates, *.tmp and *.part files, half-written uploads — is ignored by name. A
recognised file that can't be read (still arriving, damaged) is skipped and
tried again next time; applied files are remembered and not read again.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from facilitator import __version__
from facilitator.core.merge import Record, device_of, join_knowledge, knowledge_of
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.merging import local_knowledge, merge_into_store, shareable, state_of
from facilitator.store.models import Convening, SyncAppliedFile
from facilitator.store.record_check import check_records
from facilitator.store.record_io import read_convening
from facilitator.sync.bundle import check_knowledge, check_manifest, record_files
from facilitator.sync.folder import FolderTarget
from facilitator.sync.safe_read import BadFileError, read_gzip_json
from facilitator.sync.target_base import TargetError, TargetUnavailable, TreeTarget
from facilitator.sync.team_target import TargetTeamFolder

ROOT = "facilitator-sync"
FORMAT = "facilitator-changes"
_DEVICE = re.compile(r"^[0-9a-f]{12}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
CHANGE_FILE = re.compile(r"^c-[0-9a-f]{12}-[0-9a-f]{6}\.json\.gz$")
MAX_FILE_BYTES = 50 * 1024 * 1024
log = logging.getLogger(__name__)


class TeamFolder(Protocol):
    """The few things team sync needs from a target: nested names, create-only writes."""

    def folders(self, path: str) -> list[str]: ...

    def files(self, path: str) -> list[str]: ...

    def read(self, path: str, limit: int) -> bytes: ...

    def create(self, path: str, data: bytes) -> None: ...


class LocalTeamFolder:
    """A team folder on disk: a desktop-synced cloud folder or a mounted share."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, path: str) -> Path:
        return self.root.joinpath(*path.split("/"))

    def folders(self, path: str) -> list[str]:
        folder = self._path(path)
        return sorted(e.name for e in os.scandir(folder) if e.is_dir()) if folder.is_dir() else []

    def files(self, path: str) -> list[str]:
        folder = self._path(path)
        return sorted(e.name for e in os.scandir(folder) if e.is_file()) if folder.is_dir() else []

    def read(self, path: str, limit: int) -> bytes:
        with self._path(path).open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise BadFileError(f"{path} is larger than any change file can be.")
        return data

    def create(self, path: str, data: bytes) -> None:
        final = self._path(path)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.parent / f".facilitator-{uuid_module.uuid4().hex}.tmp"
        try:
            with tmp.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.link(tmp, final)  # refuses to replace: a change file is never edited
        finally:
            tmp.unlink(missing_ok=True)


@dataclass
class TeamSyncReport:
    convening_id: str
    title: str
    wrote: str | None = None  # the change file written, if there was anything new
    records_sent: int = 0
    applied: list[str] = field(default_factory=list)
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)  # files skipped, and why

    def describe(self) -> str:
        parts = [f"“{self.title}”:"]
        parts.append(f"sent {self.records_sent} changes," if self.wrote else "nothing new to send,")
        parts.append(f"applied {len(self.applied)} change files from the team.")
        if self.conflicts:
            parts.append(f"{self.conflicts} field(s) changed on two laptops: see Conflicts.")
        text = " ".join(parts)
        return "\n".join([text, *(f"  skipped {p}" for p in self.problems)])


def _changed_since(records: list[Record], pushed: dict[str, str]) -> list[Record]:
    return [
        r
        for r in records
        if any(s > pushed.get(device_of(s), "") for s in (r.get("stamps") or {}).values())
    ]


def push(db: Database, folder: TeamFolder, convening_uuid: str) -> tuple[str | None, int]:
    """Write this laptop's shareable changes since its last push as one new file."""
    with db.read() as session:
        local = read_convening(session, convening_uuid)
        knowledge = local_knowledge(session, convening_uuid, local)
        state = state_of(session, convening_uuid)
        pushed = dict(state.pushed or {})
    records = shareable(local)
    changes = _changed_since(records, pushed)
    if not changes:
        return None, 0
    payload = {
        "format": FORMAT,
        "format_version": 1,
        "app_version": __version__,
        "device_id": db.device_id,
        "convening": convening_uuid,
        "created_at": db.clock.now().isoformat(),
        "knowledge": knowledge,
        "records": record_files(changes),
    }
    data = gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), mtime=0)
    for attempt in range(3):
        stamp = db.hlc.tick()
        name = f"c-{stamp.wall_ms:012x}-{stamp.counter:06x}.json.gz"
        try:
            folder.create(f"{ROOT}/{convening_uuid}/{db.device_id}/{name}", data)
            break
        except FileExistsError:
            # Only after this laptop's clock went back (a restored backup): a later name.
            log.warning("Team sync: %s already holds another file; using a new name.", name)
            if attempt == 2:
                raise
    with db.transaction() as session:
        state = state_of(session, convening_uuid)
        state.pushed = join_knowledge(state.pushed or {}, knowledge_of(changes))
    return name, len(changes)


def _read_change_file(
    data: bytes, name: str, convening_uuid: str, device: str
) -> tuple[list[Record], dict[str, str]]:
    payload = read_gzip_json(data, name)
    check_manifest(payload, name, FORMAT)
    if payload.get("convening") != convening_uuid or payload.get("device_id") != device:
        raise BadFileError(f"{name} belongs to another convening or laptop than its folder.")
    if not isinstance(payload.get("records"), dict):
        raise BadFileError(f"{name} holds no records.")
    records = check_records(payload["records"], convening_uuid)
    return records, check_knowledge(payload.get("knowledge", {}))


def _mark_on_team_folder(db: Database, convening_uuid: str, records: list[Record]) -> None:
    # Changes read from the team folder are there already: don't write them back out.
    with db.transaction() as session:
        state = state_of(session, convening_uuid)
        state.pushed = join_knowledge(state.pushed or {}, knowledge_of(records))


def pull(db: Database, folder: TeamFolder, convening_uuid: str, report: TeamSyncReport) -> None:
    """Merge every other laptop's change files not applied here yet, each all or nothing.

    Files go oldest first (their names are clock stamps); one that refers to records
    another file brings is tried again once that file is in.
    """
    base = f"{ROOT}/{convening_uuid}"
    with db.read() as session:
        done = set(
            session.scalars(
                select(SyncAppliedFile.name).where(SyncAppliedFile.convening_uuid == convening_uuid)
            )
        )
    pending = sorted(
        (name, device)
        for device in folder.folders(base)
        if device != db.device_id and _DEVICE.match(device)
        for name in folder.files(f"{base}/{device}")
        if CHANGE_FILE.match(name) and f"{device}/{name}" not in done
    )
    problems: dict[str, str] = {}
    progress = True
    while pending and progress:
        progress, waiting = False, []
        for name, device in pending:
            key = f"{device}/{name}"
            try:
                data = folder.read(f"{base}/{key}", MAX_FILE_BYTES)
                records, knows = _read_change_file(data, name, convening_uuid, device)
                summary = merge_into_store(db, convening_uuid, records, knows, applied_file=key)
            except (BadFileError, StoreError, OSError) as exc:
                problems[key] = str(exc)
                waiting.append((name, device))
                continue
            problems.pop(key, None)
            progress = True
            report.applied.append(key)
            _mark_on_team_folder(db, convening_uuid, records)
            report.conflicts += summary.conflicts
        pending = waiting
    report.problems.extend(f"{key}: {why}" for key, why in sorted(problems.items()))


def sync_team(db: Database, folder: TeamFolder) -> list[TeamSyncReport]:
    """Both directions for every convening here or on the team folder.

    Reads the team's changes first, then writes this laptop's, so a change file
    never repeats what the team folder already holds.
    """
    with db.read() as session:
        rows = session.execute(
            select(Convening.uuid, Convening.title).where(Convening.deleted.is_(False))
        )
        titles: dict[str, str] = {uuid: title for uuid, title in rows}
    shared = {name for name in folder.folders(ROOT) if _UUID.match(name)}
    reports = []
    for convening_uuid in sorted(set(titles) | shared):
        report = TeamSyncReport(convening_uuid, titles.get(convening_uuid, ""))
        pull(db, folder, convening_uuid, report)
        if convening_uuid not in titles:
            if not report.applied:
                continue  # nothing of it could be read here: not this laptop's convening
            report.title = _title(db, convening_uuid)
        report.wrote, report.records_sent = push(db, folder, convening_uuid)
        reports.append(report)
    return reports


def _title(db: Database, convening_uuid: str) -> str:
    with db.read() as session:
        title = session.scalar(select(Convening.title).where(Convening.uuid == convening_uuid))
    return title or convening_uuid


def team_folder_for(target: object) -> TeamFolder | None:
    """The team folder on a delivery target (a folder or a WebDAV server), if it has one."""
    if isinstance(target, TreeTarget):
        return TargetTeamFolder(target, ROOT)
    return None


def team_sync_lines(db: Database, target: object) -> list[str]:
    """Run team sync on a delivery target; lines to print for what happened (none if nothing).

    Called by `facilitator sync`. A target that can't be reached changes nothing here and
    says so in one line; the next sync tries again.
    """
    folder = team_folder_for(target)
    if folder is None:
        return []
    try:
        reports = sync_team(db, folder)
    except TargetUnavailable as exc:
        log.info("Team sync: target unreachable: %s", exc.message)
        where = "folder" if isinstance(target, FolderTarget) else "server"
        return [f"Team sync: {where} unreachable, will try again. ({exc.message})"]
    except TargetError as exc:
        return [f"Team sync failed: {exc.message}"]
    except OSError as exc:
        return [f"Team sync skipped: {exc.strerror or exc}."]
    return [r.describe() for r in reports if r.wrote or r.applied or r.problems]
