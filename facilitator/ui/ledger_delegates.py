"""Editors for the commitments table: status from a list, a date picker, an owner with choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.ui.i18n import tr
from facilitator.ui.ledger_model import RECORD_ROLE, STATUS_LABELS

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        combo.setAccessibleName(self.tr("Status"))
        for status, label in STATUS_LABELS.items():
            combo.addItem(tr(label), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DueDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setObjectName("dueEditor")
        edit.setAccessibleName(self.tr("Due date"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        due = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(due, date):
            due = date.today()
        editor.setDate(QDate(due.year, due.month, due.day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(QStyledItemDelegate):
    """An editable list: a participant of the row's convening, or any organisation typed."""

    def __init__(self, choices: Callable[[str], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices  # convening id -> labels to offer

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("ownerEditor")
        combo.setAccessibleName(self.tr("Owner: a participant or an organisation"))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        record = index.data(RECORD_ROLE)
        if record is not None:
            combo.addItems(self._choices(record.convening_id))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
