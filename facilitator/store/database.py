"""Opening the database: checks first, then migrations, then a configured engine.

Order matters. A file is inspected read-only before anything writes to it, so
a damaged file or one from a newer Facilitator is refused untouched; an older
one is backed up before it is migrated.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from facilitator.core.clock import Clock
from facilitator.core.hlc import HybridClock, Stamp
from facilitator.store import migrate
from facilitator.store.backup import backup_database
from facilitator.store.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotFacilitatorDatabaseError,
)
from facilitator.store.models import Meta
from facilitator.store.stamping import HLC_KEY, install_stamping

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as ours ("FCLT"), so a stray SQLite file is refused.
APPLICATION_ID = 0x46434C54
DEVICE_KEY = "device_id"
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at an existing database file found."""

    revision: str | None
    application_id: int
    has_tables: bool


def _inspect_file(path: Path) -> FileFacts | None:
    """Read-only checks of an existing file; None when there is no database yet."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise NotFacilitatorDatabaseError(
            f"{path} is not a Facilitator database (it is not an SQLite file). "
            "It has not been changed. Choose another data folder with --data-dir."
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:  # pragma: no cover - permissions, locked media
        raise DamagedDatabaseError(f"{path} could not be opened: {exc}.") from exc
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
            app_id, tables = APPLICATION_ID, set()
        if problems != ["ok"]:
            raise DamagedDatabaseError(
                f"The database {path} failed its integrity check ({'; '.join(problems)}). "
                "It has not been changed. Restore a copy from the backups folder "
                "beside it, or start with a new data folder (--data-dir)."
            )
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    if tables and app_id != APPLICATION_ID:
        raise NotFacilitatorDatabaseError(
            f"{path} is an SQLite database of another program, not Facilitator's. "
            "It has not been changed. Choose another data folder with --data-dir."
        )
    return FileFacts(revision=revision, application_id=app_id, has_tables=bool(tables))


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL: readers never block the writer; FULL: a commit survives power loss.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open Facilitator database: its engine, its device identity, its clock."""

    def __init__(self, path: Path, engine: Engine, clock: Clock, backups_dir: Path) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self.backups_dir = backups_dir
        self.device_id, last = self._load_identity()
        self.hlc = HybridClock(self.device_id, clock, last)
        self.sessions: sessionmaker[Session] = sessionmaker(
            engine, expire_on_commit=False, info={"hlc": self.hlc}
        )
        install_stamping(self.sessions)
        # Run after the engine is disposed (the data folder's writer lock is released here).
        self.on_close: list[Callable[[], None]] = []

    def _load_identity(self) -> tuple[str, Stamp | None]:
        with Session(self.engine) as session, session.begin():
            facts = {m.key: m.value for m in session.scalars(select(Meta))}
            device = facts.get(DEVICE_KEY)
            if device is None:
                device = uuid.uuid4().hex[:12]
                session.add(Meta(key=DEVICE_KEY, value=device))
            if HLC_KEY not in facts:
                session.add(Meta(key=HLC_KEY, value=""))
            last = facts.get(HLC_KEY)
        return device, Stamp.decode(last) if last else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes commit together at the end of the block, or not at all."""
        with self.sessions() as session, session.begin():
            yield session

    def read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            callback()


def open_database(
    path: Path,
    clock: Clock,
    *,
    backups_dir: Path | None = None,
    script_location: str = migrate.SCRIPT_LOCATION,
) -> Database:
    """Open (creating or migrating as needed) the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    backups_dir = backups_dir or path.parent / "backups"
    facts = _inspect_file(path)
    scripts = migrate.Scripts(script_location)
    revision = facts.revision if facts else None
    if revision is not None and not scripts.knows(revision):
        raise NewerDatabaseError(
            f"The database {path} was written by a newer version of Facilitator "
            f"(schema {revision}); this version understands up to schema {scripts.head}. "
            "It has not been changed. Install the newer Facilitator to open it."
        )
    engine = make_engine(path)
    if revision != scripts.head:
        if facts is not None and facts.has_tables:
            copy = backup_database(path, backups_dir, f"before-migration-{revision}", clock.now())
            log.info("Backed up %s to %s before migrating", path, copy)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            scripts.upgrade(conn)
        log.info("Database %s migrated from %s to %s", path, revision, scripts.head)
    return Database(path, engine, clock, backups_dir)
