"""One writer per data folder: the lock, and who the refusal names."""

from __future__ import annotations

import pytest

from facilitator.bootstrap import open_store
from facilitator.paths import AppPaths
from facilitator.store.folder_lock import APP_HOLDER, DataFolderBusyError, DataFolderLock


def test_a_second_lock_on_the_folder_is_refused_until_the_first_is_released(
    paths: AppPaths,
) -> None:
    first, second = DataFolderLock(paths.data_dir), DataFolderLock(paths.data_dir)
    first.acquire("an import")
    with pytest.raises(DataFolderBusyError, match="Another Facilitator command") as refused:
        second.acquire("a capture")
    assert "an import" in refused.value.holder
    first.release()
    second.acquire("a capture")
    assert second.held
    second.release()


def test_a_writing_command_is_refused_while_the_window_holds_the_folder(paths: AppPaths) -> None:
    window = open_store(paths, writer=APP_HOLDER)
    try:
        with pytest.raises(DataFolderBusyError, match="Facilitator is open on this data folder"):
            open_store(paths)
        reader = open_store(paths, writer=None)  # list, search, export only read
        reader.close()
    finally:
        window.close()
    open_store(paths).close()  # closing the window's database released the folder


def test_a_refused_open_leaves_the_lock_with_its_holder(paths: AppPaths) -> None:
    holder = open_store(paths)
    with pytest.raises(DataFolderBusyError):
        open_store(paths, writer=APP_HOLDER)
    with pytest.raises(DataFolderBusyError):
        DataFolderLock(paths.data_dir).acquire("again")
    holder.close()
