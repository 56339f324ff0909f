"""brief.json, streamed: each member dumped by orjson as it is built."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from reporter.brief import Brief, Items, json_members

_JSON_OPTIONS = orjson.OPT_INDENT_2


def json_chunks(brief: Brief) -> Iterator[bytes]:
    """brief.json: UTF-8, two-space indent, keys in the contract's order, newline-ended,
    in pieces.

    The bytes are exactly what ``json.dumps(to_json(brief), ensure_ascii=False,
    indent=2)`` writes (a test holds them equal).  Each member, and each article, is
    built, dumped by orjson and dropped before the next: the whole document as Python
    objects would be the largest allocation of a large build.  A member dumped on its
    own is indented from column 0; one level of nesting more is two spaces after every
    line break, and JSON strings hold no raw line breaks.
    """
    yield b"{"
    for n, (key, value) in enumerate(json_members(brief)):
        yield (b"\n  " if n == 0 else b",\n  ") + orjson.dumps(key) + b": "
        if isinstance(value, Items):
            empty = True
            for k, item in enumerate(value.pending):
                empty = False
                yield (b"[\n    " if k == 0 else b",\n    ") + _nested(item, 2)
            yield b"[]" if empty else b"\n  ]"
        else:
            yield _nested(value, 1)
    yield b"\n}\n"


def _nested(value: Any, depth: int) -> bytes:
    return orjson.dumps(value, option=_JSON_OPTIONS).replace(b"\n", b"\n" + b"  " * depth)


def json_bytes(brief: Brief) -> bytes:
    """:func:`json_chunks` joined."""
    return b"".join(json_chunks(brief))
