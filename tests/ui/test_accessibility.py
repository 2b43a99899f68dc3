"""Every control a person can reach has a name a screen reader can say.

A control is named when it has an accessible name, a label that is its buddy,
or visible text of its own (a button's caption, a checkbox's text).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.store.settings import Settings
from facilitator.ui import log_viewer, restore_dialog, settings_dialog, shortcut_sheet
from facilitator.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
# Parts Qt builds inside other controls (a spin box's editor, a combo box's popup list, a
# line edit's clear button, a tab bar's scroll arrows): the control around them carries
# the name. A cell editor in a table is named by its column.
INNER_PARTS = (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QScrollBar,
    QHeaderView,
    QAbstractItemView,
)


def _is_inner(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):  # e.g. a toolbar's overflow button
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INNER_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        text = widget.text()
        action = getattr(widget, "defaultAction", lambda: None)()
        if not text and action is not None:
            text = action.text()
        return text.replace("&", "").strip()
    return ""


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_inner(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies or _own_text(widget):
            continue
        path = []
        node: QWidget | None = widget
        while node is not None and node is not root:
            path.append(node.objectName() or type(node).__name__)
            node = node.parentWidget()
        missing.append(f"{type(widget).__name__} at {' < '.join(path)}")
    return missing


def test_every_control_of_the_main_window_is_named_on_every_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.quick_capture.open_bar()
    missing: set[str] = set()
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        qtbot.wait(1)
        missing.update(unnamed_controls(window))
    window.follow_up.show_search()
    missing.update(unnamed_controls(window))
    assert sorted(missing) == []


def test_every_control_of_the_ledger_window_is_named(window: MainWindow) -> None:
    ledger = window.follow_up.show_ledger()
    assert unnamed_controls(ledger) == []
    ledger.close()


def test_every_control_of_the_export_dialog_is_named(window: MainWindow, qtbot: QtBot) -> None:
    from facilitator.ui.export_dialog import ExportDialog

    current = window.current_id()
    assert current is not None
    dialog = ExportDialog(window.ctx, current, window)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda w: settings_dialog.SettingsDialog(w, Settings()),
        lambda w: restore_dialog.RestoreDialog(w, []),
        lambda w: shortcut_sheet.ShortcutSheet(w),
        lambda w: log_viewer.LogViewer(w, None),
    ],
    ids=["settings", "restore", "shortcuts", "log"],
)
def test_every_control_of_the_desktop_dialogs_is_named(
    window: MainWindow, qtbot: QtBot, build: object
) -> None:
    dialog: QDialog = build(window)  # type: ignore[operator]
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("nameless")
    named = QLineEdit(root)
    named.setAccessibleName("Title")
    buddy = QLineEdit(root)
    QLabel("&Place", root).setBuddy(buddy)
    assert unnamed_controls(root) == ["QLineEdit at nameless"]


def test_the_settings_dialog_is_reachable_by_tab_in_reading_order(qtbot: QtBot) -> None:
    dialog = settings_dialog.SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    order: list[QWidget] = []
    widget = dialog.organisation
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is dialog.organisation:
            break
    names = [w.objectName() for w in order]
    wanted = [
        "settingsOrganisation",
        "settingsTemplate",
        "settingsBrowse",
        "settingsVisibility_note",
        "settingsVisibility_commitment",
        "settingsWrapUp",
        "settingsTheme",
        "settingsTextSize",
    ]
    positions = [names.index(n) for n in wanted]
    assert positions == sorted(positions)
