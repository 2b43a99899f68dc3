"""The command line: the same services as the window, for terminals, scripts and launchers.

`facilitator` alone opens the app. Commands that don't need the window never
import Qt, so they start fast and run on a machine with no display.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from facilitator import __version__
from facilitator.bootstrap import open_store
from facilitator.paths import AppPaths, resolve_paths
from facilitator.store import convenings
from facilitator.store.demo import seed_demo
from facilitator.store.errors import StoreError

log = logging.getLogger(__name__)


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""


def _start_gui(paths: AppPaths, convening_id: str | None = None) -> int:
    from facilitator.app import run_app

    return run_app(paths, open_convening=convening_id)


def cmd_open(args: argparse.Namespace, paths: AppPaths) -> int:
    return _start_gui(paths)


def cmd_list(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths)
    try:
        rows = convenings.list_convenings(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([_summary_json(r) for r in rows], ensure_ascii=False, indent=None))
        return 0
    if not rows:
        print("No convenings yet. `facilitator demo` adds a demo convening to explore.")
        return 0
    for r in rows:
        when = _dates(r.start_date, r.end_date)
        print(f"{r.id[:8]}  {when:<23}  {r.title}")
    return 0


def _dates(start: date | None, end: date | None) -> str:
    if start is None:
        return "(no date)"
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()}"


def _summary_json(r: convenings.ConveningSummary) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "series": r.series,
        "location": r.location,
        "timezone": r.timezone,
        "start_date": r.start_date.isoformat() if r.start_date else None,
        "end_date": r.end_date.isoformat() if r.end_date else None,
    }


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths)
    try:
        result = seed_demo(db)
    finally:
        db.close()
    verb = "Added" if result.created else "Already there:"
    print(f"{verb} the demo convening ({result.convening_id[:8]}).")
    if args.no_gui:
        return 0
    return _start_gui(paths, result.convening_id)


Command = Callable[[argparse.Namespace, AppPaths], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Prepare, run, capture and share in-person convenings.",
    )
    parser.add_argument("--version", action="version", version=f"Facilitator {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep the database, backups and logs in PATH "
        "(default: the platform's data folder, or $FACILITATOR_DATA_DIR)",
    )
    parser.set_defaults(func=cmd_open)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("list", help="list the convenings")
    p.add_argument("--json", action="store_true", help="one JSON array of objects")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("demo", help="add the demo convening (once) and open it")
    p.add_argument("--no-gui", action="store_true", help="only add it; don't open the window")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    func: Command = args.func
    try:
        return func(args, paths)
    except (StoreError, UserError) as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        # Disk full, permissions, a vanished USB stick: say what and where.
        log.exception("command failed")
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"facilitator: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
