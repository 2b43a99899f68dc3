"""Choosing a backup to restore: a list with dates, kinds and sizes, and a confirmation."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.backups import BackupInfo
from facilitator.ui.i18n import QT_TR_NOOP, tr

KINDS = {
    "scheduled": QT_TR_NOOP("Every half hour"),
    "on-close": QT_TR_NOOP("When the app closed"),
    "before-restore": QT_TR_NOOP("Before a restore"),
}


def when(backup: BackupInfo) -> str:
    """The local date and time of a backup (names carry UTC)."""
    return backup.taken.replace(tzinfo=UTC).astimezone().strftime("%a %d %b %Y, %H:%M")


def kind(backup: BackupInfo) -> str:
    if backup.label.startswith("before-migration"):
        return tr("Before an upgrade")
    return tr(KINDS.get(backup.label, backup.label))


def size(backup: BackupInfo) -> str:
    return (
        tr("{size:.1f} MB").format(size=backup.size / 1_000_000)
        if backup.size >= 100_000
        else tr("{size} kB").format(size=max(1, round(backup.size / 1000)))
    )


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, found: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from a backup"))
        self.found = found
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Choose the copy to go back to. What you have now is saved as a backup "
                "first, so you can come back to it the same way."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(found), 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Kind"), tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(found):
            for col, text in enumerate((when(backup), kind(backup), size(backup))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if found:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Restore…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None


def confirm_restore(parent: QWidget | None, backup: BackupInfo) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Restore from a backup"),
        tr(
            "Go back to the copy of {0}?\n\nEverything changed since then is replaced. "
            "What you have now is kept as a backup first."
        ).format(when(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_backup(parent: QWidget | None, found: list[BackupInfo]) -> BackupInfo | None:
    """The backup to restore, after a confirmation; None when the user cancels."""
    dialog = RestoreDialog(parent, found)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    return chosen if chosen is not None and confirm_restore(parent, chosen) else None
