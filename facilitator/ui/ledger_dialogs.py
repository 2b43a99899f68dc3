"""The one question the ledger asks: a new commitment, as a small function a test can replace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from facilitator.ui.commitment_commands import NewCommitment


class NewCommitmentDialog(QDialog):
    def __init__(self, parent: QWidget | None, owners: list[str], today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New commitment"))
        form = QFormLayout(self)
        self.text = QLineEdit()
        self.text.setObjectName("newCommitmentText")
        self.text.setAccessibleName(self.tr("What will be done"))
        self.text.setPlaceholderText(
            self.tr("e.g. Send the equity budgeting report to the network")
        )
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(owners)
        self.owner.setCurrentIndex(-1)
        self.owner.setAccessibleName(self.tr("Owner: a participant or an organisation"))
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.has_due.setChecked(True)
        soon = QDate(today.year, today.month, today.day).addDays(30)
        self.due = QDateEdit(soon)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        form.addRow(self.tr("&Commitment:"), self.text)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow("", self.has_due)
        form.addRow(self.tr("D&ue:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add"))
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> NewCommitment:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        # The owner as typed, in ``organisation``; the ledger resolves it to a participant.
        return NewCommitment(
            text=self.text.text(),
            organisation=self.owner.currentText().strip(),
            due_date=due,  # type: ignore[arg-type]
        )


def ask_new_commitment(parent: QWidget, owners: list[str], today: date) -> NewCommitment | None:
    dialog = NewCommitmentDialog(parent, owners, today)
    return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
