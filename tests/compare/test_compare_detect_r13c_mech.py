"""Mechanism precision on batches 39-40 (round 13, third wave): shapes unseen pages share.

- a meeting's demand to set something up, whatever its subject (重点项目要建立“一个项目一个
  专班”机制): 要 before 建立/成立/组建 says what should be formed, not what was;
- a team that spot-checks how others do the task (两局组成专班……进行随机督查) is an
  inspection, not the team doing the task;
- the standing command a city keeps where it aids (某市对口援疆指挥部) is an organ, not a
  team formed for the task reported;
- a township scoring its villagers' yards and households (庭院评分, 家庭评比) ranks the
  public, not cadres or their units;
- 蹲点 for research, study or inspection (分批赴外省开展蹲点调研) is a visit, not a posting;
- an honour on stage (颁发流动红、黑旗; 为先进单位负责同志佩戴绶带) is an award given;
- a course's trainees touring sites (组织学员考察参观) study; nobody assesses them;
- a reposted novel spun with synonyms (俄然, 奥秘地说, 挥挥手, 抬高声音) is fiction.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
rules before the fix, the ones marked as controls keep their neighbours where they were.
"""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import Detect, MakeDocument

CASES: list[tuple[str, bool, str]] = [
    # --- a demand to set up, not a setting up
    ("task_force", False,
     "各重点项目要建立“一个项目一个专班”工作机制，倒排工期，挂图作战。"),
    ("task_force", False, "市直各部门要成立攻坚专班，由主要负责同志任组长。"),
    # ... a control: a team formed
    ("task_force", True, "县委成立了项目攻坚专班，抽调12名干部集中办公。"),
    # --- a spot check by a team of bureaus
    ("task_force", False,
     "6月3日，县住建局、县农业农村局组成专班对各乡镇人居环境整治开展情况进行了第五次随机督查。"),
    # --- 蹲点 for research or inspection, and the trip it ends
    ("frontline_rotation", False,
     "某市选派干部赴外蹲点调研。今年以来，市委组织部组织32名乡镇党委书记分批赴省外三地"
     "开展蹲点调研，学习基层治理经验。"),
    ("frontline_rotation", False, "督导组将分组深入各县区进行蹲点督查，时间为两周。"),
    # ... a control: cadres posted to villages
    ("frontline_rotation", True, "县委从县直机关选派45名干部到重点村蹲点驻村，为期一年。"),
    # --- a township ranking its villagers' households
    ("leaderboard", False,
     "每月，各村网格长对村民家的庭院卫生进行评分，结果报到镇里开展美丽家庭评比。"),
    # ... a control: residents scoring their cadres, who are ranked
    ("leaderboard", True,
     "年底，社区居民代表给全街道56名居委干部打分，排名结果在街道公开通报。"),
    # --- honours on stage: a red flag told with its black twin, a sash
    ("incentive_care", True,
     "随后，现场宣读了第三季度评比结果，并颁发流动红、黑旗。"),
    ("incentive_care", True,
     "市委书记为8个先进单位和2个乡镇的负责同志佩戴了绶带。"),
    # --- trainees touring sites
    ("frontline_assessment", False,
     "培训期间，主办方建立项目组，组织学员考察参观了新农村建设和社区治理情况。"),
    # ... a control: officials assessed on the frontline
    ("frontline_assessment", True,
     "县委组织部派出考察组深入项目一线，对12名干部在征迁工作中的表现进行跟踪考察。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round13c_mechanism_shapes(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


def test_a_standing_aid_command_is_no_task_force(detect: Detect) -> None:
    text = "宁波市对口援疆指挥部与县委组织部、县委党校密切配合，共同举办基层干部培训班。"
    detection = detect(text, "task_force")
    assert "指挥部" not in detection.cues, detection.cues


_SPUN_NOVEL = (
    "他挥挥手说：“先别急，打个电话问问，王县长是不是去你们村了？”\n"
    "李萍迷惑地说：“应该没去吧。”她俄然抬高声音，奥秘地说：“我传闻县里要调整班子。”\n"
    "县里干部，每人都有一两个联系点，平常有空就下去蹲点。"
)


def test_a_spun_novel_is_fiction(make_document: MakeDocument) -> None:
    verdict = genre.judge(make_document(_SPUN_NOVEL))
    assert verdict.genre == "fiction", verdict


def test_a_feature_with_a_wave_stays_news(make_document: MakeDocument) -> None:
    text = (
        "5月8日，记者来到某县某村，驻村第一书记王某正在田间查看秧苗。\n"
        "“今年的收成错不了！”王某挥挥手，招呼村民一起干活。该县今年选派86名干部驻村。"
    )
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
