"""Sentence scoring: the people-count bonus and the intention discount, on genre sentences."""

from __future__ import annotations

import pytest

from reporter.compare.detect import COUNT_BONUS_LABEL, discount_factor, match_sentence
from reporter.compare.taxonomy import Taxonomy


@pytest.mark.parametrize(
    ("mechanism", "text", "score", "bonus"),
    [
        # a specific term (1.5) with a count of people in its clause: an act (2.0)
        ("frontline_rotation", "新一批驻村干部共计326名。", 2.0, True),
        # the county's standing total of the role is those in post (the README's convention,
        # round 19): no deployment counted, the role's topical weight only (round 20)
        ("frontline_rotation", "全县驻村干部共计326名。", 1.0, False),
        # the role named alone, or with the count in another clause: who the sentence is
        # about, not a deployment (1.0)
        ("frontline_rotation", "全县驻村干部工作扎实。", 1.0, False),
        ("frontline_rotation", "全县驻村干部工作扎实，村里新增就业326人。", 1.0, False),
        # a topical word (1.0) gets no bonus: it stays a topic however many people it names
        ("leaderboard", "参与打分的群众代表共有120名。", 1.0, False),
        # "一名干部说" is an anecdote, not a statistic
        ("frontline_rotation", "一名驻村干部说。", 1.0, False),
    ],
)
def test_count_bonus(
    taxonomy: Taxonomy, mechanism: str, text: str, score: float, bonus: bool
) -> None:
    hit = match_sentence(text, taxonomy.spec(mechanism), 1.0, 0, taxonomy.negatives)
    assert hit.score == score
    assert (COUNT_BONUS_LABEL in hit.cues) is bonus


@pytest.mark.parametrize(
    ("text", "discounted"),
    [
        ("下一步，将把述职评议结果作为干部选拔任用的重要依据。", True),
        ("据了解，下一步还将选派一批干部到先进地区跟班学习。", True),
        ("述职评议结果将作为干部评先评优的重要参考。", True),  # 将作为: future
        ("区里还将继续选派年轻干部到村任职。", True),
        ("会议要求，要加强干部教育培训。", True),
        # the BA construction 将/还将 + object describes what is done, not a plan
        ("黄埔区还将整改情况纳入部门年度绩效考核。", False),
        ("区委将考核结果作为干部选拔任用的重要依据。", False),
        ("今年共选派120名干部驻村。", False),
        ("据悉，今年全县计划举办各类培训班50期以上。", True),
        ("负责人表示，将把重点项目一线作为识别干部的重要平台。", True),  # 将把: "will"
        ("32名专家已到岗，将在镇街和企业挂职一年。", False),  # 将在: already posted
        ("会议强调，要突出政治训练。", True),
        # a clause opening with the modal 要 and any verb is a plan, not only the listed verbs
        ("要定期举办年轻干部读书班，选派干部到先进地区学习。", True),
        ("同时，要选派骨干力量充实项目专班。", True),
        # 要 as part of a word (要求, 要素, 要点) opens no plan
        ("要求每名驻村干部每月走访农户不少于20户。", False),
        ("要素保障专班实行周调度、月通报。", False),
        # 将 + a verb of sending or holding: nobody has gone yet
        ("市委将选派一批干部到乡村振兴一线。", True),
        # ... unless announced with its head count: a decision taken (round 12)
        ("市委将选派100名干部到乡村振兴一线。", False),
        ("县委组织部将继续选派30名年轻干部到项目一线实践锻炼。", False),
        ("县委组织部将举办两期年轻干部培训班。", True),
        # a rule being set up is announced as adopted (the labels count it), not a plan
        ("组织部门将建立驻村干部实绩档案制度。", False),
        # a national regulation quoted is the centre's rule, not a local practice
        ("《党政领导干部选拔任用工作条例》规定，提拔担任县处级领导职务的应当具有5年工龄。", True),
        # a meeting report of last year's work is a report of acts, not rhetoric
        ("会议指出，2022年全县共举办各类培训班46期。", False),
    ],
)
def test_intention_discount(taxonomy: Taxonomy, text: str, discounted: bool) -> None:
    assert (discount_factor(text, taxonomy) < 1.0) is discounted
