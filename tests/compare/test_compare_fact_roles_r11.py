"""The role of a head count whose act is a clause away, and of a term in a clause naming
no act (issue 16, "facts carry what they count and their role"): the failures left after
tuning on batches 11-24 were mostly counts typed ``other`` for want of a verb in their own
clause."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts
from tests.helpers import fact_role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a head count that is the subject of the clauses after it takes their act
        ("全县120名机关干部迅速集结，奔赴各镇村开展防汛工作。", "120名", "deployed"),
        ("本市85名党员干部组成突击队，下沉12个小区协助排查。", "85名", "deployed"),
        ("今年共有60名青年干部走出机关，到乡镇挂职锻炼。", "60名", "deployed"),
        ("全区40名村党组织书记来到党校，参加为期五天的轮训。", "40名", "trained"),
        # ... or the act after the rounds it comes in, in its own clause
        ("全市900名村干部分5期参加了集中轮训。", "900名", "trained"),
        # ... but not an act that governs a head count of its own
        ("对20余名干部进行了提醒谈话，并免去其中3名干部的职务。", "20余名", "other"),
        # ... nor what the people then achieved
        ("300名党员加入志愿服务队，帮助群众解决困难。", "300名", "other"),
        # ... nor an act past a semicolon, whose clauses have a subject of their own
        ("30名干部走访企业；区里还选派10名干部驻村。", "30名", "other"),
    ],
)
def test_head_count_takes_the_act_of_the_clauses_it_is_subject_of(
    text: str, written: str, role: str
) -> None:
    assert fact_role(text, written) == role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a quoted role word alone is the act stressed, not a name
        ("首批2000余名区级机关干部已“下沉”到位。", "2000余名", "deployed"),
        # verbs of sending and arriving the role lexicon lacked
        ("25名年轻干部被派往重点项目一线。", "25名", "deployed"),
        ("全市300个工作组1800名干部已全部进点。", "1800名", "deployed"),
        ("12名市直单位干部到各乡镇挂任党委副书记。", "12名", "deployed"),
        ("近500名机关干部第一时间赶赴防汛一线。", "500名", "deployed"),
        # 工作交流 is a meeting, no exchange of posts
        ("会上，6位乡镇党委书记作了工作交流。", "6位", "other"),
    ],
)
def test_role_words_of_sending(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a term in a clause naming no act measures the act of the sentence before it
        ("省里选派骨干干部到村担任第一书记，任期两年。", "任期两年", "deployed"),
        ("这批干部将于下月到村任职，为期3年。", "为期3年", "deployed"),
        ("120名干部奔赴南疆农村，开展为期一年的驻村工作。", "为期一年", "deployed"),
        # a look-back measures no act
        ("五年来，该县累计选派干部驻村帮扶。", "五年", "other"),
    ],
)
def test_term_takes_the_act_of_the_sentence(text: str, written: str, role: str) -> None:
    found = dict(sentence_facts(text))
    key = next((w for w in found if w in written or written in w), written)
    assert fact_role(text, key) == role
