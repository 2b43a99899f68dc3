"""Opening the database: pragmas, refusal of newer and damaged files, migration with a backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from facilitator.core.clock import FakeClock
from facilitator.store import convenings, migrate
from facilitator.store.convenings import NewConvening
from facilitator.store.database import APPLICATION_ID, open_database
from facilitator.store.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotFacilitatorDatabaseError,
)
from facilitator.store.models import Base
from facilitator.store.search_index import include_name

MIGRATIONS = Path(__file__).parents[2] / "facilitator" / "store" / "migrations"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path: Path, clock: FakeClock, titles: int = 1) -> None:
    db = open_database(path, clock)
    for n in range(titles):
        convenings.create_convening(db, NewConvening(title=f"Convening {n}", days=2))
    db.close()


def test_a_new_database_is_durable_and_marked_as_ours(tmp_path: Path, clock: FakeClock) -> None:
    db = open_database(tmp_path / "f.sqlite", clock)
    with db.engine.connect() as conn:
        pragma = conn.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA application_id").scalar() == APPLICATION_ID
        version = pragma("SELECT version_num FROM alembic_version").scalar()
    assert version == migrate.Scripts().head
    assert len(db.device_id) == 12
    db.close()


def test_reopening_keeps_the_device_and_takes_no_backup(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "f.sqlite"
    first = open_database(path, clock)
    device = first.device_id
    first.close()
    again = open_database(path, clock)
    assert again.device_id == device
    again.close()
    assert not (tmp_path / "backups").exists()


def test_the_schema_the_migrations_build_is_the_schema_the_models_describe(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = open_database(tmp_path / "f.sqlite", clock)
    with db.engine.connect() as conn:
        # The full-text index is raw SQL (migration 0003), not a model.
        opts = {"compare_type": False, "include_name": include_name}
        context = MigrationContext.configure(conn, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    db.close()
    assert differences == []


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "f.sqlite"
    make_db(path, clock)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version of Facilitator") as caught:
        open_database(path, clock)
    assert "0999_from_the_future" in str(caught.value)
    assert "has not been changed" in str(caught.value)
    assert digest(path) == before


def test_a_damaged_database_is_refused_with_a_clear_message(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "f.sqlite"
    make_db(path, clock, titles=400)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    # Scribble over the middle of the file: b-tree pages of the tables.
    for offset in range(3 * page, 5 * page, 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DamagedDatabaseError, match="failed its integrity check"):
        open_database(path, clock)
    assert digest(path) == before


@pytest.mark.parametrize(
    "content", [b"just some notes\n", b"PK\x03\x04 a zip file, not a database"]
)
def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, clock: FakeClock, content: bytes
) -> None:
    path = tmp_path / "f.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotFacilitatorDatabaseError, match="not a Facilitator database"):
        open_database(path, clock)
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "f.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = digest(path)
    with pytest.raises(NotFacilitatorDatabaseError, match="another program"):
        open_database(path, clock)
    assert digest(path) == before


NEXT_REVISION = '''"""A later schema: convenings gain a colour."""

import sqlalchemy as sa
from alembic import op

revision = "0900_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("convening") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=False, server_default="blue"))


def downgrade() -> None:
    with op.batch_alter_table("convening") as batch:
        batch.drop_column("colour")
'''


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "data" / "f.sqlite"
    make_db(path, clock, titles=3)
    # The next release's migrations: today's, plus one more revision.
    newer = tmp_path / "newer_migrations"
    shutil.copytree(MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.Scripts().head
    (newer / "versions" / "0900_test.py").write_text(NEXT_REVISION.format(head=head))

    db = open_database(path, clock, script_location=str(newer))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            "0900_test"
        )
        colours = conn.exec_driver_sql("SELECT title, colour FROM convening").all()
    db.close()
    assert sorted(colours) == [(f"Convening {n}", "blue") for n in range(3)]

    backups = list((path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and f"before-migration-{head}" in backups[0].name
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert old.execute("SELECT count(*) FROM convening").fetchone()[0] == 3
    old.close()


def test_a_database_at_the_first_schema_upgrades_to_the_newest(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "f.sqlite"
    scripts = migrate.Scripts()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        scripts.upgrade(conn, "0001")
    engine.dispose()
    db = open_database(path, clock)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            scripts.head
        )
    db.close()
