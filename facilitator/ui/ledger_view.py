"""The commitments ledger: filter, follow up, and change status in place.

:class:`LedgerPanel` is the table with its filters, over every convening or one.
The ledger window (Commitments › Ledger, Ctrl+L) shows all of them, for the
follow-up between convenings; the per-convening Commitments tab adds the open
commitments of the last convening of the same series, to review in the room.
Every edit is an undoable command on the window's one undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.kinds import CommitmentStatus
from facilitator.store import commitments, ledger
from facilitator.store.commitments import OPEN_STATUSES, CommitmentRecord
from facilitator.store.errors import StoreError
from facilitator.store.ledger import LedgerFilter
from facilitator.ui import dialogs, ledger_dialogs
from facilitator.ui.commitment_commands import (
    AddCommitment,
    DeleteCommitment,
    EditCommitment,
    Refresh,
)
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import tr
from facilitator.ui.ledger_delegates import DueDelegate, OwnerDelegate, StatusDelegate
from facilitator.ui.ledger_model import STATUS_LABELS, Column, LedgerModel, overdue_colour

SHORTCUT = "Ctrl+L"
ANY = ""
STILL_OPEN = "still-open"


class CommitmentsTable(QTableView):
    """A table whose Delete key deletes the selected commitment, not the window's convening."""

    delete_requested = Signal()

    def event(self, event: QEvent) -> bool:
        # Claim plain Delete before the window's own Delete shortcut (delete the convening).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def commitments_table(model: LedgerModel, name: str, ctx: AppContext) -> CommitmentsTable:
    table = CommitmentsTable()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
    for col, width in (
        (Column.DUE, 230),
        (Column.STATUS, 110),
        (Column.OWNER, 260),
        (Column.CONVENING, 170),
    ):
        table.setColumnWidth(col, width)
    table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(table))
    table.setItemDelegateForColumn(Column.DUE, DueDelegate(table))
    owners = OwnerDelegate(
        lambda cid: [c.label for c in commitments.owner_choices(ctx.db, cid)], table
    )
    table.setItemDelegateForColumn(Column.OWNER, owners)
    return table


def edit_command(
    ctx: AppContext, record: CommitmentRecord, changes: dict[str, Any], refresh: Refresh
) -> EditCommitment:
    """The undoable command for a table edit; a typed owner becomes a participant or an org."""
    if "owner" in changes:
        typed = str(changes.pop("owner"))
        choice = commitments.resolve_owner(ctx.db, record.convening_id, typed)
        changes.update(owner_id=choice.owner_id, organisation=choice.organisation)
    label = tr("Change status") if "status" in changes else tr("Edit commitment")
    return EditCommitment(ctx.db, record, changes, refresh, label)


