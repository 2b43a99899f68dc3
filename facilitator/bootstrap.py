"""Opening the store for a data folder: shared by the command line and the window."""

from __future__ import annotations

from facilitator.core.clock import Clock, SystemClock
from facilitator.logging_setup import setup_logging
from facilitator.paths import AppPaths
from facilitator.store.database import Database, open_database
from facilitator.store.folder_lock import DataFolderLock


def open_store(
    paths: AppPaths,
    clock: Clock | None = None,
    *,
    writer: str | None = "a Facilitator command",
) -> Database:
    """Create the folders, start logging, and open (or create, or migrate) the database.

    A ``writer`` (who is writing, in words) holds the data folder's lock until the
    database is closed, and is refused with DataFolderBusyError while someone else
    holds it. Commands that only read pass ``writer=None``. See docs/desktop.md.
    """
    paths.ensure()
    setup_logging(paths.log_file)
    lock = DataFolderLock(paths.data_dir)
    if writer is not None:
        lock.acquire(writer)
    try:
        db = open_database(paths.database, clock or SystemClock(), backups_dir=paths.backups)
    except BaseException:
        lock.release()
        raise
    db.on_close.append(lock.release)
    return db
