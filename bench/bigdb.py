"""A ten-year database: 1,000 convenings and 200,000 entries, built once and cached.

Rows go in through SQL in large batches (the ORM would take minutes); they carry
the same bookkeeping columns the app writes, so the app reads them as its own.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from facilitator.core.clock import SystemClock
from facilitator.store import migrate
from facilitator.store.database import open_database

RESULTS = Path(__file__).parent / "results"

WORDS = [
    "budget",
    "equity",
    "residents",
    "council",
    "hiring",
    "retention",
    "staff",
    "data",
    "measure",
    "result",
    "pilot",
    "feedback",
    "loop",
    "decision",
    "owner",
    "liaison",
    "mayor",
    "manager",
    "chief",
    "partner",
    "community",
    "survey",
    "story",
    "template",
    "report",
    "network",
    "cohort",
    "practice",
    "test",
    "housing",
    "transit",
    "parks",
    "library",
    "police",
    "fire",
    "water",
    "permits",
    "procurement",
    "grants",
    "vendor",
    "contract",
    "timeline",
]
NAMES = ["José Ramírez", "Maya Okafor", "Nguyễn Thị Lan", "Aisha O'Connor", "Priya Raman"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def big_database(convenings: int = 1000, entries_each: int = 200) -> Path:
    """The path of a cached database of this size, building it the first time."""
    RESULTS.mkdir(exist_ok=True)
    # Named by schema too, so a new migration builds a new one rather than migrating it.
    head = migrate.Scripts().head
    path = RESULTS / f"bigdb-{convenings}x{entries_each}-schema{head}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    open_database(partial, SystemClock()).close()
    _fill(partial, convenings, entries_each)
    shutil.move(partial, path)
    return path


def _fill(path: Path, convenings: int, entries_each: int) -> None:
    rng = random.Random(7)
    stamp = json.dumps({"*": "000000000000.000000.benchmark01"})
    now = datetime(2026, 1, 1, tzinfo=UTC).isoformat(timespec="microseconds")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    cur = conn.cursor()
    first = date(2016, 1, 1)
    for c in range(convenings):
        start = first + timedelta(days=c * 3)
        cur.execute(
            "INSERT INTO convening (uuid, stamps, deleted, title, series, location, timezone,"
            " start_date, end_date, purpose, objectives, created_at)"
            " VALUES (?, ?, 0, ?, ?, ?, 'America/Chicago', ?, ?, ?, ?, ?)",
            (
                str(uuid.UUID(int=rng.getrandbits(128))),
                stamp,
                f"Convening {c + 1}: {_sentence(rng, 3)}",
                f"Series {c % 12}",
                "Riverton Civic Center",
                start.isoformat(),
                (start + timedelta(days=1)).isoformat(),
                _sentence(rng, 20),
                _sentence(rng, 8),
                now,
            ),
        )
        cid = cur.lastrowid
        item_ids = []
        for d in range(2):
            cur.execute(
                "INSERT INTO day (uuid, stamps, deleted, convening_id, position, date, title,"
                " start_time, end_time) VALUES (?, ?, 0, ?, ?, ?, ?, '09:00:00.000000',"
                " '17:00:00.000000')",
                (str(uuid.uuid4()), stamp, cid, d, (start + timedelta(days=d)).isoformat(), ""),
            )
            day_id = cur.lastrowid
            for i in range(10):
                cur.execute(
                    "INSERT INTO agenda_item (uuid, stamps, deleted, day_id, position, title,"
                    " kind, duration_min, objective, lead, method, materials,"
                    " facilitator_notes, optional) VALUES (?, ?, 0, ?, ?, ?, 'plenary', 45,"
                    " ?, '', '', '', '', 0)",
                    (
                        str(uuid.uuid4()),
                        stamp,
                        day_id,
                        float(i),
                        _sentence(rng, 4),
                        _sentence(rng, 10),
                    ),
                )
                item_ids.append(cur.lastrowid)
        cur.executemany(
            "INSERT INTO entry (uuid, stamps, deleted, convening_id, agenda_item_id, kind, text,"
            " visibility, captured_at, author_device, rationale, speaker, resolution)"
            " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, 'benchmark01', '', ?, '')",
            [
                (
                    str(uuid.uuid4()),
                    stamp,
                    cid,
                    rng.choice(item_ids),
                    rng.choice(["note", "note", "decision", "question", "quote", "feedback"]),
                    _sentence(rng, rng.randint(8, 40)) + " " + rng.choice(NAMES),
                    rng.choice(["private", "team", "shared"]),
                    now,
                    "",
                )
                for _ in range(entries_each)
            ],
        )
        if c % 50 == 0:
            conn.commit()
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
