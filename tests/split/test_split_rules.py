"""The splitter's rules as text_in -> sentences tables (expected outputs written by hand)."""

from __future__ import annotations

import pytest

from reporter import split
from reporter.models import CleanArticle, CleaningReport, Metadata


def make_article(text: str, original: str | None = None) -> CleanArticle:
    meta = Metadata("标题", False, None, None, None, (), (), None)
    report = CleaningReport("simplified", (), (), len(text), len(text))
    return CleanArticle("a", "a.txt", text, text if original is None else original, meta, report)


def sentences(text: str) -> list[str]:
    return [s.text for s in split.split_sentences(make_article(text)).sentences]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a quotation ending with 。” ends its sentence; the attribution starts the next
        (
            "“既想早点看到，又有些害怕看到。”青岛市一位区委书记说，“有了这份榜单，"
            "这个季度工作干得怎样，明明白白。”此后，各区开始比拼。",
            [
                "“既想早点看到，又有些害怕看到。”",
                "青岛市一位区委书记说，“有了这份榜单，这个季度工作干得怎样，明明白白。”",
                "此后，各区开始比拼。",
            ],
        ),
        # a short quotation holding several sentences stays whole
        (
            "“我们要干。我们要快！”记者写道。",
            ["“我们要干。我们要快！”", "记者写道。"],
        ),
        # nested quotes inside a short quotation
        ("“他说‘好。’然后走了。”记者写道。", ["“他说‘好。’然后走了。”", "记者写道。"]),
        # quotes without end marks are just words of the sentence
        (
            "打造成为淬炼干部队伍的“主战场”、作风能力的“检验场”。下一句。",
            ["打造成为淬炼干部队伍的“主战场”、作风能力的“检验场”。", "下一句。"],
        ),
        # a comma after the closing quote continues the sentence
        ("“要干！”，他说。又一句。", ["“要干！”，他说。", "又一句。"]),
        # end marks inside 《》 never split
        (
            "学习《关于进一步激励广大干部新时代新担当新作为的意见。》后，他说：好！真的？",
            ["学习《关于进一步激励广大干部新时代新担当新作为的意见。》后，他说：好！", "真的？"],
        ),
        # an unmatched 《 does not swallow the paragraph
        ("《未闭合的书名号。后面。", ["《未闭合的书名号。", "后面。"]),
        # an ellipsis ends a sentence when a new one starts after it ...
        (
            "新的一天又开始了……像吕连岗一样，崂山区选派出1628名干部。",
            ["新的一天又开始了……", "像吕连岗一样，崂山区选派出1628名干部。"],
        ),
        # ... not before a continuation word, a comma or an end mark
        ("张村、李村……等12个社区完成拆除。", ["张村、李村……等12个社区完成拆除。"]),
        ("拆迁拆违、土地规划……的全过程。", ["拆迁拆违、土地规划……的全过程。"]),
        ("拆迁拆违、产业招商……，涉及多个领域。", ["拆迁拆违、产业招商……，涉及多个领域。"]),
        ("还有很多……。下一句。", ["还有很多……。", "下一句。"]),
        # an ellipsis before a closing quote ends with it
        ("他说：“还有很多困难……”大家都笑了。", ["他说：“还有很多困难……”", "大家都笑了。"]),
        # three dots are an ellipsis too, and never cut in half
        ("等一下...我们走吧。", ["等一下...", "我们走吧。"]),
        ("等一下......", ["等一下......"]),
        # runs of end marks, full- and half-width
        ("真的吗？！我不信。", ["真的吗？！", "我不信。"]),
        ("真的吗?!我不信!", ["真的吗?!", "我不信!"]),
        # the semicolon joins the items of one statement
        ("一是抓考核；二是抓培训；三是抓选拔。", ["一是抓考核；二是抓培训；三是抓选拔。"]),
        # brackets: a closing bracket stays with its sentence
        ("注意（见附件。）后面。", ["注意（见附件。）", "后面。"]),
        ("这是正文。（资料图片）", ["这是正文。", "（资料图片）"]),
        # a paragraph that starts with a stray closing quote: the quote is not a sentence start
        ("”残留的引号。正文。", ["残留的引号。", "正文。"]),
        # ASCII double quotes pair up
        ('他说:"我们要干。"然后走了。', ['他说:"我们要干。"', "然后走了。"]),
        # whitespace is outside sentences; punctuation alone is no sentence
        ("  前面有空格。  后面也有。 ", ["前面有空格。", "后面也有。"]),
        ("好。 ——", ["好。 ——"]),
        ("。。。", []),
        ("", []),
        # decimals and dates are not sentence ends
        ("增长1.5个百分点。2022.11.07发布。", ["增长1.5个百分点。", "2022.11.07发布。"]),
        # a title line without end punctuation is a sentence of its own paragraph
        (
            "敢为人先 啃下“硬骨头”\n清晨，他来到办公室。",
            ["敢为人先 啃下“硬骨头”", "清晨，他来到办公室。"],
        ),
    ],
)
def test_split(text_in: str, expected: list[str]) -> None:
    assert sentences(text_in) == expected


