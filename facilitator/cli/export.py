"""`facilitator export`: Word summaries, agendas, run sheets and commitments CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.core.audience import Audience
from facilitator.export.errors import ExportError
from facilitator.export.service import ExportKind, default_file_name, export
from facilitator.paths import AppPaths
from facilitator.store import convenings
from facilitator.store.settings import load_settings
from facilitator.sync import outbox
from facilitator.sync.config import describe_target

HELP = """\
kinds:
  summary          Word summary for --audience participants (default) or team
  agenda           Word agenda for participants (no facilitator-only fields)
  runsheet         Word run sheet for the facilitation team
  commitments-csv  commitments as CSV (UTF-8 with BOM) for Excel and Salesforce;
                   participants get shared commitments only

examples:
  facilitator export "Autumn Convening" --audience participants --out summary.docx
  facilitator export 1f2e3d4c --audience team --out team.docx --template letterhead.docx
  facilitator export 1f2e3d4c --kind commitments-csv --out commitments.csv
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write a Word summary, agenda, run sheet or commitments CSV",
        description="Write a document for participants or for the facilitation team. "
        "Private entries never appear in any export.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("convening", metavar="CONVENING", help="title, id or id prefix")
    p.add_argument(
        "--kind",
        choices=[k.value for k in ExportKind],
        default=ExportKind.SUMMARY.value,
        help="what to write (default: summary)",
    )
    p.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=None,
        help="who it is for (default: participants; the run sheet is always the team's)",
    )
    p.add_argument("--out", metavar="FILE", help="where to write (default: a name in this folder)")
    p.add_argument(
        "--template",
        metavar="TEMPLATE.docx",
        help="the organisation's Word template (.docx or .dotx); "
        "default: the one set in the app's settings, else the built-in one",
    )
    p.add_argument(
        "--deliver",
        action="store_true",
        help="also queue the file for delivery to the target (see: facilitator target)",
    )
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    kind = ExportKind(args.kind)
    asked = Audience(args.audience) if args.audience else None
    settings = load_settings(paths.data_dir)
    template_name = args.template or settings.word_template or None
    if kind is ExportKind.COMMITMENTS_CSV:
        template_name = None
    # Reads only (fine while the window is open), unless it queues for delivery.
    db = open_store(paths, writer="facilitator export --deliver" if args.deliver else None)
    try:
        found = convenings.find_convening(db, args.convening)
        who = asked or kind.fixed_audience or Audience.PARTICIPANTS
        out = Path(args.out) if args.out else Path(default_file_name(found.title, kind, who))
        try:
            result = export(
                db,
                found.id,
                kind,
                out,
                audience=asked,
                template=Path(template_name) if template_name else None,
                author=settings.organisation,
            )
        except ExportError as exc:
            raise UserError(str(exc)) from exc
        queued = outbox.queue_file(db, result.path, label=found.title) if args.deliver else None
    finally:
        db.close()
    if result.withheld.total:
        print(result.withheld.describe())
    for warning in result.warnings:
        print(f"Template: {warning}")
    print(f"Wrote {result.path}")
    if queued is not None:
        where = describe_target(settings)
        if where == "nowhere":
            print(f"Queued {queued.name}; set a target (facilitator target set …) to deliver it.")
        else:
            print(f"Queued {queued.name} for delivery to {where} (facilitator sync delivers now).")
    return 0
