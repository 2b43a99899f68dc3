"""The pieces of a CSV import in the window: the preview's model and the undoable import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from facilitator.store import imports
from facilitator.store.database import Database
from facilitator.store.imports import ImportReceipt
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr


class PreviewModel(QAbstractTableModel):
    """Read-only rows of text, as the file will be imported."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.dimmed: set[int] = set()  # rows that will be skipped

    def set_rows(self, rows: Sequence[Sequence[str]], dimmed: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.dimmed = dimmed or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr(self.headers[section]) if 0 <= section < len(self.headers) else None

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.dimmed:
            return self.tr("Already in the convening: will be skipped")
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.dimmed:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


class ImportCommand(StoreCommand):
    def __init__(
        self,
        db: Database,
        run: Callable[[], ImportReceipt],
        text: str,
        refresh: Callable[[str | None], None],
    ) -> None:
        super().__init__(text)
        self._db, self._run, self._refresh = db, run, refresh
        self.receipt: ImportReceipt | None = None

    def do(self) -> None:
        if self.receipt is None:
            self.receipt = self._run()
        else:
            imports.set_import_applied(self._db, self.receipt, True)
        self._refresh(self.receipt.convening_id)

    def undo(self) -> None:
        assert self.receipt is not None
        imports.set_import_applied(self._db, self.receipt, False)
        self._refresh(None if self.receipt.created_convening else self.receipt.convening_id)
