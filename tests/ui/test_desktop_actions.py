"""Settings, backups and restore, help: the desktop chores of the main window."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator import __version__
from facilitator.core.clock import FakeClock
from facilitator.logging_setup import setup_logging
from facilitator.paths import AppPaths
from facilitator.store import backups, convenings
from facilitator.store.backups import BackupInfo
from facilitator.store.convenings import NewConvening
from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.store.settings import Settings, load_settings
from facilitator.ui import (
    desktop_actions,
    dialogs,
    log_viewer,
    restore_dialog,
    settings_dialog,
    shortcut_sheet,
)
from facilitator.ui.appearance import apply_theme
from facilitator.ui.backup_scheduler import BackupScheduler
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """Puts the application's font, stylesheet, style and colours back after a test."""
    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    yield qapp
    apply_theme(qapp, "system")
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("facilitatorBaseFont", None)


@pytest.fixture
def win(qtbot: QtBot, db: Database, paths: AppPaths) -> MainWindow:
    seed_demo(db)
    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(window: MainWindow) -> set[str]:
    return {window.model.summary_at(r).title for r in range(window.model.rowCount())}


def test_settings_are_saved_and_theme_and_text_size_apply_at_once(
    win: MainWindow, paths: AppPaths, app_look: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = app_look.font().pointSizeF()

    def edit(parent: object, settings: Settings) -> Settings:
        dialog = settings_dialog.SettingsDialog(None, settings)
        dialog.organisation.setText("Cities Network")
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.5))
        dialog.visibility["quote"].setCurrentIndex(dialog.visibility["quote"].findData("private"))
        dialog.wrap_up.setValue(3)
        return dialog.result_settings()

    monkeypatch.setattr(settings_dialog, "edit_settings", edit)
    win.desktop.settings_action.trigger()

    saved = load_settings(paths.data_dir)
    assert saved.organisation == "Cities Network"
    assert (saved.theme, saved.text_scale, saved.wrap_up_warning_seconds) == ("dark", 1.5, 180)
    assert saved.default_visibility["quote"] == "private"
    assert win.ctx.settings == saved
    assert app_look.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app_look.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    assert app_look.font().pointSizeF() == pytest.approx(before * 1.5)
    assert "30.0pt" in app_look.styleSheet()  # the overview title's 20pt, scaled


