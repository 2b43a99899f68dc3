"""A table model over a Python list of rows with fixed, translatable column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Counts rows and columns and names the columns; subclasses supply the cells.

    ``headers`` holds the English column titles (marked with QT_TR_NOOP), translated when
    shown; ``row_total()`` says how many rows the subclass holds.
    """

    headers: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return tr(self.headers[section])
        return None
