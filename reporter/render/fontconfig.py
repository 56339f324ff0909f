"""fontconfig's command line, asked about the installed fonts.

Kept apart from :mod:`reporter.render.pdf` (which imports WeasyPrint, about a second) so
the PDF cache can name the fonts of a build without loading the renderer.
"""

from __future__ import annotations

import shutil
import subprocess

# fc-list reads fontconfig's cache: well under a second even on a cold cache of a few
# thousand fonts; a minute means something is wrong, and the caller then says so.
FC_LIST_TIMEOUT_SECONDS = 60


def fc_list(*args: str) -> str | None:
    """What ``fc-list ARGS`` prints, or None when fc-list is not installed or fails."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, *args],
            capture_output=True,
            text=True,
            timeout=FC_LIST_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout
