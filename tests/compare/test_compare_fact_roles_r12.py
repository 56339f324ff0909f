"""Fact roles batches 31-32 missed at first sight (issue 16, "facts carry ... their role"):
a head count named by its posting that its clause makes the subject of what people in
post do (compete, speak, hold the post) is who took part, not a sending; and a look-back
window opening its clause is a threshold, 来 or not.  Sentences written here in the
genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts
from tests.helpers import fact_role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # named by their posting, doing what people in post do
        ("擂台赛上，15名选派干部依次登台比武。", "15名", "other"),
        ("会上，8名驻村第一书记轮流上台述职。", "8名", "other"),
        ("目前，全省有2万余名驻村干部在岗。", "2万余名", "other"),
        ("该市86名援疆干部全部坚守在岗位上。", "86名", "other"),
        ("12名到村任职选调生与镇村干部建立结对帮带关系。", "12名", "other"),
        # ... but an act done to them, before or after, is their role
        ("全县选派20名干部登台授课。", "20名", "deployed"),
        ("3名驻村第一书记登台领奖。", "3名", "awarded"),
        ("20名下沉干部全部报到上岗。", "20名", "deployed"),
        ("全县1280名驻村干部。", "1280名", "deployed"),
        # ... and the people named before their number, in a list, are that count
        ("目前，共有驻村干部354人、脱产结对帮扶干部1054人。", "354人", "deployed"),
    ],
)
def test_a_count_named_by_its_posting_that_acts_in_post(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a look-back window opening its clause
        ("近三年，某县共安排15名选调生到村任职。", "近三年", "threshold"),
        ("近3年年度考核无基本称职以下等次。", "近3年", "threshold"),
        ("对近5年进入全市十强的乡镇给予表彰。", "近5年", "threshold"),
        ("过去一年间，全区调整不胜任现职干部12人。", "一年", "threshold"),
        ("近两年来，全市共提拔干部120名。", "近两年", "threshold"),
        # ... but "nearly" inside a clause measures the act
        ("经过近6个月的不懈努力，项目顺利完工。", "近6个月", "other"),
        ("该县选派干部挂职近一年。", "近一年", "deployed"),
    ],
)
def test_a_look_back_window_is_a_threshold(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # the term of a posting, with no act named in its clause
        ("驻村第一书记任期一般为2年。", "2年", "deployed"),
        ("选派的科技特派员在3年任期中走遍了全镇。", "3年", "deployed"),
        ("该县以2年为帮扶工作周期，逐村制定计划。", "2年", "deployed"),
        ("各单位开展为期3年的结对帮扶工作。", "为期3年", "deployed"),
        ("这批年轻干部的锻炼时间为1年。", "1年", "deployed"),
        # ... but a look-back or a time the work took stays as it was
        ("三年来，全省共投入帮扶资金10亿元。", "三年", "other"),
    ],
)
def test_the_term_of_a_posting_is_deployed(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # a month and a half is a length of time, not one unit counted
        ("专项整治历时1个半月，共整改问题30个。", "1个半月", 1.5),
        ("经过一个半月的集中攻坚，任务全面完成。", "一个半月", 1.5),
        ("全县抽调干部全脱产3个月驻村。", "全脱产3个月", 3.0),
    ],
)
def test_a_month_and_a_half_is_a_duration(text: str, written: str, value: float) -> None:
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    assert (found[written].kind, found[written].value) == ("duration", value)


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a programme's name before its list or in quotes sets no goal for what follows
        (
            "实施“五个一批”干部培养计划（挂职培养一批、基层锤炼一批），选派107名年轻干部到贫困县挂职。",
            "107名",
            "deployed",
        ),
        # ... while a plan to act, or a plan's document, sets targets
        ("全县计划选派100名干部驻村。", "100名", "target"),
        ("《2024年干部教育培训工作计划》明确，将举办12期示范培训班。", "12期", "target"),
    ],
)
def test_a_programme_named_plan_sets_no_target(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role