def test_the_settings_dialog_keeps_what_it_does_not_show(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = Settings(organisation="Org", word_template="/t.docx", theme="light", text_scale=1.3)
    dialog = settings_dialog.SettingsDialog(None, start)
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == start
    asked: list[str] = []
    monkeypatch.setattr(
        settings_dialog, "pick_template", lambda parent, current: asked.append(current) or "/o.docx"
    )
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert asked == ["/t.docx"] and dialog.template.text() == "/o.docx"
    assert dialog.result_settings().word_template == "/o.docx"


def test_restore_brings_back_a_backup_in_the_open_window(
    win: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _titles(win)
    copy = win.desktop.backups.backup_now(backups.SCHEDULED)
    assert copy is not None
    clock.advance(600)
    convenings.create_convening(win.db, NewConvening(title="Written after the backup"))
    win.reload()
    assert "Written after the backup" in _titles(win)
    offered: list[list[BackupInfo]] = []

    def choose(parent: object, found: list[BackupInfo]) -> BackupInfo:
        offered.append(found)
        return found[0]

    monkeypatch.setattr(restore_dialog, "choose_backup", choose)
    win.desktop.restore_action.trigger()

    assert [b.path for b in offered[0]] == [copy]
    assert _titles(win) == before
    assert win.undo_stack.count() == 0
    assert "Restored the copy" in win.statusBar().currentMessage()
    labels = [b.label for b in backups.list_backups(win.db.backups_dir)]
    assert labels == ["before-restore", "scheduled"]


def test_the_restore_list_shows_date_kind_and_size(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "facilitator-20260310-080000-on-close.sqlite"
    path.write_bytes(b"x" * 250_000)
    found = backups.list_backups(tmp_path)
    dialog = restore_dialog.RestoreDialog(None, found)
    qtbot.addWidget(dialog)
    row = [dialog.table.item(0, c).text() for c in range(3)]
    assert "2026" in row[0] and row[1] == "When the app closed" and row[2] == "0.2 MB"
    assert dialog.chosen() == found[0]


def test_backups_are_taken_only_when_something_changed(db: Database, clock: FakeClock) -> None:
    scheduler = BackupScheduler(db)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 30 * 60 * 1000
    assert scheduler.backup_if_changed(backups.SCHEDULED) is None
    convenings.create_convening(db, NewConvening(title="A change"))
    first = scheduler.backup_if_changed(backups.SCHEDULED)
    assert first is not None and first.exists()
    clock.advance(1800)
    assert scheduler.backup_if_changed(backups.SCHEDULED) is None
    convenings.create_convening(db, NewConvening(title="Another"))
    clock.advance(60)
    closing = scheduler.backup_on_close()
    assert closing is not None and "on-close" in closing.name
    assert not scheduler.timer.isActive()


def test_open_data_folder_asks_the_platform(
    win: MainWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(desktop_actions, "open_folder", lambda p: opened.append(p) or True)
    win.desktop.folder_action.trigger()
    assert opened == [paths.data_dir]


def test_f1_opens_a_sheet_of_the_windows_real_shortcuts(
    win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        shortcut_sheet, "show_sheet", lambda w: shown.append(shortcut_sheet.sheet_html(w))
    )
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_F1)
    assert len(shown) == 1
    sheet = shown[0]
    for expected in (
        "Quick capture",
        "Ctrl+E",
        "Commitments ledger",
        "Ctrl+L",
        "Settings",
        "Ctrl+,",
        "In the Agenda tab",
        "Ctrl+Up",
        "Space",
        "Alt+V",
        "Keyboard shortcuts",
    ):
        assert expected in sheet, expected


def test_the_sheet_lists_a_new_action_with_its_key(win: MainWindow) -> None:
    action = win.desktop._action("Frobnicate the agenda", "Ctrl+Alt+J", lambda: None)
    assert "Frobnicate the agenda" in shortcut_sheet.sheet_html(win)
    action.setShortcut("")
    assert "Frobnicate the agenda" not in shortcut_sheet.sheet_html(win)


def test_the_log_viewer_shows_the_log_and_refreshes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = tmp_path / "logs" / "facilitator.log"
    setup_logging(log_file)
    logging.getLogger("facilitator.test").info("projector connected")
    viewer = log_viewer.LogViewer(None, log_file)
    qtbot.addWidget(viewer)
    assert "projector connected" in viewer.text.toPlainText()
    assert viewer.text.isReadOnly()
    logging.getLogger("facilitator.test").info("second line")
    qtbot.mouseClick(viewer.refresh_button, Qt.MouseButton.LeftButton)
    assert "second line" in viewer.text.toPlainText()
    opened: list[Path] = []
    monkeypatch.setattr(desktop_actions, "open_folder", lambda p: opened.append(p) or True)
    qtbot.mouseClick(viewer.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [log_file.parent]


def test_a_long_log_shows_its_end(tmp_path: Path) -> None:
    path = tmp_path / "big.log"
    path.write_text("".join(f"line {n}\n" for n in range(100_000)))
    text = log_viewer.read_tail(path, limit=1000)
    assert text.endswith("line 99999\n") and text.startswith("line ")


def test_about_names_the_version_and_where_the_data_is(paths: AppPaths, qapp: object) -> None:
    setup_logging(paths.log_file)
    text = dialogs.about_html(__version__, str(paths.database))
    assert __version__ in text and str(paths.database) in text
    assert str(paths.backups) in text and str(paths.log_file) in text


def test_help_menu_has_shortcuts_log_and_about(win: MainWindow) -> None:
    from PySide6.QtWidgets import QMenu

    help_menu = win.menuBar().findChild(QMenu, "helpMenu")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Keyboard shortcuts", "&Log viewer"]
    assert any("About" in t for t in texts)
    assert isinstance(QGuiApplication.instance(), QApplication)


def test_the_delivery_target_is_set_in_settings(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import settings_sync

    dialog = settings_dialog.SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    sync = dialog.sections[0]
    assert isinstance(sync, settings_sync.SyncSection)
    assert not sync.folder.isEnabled() and not sync.url.isEnabled()
    monkeypatch.setattr(settings_sync, "pick_folder", lambda parent, current: "/drive/Team")
    sync.kind.setCurrentIndex(sync.kind.findData("folder"))
    qtbot.mouseClick(sync.browse, Qt.MouseButton.LeftButton)
    chosen = dialog.result_settings()
    assert (chosen.sync_target_kind, chosen.sync_folder) == ("folder", "/drive/Team")

    sync.kind.setCurrentIndex(sync.kind.findData("webdav"))
    sync.url.setText("ftp://example.org/team")
    dialog.accept()  # refused: the dialog stays open and says why
    assert dialog.result() != settings_dialog.QDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden() and dialog.problem.text()
    sync.url.setText("https://cloud.example.org/dav/Team")
    sync.user.setText("ana")
    chosen = dialog.result_settings()
    assert (chosen.sync_target_kind, chosen.webdav_url, chosen.webdav_user) == (
        "webdav",
        "https://cloud.example.org/dav/Team",
        "ana",
    )
    sync.kind.setCurrentIndex(sync.kind.findData(""))
    assert dialog.result_settings().sync_target_kind == ""
