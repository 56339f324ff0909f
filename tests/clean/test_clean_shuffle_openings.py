"""The headline shuffle's clause openings, found by one pattern, are those of reading
every clause start character by character."""

from __future__ import annotations

import random

from reporter.clean.resources import CLAUSE_MARKS
from reporter.clean.shuffle import MAX_PIECE_CHARS, MIN_PIECE_CHARS, _openings


def _by_hand(text: str, chars: frozenset[str], skip: int, headline: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if pos >= skip and headline not in "".join(line.split()):
            starts = [0, *(i + 1 for i, ch in enumerate(line) if ch in CLAUSE_MARKS)]
            for at in starts:
                end = at
                while end < len(line) and end - at < MAX_PIECE_CHARS and line[end] in chars:
                    end += 1
                if end - at >= MIN_PIECE_CHARS:
                    out.append((pos + at, line[at:end]))
        pos += len(line) + 1
    return out


def test_openings_are_those_of_every_clause_start() -> None:
    rnd = random.Random(15)
    chars = frozenset("四川组织名选调生")
    alphabet = [*chars, *"获悉记者从为此", *"，。,;!? ", "\n"]
    for _ in range(5_000):
        text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 40)))
        assert _openings(text, chars, 3, "四川组织") == _by_hand(text, chars, 3, "四川组织")
