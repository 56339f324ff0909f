"""The institutional-act check (reporter.compare.act, reporter/data/act.toml): one check for
every mechanism, on the kinds of false positive each new batch of real pages brought
(batch 10 at first sight: precision 0.70).  The sentences are written for the genre, not
copied from any page.  A case whose last field is ``True`` gave the opposite answer before
the check; the others guard it against vetoing real acts."""

from __future__ import annotations

import pytest

from reporter.compare.act import ActRulesError, judge, parse_rules
from tests.compare.conftest import Detect

# (mechanism, present, text, failed before the check)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- who the act is done to: people outside the state's ranks
    ("incentive_care", False,
     "为弘扬社会正气，市政府决定，授予张某某等8人“见义勇为模范”称号，并给予每人奖金2万元。", True),
    ("incentive_care", False,
     "区总工会在站点举行颁奖仪式，32名外卖员获评“优秀骑手”并受到表彰。", True),
    ("incentive_care", False,
     "为鼓励先进，县里对26名优秀班主任和80名优秀学生进行表彰，并颁发荣誉证书。", True),
    ("incentive_care", False,
     "街道联合卫生院为辖区快递员开展免费健康体检，并为120名快递小哥送上关爱礼包。", True),
    ("role_experience", False,
     "某区让外卖骑手加入社区志愿服务队，化身“流动网格员”。", True),
    # officials hand the prize, the public receives it
    ("incentive_care", False,
     "妇女节前夕，镇里举行表彰会，县委副书记等领导为20户“文明家庭”代表颁发荣誉证书。", True),
    ("incentive_care", False,
     "全区评选出“道德模范”10名，区领导向获奖的道德模范颁奖。", True),
    # ... while officials honoured, or units, stay an award
    ("incentive_care", True,
     "县委书记为受表彰的优秀村干部和群众代表颁发证书，全县共表彰先进个人86名。", False),
    ("incentive_care", True,
     "县委对在防汛一线表现突出的36名干部予以通报表彰，并颁发荣誉证书。", False),
    ("incentive_care", True,
     "大会表彰了15个先进基层党组织和40名优秀共产党员，群众代表为他们颁奖。", False),
    ("incentive_care", True,
     "会上，让群众代表为先进区县和部门颁奖，并宣读了获奖单位名单。", False),
    # --- a page that never names an official: farmers on a course
    ("training", False,
     "县农业农村局举办为期5天的新型职业农民培训班，60名种植户参加。"
     "实践课上，培训班组织学员前往合作社观摩学习。", True),
    # ... a course for village cadres stays training
    ("training", True,
     "县委组织部举办为期5天的村干部培训班，60名村党组织书记参加。"
     "实践课上，培训班组织学员前往先进村观摩学习。", False),
    # --- a definition of a common word, a question, a hypothetical example
    ("frontline_rotation", False,
     "那么下派到底是什么意思呢？下派就是指上级机关选派干部到基层单位工作一段时间。"
     "一名机关干部可能会被派往乡镇挂职锻炼。", True),
    # ... a place defining its own named practice by its quoted name stays an act
    ("task_force", True,
     "“一线工作法”是指每个重点项目组建一个工作专班，抽调部门骨干集中办公。", False),
    # --- a person's past posts introduce a speaker; nobody is sent now
    ("frontline_rotation", False,
     "发言的王某某曾在山区县挂职副县长两年，曾任驻村第一书记。"
     "王某某历任乡长、镇党委书记，曾在省直部门挂职锻炼一年。", True),
    # ... a county sending its cadres stays a deployment
    ("frontline_rotation", True,
     "今年县委选派45名机关干部到乡镇挂职，时间为两年。", False),
    # teachers sent to village schools are no cadres (骨干教师 holds no 骨干 of the state)
    ("frontline_rotation", False,
     "县教育局选派32名骨干教师下沉到乡村学校一线支教。", True),
    # --- a list of policy headings in a measures document
    ("merit_promotion", False,
     "该市出台十条措施，围绕晋升职级、提拔使用、评优评先、待遇保障四个方面加强激励。", True),
    ("incentive_care", False,
     "文件从选派管理、评优表彰、关爱保障、考核激励等五个环节提出具体要求。", True),
    # --- an act still to come: candidates proposed, awards announced for later
    ("merit_promotion", False,
     "经市委常委会研究，拟提拔任用的12名干部从即日起公示。拟提拔对象均有基层工作经历。", True),
    ("incentive_care", False,
     "竞赛分初赛和决赛两个阶段进行，赛后将根据成绩评出团体奖和个人奖并予以表彰。", True),
    # --- a regulation explained: what is usually done
    ("merit_promotion", False,
     "按照有关规定，提拔担任县处级领导职务的干部，通常需要在任职前进行公示。", True),
    # --- 揭榜挂帅 hands out tasks; it ranks no one
    ("leaderboard", False,
     "区委召开“揭榜挂帅”项目推进会，通报了各专班揭榜项目的进展情况。", True),
    # ... a contest with scores stays a leaderboard
    ("leaderboard", True,
     "县委组织部举办项目建设擂台赛，12个乡镇党委书记登台比拼，现场打分排名。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_institutional_act(
    mechanism: str,
    present: bool,
    text: str,
    old: bool,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


def test_veto_is_shown_among_negative_cues(detect: Detect) -> None:
    text = "为弘扬社会正气，市政府决定，授予张某某等8人“见义勇为模范”称号，并给予每人奖金2万元。"
    detection = detect(text, "incentive_care")
    assert any("对象不是干部" in n for n in detection.negative_cues)


@pytest.mark.parametrize(
    ("text", "mechanism", "vetoed"),
    [
        ("挂职是一种培养干部的方式。", "frontline_rotation", True),
        ("“周例会制”是指每周一召开调度会。", "task_force", False),
        ("县委书记既是指挥员，也是战斗员，担任指挥部指挥长。", "task_force", False),
        ("为什么要选派干部驻村？", "task_force", True),
        ("拟任乡镇党委书记的5名干部开始公示。", "merit_promotion", True),
        ("拟任乡镇党委书记的5名干部开始公示。", "training", False),  # scoped
        ("届时将评选10名优秀村干部。", "incentive_care", True),
        ("为骑手提供免费体检。", "incentive_care", True),
        ("为骑手提供免费体检。", "task_force", False),  # a 专班 may serve riders
        ("为一线干部和骑手提供免费体检。", "incentive_care", False),
        ("为优秀班主任颁奖。", "incentive_care", True),  # 班主任 is no 主任
    ],
)
def test_judge(text: str, mechanism: str, vetoed: bool) -> None:
    assert (judge(text).veto_for(mechanism) is not None) is vetoed


def test_headings_are_masked_not_vetoed() -> None:
    text = "围绕选拔、培训、考核、激励四个方面出台措施，全年选派干部120名。"
    verdict = judge(text)
    assert verdict.veto_for("frontline_rotation") is None
    ((_, spans),) = verdict.masks_for("frontline_rotation")
    (span,) = [text[a:b] for a, b in spans]
    assert span.endswith("选拔、培训、考核、激励四个方面")
    assert "选派" not in span


@pytest.mark.parametrize(
    "broken",
    [
        "",  # no [object]
        '[object]\nlabel = "x"\nmechanisms = ["training"]\narticle_mechanisms = ["training"]\n'
        'cadre = []\nlook_alikes = ["a"]\npublic = ["b"]\n',
        '[object]\nlabel = "x"\nmechanisms = ["training"]\narticle_mechanisms = ["training"]\n'
        'cadre = ["a"]\nlook_alikes = ["a"]\npublic = ["b"]\n'
        '[[frame]]\nlabel = "y"\nkind = "z"\neffect = "drop"\npattern = "a"\n',
    ],
)
def test_broken_rules_are_reported(broken: str) -> None:
    with pytest.raises(ActRulesError):
        parse_rules(broken)


def test_a_contests_criteria_are_not_headings() -> None:
    # the judges' criteria are how the contest was scored: the leaderboard's own act
    verdict = judge("评委从现场答辩、实绩展示、群众评议三个方面为参赛书记打分。")
    assert verdict.masks_for("leaderboard") == []
    assert verdict.masks_for("incentive_care") != []
