"""Two laptops' records become one: 5,000 changes on each side, merged.

Both laptops start from the demo convening; each then captures new entries and
edits shared ones (some of the same ones, so true conflicts occur) until it has
5,000 changes. Reported: the pure merge of the two record sets, and merging
laptop B's bundle into laptop A's store (read, check, merge, write in one
transaction). Goal: the store merge within one second.
"""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bench.metric import Metric
from facilitator.core.clock import FakeClock
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.core.merge import merge
from facilitator.store.database import Database, open_database
from facilitator.store.demo import seed_demo
from facilitator.store.models import Convening, Entry
from facilitator.store.record_io import read_convening
from facilitator.sync.bundle import export_bundle, import_bundle

CHANGES = 5_000
EDITS = 500  # of the changes, edits to entries both laptops have; the rest are new captures


def _laptop(folder: Path, offset_s: float) -> Database:
    clock = FakeClock()
    clock.jump_wall(offset_s)
    return open_database(folder / "facilitator.sqlite", clock, backups_dir=folder / "backups")


def _capture(db: Database, cid: str, label: str, changes: int, edits: int) -> None:
    with db.transaction() as session:
        conv = session.scalar(select(Convening).where(Convening.uuid == cid))
        assert conv is not None
        shared = session.scalars(
            select(Entry).where(Entry.convening_id == conv.id).order_by(Entry.id)
        ).all()
        now = db.clock.now()
        for n in range(changes - edits):
            session.add(
                Entry(
                    convening_id=conv.id,
                    kind=EntryKind.NOTE,
                    text=f"{label} note {n}: the group agreed to pilot the shared intake form",
                    visibility=Visibility.TEAM,
                    captured_at=now + timedelta(seconds=n),
                    author_device=db.device_id,
                )
            )
    # Edits in their own transactions so each is a separate, later change.
    for n in range(edits):
        with db.transaction() as session:
            entry = shared[n % len(shared)]
            session.add(entry)
            entry.text = f"{entry.text} ({label} edit {n})"
        db.clock.advance(0.01)


def run(quick: bool) -> list[Metric]:
    changes = 1_000 if quick else CHANGES
    edits = changes // 10
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a = _laptop(root / "a", 0)
        b = _laptop(root / "b", -86_400)  # b's clock is a day behind
        try:
            cid = seed_demo(a).convening_id
            import_bundle(b, export_bundle(a, cid, root / "start.facilitator"))
            _capture(a, cid, "A", changes, edits)
            _capture(b, cid, "B", changes, edits)
            with a.read() as session:
                mine = read_convening(session, cid)
            with b.read() as session:
                theirs = read_convening(session, cid)
            started = time.perf_counter()
            pure = merge(mine, theirs)
            pure_s = time.perf_counter() - started
            assert len(pure.changed) >= changes - edits

            bundle = export_bundle(b, cid, root / "b.facilitator")
            started = time.perf_counter()
            summary = import_bundle(a, bundle)
            store_s = time.perf_counter() - started
            assert summary.added >= changes - edits
        finally:
            a.close()
            b.close()
    return [
        Metric("merge_10k_pure_s", pure_s, "s", 1.0),
        Metric("merge_10k_s", store_s, "s", 1.0),
    ]
