"""Names of the full-text index that migration 0003 creates outside the ORM models.

Schema comparison (Alembic autogenerate and the schema test) must leave the
FTS5 table and its shadow tables alone: they are not models, and a generated
migration that dropped them would silently break search.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "search_index"

# An entry's rowid in the index is its id; a commitment's is its id + COMMITMENT_BASE.
COMMITMENT_BASE = 2**40


def is_search_table(name: str | None) -> bool:
    return bool(name) and str(name).startswith(SEARCH_TABLE)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic's include_name hook: skip the search index when comparing schemas."""
    return not (type_ == "table" and is_search_table(name))
