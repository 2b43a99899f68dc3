"""Undoable changes to commitments, for the window's undo stack.

A deletion is a tombstone and undoing an addition tombstones it, so undo and
redo bring back the same commitment with its identity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from facilitator.core.kinds import CommitmentStatus, Visibility
from facilitator.store import commitments
from facilitator.store.commitments import CommitmentRecord
from facilitator.store.database import Database
from facilitator.store.settings import Settings
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr

# Called after every change with the commitment the view should select (or None).
Refresh = Callable[[str | None], None]


def before(record: CommitmentRecord, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The values ``changes`` will replace, to put back on undo."""
    old = {key: getattr(record, key) for key in changes}
    if "owner_id" in changes and "organisation" not in changes:
        old["organisation"] = record.organisation
    return old


class EditCommitment(StoreCommand):
    def __init__(
        self,
        db: Database,
        record: CommitmentRecord,
        changes: Mapping[str, Any],
        refresh: Refresh,
        label: str = "Edit commitment",
    ) -> None:
        super().__init__(label)
        self._db, self._id, self._refresh = db, record.id, refresh
        self._new, self._old = dict(changes), before(record, changes)

    def do(self) -> None:
        commitments.update_commitment(self._db, self._id, self._new)
        self._refresh(self._id)

    def undo(self) -> None:
        commitments.update_commitment(self._db, self._id, self._old)
        self._refresh(self._id)


@dataclass(frozen=True)
class NewCommitment:
    text: str
    owner_id: str | None = None
    organisation: str = ""
    due_date: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    visibility: Visibility | None = None
    notes: str = ""


class AddCommitment(StoreCommand):
    def __init__(
        self,
        db: Database,
        convening_id: str,
        spec: NewCommitment,
        settings: Settings,
        refresh: Refresh,
    ) -> None:
        super().__init__(tr("Add commitment “{value}”").format(value=spec.text.strip()[:40]))
        self._db, self._cid, self._spec, self._settings = db, convening_id, spec, settings
        self._refresh = refresh
        self.commitment_id: str | None = None

    def do(self) -> None:
        if self.commitment_id is None:
            s = self._spec
            self.commitment_id = commitments.add_commitment(
                self._db,
                self._cid,
                s.text,
                owner_id=s.owner_id,
                organisation=s.organisation,
                due_date=s.due_date,
                status=s.status,
                visibility=s.visibility,
                notes=s.notes,
                settings=self._settings,
            )
        else:
            commitments.restore_commitment(self._db, self.commitment_id)
        self._refresh(self.commitment_id)

    def undo(self) -> None:
        assert self.commitment_id is not None
        commitments.delete_commitment(self._db, self.commitment_id)
        self._refresh(None)


class DeleteCommitment(StoreCommand):
    def __init__(self, db: Database, record: CommitmentRecord, refresh: Refresh) -> None:
        super().__init__(tr("Delete commitment “{value}”").format(value=record.text[:40]))
        self._db, self._id, self._refresh = db, record.id, refresh

    def do(self) -> None:
        commitments.delete_commitment(self._db, self._id)
        self._refresh(None)

    def undo(self) -> None:
        commitments.restore_commitment(self._db, self._id)
        self._refresh(self._id)
