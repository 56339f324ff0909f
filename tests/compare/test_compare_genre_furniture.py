"""The genre gate on the kinds of page batches 11-14 let through at first sight: a novel
whose only furniture (a site breadcrumb, the phone-reader line) the cleaner had dropped,
dialogue tags and a bookshop's blurb, a dictionary's and an encyclopedia's headings, a
rule recited item by item, a speech template's blanks, a government work report; and the
news beside them that must pass (a page repeating one exam word, a township's meeting, a
report on the session that heard the work report).  Sentences are written for these tests
in the style of the pages, not copied from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import article, pipeline
from reporter.compare import genre
from tests.compare.conftest import MakeDocument

# A chapter that reads like a report: no narrative tic, no chapter heading in the text.
CHAPTER = (
    "全省禁毒宣传月活动如期展开，各地通过文艺演出、横幅、展板等形式宣传毒品危害。"
    "社区、派出所和志愿者走进千家万户发放宣传手册，一些基层干部说，群众识毒防毒能力"
    "明显提高。"
)


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        # a novel site's breadcrumb, dropped as navigation: its chapter and site name
        ("书阁 > 官途之【乡镇干部】 > 第512章 省委书记的调研", "fiction"),
        # the line a family of novel sites puts above each chapter for phone readers
        ("手机浏览器扫描二维码访问", "fiction"),
        # a pirate site's banner and a catalogue's download link, in any letter case
        ("[爱笔趣] 一秒记住！", "fiction"),
        ("当前位置：某某文学 > 官场 > 乡镇风云最新章节 > 乡镇风云TXT下载", "fiction"),
        # the links to the neighbouring articles name other pages, not this one
        ("上一篇：第二章 调研\n下一篇：第三章 常委会", "news"),
        ("", "news"),
    ],
    ids=["breadcrumb", "phone-line", "banner", "catalogue", "neighbour-links", "none"],
)
def test_the_gate_reads_the_furniture_the_cleaner_dropped(
    make_document: MakeDocument, furniture: str, kind: str
) -> None:
    verdict = genre.judge(make_document(CHAPTER), furniture=furniture)
    assert verdict.genre == kind, verdict


def test_a_dropped_breadcrumb_reaches_the_gate_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "chapter.txt"
    path.write_text("笔书阁 > 官途之【乡镇干部】 > 第512章 省委书记的调研\n" + CHAPTER, "utf-8")
    doc = pipeline.load_document(path, "chapter")
    assert "第512章" not in doc.article.text  # the cleaner dropped the line ...
    verdict = genre.judge(doc, furniture=article._dropped_furniture(doc))
    assert verdict.genre == "fiction", verdict  # ... and the gate still read it


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # dialogue tags and small gestures: a novel's narration
        (
            "“这次挂职不是来指导工作的，是来学习的。”周部长纠正道。"
            "林县长点点头，又解释道：“我们基层的同志欢迎还来不及。”",
            "fiction",
            "对白标签与小动作",
        ),
        # a pirate novel site's reading prompt above a first-person chapter
        (
            "某某小说提示您：看后求收藏，接着再看更方便。\n我考上公务员那年，全家都以为我当了官。"
            "从科员到科长，我在县委大院里熬了整整十年。",
            "fiction",
            "小说网站",
        ),
        # a face described and a dialogue tag after it: narration
        (
            "镇长一脸的诧异，连忙让座。“组织部下午来考察。”书记顿了顿，说。"
            "“考察谁？”他满脸通红的道。书记点点头。",
            "fiction",
            "对白标签与小动作",
        ),
        # a newspaper's blurb of a serialised officialdom novel
        (
            "作者：江南客\n《基层笔记》系列小说以一名乡镇公务员的经历展开。这部长篇小说的主人公大学毕业后"
            "考上公务员，被分配到偏远乡镇，一步步当上副镇长。",
            "fiction",
            "小说",
        ),
        # a bookshop's page about an officialdom novel
        (
            "编辑推荐：一个机关秘书到乡镇挂职两年的升迁故事。\n内容简介：主人公被下放到镇里，"
            "按政策两年后回城提拔。\n售价：NT$ 320\n出版社：某某文艺出版社",
            "fiction",
            "书籍页面",
        ),
        # a dictionary's entry: its headings and senses
        (
            "详细解释\n1. 把干部调到基层单位去工作或锻炼。\n2. 把权力交给下级机构。\n"
            "近义词：下派 反义词：上调",
            "explainer",
            "释义",
        ),
        # an encyclopedia entry's section headings alone on their lines
        (
            "干部召回制，是干部能上能下的一种通俗说法。\n定义\n对不能胜任的干部召回培训。\n"
            "意义\n填补了干部能下的制度空白。\n试点\n多地先后开展试点。",
            "explainer",
            "百科体例",
        ),
        # a generated answer: numbered headings in markdown
        (
            "我们可以这样理解驻村：\n1. **定义**：\n驻村是机关干部到村开展帮扶的一种方式。\n"
            "2. **目的**：\n帮助村里理清发展思路。\n3. **待遇**：\n工资关系保留在原单位。",
            "explainer",
            "百科体例",
        ),
        # an encyclopedia's infobox and its definition
        (
            "本词条是多义词，共2个义项\n中文名：下派\n外文名：Send down\n"
            "就是指上级机关选派干部到基层任职锻炼。",
            "explainer",
            "百科体例",
        ),
        # a question about a word answered by defining it
        (
            "我们常常听到“包保”这个词，它具体指的是什么呢？简单来说，包保就是指干部对"
            "分包的村或企业负责到底。",
            "explainer",
            "术语",
        ),
        # a national rule recited item by item, with its definition
        (
            "不适宜担任现职，是指干部的德才表现与所任职务要求不符。干部有下列情形之一的，"
            "应当予以调整：\n（1）理想信念动摇的；\n（2）不敢担当、为官不为的；\n"
            "（3）群众意见较大的；\n（4）违反组织纪律的；",
            "explainer",
            "条文列举",
        ),
        # a speech template: its blanks wait for a county's numbers
        (
            "同志们：今天召开全县选派干部驻村工作动员会。全县共选派干部XX名，其中县直机关"
            "X名，乡镇机关X名，平均年龄X岁。下面，我强调三个方面的问题。",
            "speech_template",
            "占位符",
        ),
        # a model speech: headed by its speaker's office alone, a library's download link
        (
            "县委书记在全县干部作风建设大会上的讲话\n[下载该文章]\n同志们：今天召开全县干部"
            "作风建设大会，主要任务是动员全县干部转变作风。下面，我讲几点意见。",
            "speech_template",
            "无名讲话",
        ),
        # a government work report read to the deputies
        (
            "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n"
            "全县生产总值增长6%，新选派驻村第一书记20名。",
            "work_report",
            "致代表",
        ),
    ],
    ids=[
        "dialogue-tags",
        "reading-prompt",
        "face-and-tag",
        "serial-blurb",
        "book-blurb",
        "dictionary",
        "encyclopedia",
        "markdown-answer",
        "infobox",
        "word-question",
        "rule-recited",
        "speech-blanks",
        "model-speech",
        "work-report",
    ],
)
def test_a_page_of_another_kind_is_judged_so(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert marker in verdict.markers


@pytest.mark.parametrize(
    "text",
    [
        # one exam word repeated on a page about that exam is one piece of evidence
        "自治区面向全区招考乡镇领导干部。此次招考共设岗位120个，招考对象为优秀村干部，"
        "招考结果将向社会公示，录用人员到乡镇任职满两年后参加考核。",
        # a township holding its own meeting is a government body acting
        "3月13日，四塘乡召开年度表扬大会，对16名优秀网格员和护林员进行表扬。",
        # news of the session names the work report without being it
        "1月7日，县第十五届人民代表大会第二次会议开幕。县长代表县人民政府作政府工作报告，"
        "报告提出今年将选派100名年轻干部到重点项目一线锻炼。（记者 王明）",
        # news of a meeting names the speech it reports, once
        "3月2日，全县三级干部大会召开。县委书记李强在会上的讲话中要求，各乡镇选派"
        "年轻干部到项目一线，年底按实绩排名。",
        # journalists in a feature are no narrator; the feature is news
        "记者来到村里时，驻村第一书记正在地头查看苗情。他说，今年全村新发展大棚30个。",
    ],
    ids=["exam-news", "township-meeting", "session-news", "meeting-news", "feature"],
)
def test_news_beside_those_kinds_passes(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict


def test_a_novels_journalists_are_no_credit(make_document: MakeDocument) -> None:
    text = (
        "第三百章 曝光\n栏目组的记者们已经离开了县城。县委书记心想，这件事恐怕压不住了，"
        "他点了点头，又叹了口气。"
    )
    verdict = genre.judge(make_document(text))
    assert verdict.genre == "fiction", verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an organisation department's staff sports meet: its sport, however many 干部
        (
            "市委组织部举办组工干部职工运动会，篮球、拔河、跳绳等项目在市体育中心进行，"
            "各代表队发挥球技，组工干部展现了良好精神风貌。",
            "sports",
        ),
        # a cadre contest that calls itself a 武林 meeting says that one word again and again
        (
            "县委组织部举办干部“武林大会”，各乡镇党委书记登上擂台，比武林之功，"
            "比武林之绩，武林大会成绩计入年度考核。",
            "news",
        ),
    ],
    ids=["staff-sports-meet", "cadre-wulin-contest"],
)
def test_sport_is_many_words_of_sport_not_one(
    make_document: MakeDocument, text: str, kind: str
) -> None:
    assert genre.judge(make_document(text)).genre == kind
