"""Every modal question the main window asks, each a small function a test can replace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, qVersion
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
        self.setWindowTitle(self.tr("New convening"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.title.setPlaceholderText(self.tr("e.g. Cities Learning Exchange: Autumn Convening"))
        self.title.setAccessibleName(self.tr("Title"))
        self.has_date = QCheckBox(self.tr("Dates are set"))
        self.has_date.setChecked(True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("First day"))
        self.has_date.toggled.connect(self.start.setEnabled)
        self.days = QSpinBox()
        self.days.setRange(1, 31)
        self.days.setValue(2)
        self.days.setAccessibleName(self.tr("Number of days"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.series = QLineEdit()
        self.series.setAccessibleName(self.tr("Series"))
        self.series.setPlaceholderText(self.tr("Optional: the network or programme it belongs to"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.has_date)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(self.tr("&Days:"), self.days)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Series:"), self.series)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create"))
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
        parent,
        QCoreApplication.translate("Dialogs", "Rename convening"),
        QCoreApplication.translate("Dialogs", "New title:"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text if ok and text.strip() else None


def confirm_delete(parent: QWidget, title: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Delete convening"),
        QCoreApplication.translate(
            "Dialogs",
            "Delete “{0}” with its agenda, participants and captures?\n\n"
            "You can bring it back with Edit › Undo (Ctrl+Z).",
        ).format(title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def about_html(version: str, database: str) -> str:
    import html
    from pathlib import Path

    from PySide6 import __version__ as pyside_version

    from facilitator.logging_setup import current_log_file

    folder = Path(database).parent
    log_file = current_log_file()
    tr = QCoreApplication.translate
    rows = [
        (tr("About", "Database"), database),
        (tr("About", "Backups"), str(folder / "backups")),
        (tr("About", "Log"), str(log_file) if log_file else "—"),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td><code>{html.escape(v)}</code></td></tr>"
        for k, v in rows
    )
    intro = tr("About", "Prepare, run, capture and share in-person convenings, offline first.")
    return (
        f"<h3>Facilitator {html.escape(version)}</h3><p>{html.escape(intro)}</p>"
        f"<table cellpadding='2'>{table}</table>"
        f"<p><small>Qt {qVersion()} · PySide6 {pyside_version}</small></p>"
    )


def show_about(parent: QWidget, version: str, database: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Facilitator"),
        about_html(version, database),
    )
