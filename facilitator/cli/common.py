"""What every command module shares: the error users can fix, opening the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from facilitator.paths import AppPaths

Command = Callable[[argparse.Namespace, AppPaths], int]


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""


def start_gui(paths: AppPaths, convening_id: str | None = None, *, smoke_test: bool = False) -> int:
    """Open the window (importing Qt only now)."""
    from facilitator.app import run_app

    return run_app(paths, open_convening=convening_id, smoke_test=smoke_test)
