"""Cue-level guards of detection: a negative cue that once vetoed or blanked a real act
stays silent on it, and a positive cue stays off a look-alike (a command post whose
orders are followed or that someone left, a standing aid command that hosts a course).

Every sentence is written anew in the genre's style."""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# Negatives that vetoed or blanked real acts: each must stay silent on these sentences.
SILENT: list[tuple[str, str, str]] = [
    ("training", "面向群众的培训", "120名选派干部参加了到村任职工作培训班。"),
    ("leaderboard", "经济排名（不是干部比拼）", "对综合排名连续两年倒数第一的乡镇给予约谈。"),
    ("leaderboard", "学校榜单（不是干部比拼）", "乡镇干部的“高考”只有一门科目：项目观摩打分。"),
    ("frontline_rotation", "选派干部（角色名，不是派出）",
     "某县向42个重点村选派第一书记和工作队。"),
    ("task_force", "下派干部组成的工作队（下派的单位，不是专班）",
     "街道选派6名党员组成专项工作组，同区里派驻的5个工作组分片包干。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "negative", "text"), SILENT)
def test_negative_stays_silent_on_a_real_act(
    mechanism: str,
    negative: str,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert negative not in detection.negative_cues, detection.negative_cues
    assert detection.present, (detection.score, detection.cues, detection.negative_cues)


@pytest.mark.parametrize(
    "text",
    [
        "按照疫情防控指挥部要求，驻村干部严格落实各项封控措施，做好群众生活保障。",
        "她主动申请从疫情防控指挥部调到社区一线，负责核酸采样点的秩序维护。",
    ],
)
def test_orders_followed_and_a_post_left_form_no_command_post(text: str, detect: Detect) -> None:
    detection = detect(text, "task_force")
    assert "项目/现场指挥部" not in detection.cues, detection.cues


def test_a_standing_aid_command_is_no_task_force(detect: Detect) -> None:
    text = "宁波市对口援疆指挥部与县委组织部、县委党校密切配合，共同举办基层干部培训班。"
    detection = detect(text, "task_force")
    assert "指挥部" not in detection.cues, detection.cues
