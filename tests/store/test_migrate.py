from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from facilitator.store import migrate


def test_file_names_agree_with_alembic_on_every_revision_and_the_head() -> None:
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    directory = ScriptDirectory.from_config(config)
    scripts = migrate.Scripts()
    assert scripts.head == directory.get_current_head()
    assert sorted(scripts.revisions) == sorted(s.revision for s in directory.walk_revisions())
    # one line of history: each revision follows the one before it
    for older, newer in zip(scripts.revisions, scripts.revisions[1:], strict=False):
        assert directory.get_revision(newer).down_revision == older


def test_unknown_revisions_are_not_known() -> None:
    scripts = migrate.Scripts()
    assert scripts.knows(scripts.head)
    assert not scripts.knows("9999")
    assert not scripts.knows("zz_future")
