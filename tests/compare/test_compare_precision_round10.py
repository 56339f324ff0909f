"""Mechanism precision on unseen pages (batches 17-20 at first sight), by general cause:

- a unit's own summary of its year (现将全年工作总结如下) and a newspaper's review of a whole
  level's organisation work over a year (……组织工作新进展新成效, 一年来) list every measure
  in passing and report no act: the genre gate stops them as work reports;
- a model-text site speaks with its own voice (小编整理……以供借鉴) and counts its samples
  (管理制度7篇): a template, not news;
- a rule for adjusting officials explained (列出了不适宜担任现职的24种情形, 本规定主要规范,
  不胜任的将进行调整) holds no one to account;
- a profile's past (曾到某市挂职, 挂职结束后, 曾被授予……称号) is no sending or honour now;
- a motto with one head repeated (一线培养、一线考察、一线选拔) names an orientation.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard real news and real acts.
"""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import Detect, MakeDocument

# (text, kind the gate names or "news", failed before the change)
PAGES: list[tuple[str, str, bool]] = [
    # --- a unit's summary of its own year
    ("过去一年，在镇党委的领导下，全镇上下攻坚克难，较好完成了各项任务。现将全年工作总结如下：\n"
     "一、主要工作完成情况\n（一）抓实党建。组织党员干部集中学习56场次，选派12名干部驻村。",
     "work_report", True),
    ("某社区坚持党建引领，扎实推进各项工作。现将2024年社区治理工作汇报如下：\n"
     "一、夯实组织基础\n全年开展党员培训8期，评选优秀网格员20名。",
     "work_report", True),
    # --- a newspaper's review of a whole level's organisation work
    ("——2023年全省组织工作新进展新成效\n一年来，全省组织部门坚持以党的政治建设为统领，"
     "举办领导干部专题轮训班12期，选派驻村第一书记3000余名，推动组织工作提质提效。",
     "work_report", True),
    ("凝心聚力谱新篇——新时代某市组织工作综述\n党的十八大以来，全市组织系统坚持新时代党的"
     "组织路线，累计培训干部8万人次，从项目一线提拔干部600余名。",
     "work_report", True),
    # --- a model-text site's samples
    ("当前位置：首页 > 综合 > 正文\n乡镇干部考勤管理制度5篇\n下面是小编整理的乡镇干部考勤管理制度"
     "5篇，以供借鉴。\n一、干部必须按时参加县上组织的培训，无故缺席者通报批评。",
     "speech_template", True),
    # ... news that publishes a result says 现将……结果通报如下, and news of one act may say
    # 一年来 or 综述 once: both stay news
    ("3月5日，县委组织部召开擂台比武讲评会。现将考核结果通报如下：城关镇等5个乡镇获评一等次，"
     "其主要负责人在全县大会上作交流发言。", "news", False),
    ("一年来，全市组织部门选派200名年轻干部到招商一线锻炼，其中35人因实绩突出被提拔重用。"
     "（记者 刘洋）", "news", False),
    ("强化一线历练 锤炼过硬本领——某县年轻干部培养工作综述\n4月以来，县委组织部选派80名年轻干部"
     "到重点项目指挥部跟班学习，实行一月一考评。", "news", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "old"), PAGES)
