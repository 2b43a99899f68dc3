"""Conflicts to settle: fields two laptops changed before they met, with both values.

The value kept by the merge is in the record already; choosing either one is a
new, stamped edit, so the choice reaches the other laptops at the next merge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.conflicts import ConflictView, list_conflicts, settle_conflict
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.list_table_model import ListTableModel

HEADERS = (
    QT_TR_NOOP("Record"),
    QT_TR_NOOP("Field"),
    QT_TR_NOOP("Kept (now in the record)"),
    QT_TR_NOOP("Set aside (from the other laptop)"),
)
AnyIndex = QModelIndex | QPersistentModelIndex


def value_text(value: Any) -> str:
    return tr("(empty)") if value in (None, "") else str(value)


class ConflictsModel(ListTableModel):
    headers = HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictView] = []

    def set_rows(self, rows: list[ConflictView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                f"{row.record_kind}: {row.record_label}" if row.record_label else row.record_kind,
                row.field,
                value_text(row.kept_value),
                value_text(row.other_value),
            )[index.column()]
        return None


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, convening_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.convening_id = convening_id
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to settle"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("conflictsIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 2)
        # The whole of both values: long texts often differ only near the end.
        sides = QHBoxLayout()
        self.kept_text = self._side(sides, self.tr("Kept"), "conflictKeptText")
        self.other_text = self._side(sides, self.tr("Set aside"), "conflictOtherText")
        layout.addLayout(sides, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = QPushButton(self.tr("&Keep this value"))
        self.keep_button.setObjectName("keepConflictButton")
        self.other_button = QPushButton(self.tr("&Use the set-aside value"))
        self.other_button.setObjectName("useOtherConflictButton")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self.settle(use_other=False))
        self.other_button.clicked.connect(lambda: self.settle(use_other=True))
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_values)
        self.reload()

    def _side(self, row: QHBoxLayout, title: str, name: str) -> QPlainTextEdit:
        box = QVBoxLayout()
        label = QLabel(f"{title}:")
        text = QPlainTextEdit()
        text.setObjectName(name)
        text.setReadOnly(True)
        text.setAccessibleName(f"{title} value")
        label.setBuddy(text)
        box.addWidget(label)
        box.addWidget(text)
        row.addLayout(box)
        return text

    def _show_values(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() else None
        self.kept_text.setPlainText(value_text(row.kept_value) if row else "")
        self.other_text.setPlainText(value_text(row.other_value) if row else "")

    def reload(self) -> None:
        rows = list_conflicts(self.ctx.db, self.convening_id)
        self.model.set_rows(rows)
        has = bool(rows)
        self.keep_button.setEnabled(has)
        self.other_button.setEnabled(has)
        self.intro.setText(
            self.tr(
                "{n_rows} field(s) were changed on two laptops before they met. The merge kept "
                "the later change; choose for each which value stays."
            ).format(n_rows=len(rows))
            if has
            else self.tr("No conflicts to settle.")
        )
        if has:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self._show_values(QModelIndex(), QModelIndex())

    def selected(self) -> ConflictView | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def settle(self, *, use_other: bool) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            settle_conflict(self.ctx.db, row.id, use_other=use_other)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Conflicts"), str(exc))
        self.reload()


def open_conflicts(parent: QWidget, ctx: AppContext, convening_id: str) -> ConflictsDialog:
    dialog = ConflictsDialog(ctx, convening_id, parent)
    dialog.open()
    return dialog
