"""Backups while the window is open: every half hour when something changed, and on close.

"Changed" is read from the database file and its write-ahead log (size and
modification time): only this window writes to the data folder, so an unchanged
pair means no new commits and no copy worth keeping.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.store import backups
from facilitator.store.database import Database

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000

Signature = tuple[int, int, int, int]


def file_signature(database: Path) -> Signature:
    parts: list[int] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            stat = path.stat()
            parts += [stat.st_size, stat.st_mtime_ns]
        except FileNotFoundError:
            parts += [0, 0]
    return (parts[0], parts[1], parts[2], parts[3])


class BackupScheduler(QObject):
    """Takes and rotates automatic backups of one open database."""

    backed_up = Signal(str)  # the copy's path
    skipped = Signal(str)  # why, in words

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.last_signature = file_signature(db.path)
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.backup_if_changed(backups.SCHEDULED))
        self.timer.start()

    def changed(self) -> bool:
        return file_signature(self.db.path) != self.last_signature

    def backup_if_changed(self, label: str) -> Path | None:
        if not self.changed():
            return None
        return self.backup_now(label)

    def backup_now(self, label: str) -> Path | None:
        signature = file_signature(self.db.path)
        now = self.db.clock.now()
        try:
            copy = backups.take_backup(self.db.path, self.db.backups_dir, label, now)
        except OSError as exc:  # disk full, folder gone: say so, keep working
            log.warning("Backup failed: %s", exc)
            self.skipped.emit(self.tr("Backup failed: {value}").format(value=exc.strerror or exc))
            return None
        if copy is None:
            self.skipped.emit(
                self.tr(
                    "Backup skipped: the database failed its integrity check. "
                    "See Help › Log viewer, and restore a backup from File › Restore."
                )
            )
            return None
        self.last_signature = signature
        backups.rotate(self.db.backups_dir, now)
        log.info("Backed up the database to %s", copy)
        self.backed_up.emit(str(copy))
        return copy

    def backup_on_close(self) -> Path | None:
        self.timer.stop()
        return self.backup_if_changed(backups.ON_CLOSE)