def test_summaries_reviews_and_samples_are_not_news(
    make_document: MakeDocument, text: str, kind: str, old: bool
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict


# (mechanism, present, text, failed before the change)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- a rule for adjusting officials explained
    ("accountability", False,
     "《实施办法》逐条列出了不适宜担任现职的五大类20种情形，为“能下”提供了依据。", True),
    ("accountability", False,
     "“不适宜担任现职”的认定标准不统一，一直是干部“下”难的症结所在。", True),
    ("accountability", False,
     "本办法主要规范对不胜任现职干部的领导职务所作的组织调整。", True),
    ("accountability", False,
     "对驻村干部，考核不合格将进行调整；脱岗漏岗的将严格问责派出单位。", True),
    # ... officials actually adjusted stay accountability
    ("accountability", True,
     "今年以来，全市对37名不适宜担任现职的领导干部进行了调整。", False),
    ("accountability", True,
     "县委对考核排名末位的2名乡镇党委书记予以免职。", False),
    # --- a profile's past posts and honours
    ("frontline_rotation", False,
     "读博期间，他曾到贵州某县，挂职担任过两年的副县长。"
     "在贵州挂职结束后，他又二度挂职，到省发改委挂职担任处长助理。", True),
    ("incentive_care", False,
     "担任县委书记五年间，他曾被授予全国优秀县委书记称号。", True),
    # ... a county sending and honouring its cadres now stays an act
    ("frontline_rotation", True,
     "今年3月，县委选派45名年轻干部到乡镇挂职锻炼，为期一年。", False),
    ("incentive_care", True,
     "会上，市委对20名优秀驻村第一书记予以通报表彰。", False),
    # --- a motto with one head repeated
    ("frontline_assessment", False,
     "近年来，该市坚持“一线培养、一线考察、一线选拔”的用人导向，营造了干事创业的氛围。", True),
    # ... an assessment team at work on the frontline stays an assessment
    ("frontline_assessment", True,
     "市委组织部派出考察组深入项目一线，对32名干部的现实表现进行跟踪考察。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_rules_profiles_and_mottos_are_no_act(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# (mechanism, present, text, failed before the change)
FACILITY: list[tuple[str, bool, str, bool]] = [
    # --- a training facility opened, or the role it is asked to play
    ("training", False,
     "市委党校新校区位于城东新区，建筑面积4万余平方米，可同时容纳800名学员参加培训。", False),
    ("training", False,
     "他希望市委党校以新校区启用为契机，充分发挥党员干部培训轮训主渠道作用。", True),
    # ... a course held at the school stays training
    ("training", True,
     "10月9日，市委党校举办年轻干部培训班，全市60名科级干部参加为期15天的集中学习。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), FACILITY)
def test_a_training_facility_is_no_course(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# (mechanism, present, text, failed before the change)
NAMES: list[tuple[str, bool, str, bool]] = [
    # --- a rule's title and the policy's name, a rule just issued, a term defined
    ("accountability", False,
     "近日，《某省推进领导干部能上能下实施办法》出台，明确了到龄免职、调整不适宜担任现职干部、"
     "问责处理等五种“下”的途径。", True),
    ("accountability", False,
     "不适宜担任现职，主要指干部的德才表现与所任职务要求不相符。", True),
    ("accountability", False,
     "评论文章呼吁，让领导干部能上能下成为常态，把混日子的干部调整下去。", False),
    # ... an adjustment under a named rule stays accountability
    ("accountability", True,
     "县委依据《推进领导干部能上能下实施办法》，对4名履职不力的干部予以调整。", False),
    # --- a holiday greeting to everyone is no care for cadres
    ("incentive_care", False,
     "春节前夕，帮扶工作组为全乡党员干部群众送上新春的祝福与慰问品。", True),
    # ... care for cadres themselves stays
    ("incentive_care", True,
     "县委组织部为长期在艰苦岗位工作的基层干部落实体检和休假待遇，并送去慰问金。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), NAMES)
def test_names_of_rules_and_greetings_are_no_act(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# (text, kind the gate names or "news", failed before the change)
COMMENTARY: list[tuple[str, str, bool]] = [
    # --- a commentator's diagnosis of a policy: no place acts in it
    ("本刊评论员 王明\n干部“能上能下”是激发干事活力的关键一招。一方面，要破除认知误区，让“下”得"
     "服气；另一方面，要找准堵点、靶向发力，让“下”得精准。标准不清，是“能下”难落地的症结所在。",
     "rhetoric", True),
    # ... news of a county that adjusted its officials stays news
    ("4月2日，县委组织部通报，今年一季度全县对5名履职不力的干部进行了调整。针对考核中发现的"
     "堵点问题，县里开展专项整治。（记者 张华）", "news", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "old"), COMMENTARY)
def test_a_signed_commentary_is_rhetoric(
    make_document: MakeDocument, text: str, kind: str, old: bool
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict


# (mechanism, present, text, failed before the change)
TEAMS: list[tuple[str, bool, str, bool]] = [
    # --- a team of sent cadres moving to its villages is the unit of deployment
    ("task_force", False,
     "8名机关干部组成的帮扶工作组，前往该镇5个村开展为期两年的驻村帮扶。"
     "目前，工作组已进村入户开展调研摸底。", True),
    # ... a team formed for a task stays a task force
    ("task_force", True,
     "县里成立征迁工作组，抽调20名干部进村入户开展动员，10天完成签约。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), TEAMS)
def test_a_team_sent_to_villages_is_no_task_force(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# (mechanism, present, text, failed before the change)
OPEN_SELECTION: list[tuple[str, bool, str, bool]] = [
    # --- posts filled by open exam are no reward for frontline work
    ("merit_promotion", False,
     "今年扩大了公开选拔职位的覆盖面，其中公开选拔的国有企业领导干部达32名。", True),
    # ... cadres promoted for their frontline record stay merit promotion, even beside it
    ("merit_promotion", True,
     "除公开选拔外，全市从脱贫攻坚一线提拔重用干部126名。", False),
    ("merit_promotion", True,
     "去年，该市从优秀村党组织书记中公开选拔乡镇领导班子副职52名。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), OPEN_SELECTION)
def test_open_selection_is_no_merit_promotion(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
