"""Command line: ``python -m pri_data check`` validates the data files and prints a summary."""

from __future__ import annotations

import argparse
import sys

from pri_data.check import run_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pri_data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "check",
        help="load and validate every data file (PRI_DATA_DIR or pri_data/data), print a summary",
    )
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(sys.stdout, sys.stderr)
    return 2  # pragma: no cover (argparse rejects unknown commands)


if __name__ == "__main__":
    sys.exit(main())
