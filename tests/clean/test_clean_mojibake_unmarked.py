"""GBK text decoded one byte off whose lost byte left no "?" (batches 11 and 13 at first
sight: ``從來沒有過!睅孜辉诂F場``): the run opens with the ``!`` that ``。”`` became and is
repaired the same way; a real exclamation mark stays.  The garbled lines were made for
these tests from sentences written in the genre's style, by dropping the lead byte of
``。`` from their GBK bytes."""

from __future__ import annotations

import pytest

from reporter.clean.mojibake import repair_line


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        (
            "會上宣讀了通報,這樣的做法還是頭一回!睅孜秽l鎮幹部說,壓力一下子就來了。",
            "會上宣讀了通報,這樣的做法還是頭一回。”幾位鄉鎮幹部說,壓力一下子就來了。",
        ),
        (
            "大家都說沒想到會這麼快!笨h委組織部相關負責人說,這次共選派了50名幹部。",
            "大家都說沒想到會這麼快。”縣委組織部相關負責人說,這次共選派了50名幹部。",
        ),
        # real exclamation marks between Han characters
        ("太好了!我們終於完成了任務。", "太好了!我們終於完成了任務。"),
        ("他說:“一定完成任務!”大家都笑了。", "他說:“一定完成任務!”大家都笑了。"),
        ("幹部們齊聲喊道！衝啊！大家一擁而上。", "幹部們齊聲喊道！衝啊！大家一擁而上。"),
    ],
    ids=["quote-close", "quote-close-2", "real", "real-quoted", "real-fullwidth"],
)
def test_a_run_without_its_question_mark_is_repaired(garbled: str, expected: str) -> None:
    assert repair_line(garbled) == expected
