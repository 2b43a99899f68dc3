"""Entries: capture, list, edit, bulk visibility, move, delete and restore, parking lot."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import (
    DecisionForce,
    EntryKind,
    FeedbackPolarity,
    RunEventKind,
    Visibility,
)
from facilitator.store import agenda_refs, entries, parking_lot, quick_commitments
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.entries import NewEntry
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import Day, RunEvent
from facilitator.store.settings import Settings


@pytest.fixture
def demo(db: Database) -> str:
    return seed_demo(db).convening_id


def _items(db: Database, cid: str) -> list[agenda_refs.ItemRef]:
    return agenda_refs.list_items(db, cid)


def test_add_entry_is_stamped_with_clock_device_and_item(
    db: Database, demo: str, clock: FakeClock
) -> None:
    item = _items(db, demo)[3]
    clock.advance(90)
    record = entries.add_entry(
        db,
        demo,
        NewEntry(
            EntryKind.DECISION,
            "  Pilot in two cities ",
            item_id=item.id,
            rationale="budget",
            force=DecisionForce.REQUIREMENT,
            speaker="ignored for decisions",
        ),
    )
    assert record.text == "Pilot in two cities"
    assert record.captured_at == clock.now()
    assert record.author_device == db.device_id
    assert (record.item_id, record.item_title) == (item.id, item.title)
    assert record.force == DecisionForce.REQUIREMENT and record.rationale == "budget"
    assert record.speaker == ""
    assert entries.get_entry(db, record.id) == record


def test_visibility_defaults_come_from_settings_per_kind(db: Database, demo: str) -> None:
    settings = Settings(default_visibility={"quote": "private"})
    quote = entries.add_entry(db, demo, NewEntry(EntryKind.QUOTE, "hi", speaker="Ana"), settings)
    note = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "n"), Settings())
    chosen = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "n", Visibility.SHARED))
    assert quote.visibility == Visibility.PRIVATE and quote.speaker == "Ana"
    assert note.visibility == Visibility.TEAM
    assert chosen.visibility == Visibility.SHARED


def test_empty_text_and_foreign_items_are_refused(db: Database, demo: str) -> None:
    with pytest.raises(StoreError, match="needs some text"):
        entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "   "))
    with pytest.raises(NotFoundError):
        entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "x", item_id="not-an-item"))


def test_list_filters_by_kind_visibility_and_item(db: Database, demo: str) -> None:
    item = _items(db, demo)[-1]
    before = len(entries.list_entries(db, demo))
    a = entries.add_entry(
        db, demo, NewEntry(EntryKind.FEEDBACK, "more breaks", polarity=FeedbackPolarity.DELTA)
    )
    b = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "x", Visibility.PRIVATE, item.id))
    assert len(entries.list_entries(db, demo)) == before + 2
    assert entries.list_entries(db, demo, item_id=item.id) == [b]
    private = entries.list_entries(db, demo, visibility=Visibility.PRIVATE)
    assert b in private and a not in private
    feedback = entries.list_entries(db, demo, kinds=[EntryKind.FEEDBACK])
    assert a in feedback and all(r.kind == EntryKind.FEEDBACK for r in feedback)
    assert a.polarity == FeedbackPolarity.DELTA


def test_update_keeps_unnamed_fields(db: Database, demo: str) -> None:
    r = entries.add_entry(db, demo, NewEntry(EntryKind.QUOTE, "old", speaker="Ana"))
    changed = entries.update_entry(db, r.id, text="new")
    assert (changed.text, changed.speaker) == ("new", "Ana")
    changed = entries.update_entry(db, r.id, speaker="Bo")
    assert (changed.text, changed.speaker) == ("new", "Bo")
    with pytest.raises(StoreError):
        entries.update_entry(db, r.id, text="")


def test_bulk_visibility_returns_what_to_undo(db: Database, demo: str) -> None:
    a = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "a", Visibility.PRIVATE))
    b = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "b", Visibility.TEAM))
    before = entries.set_visibility(db, [a.id, b.id], Visibility.SHARED)
    assert {entries.get_entry(db, i).visibility for i in (a.id, b.id)} == {Visibility.SHARED}
    entries.set_visibility(db, [a.id, b.id], before)
    assert entries.get_entry(db, a.id).visibility == Visibility.PRIVATE
    assert entries.get_entry(db, b.id).visibility == Visibility.TEAM


def test_move_and_delete_restore(db: Database, demo: str) -> None:
    first, second = _items(db, demo)[:2]
    r = entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "a", item_id=first.id))
    before = entries.move_entries(db, [r.id], second.id)
    assert before == {r.id: first.id}
    assert entries.get_entry(db, r.id).item_id == second.id
    entries.move_entries(db, [r.id], None)
    assert entries.get_entry(db, r.id).item_id is None
    entries.set_deleted(db, [r.id], True)
    assert r.id not in {e.id for e in entries.list_entries(db, demo)}
    with pytest.raises(NotFoundError):
        entries.get_entry(db, r.id)
    entries.set_deleted(db, [r.id], False)
    assert entries.get_entry(db, r.id).text == "a"


def test_running_item_follows_todays_run_events(db: Database, demo: str, clock: FakeClock) -> None:
    assert agenda_refs.running_item(db, demo) is None
    today = agenda_refs.list_days(db, demo)[1]
    items = [i for i in _items(db, demo) if i.day_id == today.id]
    with db.transaction() as session:
        from sqlalchemy import select

        from facilitator.store.models import AgendaItem

        day_pk = session.scalar(select(Day.id).where(Day.uuid == today.id))
        pks = {
            a.uuid: a.id
            for a in session.scalars(select(AgendaItem).where(AgendaItem.day_id == day_pk))
        }

        def event(kind: RunEventKind, item: str | None, minutes: int) -> RunEvent:
            return RunEvent(
                day_id=day_pk,
                agenda_item_id=pks[item] if item else None,
                kind=kind,
                wall_time=clock.now() + timedelta(minutes=minutes),
                monotonic=0.0,
            )

        session.add_all(
            [
                event(RunEventKind.START, items[0].id, 0),
                event(RunEventKind.ADVANCE, items[1].id, 5),
                event(RunEventKind.PAUSE, None, 6),
            ]
        )
    assert agenda_refs.running_item(db, demo) == items[1].id
    with db.transaction() as session:
        session.add(
            RunEvent(
                day_id=day_pk,
                kind=RunEventKind.FINISH,
                wall_time=clock.now() + timedelta(minutes=9),
                monotonic=0.0,
            )
        )
    assert agenda_refs.running_item(db, demo) is None


def test_find_item_by_title_or_id_prefix(db: Database, demo: str) -> None:
    item = _items(db, demo)[2]
    assert agenda_refs.find_item(db, demo, item.title.upper()) == item
    assert agenda_refs.find_item(db, demo, item.id[:8]) == item
    with pytest.raises(StoreError, match="match"):
        agenda_refs.find_item(db, demo, "Break")
    with pytest.raises(NotFoundError):
        agenda_refs.find_item(db, demo, "no such item anywhere")


def test_parking_lot_resolve_and_undo(db: Database, demo: str, clock: FakeClock) -> None:
    parked = entries.add_entry(db, demo, NewEntry(EntryKind.PARKING_LOT, "Budget rules?"))
    entries.add_entry(db, demo, NewEntry(EntryKind.NOTE, "not parked"))
    assert parked.id in {e.id for e in parking_lot.list_parked(db, demo, open_only=True)}
    assert all(e.kind in parking_lot.PARKED_KINDS for e in parking_lot.list_parked(db, demo))
    before = parking_lot.resolve(db, parked.id, "Answered by Maya")
    done = entries.get_entry(db, parked.id)
    assert done.resolution == "Answered by Maya" and done.resolved_at == clock.now()
    assert parked.id not in {e.id for e in parking_lot.list_parked(db, demo, open_only=True)}
    parking_lot.restore_resolution(db, before)
    again = entries.get_entry(db, parked.id)
    assert again.resolved_at is None and again.resolution == ""


def test_turn_parked_item_into_agenda_item_on_a_later_day(db: Database, demo: str) -> None:
    parked = entries.add_entry(db, demo, NewEntry(EntryKind.QUESTION, "How do we fund it?"))
    day_two = agenda_refs.list_days(db, demo)[1]
    count = len(_items(db, demo))
    done = parking_lot.schedule_on_day(db, parked.id, day_two.id)
    items = _items(db, demo)
    assert len(items) == count + 1
    last_of_day = [i for i in items if i.day_id == day_two.id][-1]
    assert (last_of_day.id, last_of_day.title) == (done.item_id, "How do we fund it?")
    record = entries.get_entry(db, parked.id)
    assert record.resolved_at is not None and day_two.title in record.resolution
    parking_lot.unschedule(db, done)
    assert len(_items(db, demo)) == count
    assert entries.get_entry(db, parked.id).resolved_at is None
    parking_lot.reschedule(db, done)
    assert done.item_id in {i.id for i in _items(db, demo)}


def test_capture_commitment_owner_is_person_or_organisation(db: Database, demo: str) -> None:
    names = quick_commitments.owner_choices(db, demo)
    person = names[0]
    by_person = quick_commitments.capture_commitment(
        db, demo, "Send the toolkit", person.upper(), None, Visibility.SHARED
    )
    assert by_person.owner_name == person and by_person.owner_organisation
    by_org = quick_commitments.capture_commitment(
        db, demo, "Host next time", "City of Nowhere", None, Visibility.TEAM
    )
    assert (by_org.owner_name, by_org.owner_organisation) == ("", "City of Nowhere")
    with pytest.raises(StoreError):
        quick_commitments.capture_commitment(db, demo, " ", "", None, Visibility.TEAM)
