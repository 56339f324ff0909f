"""The act check on real news (reporter/data/act.toml, taxonomy.toml): the false mechanisms
batches 11-14 brought at first sight, by general cause.  A news page names sent cadres, a
command post or a campaign far more often than it reports one being sent, formed or run:
the team the sent cadres live in, a command post held by a profiled cadre, cadres visited or
told what to do, a slogan, a list of campaign names, a role noun, a course for farmers.
The sentences are written for the genre, not copied from any page.  A case whose last field
is ``True`` gave the opposite answer before the change; the others guard real acts."""

from __future__ import annotations

import pytest

from reporter.compare.act import ActRulesError, parse_rules
from tests.compare.conftest import Detect

# (mechanism, present, text, failed before the change)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- a team of sent cadres is the unit of deployment, not a task force
    ("task_force", False,
     "市里抽调机关干部，按户籍所在地编组，组成工作队，回到各自老家开展结对帮扶。", True),
    ("task_force", False,
     "全省2万名干部组成的工作组，已进驻所有贫困村和重点社区。", True),
    ("task_force", False,
     "根据省委部署，组建省驻乡镇工作队，进驻到全省各脱贫村开展帮扶。", True),
    ("task_force", False,
     "市委组建16个工作组，派驻到全市12个后进村和4个社区，帮助整顿村级班子。", True),
    # ... a team formed for a task stays a task force
    ("task_force", True,
     "县里抽调20名干部组成工作组，专门负责征地拆迁，工作组进驻各村逐户动员。", False),
    ("task_force", True,
     "街道抽调8名骨干组成征迁工作组，进驻社区逐户开展征收工作。", False),
    ("task_force", True,
     "县委成立重点项目攻坚专班，抽调12名干部集中办公。", False),
    # ... a special team beside the sent ones, in another clause, is a task force
    ("task_force", True,
     "街道选派5名党员组成专项工作组，同区里派驻的8个工作组分片包干，开展拆违整治。", True),
    # --- a command post named as one cadre's post or as the authority obeyed
    ("task_force", False,
     "防汛期间，他担任县防汛抗旱指挥部副指挥长，连续二十天吃住在堤坝上。"
     "抗疫期间，她担任区疫情防控指挥部指挥长，统筹全区防控。", True),
    ("task_force", False,
     "各单位要做到统一管理，服从县疫情防控指挥部的统一调度。"
     "捐赠物资由镇里登记后，服从市防汛指挥部的统一安排。", True),
    # ... a county naming its leaders to a command post stays a task force
    ("task_force", True,
     "县里成立疫情防控指挥部，由县委书记担任指挥长，下设8个工作组。", False),
    # --- sent cadres visited, thanked or told what to do: the sending is not reported
    ("frontline_rotation", False,
     "市领导看望慰问了抽调参与防汛工作的机关干部和派驻到村的工作人员。"
     "会上要求派驻干部要扎根基层，深入群众，做到“五个到位”。", True),
    # ... a county sending its cadres stays a deployment
    ("frontline_rotation", True,
     "区委组织部从区直机关抽调120名干部下沉到社区，参与防控工作。", False),
    # --- a bare role noun names who is at work, not a sending
    ("frontline_rotation", False,
     "社区组织党员、志愿者、下沉干部和物业人员连续奋战，守住了小区大门。"
     "今年春节，156名援藏干部坚守在高原岗位上。", True),
    ("frontline_rotation", False,
     "春节期间，援藏医生李某的家人赶来探望他。全市68名援藏干部坚守在雪域高原。", True),
    # ... aid cadres sent, or counted in total, stay a deployment
    ("frontline_rotation", True,
     "第九批援疆干部人才共1200余名，已于近日全部抵达新疆。", False),
    # --- a slogan of parallel clauses defines a method
    ("frontline_rotation", False,
     "该区推行“一线工作法”，即干部在一线下沉、问题在一线解决、成效在一线检验。", True),
    # --- quoted names of campaigns counted as a set
    ("leaderboard", False,
     "该县实施“头雁领航”、“擂台比武”、“实绩晾晒”三大行动，着力建强基层干部队伍。", True),
    # ... a contest held with its scores stays a leaderboard
    ("leaderboard", True,
     "县委组织部举办“擂台比武”，18个乡镇党委书记登台亮绩，评委现场打分排名。", False),
    # --- officials drawn up from towns, or off to university: no frontline posting
    ("frontline_rotation", False,
     "不少县直部门都愿意从乡镇选调年轻干部，看重的是他们的基层经验。", True),
    ("frontline_rotation", False,
     "今年共有860名村干部脱产上大学，攻读专科学历。", True),
    # ... drawn from towns and sent to other towns' projects stays a deployment
    ("frontline_rotation", True,
     "县里从乡镇选调30名干部到重点项目所在的乡镇帮促锻炼。", False),
    # --- candidates vetted before they are sent; a film shown at a meeting
    ("frontline_assessment", False,
     "县委组织部组建4个考察组，对第一书记人选进行逐人考察，严把人选关。", True),
    ("frontline_assessment", False,
     "会议播放了拆违攻坚行动工作纪实短片，各街道汇报了近期进展。", True),
    # --- recalled or sanctioned cadres followed up; Party-building records and reports
    ("frontline_assessment", False,
     "对被召回干部，经集中教育和跟踪考察后仍不胜任的，予以调整。", True),
    ("frontline_assessment", False,
     "全区党组织实现基层党建全程纪实，每年召开抓基层党建工作述职评议会。", True),
    # ... officials assessed on the frontline stay an assessment
    ("frontline_assessment", True,
     "组织部派出考察组深入防汛一线考察干部，为每名干部建立实绩档案。", False),
    # --- a course in farming is for villagers, not officials
    ("training", False,
     "村党支部书记带头开展果树种植培训、农技服务进田间等活动，带动村民增收。", True),
    # ... a course for village cadres stays training
    ("training", True,
     "县委组织部举办村干部乡村振兴专题培训班，120名村党组织书记参训。", False),
    # --- a rule announced: conditions under which officials will be held to account
    ("accountability", False,
     "省里出台办法，干部存在弄虚作假、推诿扯皮等6种情形将被问责。"
     "市政府办公室印发《规定》，明确对在安全生产中失职失责的领导干部进行问责。", True),
    # ... officials actually held to account stay accountability
    ("accountability", True,
     "县纪委对在防汛中失职失责的3名干部进行问责，其中1人被免职。", False),
    # --- a post opened to applicants is recruitment, not reuse for results
    ("merit_promotion", False,
     "该市面向全国公开选拔18名副处级干部，符合条件的人员均可报名。", True),
    # --- a year's promotions broken down by age report how young the cadres are
    ("merit_promotion", False,
     "今年以来，全市共提拔干部96人，其中35岁以下的41人。", True),
    # ... officials promoted for their frontline work stay a promotion
    ("merit_promotion", True,
     "今年以来，全市从抗洪一线提拔重用表现突出的干部36名。", False),
    # --- the Party school as one unit among the participants, not a course
    ("training", False,
     "县委办、县委党校、县委编办等9家单位160余名干部职工参加了比赛。", True),
    # --- a page whose lead is a sports meeting or a citizens' honour: its prizes
    ("incentive_care", False,
     "全县机关干部职工气排球联谊赛圆满落幕\n"
     "10月12日，全县机关干部职工气排球联谊赛在县体育馆落下帷幕。\n"
     "经过4天角逐，财政系统代表队获得冠军。县领导出席闭幕式并为获奖团体颁奖。", True),
    ("incentive_care", False,
     "某区举行年度感动某区人物颁奖典礼\n"
     "12月30日晚，年度感动某区人物颁奖典礼在区文化中心举行。\n"
     "区四套班子领导出席颁奖典礼，并为获奖者颁奖。", True),
    # ... a page that also honours cadre work stays an award
    ("incentive_care", True,
     "全县机关干部职工运动会开幕\n"
     "9月20日，全县机关干部职工运动会在县体育中心开幕。\n"
     "开幕式上，县委对年度脱贫攻坚先进集体和先进个人进行了表彰，并颁发奖牌。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_no_act_in_news(
    mechanism: str,
    present: bool,
    text: str,
    old: bool,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


def test_occasion_needs_a_positive_lead() -> None:
    text = (
        '[object]\nlabel = "x"\nmechanisms = ["training"]\narticle_mechanisms = ["training"]\n'
        'cadre = ["a"]\nlook_alikes = ["a"]\npublic = ["b"]\n'
        '[occasion]\nlabel = "o"\nmechanisms = ["incentive_care"]\nlead = 0\n'
        'events = ["c"]\ncadre_honours = ["d"]\n'
    )
    with pytest.raises(ActRulesError):
        parse_rules(text)
