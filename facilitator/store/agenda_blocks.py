"""The library of reusable blocks: a run of agenda items saved under a name.

A block keeps a snapshot of its items' plan fields (not references), so it
outlives the convening it came from and inserting it twice gives two copies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.store import agenda
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import Block


@dataclass(frozen=True)
class BlockRow:
    id: str
    title: str
    description: str
    items: tuple[Mapping[str, Any], ...]  # plan fields, as agenda.insert_snapshots takes them
    created_at: datetime | None

    @property
    def total_min(self) -> int:
        return sum(int(i.get("duration_min", 0)) for i in self.items)


def _to_json(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    out["kind"] = str(out["kind"])
    start = out.get("fixed_start")
    out["fixed_start"] = start.strftime("%H:%M") if isinstance(start, time) else None
    return out


def _from_json(stored: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in stored.items() if k in agenda.PLAN_FIELDS}
    start = out.get("fixed_start")
    out["fixed_start"] = time.fromisoformat(start) if start else None
    return out


def _row(block: Block) -> BlockRow:
    return BlockRow(
        id=block.uuid,
        title=block.title,
        description=block.description,
        items=tuple(_from_json(i) for i in block.items),
        created_at=block.created_at,
    )


def _block(session: Session, block_id: str, *, live: bool = True) -> Block:
    stmt = select(Block).where(Block.uuid == block_id)
    if live:
        stmt = stmt.where(Block.deleted.is_(False))
    found = session.scalar(stmt)
    if found is None:
        raise NotFoundError("That block is no longer in the library.")
    return found


def save_block(db: Database, title: str, item_ids: Sequence[str], description: str = "") -> str:
    """Save a snapshot of these items (in this order) as a block; returns its id."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise StoreError("A block needs a name.")
    if not item_ids:
        raise StoreError("Select one or more agenda items to save as a block.")
    with db.transaction() as session:
        snapshots = [_to_json(agenda.item_fields(session, i)) for i in item_ids]
        block = Block(
            title=cleaned, description=description, items=snapshots, created_at=db.clock.now()
        )
        session.add(block)
        session.flush()
        return block.uuid


def list_blocks(db: Database) -> list[BlockRow]:
    with db.read() as session:
        rows = session.scalars(
            select(Block).where(Block.deleted.is_(False)).order_by(Block.title, Block.id)
        )
        return [_row(b) for b in rows]


def get_block(db: Database, block_id: str) -> BlockRow:
    with db.read() as session:
        return _row(_block(session, block_id))


def insert_block(db: Database, block_id: str, day_id: str, index: int | None = None) -> list[str]:
    """Copies of the block's items at ``index`` of a day (default: the end); returns their ids."""
    with db.transaction() as session:
        block = _row(_block(session, block_id))
        return agenda.insert_in_session(session, block.items, day_id, index)


def set_block_deleted(db: Database, block_id: str, deleted: bool) -> None:
    with db.transaction() as session:
        _block(session, block_id, live=False).deleted = deleted


def delete_block(db: Database, block_id: str) -> None:
    set_block_deleted(db, block_id, True)


def restore_block(db: Database, block_id: str) -> None:
    set_block_deleted(db, block_id, False)
