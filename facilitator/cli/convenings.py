"""`facilitator list` and `facilitator demo`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from facilitator.bootstrap import open_store
from facilitator.cli import common
from facilitator.paths import AppPaths
from facilitator.store import convenings
from facilitator.store.demo import seed_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list the convenings")
    p.add_argument("--json", action="store_true", help="one JSON array of objects")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("demo", help="add the demo convening (once) and open it")
    p.add_argument("--no-gui", action="store_true", help="only add it; don't open the window")
    p.set_defaults(func=cmd_demo)


def cmd_list(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths, writer=None)  # reads only: fine while the window is open
    try:
        rows = convenings.list_convenings(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([summary_json(r) for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No convenings yet. `facilitator demo` adds a demo convening to explore.")
        return 0
    for r in rows:
        print(f"{r.id[:8]}  {_dates(r.start_date, r.end_date):<24}  {r.title}")
    return 0


def _dates(start: date | None, end: date | None) -> str:
    if start is None:
        return "(no date)"
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()}"


def summary_json(r: convenings.ConveningSummary) -> dict[str, Any]:
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
    return common.start_gui(paths, result.convening_id)
