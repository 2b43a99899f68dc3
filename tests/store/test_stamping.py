"""Every change is stamped, per field, with the device and the hybrid logical clock."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator.core.clock import FakeClock
from facilitator.core.hlc import ALL_FIELDS, Stamp, stamp_of
from facilitator.store import convenings
from facilitator.store.convenings import NewConvening
from facilitator.store.database import Database, open_database
from facilitator.store.models import Convening


def stamps_of(db: Database, convening_id: str) -> dict[str, str]:
    with db.read() as session:
        c = session.scalar(select(Convening).where(Convening.uuid == convening_id))
        assert c is not None
        return dict(c.stamps)


def test_a_new_record_is_stamped_once_for_all_its_fields(db: Database) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    stamps = stamps_of(db, cid)
    assert set(stamps) == {ALL_FIELDS}
    assert Stamp.decode(stamps[ALL_FIELDS]).device == db.device_id


def test_a_change_stamps_only_the_fields_it_changed(db: Database, clock: FakeClock) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    created = stamps_of(db, cid)[ALL_FIELDS]
    clock.advance(5)
    convenings.rename_convening(db, cid, "Spring convening")
    stamps = stamps_of(db, cid)
    assert set(stamps) == {ALL_FIELDS, "title"}
    assert stamps["title"] > created
    assert stamp_of(stamps, "location") == created


def test_a_deletion_is_a_stamped_tombstone(db: Database, clock: FakeClock) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    clock.advance(1)
    convenings.delete_convening(db, cid)
    deleted_at = stamps_of(db, cid)["deleted"]
    clock.advance(1)
    convenings.restore_convening(db, cid)
    assert stamps_of(db, cid)["deleted"] > deleted_at


def test_stamps_keep_increasing_across_a_restart_with_a_clock_set_back(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "f.sqlite"
    first = open_database(path, clock)
    cid = convenings.create_convening(first, NewConvening(title="Spring"))
    before = stamps_of(first, cid)[ALL_FIELDS]
    first.close()
    clock.jump_wall(-7200)  # the laptop's clock was reset two hours back
    second = open_database(path, clock)
    convenings.rename_convening(second, cid, "Renamed")
    after = stamps_of(second, cid)["title"]
    second.close()
    assert after > before


def test_reading_without_changes_stamps_nothing(db: Database) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    last = db.hlc.last
    convenings.list_convenings(db)
    convenings.get_overview(db, cid)
    with db.transaction() as session:
        session.scalar(select(Convening))
    assert db.hlc.last == last
