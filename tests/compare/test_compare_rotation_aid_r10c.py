"""Aid teams (援疆, 援藏) celebrated or summed up are not a sending (batches 23-24 at first sight).

Aid as a field of work (援疆工作总结表彰, 援疆先进集体, 援疆自选动作, 助力援疆事业, 援疆之路),
paired aid as a policy (对口援疆是重大决策), and a team "since" a past year (自2015年进藏以来)
read as a secondment through the bare word 援疆; now they are topical.  A team arriving now
(正式入驻) is a sending, like one setting off.

Graduates recruited by exam (选聘高校毕业生到村任职, 考录大学生村官, 选调……充实到基层公务员
队伍) are new hires, not serving officials sent down: a veto for the sentence.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard real sendings.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (present, text, failed before the change)
CASES: list[tuple[bool, str, bool]] = [
    (False,
     "6月8日，某县举办第九批援疆工作总结表彰大会，县委书记出席并讲话。"
     "他指出，对口援疆是党中央的重大决策，援疆之路越走越宽。", False),
    (False,
     "我市援藏工作队自2016年奔赴西藏开展援藏工作以来，先后获得援藏先进集体等荣誉；"
     "其援藏自选动作受到自治区肯定。", True),
    # ... aid cadres arriving or setting off now stay a sending
    (True, "10月12日，某区第六批援藏干部人才正式入驻该县，开展为期三年的对口支援工作。", True),
    (True, "3月1日，第十一批28名援疆干部人才启程奔赴新疆，开展为期三年的援疆工作。", False),
    # --- graduates recruited by exam
    (False,
     "今年全区计划选聘500名高校毕业生到村任职，考试重点考查高校毕业生到农村基层锻炼所需能力。",
     False),
    (False,
     "今年该省将从“三支一扶”人员和服务期满的村官中，选调200名左右充实到基层公务员队伍。",
     True),
    # ... serving cadres sent to villages stay a sending
    (True, "县委从县直机关选派60名年轻干部到村任职，全脱产驻村两年。", False),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text", "old"), CASES)
def test_aid_as_a_field_is_no_sending(present: bool, text: str, old: bool, detect: Detect) -> None:
    detection = detect(text, "frontline_rotation")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
