"""Graduates hired for village posts are no cadres sent (issue 16, "findings compare like
with like"): a count of 大学生 or 高校毕业生 taken on by an exam (招聘, 招录) counts
graduates and plays no deployment, so it never enters "the largest deployment of
cadres".  大学生村官 and 选调生 stay officials.  Sentences written here in the genre's
style."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts


def _typed(text: str, written: str) -> tuple[str | None, str | None]:
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    return found[written].counts, found[written].role


@pytest.mark.parametrize(
    ("text", "written", "counts", "role"),
    [
        # hired graduates: counted as graduates, no deployment
        ("近年来，全省共招聘8000余名大学生到村任职。", "8000余名", "大学生", "other"),
        ("该县累计招录到社区任职高校毕业生56名。", "56名", "大学生", "other"),
        ("全市公开招考300名高校毕业生到村工作。", "300名", "大学生", "other"),
        # ... a hire of other people is no sending either
        ("区里公开招聘社区工作者120名到街道任职。", "120名", None, "other"),
        # officials named by a longer word stay officials, and a sending stays one
        ("今年选派45名大学生村官到乡镇挂职。", "45名", "干部", "deployed"),
        ("新录用的80名选调生全部安排到重点村驻村锻炼。", "80名", "干部", "deployed"),
        ("市委组织部选派120名机关干部到村任职。", "120名", "干部", "deployed"),
    ],
)
def test_hired_graduates_are_no_deployed_cadres(
    text: str, written: str, counts: str | None, role: str
) -> None:
    got_counts, got_role = _typed(text, written)
    if counts is not None:
        assert got_counts == counts
    assert got_role == role
