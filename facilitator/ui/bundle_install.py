"""File › Export bundle…, Import bundle… and Conflicts… in the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from facilitator.store.errors import StoreError
from facilitator.sync.bundle import SUFFIX, export_bundle, import_bundle
from facilitator.sync.safe_read import BadFileError
from facilitator.ui import dialogs
from facilitator.ui.conflicts_view import ConflictsDialog, open_conflicts
from facilitator.ui.i18n import tr


def _pattern() -> str:
    return tr("Facilitator bundle (*{suffix})").format(suffix=SUFFIX)


# Modal questions, module-level so tests can replace them.
def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export bundle"), suggested, _pattern())
    return Path(path) if path else None


def ask_open_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import bundle"), "", _pattern())
    return Path(path) if path else None


def show_result(parent: QWidget, title: str, text: str, *, offer_conflicts: bool) -> bool:
    """Say what happened; True when the user asks to see the conflicts now."""
    if not offer_conflicts:
        QMessageBox.information(parent, title, text)
        return False
    answer = QMessageBox.question(
        parent,
        title,
        tr("{text}\n\nSettle the conflicts now?").format(text=text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _file_name(title: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return (" ".join(kept.split())[:80] or "convening") + SUFFIX


class BundleUi:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.ctx = window.ctx
        self.conflicts_dialog: ConflictsDialog | None = None
        self.export_action = self._action(tr("Export &bundle…"), "exportBundleAction", self.export)
        self.import_action = self._action(tr("Import b&undle…"), "importBundleAction", self.import_)
        self.conflicts_action = self._action(tr("Con&flicts…"), "conflictsAction", self.conflicts)
        self._add_to_file_menu()

    def _action(self, text: str, name: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _add_to_file_menu(self) -> None:
        menu = self.window.findChild(QMenu, "fileMenu")
        if menu is None:
            return
        actions = menu.actions()
        quit_action = next((a for a in actions if a.objectName() == "quitAction"), None)
        before = None
        if quit_action is not None:
            # Just above the separator that precedes Quit.
            index = actions.index(quit_action)
            before = (
                actions[index - 1]
                if index > 0 and actions[index - 1].isSeparator()
                else quit_action
            )
        for action in (self.export_action, self.import_action, self.conflicts_action):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
        if before is not None:
            menu.insertSeparator(self.export_action)

    def export(self) -> None:
        current = self.window.current_id()
        if current is None:
            return
        title = self.window.windowTitle().removesuffix(" — Facilitator")
        path = ask_save_path(self.window, _file_name(title))
        if path is None:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            export_bundle(self.ctx.db, current, path)
        except (StoreError, OSError) as exc:
            dialogs.show_error(self.window, tr("Export bundle"), str(exc))
            return
        show_result(
            self.window,
            tr("Export bundle"),
            tr("Wrote {path}.\nPrivate entries and commitments were left out.").format(path=path),
            offer_conflicts=False,
        )

    def import_(self) -> None:
        path = ask_open_path(self.window)
        if path is None:
            return
        try:
            summary = import_bundle(self.ctx.db, path)
        except (BadFileError, StoreError, OSError) as exc:
            dialogs.show_error(
                self.window,
                tr("Import bundle"),
                tr("{exc}\n\nNothing was changed.").format(exc=exc),
            )
            return
        self.window.reload(summary.convening_id)
        if show_result(
            self.window,
            tr("Import bundle"),
            summary.describe(),
            offer_conflicts=summary.conflicts > 0,
        ):
            self.conflicts()

    def conflicts(self) -> None:
        current = self.window.current_id()
        if current is None:
            return
        self.conflicts_dialog = open_conflicts(self.window, self.ctx, current)
        # Settled values show in the open views once the dialog closes.
        self.conflicts_dialog.finished.connect(lambda _code: self.window.reload(current))


def install_bundle(window: Any) -> BundleUi:
    return BundleUi(window)
