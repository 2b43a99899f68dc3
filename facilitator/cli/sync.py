"""`facilitator target …`, `facilitator sync`, `facilitator outbox`: delivering exports."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from facilitator.bootstrap import open_store
from facilitator.cli.common import UserError
from facilitator.core.outbox_policy import OutboxStatus
from facilitator.paths import AppPaths
from facilitator.store.settings import load_settings, save_settings
from facilitator.sync import config, outbox
from facilitator.sync.passwords import PASSWORD_ENV, passwords
from facilitator.sync.target_base import TargetError
from facilitator.sync.team import team_sync_lines

TARGET_HELP = """\
examples:
  facilitator target set folder ~/Dropbox/Team/Summaries
  facilitator target set webdav https://cloud.example.org/remote.php/dav/files/ana/Team --user ana
  echo "$PASS" | facilitator target set webdav https://dav.example.org/team --user ana \\
      --password-stdin
  facilitator target show
  facilitator target clear

The password goes to the system keyring, never to a file. Scripts may instead set
$FACILITATOR_WEBDAV_PASSWORD.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = sub.add_parser(
        "target",
        help="where exports are delivered (a synced folder or a WebDAV server)",
        description="Set, show or clear where queued exports are delivered.",
        epilog=TARGET_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tsub = t.add_subparsers(title="actions", metavar="ACTION", required=True)
    s = tsub.add_parser("set", help="deliver to a folder or a WebDAV server")
    ssub = s.add_subparsers(title="kinds", metavar="KIND", required=True)
    f = ssub.add_parser("folder", help="a desktop-synced cloud folder or a network share")
    f.add_argument("path", metavar="PATH")
    f.set_defaults(func=cmd_set_folder)
    w = ssub.add_parser("webdav", help="a WebDAV folder (Nextcloud, SharePoint…), basic auth")
    w.add_argument("url", metavar="URL", help="https://… address of the folder")
    w.add_argument("--user", required=True, metavar="NAME")
    w.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    w.set_defaults(func=cmd_set_webdav)
    tsub.add_parser("show", help="print the target").set_defaults(func=cmd_show)
    tsub.add_parser("clear", help="deliver nowhere (and forget the password)").set_defaults(
        func=cmd_clear
    )

    y = sub.add_parser(
        "sync",
        help="deliver the outbox now and report",
        description="Try every waiting export now. Exit status 0 when nothing is left waiting.",
    )
    y.set_defaults(func=cmd_sync)
    o = sub.add_parser("outbox", help="list queued and delivered exports")
    o.add_argument("--json", action="store_true", help="machine-readable output")
    o.set_defaults(func=cmd_outbox)


def cmd_set_folder(args: argparse.Namespace, paths: AppPaths) -> int:
    folder = Path(args.path).expanduser().absolute()
    save_settings(paths.data_dir, config.with_folder(load_settings(paths.data_dir), str(folder)))
    print(f"Exports will be delivered to the folder {folder}.")
    if not folder.is_dir():
        print("It is not there right now; deliveries wait until it is.")
    return 0


def cmd_set_webdav(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths.data_dir)
    try:
        updated = config.with_webdav(settings, args.url, args.user)
    except TargetError as exc:
        raise UserError(exc.message) from exc
    password = _read_password(args)
    save_settings(paths.data_dir, updated)
    print(f"Exports will be delivered to {args.url.strip()} as {args.user}.")
    if password is not None:
        if passwords.set(updated.webdav_url, args.user, password):
            print("The password is in the system keyring.")
        else:
            print(
                "There is no system keyring here, so the password was not kept: set "
                f"${PASSWORD_ENV} for commands; the app asks for it when it starts."
            )
    return 0


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return None  # scripts supply it each time
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.user}: ")
    return None


def cmd_show(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths.data_dir)
    kind = settings.sync_target_kind
    if kind == config.FOLDER:
        print(f"folder: {settings.sync_folder}")
    elif kind == config.WEBDAV:
        print(f"webdav: {settings.webdav_url}")
        print(f"user: {settings.webdav_user}")
        print(f"password: {passwords.source(settings.webdav_url, settings.webdav_user)}")
    else:
        print("No target: exports stay on this laptop.")
    return 0


def cmd_clear(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths.data_dir)
    if settings.sync_target_kind == config.WEBDAV:
        passwords.forget(settings.webdav_url, settings.webdav_user)
    save_settings(paths.data_dir, config.without_target(settings))
    print("No target: exports stay on this laptop.")
    return 0


def cmd_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    target = config.target_from_settings(load_settings(paths.data_dir))
    if target is None:
        raise UserError("No delivery target is set. Set one with: facilitator target set …")
    db = open_store(paths, writer="facilitator sync")
    try:
        # Co-facilitators' changes, both ways, through the same folder (docs/merge.md).
        for line in team_sync_lines(db, target):
            print(line)
        waiting = outbox.list_outbox(db, include_delivered=False)
        if not waiting:
            print("Nothing waiting.")
            return 0
        for entry in waiting:
            outbox.retry_now(db, entry.id)
        print(f"Delivering {len(waiting)} to {target.describe()}…")
        reports = outbox.deliver_due(db, target)
    finally:
        db.close()
    for r in reports:
        if r.status is OutboxStatus.DELIVERED:
            note = " (already there)" if r.already_there else ""
            print(f"delivered  {r.name} → {r.location}{note}")
        else:
            print(f"{r.status.value:<10} {r.name}: {r.error} Next try {_clock(r.next_attempt_at)}.")
    return 0 if all(r.status is OutboxStatus.DELIVERED for r in reports) else 1


def cmd_outbox(args: argparse.Namespace, paths: AppPaths) -> int:
    db = open_store(paths, writer=None)
    try:
        entries = outbox.list_outbox(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([_as_json(e) for e in entries], indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("The outbox is empty.")
    for e in entries:
        if e.status is OutboxStatus.DELIVERED:
            detail = f"{_clock(e.delivered_at)} → {e.location}"
        elif e.error:
            detail = f"{e.error} Next try {_clock(e.next_attempt_at)}."
        else:
            detail = "waiting for the next delivery"
        print(f"{e.status.value:<10} {e.name}  {detail}")
    return 0


def _as_json(e: outbox.OutboxEntry) -> dict[str, object]:
    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": e.id,
        "name": e.name,
        "label": e.label,
        "status": e.status.value,
        "attempts": e.attempts,
        "size": e.size,
        "sha256": e.checksum,
        "queued_at": iso(e.queued_at),
        "last_attempt_at": iso(e.last_attempt_at),
        "next_attempt_at": iso(e.next_attempt_at),
        "delivered_at": iso(e.delivered_at),
        "location": e.location,
        "target": e.target,
        "error": e.error,
    }


def _clock(value: datetime | None) -> str:
    if value is None:
        return "soon"
    local = value.astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d %b %H:%M")
