"""The Capture tab's table: one row per entry with time, kind, item, visibility and text."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from facilitator.store.entries import EntryRecord
from facilitator.ui.capture_chips import VISIBILITY_COLOURS, VISIBILITY_HINTS
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.kind_names import force_name, kind_name, visibility_name
from facilitator.ui.list_table_model import ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TR_NOOP("Time"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Agenda item"),
    QT_TR_NOOP("Visibility"),
    QT_TR_NOOP("Text"),
)
TIME, KIND, ITEM, VISIBILITY, TEXT = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    return " ".join(text.split())


def kind_text(record: EntryRecord) -> str:
    label = kind_name(record.kind.value)
    if record.polarity is not None:
        label += " +" if record.polarity.value == "plus" else " Δ"
    if record.force is not None:
        label += f" ({force_name(record.force.value)})"
    if record.resolved_at is not None:
        label += " ✓"
    return label


class EntriesModel(ListTableModel):
    headers = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryRecord] = []
        # Times show in the convening's time zone: the clock on the wall of the room.
        self.tz: tzinfo | None = None

    def set_rows(self, rows: list[EntryRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace(self, record: EntryRecord) -> None:
        """Update one row in place (after an edit), keeping the selection."""
        for n, row in enumerate(self.rows):
            if row.id == record.id:
                self.rows[n] = record
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
                return

    def row_of(self, entry_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == entry_id), -1)

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == VISIBILITY:
                return tr(VISIBILITY_HINTS[r.visibility])
            if col == TEXT:
                extra = [r.text]
                if r.rationale:
                    extra.append(self.tr("Why: {rationale}").format(rationale=r.rationale))
                if r.resolution:
                    extra.append(self.tr("Resolved: {resolution}").format(resolution=r.resolution))
                return "\n".join(extra)
            return None
        if col == VISIBILITY and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(VISIBILITY_COLOURS[r.visibility])
        if col == VISIBILITY and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("white")
        if col == VISIBILITY and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, r: EntryRecord, col: int) -> str:
        if col == TIME:
            return r.captured_at.astimezone(self.tz).strftime("%a %H:%M")
        if col == KIND:
            return kind_text(r)
        if col == ITEM:
            return r.item_title or "—"
        if col == VISIBILITY:
            return visibility_name(r.visibility).upper()
        text = _one_line(r.text)
        if r.speaker:
            text = f"“{text}” — {r.speaker}"
        return text
