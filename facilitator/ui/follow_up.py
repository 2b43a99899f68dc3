"""Puts the ledger and search in the main window: a Commitments menu, Ctrl+L and Ctrl+F.

Ctrl+L opens the commitments ledger of every convening in its own window;
Ctrl+F opens the search panel at the window's right. A search result opens its
convening, then the tab that can show it: the capture tab's ``reveal_entry(id)``
for an entry, the Commitments tab's row for a commitment.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QWidget

from facilitator.store.search import COMMITMENT, SearchResult
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr
from facilitator.ui.ledger_view import SHORTCUT as LEDGER_SHORTCUT
from facilitator.ui.ledger_view import LedgerWindow
from facilitator.ui.search_view import SearchPanel

SEARCH_SHORTCUT = "Ctrl+F"


class Host(Protocol):
    """What this needs of the main window."""

    ctx: AppContext
    workspace: QTabWidget

    def open_convening(self, convening_id: str) -> None: ...


class FollowUp:
    """The ledger window and the search dock of one main window."""

    def __init__(self, window: QMainWindow, host: Host) -> None:
        self.window, self.host = window, host
        self.ledger_window: LedgerWindow | None = None
        self.search_panel = SearchPanel(host.ctx)
        self.search_panel.activated.connect(self.open_result)
        self.search_dock = QDockWidget(tr("Search"), window)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self.ledger_action = _action(window, tr("Commitments &ledger…"), LEDGER_SHORTCUT)
        self.ledger_action.setObjectName("ledgerAction")
        self.ledger_action.setStatusTip(tr("Every commitment of every convening, overdue first"))
        self.ledger_action.triggered.connect(self.show_ledger)
        self.search_action = _action(window, tr("&Search…"), SEARCH_SHORTCUT)
        self.search_action.setObjectName("searchAction")
        self.search_action.setStatusTip(tr("Search notes, decisions and commitments everywhere"))
        self.search_action.triggered.connect(self.show_search)
        self.tab_action = _action(window, tr("This convening’s &commitments"), None)
        self.tab_action.triggered.connect(lambda: self._show_tab("commitments"))
        menu = QMenu(tr("Commi&tments"), window)
        menu.setObjectName("commitmentsMenu")
        for action in (self.ledger_action, self.tab_action, self.search_action):
            menu.addAction(action)
        _insert_before_help(window, menu)

    def show_ledger(self) -> LedgerWindow:
        if self.ledger_window is None:
            self.ledger_window = LedgerWindow(self.host.ctx, self.window)
        if self.ledger_window.isVisible():
            self.ledger_window.raise_()  # already open behind the main window
        self.ledger_window.show()
        self.ledger_window.activateWindow()
        self.ledger_window.panel.reload()
        self.ledger_window.panel.table.setFocus()
        return self.ledger_window

    def show_search(self) -> SearchPanel:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_query()
        return self.search_panel

    def _show_tab(self, name: str) -> QWidget | None:
        workspace = self.host.workspace
        view = getattr(workspace, "views", {}).get(name)
        if view is not None and workspace.indexOf(view) >= 0:
            workspace.setCurrentWidget(view)
        return view

    def open_result(self, result: SearchResult) -> None:
        """Open the convening of a search result, then show the record in its tab."""
        self.host.open_convening(result.convening_id)
        if result.type == COMMITMENT:
            view = self._show_tab("commitments")
            select = getattr(view, "select_commitment", None)
            if callable(select):
                select(result.id)
            return
        capture = getattr(self.host.workspace, "views", {}).get("capture")
        reveal = getattr(capture, "reveal_entry", None)
        if callable(reveal):
            self._show_tab("capture")
            reveal(result.id)


def _action(window: QMainWindow, text: str, shortcut: str | None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)
    return action


def _insert_before_help(window: QMainWindow, menu: QMenu) -> None:
    bar = window.menuBar()
    help_action = next(
        (a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "helpMenu"),
        None,
    )
    if help_action is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_action, menu)


def install_follow_up(window: QMainWindow) -> FollowUp:
    return FollowUp(window, window)  # type: ignore[arg-type]
