"""``python -m reporter`` runs the command line."""

from reporter.cli import app

app(prog_name="reporter")
