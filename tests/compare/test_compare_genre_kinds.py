"""The genre gate on the kinds of page the labelled batches 6-8 let through: a novel site's
paging line, a hedged definition of a word, a document library's furniture, sport and
flood bulletins that borrow 擂台 and 指挥部, and an essay of pure rhetoric.  Each kind has
a near neighbour that is real cadre news and must pass.  The sentences are written for
these tests in the style of the pages, not copied from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import pipeline
from reporter.compare import genre
from reporter.compare.genre import GenreError, parse_rules
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # a chapter cut into pages: the site's paging line is the novel's furniture
        (
            "第12章 新官上任（第2页）\n"
            "全县的招商项目被重新排了顺序，交通项目放在了第一位。\n"
            "小主，这个章节后面还有哦，请点击下一页继续阅读，后面更精彩！",
            "fiction",
            "小说网站",
        ),
        (
            "第八章 调研\n县里决定先把两个乡的道路修通，再谈产业园的事。\n"
            "本章未完，点击下一页继续阅读。",
            "fiction",
            "小说网站",
        ),
        # an officialdom novel without chapter heading or dialogue tags: its plot is
        # ambition and patronage, told in a narrator's colloquial voice
        (
            "王志远在县委办干了八年，一心想把仕途再往前推一步。说白了，谁当秘书，谁就离"
            "一把手最近。要想升迁，就得先跟新来的书记搞好关系，找个靠山，可他又不愿去巴结"
            "谁。说不定年底还能去乡里当个书记。",
            "fiction",
            "官场心计",
        ),
        # a word defined after a first line that sets the scene: a glossary, not a report
        (
            "在乡村振兴工作中，“驻村干部”是一个经常被提到的名词。"
            "它一般是指由上级机关派驻到村里开展帮扶工作的人员。"
            "这些人员需要熟悉村情，帮助村里理清发展思路。",
            "explainer",
            "定义句",
        ),
        (
            "近年来，“容错纠错”这一词语频繁见诸报端。其通常是指对干部在改革探索中出现的"
            "失误予以宽容，并督促其及时纠正。",
            "explainer",
            "术语",
        ),
        # a document library sells a model text: its paging and download furniture
        (
            "乡镇干部包村工作总结范本\n乡镇干部包村工作总结范本_第2页\n"
            "已阅读3页，还剩9页未读 继续免费阅读\n下载本文档\n"
            "一、基本情况\n今年以来，我镇认真落实干部包村制度，全体干部深入村组。",
            "speech_template",
            "文库网站",
        ),
        (
            "在全市干部作风建设推进会上的讲话\n各位领导：今天我们召开这次会议，主要任务是"
            "总结上半年工作……\n预览结束，免费获取全文或定制代笔此类文章！",
            "speech_template",
            "文库网站",
        ),
        # a boxing league a county co-hosts: its 擂台 is a ring, its winners are athletes
        (
            "第三届“乡村擂台”自由搏击邀请赛在县体育馆开赛，来自五个省的32名拳手参赛。"
            "比赛分60公斤级、70公斤级两个级别，每场三个回合。县体育局在开幕式上介绍，"
            "武术协会将把本次联赛办成群众身边的品牌赛事。",
            "sports",
            "体育赛事",
        ),
        # a flood-control headquarters' bulletin: a standing emergency body, nobody deployed
        (
            "省防汛抗旱指挥部决定，自今日12时起将防汛Ⅲ级应急响应调整为Ⅳ级。受持续降雨"
            "影响，部分河道水位仍在警戒线附近，各地要加强值守，做好山洪、内涝防范。",
            "emergency",
            "汛情/灾情",
        ),
        # a zone's gala for enterprises: leaders hand out the prizes, nobody is an official
        (
            "经开区举行年度优秀企业表彰大会，表彰在科技创新、稳岗就业等方面表现突出的企业和"
            "个人。区委书记出席并为获奖企业颁奖，15家企业获“突出贡献奖”，8家企业获“成长之星”，"
            "6家企业获“社会责任奖”，20名企业家获评“优秀企业家”。",
            "other_subjects",
            "非干部对象",
        ),
        # deputies making suggestions: a people's congress forum, no cadre work
        (
            "区人大常委会召开人大代表座谈会，40余名人大代表、政协委员围绕老旧小区改造建言。"
            "区人大代表、某公司总经理建议加装电梯；另一位人大代表建议增加停车位，"
            "区政府有关部门负责人逐一回应了人大代表的建议。",
            "other_subjects",
            "非干部对象",
        ),
        # a field study hides its county behind a letter and cites its interviews
        (
            "以 H 县为例，该县近三年从乡镇抽调年轻干部进入重点项目专班。H 县一名干部在"
            "访谈中表示，进专班就是进了领导的视野（访谈资料：20230512LX）。本研究认为，"
            "这种安排为干部提供了非常规的晋升通道。",
            "academic",
            "匿名地名",
        ),
        # an essay: it argues, cites the centre and speaks of 各地, but reports no act
        (
            "党的二十大报告指出，要完善干部考核评价体系。之所以强调容错，是因为改革难免试错。"
            "因此，必须分清故意违纪和探索失误，不能把容错当成挡箭牌。实践中，有的地方规定"
            "过于原则，有的地方程序繁琐，各地应当结合实际细化标准。",
            "rhetoric",
            "论说",
        ),
    ],
    ids=[
        "novel-paging",
        "novel-chapter-unfinished",
        "novel-ambition",
        "hedged-definition",
        "word-as-subject",
        "library-furniture",
        "speech-preview",
        "boxing-league",
        "flood-bulletin",
        "enterprise-gala",
        "deputies-forum",
        "field-study",
        "essay",
    ],
)
def test_a_page_of_another_kind_is_judged_so(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert verdict.reason is not None
    assert marker in verdict.markers


@pytest.mark.parametrize(
    "text",
    [
        # a cadre contest has its 决赛, 冠军 and 参赛选手 without being sport
        "县委组织部举办年轻干部“擂台比武”决赛，12名参赛选手围绕乡村振兴同台竞技，"
        "冠军将优先纳入后备干部人选。",
        # cadres sent to fight a flood: the field's words, and cadres deployed in it
        "县委抽调200名机关干部下沉防汛一线，分包水库、堤坝，汛期实行24小时值守。"
        "受持续降雨影响，河道水位上涨，指挥部要求各包保干部加强巡查。",
        # a report that argues as it goes: a date, a head count, an official named at work
        "近日，县委组织部对12名在改革中出现失误的干部予以容错免责。县委常委、组织部部长"
        "李明强调，之所以这样做，是因为必须为担当者担当，不能让干事者寒心。因此，各地要"
        "把容错纠错落到实处。",
        # a feature on appointments says 官场 and names a 秘书长: no plot of ambition
        "诸暨的官场正在发生一场变革：市委秘书长宣读任职决定，13名一线乡镇干部被提拔。",
        # deputies invited to score cadres: a cadre page that names them in passing
        "区委组织部邀请人大代表、政协委员和企业代表，对全区32个单位的干部作风进行现场打分，"
        "得分排名后三位的单位主要负责人作表态发言。",
        # a venue's halls lettered A区 and B区 are no hidden county
        "县委组织部在人才市场A区、B区设立选调生服务台，为120名新录用选调生办理报到。",
        # a page that defines its practice where it reports it: no glossary
        "“擂台赛”是该区今年推出的考核办法，每季度对各街道重点项目进度打分排名。",
        # a district's notice of its own work plan (方案), with no library furniture
        "区委组织部印发《年轻干部到基层一线锻炼工作方案》，首批选派30名干部到社区任职。",
        # a district's flood experts introduced by name and post: a report on officials
        # at work in a flood, however many flood words it says
        "专家守大堤\n李某，某区人大常委会二级调研员，曾任区水利局局长，防汛经验丰富。\n"
        "王某，某区发改委主任，曾任某镇党委书记，指挥过两次长江防汛。\n"
        "市防指启动防汛一级应急响应，防汛形势严峻。区人大常委会组建防汛专家队伍，"
        "冒雨赶到长江大堤，查险段、问汛情，守护大堤安全。",
    ],
    ids=[
        "cadre-contest",
        "cadres-fight-flood",
        "argued-report",
        "appointments-feature",
        "deputies-score-cadres",
        "lettered-halls",
        "local-practice",
        "work-plan",
        "flood-experts-introduced",
    ],
)
def test_cadre_news_near_those_kinds_passes(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict


ESSAY = (
    "之所以强调容错，是因为改革难免试错。因此，必须分清故意违纪和探索失误，"
    "不能把容错当成挡箭牌。有的地方规定过于原则，有的地方程序繁琐，各地应当细化标准。"
    "党中央对此早有要求。"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ESSAY, "rhetoric"),
        # the same argument about a county and its city it names: a commentary on one
        # place's practice, which analysts compare
        ("浙江省安吉县出台干部容错办法，湖州市随后推广。" + ESSAY, "news"),
    ],
    ids=["essay", "commentary-on-a-county"],
)
def test_a_named_place_counts_against_rhetoric(tmp_path: Path, text: str, kind: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = pipeline.load_document(path, "page")
    assert genre.judge(doc).genre == kind


def test_place_weight_must_be_a_number() -> None:
    with pytest.raises(GenreError, match="place_weight"):
        parse_rules(
            '[[genre]]\nid="x"\nreason="r"\nthreshold=1\nplace_weight="many"\n'
            '[actors]\npattern="干部"\n'
        )
