"""Help › Log viewer: the app's log, read-only, newest at the bottom, its folder a click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.i18n import tr

# The log can grow to a megabyte: the end is what anyone wants to read.
TAIL_BYTES = 400_000


def read_tail(path: Path | None, limit: int = TAIL_BYTES) -> str:
    if path is None:
        return tr("Logging has not started.")
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - limit))
            data = handle.read()
    except FileNotFoundError:
        return tr("The log is empty.")
    text = data.decode("utf-8", "replace")
    return text.split("\n", 1)[1] if size > limit and "\n" in text else text


class LogViewer(QDialog):
    def __init__(self, parent: QWidget | None, log_file: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("logViewer")
        self.setWindowTitle(tr("Log"))
        self.log_file = log_file
        layout = QVBoxLayout(self)
        where = QLabel(str(log_file) if log_file else "")
        where.setObjectName("logPath")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.text = QPlainTextEdit()
        self.text.setObjectName("logText")
        self.text.setAccessibleName(tr("Log messages, newest last"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.setObjectName("logRefresh")
        self.folder_button = QPushButton(tr("Open log &folder"))
        self.folder_button.setObjectName("logFolder")
        self.folder_button.setEnabled(log_file is not None)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.refresh()

    def refresh(self) -> None:
        self.text.setPlainText(read_tail(self.log_file))
        self.text.moveCursor(QTextCursor.MoveOperation.End)

    def open_folder(self) -> None:
        from facilitator.ui import desktop_actions

        if self.log_file is not None:
            desktop_actions.open_folder(self.log_file.parent)


def show_log_viewer(parent: QWidget | None, log_file: Path | None) -> None:
    LogViewer(parent, log_file).exec()
