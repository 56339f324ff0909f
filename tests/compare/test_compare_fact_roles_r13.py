"""Fact roles batches 33-36 missed at first sight (issue 16, "a target (力争, 计划)"): a
programme announced to run from this year on sets a planned total, not a deployment; and
a plan word that ends an organ's name (规划局) is part of the name, no plan.  Sentences
written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts
from tests.helpers import fact_role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # a programme running on from this year: its total is planned
        ("省委组织部宣布：从今年起分三批选派共600名左右干部到基层挂职。", "600名", "target"),
        ("市委决定自明年起分两批抽调80名机关干部到乡镇锻炼。", "80名", "target"),
        # ... the batch sent now is deployed
        ("首批选派的200名挂职干部已于日前分赴各县市区。", "200名", "deployed"),
        # a plan word in an organ's name is no plan
        (
            "从市委办、市自然资源和规划局等单位择优选派20名年轻干部到信访局锻炼。",
            "20名",
            "deployed",
        ),
        ("县计划委员会抽调12名干部组成工作专班。", "12名", "deployed"),
        # ... but a plan word before the count still is one
        ("该县计划选派30名干部驻村帮扶。", "30名", "target"),
    ],
)
def test_a_programme_from_now_on_and_an_organs_name(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role


def _counts(text: str, written: str) -> str | None:
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    return found[written].counts


@pytest.mark.parametrize(
    ("text", "written", "counts"),
    [
        # sessions of any kind: the unit says what it counts
        ("该县已举办“乡村振兴大讲堂”6期。", "6期", "期"),
        ("共举办各类培训班120多期。", "120多期", "期"),
        # ... a course named right after the number is what it counts
        ("全年已举办9期培训班。", "9期", "培训班"),
        # officials by the plain word are cadres
        ("今年3月，12名来自省城的官员到县里挂职。", "12名", "干部"),
        ("全市为210名受诬告错告官员澄清正名。", "210名", "干部"),
        # townships and street offices are a level above the villages
        ("全县14个乡镇全部完成换届。", "14个", "乡镇(街道)"),
        ("该区17个街道全部完成换届选举。", "17个", "乡镇(街道)"),
        ("选派干部进驻全县213个行政村。", "213个", "村(社区)"),
        # a government's departments, apart from units at large
        ("全县24个部门参加年度考评。", "24个", "部门"),
        ("全市48个单位参加考评。", "48个", "单位"),
    ],
)
def test_what_sessions_and_officials_count(text: str, written: str, counts: str) -> None:
    assert _counts(text, written) == counts


@pytest.mark.parametrize(
    ("text", "written", "counts", "role"),
    [
        # those in the room at a meeting: people of no kind, no act done to them
        ("各村党支部书记、驻村第一书记等共计80余人参加会议。", "80余人", "人", "other"),
        ("县委书记、县长等170多人参加了会议。", "170多人", "人", "other"),
        ("镇党委班子成员、网格长等50余人参加。", "50余人", "人", "other"),
        ("该镇领导、党代表、列席人员共140余人汇聚一堂。", "140余人", "人", "other"),
        # ... a course they attend is training, and officials named after the count stay
        ("90多人参加培训。", "90多人", "人", "trained"),
        ("全县300名干部参加会议。", "300名", "干部", "other"),
        ("选派120名干部参加脱贫攻坚。", "120名", "干部", "deployed"),
    ],
)
def test_those_attending_a_meeting(text: str, written: str, counts: str, role: str) -> None:
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    assert (found[written].counts, found[written].role) == (counts, role)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a receiving verb that names the honour itself, the title quoted after it
        ("全县9个村党组织荣获市级“红旗党支部”。", "9个"),
        ("仅有60支工作队被评为优秀等次。", "60支"),
        ("全区25位基层干部当选“年度最美基层干部”。", "25位"),
        # ... as before, a receiving verb and an award word
        ("3支代表队获得二等奖。", "3支"),
    ],
)
def test_a_receiving_verb_names_the_award(text: str, written: str) -> None:
    assert fact_role(text, written) == "awarded"
