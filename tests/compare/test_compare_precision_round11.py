"""Mechanism precision on unseen pages (batches 25-28 at first sight), by general cause:

- a person named by a secondment or a village post they already hold (在某省挂职的干部参加
  座谈会, 挂职副乡长1人, 包村领导陪同) says who someone is, not that anyone was sent;
- a rule told as condition and consequence (……的，一律不能担任; 连续三次就要被问责; ……的，
  对其就地免职) says who would be removed, not who was;
- the stages of cadre work listed as bare nouns (对年轻干部的选拔、培训、管理、使用) are a
  policy's chapters;
- an instruction to every place below (各地要建立……考核机制) is an act still to be done;
- a place's standing honours in its profile (先后荣获……, 连续20年被评为……) are no award now;
- quoted names of work systems (“清单制”“擂台制”“赛马制”) are no contest held;
- a party school named as someone's employer (党校常务副校长带领……) holds no course;
- officials sent to study, the destination opening the next clause (选派50名干部，赴某大学
  进行为期一月的深造), are trained, not posted to the frontline;
- the sending told as who someone is (下派到村的驻村干部作为成员; 派驻某村第一书记某某 in a list
  of winners; 开展驻村帮扶工作 as a field) reports no new sending.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard real news and real acts.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (mechanism, present, text, failed before the change)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- officials named by a post they already hold
    ("frontline_rotation", False,
     "座谈会上，在我市挂职的干部畅谈挂职感受，围绕产业发展建言献策。"
     "市长对挂职干部的辛勤付出表示感谢。", True),
    ("frontline_rotation", False,
     "全镇现有在编干部42人，其中挂职副镇长2人，司法所长1人，临聘人员9人。", True),
    ("frontline_rotation", False,
     "11月3日，市委党校副校长带领12名学员在包村领导陪同下走访了该村困难群众。", True),
    # ... a sending reported stays a rotation
    ("frontline_rotation", True,
     "今年4月，市委组织部选派30名年轻干部到乡镇挂职锻炼，为期两年。", False),
    ("frontline_rotation", True,
     "县里从机关抽调18名干部下沉到村，开展为期半年的包村蹲点工作。", False),
    # --- a rule told as condition and consequence
    ("accountability", False,
     "《办法》还规定，受到过党纪处分的，一律不能担任乡镇党委书记。", True),
    ("accountability", False,
     "考评实行月排名，连续两个月排在末位的村干部就要被约谈问责。", True),
    ("accountability", False,
     "承诺书明确，所包路段连续两次被评为最差的，对责任片区的网格长就地免职。", True),
    # ... officials actually removed stay accountability
    ("accountability", True,
     "因整改不力，县委对排名末位的3名乡镇党委书记予以免职。", False),
    # --- the stages of cadre work listed as bare nouns
    ("training", False,
     "该区出台实施意见，统筹推进对年轻干部的选拔、培训、管理、使用，形成完整链条。", True),
    # ... a course held beside such a list stays training
    ("training", True,
     "围绕干部的选拔、培训、管理、使用，该区今年举办年轻干部培训班3期，培训干部260人次。", False),
    # --- an instruction to every place below
    ("frontline_assessment", False,
     "通知强调，各地要建立驻村干部工作台账，完善考核机制，进一步健全对驻村干部的管理考核。", True),
    # ... a county assessing its own sent cadres stays an assessment
    ("frontline_assessment", True,
     "县委组织部建立驻村干部纪实档案，对86名驻村干部的履职情况进行跟踪考察。", False),
    # --- a place's standing honours in its profile
    ("incentive_care", False,
     "该区是省会城市的中心城区，面积12平方公里，"
     "连续20年被评为“全国平安建设先进区”，先后荣获全国文明城区等称号。", True),
    # ... an award made now stays incentive_care
    ("incentive_care", True,
     "大会对全区15个先进集体和40名优秀党务工作者进行了表彰。", False),
    # --- quoted names of work systems
    ("leaderboard", False,
     "全市推行具体任务“清单制”、重点工作“擂台制”、试点示范“赛马制”，压实驻村工作责任。", True),
    # ... a contest with scores published stays a leaderboard
    ("leaderboard", True,
     "8月5日，全县举行重点项目擂台赛，12个乡镇同台比拼，现场打分并公布排名。", False),
    # --- officials sent to study, the destination in the next clause
    ("frontline_rotation", False,
     "县委选派基层42名年轻干部，赴省农业大学进行为期一个月的再深造、再学习。", True),
    ("frontline_rotation", False,
     "全省从各市县选派了200名业务骨干，分赴国家部委和沿海省份跟班学习。", True),
    # ... officials posted to villages, with a course as a second act, stay a rotation
    ("frontline_rotation", True,
     "今年，县委选派60名机关干部到村任职，为期两年，并组织他们参加岗前培训。", False),
    # --- the sending told as who someone is
    ("frontline_rotation", False,
     "临时党支部由县直部门包联领导、省市下派到村的党员驻村干部和村党支部书记组成。", True),
    ("frontline_rotation", False,
     "2019年选派到村、任期两年的挂职“第一书记”王某、李某两位同志接受了期满述职。", True),
    ("frontline_rotation", False,
     "两年来，全市各级单位持续开展驻村帮扶工作，涌现出一批先进集体。"
     "为激发各单位参与驻村帮扶工作的积极性，市委决定对先进集体予以表彰。", True),
    # ... a sending reported, with its count, stays a rotation
    ("frontline_rotation", True,
     "今年3月，市委组织部选派的86名驻村第一书记全部到岗，开展为期两年的驻村工作。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_posts_held_rules_and_names_are_no_act(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
