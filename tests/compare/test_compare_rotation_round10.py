"""Frontline rotation on unseen pages (batches 17-20 at first sight), by general cause:

- a place that HOSTS officials sent by a higher level (中组部选派……来本省挂职) does no rotation:
  the receiver cue blanked only its own span, so the rest of the sentence (举办挂职干部培训班)
  still named the hosted cadres, and a finding said the receiving place rotates; now a veto;
- the sent are not cadres: non-Party figures placed in posts (代表人士……挂职), technicians
  (科技人员), talent or services that "sink" (人才下沉);
- those already sent, named by their role in an award (评选……下沉干部, 援藏干部人才表彰),
  looking back (回顾援藏两年, 进藏以来) or aid as a policy (创新援藏形式);
- officials sent to another place to study (赴外地体悟实训) are trained, not rotated;
- a cited essay's title (刊文《……向农村选派干部的调查》) reports no sending;
- a missed sending: a team going to villages for years (前往……村开展为期3年的帮扶) is a
  sending whatever the verb; a visit of days is not.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard real sendings.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (present, text, failed before the change)
CASES: list[tuple[bool, str, bool]] = [
    # --- the receiving place
    (False,
     "中央组织部选派86名干部来我省挂职，省委组织部为挂职干部举办专题培训班。"
     "挂职干部纷纷表示，将珍惜来本省挂职的宝贵机会。他在挂职省发改委副主任", True),
    (False,
     "会上，省委组织部负责同志向各接收单位介绍了到我省挂职干部的基本情况。"
     "他在挂职县委办公室副主任时深入调研。", True),
    # ... a place that sends its own stays rotation, a host that also sends too
    (True, "今年3月，省委组织部选派86名年轻干部到乡镇挂职锻炼，为期两年。", False),
    (True, "市委选派30名机关干部到重点项目一线驻点帮扶，全脱产工作半年。", False),
    # --- the sent are not cadres
    (False,
     "该区每年遴选一批新的社会阶层代表人士，以项目化挂职形式担任区属国企副职。"
     "会议还为第五批挂职人员颁发证书，区委统战部在实践锻炼基地召开总结会。", False),
    (False,
     "2001年，该市选派首批120名科技人员深入偏远乡村开展技术服务，坚持人才下沉、服务下沉。", False),
    # --- those already sent, named in an award or a look back
    (False,
     "区里面向下沉干部、社区工作者和志愿者等1万余名一线人员评选“防疫标兵”；"
     "会上，市委为50名市区下沉干部颁发荣誉证书。", True),
    (False,
     "日前，某市召开优秀援藏干部人才表彰大会，120名援藏人才受到表彰。"
     "援藏干部代表说：“回顾援藏三年，我们收获满满。”"
     "他表示，自第七批援藏干部人才进藏以来，不断创新援藏形式、拓宽援藏领域。", True),
    # ... aid cadres setting off now stay a sending
    (True, "8月2日，第十批42名援藏干部人才启程奔赴拉萨，开展为期三年的对口支援工作。", False),
    # --- sent to study elsewhere
    (False, "区委选派干部赴沿海发达地区体悟实训，这是开阔视野的有效载体。", True),
    # --- a cited title
    (False,
     "2005年，时任市委书记在《党建研究》发表文章《关于向贫困村选派干部的实践与思考》，"
     "引起广泛关注。", True),
    # ... a notice issued with the sending itself stays rotation
    (True,
     "县委印发《关于选派干部到村任职的实施方案》，选派50名机关干部到村任职两年。", False),
    # --- a stay of years or months at the grassroots
    (True,
     "据了解，由15名机关干部组成的帮扶工作组，前往该县8个脱贫村开展为期2年的驻点帮扶。", True),
    (True, "这支由机关干部组成的工作队随后到东山镇5个村开展为期六个月的帮扶工作。", True),
    # ... a visit of days stays no sending
    (False, "调研组前往该镇3个村开展为期两天的走访调研，听取群众意见。", False),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text", "old"), CASES)
def test_hosts_non_cadres_and_those_already_sent_do_no_rotation(
    present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, "frontline_rotation")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
