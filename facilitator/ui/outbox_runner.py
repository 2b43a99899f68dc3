"""Delivering the outbox in the background, so the window never waits on a network.

A QTimer asks every 30 seconds; a pass runs on a one-thread pool and talks to the
store through its own sessions. With no target configured nothing is ever started,
so an unconfigured app makes no network connection at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from facilitator.sync import config, outbox
from facilitator.sync.passwords import passwords
from facilitator.sync.target_base import Target
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import tr

log = logging.getLogger(__name__)

TICK_MS = 30_000


def ask_password(parent: QWidget | None, url: str, user: str) -> str | None:
    """Ask for the WebDAV password (replaced in tests); None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        tr("Password for delivery"),
        tr("Password for {user} at {url}\n(kept until Facilitator closes):").format(
            user=user, url=url
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class _Signals(QObject):
    item_done = Signal(object)  # DeliveryReport, from the worker thread
    finished = Signal(object)  # list[DeliveryReport] or an error message


class _Pass(QRunnable):
    def __init__(self, ctx: AppContext, target: Target, signals: _Signals) -> None:
        super().__init__()
        self.ctx, self.target, self.signals = ctx, target, signals

    def run(self) -> None:
        try:
            reports = outbox.deliver_due(
                self.ctx.db, self.target, progress=self.signals.item_done.emit
            )
        except Exception as exc:  # never let a worker die silently
            log.exception("Outbox delivery pass failed")
            self.signals.finished.emit(str(exc))
            return
        self.signals.finished.emit(reports)


class OutboxRunner(QObject):
    """Starts delivery passes; ``changed`` fires whenever the outbox may look different."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxRunner")
        self.ctx = ctx
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy = False
        self.last_problem = ""
        self._asked_password = False
        self._signals = _Signals(self)
        self._signals.item_done.connect(lambda _report: self.changed.emit())
        self._signals.finished.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setObjectName("outboxTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.poke)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.password_prompt: Callable[[QWidget | None, str, str], str | None] = ask_password

    def target(self) -> Target | None:
        return config.target_from_settings(self.ctx.settings)

    def poke(self) -> bool:
        """Start a pass if there is a target, something waiting, and none running."""
        if self.busy:
            return False
        target = self.target()
        if target is None or not outbox.list_outbox(self.ctx.db, include_delivered=False):
            return False
        if not self._password_ready():
            return False
        self.busy = True
        self.changed.emit()
        self.pool.start(_Pass(self.ctx, target, self._signals))
        return True

    def deliver_all_now(self) -> bool:
        """Make every waiting item due, then start a pass."""
        for entry in outbox.list_outbox(self.ctx.db, include_delivered=False):
            outbox.retry_now(self.ctx.db, entry.id)
        self._asked_password = False
        return self.poke()

    def _password_ready(self) -> bool:
        settings = self.ctx.settings
        if not config.password_missing(settings):
            return True
        if self._asked_password:
            self.last_problem = self.tr("the WebDAV password is needed (File › Outbox…)")
            return False
        self._asked_password = True
        typed = self.password_prompt(self.window, settings.webdav_url, settings.webdav_user)
        if not typed:
            self.last_problem = self.tr("the WebDAV password is needed (File › Outbox…)")
            self.changed.emit()
            return False
        passwords.remember_for_session(settings.webdav_url, settings.webdav_user, typed)
        return True

    def _finished(self, result: object) -> None:
        self.busy = False
        if isinstance(result, str):
            self.last_problem = result
        else:
            self.last_problem = ""
        self.changed.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self.pool.waitForDone(5_000)
