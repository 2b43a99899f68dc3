"""Undoable agenda edits for the window's undo stack.

Anything created (an added item, copies, a block's items) is created once and
then tombstoned and revived by undo and redo, so it keeps its identity.
After every change ``refresh(day_id, item_ids)`` asks the editor to show that
day (None: stay where it is) with those items selected.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import time
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator.store import agenda, agenda_blocks
from facilitator.store.agenda import ItemRow, Place
from facilitator.store.database import Database
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr

# (day to show or None for the current one, items to select, whether other days changed)
Refresh = Callable[[str | None, list[str], bool], None]
# Commands with this id may merge: successive edits of one field of one item.
EDIT_ITEM_ID = 0x4167


class EditItem(StoreCommand):
    """Change fields of one item. With a ``session`` key, later edits in that session merge."""

    def __init__(
        self,
        db: Database,
        item: ItemRow,
        day_id: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        refresh: Refresh,
        session: object | None = None,
    ) -> None:
        names = ", ".join(n.replace("_min", "").replace("_", " ") for n in new)
        super().__init__(tr("Edit {names} of “{title}”").format(names=names, title=item.title))
        self._db, self.item_id, self._day = db, item.id, day_id
        self._first = True
        self.old, self.new = dict(old), dict(new)
        self._refresh, self.session = refresh, session

    def id(self) -> int:
        return EDIT_ITEM_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditItem)
            and other.session is not None
            and other.session == self.session
            and other.item_id == self.item_id
            and other.new.keys() == self.new.keys()
        ):
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old)
        return True

    def do(self) -> None:
        agenda.update_item(self._db, self.item_id, self.new)
        # The first time the cursor is already where the user put it: leave it there.
        self._refresh(self._day, [] if self._first else [self.item_id], False)
        self._first = False

    def undo(self) -> None:
        agenda.update_item(self._db, self.item_id, self.old)
        self._refresh(self._day, [self.item_id], False)


class AddItem(StoreCommand):
    def __init__(
        self, db: Database, day_id: str, index: int, fields: Mapping[str, Any], refresh: Refresh
    ) -> None:
        super().__init__(tr("Add agenda item"))
        self._db, self._day, self._index, self._fields = db, day_id, index, dict(fields)
        self._refresh = refresh
        self.item_id: str | None = None

    def do(self) -> None:
        if self.item_id is None:
            self.item_id = agenda.add_item(self._db, self._day, self._fields, index=self._index)
        else:
            agenda.restore_items(self._db, [self.item_id])
        self._refresh(self._day, [self.item_id], False)

    def undo(self) -> None:
        assert self.item_id is not None
        agenda.delete_items(self._db, [self.item_id])
        self._refresh(self._day, [], False)


class DeleteItems(StoreCommand):
    def __init__(self, db: Database, day_id: str, ids: Sequence[str], refresh: Refresh) -> None:
        super().__init__(tr("Delete {count}").format(count=_count(ids)))
        self._db, self._day, self._ids, self._refresh = db, day_id, list(ids), refresh

    def do(self) -> None:
        agenda.delete_items(self._db, self._ids)
        self._refresh(self._day, [], False)

    def undo(self) -> None:
        agenda.restore_items(self._db, self._ids)
        self._refresh(self._day, self._ids, False)


class MoveItems(StoreCommand):
    def __init__(
        self,
        db: Database,
        ids: Sequence[str],
        day_id: str,
        index: int,
        refresh: Refresh,
        follow: bool = True,
    ) -> None:
        super().__init__(tr("Move {count}").format(count=_count(ids)))
        self._db, self._ids, self._day, self._index = db, list(ids), day_id, index
        self._refresh, self._follow = refresh, follow
        self._places: list[Place] = []

    def do(self) -> None:
        self._places = agenda.move_items(self._db, self._ids, self._day, self._index)
        self._refresh(self._day if self._follow else None, self._ids, True)

    def undo(self) -> None:
        agenda.put_back(self._db, self._places)
        self._refresh(self._places[0].day_id if self._places else None, self._ids, True)


class SetDayTimes(StoreCommand):
    def __init__(
        self,
        db: Database,
        day_id: str,
        old: tuple[time, time | None],
        new: tuple[time, time | None],
        refresh: Refresh,
    ) -> None:
        super().__init__(tr("Change the day's times"))
        self._db, self._day, self._old, self._new, self._refresh = db, day_id, old, new, refresh

    def do(self) -> None:
        agenda.set_day_times(self._db, self._day, *self._new)
        self._refresh(self._day, [], False)

    def undo(self) -> None:
        agenda.set_day_times(self._db, self._day, *self._old)
        self._refresh(self._day, [], False)


class CreateItems(StoreCommand):
    """Copies or a block's items: made once by ``create``, then revived and tombstoned."""

    def __init__(self, text: str, db: Database, create: Callable[[], list[str]], refresh: Refresh):
        super().__init__(text)
        self._db, self._create, self._refresh = db, create, refresh
        self.created: list[str] = []

    def do(self) -> None:
        if not self.created:
            self.created = self._create()
        else:
            agenda.restore_items(self._db, self.created)
        self._refresh(None, self.created, True)

    def undo(self) -> None:
        agenda.delete_items(self._db, self.created)
        self._refresh(None, [], True)


class SaveBlock(StoreCommand):
    def __init__(self, db: Database, title: str, ids: Sequence[str]) -> None:
        super().__init__(tr("Save block “{title}”").format(title=title))
        self._db, self._title, self._ids = db, title, list(ids)
        self.block_id: str | None = None

    def do(self) -> None:
        if self.block_id is None:
            self.block_id = agenda_blocks.save_block(self._db, self._title, self._ids)
        else:
            agenda_blocks.restore_block(self._db, self.block_id)

    def undo(self) -> None:
        assert self.block_id is not None
        agenda_blocks.delete_block(self._db, self.block_id)


def _count(ids: Sequence[str]) -> str:
    return (
        tr("1 agenda item") if len(ids) == 1 else tr("{n_ids} agenda items").format(n_ids=len(ids))
    )
