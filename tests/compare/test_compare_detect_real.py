"""Mechanism detection on the failure patterns of real pages (batches 6-8 of
tests/fixtures/real), each written as new sentences of the genre: a general cause, not a
page.  Every case here failed on the taxonomy before the fix it documents."""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- task_force: a team that is a unit of deployment, an assessment team, a company's
    # own team or a slogan is no task force formed for a project
    ("task_force", False, "全县上下尽锐出战，建强攻坚队伍。坚持建强攻坚队伍，确保打赢攻坚战。"),
    ("task_force", False,
     "省委从省直机关选派2000名干部，组成400个工作组，分赴各地企业和村庄开展帮扶。"),
    ("task_force", False,
     "800名市直单位干部组成的160个工作组今天全部到岗。各工作组将驻村一年。"),
    ("task_force", False,
     "由县发改委等5个单位12名下派干部组成的“访民情”活动工作队进驻牧区。"),
    ("task_force", False,
     "县委组织部联合县纪委组成三个工作组，对各乡镇驻村帮扶工作开展情况进行集中考核。"),
    ("task_force", False,
     "区委组织部组建3个调研考察专班，深入重点项目一线了解干部表现。"),
    ("task_force", False,
     "为确保测绘任务按期完成，集团公司组织抽调技术骨干与合作单位共同组成了项目攻坚队。"),
    # ... while a team formed for a project stays one, also under a new name (助攻团)
    ("task_force", True,
     "州委从已脱贫县抽调156名乡镇主要领导和业务骨干组建乡村振兴“攻坚助攻团”，奔赴重点县开展支援。"),
    ("task_force", True, "区委抽调30名干部组建征迁工作专班，进驻片区集中办公。"),
    ("task_force", True, "县委选派20名机关干部组成征迁工作组，进驻片区攻坚。"),
    # --- frontline_assessment: a routine team of a 换届 or of congress nominees is no
    # frontline assessment; a team sent to the frontline, or helpers assessed on their work, is
    ("frontline_assessment", False,
     "区委派出6个考察组对街乡领导班子进行换届考察。考察组成员参加了培训。各考察组要严守纪律。"),
    ("frontline_assessment", False,
     "县里召开政协委员提名人选考察工作会议，各考察组成员参加会议。考察组将逐一谈话。"),
    ("frontline_assessment", False,
     "部里今天成立专项考察组，由林某任组长。考察组随后出发。"),
    ("frontline_assessment", False, "各考察组要在月底前将考察结果报区委组织部。"),
    ("frontline_assessment", True,
     "县委组建4个考核工作组分赴全县乡镇、项目工地等一线，通过实地走访了解干部表现。"),
    ("frontline_assessment", True,
     "州委组织部牵头，对全州帮扶力量工作开展情况进行全面考核。"),
    # --- frontline_rotation: the sent named as contestants, prize winners or a category
    # (选派驻村第一书记擂台比武, 选派村) is no deployment; a deployment counted, or staff drawn
    # from departments into a team, is one
    ("frontline_rotation", False,
     "镇里举办选派驻村第一书记擂台比武。6名选派驻村第一书记登台亮绩。"
     "选派干部深刻把握驻村工作的使命，2篇报告入选全省优秀选派干部驻村调研报告和选派村典型案例。"),
    ("frontline_rotation", False,
     "经过评审，红星村驻村第一书记张某等8名选派驻村第一书记分别荣获一等奖、二等奖。"),
    ("frontline_rotation", False,
     "擂台现场，14名驻村第一书记先后上台，讲述驻村以来的工作成果，展示在驻村期间的实践探索。"),
    # the count is of the villagers visited, not of those sent
    ("frontline_rotation", False, "驻村干部走访群众300人，帮助解决实际困难。"),
    ("frontline_rotation", True, "今年，全县驻村干部共计326名。"),
    ("frontline_rotation", True, "省委选派干部深入脱贫攻坚一线，开展为期两年的帮扶。"),
    ("frontline_rotation", True, "指挥部成员从县直各部门抽调组成，实行集中办公。"),
    # --- merit_promotion and incentive_care: a criterion or a plan for later decisions is
    # not a promotion or an award reported
    ("merit_promotion", False, "市里提拔重用年轻干部注重基层工作经历，突出实绩导向。"),
    ("merit_promotion", False,
     "此外，省里还将强化考评结果运用，在提拔任用、职级晋升、表彰奖励时应当优先考虑。"),
    ("incentive_care", False,
     "此外，省里还将强化考评结果运用，在提拔任用、职级晋升、表彰奖励时应当优先考虑。"),
    # --- training: a budget line is no course; a course with its length, or officials
    # trained with a count, is one
    ("training", False, "县财政为每名第一书记每年安排2万元工作经费，用于办公费、培训费等开支。"),
    ("training", True, "全县首批下派机关干部圆满完成了为期5天的培训。"),
    ("training", True, "今年以来，以夜校形式培训村干部2150人次。"),
    # an expert's affiliation (党校教授) in a quote is no course
    ("training", False,
     "省委党校公共管理教研部主任张某教授认为，这一做法体现了对县域经济的重视。"
     "他说，不少学员对此也有同感。"),
    ("training", False, "某镇开办党员夜校强基铸魂，某村开办农民夜校传授种植技术。"),
    # --- incentive_care: a grade of an assessment is no award, nor are prizes to
    # companies and their staff; an award contest held, or a merit citation, is one
    ("incentive_care", False,
     "通过年度考核，评出32个优秀领导班子、96名优秀干部，也掌握了一批问题干部的情况。"),
    ("incentive_care", False,
     "园区举办年度表彰会，现场颁发了“突出贡献奖”“成长之星奖”等多个奖项，以鼓励更多企业和个人扎根发展。"
     "“创新人才奖”表彰了技术创新中表现突出的个人，某某科技有限公司的王某等15位人才获奖。"),
    ("incentive_care", True, "市委组织部开展了全市第三届基层党建创新奖评选活动。"),
    ("incentive_care", True, "对攻坚实绩突出的，年度考核确定为优秀等次，特别优秀的记“二等功”。"),
    # --- accountability: a sanction in a profile's past is background
    ("accountability", False,
     "李某曾因工作失职受到党纪处分，后在防汛抢险中冲锋在前，又被提拔重用。"),
    # --- merit_promotion: promotions counted by birth cohort report youth, not merit;
    # a post earned by performance is merit
    ("merit_promotion", False, "今年以来，全区共提拔80后干部21人，90后干部7人。"),
    ("merit_promotion", True,
     "由于表现突出，这位社区网格员被调往开发区，担任招商服务中心副主任。"),
    # --- leaderboard: officials ranked low named as a ground for adjusting them is no
    # contest; units scored and ranked, a list fed by assessment, a contest among villages
    # decided, or a jury whose scores let entries through, is one
    ("leaderboard", False,
     "2020年以来，市委先后对这12名实绩排名靠后、群众公认度不高的干部作出调整。"),
    # a combat-sports ring hosted by a county is a sports event
    ("leaderboard", False,
     "“全民擂台”武术散打联赛在县体育馆开赛，来自两县的拳手在擂台上一试高下。县领导为擂台赛致辞。"),
    ("leaderboard", True,
     "按比例折合后，得出各乡镇2023年帮扶工作分值，对排名靠后的乡镇制发问题清单。"),
    ("leaderboard", True, "县里将考察结果与干部表现“红黑榜”紧密挂钩，每季度更新。"),
    ("leaderboard", True, "决赛中，12个村依次作了工作汇报，最终决出5个示范村。"),
    ("leaderboard", True, "经过初评，评委现场打分，8个项目脱颖而出，进入实地考察环节。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_real_page_pattern(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
