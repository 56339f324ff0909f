"""Command line: parse options into :class:`~reporter.settings.Settings`, call the library, print.

:mod:`.common` holds the app, the shared options and the messages; :mod:`.build` the
``build`` command; :mod:`.commands` the others.  Importing them registers the commands
on :data:`app` in the order ``reporter --help`` lists them.  Nothing below this package
prints; everything a user sees is printed here.
"""

from __future__ import annotations

import sys

from reporter.cli import build, commands
from reporter.cli.common import EXIT_CANNOT_WRITE, EXIT_NO_INPUT, EXIT_OK, EXIT_USAGE, app

__all__ = [
    "EXIT_CANNOT_WRITE",
    "EXIT_NO_INPUT",
    "EXIT_OK",
    "EXIT_USAGE",
    "app",
    "build",
    "commands",
]


def run() -> None:  # pragma: no cover - console entry point helper
    sys.exit(app())
