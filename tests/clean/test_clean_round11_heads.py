"""Two kinds of headline that batches 23-24 missed at first sight.  A kicker (引题) that
names who spoke where (某某在座谈会上提出) over the main title that says what was said:
the main title is the statement.  A headline of figures of speech (“雏鹰”展翅 逐梦远航)
shares too few character pairs with its body to count as about it, yet the coinage it
quotes is the body's own word: it is the headline, not a sentence of the lead.  Pages
written here in the genre's style; the old code fails each positive row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline_text import clean_title, stacked_main
from reporter.models import Article


def title_of(text: str) -> tuple[str, bool]:
    meta = clean_article(Article.from_text(text, "inline")).metadata
    return meta.title, meta.title_derived


SPEECH_BODY = (
    "本报讯 昨日，市委常委、组织部部长某某某与中央单位选派来我市挂职的干部座谈，"
    "希望挂职干部把我市作为锻炼成长的基地，在重大项目一线经受考验。\n"
    "座谈会上，12名挂职干部结合挂职经历发言，市委组织部将为他们搭建干事平台。"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the kicker above, ending on 提出
        (
            "某某某在中央单位选派干部来我市挂职座谈会上提出\n把我市作为挂职干部锻炼成长的基地",
            "把我市作为挂职干部锻炼成长的基地",
        ),
        # the same kicker printed under the main title, ending on 强调
        (
            "让挂职干部在重大项目一线经受考验\n某某某在挂职干部座谈会上强调",
            "让挂职干部在重大项目一线经受考验",
        ),
    ],
)
def test_speech_kicker_is_not_the_headline(head: str, title: str) -> None:
    assert title_of(f"{head}\n{SPEECH_BODY}") == (title, False)


@pytest.mark.parametrize(
    ("upper", "lower", "main"),
    [
        ("某某某出席全市干部大会并要求", "锻造忠诚干净担当的干部队伍", 1),
        ("锻造忠诚干净担当的干部队伍", "某某某在全市干部大会上指出", 0),
        # both lines name a speaker: nothing tells
        ("某某某在座谈会上提出", "某某某在动员会上强调", None),
    ],
)
def test_stacked_main_speech_kicker(upper: str, lower: str, main: int | None) -> None:
    assert stacked_main(upper, lower) == main


FIGURE_BODY = (
    "清晨六点，某某镇某某村的支书助理小李已经到村口和支部书记会合，"
    "跟着书记巡街走访，成了他每天的必修课。\n"
    "2022年起，某某镇党委出台“青苗计划”，选拔本土大学生到村任储备干部，"
    "目前全镇已有16名大学生在村工作。"
)


@pytest.mark.parametrize(
    ("head", "title", "derived"),
    [
        # its quoted coinage is the body's: the headline
        ("“青苗”拔节 扎根乡土", "“青苗”拔节 扎根乡土", False),
        # a quoted word the body never uses saves nothing: the title is derived
        ("“春风”送暖 情满人间", None, True),
    ],
)
def test_figure_of_speech_headline_quoting_the_body(
    head: str, title: str | None, derived: bool
) -> None:
    got, got_derived = title_of(f"{head}\n{FIGURE_BODY}")
    assert got_derived == derived
    if title is not None:
        assert got == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a local site's name (the place the headline opens with) glued to its end
        ("平阳县创新乡镇干部培训打造过硬队伍平阳", "平阳县创新乡镇干部培训打造过硬队伍"),
        ("诸暨市选派百名干部下沉项目一线诸暨", "诸暨市选派百名干部下沉项目一线"),
        ("宁波市推行干部“赛马”机制宁波市", "宁波市推行干部“赛马”机制"),
        # a headline that names its place only at the start keeps its end
        ("诸暨市选派百名干部下沉项目一线", "诸暨市选派百名干部下沉项目一线"),
        # a place named again inside is no tail
        ("宁波市为宁波干部减负", "宁波市为宁波干部减负"),
    ],
)
def test_own_place_glued_to_the_end(line: str, title: str) -> None:
    assert clean_title(line) == title
