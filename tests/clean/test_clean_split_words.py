"""Words and lines a scraper split.  A word split by a space inside prose (batch 37 at
first sight: 运转高 效有序 twice in one summary): the space goes when the two characters
around it make a common word and neither already makes a word with its other neighbour.
A hard-wrapped paragraph holding a scraper's <WBR> tags (batches 31-32): the tag's ">"
is no breadcrumb separator, so the cut line is joined to the next.  Lines written here
in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text
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


def test_a_wrapped_line_holding_a_tag_is_joined() -> None:
    # a scraper's <WBR> in a hard-wrapped paragraph: its ">" is no breadcrumb separator,
    # so the cut line is joined to the next (else it reads as a short headline)
    paragraph = (
        "推诿扯皮型:<WBR>某市5名工作人员因推诿群众诉求被处分就是典型一例。<WBR>他们在窗口"
        "接待群众时互相推诿,<WBR>群众多次往返仍未办成,<WBR>事后均被调离原岗位。此事引起"
        "群众强烈不满,<WBR>有关部门随即开展作风整顿,<WBR>对相关责任人严肃问责。回避躲藏型:"
        "<WBR>遇到棘手的事就极力回避,<WBR>由此导致很多信访案件久拖不决,<WBR>最后酿成矛盾激化。"
    )
    width = 34
    wrapped = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    text = clean_text("\n".join(["为什么问责干部时要先调离岗位", *wrapped]))
    assert text.split("\n")[1].startswith(
        "推诿扯皮型：某市5名工作人员因推诿群众诉求被处分就是典型一例。"
    )
