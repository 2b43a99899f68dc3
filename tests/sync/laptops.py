"""Two laptops for merge tests: separate databases, clocks that disagree by a day."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.store.database import Database, open_database
from facilitator.store.record_io import read_convening


def open_laptop(folder: Path, *, clock_offset_s: float = 0.0) -> Database:
    clock = FakeClock()
    clock.jump_wall(clock_offset_s)
    return open_database(folder / "facilitator.sqlite", clock, backups_dir=folder / "backups")


def fingerprint(db: Database, convening_id: str) -> str:
    """A digest of every record of a convening (with stamps): equal means unchanged."""
    with db.read() as session:
        records = sorted(read_convening(session, convening_id), key=lambda r: r["uuid"])
    return hashlib.sha256(json.dumps(records, sort_keys=True).encode()).hexdigest()


def database_digest(db: Database) -> str:
    """A digest of every row of every table in the file."""
    out = hashlib.sha256()
    with db.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
                " AND name NOT LIKE 'search_index%' ORDER BY name"
            )
        ]
        for name in names:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1'):
                out.update(repr(tuple(row)).encode())
    return out.hexdigest()
