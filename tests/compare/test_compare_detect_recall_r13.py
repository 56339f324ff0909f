"""Mechanism recall on the acts batches 33-38 still missed at first sight (round 13).

The misses shared one cause: the act was told in a wording the cue lists lacked, so no cue
fired at all (the act model, which judges only the rules' candidate sentences, never saw
them).  The wordings, each an act of its mechanism whatever the page:

- a team named with its head (每个招商小组由一名县委常委挂帅) or its members at work
  (攻坚组成员一起走村入户), as 专班成员 and 牵头的工作小组 already were;
- a ranking read out in order (满意度从高到低依次为：某区、某区), an arena built (搭建“练兵
  擂台”), cadres scored by those they serve (居民代表给居委干部打分);
- the assessment of sent cadres told assessment first (年度考核中，帮扶工作队有N人评优;
  出台考核办法，鼓励选派干部……; 考核办法是驻村干部……), 跟踪考核 beside 跟踪考察, and a
  posting's record that decides a promotion (跟班学习表现，是决定他是否被提拔的重要依据),
  cadres' assessment tied to the frontline task's results (干部考核与扶贫成效挂钩);
- the send-off meeting of a numbered batch of sent cadres (驻村工作队第三批动员大会);
- a promotion told by the rank reached (晋升为三级主任科员);
- every cadre of a kind trained (全覆盖培训乡村干部, 对村干部全员轮训), a degree programme
  for village cadres (村干部学历提升行动);
- prizes and honours in other words: the winner of a contest (成为“擂主”), a plaque for
  the units an evaluation picked (为评出的A档村授牌), a naming ceremony (好干部命名大会),
  an outstanding village head taken onto the staff (优秀村党组织书记纳入事业编), a 十佳
  selection naming cadre titles (评选的“十佳”包括十佳公仆), provision for sent cadres told
  with 提供 (为挂职干部提供保障).

Every sentence is written anew in the genre's style; each ``True`` case failed on the
taxonomy before the fix, and the ``False`` cases keep the look-alikes out.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- a team named with its head, or its members at work
    ("task_force", True, "该县推行分组招商，每个招商小组由一名县委常委挂帅，分赴各地对接企业。"),
    ("task_force", True, "拆迁攻坚组成员一起逐户上门，讲解补偿政策，三天签约四十余户。"),
    # ... not a project headed by a leader, nor team members listed among attendees
    ("task_force", False, "全县确定重点项目20个，每个项目由一名县领导挂帅。"),
    ("task_force", False, "出席会议的有镇党委书记、镇长，征迁工作组成员，各村党支部书记。"),
    # --- a ranking read out in order
    ("leaderboard", True, "经第三方测评，各区群众满意度从高到低依次为：东城区、西城区、南湖区。"),
    # ... not an exam's merit list
    ("leaderboard", False, "笔试结束后，根据总成绩从高到低依次确定进入面试的人选。"),
    # --- the arena built, cadres scored by those they serve
    ("leaderboard", True, "为检验年轻干部能力，该局搭建“岗位练兵擂台”，每季度举办一次。"),
    ("leaderboard", True, "年底，300多名群众代表给全镇46名村干部打分。"),
    # ... not a platform for exchange, nor a judge scoring pupils
    ("leaderboard", False, "县里搭建校地合作交流平台，推动人才双向流动。"),
    ("leaderboard", False, "评委老师为参赛学生的作品打分。"),
    # --- the assessment of sent cadres told assessment first
    ("frontline_assessment", True, "在年度考核中，全县驻村工作队有85人被评为优秀等次。"),
    ("frontline_assessment", True, "市里出台考核办法，鼓励选派干部为所驻村争取项目和资金。"),
    ("frontline_assessment", True, "镇党委加强对年轻干部的日常管理和跟踪考核。"),
    ("frontline_assessment", True, "他在项目指挥部半年的表现，将是决定其能否提拔的重要依据。"),
    ("frontline_assessment", True, "全县干部的年度考核，一律与脱贫攻坚成效挂钩。"),
    # ... not a study tour of sent cadres
    ("frontline_assessment", False, "区里选派干部赴浙江考察学习乡村振兴经验。"),
    # --- the send-off meeting of a numbered batch of sent cadres
    ("frontline_rotation", True, "上午，全市驻村干部第五批动员大会在市委礼堂召开。"),
    # ... not a numbered batch of a study campaign
    ("frontline_rotation", False, "上午，全市第二批主题教育动员大会在市委礼堂召开。"),
    # --- a promotion told by the rank reached
    ("merit_promotion", True, "去年年底，该同志晋升为二级主任科员。"),
    # --- every cadre of a kind trained
    ("training", True, "县里全覆盖培训乡村干部，提升其带富本领。"),
    ("training", True, "今年全市对村干部全员轮训一遍。"),
    ("training", True, "县委组织部联合县职业中专开展村干部学历提升行动。"),
    # ... not the training of farmers
    ("training", False, "镇里组织农民参加电商技能培训，帮助群众增收。"),
    # --- prizes and honours in other words
    ("incentive_care", True, "经评委现场打分，某村党支部书记拔得头筹，成为“擂主”。"),
    ("incentive_care", True, "擂台赛上，镇党委为上半年评出的五星村进行授牌。"),
    ("incentive_care", True, "市里召开担当作为好干部好团队命名大会，表扬一批实干干部。"),
    ("incentive_care", True, "落实激励政策，2名优秀村党组织书记纳入事业编制。"),
    ("incentive_care", True, "今年评选的“十佳”共八类，其中包括十佳村党组织书记、十佳公仆。"),
    ("incentive_care", True, "市里在交通、探亲、住宿等方面为挂职干部提供保障。"),
    # ... not 十佳 titles for the public only
    ("incentive_care", False, "今年评选的“十佳”共三类：十佳孝星、十佳教师、十佳志愿者。"),
    # ... not a plaque received by a school, nor a plaque at a ceremony with no evaluation
    ("incentive_care", False, "该校被市委组织部授牌为干部教育培训基地。"),
    ("incentive_care", False, "仪式上，县领导为新建的村史馆授牌。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round13_acts_in_wordings_the_cues_lacked(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
