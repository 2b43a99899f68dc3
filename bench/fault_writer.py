"""A process that captures entries as fast as it can, reporting each one after it commits.

Run by the fault suite, which kills it with SIGKILL at a random moment and then
checks that every entry reported here is in the database.
`python -m bench.fault_writer DATA_DIR CONVENING_ID`
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.core.clock import SystemClock
from facilitator.core.kinds import EntryKind
from facilitator.store.database import open_database
from facilitator.store.entries import NewEntry, add_entry


def main(data_dir: str, convening_id: str) -> None:
    db = open_database(Path(data_dir) / "facilitator.sqlite", SystemClock())
    n = 0
    while True:
        n += 1
        record = add_entry(db, convening_id, NewEntry(EntryKind.NOTE, f"note {n} " + "x" * 200))
        # Printed only after the commit returned: the entry is promised durable from here on.
        print(record.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
