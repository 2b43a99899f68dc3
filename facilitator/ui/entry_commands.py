"""Undoable changes to captured entries, for the window's one undo stack.

Views refresh by listening to the undo stack's ``indexChanged``, so each
command only changes the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from facilitator.core.kinds import Visibility
from facilitator.store import entries, parking_lot, quick_commitments
from facilitator.store.database import Database
from facilitator.store.entries import EntryRecord, NewEntry
from facilitator.store.parking_lot import Resolution, ScheduledItem
from facilitator.store.quick_commitments import CapturedCommitment
from facilitator.store.settings import Settings
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr
from facilitator.ui.kind_names import kind_noun, visibility_name


class AddEntry(StoreCommand):
    def __init__(self, db: Database, convening_id: str, spec: NewEntry, settings: Settings):
        super().__init__(tr("Capture {kind}").format(kind=kind_noun(spec.kind.value)))
        self._db, self._convening, self._spec, self._settings = db, convening_id, spec, settings
        self.record: EntryRecord | None = None

    def do(self) -> None:
        if self.record is None:
            self.record = entries.add_entry(self._db, self._convening, self._spec, self._settings)
        else:
            entries.set_deleted(self._db, [self.record.id], False)

    def undo(self) -> None:
        assert self.record is not None
        entries.set_deleted(self._db, [self.record.id], True)


class AddCommitment(StoreCommand):
    def __init__(
        self,
        db: Database,
        convening_id: str,
        text: str,
        owner: str,
        due: date | None,
        visibility: Visibility,
        item_id: str | None,
    ) -> None:
        super().__init__(tr("Capture commitment"))
        self._db, self._convening = db, convening_id
        self._args = (text, owner, due, visibility, item_id)
        self.record: CapturedCommitment | None = None

    def do(self) -> None:
        if self.record is None:
            self.record = quick_commitments.capture_commitment(
                self._db, self._convening, *self._args
            )
        else:
            quick_commitments.set_commitment_deleted(self._db, self.record.id, False)

    def undo(self) -> None:
        assert self.record is not None
        quick_commitments.set_commitment_deleted(self._db, self.record.id, True)


class DeleteEntries(StoreCommand):
    def __init__(self, db: Database, entry_ids: Sequence[str]) -> None:
        noun = "entry" if len(entry_ids) == 1 else "entries"
        super().__init__(
            tr("Delete {n_entry_ids} {noun}").format(n_entry_ids=len(entry_ids), noun=noun)
        )
        self._db, self._ids = db, list(entry_ids)

    def do(self) -> None:
        entries.set_deleted(self._db, self._ids, True)

    def undo(self) -> None:
        entries.set_deleted(self._db, self._ids, False)


class SetVisibility(StoreCommand):
    def __init__(self, db: Database, entry_ids: Sequence[str], visibility: Visibility) -> None:
        super().__init__(
            tr("Make {n_entry_ids} {value}").format(
                n_entry_ids=len(entry_ids), value=visibility_name(visibility)
            )
        )
        self._db, self._ids, self._to = db, list(entry_ids), visibility
        self._before: dict[str, Visibility] = {}

    def do(self) -> None:
        self._before = entries.set_visibility(self._db, self._ids, self._to)

    def undo(self) -> None:
        entries.set_visibility(self._db, self._ids, self._before)


class MoveEntries(StoreCommand):
    def __init__(self, db: Database, entry_ids: Sequence[str], item_id: str | None) -> None:
        super().__init__(tr("Move to another agenda item"))
        self._db, self._ids, self._to = db, list(entry_ids), item_id
        self._before: dict[str, str | None] = {}

    def do(self) -> None:
        self._before = entries.move_entries(self._db, self._ids, self._to)

    def undo(self) -> None:
        entries.move_entries(self._db, self._ids, self._before)


class EditEntryText(StoreCommand):
    def __init__(self, db: Database, entry_id: str, old: str, new: str) -> None:
        super().__init__(tr("Edit entry"))
        self._db, self._id, self._old, self._new = db, entry_id, old, new

    def do(self) -> None:
        entries.update_entry(self._db, self._id, text=self._new)

    def undo(self) -> None:
        entries.update_entry(self._db, self._id, text=self._old)


class ResolveParked(StoreCommand):
    def __init__(self, db: Database, entry_id: str, resolution: str) -> None:
        super().__init__(tr("Resolve parked item"))
        self._db, self._id, self._text = db, entry_id, resolution
        self._before: Resolution | None = None

    def do(self) -> None:
        self._before = parking_lot.resolve(self._db, self._id, self._text)

    def undo(self) -> None:
        assert self._before is not None
        parking_lot.restore_resolution(self._db, self._before)


class ScheduleParked(StoreCommand):
    def __init__(self, db: Database, entry_id: str, day_id: str) -> None:
        super().__init__(tr("Turn into an agenda item"))
        self._db, self._id, self._day = db, entry_id, day_id
        self.scheduled: ScheduledItem | None = None

    def do(self) -> None:
        if self.scheduled is None:
            self.scheduled = parking_lot.schedule_on_day(self._db, self._id, self._day)
        else:
            parking_lot.reschedule(self._db, self.scheduled)

    def undo(self) -> None:
        assert self.scheduled is not None
        parking_lot.unschedule(self._db, self.scheduled)
