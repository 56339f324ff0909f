"""Titles batches 47-48 missed at first sight (round 15), by general cause: a content
farm's label stacked before an opinion column's label, each set off by a bar (环球快看点丨
某某时评|标题), and a speech's title glued to its first words on a one-line page (在某某会议
上的讲话今天是……), and a narrow column's headline wrapped inside a word onto a stub that
quotes a word of its own (某某中青班 / 学员“换岗体验”).  Lines written for the test in the
genre's style (names and numbers invented); each rule has a neighbour that must keep its
reading, and the old code fails each changed row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某县委组织部面向全县机关开展寻找身边的“躺平者”活动，评选结果将公开通报。\n"
    "活动开展以来，受到社会各界广泛关注，舆论的评价褒贬不一。\n"
    "让“躺平”干部无处藏身，关键在于建立有效的考核评价机制。"
)
HEADLINE = "让“躺平”干部无处藏身"


def meta_of(text: str) -> tuple[str, bool]:
    meta = clean_article(Article.from_text(text, "inline")).metadata
    return meta.title, meta.title_derived


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a farm's label, then an opinion column's, each before a bar
        (f"环球快看点丨某某时评|{HEADLINE}", HEADLINE),
        (f"某某网评丨{HEADLINE}", HEADLINE),
        # a paper's column named for a habit stays part of the headline
        (f"天天学习丨{HEADLINE}", f"天天学习丨{HEADLINE}"),
    ],
)
def test_stacked_column_labels_go(head: str, title: str) -> None:
    assert meta_of(f"{head}\n{BODY}") == (title, False)


SPEECH = (
    "今天是新年第一个工作日，县委、县政府就召开这次项目巡查点评工作会议，目的是盘点"
    "项目进展、点评短板弱项。刚才，各乡镇和县直部门作了汇报，巡查组进行了点评，"
    "我都同意。下面，我再讲三点意见。"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (f"在项目巡查点评工作会议上的讲话{SPEECH}", "在项目巡查点评工作会议上的讲话"),
        (f"在年轻干部座谈会上的讲话材料同志们：{SPEECH}", "在年轻干部座谈会上的讲话材料"),
    ],
)
def test_a_speech_title_glued_to_its_words(line: str, title: str) -> None:
    # the page prints no headline apart from the text: the title is read from the lead
    assert meta_of(line) == (title, True)


WRAPPED_BODY = (
    "本报讯 8日，参加今年中青班培训的40多名学员分赴市政务服务中心和某某村开展换岗体验。\n"
    "中青班学员、某某镇经济发展办主任王某说，换岗体验让他看到了窗口工作的不易。\n"
    "在某某村的换岗体验中，中青班学员走访农户20余户。"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a narrow column wraps the headline inside a word (中青班|学员), the stub closing
        # a quoted word of its own
        ("40多名中青班\n学员“换岗体验”", "40多名中青班学员“换岗体验”"),
        # a stub leaving its quotation open is no headline's end
        ("40多名中青班\n学员“换岗体验", "40多名中青班"),
    ],
)
def test_a_wrapped_stub_may_quote_a_word(head: str, title: str) -> None:
    assert meta_of(f"{head}\n{WRAPPED_BODY}") == (title, False)
