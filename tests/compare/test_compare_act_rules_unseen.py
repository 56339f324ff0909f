"""Mechanisms on unseen pages (batches 15-16 at first sight), by general cause:

- a rule is not an act: an article of a regulation (第四条 对……实施问责), what scores will be
  used for (在评先评优、提拔重用中予以优先考虑), a reward scheme's terms (可按投资额的1‰予以
  奖励), a set of national policies named with its items in brackets (“三项机制”（……）);
- teams sent to industry associations or companies are units of deployment, not task forces;
- a 体验官 is most often a citizen testing services: the title alone is topical;
- 考评为主要内容 is not an honour (评为 read inside 考评为);
- other wordings of acts: a study tour (干部赴……开展调研学习/学习交流), aid cadres setting
  off (援滇干部启程奔赴), invited leaders teaching new civil servants (授业解惑).

Every sentence is written anew in the genre's style.  A case whose last field is ``True``
gave the opposite answer before the change; the others guard real acts.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (mechanism, present, text, failed before the change)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- an article of a regulation: the page quotes a rule
    ("accountability", False,
     "第四条 对国家工作人员不作为实施问责，坚持“无为必究、权责统一”的原则。"
     "第七条 对领导干部不作为的，视情节轻重给予通报批评、组织处理。", True),
    # ... a county holding officials to account stays accountability
    ("accountability", True,
     "区纪委对履职不力的4名科级干部进行问责，其中2人被调整岗位。", False),
    # --- what scores will be used for, a reward scheme's terms
    ("merit_promotion", False,
     "对测评排名靠前的乡镇党委书记，在年度考核、评优评先、提拔重用中予以优先考虑。", True),
    ("incentive_care", False,
     "对测评排名靠前的乡镇党委书记，在年度考核、表彰表扬、提拔使用中予以优先考虑。", True),
    ("incentive_care", False,
     "引进项目投产后，可按项目实际投资额的2‰比例予以奖励，单个项目奖励最高50万元。", True),
    # ... cadres actually rewarded or promoted stay acts
    ("incentive_care", True,
     "县委对招商工作中表现突出的12名干部予以通报表彰，并颁发荣誉证书。", False),
    ("merit_promotion", True,
     "今年以来，全县从招商一线提拔重用表现突出的干部15名。", False),
    ("incentive_care", True,
     "县委对抢险一线表现突出的干部予以表彰，评选出“担当作为好干部”15名，并在评优中优先考虑。",
     False),
    # --- a set of national policies named with its items in brackets
    ("incentive_care", False,
     "这些年推行的“三项机制”（鼓励激励、容错纠错、能上能下）被视为组织工作的重要创新。", True),
    # --- teams of sent cadres placed in associations
    ("task_force", False,
     "县里从机关干部中选出24名特派员，建立3个工作组，分别派驻到五金、服装和食品行业协会。",
     True),
    # ... a command post's groups stay a task force
    ("task_force", True,
     "县里成立防汛抢险指挥部，抽调30名干部集中办公，下设6个工作组。", False),
    # --- citizens appointed to test services
    ("role_experience", False,
     "11月5日，某区“政务服务体验官”聘任仪式在区政务服务中心举行。"
     "该批政务服务体验官共25人，由各部门推荐产生。"
     "仪式结束后，体验官们立即开启全流程实地体验。"
     "体验官们走进办事大厅，在自助服务区实地感受办事便利度。"
     "区政务服务数据管理局表示，对于体验官提出的意见建议将逐项优化。", True),
    # ... a leader doing front-desk work stays role experience
    ("role_experience", True,
     "区长以普通群众身份走流程，到政务服务大厅窗口体验办事全过程。", False),
    # --- 考评为主要内容: the contents of a scheme, no honour
    ("incentive_care", False,
     "该镇推行以承诺、践诺加考评为主要内容的村干部管理办法，激发了村干部干事热情。", True),
    # ... a branch actually honoured stays an award
    ("incentive_care", True,
     "去年，该镇3个村党支部被评为县级“五星党支部”。", False),
    # --- a study tour under other names
    ("training", True,
     "区委组织部组织40名年轻干部赴自贸试验区和港口物流园开展“走进开放前沿”调研学习活动。",
     True),
    ("training", True,
     "来自全县各条战线的80余名干部参加了此次活动，前往对口帮扶城市开展学习交流。", True),
    ("training", True,
     "近三年，县里组织新录用公务员现场观摩8次，邀请20余名优秀领导干部授业解惑。", True),
    # ... a delegation's visit that names no officials as learners is not a course
    ("training", False,
     "当天，考察团一行前往产业园参观学习交流，并召开座谈会。", False),
    # --- aid cadres setting off
    ("frontline_rotation", True,
     "第十一批共18名援滇干部近日启程奔赴云岭大地，开始为期3年的对口帮扶工作。", True),
    ("frontline_rotation", True,
     "第五批援黔干部人才昨日出发，奔赴黔东南各县开展为期两年的帮扶。", True),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_rules_and_other_wordings(
    mechanism: str,
    present: bool,
    text: str,
    old: bool,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
