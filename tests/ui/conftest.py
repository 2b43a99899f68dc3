from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.store.database import Database
from facilitator.store.demo import seed_demo
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    seed_demo(db)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
