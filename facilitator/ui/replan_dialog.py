"""The re-plan preview: what the rest of the day would become, before anything changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.replan import Proposal
from facilitator.core.schedule import PlanItem
from facilitator.ui.i18n import QT_TR_NOOP
from facilitator.ui.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
Propose = Callable[[bool, bool], Proposal]  # (allow_break_cuts, drop_optional) -> proposal
HEADERS = (QT_TR_NOOP("Item"), QT_TR_NOOP("Planned"), QT_TR_NOOP("Proposed"), QT_TR_NOOP("Change"))


class ReplanModel(ListTableModel):
    """The upcoming items: planned minutes, proposed minutes, and dropped ones."""

    headers = HEADERS

    def __init__(self, items: Sequence[PlanItem], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._proposal: Proposal | None = None

    def set_proposal(self, proposal: Proposal) -> None:
        self.beginResetModel()
        self._proposal = proposal
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._items)

    def cells(self, row: int) -> tuple[str, str, str, str]:
        item = self._items[row]
        proposal = self._proposal
        planned = self.tr("{minutes} min").format(minutes=item.duration_min)
        if proposal is None:
            return item.title, planned, "", ""
        if item.key in proposal.dropped:
            return (
                item.title,
                planned,
                self.tr("dropped"),
                self.tr("−{duration_min} min").format(duration_min=item.duration_min),
            )
        minutes = proposal.duration_of(item.key)
        if minutes is None:  # after the anchor aimed at: unchanged
            return item.title, planned, planned, ""
        change = minutes - item.duration_min
        signed = f"{change:+d}".replace("-", "−")
        text = "" if change == 0 else self.tr("{change} min").format(change=signed)
        return item.title, planned, self.tr("{minutes} min").format(minutes=minutes), text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(index.row())[index.column()]
        return None


class ReplanDialog(QDialog):
    def __init__(self, parent: QWidget | None, items: Sequence[PlanItem], propose: Propose) -> None:
        super().__init__(parent)
        self.setObjectName("replanDialog")
        self.setWindowTitle(self.tr("Re-plan the rest of the day"))
        self._propose = propose
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("replanSummary")
        self.summary.setWordWrap(True)
        self.model = ReplanModel(items, self)
        self.table = QTableView()
        self.table.setObjectName("replanTable")
        self.table.setAccessibleName(self.tr("Proposed plan"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.breaks = QCheckBox(self.tr("Allow cutting &breaks"))
        self.optional = QCheckBox(self.tr("&Drop optional items"))
        for box in (self.breaks, self.optional):
            box.toggled.connect(self.update_proposal)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("&Accept re-plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Dis&miss"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.summary, self.table, self.breaks, self.optional, buttons):
            layout.addWidget(widget)
        self.resize(620, 440)
        self.proposal = propose(False, False)
        self.update_proposal()

    def update_proposal(self) -> None:
        self.proposal = self._propose(self.breaks.isChecked(), self.optional.isChecked())
        self.model.set_proposal(self.proposal)
        self.summary.setText("\n".join(self.proposal.summary))
        self.accept_button.setEnabled(self.proposal.recovered_min > 0)


def ask_replan(parent: QWidget, items: Sequence[PlanItem], propose: Propose) -> Proposal | None:
    """Show the preview; the accepted proposal, or None when dismissed."""
    dialog = ReplanDialog(parent, items, propose)
    return dialog.proposal if dialog.exec() == QDialog.DialogCode.Accepted else None
