"""Print the module tree of docs/architecture.md: one line per module of reporter/, its
line count left out (it changes with every commit) and the first sentence of its
docstring.  ``python scripts/architecture_tree.py > /tmp/tree.md`` and paste it between
the markers; tests/test_architecture.py checks the two agree."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reporter"
# The line shown per module: the docstring's first sentence, cut to stay one line.
MAX_SUMMARY_CHARS = 110


def summary(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    first = " ".join(doc.split("\n\n")[0].split())
    cut = first.find(". ")
    if cut != -1:
        first = first[: cut + 1]
    if len(first) > MAX_SUMMARY_CHARS:
        first = first[: MAX_SUMMARY_CHARS - 1].rstrip() + "…"
    return first


def tree() -> list[str]:
    lines = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        lines.append(f"- `{rel}`: {summary(path)}")
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(tree()) + "\n")
