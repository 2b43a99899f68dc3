"""Automatic backups: taken from a healthy file only, rotated, and restorable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.paths import AppPaths
from facilitator.store import backups, convenings, migrate
from facilitator.store.backup import backup_database
from facilitator.store.convenings import NewConvening
from facilitator.store.database import APPLICATION_ID, Database, make_engine, open_database

T0 = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def _add(db: Database, title: str) -> str:
    return convenings.create_convening(db, NewConvening(title=title))


def _titles(db: Database) -> set[str]:
    return {c.title for c in convenings.list_convenings(db)}


def _fake_backup(folder: Path, when: datetime, label: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"facilitator-{when:%Y%m%d-%H%M%S}-{label}.sqlite"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_the_newest_ten_and_one_a_day_for_two_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = T0
    # Three a day for 20 days, then a migration copy from long ago.
    for day in range(20):
        for hour in (9, 12, 17):
            _fake_backup(folder, now - timedelta(days=day, hours=-hour + 8), backups.SCHEDULED)
    migration = _fake_backup(folder, now - timedelta(days=300), "before-migration-0002")
    removed = backups.rotate(folder, now)
    left = backups.list_backups(folder)
    automatic = [b for b in left if b.automatic]
    newest_ten = sorted((b.path for b in automatic), reverse=True)[:10]
    assert all(p.exists() for p in newest_ten)
    days = {b.taken.date() for b in automatic}
    assert len(days) == 14  # one a day for fourteen days, the ten newest among them
    assert len(automatic) == 10 + (14 - 4)  # the newest ten span four days
    assert migration.exists() and removed and not any(p.exists() for p in removed)


def test_a_backup_is_skipped_when_the_database_fails_its_integrity_check(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = tmp_path / "facilitator.sqlite"
    with sqlite3.connect(damaged) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.close()
    data = bytearray(damaged.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # scribble over a table page
    damaged.write_bytes(bytes(data))
    assert backups.quick_check(damaged)
    with caplog.at_level("WARNING"):
        assert backups.take_backup(damaged, tmp_path / "backups", "scheduled", T0) is None
    assert "integrity check" in caplog.text
    assert backups.list_backups(tmp_path / "backups") == []


def test_restore_brings_back_the_data_and_keeps_what_it_replaced(
    paths: AppPaths, clock: FakeClock
) -> None:
    db = open_database(paths.database, clock, backups_dir=paths.backups)
    _add(db, "Spring convening")
    copy = backups.take_backup(db.path, paths.backups, backups.SCHEDULED, clock.now())
    assert copy is not None
    _add(db, "Added after the backup")
    db.close()

    clock.advance(60)
    safety = backups.restore_backup(copy, paths.database, paths.backups, clock.now())

    db = open_database(paths.database, clock, backups_dir=paths.backups)
    assert _titles(db) == {"Spring convening"}
    db.close()
    assert [b.label for b in backups.list_backups(paths.backups)] == ["before-restore", "scheduled"]
    # The safety copy holds what was replaced, so the restore itself can be undone.
    backups.restore_backup(
        safety, paths.database, paths.backups, clock.now() + timedelta(seconds=1)
    )
    db = open_database(paths.database, clock, backups_dir=paths.backups)
    assert _titles(db) == {"Spring convening", "Added after the backup"}
    db.close()


def test_an_older_schema_backup_is_restored_and_upgraded_on_open(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite"
    engine = make_engine(old)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        migrate.Scripts().upgrade(conn, "0002")
    engine.dispose()
    copy = backup_database(old, paths.backups, "before-migration-0002", T0)
    db = open_database(paths.database, clock, backups_dir=paths.backups)
    _add(db, "Replaced by the old copy")
    db.close()

    backups.restore_backup(copy, paths.database, paths.backups, T0 + timedelta(hours=1))

    db = open_database(paths.database, clock, backups_dir=paths.backups)
    assert _titles(db) == set()
    _add(db, "Written after the upgrade")  # the search index of 0003 exists again
    db.close()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0002"
    conn.close()


def test_a_backup_from_a_newer_version_or_another_program_is_refused(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    open_database(paths.database, clock, backups_dir=paths.backups).close()
    copy = backup_database(paths.database, paths.backups, "scheduled", T0)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.close()
    with pytest.raises(backups.BackupError, match="newer version"):
        backups.restore_backup(copy, paths.database, paths.backups, T0)
    stranger = tmp_path / "other.sqlite"
    with sqlite3.connect(stranger) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(backups.BackupError, match="not a Facilitator database"):
        backups.check_restorable(stranger)
