"""Saving a captured entry and searching, on a database of 200,000 entries (quick: 20,000).

The database is the shared ten-year one (bench/bigdb.py, cached under bench/results/
by size and schema) plus commitments, copied to a scratch folder so the cache stays
as built. Its vocabulary is small, so every common word matches about half of all
entries: a harder case for search than real notes.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench.bigdb import NAMES, WORDS, big_database
from bench.metric import Metric
from facilitator.core.clock import SystemClock
from facilitator.core.kinds import EntryKind
from facilitator.store import convenings
from facilitator.store.database import Database, open_database
from facilitator.store.search import search

COMMITMENTS_EACH = 5

# What people type: common words, names with and without accents, words being typed.
QUERIES = [
    "budget",
    "ramirez",
    "José Ramírez",
    "nguyen lan",
    "equity housing",
    "b",
    "bu",
    "bud",
    "budg",
    "council retention story",
    "transit parks police water",
    "zzzz nothing",
    'budget "equity',
    "C++",
]


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _add_commitments(db: Database) -> None:
    """A few commitments per convening, so search covers both kinds of record."""
    rng = random.Random(11)
    with db.engine.begin() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM convening")]
        conn.exec_driver_sql(
            "INSERT INTO commitment (uuid, stamps, deleted, convening_id, text,"
            " owner_organisation, status, visibility, notes, captured_at, author_device)"
            " VALUES (?, '{}', 0, ?, ?, ?, 'open', 'shared', '', ?, 'benchmark01')",
            [
                (
                    str(uuid.uuid4()),
                    cid,
                    " ".join(rng.choice(WORDS) for _ in range(10)).capitalize(),
                    rng.choice(NAMES),
                    "2026-01-01T00:00:00.000000+00:00",
                )
                for cid in ids
                for _ in range(COMMITMENTS_EACH)
            ],
        )


def _capture_latencies(db: Database, convening_id: str, n: int) -> list[float]:
    from facilitator.store.entries import NewEntry, add_entry

    rng = random.Random(5)
    out = []
    for _ in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        start = time.perf_counter()
        add_entry(db, convening_id, NewEntry(kind=EntryKind.NOTE, text=text))
        out.append((time.perf_counter() - start) * 1000)
    return out


def _search_latencies(db: Database, rounds: int) -> tuple[list[float], list[float]]:
    ids = [c.id for c in convenings.list_convenings(db)]
    everywhere, filtered = [], []
    for _ in range(rounds):
        for q in QUERIES:
            start = time.perf_counter()
            search(db, q)
            everywhere.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            search(db, q, kinds={"note", "decision"}, convening=ids[-1], visibilities={"team"})
            filtered.append((time.perf_counter() - start) * 1000)
    return everywhere, filtered


def run(quick: bool) -> list[Metric]:
    count = 100 if quick else 1000
    cached = big_database(count, 200)
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite"
        shutil.copy(cached, path)
        db = open_database(path, SystemClock(), backups_dir=Path(tmp) / "backups")
        try:
            _add_commitments(db)
            newest = convenings.list_convenings(db)[0].id
            capture = _capture_latencies(db, newest, 100 if quick else 300)
            everywhere, filtered = _search_latencies(db, 5 if quick else 15)
        finally:
            db.close()
    return [
        Metric("capture_commit_p99_ms", _percentile(capture, 99), "ms", 5.0),
        Metric("capture_commit_median_ms", statistics.median(capture), "ms", 5.0),
        Metric("search_p95_ms", _percentile(everywhere, 95), "ms", 20.0),
        Metric("search_filtered_p95_ms", _percentile(filtered, 95), "ms", 20.0),
        Metric("search_max_ms", max(everywhere + filtered), "ms", 100.0),
    ]
