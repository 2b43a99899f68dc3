"""What every view of the window shares: the store, the settings, the clock, one undo stack."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QUndoStack

from facilitator.core.clock import Clock
from facilitator.store.database import Database
from facilitator.store.settings import Settings, load_settings, save_settings


@dataclass
class AppContext:
    db: Database
    undo_stack: QUndoStack
    data_dir: Path | None = None
    settings: Settings = field(default_factory=Settings)

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @classmethod
    def create(cls, db: Database, data_dir: Path | None, undo_stack: QUndoStack) -> AppContext:
        settings = load_settings(data_dir) if data_dir else Settings()
        return cls(db=db, undo_stack=undo_stack, data_dir=data_dir, settings=settings)

    def save_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.data_dir is not None:
            save_settings(self.data_dir, settings)
