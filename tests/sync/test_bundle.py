"""A convening travels as one file, and two laptops' records become one."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator.core.hlc import Stamp
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import entries
from facilitator.store.conflicts import list_conflicts, settle_conflict
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.entries import NewEntry
from facilitator.store.errors import NotFoundError
from facilitator.store.models import Convening
from facilitator.sync.bundle import FORMAT, FORMAT_VERSION, export_bundle, import_bundle
from tests.sync.laptops import fingerprint, open_laptop


@pytest.fixture
def laptop_b(tmp_path: Path) -> Database:
    # A day behind: whatever it writes must still survive the merge.
    db = open_laptop(tmp_path / "b", clock_offset_s=-86_400)
    yield db
    db.close()


def _texts(db: Database, convening_id: str) -> set[str]:
    return {e.text for e in entries.list_entries(db, convening_id)}


def test_the_bundle_is_a_versioned_zip_of_json(db: Database, tmp_path: Path) -> None:
    cid = seed_demo(db).convening_id
    out = export_bundle(db, cid, tmp_path / "spring.facilitator")
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == FORMAT and manifest["format_version"] == FORMAT_VERSION
        assert manifest["convening"]["uuid"] == cid
        assert manifest["device_id"] == db.device_id
        for table, count in manifest["counts"].items():
            rows = json.loads(archive.read(f"records/{table}.json"))
            assert len(rows) == count
            assert all(set(r) == {"uuid", "fields", "stamps"} for r in rows)
        item_uuids = {r["uuid"] for r in json.loads(archive.read("records/agenda_item.json"))}
        refs = {
            r["fields"]["agenda_item_id"]
            for r in json.loads(archive.read("records/entry.json"))
            if r["fields"]["agenda_item_id"]
        }
    assert refs and refs <= item_uuids  # references travel as uuids, not local ids


def test_import_adds_then_merges_and_never_duplicates(
    db: Database, laptop_b: Database, tmp_path: Path
) -> None:
    cid = seed_demo(db).convening_id
    out = export_bundle(db, cid, tmp_path / "a.facilitator")
    first = import_bundle(laptop_b, out)
    assert first.created and first.added > 0
    assert fingerprint(laptop_b, cid) == _fingerprint_without_private(db, cid, tmp_path)
    again = import_bundle(laptop_b, out)
    assert not again.created and again.added == 0 and again.updated == 0
    with laptop_b.read() as session:
        assert len(session.scalars(select(Convening)).all()) == 1


def _fingerprint_without_private(db: Database, cid: str, tmp_path: Path) -> str:
    # What b should hold: a's records minus the private ones, through a third laptop.
    third = open_laptop(tmp_path / "third")
    try:
        import_bundle(third, export_bundle(db, cid, tmp_path / "via.facilitator"))
        return fingerprint(third, cid)
    finally:
        third.close()


def test_two_laptops_capture_apart_and_end_with_everything(
    db: Database, laptop_b: Database, tmp_path: Path
) -> None:
    cid = seed_demo(db).convening_id
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "start.facilitator"))
    shared = entries.list_entries(db, cid)[0]
    # Both capture at the same moment, and both edit the same entry before meeting again.
    entries.add_entry(db, cid, NewEntry(EntryKind.NOTE, "From A", visibility=Visibility.TEAM))
    entries.add_entry(laptop_b, cid, NewEntry(EntryKind.NOTE, "From B", visibility=Visibility.TEAM))
    entries.update_entry(db, shared.id, text="A's wording")
    entries.update_entry(laptop_b, shared.id, text="B's wording")

    from_a = export_bundle(db, cid, tmp_path / "a.facilitator")
    from_b = export_bundle(laptop_b, cid, tmp_path / "b.facilitator")
    into_b = import_bundle(laptop_b, from_a)
    into_a = import_bundle(db, from_b)

    assert {"From A", "From B"} <= _texts(db, cid)
    assert _texts(db, cid) - {"A's wording", "B's wording"} >= {"From A", "From B"}
    # Both end on the same value, and both keep the other one to settle.
    kept = entries.get_entry(db, shared.id).text
    assert entries.get_entry(laptop_b, shared.id).text == kept
    assert into_a.conflicts == 1 and into_b.conflicts == 1
    for laptop in (db, laptop_b):
        (conflict,) = list_conflicts(laptop, cid)
        assert conflict.kept_value == kept
        assert {conflict.kept_value, conflict.other_value} == {"A's wording", "B's wording"}
        assert conflict.record_kind == "Entry" and conflict.field == "text"
    # The clock moved past everything it saw.
    assert laptop_b.hlc.last > Stamp.decode(max(_all_stamps(db, cid)))


def _all_stamps(db: Database, cid: str) -> list[str]:
    from facilitator.store.record_io import read_convening

    with db.read() as session:
        return [s for r in read_convening(session, cid) for s in r["stamps"].values()]


def test_settling_a_conflict_is_an_edit_that_travels(
    db: Database, laptop_b: Database, tmp_path: Path
) -> None:
    cid = seed_demo(db).convening_id
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "start.facilitator"))
    shared = entries.list_entries(db, cid)[0]
    entries.update_entry(db, shared.id, text="A's wording")
    entries.update_entry(laptop_b, shared.id, text="B's wording")
    import_bundle(db, export_bundle(laptop_b, cid, tmp_path / "b.facilitator"))
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "a.facilitator"))

    (conflict,) = list_conflicts(db, cid)
    settle_conflict(db, conflict.id, use_other=True)
    chosen = conflict.other_value
    assert entries.get_entry(db, shared.id).text == chosen
    assert list_conflicts(db, cid) == []
    with pytest.raises(NotFoundError):
        settle_conflict(db, conflict.id, use_other=False)

    # The choice reaches b, where the conflict is then settled too.
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "settled.facilitator"))
    assert entries.get_entry(laptop_b, shared.id).text == chosen
    assert list_conflicts(laptop_b, cid) == []


def test_keeping_the_current_value_is_stamped_too(
    db: Database, laptop_b: Database, tmp_path: Path
) -> None:
    cid = seed_demo(db).convening_id
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "start.facilitator"))
    shared = entries.list_entries(db, cid)[0]
    entries.update_entry(db, shared.id, text="A's wording")
    entries.update_entry(laptop_b, shared.id, text="B's wording")
    import_bundle(db, export_bundle(laptop_b, cid, tmp_path / "b.facilitator"))
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "a.facilitator"))
    (conflict,) = list_conflicts(db, cid)
    settle_conflict(db, conflict.id, use_other=False)
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "kept.facilitator"))
    assert list_conflicts(laptop_b, cid) == []


def test_a_deletion_travels(db: Database, laptop_b: Database, tmp_path: Path) -> None:
    cid = seed_demo(db).convening_id
    import_bundle(laptop_b, export_bundle(db, cid, tmp_path / "start.facilitator"))
    gone = entries.list_entries(laptop_b, cid)[0]
    entries.set_deleted(laptop_b, [gone.id], True)
    import_bundle(db, export_bundle(laptop_b, cid, tmp_path / "b.facilitator"))
    assert gone.id not in {e.id for e in entries.list_entries(db, cid)}
