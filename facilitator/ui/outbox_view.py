"""File › Outbox…: what is waiting, what went where, why something didn't; the target.

Not modal: it can stay open while deliveries happen and updates as they do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.errors import StoreError
from facilitator.sync import config, outbox
from facilitator.ui.i18n import tr
from facilitator.ui.outbox_model import ID_ROLE, OutboxModel
from facilitator.ui.outbox_runner import OutboxRunner
from facilitator.ui.outbox_target import edit_webdav_target


def choose_folder(parent: QWidget, current: str) -> str | None:
    """Ask for the folder to deliver to (replaced in tests)."""
    path = QFileDialog.getExistingDirectory(parent, tr("Deliver exports to this folder"), current)
    return path or None


def confirm_remove(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Remove from the outbox"),
        tr("Remove {name} from the outbox? A copy already delivered stays where it is.").format(
            name=name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class OutboxDialog(QDialog):
    def __init__(self, runner: OutboxRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ctx = runner.ctx
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(820, 420)

        self.target_label = QLabel()
        self.target_label.setObjectName("outboxTarget")
        self.target_label.setWordWrap(True)
        folder = self._button(self.tr("Deliver to a &folder…"), "outboxSetFolder", self.set_folder)
        webdav = self._button(
            self.tr("Deliver to a &WebDAV server…"), "outboxSetWebdav", self.set_webdav
        )
        self.clear_target = self._button(self.tr("&No target"), "outboxClearTarget", self.clear)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_label, 1)
        for b in (folder, webdav, self.clear_target):
            target_row.addWidget(b)

        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Outbox"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 130)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.deliver_now = buttons.addButton(
            self.tr("&Deliver now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.deliver_now.setObjectName("outboxDeliverNow")
        self.retry = buttons.addButton(
            self.tr("&Retry now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry.setObjectName("outboxRetry")
        self.remove = buttons.addButton(self.tr("Re&move"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove.setObjectName("outboxRemove")
        self.deliver_now.clicked.connect(self.runner.deliver_all_now)
        self.retry.clicked.connect(self.retry_selected)
        self.remove.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(target_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        runner.changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.model.set_entries(outbox.list_outbox(self.ctx.db), self.ctx.clock.now())
        if chosen and (row := self.model.row_of(chosen)) >= 0:
            self.table.selectRow(row)
        target = self.runner.target()
        if target is None:
            self.target_label.setText(self.tr("No target: exports stay on this laptop."))
        else:
            self.target_label.setText(
                self.tr("Delivering to {describe}.").format(describe=target.describe())
            )
        self.clear_target.setEnabled(target is not None)
        self.deliver_now.setEnabled(target is not None and not self.runner.busy)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.retry.setEnabled(chosen and self.runner.target() is not None)
        self.remove.setEnabled(chosen)

    def retry_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        try:
            outbox.retry_now(self.ctx.db, item_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Outbox"), str(exc))
        self.runner.poke()
        self.refresh()

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        name = self.model.entries[self.model.row_of(item_id)].name
        if not confirm_remove(self, name):
            return
        try:
            outbox.remove(self.ctx.db, item_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Outbox"), str(exc))
        self.runner.changed.emit()

    def set_folder(self) -> None:
        path = choose_folder(self, self.ctx.settings.sync_folder)
        if path:
            self.ctx.save_settings(config.with_folder(self.ctx.settings, path))
            self.runner.deliver_all_now()
            self.runner.changed.emit()

    def set_webdav(self) -> None:
        if edit_webdav_target(self, self.ctx):
            self.runner.deliver_all_now()
            self.runner.changed.emit()

    def clear(self) -> None:
        self.ctx.save_settings(config.without_target(self.ctx.settings))
        self.runner.changed.emit()


def open_outbox(parent: QWidget, runner: OutboxRunner) -> OutboxDialog:
    existing = parent.findChild(OutboxDialog, "outboxDialog")
    dialog = existing if isinstance(existing, OutboxDialog) else OutboxDialog(runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    dialog.activateWindow()
    return dialog
