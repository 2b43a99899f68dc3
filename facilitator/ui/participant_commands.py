"""Undoable changes to participants and attendance, for the window's undo stack.

Deletions are tombstones and creations are undone by tombstoning, so redo and
undo bring back the same person with the same identity.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.store import participants
from facilitator.store.database import Database
from facilitator.store.participants import Mark, NewParticipant
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr

# Called after every change with the participant the view should select (or None).
Refresh = Callable[[str | None], None]


class EditParticipant(StoreCommand):
    def __init__(
        self, db: Database, pid: str, field: str, old: str, new: str, refresh: Refresh
    ) -> None:
        super().__init__(
            tr("Edit {field} of “{old}”").format(field=field, old=old)
            if field == "name"
            else tr("Edit {field}").format(field=field)
        )
        self._db, self._pid, self._field, self._refresh = db, pid, field, refresh
        self._old, self._new = old, new

    def do(self) -> None:
        participants.update_participant(self._db, self._pid, self._field, self._new)
        self._refresh(self._pid)

    def undo(self) -> None:
        participants.update_participant(self._db, self._pid, self._field, self._old)
        self._refresh(self._pid)


class AddParticipant(StoreCommand):
    def __init__(
        self, db: Database, convening_id: str, spec: NewParticipant, refresh: Refresh
    ) -> None:
        super().__init__(tr("Add “{name}”").format(name=spec.name))
        self._db, self._cid, self._spec, self._refresh = db, convening_id, spec, refresh
        self.participant_id: str | None = None

    def do(self) -> None:
        if self.participant_id is None:
            self.participant_id = participants.add_participant(self._db, self._cid, self._spec)
        else:
            participants.restore_participant(self._db, self.participant_id)
        self._refresh(self.participant_id)

    def undo(self) -> None:
        assert self.participant_id is not None
        participants.delete_participant(self._db, self.participant_id)
        self._refresh(None)


class DeleteParticipant(StoreCommand):
    def __init__(self, db: Database, pid: str, name: str, refresh: Refresh) -> None:
        super().__init__(tr("Delete “{name}”").format(name=name))
        self._db, self._pid, self._refresh = db, pid, refresh

    def do(self) -> None:
        participants.delete_participant(self._db, self._pid)
        self._refresh(None)

    def undo(self) -> None:
        participants.restore_participant(self._db, self._pid)
        self._refresh(self._pid)


class CheckIn(StoreCommand):
    def __init__(self, db: Database, pid: str, day_id: str, name: str, refresh: Refresh) -> None:
        super().__init__(tr("Check in “{name}”").format(name=name))
        self._db, self._pid, self._day, self._refresh = db, pid, day_id, refresh
        self._before: Mark | None = None

    def do(self) -> None:
        self._before = participants.check_in(self._db, self._pid, self._day)
        self._refresh(self._pid)

    def undo(self) -> None:
        participants.undo_check_in(self._db, self._pid, self._day, self._before)
        self._refresh(self._pid)


class AddWalkIn(StoreCommand):
    def __init__(
        self,
        db: Database,
        convening_id: str,
        day_id: str,
        name: str,
        organisation: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(tr("Add walk-in “{name}”").format(name=name))
        self._db, self._cid, self._day, self._refresh = db, convening_id, day_id, refresh
        self._name, self._org = name, organisation
        self.participant_id: str | None = None

    def do(self) -> None:
        if self.participant_id is None:
            self.participant_id = participants.add_walk_in(
                self._db, self._cid, self._day, self._name, self._org
            )
        else:
            participants.restore_participant(self._db, self.participant_id)
        self._refresh(self.participant_id)

    def undo(self) -> None:
        assert self.participant_id is not None
        participants.delete_participant(self._db, self.participant_id)
        self._refresh(None)
