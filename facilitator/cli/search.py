"""`facilitator search`: find what was said, in every convening, from a terminal or a launcher."""

from __future__ import annotations

import argparse
import json
from typing import Any

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.core.capture_kinds import LABELS, parse_kind
from facilitator.core.kinds import Visibility
from facilitator.paths import AppPaths
from facilitator.store.convenings import find_convening
from facilitator.store.search import SearchResult, search


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help="search notes, decisions and commitments in every convening",
        description="Find entries and commitments containing every word of QUERY, newest "
        "first; case and accents don't matter (ramirez finds Ramírez), and the last word "
        "may be the start of one (equi finds equity).",
    )
    p.add_argument("query", metavar="QUERY", nargs="+", help="the words to find")
    p.add_argument("--json", action="store_true", help="one JSON array of objects")
    p.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="only this kind: note, decision, question, parking-lot, quote, feedback or "
        "commitment (repeat for several)",
    )
    p.add_argument(
        "--visibility",
        action="append",
        choices=[v.value for v in Visibility],
        help="only entries with this visibility (repeat for several)",
    )
    p.add_argument("--convening", metavar="CONVENING", help="only this convening (title or id)")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (50)")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace, paths: AppPaths) -> int:
    kinds = None
    if args.kind:
        try:
            kinds = {parse_kind(k) for k in args.kind}
        except ValueError as exc:
            raise UserError(str(exc)) from exc
    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    query = " ".join(args.query)
    db = open_store(paths, writer=None)  # reads only: fine while the window is open
    try:
        convening = find_convening(db, args.convening).id if args.convening else None
        results = search(
            db,
            query,
            kinds=kinds,
            visibilities=args.visibility,
            convening=convening,
            limit=args.limit,
        )
    finally:
        db.close()
    if args.json:
        print(json.dumps([result_json(r) for r in results], ensure_ascii=False))
        return 0
    if not results:
        print(f"Nothing found for {query!r}.")
        return 0
    for r in results:
        when = r.captured_at.strftime("%Y-%m-%d %H:%M") if r.captured_at else "(no time)"
        where = f"{r.convening_title} › {r.item_title}" if r.item_title else r.convening_title
        print(f"{r.id[:8]}  {when}  {LABELS.get(r.kind, r.kind)} ({r.visibility.value})  {where}")
        print(f"          {r.marked('[', ']')}")
    return 0


def result_json(r: SearchResult) -> dict[str, Any]:
    return {
        "id": r.id,
        "type": r.type,
        "convening": {"id": r.convening_id, "title": r.convening_title},
        "item": r.item_title or None,
        "kind": r.kind,
        "visibility": r.visibility.value,
        "text": r.text,
        "captured_at": r.captured_at.isoformat() if r.captured_at else None,
    }
