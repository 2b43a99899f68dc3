"""Undoable operations on convenings, for the window's undo stack.

A deletion is a tombstone, so undo brings the same record back with its
identity; undoing a creation tombstones it, and redo revives it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator.store import convenings
from facilitator.store.convenings import NewConvening
from facilitator.store.database import Database
from facilitator.ui.i18n import tr

# Called after every change with the id the window should select (or None).
Refresh = Callable[[str | None], None]


class StoreCommand(QUndoCommand):
    """An undoable change that is applied before it is pushed.

    QUndoStack.push() calls redo(); an error raised there would leave a command
    on the stack that never happened. So the window calls apply() first, shows
    any refusal, and pushes only what succeeded; the push's redo() is skipped.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied = False

    def apply(self) -> None:
        self.do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class CreateConvening(StoreCommand):
    def __init__(self, db: Database, spec: NewConvening, refresh: Refresh) -> None:
        super().__init__(tr("Create “{strip}”").format(strip=spec.title.strip()))
        self._db, self._spec, self._refresh = db, spec, refresh
        self.convening_id: str | None = None

    def do(self) -> None:
        if self.convening_id is None:
            self.convening_id = convenings.create_convening(self._db, self._spec)
        else:
            convenings.restore_convening(self._db, self.convening_id)
        self._refresh(self.convening_id)

    def undo(self) -> None:
        assert self.convening_id is not None
        convenings.delete_convening(self._db, self.convening_id)
        self._refresh(None)


class DuplicateConvening(StoreCommand):
    def __init__(self, db: Database, source_id: str, title: str, refresh: Refresh) -> None:
        super().__init__(tr("Duplicate “{title}”").format(title=title))
        self._db, self._source, self._refresh = db, source_id, refresh
        self.convening_id: str | None = None

    def do(self) -> None:
        if self.convening_id is None:
            self.convening_id = convenings.duplicate_convening(self._db, self._source)
        else:
            convenings.restore_convening(self._db, self.convening_id)
        self._refresh(self.convening_id)

    def undo(self) -> None:
        assert self.convening_id is not None
        convenings.delete_convening(self._db, self.convening_id)
        self._refresh(self._source)


class RenameConvening(StoreCommand):
    def __init__(self, db: Database, convening_id: str, old: str, new: str, refresh: Refresh):
        super().__init__(tr("Rename “{old}”").format(old=old))
        self._db, self._id, self._old, self._new, self._refresh = (
            db,
            convening_id,
            old,
            new,
            refresh,
        )

    def do(self) -> None:
        convenings.rename_convening(self._db, self._id, self._new)
        self._refresh(self._id)

    def undo(self) -> None:
        convenings.rename_convening(self._db, self._id, self._old)
        self._refresh(self._id)


class DeleteConvening(StoreCommand):
    def __init__(self, db: Database, convening_id: str, title: str, refresh: Refresh) -> None:
        super().__init__(tr("Delete “{title}”").format(title=title))
        self._db, self._id, self._refresh = db, convening_id, refresh

    def do(self) -> None:
        convenings.delete_convening(self._db, self._id)
        self._refresh(None)

    def undo(self) -> None:
        convenings.restore_convening(self._db, self._id)
        self._refresh(self._id)
