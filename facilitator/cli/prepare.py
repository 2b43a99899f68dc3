"""`facilitator import-agenda` and `facilitator import-participants`: CSV files into a convening.

The file is parsed completely before anything is written, and written in one
transaction, so a bad file (or any failure) imports nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.core.agenda_csv import parse_agenda_csv
from facilitator.core.csv_problems import CsvImportError
from facilitator.core.participants_csv import parse_participants_csv
from facilitator.paths import AppPaths
from facilitator.store import imports
from facilitator.store.imports import ImportReceipt

BAD_FILE_EXIT = 2


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-agenda",
        help="add an agenda from a CSV file to a convening",
        description="Add the agenda in a CSV file (Excel, Google Sheets) to a convening. "
        "Items are appended after a day's existing items unless --replace is given. "
        "A new title creates the convening.",
    )
    p.add_argument("file", metavar="FILE", help="the CSV file")
    p.add_argument(
        "--convening", required=True, metavar="TITLE_OR_ID", help="the convening's title or id"
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="delete the items already on the days the file covers before adding",
    )
    p.set_defaults(func=cmd_import_agenda)

    p = sub.add_parser(
        "import-participants",
        help="add participants from a CSV file to a convening",
        description="Add the people in a CSV file (a sheet, a form, a Salesforce export) to "
        "a convening. People already there (same e-mail, or same name and organisation) "
        "are skipped. A new title creates the convening.",
    )
    p.add_argument("file", metavar="FILE", help="the CSV file")
    p.add_argument(
        "--convening", required=True, metavar="TITLE_OR_ID", help="the convening's title or id"
    )
    p.set_defaults(func=cmd_import_participants)


def read_file(name: str) -> bytes:
    path = Path(name)
    if not path.exists():
        raise UserError(f"There is no file {name}. Check the name and the folder.")
    if path.is_dir():
        raise UserError(f"{name} is a folder, not a CSV file.")
    return path.read_bytes()


def _bad_file(exc: CsvImportError) -> int:
    print(f"facilitator: nothing was imported.\n{exc}", file=sys.stderr)
    return BAD_FILE_EXIT


def _where(receipt: ImportReceipt) -> str:
    short = receipt.convening_id[:8]
    if receipt.created_convening:
        return f"Created the convening “{receipt.convening_title}” ({short})."
    return f"Convening “{receipt.convening_title}” ({short})."


def cmd_import_agenda(args: argparse.Namespace, paths: AppPaths) -> int:
    data = read_file(args.file)
    try:
        agenda = parse_agenda_csv(data, Path(args.file).name)
    except CsvImportError as exc:
        return _bad_file(exc)
    db = open_store(paths)
    try:
        receipt = imports.import_agenda(db, agenda, args.convening, replace=args.replace)
    finally:
        db.close()
    print(_where(receipt))
    days = sorted(set(receipt.days))
    day_text = "day" if len(days) == 1 else "days"
    print(
        f"Imported {receipt.added} agenda items into {day_text} {', '.join(str(d) for d in days)}."
    )
    if receipt.days_created and not receipt.created_convening:
        print(f"Added {receipt.days_created} new {'day' if receipt.days_created == 1 else 'days'}.")
    if receipt.replaced:
        print(f"Replaced {receipt.replaced} items that were there before.")
    if agenda.ignored_columns:
        print(f"Ignored columns: {', '.join(agenda.ignored_columns)}.")
    return 0


def cmd_import_participants(args: argparse.Namespace, paths: AppPaths) -> int:
    data = read_file(args.file)
    try:
        rows = parse_participants_csv(data, Path(args.file).name)
    except CsvImportError as exc:
        return _bad_file(exc)
    db = open_store(paths)
    try:
        receipt = imports.import_participants(db, rows, args.convening)
    finally:
        db.close()
    print(_where(receipt))
    print(f"Imported {receipt.added} participants.")
    if receipt.skipped:
        print(
            f"Skipped {receipt.skipped} already in the convening "
            "(same e-mail, or same name and organisation)."
        )
    return 0
