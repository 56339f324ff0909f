"""Teams of officials sent are a deployment (README: "frontline_rotation needs officials
sent"; a team sent carries them): 选派17733支工作队 and 8支帮扶队进驻某县 count teams
deployed, while a team word borrowed from elsewhere in the sentence, inspection groups
and teams already competing in post are not.  And 脱贫攻坚 names the campaign, no
poverty lifted: the count sent to it is deployed.  Sentences written here in the genre's
style."""

from __future__ import annotations

import pytest

from tests.helpers import fact_role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        # teams sent: deployed, the act before or after the count
        ("今年全省共选派2100支驻村工作队。", "2100支", "deployed"),
        ("6支市派乡村振兴工作队分别进驻各乡镇。", "6支", "deployed"),
        ("市直单位派出45支服务队深入企业。", "45支", "deployed"),
        # ... a team word borrowed from elsewhere in the sentence counts no team
        ("组建5个工作组，下沉到全县120个小区。", "120个", "other"),
        # ... inspection groups are sent to inspect, not to serve
        ("市委派出6个考察组赴各区县开展考察。", "6个", "other"),
        # ... teams in post competing are no sending
        ("全县15支驻村工作队同台竞技。", "15支", "other"),
        # a head count whose team then sets off to several places (分赴) was sent
        (
            "由全市各级机关300多名干部组成的帮扶工作队正式组建，分赴全市8个重点县。",
            "300多名",
            "deployed",
        ),
        # the campaign's name is no result
        ("今年新增选派到该州开展脱贫攻坚工作的2000名干部已全部到岗。", "2000名", "deployed"),
    ],
)
def test_teams_sent_and_the_campaigns_name(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role
