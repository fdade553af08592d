"""`pipelines` command line. Each subcommand lives in `pipelines/commands/<name>.py`."""

from __future__ import annotations

import argparse

from pipelines.commands import evaluate, review, run, schema, sql

COMMANDS = (run, sql, evaluate, review, schema)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipelines", description="Press-release intelligence pipeline.")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(sub)
    args = parser.parse_args(argv)
    return int(args.fn(args))


if __name__ == "__main__":
    raise SystemExit(main())
