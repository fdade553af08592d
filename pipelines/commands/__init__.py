"""Subcommands of the `pipelines` CLI, one module each: `register(subparsers)` adds it."""
