"""The convening's days as a list: pick the day to edit, or drop items on a day to move them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from facilitator.core.timefmt import format_time_of_day
from facilitator.store.agenda import DayPlan
from facilitator.ui.agenda_model import ID_ROLE, ITEMS_MIME, MoveHandler, decode_items
from facilitator.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex


def day_label(day: DayPlan) -> str:
    when = (
        day.date.strftime("%a %d %b") if day.date else tr("Day {number}").format(number=day.number)
    )
    return f"{when}\n{day.title or tr('Day {number}').format(number=day.number)}"


class DayListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.days: list[DayPlan] = []
        self.on_move: MoveHandler | None = None

    def set_days(self, days: Sequence[DayPlan]) -> None:
        if [d.id for d in days] == [d.id for d in self.days] and self.days:
            self.days = list(days)
            self.dataChanged.emit(self.index(0), self.index(len(self.days) - 1))
            return
        self.beginResetModel()
        self.days = list(days)
        self.endResetModel()

    def replace_day(self, day: DayPlan) -> None:
        """Take a re-read day in place (its items or times changed)."""
        row = self.row_of(day.id)
        if row >= 0:
            self.days[row] = day
            self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, day_id: str) -> int:
        return next((n for n, d in enumerate(self.days) if d.id == day_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return day_label(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            schedule = day.schedule()
            return self.tr(
                "{n_items} items, {start}–{end}. "
                "Drop agenda items here to move them to the end of this day."
            ).format(
                n_items=len(day.items),
                start=format_time_of_day(schedule.start_min),
                end=format_time_of_day(schedule.end_min),
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return day_label(day).replace("\n", ", ")
        if role == ID_ROLE:
            return day.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and bool(decode_items(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_items(data)
        if not parent.isValid() or not ids or action != Qt.DropAction.MoveAction:
            return False
        day = self.days[parent.row()]
        if self.on_move is not None:
            self.on_move(ids, day.id, len(day.items))
        return False
