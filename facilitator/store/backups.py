"""Automatic backups: taking them only from a healthy file, rotating them, restoring one.

Copies are made with SQLite's online backup API (store/backup.py), never by
copying the live file. Automatic copies are labelled ``scheduled`` (every half
hour of use when something changed) and ``on-close``; rotation keeps the newest
ten of them plus the newest of each of the last fourteen days. Copies taken
before a schema upgrade or before a restore are never rotated away.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from facilitator.store import migrate
from facilitator.store.backup import backup_database
from facilitator.store.database import APPLICATION_ID
from facilitator.store.errors import StoreError

log = logging.getLogger(__name__)

SCHEDULED = "scheduled"
ON_CLOSE = "on-close"
BEFORE_RESTORE = "before-restore"
AUTOMATIC = (SCHEDULED, ON_CLOSE)
KEEP_RECENT = 10
KEEP_DAILY_DAYS = 14

_NAME = re.compile(r"^facilitator-(\d{8}-\d{6})-(.+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime  # naive, as stamped in the name (the database clock's time)
    label: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.label in AUTOMATIC


class BackupError(StoreError):
    """A backup cannot be restored; the message says why."""


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, taken, match[2], path.stat().st_size))
    found.sort(key=lambda b: (b.taken, b.path.name), reverse=True)
    return found


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check's complaints about ``path`` (empty when healthy)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def take_backup(database: Path, backups_dir: Path, label: str, now: datetime) -> Path | None:
    """A copy of ``database``, or None (logged) when it fails its integrity check.

    A damaged file is not copied: a backup of it would push a good older copy out.
    """
    problems = quick_check(database)
    if problems:
        log.warning("Backup skipped: %s failed its integrity check: %s", database, problems)
        return None
    # One name per second: a second copy in the same second would replace the first.
    return backup_database(database, backups_dir, label, now.replace(tzinfo=None))


def rotate(
    backups_dir: Path,
    now: datetime,
    keep_recent: int = KEEP_RECENT,
    keep_days: int = KEEP_DAILY_DAYS,
) -> list[Path]:
    """Delete automatic copies beyond the newest ``keep_recent`` and one a day; return them."""
    automatic = [b for b in list_backups(backups_dir) if b.automatic]
    keep = {b.path for b in automatic[:keep_recent]}
    oldest_day = (now.replace(tzinfo=None) - timedelta(days=keep_days - 1)).date()
    seen_days: set[object] = set()
    for backup in automatic:  # newest first: the first seen of a day is its newest
        day = backup.taken.date()
        if day >= oldest_day and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    removed = [b.path for b in automatic if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def check_restorable(backup: Path) -> None:
    """Raise BackupError unless ``backup`` is a healthy Facilitator database this version reads."""
    problems = quick_check(backup)
    if problems:
        raise BackupError(f"The backup {backup.name} is damaged ({'; '.join(problems)}).")
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone() if row else None
        )
    finally:
        conn.close()
    if app_id != APPLICATION_ID or revision is None:
        raise BackupError(f"{backup.name} is not a Facilitator database.")
    if not migrate.Scripts().knows(str(revision[0])):
        raise BackupError(f"{backup.name} was written by a newer version of Facilitator.")


def restore_backup(backup: Path, database: Path, backups_dir: Path, now: datetime) -> Path:
    """Replace ``database`` with ``backup``; return the copy of what it replaced.

    The caller must have closed every connection to ``database`` first. The
    current database is copied before it is replaced, so a restore can be undone
    by restoring that copy. An older schema is upgraded when the database next opens.
    """
    check_restorable(backup)
    safety = backup_database(database, backups_dir, BEFORE_RESTORE, now.replace(tzinfo=None))
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database)
        try:
            source.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    finally:
        source.close()
    log.info("Restored %s from %s (the replaced data is in %s)", database, backup, safety)
    return safety
