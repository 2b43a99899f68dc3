"""One day's agenda as a table: computed start, then the plan fields edited in place.

The model never writes to the store itself. An accepted edit or drop is handed
to callbacks (the editor turns them into undoable commands); the store change
comes back through ``set_day``, which updates the rows in place when the same
items are still there, so the view keeps its cursor and selection.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.core.csv_values import BadValue, parse_duration
from facilitator.core.kinds import ItemKind
from facilitator.core.schedule import DaySchedule, ScheduledItem
from facilitator.core.timefmt import format_time_of_day
from facilitator.store.agenda import DayPlan, ItemRow
from facilitator.ui.i18n import QT_TR_NOOP, tr

ITEMS_MIME = "application/x-facilitator-agenda-items"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANCHOR = "⚓"
WARN = "⚠"

# An edit the model accepted: (item id, {field: value}).
EditHandler = Callable[[str, dict[str, Any]], None]
# A drop: (item ids in order, target day id, index in that day).
MoveHandler = Callable[[list[str], str, int], None]
Index = QModelIndex | QPersistentModelIndex
HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ID_ROLE,
    }
)


class Column(IntEnum):
    START = 0
    DURATION = 1
    TITLE = 2
    KIND = 3
    LEAD = 4
    OBJECTIVE = 5


HEADERS = (
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("Duration"),
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Lead"),
    QT_TR_NOOP("Objective"),
)
FIELDS = {
    Column.DURATION: "duration_min",
    Column.TITLE: "title",
    Column.KIND: "kind",
    Column.LEAD: "lead",
    Column.OBJECTIVE: "objective",
}
KIND_LABELS = {
    ItemKind.PLENARY: QT_TR_NOOP("Plenary"),
    ItemKind.BREAKOUT: QT_TR_NOOP("Breakout"),
    ItemKind.BREAK: QT_TR_NOOP("Break"),
    ItemKind.MEAL: QT_TR_NOOP("Meal"),
    ItemKind.TRAVEL: QT_TR_NOOP("Travel"),
}


def duration_text(minutes: int) -> str:
    """'45 min', '1 h', '1 h 15': long durations read faster in hours."""
    if minutes < 60:
        return tr("{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return tr("{hours} h").format(hours=hours)
    return tr("{hours} h {minutes:02d}").format(hours=hours, minutes=rest)


def start_text(s: ScheduledItem) -> str:
    text = format_time_of_day(s.start_min)
    if s.item.fixed_start is None:
        return text
    if s.overlap_min:
        return tr("{ANCHOR} {text} {WARN} {overlap_min} min over").format(
            ANCHOR=ANCHOR, text=text, WARN=WARN, overlap_min=s.overlap_min
        )
    return f"{ANCHOR} {text}"


def encode_items(day_id: str, item_ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    payload = json.dumps({"day": day_id, "items": list(item_ids)})
    mime.setData(ITEMS_MIME, QByteArray(payload.encode("utf-8")))
    return mime


def decode_items(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(ITEMS_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode("utf-8"))
        return [str(i) for i in data["items"]]
    except (ValueError, KeyError, TypeError):
        return []


def warning_color() -> QColor:
    """A red that reads on the current palette (lighter on a dark base)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#b3261e")


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.day: DayPlan | None = None
        self.rows: tuple[ItemRow, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self.schedule: DaySchedule | None = None
        self.on_edit: EditHandler | None = None
        self.on_move: MoveHandler | None = None
        self.last_error = ""  # why the last refused edit was refused

    # -- content -------------------------------------------------------------------------

    def set_day(self, day: DayPlan | None) -> None:
        same = (
            self.day is not None
            and day is not None
            and day.id == self.day.id
            and [i.id for i in day.items] == [i.id for i in self.rows]
        )
        self.day = day
        self.schedule = day.schedule() if day is not None else None
        new_rows = day.items if day is not None else ()
        texts = self._texts_for(new_rows)
        if same and self.rows:
            self.rows, self._texts = new_rows, texts
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self.rows, self._texts = new_rows, texts
        self.endResetModel()

    def _texts_for(self, rows: tuple[ItemRow, ...]) -> list[tuple[str, ...]]:
        """What each cell shows, worked out once per change rather than once per paint."""
        if self.schedule is None:
            return []
        return [
            tuple(self._display(item, s, col) for col in Column)
            for item, s in zip(rows, self.schedule.items, strict=True)
        ]

    def item_at(self, row: int) -> ItemRow:
        return self.rows[row]

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.rows) if i.id == item_id), -1)

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(HEADERS[section])
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks for a dozen roles per cell: answer the unused ones first and fast.
        if role not in HANDLED_ROLES or not index.isValid() or self.schedule is None:
            return None
        row, col = index.row(), Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][col]
        item = self.rows[row]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, col)
        if role == ID_ROLE:
            return item.id
        if col != Column.START:
            return None
        scheduled = self.schedule.items[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._start_tip(scheduled)
        if role == Qt.ItemDataRole.ForegroundRole and scheduled.overlap_min:
            return warning_color()
        if role == Qt.ItemDataRole.FontRole and item.fixed_start:
            font = QApplication.font()
            font.setBold(True)
            return font
        return None

    def _display(self, item: ItemRow, scheduled: ScheduledItem, col: Column) -> str:
        if col == Column.START:
            return start_text(scheduled)
        if col == Column.DURATION:
            return duration_text(item.duration_min)
        if col == Column.KIND:
            return tr(KIND_LABELS[item.kind])
        title = item.title + (self.tr(" (optional)") if item.optional else "")
        return title if col == Column.TITLE else str(getattr(item, FIELDS[col]))

    def _edit_value(self, item: ItemRow, col: Column) -> str | None:
        if col == Column.START:
            return None
        if col == Column.DURATION:
            return str(item.duration_min)
        if col == Column.KIND:
            return str(item.kind)
        return str(getattr(item, FIELDS[col]))

    def _start_tip(self, s: ScheduledItem) -> str:
        span = f"{format_time_of_day(s.start_min)}–{format_time_of_day(s.end_min)}"
        if s.item.fixed_start is None:
            return self.tr("{span}, computed from the items before it.").format(span=span)
        tip = self.tr(
            "{span}, fixed start: it stays at this time whatever comes before it."
        ).format(span=span)
        if s.overlap_min:
            tip += self.tr(" The items before it run {overlap_min} min into it.").format(
                overlap_min=s.overlap_min
            )
        elif s.gap_before_min:
            tip += self.tr(" {gap_before_min} min free before it.").format(
                gap_before_min=s.gap_before_min
            )
        return tip

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() != Column.START:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        item = self.rows[index.row()]
        col = Column(index.column())
        try:
            parsed = self._parse(col, value)
        except BadValue as exc:
            self.last_error = exc.message
            return False
        if col == Column.TITLE and not parsed:
            self.last_error = self.tr("An agenda item needs a title.")
            return False
        self.last_error = ""
        if parsed == getattr(item, FIELDS[col]):
            return True
        if self.on_edit is not None:
            self.on_edit(item.id, {FIELDS[col]: parsed})
        return True

    @staticmethod
    def _parse(col: Column, value: Any) -> Any:
        if col == Column.DURATION:
            return value if isinstance(value, int) else parse_duration(str(value))
        if col == Column.KIND:
            return ItemKind(str(value))
        text = " ".join(str(value).split()) if col == Column.TITLE else str(value).strip()
        return text

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_items(self.day.id if self.day else "", [self.rows[r].id for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.day is not None and bool(decode_items(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_items(data)
        if self.day is None or not ids or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        if self.on_move is not None:
            self.on_move(ids, self.day.id, row)
        # False: the store moved the rows; the view must not also remove the source rows.
        return False
