"""Credits and forum furniture that batches 69-72 carried into summaries at first sight
(round 20): any agency's wire dateline with the paper it took the story from, a county
media centre's bracketed reporter credit opening the lead, and the sign-up prompt a Discuz
forum prints over every thread.  Lines written for the test in the genre's style (names
and numbers invented)."""

from __future__ import annotations

import pytest

from reporter.clean.steps import remove_boilerplate_lines, remove_boilerplate_spans

LEAD = "4日下午，某某县委书记率队开展全县今年首次重点项目攻坚拉练活动。"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # an agency other than the few named before, with the paper it quotes after a slash
        (f"某评社北京3月13日电/据某某日报报导，{LEAD}", LEAD),
        (f"某某社某地5月2日电 {LEAD}", LEAD),
        # a county media centre's reporter in corner brackets
        (f"某某县融媒体中心【记者：张某某】{LEAD}", LEAD),
        (f"某某日报（记者 李某 通讯员 王某）{LEAD}", LEAD),
        # a paper's own story citing the wire keeps its words
        (f"据新华社上海3月24日电 {LEAD}", f"据新华社上海3月24日电 {LEAD}"),
        # a sentence naming a society is no dateline
        (
            f"某某县老年协会社区服务队3月13日走进村组。{LEAD}",
            f"某某县老年协会社区服务队3月13日走进村组。{LEAD}",
        ),
    ],
)
def test_lead_credits_are_cut(text_in: str, text_out: str) -> None:
    assert remove_boilerplate_spans(text_in).strip() == text_out


def test_a_forum_s_sign_up_prompt_is_no_line_of_the_post() -> None:
    prompt = "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。"
    assert remove_boilerplate_lines(f"{prompt}\n{LEAD}").strip() == LEAD
    # ... while a post inviting readers to register for an event stays
    invite = "马上注册参加全县青年干部演讲比赛，报名截止到本月底。"
    assert remove_boilerplate_lines(f"{invite}\n{LEAD}").strip() == f"{invite}\n{LEAD}"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # a bet-and-number brand glued where the copy named the organiser
        ("3月27日，bet36365首页在某地举办干部培训班。", "3月27日，在某地举办干部培训班。"),
        # a Macau casino's brand glued before the body it replaced
        (
            "为进一步提高干部能力，澳门太阳集团城继续教育学院举办培训班。",
            "为进一步提高干部能力，继续教育学院举办培训班。",
        ),
        # the Macau SAR and its bodies stay
        ("澳门特别行政区政府代表团到某县考察。", "澳门特别行政区政府代表团到某县考察。"),
    ],
)
def test_betting_brands_glued_into_a_sentence_are_cut(text_in: str, text_out: str) -> None:
    assert remove_boilerplate_spans(text_in).strip() == text_out
