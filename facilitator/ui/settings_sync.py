"""The settings dialog's "Deliver exports to" section: nowhere, a synced folder, or WebDAV.

The same fields File › Outbox… sets (sync/config.py). The WebDAV password is not
here: it is asked at the first delivery and kept in the system keyring only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facilitator.store.settings import Settings
from facilitator.sync import config
from facilitator.ui.i18n import QT_TR_NOOP, tr


def pick_folder(parent: QWidget, current: str) -> str | None:
    """A folder chosen in the platform's dialog (replaced in tests)."""
    return QFileDialog.getExistingDirectory(parent, tr("Deliver exports to"), current) or None


class SyncSection(QWidget):
    """Raises sync.target_base.TargetError from ``apply`` for an address that isn't http(s)."""

    title = QT_TR_NOOP("Deliver exports to")

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("settingsSync")
        self.title = tr("Deliver exports to")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("settingsSyncKind")
        self.kind.setAccessibleName(tr("Where exports are delivered"))
        for value, text in (
            ("", QT_TR_NOOP("Nowhere (no network at all)")),
            (config.FOLDER, QT_TR_NOOP("A synced folder (OneDrive, Google Drive, Dropbox…)")),
            (config.WEBDAV, QT_TR_NOOP("A WebDAV server")),
        ):
            self.kind.addItem(tr(text), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.sync_target_kind)))
        form.addRow(tr("&Deliver to:"), self.kind)

        self.folder = QLineEdit(settings.sync_folder)
        self.folder.setObjectName("settingsSyncFolder")
        self.folder.setAccessibleName(tr("Synced folder"))
        self.browse = QPushButton(tr("Bro&wse…"))
        self.browse.setObjectName("settingsSyncBrowse")
        self.browse.setAccessibleName(tr("Choose the synced folder"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form.addRow(tr("&Folder:"), row)
        self.folder_label = form.labelForField(row)
        if isinstance(self.folder_label, QLabel):
            self.folder_label.setBuddy(self.folder)

        self.url = QLineEdit(settings.webdav_url)
        self.url.setObjectName("settingsSyncUrl")
        self.url.setAccessibleName(tr("WebDAV folder address"))
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/files/ana/Team")
        form.addRow(tr("&Address:"), self.url)
        self.user = QLineEdit(settings.webdav_user)
        self.user.setObjectName("settingsSyncUser")
        self.user.setAccessibleName(tr("WebDAV user name"))
        form.addRow(tr("U&ser name:"), self.user)
        note = QLabel(
            tr(
                "The password is asked at the first delivery and kept in the system "
                "keyring, never in a file."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.kind.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.folder, self.browse):
            widget.setEnabled(kind == config.FOLDER)
        for widget in (self.url, self.user):
            widget.setEnabled(kind == config.WEBDAV)

    def _browse(self) -> None:
        chosen = pick_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def apply(self, settings: Settings) -> Settings:
        kind = self.kind.currentData()
        if kind == config.FOLDER and self.folder.text().strip():
            return config.with_folder(settings, self.folder.text().strip())
        if kind == config.WEBDAV and self.url.text().strip():
            return config.with_webdav(settings, self.url.text().strip(), self.user.text().strip())
        return config.without_target(settings)
