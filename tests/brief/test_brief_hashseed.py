"""The same inputs give byte-identical JSON in separate processes, whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_json_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "reporter", "build", "-f", "json", "-o", str(out)],
            check=True,
            capture_output=True,
            env=env,
        )
        outputs.append((out / "brief.json").read_bytes())
    assert outputs[0] == outputs[1]
