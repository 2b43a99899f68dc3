"""Every modal question the main window asks, each a small function a test can replace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from facilitator.store.convenings import NewConvening


class NewConveningDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle("New convening")
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.title.setPlaceholderText("e.g. Cities Learning Exchange: Autumn Convening")
        self.title.setAccessibleName("Title")
        self.has_date = QCheckBox("Dates are set")
        self.has_date.setChecked(True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName("First day")
        self.has_date.toggled.connect(self.start.setEnabled)
        self.days = QSpinBox()
        self.days.setRange(1, 31)
        self.days.setValue(2)
        self.days.setAccessibleName("Number of days")
        self.location = QLineEdit()
        self.location.setAccessibleName("Location")
        self.series = QLineEdit()
        self.series.setAccessibleName("Series")
        self.series.setPlaceholderText("Optional: the network or programme it belongs to")
        form.addRow("&Title:", self.title)
        form.addRow("", self.has_date)
        form.addRow("&First day:", self.start)
        form.addRow("&Days:", self.days)
        form.addRow("&Location:", self.location)
        form.addRow("&Series:", self.series)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Create")
        self.ok.setEnabled(False)
        self.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> NewConvening:
        start = self.start.date().toPython() if self.has_date.isChecked() else None
        return NewConvening(
            title=self.title.text(),
            start_date=start,  # type: ignore[arg-type]
            days=self.days.value(),
            location=self.location.text(),
            series=self.series.text(),
        )


def ask_new_convening(parent: QWidget, today: date) -> NewConvening | None:
    dialog = NewConveningDialog(parent, today)
    return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_title(parent: QWidget, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, "Rename convening", "New title:", QLineEdit.EchoMode.Normal, current
    )
    return text if ok and text.strip() else None


def confirm_delete(parent: QWidget, title: str) -> bool:
    answer = QMessageBox.question(
        parent,
        "Delete convening",
        f"Delete “{title}” with its agenda, participants and captures?\n\n"
        "You can bring it back with Edit › Undo (Ctrl+Z).",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_about(parent: QWidget, version: str, database: str) -> None:
    QMessageBox.about(
        parent,
        "About Facilitator",
        f"<h3>Facilitator {version}</h3>"
        "<p>Prepare, run, capture and share in-person convenings, offline first.</p>"
        f"<p>Your data: <code>{database}</code></p>",
    )
