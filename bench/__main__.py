"""Run the benchmark scenarios: `python -m bench [--quick] [--only NAME ...]`."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Scenario modules in bench/, run in this order.
SCENARIOS: tuple[str, ...] = (
    "startup",
    "timer_drift",
    "export_docx",
    "capture_search",
    "agenda_edit",
    "faults",
    "merge",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="short runs (under two minutes)")
    parser.add_argument("--only", nargs="*", default=None, help="scenario module names")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    missed = 0
    for name in SCENARIOS:
        if args.only and name not in args.only:
            continue
        module = importlib.import_module(f"bench.{name}")
        for metric in module.run(quick=args.quick):
            print(metric.json_line(), flush=True)
            missed += not metric.met()
    print(f"{missed} metric(s) missed their goal", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
