"""Which schema versions exist, and upgrading to the newest with Alembic.

Start-up only needs to know whether the file is at the newest revision; that is
read from the migration file names (``NNNN_what.py`` holds revision ``NNNN``), so
Alembic, which takes a tenth of a second to import, loads only when a migration
actually runs. A test checks that the names agree with Alembic's own view.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

SCRIPT_LOCATION = "facilitator.store:migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def _versions_dir(location: str) -> Path:
    if ":" in location:
        package, folder = location.split(":", 1)
        return Path(str(resources.files(package).joinpath(folder))) / "versions"
    return Path(location) / "versions"


class Scripts:
    """The migration scripts at one location (the app's own, or a test's)."""

    def __init__(self, location: str = SCRIPT_LOCATION) -> None:
        self.location = location
        names = sorted(p.name for p in _versions_dir(location).glob("*.py"))
        self.revisions = [m[1] for n in names if (m := _REVISION_FILE.match(n))]
        # Files named otherwise (a test's extra revision): ask Alembic itself.
        self._irregular = any(_REVISION_FILE.match(n) is None for n in names)
        self.head = self._alembic_head() if self._irregular else self.revisions[-1]

    def _config(self) -> Config:
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", self.location)
        return config

    def _alembic_head(self) -> str:
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(self._config()).get_current_head()
        assert head is not None
        return head

    def knows(self, revision: str) -> bool:
        if revision in self.revisions:
            return True
        if not self._irregular:
            return False
        from alembic.script import ScriptDirectory
        from alembic.util.exc import CommandError

        try:
            return ScriptDirectory.from_config(self._config()).get_revision(revision) is not None
        except CommandError:
            return False

    def upgrade(self, connection: Connection, target: str = "head") -> None:
        from alembic import command

        config = self._config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
