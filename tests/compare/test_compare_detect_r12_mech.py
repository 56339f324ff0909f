"""Mechanisms on batches 31-32 (round 12): shapes that pages never seen before share.

- a sanction promised to a class of people (对工作不力者，将严肃问责) is a rule, not
  officials held to account; the sanction told with who and how many still is one;
- a stay "until now" (从2018年驻村至今), the sent told as where someone came from (下派来
  的), a feature's subtitle (——记某某蹲点干部), a 挂点领导 and a 驻村包片领导 name who a
  person is, not a sending;
- a destination with no one sent in its clause (下沉一线，选配干部看实绩; 职能部门下沉到街道)
  is a slogan or offices moving, the people sent named beside it make it a sending;
- task forces told as a 工作小组 formed, counted 专项工作组, teams led by leaders counted
  with 支, and a command post's own working meeting;
- heads of units reporting in turn and rated on the spot is a public scoring of units;
- sanctions told as done (已给予了通报批评, 倒数两名被约谈) are acts, a scheme's 由指挥部约谈
  and a crop's 降级 are not; an award announced by the measure it will follow (将根据……
  表彰) is not given yet;
- a course told topic first (某某研学班在某地举办) or counted in sessions (培训12个班次) was
  held;
- a title conferred on counted heads (选树120名村支书为“……”), a selection's winners taking
  its title and an assessment's single prizes are recognition given;
- what a fault-tolerance rule lets the cleared keep (可在提拔任用中不作负面评价) promotes
  nobody;
- grooming and record-keeping words alone (跟踪培养, 工作纪实, 成长档案) evaluate no
  frontline work; with an evaluation beside them (日纪实、周研判、月评估) they do;
- the cadres' conduct weighed in their assessment (干部调研表现作为年度考核的重要依据) is an
  assessment; a list of research topics to claim (课题榜单, 揭榜领题) ranks nobody, nor does a
  third party's list of places (百强镇榜单, 满意度排名);
- an order to every level below that names its organs after 各级 (各级党委及组织部门要),
  the centre's notice as the subject of the sentence, and a practice judged by what it can
  do (既能……有助于) report no act of any place.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
taxonomy before the fix, the ones marked as controls keep its neighbours where they were.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- a sanction promised to whoever fails is a rule
    ("accountability", False, "活动纳入年度考核，对推进不力者，将严肃问责。"),
    ("accountability", False, "对落实不到位的村组干部、乡镇机关干部予以通报批评。"),
    # ... controls: the sanction told with who and how many, or as done
    ("accountability", True, "对推进不力的5名村干部予以通报批评，对2名干部进行诫勉谈话。"),
    ("accountability", True,
     "对不作为、乱作为的窗口人员坚决严肃查处，并启动问责程序，对相关责任人严肃处理。"),
    # --- who a person is, not a sending
    ("frontline_rotation", False, "从2019年5月驻村至今，这位从省农业厅下派来的干部走遍了全村。"),
    ("frontline_rotation", False, "——记市交通局派驻蹲点干部李某某"),
    ("frontline_rotation", False,
     "把镇、村挂点领导、驻村第一书记、网格员等力量整合起来。全镇挂点领导每周到村开展工作。"),
    ("frontline_rotation", False,
     "对落实防火措施不力的部分驻村包片领导进行了谈话提醒。全镇驻村干部坚守岗位。"),
    # --- a destination with no one sent named in its clause: a slogan, leaders visiting,
    # offices moving
    ("frontline_rotation", False, "下沉一线，选配干部看实绩"),
    ("frontline_rotation", False, "哨声响起，区级12个职能部门下沉到街道，联合开展整治。"),
    ("frontline_rotation", False, "市领导沉到一线、深入现场，既挂帅又出征。"),
    # ... controls: the people sent named in the clause, and officials attached to places
    ("frontline_rotation", True, "全区抽调的300名机关干部全部下沉社区，协助开展排查。"),
    ("frontline_rotation", True, "疫情发生后，机关党员干部第一时间下沉到村，连续奋战。"),
    ("frontline_rotation", True, "县里安排30名科级干部挂点联系重点村，吃住在村。"),
    # --- task forces named by their work
    ("task_force", True, "县、乡两级组成防汛工作小组，每天对河道进行巡查。"),
    ("task_force", True,
     "该县设立项目前期和资金保障、征地拆迁和用地保障、杆线迁移和环评审批4个专项工作组。"),
    ("task_force", True, "15名县领导带领15支工作组，对重点乡镇开展包联帮扶。"),
    ("task_force", True, "县长主持召开全县重点项目建设总指挥部第三次调度会。"),
    # ... controls: a supervision group checks work, it does not do a project; squads of
    # sent cadres going down to serve are how a deployment is organised
    ("task_force", False,
     "选派800名机关干部担任驻企专员，组建10支青年干部服务小分队，组团赴镇街开展一线服务。"),
    ("task_force", False, "县纪委监委迅速成立项目执纪监督工作小组，开展调查核实。"),
    # --- heads reporting in turn and rated on the spot
    ("leaderboard", True, "8个乡镇的党委书记依次进行了述职，现场进行了测评。"),
    ("leaderboard", True, "去年以来，全区启动村社区星级评定工作，与绩效挂钩。"),
    # ... a control: one report is no contest
    ("leaderboard", False, "镇党委书记向全体党员作了述职报告。"),
    # --- what every level is told to do
    ("frontline_assessment", False, "各级党委及组织部门要在抢险救灾一线考察识别干部。"),
    ("incentive_care", False,
     "中共中央组织部近日印发通知，要求注重表彰抗灾中涌现的先进基层党组织。"),
    ("frontline_assessment", False, "在抗灾一线考察干部，既能看出其担当精神，有助于选准用好干部。"),
    # ... a control: a place acting under the notice names itself
    ("frontline_assessment", True,
     "根据中组部的通知，县委组织部派出3个考察组到抗灾一线考察干部42名。"),
    # --- the epidemic's front line, and a rank raise as a use of results
    ("frontline_assessment", True, "县委组织部注重在疫线考察干部。"),
    ("merit_promotion", False,
     "注重识别考察干部，了解表现优秀的干部情况，作为下一步选拔任用、职级晋升的重要参考。"),
    # --- sanctions told as done: the count with a perfective particle, the passive talk
    ("accountability", True, "对督查发现的作风漂浮的4名干部，已及时给予了通报批评。"),
    ("accountability", True, "去年全市考核中，倒数两名的县委书记被市委主要领导约谈。"),
    # ... a scheme's allocation, and a crop's grade
    ("accountability", False, "每季度第一名授予流动红旗，后两名由指挥部约谈。"),
    ("accountability", False, "低温多雨造成种子田减产降级，驻村干部连夜联系邻近团场调种。"),
    # --- an award announced by the measure it will follow
    ("incentive_care", False,
     "近期，该县将根据抗洪实绩进行评优，综合研判领导班子和党员干部的实绩表现，对优秀共产党员择优进行表彰。"),
    # --- a course told topic first, or counted in sessions
    ("training", True, "全县乡村振兴干部能力提升研学班在省农科院举办。"),
    ("training", True, "全年完成村干部专业能力培训 12 个班次。"),
    # --- the cadres' conduct weighed in their assessment, named before 作为
    ("frontline_assessment", True, "将调研报告质量与干部蹲点表现作为年度考核的重要依据。"),
    # --- a title conferred on counted heads, a selection's winners taking its title, an
    # assessment's single prizes
    ("incentive_care", True, "市委组织部决定，选树120名村党组织书记为“红旗村支书”。"),
    ("incentive_care", True,
     "3个镇的党委书记和镇长在“黄金搭档”评选中脱颖而出，成为年度“黄金搭档”。"),
    ("incentive_care", True, "该县在全市年度考核中获得营商环境、民生工作评价两项单项奖。"),
    # ... a control: a school's prize names no assessment of work
    ("incentive_care", False, "获得全区初中教育质量综合奖的6所学校分别是实验中学、第二中学等。"),
    # --- what a fault-tolerance rule lets the cleared keep is no promotion
    ("merit_promotion", False,
     "符合容错免责条件的干部，可作以下处理：在提拔任用征求意见中，不作负面评价。"),
    ("merit_promotion", False,
     "在容错结果运用上，根据认定意见，相关个人或单位可在年度绩效考核、组织处理、后备干部资格、"
     "提拔任用和影响评先评优等方面从轻、减轻处理，让干部轻装上阵。"),
    # --- grooming and record-keeping words alone evaluate no frontline work
    ("frontline_assessment", False, "严格执行在村签到、请示报告、工作纪实、请销假等制度。"),
    ("frontline_assessment", False, "区委组织部为年轻干部建立成长档案，累计建档60份。"),
    ("frontline_assessment", False, "驻村结束后，组织部门对选调生进行持续跟踪培养。"),
    # ... controls: with an evaluation beside them
    ("frontline_assessment", True, "对选派到项目一线的干部，市委组织部全程跟踪培养考察。"),
    ("frontline_assessment", True, "建立“日纪实、周研判、月评估”的跟踪培养机制。"),
    # --- a list of topics to claim is no ranking
    ("leaderboard", False, "组织部门发布调研课题榜单，新到村任职的选调生现场揭榜领题。"),
    # --- a list drawn up outside the state's ranks ranks places, not units or officials
    ("leaderboard", False, "最新一期地方政府满意度排名公布，全省122个县区参与调查。"),
    # ... a control: a contest's prizes by score stay its act
    ("leaderboard", True, "知识竞赛在县委党校举行，赛后将依据选手成绩排名确定团体和个人奖项。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round12_mechanism_shapes(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
