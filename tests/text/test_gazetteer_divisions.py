"""The render's place reader (round 13): divisions a sentence names, found without the
segmenter so that a cached build never loads jieba's dictionary."""

from __future__ import annotations

import pytest

from reporter.text.gazetteer_table import find_divisions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # provinces listed by their short forms, a county by its full name
        (
            "江苏、山东、江西等地共选派近3万名干部；容城县抽调109名干部",
            ["江苏省", "山东省", "江西省", "容城县"],
        ),
        # a short form shared by a prefecture and its county is the prefecture's
        ("我省援藏干部520人抵达西藏那曲，分赴那曲市", ["西藏自治区", "那曲地区", "那曲市"]),
        # nothing named
        ("全体机关干部下沉社区开展服务", []),
    ],
)
def test_find_divisions(text: str, names: list[str]) -> None:
    assert [m.name for m in find_divisions(text)] == names
