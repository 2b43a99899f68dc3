"""The list of convenings as a Qt item model, fed from plain summaries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.store.convenings import ConveningSummary
from facilitator.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def date_range_text(summary: ConveningSummary) -> str:
    start, end = summary.start_date, summary.end_date
    if start is None:
        return tr("No date yet")
    if end is None or end == start:
        return start.strftime("%a %d %b %Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%d}–{end:%d %b %Y}"
    return f"{start:%d %b} – {end:%d %b %Y}"


def subtitle_text(summary: ConveningSummary) -> str:
    parts = [date_range_text(summary)]
    if summary.location:
        parts.append(summary.location)
    return " · ".join(parts)


class ConveningListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConveningSummary] = []

    def set_rows(self, rows: list[ConveningSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (SUBTITLE_ROLE, Qt.ItemDataRole.ToolTipRole):
            return subtitle_text(row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return subtitle_text(row)
        if role == ID_ROLE:
            return row.id
        return None

    def row_of(self, convening_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.id == convening_id:
                return n
        return -1

    def summary_at(self, row: int) -> ConveningSummary:
        return self._rows[row]
