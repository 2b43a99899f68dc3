"""Making a file's new name survive a power cut, shared by every layer that writes files."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries, so a rename into it is durable (POSIX; a no-op on Windows).

    Best effort: a file system that can't sync a folder (some network shares) still got
    the file itself flushed before the rename.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
