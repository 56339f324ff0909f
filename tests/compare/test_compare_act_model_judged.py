"""Detections the rules leave under their threshold and the act model judges: an award
still to come (评审委员会将……评选出一等奖2名) and scoring as a step of one unit's
assessment (考核组……现场打分) are no act; units scored and ranked, prizes awarded are.

Every sentence is written anew in the genre's style."""

from __future__ import annotations

import pytest

from reporter import compare
from reporter.compare.taxonomy import Taxonomy
from tests.compare.conftest import MakeDocument

# Judged by the act model too: the rules alone leave these under the threshold, the model
# read the prize list as an award given.
JUDGED: list[tuple[str, bool, str]] = [
    # --- an award still to come, on what it will be based
    ("incentive_care", False,
     "下一步，评审委员会将综合初赛和复赛成绩，评选出一等奖2名、二等奖5名、三等奖10名。"),
    # --- scoring as a step of one unit's assessment, no ranking
    ("leaderboard", False, "随后，考核组成员对照年度目标责任书逐项查阅台账资料，并现场打分。"),
    ("leaderboard", False, "今年，区里对考核的工作汇报、打分测评等环节进行精简，减轻基层负担。"),
    # --- officials picked as contestants, the contest told in the next clause (round 17b)
    ("frontline_rotation", False,
     "县里每月开展一次业务擂台赛。半年后，各单位选派年轻干部，开展“专项赛”，年终开展年度“优胜赛”。"),
    # ... a control: units scored and ranked
    ("leaderboard", True, "县委每季度对各乡镇重点工作现场打分，排名结果在全县通报。"),
    # ... a control: the prizes awarded
    ("incentive_care", True,
     "决赛结束后，评审委员会评选出一等奖2名、二等奖5名，县委组织部为获奖的村党组织书记颁奖。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), JUDGED)
def test_the_model_judges_the_shape(
    make_document: MakeDocument,
    taxonomy: Taxonomy,
    mechanism: str,
    present: bool,
    text: str,
) -> None:
    analysis = compare.analyze(make_document(text), taxonomy, act_model=compare.load_act_model())
    detection = analysis.detection(mechanism)
    assert detection.present is present, (detection.score, detection.judged, detection.cues)