class LedgerPanel(QWidget):
    """Filters, the table, and add/delete; over one convening (``fixed``) or all of them."""

    def __init__(self, ctx: AppContext, fixed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.fixed = ctx, fixed
        self.convening_id: str | None = None
        self._stale = True
        self.model = LedgerModel(self)
        self.model.edit_requested.connect(self._edit)
        self.table = commitments_table(self.model, "ledgerTable", ctx)
        self.table.setAccessibleName(self.tr("Commitments"))

        self.organisation = self._combo("organisationFilter", self.tr("Organisation"))
        self.person = self._combo("personFilter", self.tr("Person"))
        self.status = self._combo("statusFilter", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), ANY)
        self.status.addItem(self.tr("Still open (open or in progress)"), STILL_OPEN)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(tr(label), status.value)
        self.convening = self._combo("conveningFilter", self.tr("Convening"))
        self.convening.setVisible(not fixed)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.text = QLineEdit()
        self.text.setObjectName("ledgerText")
        self.text.setAccessibleName(self.tr("Words in the commitment"))
        self.text.setPlaceholderText(self.tr("Filter by words…"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda _t: self.reload())

        filters = QHBoxLayout()
        for widget in (self.convening, self.organisation, self.person, self.status):
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addWidget(self.text, 1)

        self.summary = QLabel()
        self.summary.setObjectName("ledgerSummary")
        self.add_button = QPushButton(self.tr("&Add commitment…"))
        self.add_button.setObjectName("addCommitment")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteCommitment")
        self.delete_button.setToolTip(
            self.tr("Delete the selected commitment (Delete); Ctrl+Z undoes")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.delete_requested.connect(self.delete_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        ctx.undo_stack.indexChanged.connect(lambda _i: self.reload())

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    # -- reading ---------------------------------------------------------------------------

    def set_convening(self, convening_id: str | None) -> None:
        self.convening_id = convening_id
        self.reload()

    def filters(self) -> LedgerFilter:
        status = self.status.currentData() or ANY
        statuses: frozenset[CommitmentStatus] = frozenset()
        if status == STILL_OPEN:
            statuses = OPEN_STATUSES
        elif status != ANY:
            statuses = frozenset({CommitmentStatus(status)})
        scope = self.convening_id if self.fixed else (self.convening.currentData() or None)
        return LedgerFilter(
            organisation=self.organisation.currentData() or "",
            person=self.person.currentData() or "",
            statuses=statuses,
            overdue_only=self.overdue.isChecked(),
            convening_id=scope,
            text=self.text.text(),
        )

    def reload(self, select_id: str | None = None) -> None:
        if not self.isVisible() and select_id is None:
            self._stale = True
            return
        self._stale = False
        keep = select_id or self.selected_id()
        if self.fixed and self.convening_id is None:
            self._show([], [])
            return
        scope = LedgerFilter(convening_id=self.convening_id if self.fixed else None)
        everything = ledger.ledger(self.ctx.db, scope)
        self._refill_choices(everything)
        self._show(everything, ledger.ledger(self.ctx.db, self.filters()))
        self.select(keep)

    def _refill_choices(self, rows: list[CommitmentRecord]) -> None:
        f = ledger.facets(rows)
        _refill(self.organisation, self.tr("All organisations"), [(o, o) for o in f.organisations])
        _refill(self.person, self.tr("Everyone"), [(p, p) for p in f.people])
        _refill(self.convening, self.tr("All convenings"), [(t, cid) for cid, t in f.convenings])

    def _show(self, everything: list[CommitmentRecord], rows: list[CommitmentRecord]) -> None:
        self.model.set_rows(rows, commitments.today_of(self.ctx.db))
        overdue = sum(r.overdue for r in everything)
        shown = self.tr("{n_rows} of {n_everything} commitments").format(
            n_rows=len(rows), n_everything=len(everything)
        )
        if overdue:
            self.summary.setText(
                self.tr("{shown} · {overdue} OVERDUE").format(shown=shown, overdue=overdue)
            )
            self.summary.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: bold")
        else:
            self.summary.setText(self.tr("{shown} · none overdue").format(shown=shown))
            self.summary.setStyleSheet("")
        can_add = self._target_convening() is not None
        self.add_button.setEnabled(can_add)
        self.add_button.setToolTip(
            self.tr("Add a commitment to this convening")
            if can_add
            else self.tr("Choose a convening in the first list to add a commitment to it")
        )
        self.delete_button.setEnabled(bool(rows))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def select(self, commitment_id: str | None) -> bool:
        row = self.model.row_of(commitment_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, Column.TEXT),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, Column.TEXT))
        return True

    # -- changing --------------------------------------------------------------------------

    def _target_convening(self) -> str | None:
        return self.convening_id if self.fixed else (self.convening.currentData() or None)

    def push(self, command: StoreCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Commitments"), str(exc))
            return False
        self.ctx.undo_stack.push(command)
        return True

    def _edit(self, commitment_id: str, changes: dict[str, Any]) -> None:
        record = self.model.rows[self.model.row_of(commitment_id)]
        self.push(edit_command(self.ctx, record, changes, self.reload))

    def add(self) -> None:
        target = self._target_convening()
        if target is None:
            return
        owners = [c.label for c in commitments.owner_choices(self.ctx.db, target)]
        spec = ledger_dialogs.ask_new_commitment(self, owners, commitments.today_of(self.ctx.db))
        if spec is None:
            return
        # The dialog gives the owner as typed; it becomes a participant or an organisation.
        choice = commitments.resolve_owner(self.ctx.db, target, spec.organisation)
        spec = replace(spec, owner_id=choice.owner_id, organisation=choice.organisation)
        self.push(AddCommitment(self.ctx.db, target, spec, self.ctx.settings, self.reload))

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = self.model.rows[index.row()]
            self.push(DeleteCommitment(self.ctx.db, record, self.reload))


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the chosen one when it is still there."""
    current = combo.currentData() or ANY
    wanted = [(everything, ANY), *items]
    if [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())] == wanted:
        return
    combo.blockSignals(True)
    combo.clear()
    for text, data in wanted:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class LedgerWindow(QMainWindow):
    """Every commitment of every convening: the follow-up view between convenings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerWindow")
        self.setWindowTitle(self.tr("Commitments ledger — Facilitator"))
        self.panel = LedgerPanel(ctx, fixed=False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.panel)
        self.setCentralWidget(body)
        self.resize(1200, 640)
