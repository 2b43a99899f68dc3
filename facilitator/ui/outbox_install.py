"""The outbox in the main window: File › Outbox…, a status-bar line, background delivery."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from facilitator.sync import outbox
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr
from facilitator.ui.outbox_model import clock_text
from facilitator.ui.outbox_runner import OutboxRunner
from facilitator.ui.outbox_view import OutboxDialog, open_outbox

STARTUP_DELAY_MS = 1_500


def short_reason(message: str, limit: int = 70) -> str:
    """The first sentence of a reason, short enough for the status bar."""
    first = message.split(". ")[0].split(" (")[0].rstrip(".")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def indicator_text(ctx: AppContext, runner: OutboxRunner) -> str:
    """ "Outbox: 2 waiting · last try 10:42: server unreachable", "All delivered", or ""."""
    summary = outbox.summarize(ctx.db)
    if summary.waiting == 0:
        return tr("Outbox: all delivered") if summary.delivered else ""
    parts = [tr("Outbox: {waiting} waiting").format(waiting=summary.waiting)]
    if runner.target() is None:
        parts.append(tr("no target set"))
    elif runner.busy:
        parts.append(tr("delivering…"))
    elif runner.last_problem:
        parts.append(runner.last_problem)
    elif summary.last_attempt_at is not None:
        when = clock_text(summary.last_attempt_at, ctx.clock.now())
        tail = f": {short_reason(summary.last_error)}" if summary.last_error else ""
        parts.append(tr("last try {when}{tail}").format(when=when, tail=tail))
    return " · ".join(parts)


class OutboxUi:
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.runner = OutboxRunner(ctx, window)
        self.indicator = QLabel()
        self.indicator.setObjectName("outboxIndicator")
        self.indicator.setAccessibleName(tr("Outbox status"))
        window.statusBar().addPermanentWidget(self.indicator)
        self.action = QAction(tr("Out&box…"), window)
        self.action.setObjectName("outboxAction")
        self.action.triggered.connect(self.open)
        self._add_to_file_menu()
        self.runner.changed.connect(self.refresh)
        self.refresh()
        # Anything left from last time goes once the window is up (a password question,
        # if one is needed, then comes over the window rather than before it).
        self.startup = QTimer(window)
        self.startup.setSingleShot(True)
        self.startup.timeout.connect(self.runner.poke)
        self.startup.start(STARTUP_DELAY_MS)

    def _add_to_file_menu(self) -> None:
        menu = self.window.findChild(QMenu, "fileMenu")
        if menu is None:
            return
        export = getattr(self.window, "export_action", None)
        actions = menu.actions()
        after = actions.index(export) + 1 if export in actions else len(actions)
        if after < len(actions):
            menu.insertAction(actions[after], self.action)
        else:
            menu.addAction(self.action)

    def refresh(self) -> None:
        text = indicator_text(self.ctx, self.runner)
        self.indicator.setText(text)
        summary = outbox.summarize(self.ctx.db)
        self.indicator.setToolTip(summary.last_error or tr("Open File › Outbox… for details."))
        self.indicator.setVisible(bool(text))

    def open(self) -> OutboxDialog:
        return open_outbox(self.window, self.runner)

    def queued(self) -> None:
        """Something was just queued: show it and try at once."""
        self.runner.poke()
        self.refresh()


def install_outbox(window: QMainWindow) -> OutboxUi:
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    return OutboxUi(window, ctx)
