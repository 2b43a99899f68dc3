"""Merging another laptop's records of a convening into this store, all or nothing.

One transaction reads the local records, merges (:mod:`facilitator.core.merge`),
checks that every reference resolves, writes what changed with its merged stamps,
remembers what this laptop now knows of the others and any true conflicts, and
moves the clock past every stamp it received.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator.core.hlc import Stamp
from facilitator.core.merge import Conflict, Record, VersionVector, knowledge_of, merge
from facilitator.store.database import Database
from facilitator.store.models import MergeConflict, Meta, SyncAppliedFile, SyncState
from facilitator.store.record_check import BadRecordsError, check_references
from facilitator.store.record_io import is_private, read_convening, write_records
from facilitator.store.stamping import HLC_KEY


@dataclass(frozen=True)
class MergeSummary:
    convening_id: str
    title: str
    created: bool  # the convening was not on this laptop before
    added: int
    updated: int
    conflicts: int  # true conflicts found in this merge, to settle

    def describe(self) -> str:
        if self.created:
            head = f"Added “{self.title}” with {self.added} records."
        elif not (self.added or self.updated):
            head = f"“{self.title}” was already up to date."
        else:
            head = f"Merged into “{self.title}”: {self.added} new, {self.updated} updated."
        if self.conflicts:
            head += (
                f" {self.conflicts} field(s) were changed on both laptops: "
                "open Conflicts to choose which value to keep."
            )
        return head


def state_of(session: Session, convening_uuid: str) -> SyncState:
    state = session.get(SyncState, convening_uuid)
    if state is None:
        state = SyncState(convening_uuid=convening_uuid, knowledge={}, pushed={})
        session.add(state)
    return state


def shareable(records: list[Record]) -> list[Record]:
    """The records that may leave this laptop: never a private entry or commitment."""
    return [r for r in records if not is_private(r)]


def local_knowledge(session: Session, convening_uuid: str, records: list[Record]) -> VersionVector:
    state = session.get(SyncState, convening_uuid)
    return knowledge_of(records, state.knowledge if state else {})


def _save_conflicts(
    session: Session, convening_uuid: str, conflicts: list[Conflict], db: Database
) -> int:
    known = {
        (row.record_uuid, row.field, row.other_stamp)
        for row in session.scalars(
            select(MergeConflict).where(MergeConflict.convening_uuid == convening_uuid)
        )
    }
    added = 0
    for c in conflicts:
        if (c.uuid, c.field, c.other_stamp) in known:
            continue
        known.add((c.uuid, c.field, c.other_stamp))
        session.add(
            MergeConflict(
                convening_uuid=convening_uuid,
                table_name=c.table,
                record_uuid=c.uuid,
                field=c.field,
                kept_value=c.kept_value,
                kept_stamp=c.kept_stamp,
                other_value=c.other_value,
                other_stamp=c.other_stamp,
                found_at=db.clock.now(),
            )
        )
        added += 1
    return added


def merge_into_store(
    db: Database,
    convening_uuid: str,
    remote: list[Record],
    remote_knows: dict[str, Any] | None = None,
    *,
    applied_file: str | None = None,
) -> MergeSummary:
    """Merge ``remote`` (checked records of one convening) into this laptop's copy.

    ``applied_file`` (a team-folder change file) is remembered in the same transaction.
    """
    with db.transaction() as session:
        local = read_convening(session, convening_uuid)
        if not local and not any(r["table"] == "convening" for r in remote):
            raise BadRecordsError("The file holds changes to a convening that is not here.")
        knows = local_knowledge(session, convening_uuid, local)
        result = merge(local, remote, local_knows=knows, remote_knows=remote_knows or {})
        check_references(result.changed, set(result.records))
        local_uuids = {r["uuid"] for r in local}
        write_records(session, result.changed, result.renamed)
        state_of(session, convening_uuid).knowledge = result.knowledge
        found = _save_conflicts(session, convening_uuid, result.conflicts, db)
        if applied_file is not None:
            session.add(
                SyncAppliedFile(
                    convening_uuid=convening_uuid, name=applied_file, applied_at=db.clock.now()
                )
            )
        if result.max_stamp:
            db.hlc.observe(Stamp.decode(result.max_stamp))
            last = db.hlc.last.encode()
            session.execute(update(Meta).where(Meta.key == HLC_KEY).values(value=last))
        added = sum(
            1
            for r in result.changed
            if r["uuid"] not in local_uuids and r["uuid"] not in result.renamed.values()
        )
        title = result.records[("convening", convening_uuid)]["fields"].get("title", "")
        return MergeSummary(
            convening_id=convening_uuid,
            title=str(title),
            created=not local,
            added=added,
            updated=len(result.changed) - added,
            conflicts=found,
        )
