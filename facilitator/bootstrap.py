"""Opening the store for a data folder: shared by the command line and the window."""

from __future__ import annotations

from facilitator.core.clock import Clock, SystemClock
from facilitator.logging_setup import setup_logging
from facilitator.paths import AppPaths
from facilitator.store.database import Database, open_database


def open_store(paths: AppPaths, clock: Clock | None = None) -> Database:
    """Create the folders, start logging, and open (or create, or migrate) the database."""
    paths.ensure()
    setup_logging(paths.log_file)
    return open_database(paths.database, clock or SystemClock(), backups_dir=paths.backups)
