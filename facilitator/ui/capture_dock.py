"""Puts the capture bar in the main window: a bottom dock, the Ctrl+E action, draft recovery.

Ctrl+E is an application-wide shortcut: it opens the bar (or brings the focus
back to it) from any tab, list or field of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QWidget

from facilitator.store import convenings
from facilitator.store.drafts import load_draft
from facilitator.store.errors import StoreError
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr
from facilitator.ui.quick_capture import QuickCapture

SHORTCUT = "Ctrl+E"


def _selected_item(workspace: QTabWidget) -> Callable[[], str | None]:
    """The agenda item the visible tab has selected, if it says (``current_item_id()``)."""

    def selected() -> str | None:
        view = workspace.currentWidget()
        getter = getattr(view, "current_item_id", None)
        value = getter() if callable(getter) else None
        return value if isinstance(value, str) else None

    return selected


def install_quick_capture(
    window: QMainWindow,
    ctx: AppContext,
    workspace: QTabWidget,
    current_convening: Callable[[], str | None],
    open_convening: Callable[[str], None],
) -> QuickCapture:
    bar = QuickCapture(ctx, current_convening, _selected_item(workspace))
    dock = QDockWidget(tr("Capture"), window)
    dock.setObjectName("captureDock")
    dock.setTitleBarWidget(QWidget())
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
    dock.setWidget(bar)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    bar.host = dock

    action = QAction(tr("&Quick capture"), window)
    action.setObjectName("quickCaptureAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setStatusTip(tr("Capture a note, decision, question, quote, feedback or commitment"))
    action.triggered.connect(bar.open_bar)
    window.addAction(action)
    for menu in window.menuBar().findChildren(QMenu):
        if menu.objectName() == "editMenu" or menu.title().replace("&", "") == "Edit":
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, action)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
            break
    bar.open_action = action  # type: ignore[attr-defined]

    if ctx.data_dir is not None:
        draft = load_draft(ctx.data_dir)
        if draft is not None and _exists(ctx, draft.convening_id):
            if current_convening() != draft.convening_id:
                open_convening(draft.convening_id)
            bar.restore(draft)
            bar.open_bar()
    return bar


def _exists(ctx: AppContext, convening_id: str) -> bool:
    try:
        convenings.get_overview(ctx.db, convening_id)
    except StoreError:
        return False
    return True
