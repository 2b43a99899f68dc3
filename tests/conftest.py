"""Every test gets a fresh data folder, a fake clock, and Qt on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed, and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitator.core.clock import FakeClock
from facilitator.logging_setup import teardown_logging
from facilitator.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from facilitator.store.database import Database, open_database


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data folder, also set in the environment so nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    yield folder
    teardown_logging()


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(paths: AppPaths, clock: FakeClock) -> Iterator[Database]:
    database = open_database(paths.database, clock, backups_dir=paths.backups)
    yield database
    database.close()
