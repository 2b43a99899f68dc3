"""The command line: the same services as the window, for terminals, scripts and launchers.

`facilitator` alone opens the app. Commands that don't need the window never
import Qt, so they start fast and run on a machine with no display. Each
feature's commands live in a module of this package with a
``register(subparsers)`` function; ``COMMAND_MODULES`` lists them in help order.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from facilitator import __version__
from facilitator.cli import common
from facilitator.cli.common import Command, UserError
from facilitator.paths import AppPaths, resolve_paths
from facilitator.store.errors import StoreError

log = logging.getLogger(__name__)

COMMAND_MODULES = ("convenings", "capture", "prepare", "export", "search", "sync", "bundle")


def cmd_open(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.smoke_test:
        return common.start_gui(paths, smoke_test=True)
    return common.start_gui(paths)


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
    # Open the window, print "window shown: …" once it is on screen, and quit: checks a build.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_open)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"facilitator.cli.{name}").register(sub)
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
