"""Wiring: the QApplication, its look, the store, the main window, crash reporting."""

from __future__ import annotations

import logging
import sys
import time
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from facilitator import __version__
from facilitator.bootstrap import open_store
from facilitator.paths import APP_NAME, AppPaths
from facilitator.store.errors import StoreError
from facilitator.store.folder_lock import APP_HOLDER, DataFolderBusyError
from facilitator.store.settings import load_settings
from facilitator.ui import dialogs, single_instance
from facilitator.ui.appearance import apply_appearance
from facilitator.ui.error_dialog import make_excepthook
from facilitator.ui.i18n import install_translators
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
    if app.property("facilitatorTranslators") is None:
        app.setProperty("facilitatorTranslators", install_translators(app))
    return app


def build_main_window(paths: AppPaths) -> MainWindow:
    """Open the store and build the window on it (raises StoreError for a refused database)."""
    db = open_store(paths, writer=APP_HOLDER)
    window = MainWindow(db, paths)
    window.destroyed.connect(db.close)
    return window


def run_app(paths: AppPaths, open_convening: str | None = None, smoke_test: bool = False) -> int:
    app = get_application()
    paths.ensure()
    sys.excepthook = make_excepthook(str(paths.log_file))
    # One window per data folder: a running one comes forward and this launch ends.
    if single_instance.ask_running_to_raise(paths.data_dir):
        print(f"Facilitator is already open on {paths.data_dir}; its window was brought forward.")
        return 0
    apply_appearance(app, load_settings(paths.data_dir))
    try:
        window = build_main_window(paths)
    except DataFolderBusyError as exc:
        log.warning("Data folder busy: %s", exc)
        dialogs.show_error(None, "Facilitator is already running", str(exc))
        return 2
    except StoreError as exc:
        log.error("Could not open the database: %s", exc)
        dialogs.show_error(None, "Facilitator cannot open its data", str(exc))
        return 2
    if open_convening:
        window.open_convening(open_convening)
    server = single_instance.InstanceServer(paths.data_dir, window)
    window.show()
    log.info("Facilitator %s started with data in %s", __version__, paths.data_dir)
    if smoke_test:
        return _smoke_test(app, window)
    code = app.exec()
    server.close()
    window.desktop.backups.backup_on_close()
    window.db.close()
    return code


def _smoke_test(app: QApplication, window: MainWindow) -> int:
    """Show the window, let it paint, say so and quit (checks an installed or frozen build)."""
    handle = window.windowHandle()
    deadline = time.monotonic() + 20
    while not (handle is not None and handle.isExposed()) and time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
    app.processEvents()
    shown = handle is not None and handle.isExposed()
    print(f"window shown: {window.windowTitle()}" if shown else "window not shown", flush=True)
    window.close()
    window.db.close()
    return 0 if shown else 1
