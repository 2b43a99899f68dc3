"""Wiring: the QApplication, its look, the store, the main window, crash reporting."""

from __future__ import annotations

import logging
import sys
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from facilitator import __version__
from facilitator.bootstrap import open_store
from facilitator.paths import APP_NAME, AppPaths
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs
from facilitator.ui.error_dialog import make_excepthook
from facilitator.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def resource_text(name: str) -> str:
    return resources.files("facilitator.resources").joinpath(name).read_text(encoding="utf-8")


def app_icon() -> QIcon:
    with resources.as_file(
        resources.files("facilitator.resources").joinpath("icons/facilitator.svg")
    ) as path:
        return QIcon(str(path))


def get_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.facilitator.Facilitator")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(resource_text("style.qss"))
    return app


def build_main_window(paths: AppPaths) -> MainWindow:
    """Open the store and build the window on it (raises StoreError for a refused database)."""
    db = open_store(paths)
    window = MainWindow(db, paths)
    window.destroyed.connect(db.close)
    return window


def run_app(paths: AppPaths, open_convening: str | None = None) -> int:
    app = get_application()
    paths.ensure()
    sys.excepthook = make_excepthook(str(paths.log_file))
    try:
        window = build_main_window(paths)
    except StoreError as exc:
        log.error("Could not open the database: %s", exc)
        dialogs.show_error(None, "Facilitator cannot open its data", str(exc))
        return 2
    if open_convening:
        window.open_convening(open_convening)
    window.show()
    log.info("Facilitator %s started with data in %s", __version__, paths.data_dir)
    code = app.exec()
    window.db.close()
    return code
