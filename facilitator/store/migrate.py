"""Alembic, driven from code: which schema versions exist, and upgrading to the newest."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

SCRIPT_LOCATION = "facilitator.store:migrations"


class Scripts:
    """The migration scripts at one location (the app's own, or a test's)."""

    def __init__(self, location: str = SCRIPT_LOCATION) -> None:
        self.config = Config()
        self.config.set_main_option("script_location", location)
        self._directory = ScriptDirectory.from_config(self.config)
        self.head = self._directory.get_current_head()

    def knows(self, revision: str) -> bool:
        try:
            return self._directory.get_revision(revision) is not None
        except CommandError:
            return False

    def upgrade(self, connection: Connection, target: str = "head") -> None:
        self.config.attributes["connection"] = connection
        try:
            command.upgrade(self.config, target)
        finally:
            del self.config.attributes["connection"]
