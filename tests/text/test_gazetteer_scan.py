"""The gazetteer's scan finds the leftmost-longest names, as a plain search would."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.text.gazetteer import _scan
from reporter.text.gazetteer_table import table as _gazetteer

REPO = Path(__file__).resolve().parents[2]


def _plain_scan(text: str) -> list[tuple[int, int, bool]]:
    """At each position the longest surface form starting there (a full name before
    an alias of the same spelling); after a hit, go on behind it."""
    g = _gazetteer()
    longest = max(map(len, (*g.by_full, *g.by_alias)))
    hits, i = [], 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 0, -1):
            surface = text[i : i + length]
            if surface in g.by_full or surface in g.by_alias:
                hits.append((i, i + length, surface in g.by_full))
                i += length
                break
        else:
            i += 1
    return hits


def test_scan_on_the_seeds() -> None:
    for path in sorted((REPO / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _scan(text, _gazetteer()) == _plain_scan(text), path.name


def test_scan_overlapping_names() -> None:
    # 吉林市 (full name) wins over 吉林 (alias) and 林 ... is not read again inside it.
    text = "吉林市吉林省长春市朝阳区崂山区崂山青岛西海岸新区"
    assert _scan(text, _gazetteer()) == _plain_scan(text)
    assert [text[a:b] for a, b, _ in _scan(text, _gazetteer())][:3] == [
        "吉林市",
        "吉林省",
        "长春市",
    ]


_NAME_CHARS = sorted({ch for name in list(_gazetteer().by_full)[:300] for ch in name})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_NAME_CHARS, "的", "，", "\n"]), max_size=80))
def test_scan_matches_plain_search(text: str) -> None:
    assert _scan(text, _gazetteer()) == _plain_scan(text)
