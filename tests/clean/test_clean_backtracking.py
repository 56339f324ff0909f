"""A line no pattern expects must not make a boilerplate pattern backtrack for minutes
(issue 16, batch 30 at first sight: Xinhua's page ends with a 42-digit tracking code,
and the page-counter pattern ``(\\d+\\s*){1,10}下一页`` tried every way of cutting it, so
the article hit the per-article time limit and was skipped)."""

from __future__ import annotations

import pytest

from reporter.clean.steps import _classify

TRACKING_CODE = "010020070800000000000000011200000000000000"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("1 2 3 4 5 下一页", "navigation"),  # a page counter
        ("12 尾页", "navigation"),
        ("1下一页", "navigation"),
        (TRACKING_CODE, None),  # no counter: judged at once, and kept
    ],
)
def test_a_page_counter_is_told_from_a_run_of_digits(line: str, kind: str | None) -> None:
    found = _classify(line)
    assert (found[0] if found else None) == kind
