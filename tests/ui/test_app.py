"""Start-up wiring: a refused database is explained; a crash is logged and shown."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys

import pytest

from facilitator import app
from facilitator.paths import AppPaths
from facilitator.ui import dialogs
from facilitator.ui.error_dialog import make_excepthook


def test_a_newer_database_shows_a_message_and_no_window(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    first = app.build_main_window(paths)
    first.db.close()
    first.deleteLater()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app replaces it
    assert app.run_app(paths) == 2
    assert len(shown) == 1 and "newer version of Facilitator" in shown[0]


def test_an_uncaught_exception_is_logged_and_shown(
    caplog: pytest.LogCaptureFixture, qapp: object
) -> None:
    shown: list[tuple[str, str]] = []
    hook = make_excepthook("/tmp/log", show=lambda p, s, d, f: shown.append((s, d)))
    try:
        raise RuntimeError("lost the projector")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL, logger="facilitator.crash"):
            hook(type(exc), exc, exc.__traceback__)
    assert shown and shown[0][0] == "RuntimeError: lost the projector"
    assert "Traceback" in shown[0][1]
    assert "Uncaught exception" in caplog.text


def test_the_window_has_the_app_icon_and_stylesheet(paths: AppPaths, qapp: object) -> None:
    qt_app = app.get_application()
    assert not qt_app.windowIcon().isNull()
    assert "countTile" in qt_app.styleSheet()


def test_a_plain_start_loads_neither_the_word_writer_nor_alembic(paths: AppPaths) -> None:
    """Both cost a tenth of a second each; they load when exporting or migrating."""
    from facilitator.bootstrap import open_store

    open_store(paths).close()  # the database exists and is at the newest schema
    script = (
        "import sys\n"
        "from facilitator.app import build_main_window, get_application\n"
        "from facilitator.paths import resolve_paths\n"
        "app = get_application()\n"
        f"window = build_main_window(resolve_paths({str(paths.data_dir)!r}))\n"
        "print(sorted(m for m in ('docx', 'alembic') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
