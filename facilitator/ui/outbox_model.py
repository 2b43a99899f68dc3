"""The outbox as a table: file, status, where it went or why not, next try."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from facilitator.core.outbox_policy import OutboxStatus
from facilitator.sync.outbox import OutboxEntry
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TR_NOOP("File"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Where it went, or why not"),
    QT_TR_NOOP("Next try"),
)
STATUS_WORDS = {
    OutboxStatus.QUEUED: QT_TR_NOOP("Waiting"),
    OutboxStatus.DELIVERING: QT_TR_NOOP("Delivering…"),
    OutboxStatus.DELIVERED: QT_TR_NOOP("Delivered"),
    OutboxStatus.FAILED: QT_TR_NOOP("Failed"),
}


def clock_text(value: datetime | None, now: datetime) -> str:
    if value is None:
        return ""
    local, today = value.astimezone(), now.astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d %b %H:%M")


class OutboxModel(ListTableModel):
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[OutboxEntry] = []
        self.now = datetime.now().astimezone()

    def set_entries(self, entries: list[OutboxEntry], now: datetime) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.now = now
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == ID_ROLE:
            return e.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(e, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, e: OutboxEntry, column: int, tooltip: bool) -> str | None:
        if column == 0:
            return f"{e.name}\n{e.label}" if tooltip and e.label else e.name
        if column == 1:
            words = tr(STATUS_WORDS[e.status])
            if e.status is OutboxStatus.DELIVERED:
                return f"{words} {clock_text(e.delivered_at, self.now)}"
            return words
        if column == 2:
            if e.status is OutboxStatus.DELIVERED:
                return e.location
            return e.error or (self.tr("Not tried yet") if not tooltip else None)
        if column == 3 and e.status is not OutboxStatus.DELIVERED:
            return clock_text(e.next_attempt_at, self.now) if e.attempts else self.tr("Soon")
        return None

    def row_of(self, item_id: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.id == item_id), -1)
