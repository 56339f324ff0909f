"""The screens of drop_implausible_spans (which segments are judged, which lines are searched
for ASCII junk) drop no garbled run."""

from __future__ import annotations

import random

import pytest

from reporter.clean import plausibility
from reporter.clean.resources import (
    ASCII_JUNK_RE,
    ASCII_JUNK_SCREEN_RE,
    PLAUSIBILITY_SEGMENT_RE,
)

LINES = [
    "李刚获得5392年市级先进单位，GDP增长8.2%。",
    "只谈宦鋵的事，业绩罕姽J(rèn)好转",
    "笔煜さ臅鲎兂，叭h全面推进A股改革",
    "会上提出昊翔喆珺两人任职，第2版：要闻",
    "ABC123 煜姽宦兂 x 鋵臅",
]


def _every_segment(view: str) -> list[tuple[int, int]]:
    return [
        span
        for m in PLAUSIBILITY_SEGMENT_RE.finditer(view)
        for span in plausibility._segment_spans(view, m.start(), m.end())
    ]


@pytest.mark.parametrize("line", LINES)
def test_screened_segments_give_the_runs_of_every_segment(line: str) -> None:
    assert plausibility.implausible_spans(line) == _every_segment(line)


def test_ascii_junk_screen_passes_every_junk_run() -> None:
    rnd = random.Random(15)
    alphabet = list("中。， aY8[;@9k.\n")
    for _ in range(20_000):
        text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 24)))
        if ASCII_JUNK_RE.search(text):
            assert ASCII_JUNK_SCREEN_RE.search(text)


def test_screened_segments_on_random_lines() -> None:
    rnd = random.Random(15)
    # ordinary characters that pair (经济, 发展), rare and unknown ones, kana, a tone mark,
    # letters, digits and gaps
    alphabet = list("经济发展会上姽煜宦兂鋵臅さèhJG58，。 (")
    for _ in range(20_000):
        line = "".join(rnd.choices(alphabet, k=rnd.randint(0, 24)))
        assert plausibility.implausible_spans(line) == _every_segment(line)
