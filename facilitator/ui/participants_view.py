"""The Participants tab: the list edited in place, and check-in at the door.

Two modes in sub-tabs: "People" is a table like a spreadsheet (type over a
cell, Enter to keep it; Insert adds a person, Delete removes one; every edit
is undoable), "Check-in" is the door view (see check_in_panel).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import participants
from facilitator.store.errors import StoreError
from facilitator.store.participants import NewParticipant, ParticipantList, zone_of
from facilitator.ui import dialogs
from facilitator.ui.check_in_panel import CheckInPanel
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.participant_commands import AddParticipant, DeleteParticipant, EditParticipant
from facilitator.ui.participant_models import COLUMNS, ParticipantTableModel

NEW_NAME = QT_TR_NOOP("New participant")


class ParticipantTable(QTableView):
    """A table where F2 edits the cell, as in a spreadsheet, before any window shortcut."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)


class ParticipantsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("participantsView")
        self.convening_id: str | None = None
        self.listing: ParticipantList | None = None

        self.model = ParticipantTableModel(self._edit, self)
        self.table = ParticipantTable()
        self.table.setObjectName("participantTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((220, 220, 220, 260, 150, 80)):
            self.table.setColumnWidth(column, width)

        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setObjectName("addParticipant")
        self.add_button.setToolTip(self.tr("Add a participant (Insert)"))
        self.add_button.clicked.connect(self.add_person)
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setObjectName("deleteParticipant")
        self.delete_button.setToolTip(
            self.tr("Remove the selected participant (Delete); Ctrl+Z undoes")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.summary = QLabel()
        self.summary.setObjectName("participantSummary")
        for text, key, slot in (
            (self.tr("Add person"), "Insert", self.add_person),
            (self.tr("Remove person"), "Delete", self.delete_current),
        ):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        people = QWidget()
        people_layout = QVBoxLayout(people)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        people_layout.addLayout(bar)
        people_layout.addWidget(self.table)

        self.check_in = CheckInPanel(ctx, self._push, self.reload)
        self.modes = QTabWidget()
        self.modes.setObjectName("participantModes")
        self.modes.addTab(people, self.tr("People"))
        self.modes.addTab(self.check_in, self.tr("Check-in at the door"))
        self.modes.currentChanged.connect(self._mode_changed)
        self.check_in.day.currentIndexChanged.connect(lambda _n: self._show_table())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)

    # -- data ------------------------------------------------------------------------------

    def set_convening(self, convening_id: str | None) -> None:
        self.convening_id = convening_id
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the participants, keeping (or moving to) the selected person."""
        if self.convening_id is None:
            self.listing = None
            self.model.set_rows([], None)
            self.check_in.show_listing(None)
            return
        keep_column = max(self.table.currentIndex().column(), 0)
        self.listing = participants.list_participants(self.ctx.db, self.convening_id)
        self.check_in.show_listing(self.listing)
        self._show_table()
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, keep_column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )

    def _show_table(self) -> None:
        """The table's "Here" column and count follow the day chosen for check-in."""
        if self.listing is None:
            return
        day = self.check_in.day_id()
        self.model.set_rows(self.listing.participants, day, zone_of(self.listing.timezone))
        here = self.listing.present_count(day)
        total = len(self.listing.participants)
        self.summary.setText(
            self.tr("{total} people · {here} here on {currentText}").format(
                total=total, here=here, currentText=self.check_in.day.currentText()
            )
        )

    def _mode_changed(self, index: int) -> None:
        if self.modes.widget(index) is self.check_in:
            self.check_in.search.setFocus()
        else:
            self.table.setFocus()

    def show_check_in(self) -> None:
        self.modes.setCurrentWidget(self.check_in)
        self.check_in.search.setFocus()

    # -- commands --------------------------------------------------------------------------

    def _push(self, command: StoreCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Participants"), str(exc))
            return False
        self.ctx.undo_stack.push(command)
        return True

    def _edit(self, participant_id: str, field: str, text: str) -> bool:
        row = self.model.row_of(participant_id)
        old = self.model.record(row).value(field)
        return self._push(
            EditParticipant(self.ctx.db, participant_id, field, old, text, self.reload)
        )

    def add_person(self) -> None:
        if self.convening_id is None:
            return
        command = AddParticipant(
            self.ctx.db, self.convening_id, NewParticipant(tr(NEW_NAME)), self.reload
        )
        if self._push(command) and command.participant_id is not None:
            row = self.model.row_of(command.participant_id)
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        person = self.model.record(index.row())
        self._push(DeleteParticipant(self.ctx.db, person.id, person.name, self.reload))
        if self.model.rowCount() > 0:
            row = min(index.row(), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, index.column()))


__all__ = ["COLUMNS", "ParticipantsView"]
