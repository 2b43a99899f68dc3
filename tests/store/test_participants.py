"""Participants: the list, edits, tombstones, check-in and walk-ins."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from facilitator.core.clock import FakeClock
from facilitator.store import participants as svc
from facilitator.store.convenings import NewConvening, create_convening
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.participants import NewParticipant


@pytest.fixture
def convening(db: Database) -> str:
    # The fake clock says 2026-03-10; day 2 of this convening is today.
    spec = NewConvening("Spring exchange", start_date=date(2026, 3, 9), days=3)
    return create_convening(db, spec)


def test_add_list_and_today(db: Database, convening: str) -> None:
    svc.add_participant(db, convening, NewParticipant("zoe Adams", organisation="Riverton"))
    svc.add_participant(db, convening, NewParticipant("José Ramírez", email="j@a.example.org"))
    listing = svc.list_participants(db, convening)
    assert [p.name for p in listing.participants] == ["José Ramírez", "zoe Adams"]
    assert [d.number for d in listing.days] == [1, 2, 3]
    assert listing.today is not None and listing.today.number == 2
    assert listing.present_count(listing.today.id) == 0


def test_update_checks_names_and_emails(db: Database, convening: str) -> None:
    pid = svc.add_participant(db, convening, NewParticipant("Maya"))
    svc.update_participant(db, pid, "group", "  City   managers ")
    svc.update_participant(db, pid, "email", "maya@riverton.example.gov")
    person = svc.list_participants(db, convening).participants[0]
    assert person.group == "City managers" and person.email == "maya@riverton.example.gov"
    with pytest.raises(StoreError, match="needs a name"):
        svc.update_participant(db, pid, "name", "   ")
    with pytest.raises(StoreError, match="not an e-mail"):
        svc.update_participant(db, pid, "email", "maya at riverton")
    assert svc.list_participants(db, convening).participants[0].name == "Maya"


def test_delete_is_a_tombstone_that_restores(db: Database, convening: str) -> None:
    pid = svc.add_participant(db, convening, NewParticipant("Maya"))
    svc.delete_participant(db, pid)
    assert svc.list_participants(db, convening).participants == ()
    svc.restore_participant(db, pid)
    assert [p.id for p in svc.list_participants(db, convening).participants] == [pid]


def test_check_in_stamps_the_clock_and_undo_restores(
    db: Database, convening: str, clock: FakeClock
) -> None:
    pid = svc.add_participant(db, convening, NewParticipant("Maya"))
    day = svc.list_participants(db, convening).today
    assert day is not None
    clock.advance(90)
    before = svc.check_in(db, pid, day.id)
    assert before is None
    listing = svc.list_participants(db, convening)
    assert listing.participants[0].present[day.id] == clock.now()
    assert listing.present_count(day.id) == 1
    assert listing.present_count(listing.days[0].id) == 0
    svc.undo_check_in(db, pid, day.id, before)
    assert svc.list_participants(db, convening).present_count(day.id) == 0
    # Checking in again after an undo reuses the one attendance record.
    svc.check_in(db, pid, day.id)
    assert svc.list_participants(db, convening).present_count(day.id) == 1


def test_check_in_twice_keeps_what_was_there_for_undo(
    db: Database, convening: str, clock: FakeClock
) -> None:
    pid = svc.add_participant(db, convening, NewParticipant("Maya"))
    day = svc.list_participants(db, convening).days[0]
    svc.check_in(db, pid, day.id)
    first = clock.now()
    clock.advance(600)
    before = svc.check_in(db, pid, day.id)
    assert before is not None and before.checked_in_at == first
    svc.undo_check_in(db, pid, day.id, before)
    assert svc.list_participants(db, convening).participants[0].present[day.id] == first


def test_walk_in_is_added_present(db: Database, convening: str) -> None:
    day = svc.list_participants(db, convening).days[2]
    pid = svc.add_walk_in(db, convening, day.id, "  Ana  Lopez ", "Eastside")
    person = svc.list_participants(db, convening).participants[0]
    assert (person.id, person.name, person.organisation) == (pid, "Ana Lopez", "Eastside")
    assert person.is_present(day.id)
    with pytest.raises(StoreError):
        svc.add_walk_in(db, convening, day.id, " ")


def test_day_of_another_convening_is_refused(db: Database, convening: str) -> None:
    other = create_convening(db, NewConvening("Other"))
    other_day = svc.list_participants(db, other).days[0]
    pid = svc.add_participant(db, convening, NewParticipant("Maya"))
    with pytest.raises(StoreError, match="another convening"):
        svc.check_in(db, pid, other_day.id)


def test_no_today_outside_the_dates(db: Database, clock: FakeClock) -> None:
    cid = create_convening(db, NewConvening("Later", start_date=date(2026, 3, 10) + timedelta(30)))
    assert svc.list_participants(db, cid).today is None
