"""Uncaught exceptions are logged and shown, never left to vanish with a silent window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.ui.i18n import tr

log = logging.getLogger("facilitator.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def show_crash_dialog(parent: QWidget | None, summary: str, details: str, log_file: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Facilitator hit a problem"))
    box.setText(
        tr(
            "Something went wrong, and what you were doing may not have finished.\n\n"
            "{summary}\n\n"
            "Everything saved before this moment is safe. The details are in the log:\n"
            "{log_file}"
        ).format(summary=summary, log_file=log_file)
    )
    box.setDetailedText(details)
    box.exec()


def make_excepthook(
    log_file: str, show: Callable[[QWidget | None, str, str, str], None] = show_crash_dialog
) -> ExceptHook:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("Uncaught exception", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        if QApplication.instance() is not None:
            show(QApplication.activeWindow(), f"{kind.__name__}: {value}", details, log_file)

    return hook
