"""Consistent copies of the live database, taken with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in
the write-ahead log; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_database(source: Path, backups_dir: Path, label: str, now: datetime) -> Path:
    """Copy ``source`` to ``backups_dir`` as ``facilitator-<stamp>-<label>.sqlite``."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"facilitator-{now:%Y%m%d-%H%M%S}-{label}.sqlite"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # A backup is either whole under its final name or absent.
    partial.replace(target)
    return target
