"""A word split by a space inside prose (round 13, batch 37: 运转高 效有序 twice in one
summary): the space goes when the two characters around it make a common word and
neither already makes a word with its other neighbour.  Lines written here in the
genre's style; the old code fails the first two rows."""

from __future__ import annotations

import pytest

from reporter.clean.normalize import normalize_whitespace

TAIL = "，确保各项工作落到实处，推动全县干部作风持续好转。"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # a common word split across the space
        ("要确保反应果断迅速、运转高 效有序" + TAIL, "要确保反应果断迅速、运转高效有序" + TAIL),
        # the same in a traditional page
        ("要確保反應果斷迅速、運轉高 效有序" + TAIL, "要確保反應果斷迅速、運轉高效有序" + TAIL),
        # two words spaced apart whose edges make a word (测评|为): 测评 holds its 评
        (
            "社区开展第八届居委会民意测评 为更好地开展换届选举" + TAIL,
            "社区开展第八届居委会民意测评 为更好地开展换届选举" + TAIL,
        ),
        # no word across the space
        ("各乡镇 党委要认真落实上级部署" + TAIL, "各乡镇 党委要认真落实上级部署" + TAIL),
        # a short line (a credit, a headline) keeps its spaces
        ("记者 张某 报道", "记者 张某 报道"),
    ],
    ids=["split-word", "split-word-traditional", "word-edges", "no-word", "credit"],
)
def test_a_word_split_by_a_space_in_prose_is_joined(text_in: str, text_out: str) -> None:
    assert normalize_whitespace(text_in) == text_out
