"""The agenda table view: spreadsheet keys, a kind picker, and refused edits explained."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from facilitator.core.kinds import ItemKind
from facilitator.ui.agenda_model import KIND_LABELS, AgendaModel, Column
from facilitator.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
# Keys the table handles itself even when a window-wide shortcut uses them too.
OWN_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2}


class AgendaDelegate(QStyledItemDelegate):
    """A combo box for the kind; any refused value is reported through ``on_invalid``."""

    def __init__(self, on_invalid: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_invalid = on_invalid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != Column.KIND:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("kindEditor")
        combo.setAccessibleName(self.tr("Kind"))
        for kind in ItemKind:
            combo.addItem(tr(KIND_LABELS[kind]), str(kind))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            accepted = model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            text = editor.property("text")
            accepted = model.setData(index, text, Qt.ItemDataRole.EditRole)
        if not accepted and isinstance(model, AgendaModel) and model.last_error:
            self.on_invalid(model.last_error)


class AgendaTable(QTableView):
    add_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTable")
        self.setAccessibleName(self.tr("Agenda items"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def event(self, event: QEvent) -> bool:
        # The window's Delete and F2 (delete, rename the convening) must not fire in the agenda.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in OWN_KEYS:
                event.accept()
                return True
        return super().event(event)

    def fit_columns(self) -> None:
        """Start and duration as wide as they need; the title gets the room that is left."""
        header = self.horizontalHeader()
        for col in (Column.START, Column.DURATION, Column.KIND):
            self.resizeColumnToContents(col)
            header.resizeSection(col, header.sectionSize(col) + 12)
        rest = self.viewport().width() - sum(
            header.sectionSize(c) for c in (Column.START, Column.DURATION, Column.KIND)
        )
        header.resizeSection(Column.TITLE, max(220, int(rest * 0.5)))
        header.resizeSection(Column.LEAD, max(120, int(rest * 0.2)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if not editing and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return
        if not editing and plain and key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        """Enter moves down a row, like a spreadsheet; on the last row it adds the next item."""
        current = self.currentIndex()
        rows = self.model().rowCount()
        if not current.isValid() or current.row() == rows - 1:
            self.add_requested.emit()
            return
        below = self.model().index(current.row() + 1, current.column())
        self.setCurrentIndex(below)
