"""Mechanism recall on the ways the genre reports each mechanism (batch 10's first-sight
misses, generalised): a contest told by its format (rounds, scores, ranked prizes), a task
force under another name (a commander, a counted post, a named 专班 at work), an honour in
its announcement form (拟推荐对象), courses named by their purpose, care delivered to
cadres.  Each sentence is written anew in the genre's style; every ``True`` case but one
(the jury's marks, kept as a guard for the wider gap) failed on the taxonomy before the
fix, and the ``False`` cases keep the look-alikes out (sports, pupils' and workers'
contests, a company's commander, candidates for a post)."""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- leaderboard: a knowledge contest or 擂台赛 among departments' or towns' teams,
    # reported by its scoring, its rounds, its ranked prizes or prizes decided by rank
    ("leaderboard", True,
     "本次党章知识竞赛采用现场抢答计分、评委复核得分的办法进行。"),
    ("leaderboard", True,
     "本次党纪法规知识竞赛，各部门共组成26支代表队参加初赛，经过笔试，8支代表队进入决赛。"),
    ("leaderboard", True, "经过初赛、复赛，8名村党组织书记进入决赛。"),
    ("leaderboard", True,
     "在全县业务知识竞赛中，经过三轮角逐，县财政局代表队荣获一等奖，某镇代表队获得二等奖。"),
    ("leaderboard", True,
     "区委组织部将依据各队最终得分，确定团体一二三等奖并予以通报。"),
    ("leaderboard", True,
     "区委组织部将按照决赛排名，结合群众投票情况进行评奖。"),
    ("leaderboard", True,
     "评委根据汇报和答辩情况打分排名，对前三名的村颁发证书。"),
    ("leaderboard", True,
     "镇里举办了村干部业务知识竞赛，各村代表队按总分排名。"),
    ("leaderboard", True,
     "评委结合评分细则，从工作成效、创新做法、现场表现等方面对参赛书记进行了综合评分。"
     "六名书记脱颖而出，将代表全镇参加全县半决赛。"),
    # a ranking published within its own clause is not an economic league table
    ("leaderboard", True,
     "市委每季度对各区县重点工作进行考核排名，结果在全市通报。"),
    # ... but sports, pupils', dancers' and builders' contests have teams and prizes too
    ("leaderboard", False,
     "县教育局举办中小学生党史知识竞赛，各学校代表队进入决赛，第一小学代表队获得一等奖。"),
    ("leaderboard", False,
     "全县机关职工篮球赛落幕，经过激烈角逐，县公安局代表队获得冠军。"),
    ("leaderboard", False,
     "本届运动会共有12支代表队参赛，裁判员现场打分，评出团体一等奖。"),
    # a choir contest named only in its first sentence: teams and prizes with no contest of
    # the genre named beside them only corroborate
    ("leaderboard", False,
     "县直机关工委举办庆祝建党百年歌咏比赛。全县共有30支代表队参加初赛，10支代表队进入决赛。"
     "最终，县人民医院代表队获得一等奖，县财政局代表队获得二等奖。"),
    ("leaderboard", False,
     "项目部开展劳动竞赛，按照各班组得分评出一等奖2个。"),
    ("leaderboard", False,
     "县文化馆举办广场舞比赛，20支队伍参赛，最终评出一等奖3名。"),
    ("leaderboard", False, "该县地区生产总值排名全省第三，增速位居全市第一。"),
    # --- task_force: a commander named, command posts counted, a named 专班 at work, a
    # service team formed, a leader heading a special working group
    ("task_force", True,
     "县委书记、县长既是指挥员又是战斗员，分别担任总指挥长和执行指挥长。"),
    ("task_force", True, "全市12个园区攻坚指挥部今天集中开工。"),
    ("task_force", True,
     "某某县“三联动”专班对全县8个重点项目进行现场督办。5月10日，“三联动”专班深入企业调研。"),
    ("task_force", True,
     "县里抽调精干力量组建6个重点项目服务队，实行一个项目一个服务队。"),
    ("task_force", True, "各县领导分别牵头一个专项工作组，推进产业招商。"),
    ("task_force", True, "县里设立重点项目攻坚作战室，由常务副县长坐镇调度。"),
    # ... not a company's own commander, an assessment team or a volunteer team
    ("task_force", False,
     "县交通投资集团公司成立项目建设指挥部，公司总经理担任指挥长。"),
    ("task_force", False, "县委组织部组建考核专班，对各乡镇开展年度考核。"),
    ("task_force", False, "团县委组建青年志愿服务队，开展文明实践活动。"),
    # --- incentive_care: an honour announced as nominees, a title won, honoured units
    # after a longer gap, care handed to cadres
    ("incentive_care", True,
     "经组织推荐考察，省委确定了5名全省优秀乡镇党委书记拟推荐对象。"),
    ("incentive_care", True, "某某等4名同志拟推荐为全国优秀党务工作者，现予以公示。"),
    ("incentive_care", True, "县委表彰了一批乡村振兴先进集体和先进个人。"),
    ("incentive_care", True, "该镇党委书记荣获全省脱贫攻坚先进个人称号。"),
    ("incentive_care", True, "区委组织部为下沉干部送去慰问品和防护用品。"),
    ("incentive_care", True,
     "经过激烈角逐，第二党支部代表队获得优胜奖，第一党支部代表队获得组织奖。"),
    # ... not a candidate for a post, a company's title or a citizen's honour
    ("incentive_care", False, "全县优秀年轻后备干部推荐人选参加了理论考试。"),
    ("incentive_care", False, "该公司荣获全省安全生产先进集体称号。"),
    ("incentive_care", False, "县里表彰了一批见义勇为先进个人和道德模范。"),
    # prizes announced for after a contest are not yet given
    ("incentive_care", False,
     "竞赛结束后，县委组织部将依据各代表队得分确定团体奖项，予以表彰。"),
    # --- frontline_assessment: the act named before the place
    ("frontline_assessment", True,
     "组织部门通过实地走访、个别谈话，全面了解干部在攻坚一线的表现。"),
    # --- frontline_rotation: 挂任 is 挂职 said of the post taken
    ("frontline_rotation", True,
     "县委组织部从县直单位遴选32名优秀年轻干部到乡镇挂任党委副书记。"),
    # ... not a profile's present post
    ("frontline_rotation", False,
     "如今挂任某乡科技副乡长的李某说，带领群众调整产业结构刻不容缓。"),
    # --- training: a course named by what it raises, not a villagers' skills class
    ("training", True, "县委组织部举办年轻干部能力提升班，60名科级干部参加学习。"),
    ("training", False, "县人社局举办农民工技能提升班，200名村民参加培训。"),
    # ... a lecture to officials, or officials sent to a cadre college, is a course too
    ("training", True, "区里邀请高校教授为全区科级干部作了一场数字经济专题辅导报告。"),
    ("training", True, "市委组织部选派30名年轻干部到井冈山干部学院参加专题学习。"),
    # --- role_experience: more of the service roles a leader takes on for a day
    ("role_experience", True, "几位局长走上街头，当起了一天的“城管队员”。"),
    ("role_experience", True, "副县长以“快递小哥”身份走街串巷，了解新就业群体的难处。"),
    ("role_experience", False, "记者以“外卖小哥”身份体验了一天的配送工作。"),
    # --- merit_promotion: village cadres recruited into the civil service for their record
    ("merit_promotion", True, "今年有19名优秀村党组织书记被招录为乡镇公务员。"),
    # --- leaderboard: an order by grades published, a red-black list released
    ("leaderboard", True,
     "市委对各县区党建工作进行综合评价，按四个等次排序并在全市通报。"),
    ("leaderboard", True, "县里每月发布项目建设“红黑榜”，上榜情况与年度考核挂钩。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_genre_reporting_form(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
