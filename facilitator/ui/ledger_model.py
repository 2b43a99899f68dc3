"""The commitments table: one row per commitment, overdue ones saying so in words and colour.

Edits don't write to the store here: setData() emits ``edit_requested`` with the
change, and the view turns it into an undoable command, so every edit is one
step on the window's undo stack.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.core.kinds import CommitmentStatus
from facilitator.store.commitments import CommitmentRecord
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.list_table_model import ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_LABELS: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: QT_TR_NOOP("Open"),
    CommitmentStatus.IN_PROGRESS: QT_TR_NOOP("In progress"),
    CommitmentStatus.DONE: QT_TR_NOOP("Done"),
    CommitmentStatus.DROPPED: QT_TR_NOOP("Dropped"),
}

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DUE = 0
    STATUS = 1
    TEXT = 2
    OWNER = 3
    CONVENING = 4
    VISIBILITY = 5


HEADERS = (
    QT_TR_NOOP("Due"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Commitment"),
    QT_TR_NOOP("Owner"),
    QT_TR_NOOP("Convening"),
    QT_TR_NOOP("Visibility"),
)
EDITABLE = {Column.DUE, Column.STATUS, Column.TEXT, Column.OWNER}


def overdue_colour() -> QColor:
    """A red that reads on the current palette (lighter on a dark base)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#b3261e")


def due_text(r: CommitmentRecord, today: date) -> str:
    if r.due_date is None:
        return tr("No date")
    when = f"{r.due_date.day} {r.due_date:%b %Y}"
    if r.overdue:
        days = (today - r.due_date).days
        late = tr("%n day(s) LATE", "", days)
        return f"{when} · {late}"
    return when


class LedgerModel(ListTableModel):
    headers = HEADERS

    # (commitment id, {field: new value}) — the view makes it an undoable command.
    edit_requested = Signal(str, dict)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CommitmentRecord] = []
        self.today = date.today()

    def set_rows(self, rows: list[CommitmentRecord], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def row_of(self, commitment_id: str | None) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == commitment_id), -1)

    def row_total(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(r, col)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and r.overdue
            and col in (Column.DUE, Column.TEXT)
        ):
            return overdue_colour()
        if role == Qt.ItemDataRole.FontRole and r.overdue and col == Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == ID_ROLE:
            return r.id
        if role == RECORD_ROLE:
            return r
        return None

    def _display(self, r: CommitmentRecord, col: Column) -> str:
        if col == Column.DUE:
            return due_text(r, self.today)
        if col == Column.STATUS:
            return tr(STATUS_LABELS[r.status])
        if col == Column.TEXT:
            return r.text
        if col == Column.OWNER:
            return r.owner_label or self.tr("No owner")
        if col == Column.CONVENING:
            return r.convening_short
        return r.visibility.value.capitalize()

    def _edit_value(self, r: CommitmentRecord, col: Column) -> Any:
        if col == Column.DUE:
            return r.due_date
        if col == Column.STATUS:
            return r.status.value
        if col == Column.OWNER:
            return r.owner_name or r.organisation
        return self._display(r, col)

    def _tooltip(self, r: CommitmentRecord) -> str:
        lines = [
            r.text,
            self.tr("Convening: {convening_title}").format(convening_title=r.convening_title),
        ]
        if r.notes:
            lines.append(self.tr("Notes: {notes}").format(notes=r.notes))
        if r.agenda_item_title:
            lines.append(
                self.tr("Said during: {agenda_item_title}").format(
                    agenda_item_title=r.agenda_item_title
                )
            )
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in EDITABLE or not 0 <= index.row() < len(self.rows):
            return False
        r, col = self.rows[index.row()], Column(index.column())
        changes = self._changes(r, col, value)
        if changes is None:
            return False
        self.edit_requested.emit(r.id, changes)
        return True

    def _changes(self, r: CommitmentRecord, col: Column, value: Any) -> dict[str, Any] | None:
        if col == Column.STATUS:
            try:
                status = CommitmentStatus(str(value))
            except ValueError:
                return None
            return None if status == r.status else {"status": status}
        if col == Column.DUE:
            due = value if isinstance(value, date) or value is None else None
            return None if due == r.due_date else {"due_date": due}
        if col == Column.TEXT:
            text = str(value or "").strip()
            return None if not text or text == r.text else {"text": text}
        owner = str(value or "").strip()
        if owner == (r.owner_name or r.organisation):
            return None
        return {"owner": owner}  # resolved against the convening's participants by the view
