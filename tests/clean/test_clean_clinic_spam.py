"""Clinic ads planted as links in reposts (batches 12-13 at first sight: 白癜风专家某某, a
question about a skin disease with its address): dropped as spam when the article itself
is about something else; an article on the subject keeps its lines.  Written for these
tests in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean.steps import remove_spam_lines

ARTICLE = (
    "某某县召开县委常委扩大会议\n"
    "7月22日，某某县召开县委常委扩大会议，传达学习省委全会精神。\n"
    "会议要求，全县干部要突出重点、狠抓落实，确保各项任务按期完成。"
)


@pytest.mark.parametrize("spam", ["白癜风专家王某某", "白癜风可以恢复吗", "某某男科医院哪家好"])
def test_a_clinic_ad_is_dropped(spam: str) -> None:
    assert remove_spam_lines(f"{ARTICLE}\n{spam}") == ARTICLE


def test_an_article_on_the_subject_keeps_its_lines() -> None:
    text = (
        "某某县开展白癜风义诊活动\n"
        "5月6日，某某县卫健局组织医生到乡镇开展白癜风义诊。\n"
        "义诊医生说，白癜风早发现早治疗，群众不必恐慌。"
    )
    assert remove_spam_lines(text) == text
