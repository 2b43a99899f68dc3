"""Full-text search across every convening's entries and commitments.

The FTS5 index (migration 0003) folds case and accents; this module turns what
someone typed into a query FTS5 can't choke on, then joins the matches back to
their records, leaving out tombstones and deleted convenings. The last word
matches as a prefix, so results follow the typing. Results come newest first:
what was said most recently is what people look for, and it lets a search of a
common word stop after the first matches instead of ranking them all.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, text

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.core.snippet import mark, query_words
from facilitator.store.database import Database
from facilitator.store.search_index import COMMITMENT_BASE
from facilitator.store.types import UTCDateTime

# The pseudo-kind of a commitment among the entry kinds, for filters and results.
COMMITMENT = "commitment"
KINDS: tuple[str, ...] = (*(k.value for k in EntryKind), COMMITMENT)

# Marks around matched words in a snippet; private-use characters never typed by anyone.
MARK_START, MARK_END = "\ue000", "\ue001"
DEFAULT_LIMIT = 50

# A word as the index's tokenizer sees it: letters and digits (unicode61 splits on the rest).
_WORD = re.compile(r"\w+", re.UNICODE)
_UTC = UTCDateTime()


@dataclass(frozen=True)
class SearchResult:
    id: str
    type: str  # "entry" or "commitment"
    kind: str  # an EntryKind value, or "commitment"
    visibility: Visibility
    convening_id: str
    convening_title: str
    item_title: str
    text: str
    snippet: str  # the best-matching passage, matches between MARK_START and MARK_END
    captured_at: datetime | None

    def marked(self, start: str, end: str) -> str:
        """The snippet with its matches wrapped in ``start`` and ``end`` (e.g. HTML tags)."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


def fts_query(typed: str, prefix_last: bool = True) -> str:
    """A safe FTS5 query for what someone typed: every word must match, in any column.

    Each word is quoted, so quotes, operators (AND, NOT, NEAR), ``-``, ``*``,
    ``C++`` or a column name typed by a user are only words. The last word
    also matches as a prefix while it is still being typed (no trailing space)
    once it has two letters: a one-letter prefix matches nearly everything.
    Returns "" when there is nothing to search for.
    """
    words = _WORD.findall(typed.replace("_", " "))
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    if prefix_last and len(words[-1]) >= 2 and not typed[-1:].isspace():
        quoted[-1] += "*"
    return " ".join(quoted)


# Each kind of record is read newest first within its rowid range, so FTS5 stops after
# `limit` matches instead of ranking every row that contains a common word. Within one
# convening, the index's matches are gathered once and joined to that convening's
# records, which stays fast however common the word is.
_SELECT = """
SELECT {t}.uuid AS uuid, {kind} AS kind, {t}.visibility AS visibility,
    {t}.text AS body, {detail} AS detail, {people} AS people,
    {t}.captured_at AS captured_at, v.uuid AS convening_uuid, v.title AS convening_title,
    coalesce(a.title, '') AS item_title
"""
_ALL = """
FROM search_index s
JOIN {table} {t} ON {t}.id = s.rowid - {offset}
JOIN convening v ON v.id = {t}.convening_id
LEFT JOIN agenda_item a ON a.id = {t}.agenda_item_id
WHERE search_index MATCH :query AND s.rowid {range}
  AND {t}.deleted = 0 AND v.deleted = 0 {filters}
ORDER BY s.rowid DESC
LIMIT :limit
"""
_ONE_CONVENING = """
FROM {table} {t}
JOIN convening v ON v.id = {t}.convening_id
LEFT JOIN agenda_item a ON a.id = {t}.agenda_item_id
WHERE v.uuid = :convening
  AND {t}.id + {offset} IN (
      SELECT rowid FROM search_index WHERE search_index MATCH :query AND rowid {range})
  AND {t}.deleted = 0 AND v.deleted = 0 {filters}
ORDER BY {t}.id DESC
LIMIT :limit
"""
_ENTRY_DETAIL = "e.rationale || ' ' || e.resolution"
_OWNER = (
    "coalesce((SELECT p.name FROM participant p WHERE p.id = c.owner_participant_id), '')"
    " || ' ' || c.owner_organisation"
)


def _statement(commitments: bool, one_convening: bool, filters: list[str]) -> str:
    t = "c" if commitments else "e"
    return (_SELECT + (_ONE_CONVENING if one_convening else _ALL)).format(
        t=t,
        kind="'commitment'" if commitments else "e.kind",
        detail="c.notes" if commitments else _ENTRY_DETAIL,
        people=_OWNER if commitments else "e.speaker",
        table="commitment" if commitments else "entry",
        offset=":base" if commitments else "0",
        range=">= :base" if commitments else "< :base",
        filters=" ".join(f.format(t=t) for f in filters),
    )


def _in(column: str, name: str, values: list[str], params: dict[str, object]) -> str:
    names = [f":{name}{n}" for n in range(len(values))]
    params.update({f"{name}{n}": v for n, v in enumerate(values)})
    return f"AND {column} IN ({', '.join(names)})"


def search(
    db: Database,
    query: str,
    kinds: Collection[str] | None = None,
    visibilities: Collection[Visibility | str] | None = None,
    convening: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchResult]:
    """Entries and commitments matching ``query``, newest first.

    ``kinds`` holds EntryKind values and/or "commitment"; ``visibilities``
    Visibility values; ``convening`` a convening id. None means any.
    """
    match = fts_query(query)
    if not match or limit <= 0:
        return []
    wanted = set(KINDS) if kinds is None else {str(k) for k in kinds} & set(KINDS)
    params: dict[str, object] = {
        "query": match,
        "limit": limit,
        "base": COMMITMENT_BASE,
    }
    shared: list[str] = []
    if visibilities is not None:
        vis = sorted({Visibility(v).value for v in visibilities})
        if not vis:
            return []
        shared.append(_in("{t}.visibility", "vis", vis, params))
    if convening:
        params["convening"] = convening
    statements = []
    entry_kinds = sorted(wanted - {COMMITMENT})
    if entry_kinds:
        entry_filters = list(shared)
        if len(entry_kinds) < len(KINDS) - 1:
            entry_filters.append(_in("e.kind", "kind", entry_kinds, params))
        statements.append(_statement(False, bool(convening), entry_filters))
    if COMMITMENT in wanted:
        statements.append(_statement(True, bool(convening), shared))
    with db.read() as session:
        rows = [row for sql in statements for row in session.execute(text(sql), params)]
    words = query_words(query)
    prefix = words[-1] if match.endswith("*") else None
    results = [_result(row, db, words, prefix) for row in rows]
    results.sort(key=_newest_first)
    return results[:limit]


def _result(row: Row[Any], db: Database, words: list[str], prefix: str | None) -> SearchResult:
    fields = (row.body, row.detail.strip(), row.people.strip())
    return SearchResult(
        id=row.uuid,
        type="entry" if row.kind != COMMITMENT else COMMITMENT,
        kind=row.kind,
        visibility=Visibility(row.visibility),
        convening_id=row.convening_uuid,
        convening_title=row.convening_title,
        item_title=row.item_title,
        text=row.body,
        snippet=mark(fields, words, prefix, MARK_START, MARK_END),
        captured_at=_UTC.process_result_value(row.captured_at, db.engine.dialect),
    )


def _newest_first(r: SearchResult) -> float:
    return -(r.captured_at.timestamp() if r.captured_at else 0.0)
