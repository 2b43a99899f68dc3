"""The WebDAV target dialog: address, user name, password (to the keyring, never a file)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from facilitator.sync import config
from facilitator.sync.passwords import passwords
from facilitator.sync.target_base import TargetError
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr


class WebDavDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webdavDialog")
        self.setWindowTitle(self.tr("Deliver to a WebDAV server"))
        self.url = QLineEdit(ctx.settings.webdav_url)
        self.url.setObjectName("webdavUrl")
        self.url.setAccessibleName(self.tr("Folder address"))
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/files/ana/Team")
        self.user = QLineEdit(ctx.settings.webdav_user)
        self.user.setObjectName("webdavUser")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("webdavPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to keep the stored one"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(
            "",
            QLabel(self.tr("The password goes to the system keyring, never to a file.")),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def run_webdav_dialog(parent: QWidget, ctx: AppContext) -> tuple[str, str, str] | None:
    """(url, user, password or "") or None when cancelled (replaced in tests)."""
    dialog = WebDavDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url.text().strip(), dialog.user.text().strip(), dialog.password.text()


def show_problem(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, tr("Delivery target"), message)


def edit_webdav_target(parent: QWidget, ctx: AppContext) -> bool:
    answer = run_webdav_dialog(parent, ctx)
    if answer is None:
        return False
    url, user, password = answer
    try:
        updated = config.with_webdav(ctx.settings, url, user)
    except TargetError as exc:
        show_problem(parent, exc.message)
        return False
    ctx.save_settings(updated)
    if password and not passwords.set(updated.webdav_url, user, password):
        show_problem(
            parent,
            tr(
                "There is no system keyring on this computer, so the password is kept only "
                "until Facilitator closes; it will ask again next time."
            ),
        )
    return True
