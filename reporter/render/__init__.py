"""Stage 6: rendering.  PLACEHOLDER: replaced by the issue-6 work."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reporter.brief import Brief, to_json


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(brief: Brief, out_dir: Path, formats: Sequence[str], lang: str) -> list[Path]:
    written: list[Path] = []
    if "json" in formats:
        p = out_dir / "brief.json"
        data = json.dumps(to_json(brief), ensure_ascii=False, indent=2, sort_keys=False)
        write_atomic(p, (data + "\n").encode("utf-8"))
        written.append(p)
    return written
