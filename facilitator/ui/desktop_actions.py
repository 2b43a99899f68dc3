"""The desktop chores of the main window: settings, backups and restore, help.

Adds Edit › Settings… (Ctrl+,), File › Restore from a backup… and Open data folder,
Help › Keyboard shortcuts (F1) and Log viewer, and runs the automatic backups.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStatusBar

from facilitator.logging_setup import current_log_file
from facilitator.store import backups
from facilitator.store.database import open_database
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs
from facilitator.ui.appearance import apply_appearance
from facilitator.ui.backup_scheduler import BackupScheduler, file_signature
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr

log = logging.getLogger(__name__)

SETTINGS_SHORTCUT = "Ctrl+,"
HELP_SHORTCUT = "F1"


def open_folder(path: Path) -> bool:
    """Show ``path`` in the platform's file manager (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Host(Protocol):
    ctx: AppContext
    undo_stack: QUndoStack

    def reload(self, select_id: str | None = None) -> None: ...
    def current_id(self) -> str | None: ...
    def statusBar(self) -> QStatusBar: ...


class Desktop:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.host: Host = window  # type: ignore[assignment]
        self.ctx = self.host.ctx
        self.backups = BackupScheduler(self.ctx.db, window)
        self.backups.skipped.connect(lambda text: self.host.statusBar().showMessage(text, 0))

        self.settings_action = self._action(tr("&Settings…"), SETTINGS_SHORTCUT, self.settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.restore_action = self._action(tr("&Restore from a backup…"), None, self.restore)
        self.folder_action = self._action(tr("Open data &folder"), None, self.open_data_folder)
        self.shortcuts_action = self._action(
            tr("&Keyboard shortcuts"), HELP_SHORTCUT, self.show_shortcuts
        )
        self.log_action = self._action(tr("&Log viewer"), None, self.show_log)

        edit = _menu(window, "editMenu")
        if edit is not None:
            edit.addSeparator()
            edit.addAction(self.settings_action)
        file_menu = _menu(window, "fileMenu")
        if file_menu is not None:
            quit_action = next(
                (a for a in file_menu.actions() if a.objectName() == "quitAction"), None
            )
            file_menu.insertAction(quit_action, self.restore_action)  # type: ignore[arg-type]
            file_menu.insertAction(quit_action, self.folder_action)  # type: ignore[arg-type]
            file_menu.insertSeparator(quit_action)  # type: ignore[arg-type]
        help_menu = _menu(window, "helpMenu")
        if help_menu is not None:
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertAction(first, self.shortcuts_action)  # type: ignore[arg-type]
            help_menu.insertAction(first, self.log_action)  # type: ignore[arg-type]
            help_menu.insertSeparator(first)  # type: ignore[arg-type]

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self.window)
        name = "".join(c for c in text.title() if c.isalnum())
        action.setObjectName(name[0].lower() + name[1:] + "Action")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- settings ------------------------------------------------------------------------

    def settings(self) -> None:
        from facilitator.ui import settings_dialog

        changed = settings_dialog.edit_settings(self.window, self.ctx.settings)
        if changed is None:
            return
        self.ctx.save_settings(changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, changed)

    # -- backups -------------------------------------------------------------------------

    def open_data_folder(self) -> None:
        folder = self.ctx.data_dir or self.ctx.db.path.parent
        if not open_folder(folder):
            dialogs.show_error(self.window, tr("Open data folder"), str(folder))

    def restore(self) -> None:
        from facilitator.ui import restore_dialog

        db = self.ctx.db
        found = backups.list_backups(db.backups_dir)
        if not found:
            dialogs.show_error(
                self.window,
                tr("No backups yet"),
                tr("There are no backups in {0} yet.").format(db.backups_dir),
            )
            return
        chosen = restore_dialog.choose_backup(self.window, found)
        if chosen is None:
            return
        current = self.host.current_id()
        # Every connection closes first: the backup API then replaces the file's pages whole.
        db.engine.dispose()
        try:
            safety = backups.restore_backup(chosen.path, db.path, db.backups_dir, db.clock.now())
            # An older copy is upgraded as any older database is, before the window reads it.
            open_database(db.path, db.clock, backups_dir=db.backups_dir).close()
        except (StoreError, OSError, sqlite3.Error) as exc:
            log.exception("Restore from %s failed", chosen.path)
            dialogs.show_error(self.window, tr("Restore failed"), str(exc))
            return
        # Undo would replay edits onto records the restored copy may not have.
        self.host.undo_stack.clear()
        self.backups.last_signature = file_signature(db.path)
        self.host.reload(current)
        self.host.statusBar().showMessage(
            tr("Restored the copy of {0}. What it replaced is saved as {1}.").format(
                restore_dialog.when(chosen), safety.name
            ),
            0,
        )

    # -- help ----------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from facilitator.ui import shortcut_sheet

        shortcut_sheet.show_sheet(self.window)

    def show_log(self) -> None:
        from facilitator.ui import log_viewer

        log_viewer.show_log_viewer(self.window, current_log_file())


def _menu(window: QMainWindow, name: str) -> QMenu | None:
    return window.menuBar().findChild(QMenu, name)


def install_desktop(window: QMainWindow) -> Desktop:
    return Desktop(window)
