"""`facilitator capture`: add a note, decision, question… from a terminal or a launcher."""

from __future__ import annotations

import argparse
from datetime import date

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.core.capture_kinds import COMMITMENT, LABELS, parse_kind
from facilitator.core.kinds import DecisionForce, EntryKind, FeedbackPolarity, Visibility
from facilitator.paths import AppPaths
from facilitator.store import agenda_refs, entries, quick_commitments
from facilitator.store.convenings import find_convening
from facilitator.store.entries import NewEntry
from facilitator.store.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "capture",
        help="capture a note, decision, question, parking-lot item, quote, feedback or commitment",
        description="Save one entry in a convening, filed under the running agenda item "
        "(or the one named with --item).",
    )
    p.add_argument("convening", metavar="CONVENING", help="title or id (prefix) of the convening")
    p.add_argument("text", metavar="TEXT", help="what to record")
    p.add_argument(
        "--kind",
        default="note",
        help="note, decision, question, parking-lot, quote, feedback or commitment (default: note)",
    )
    p.add_argument(
        "--visibility",
        choices=[v.value for v in Visibility],
        help="private (this laptop), team, or shared (participants); "
        "default: the setting for the kind",
    )
    p.add_argument("--item", metavar="ITEM", help="agenda item title or id prefix")
    p.add_argument("--rationale", default="", help="decision: why")
    p.add_argument("--force", choices=[f.value for f in DecisionForce], help="decision: binding?")
    p.add_argument("--speaker", default="", help="quote: who said it")
    p.add_argument("--polarity", choices=[f.value for f in FeedbackPolarity], help="feedback")
    p.add_argument("--owner", default="", help="commitment: participant or organisation")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="commitment: due date")
    p.set_defaults(func=cmd_capture)


def cmd_capture(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        kind = parse_kind(args.kind)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    due = _due(args.due)
    settings = load_settings(paths.data_dir)
    db = open_store(paths)
    try:
        convening = find_convening(db, args.convening)
        if args.item:
            item = agenda_refs.find_item(db, convening.id, args.item)
            item_id: str | None = item.id
        else:
            item_id = agenda_refs.running_item(db, convening.id)
        titles = {i.id: i.title for i in agenda_refs.list_items(db, convening.id)}
        where = f" under “{titles[item_id]}”" if item_id else ""
        if kind == COMMITMENT:
            visibility = Visibility(args.visibility or settings.commitment_visibility)
            saved = quick_commitments.capture_commitment(
                db, convening.id, args.text, args.owner, due, visibility, item_id
            )
            owner = saved.owner_name or saved.owner_organisation or "no owner"
            when = f", due {saved.due_date.isoformat()}" if saved.due_date else ""
            print(
                f"Saved commitment {saved.id[:8]} ({visibility.value}, {owner}{when}){where} "
                f"in {convening.title}: {saved.text}"
            )
            return 0
        record = entries.add_entry(
            db,
            convening.id,
            NewEntry(
                kind=EntryKind(kind),
                text=args.text,
                visibility=Visibility(args.visibility) if args.visibility else None,
                item_id=item_id,
                rationale=args.rationale,
                force=DecisionForce(args.force) if args.force else None,
                speaker=args.speaker,
                polarity=FeedbackPolarity(args.polarity) if args.polarity else None,
            ),
            settings,
        )
    finally:
        db.close()
    print(
        f"Saved {LABELS[kind].lower()} {record.id[:8]} ({record.visibility.value}){where} "
        f"in {convening.title}: {record.text}"
    )
    return 0


def _due(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"--due {text!r} is not a date like 2026-04-30.") from exc