def test_long_quotation_is_split_at_its_own_sentence_ends() -> None:
    inner = (
        "干部本身是自身领域的骨干核心，一方面可以在工作中对网格员进行经验传授指导和培训动员。" * 4
    )
    assert len(inner) > split.MAX_UNSPLIT_QUOTE_CHARS
    text = f"“{inner}”丁琳告诉记者。"
    got = sentences(text)
    assert (
        got[0]
        == "“干部本身是自身领域的骨干核心，一方面可以在工作中对网格员进行经验传授指导和培训动员。"
    )
    assert (
        got[-2]
        == "干部本身是自身领域的骨干核心，一方面可以在工作中对网格员进行经验传授指导和培训动员。”"
    )
    assert got[-1] == "丁琳告诉记者。"
    assert len(got) == 5


def test_over_long_list_is_cut_at_semicolons_then_commas() -> None:
    items = [f"第{i}项措施是组织{i}名干部到一线开展为期三个月的蹲点调研工作" for i in range(1, 13)]
    text = "；".join(items) + "。"
    assert len(text) > split.MAX_SENTENCE_CHARS
    got = sentences(text)
    assert "".join(got) == text
    assert all(len(s) <= split.MAX_SENTENCE_CHARS for s in got)
    assert all(s.endswith("；") for s in got[:-1]) and got[-1].endswith("。")
    # no semicolon at all: commas
    commas = "，".join(items)
    got = sentences(commas)
    assert "".join(got) == commas and len(got) > 1
    assert all(len(s) <= split.MAX_SENTENCE_CHARS and s for s in got)


def test_over_long_list_is_never_cut_inside_a_title() -> None:
    title = "《" + "、".join(f"第{i}号文件" for i in range(30)) + "》"
    text = "、".join(["学习"] * 40) + title + "、".join(["落实"] * 40)
    got = sentences(text)
    assert "".join(got) == text
    assert any(title in s for s in got)


def test_paragraph_indices_and_offsets() -> None:
    text = "第一段第一句。第一段第二句！\n\n  第三段。"
    doc = split.split_sentences(make_article(text))
    got = [(s.index, s.paragraph, s.start, s.end, s.text) for s in doc.sentences]
    assert got == [
        (0, 0, 0, 7, "第一段第一句。"),
        (1, 0, 7, 14, "第一段第二句！"),
        (2, 2, 18, 22, "第三段。"),
    ]
    assert doc.article.text.split("\n")[2].strip() == "第三段。"


def test_original_is_the_same_span_in_the_input_script() -> None:
    text = "崂山区选派干部。一线淬炼。\n区委书记说。"
    original = "嶗山區選派幹部。一線淬煉。\n區委書記說。"
    doc = split.split_sentences(make_article(text, original))
    assert [s.original for s in doc.sentences] == ["嶗山區選派幹部。", "一線淬煉。", "區委書記說。"]


def test_original_of_a_paragraph_with_a_different_length_is_aligned() -> None:
    # the original paragraph is longer (a character the simplified text lost): the
    # sentence boundaries are found again on the punctuation both texts share
    text = "崂山区选派干部。一线淬炼，成效显著。\n区委书记说。"
    original = "嶗山區選派了幹部。一線淬煉，成效顯著。\n區委書記說。"
    doc = split.split_sentences(make_article(text, original))
    assert [s.original for s in doc.sentences] == [
        "嶗山區選派了幹部。",
        "一線淬煉，成效顯著。",
        "區委書記說。",
    ]


def test_original_with_a_different_number_of_paragraphs_is_still_aligned() -> None:
    text = "崂山区选派干部。一线淬炼。"
    original = "嶗山區選派幹部。\n一線淬煉。"
    doc = split.split_sentences(make_article(text, original))
    assert [s.original for s in doc.sentences] == ["嶗山區選派幹部。", "一線淬煉。"]
