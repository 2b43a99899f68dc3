from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import convenings
from facilitator.store.convenings import NewConvening
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.errors import ConveningNotFoundError, StoreError
from facilitator.store.models import AgendaItem, Convening, Day, Entry


def test_create_makes_its_days_and_lists_newest_first(db: Database) -> None:
    older = convenings.create_convening(
        db, NewConvening(title="Autumn", start_date=date(2025, 10, 1), days=2)
    )
    newer = convenings.create_convening(
        db, NewConvening(title="  Spring   2026 ", start_date=date(2026, 3, 9), days=3)
    )
    undated = convenings.create_convening(db, NewConvening(title="Someday"))
    rows = convenings.list_convenings(db)
    assert [r.id for r in rows] == [newer, older, undated]
    assert rows[0].title == "Spring 2026"
    assert rows[0].end_date == date(2026, 3, 11)
    overview = convenings.get_overview(db, newer)
    assert overview.days == 3 and overview.items == 0


@pytest.mark.parametrize("title", ["", "   "])
def test_a_convening_needs_a_title(db: Database, title: str) -> None:
    with pytest.raises(StoreError, match="needs a title"):
        convenings.create_convening(db, NewConvening(title=title))
    assert convenings.list_convenings(db) == []


def test_rename_and_refuse_an_empty_title(db: Database) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    convenings.rename_convening(db, cid, "Spring convening")
    with pytest.raises(StoreError):
        convenings.rename_convening(db, cid, " ")
    assert convenings.list_convenings(db)[0].title == "Spring convening"


def test_delete_hides_and_restore_brings_back_the_same_record(db: Database) -> None:
    cid = convenings.create_convening(db, NewConvening(title="Spring"))
    convenings.delete_convening(db, cid)
    assert convenings.list_convenings(db) == []
    with pytest.raises(ConveningNotFoundError):
        convenings.get_overview(db, cid)
    convenings.restore_convening(db, cid)
    assert [r.id for r in convenings.list_convenings(db)] == [cid]


def test_duplicate_copies_the_plan_but_no_captures(db: Database) -> None:
    demo = seed_demo(db).convening_id
    copy = convenings.duplicate_convening(db, demo)
    original, duplicate = convenings.get_overview(db, demo), convenings.get_overview(db, copy)
    assert duplicate.summary.title.endswith("(copy)")
    assert (duplicate.days, duplicate.items, duplicate.participants) == (
        original.days,
        original.items,
        original.participants,
    )
    assert original.entries > 0 and original.commitments > 0
    assert (duplicate.entries, duplicate.commitments) == (0, 0)
    with db.read() as session:
        items = session.scalars(
            select(AgendaItem).join(Day).join(Convening).where(Convening.uuid == copy)
        ).all()
        source_uuids = set(
            session.scalars(
                select(AgendaItem.uuid).join(Day).join(Convening).where(Convening.uuid == demo)
            )
        )
    assert {i.uuid for i in items}.isdisjoint(source_uuids)
    assert any(i.facilitator_notes for i in items)


def test_counts_leave_out_deleted_records(db: Database) -> None:
    demo = seed_demo(db).convening_id
    before = convenings.get_overview(db, demo).entries
    with db.transaction() as session:
        entry = session.scalars(select(Entry)).first()
        assert entry is not None
        entry.deleted = True
    assert convenings.get_overview(db, demo).entries == before - 1


def test_find_by_id_prefix_title_and_ambiguity(db: Database) -> None:
    a = convenings.create_convening(db, NewConvening(title="Spring"))
    convenings.create_convening(db, NewConvening(title="Twin"))
    convenings.create_convening(db, NewConvening(title="twin"))
    assert convenings.find_convening(db, a).id == a
    assert convenings.find_convening(db, a[:8]).id == a
    assert convenings.find_convening(db, "SPRING").id == a
    with pytest.raises(StoreError, match="2 convenings"):
        convenings.find_convening(db, "Twin")
    with pytest.raises(ConveningNotFoundError, match="facilitator list"):
        convenings.find_convening(db, "Winter")


def test_demo_is_seeded_once_with_material_for_every_screen(db: Database) -> None:
    first = seed_demo(db)
    second = seed_demo(db)
    assert first.created and not second.created
    assert first.convening_id == second.convening_id
    assert len(convenings.list_convenings(db)) == 1
    overview = convenings.get_overview(db, first.convening_id)
    assert overview.days == 2 and overview.participants == 12
    with db.read() as session:
        entries = session.scalars(select(Entry)).all()
    assert {e.kind for e in entries} == set(EntryKind)
    assert {e.visibility for e in entries} == set(Visibility)
    decisions = [e for e in entries if e.kind is EntryKind.DECISION]
    assert all(d.rationale and d.force for d in decisions)


def test_a_deleted_demo_comes_back_rather_than_twice(db: Database) -> None:
    cid = seed_demo(db).convening_id
    convenings.delete_convening(db, cid)
    again = seed_demo(db)
    assert not again.created
    assert [r.id for r in convenings.list_convenings(db)] == [cid]


def test_demo_day_two_is_today_where_the_convening_is(db: Database) -> None:
    cid = seed_demo(db).convening_id
    summary = convenings.get_overview(db, cid).summary
    # FakeClock starts 2026-03-10 08:00 UTC, which is 03:00 in Chicago on the 10th.
    assert summary.end_date == date(2026, 3, 10)
    assert summary.start_date == date(2026, 3, 9)
