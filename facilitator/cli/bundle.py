"""`facilitator bundle`: a convening as one portable file, merging, and conflicts to settle."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.paths import AppPaths
from facilitator.store import convenings
from facilitator.store.conflicts import list_conflicts, settle_conflict
from facilitator.sync.bundle import SUFFIX, export_bundle, import_bundle
from facilitator.sync.safe_read import BadFileError
from facilitator.sync.team import LocalTeamFolder, sync_team

HELP = """\
examples:
  facilitator bundle export "Spring Convening" --out spring.facilitator
  facilitator bundle import spring.facilitator
  facilitator bundle conflicts "Spring Convening"
  facilitator bundle settle 3 --other
  facilitator bundle team-sync ~/OneDrive/Team

Importing a convening that is already on this laptop merges into it. Private
entries and commitments are never written to a bundle or to the team folder.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bundle",
        help="export, import and merge a convening as one .facilitator file",
        description="Carry a convening between laptops as one file, and merge co-facilitators' "
        "records.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)

    e = actions.add_parser("export", help="write a convening to a .facilitator file")
    e.add_argument("convening", metavar="CONVENING", help="title, id or id prefix")
    e.add_argument("--out", metavar="FILE", help="where to write (default: <title>.facilitator)")
    e.set_defaults(func=cmd_export)

    i = actions.add_parser("import", help="merge a .facilitator file into this laptop")
    i.add_argument("file", metavar="FILE")
    i.set_defaults(func=cmd_import)

    c = actions.add_parser("conflicts", help="fields changed on two laptops, to settle")
    c.add_argument("convening", metavar="CONVENING", help="title, id or id prefix")
    c.add_argument("--json", action="store_true", help="one JSON array of objects")
    c.set_defaults(func=cmd_conflicts)

    s = actions.add_parser("settle", help="settle a conflict (default: keep the current value)")
    s.add_argument("conflict", metavar="N", type=int, help="the number `conflicts` shows")
    s.add_argument("--other", action="store_true", help="take the value set aside instead")
    s.set_defaults(func=cmd_settle)

    t = actions.add_parser(
        "team-sync", help="exchange changes through a shared folder (both directions)"
    )
    t.add_argument("folder", metavar="FOLDER", help="a synced cloud folder or network share")
    t.set_defaults(func=cmd_team_sync)


def _safe_name(title: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return " ".join(kept.split())[:80] or "convening"


def cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths, writer=None)  # reads only
    try:
        found = convenings.find_convening(db, args.convening)
        out = Path(args.out) if args.out else Path(_safe_name(found.title) + SUFFIX)
        path = export_bundle(db, found.id, out)
    finally:
        db.close()
    print(f"Wrote {path} (private entries and commitments left out)")
    return 0


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"{path} is not a file.")
    db = open_store(paths)
    try:
        try:
            summary = import_bundle(db, path)
        except BadFileError as exc:
            raise UserError(f"{exc} Nothing was changed.") from exc
    finally:
        db.close()
    print(summary.describe())
    return 0


def _value(value: Any) -> str:
    return "(empty)" if value in (None, "") else str(value)


def cmd_conflicts(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths, writer=None)
    try:
        found = convenings.find_convening(db, args.convening)
        rows = list_conflicts(db, found.id)
    finally:
        db.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "record": r.record_kind,
                        "record_id": r.record_id,
                        "label": r.record_label,
                        "field": r.field,
                        "kept": r.kept_value,
                        "other": r.other_value,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not rows:
        print("No conflicts to settle.")
        return 0
    for r in rows:
        print(f"{r.id:>4}  {r.record_kind} “{r.record_label}”, {r.field}:")
        print(f"        kept:       {_value(r.kept_value)}")
        print(f"        set aside:  {_value(r.other_value)}")
    return 0


def cmd_settle(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths)
    try:
        settle_conflict(db, args.conflict, use_other=args.other)
    finally:
        db.close()
    print("Settled: took the value set aside." if args.other else "Settled: kept the value.")
    return 0


def cmd_team_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder (a drive or share that is not connected?).")
    db = open_store(paths)
    try:
        reports = sync_team(db, LocalTeamFolder(folder))
    finally:
        db.close()
    for report in reports:
        print(report.describe())
    return 0
