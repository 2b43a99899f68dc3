"""full-text search over entries and commitments

One FTS5 table indexes both kinds of record; its rowid encodes which one
(an entry's id, or a commitment's id + 2**40) so triggers find a row by key and
a search reads either kind newest first by a rowid range, stopping at its limit. The
unicode61 tokenizer with remove_diacritics 2 folds case and accents, so
"ramirez" finds "Ramírez". Tombstoned rows are taken out of the index and put
back when restored.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Migrations never import app code: the table name and the commitments' rowid offset
# (2**40) are repeated in facilitator/store/search_index.py.
_ENTRY_ROW = """
    SELECT {e}.id, {e}.text, trim({e}.rationale || ' ' || {e}.resolution), {e}.speaker
"""
_COMMITMENT_ROW = """
    SELECT {c}.id + 1099511627776, {c}.text, {c}.notes,
           trim(coalesce((SELECT p.name FROM participant p
                          WHERE p.id = {c}.owner_participant_id), '')
                || ' ' || {c}.owner_organisation)
"""
_COLUMNS = "search_index(rowid, body, detail, people)"

_TRIGGERS = [
    f"""CREATE TRIGGER search_entry_insert AFTER INSERT ON entry WHEN new.deleted = 0 BEGIN
        INSERT INTO {_COLUMNS} {_ENTRY_ROW.format(e="new")};
    END""",
    """CREATE TRIGGER search_entry_delete AFTER DELETE ON entry BEGIN
        DELETE FROM search_index WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER search_entry_update
        AFTER UPDATE OF text, rationale, resolution, speaker, deleted ON entry BEGIN
        DELETE FROM search_index WHERE rowid = old.id;
        INSERT INTO {_COLUMNS} {_ENTRY_ROW.format(e="new")} WHERE new.deleted = 0;
    END""",
    f"""CREATE TRIGGER search_commitment_insert AFTER INSERT ON commitment
        WHEN new.deleted = 0 BEGIN
        INSERT INTO {_COLUMNS} {_COMMITMENT_ROW.format(c="new")};
    END""",
    """CREATE TRIGGER search_commitment_delete AFTER DELETE ON commitment BEGIN
        DELETE FROM search_index WHERE rowid = old.id + 1099511627776;
    END""",
    f"""CREATE TRIGGER search_commitment_update
        AFTER UPDATE OF text, notes, owner_participant_id, owner_organisation, deleted
        ON commitment BEGIN
        DELETE FROM search_index WHERE rowid = old.id + 1099511627776;
        INSERT INTO {_COLUMNS} {_COMMITMENT_ROW.format(c="new")} WHERE new.deleted = 0;
    END""",
    # A renamed participant is found under the new name in the commitments they own.
    f"""CREATE TRIGGER search_participant_rename AFTER UPDATE OF name ON participant BEGIN
        DELETE FROM search_index WHERE rowid IN
            (SELECT id + 1099511627776 FROM commitment WHERE owner_participant_id = new.id);
        INSERT INTO {_COLUMNS} {_COMMITMENT_ROW.format(c="c")}
            FROM commitment c WHERE c.owner_participant_id = new.id AND c.deleted = 0;
    END""",
]

_TRIGGER_NAMES = [
    "search_entry_insert",
    "search_entry_delete",
    "search_entry_update",
    "search_commitment_insert",
    "search_commitment_delete",
    "search_commitment_update",
    "search_participant_rename",
]


def upgrade() -> None:
    # prefix='2 3': short prefixes typed in the search field use an index, not a term scan.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, detail, people, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for trigger in _TRIGGERS:
        op.execute(trigger)
    op.execute(
        f"INSERT INTO {_COLUMNS} {_ENTRY_ROW.format(e='e')} FROM entry e WHERE e.deleted = 0"
    )
    op.execute(
        f"INSERT INTO {_COLUMNS} {_COMMITMENT_ROW.format(c='c')} "
        "FROM commitment c WHERE c.deleted = 0"
    )


def downgrade() -> None:
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
