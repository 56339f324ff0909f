"""The act model: the shipped file, its format, and how it judges the rules' candidates.

The sentences are written anew in the genre's style.  The model is trained on real pages
(scripts/train_act_model.py), so the cases here are clear ones a retrained model must
still get right: an act reported with its agent and its officials, against the same cue
words in an instruction, a definition or a plan still to come.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from reporter import compare
from reporter.compare.act_model import (
    ACT_THRESHOLD,
    RULES_SURE,
    ActModel,
    ActModelError,
    article_probability,
    format_model,
    judge,
    load_act_model,
    parse_model,
)
from reporter.compare.detect import SentenceHit
from reporter.compare.model import ArticleAnalysis, Detection
from reporter.compare.taxonomy import Taxonomy
from reporter.pipeline import build_brief
from reporter.settings import Settings
from tests.compare.conftest import MakeDocument


@pytest.fixture(scope="module")
def model() -> ActModel:
    return load_act_model()


def _judged(make_document: MakeDocument, taxonomy: Taxonomy, text: str) -> ArticleAnalysis:
    return compare.analyze(make_document(text), taxonomy, act_model=load_act_model())


def test_shipped_model_knows_every_builtin_mechanism(model: ActModel, taxonomy: Taxonomy) -> None:
    assert {s.id for s in taxonomy.specs} <= model.mechanisms
    assert all(math.isfinite(w) for w in model.weights.values())


def test_format_and_parse_round_trip_byte_identical(model: ActModel) -> None:
    text = format_model(model, "header line")
    again = parse_model(text)
    assert again == model
    assert format_model(again, "header line") == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("#intercept\t0.1\nleaderboard|bias 0.3\n", "expected feature<TAB>weight"),
        ("#intercept\t0.1\nleaderboard|bias\tzero\n", "bad weight"),
        ("#intercept\t0.1\nleaderboard|bias\tnan\n", "weight not finite"),
        ("#intercept\t0.1\nx\t0.1\nx\t0.2\n", "twice"),
        ("leaderboard|bias\t0.3\n", "no #intercept line"),
    ],
)
def test_malformed_model_file_is_named_with_its_line(text: str, reason: str) -> None:
    with pytest.raises(ActModelError, match=reason) as err:
        parse_model(text, "m.tsv")
    assert str(err.value).startswith("m.tsv")


# Acts the rules score under RULES_SURE (one cue, no count): the model decides.
ACTS: list[tuple[str, str]] = [
    (
        "frontline_rotation",
        "去年以来，区里先后安排一批机关干部到村里驻点，帮助群众解决急难愁盼问题。",
    ),
    ("task_force", "该镇成立由镇长任组长的项目攻坚组，从各站所抽调骨干力量集中攻坚。"),
    ("leaderboard", "每季度，县里对各乡镇的项目建设情况打分排序，并在县电视台公布结果。"),
    (
        "frontline_assessment",
        "考察组深入项目现场，通过个别谈话、实地查看等方式了解干部表现，形成考察材料。",
    ),
]


NOT_ACTS: list[tuple[str, str]] = [
    # an instruction to every place below: nothing done yet
    ("frontline_rotation", "各地要注重选派优秀年轻干部到基层一线经受锻炼。"),
    # a definition
    ("task_force", "工作专班是指为完成某项重点任务而临时组建的工作机构。"),
    # rhetoric
    ("leaderboard", "广大干部要比学赶超、争先创优，在新征程上比干劲、比担当。"),
]


def test_noisy_or_of_the_two_most_probable_sentences() -> None:
    assert article_probability([]) == 0.0
    assert article_probability([0.3]) == 0.3
    # two witnesses of 0.3 and 0.4 make 0.58; a third weaker one is not counted
    assert article_probability([0.3, 0.1, 0.4]) == 0.58


def _rules_score(
    text: str, mechanism: str, make_document: MakeDocument, taxonomy: Taxonomy
) -> float:
    return compare.analyze(make_document(text), taxonomy).detection(mechanism).score


@pytest.mark.parametrize(("mechanism", "text"), ACTS)
def test_act_the_rules_are_unsure_of_is_judged_present_and_traced(
    make_document: MakeDocument, taxonomy: Taxonomy, mechanism: str, text: str
) -> None:
    assert _rules_score(text, mechanism, make_document, taxonomy) < RULES_SURE
    det = _judged(make_document, taxonomy, text).detection(mechanism)
    assert det.present, det
    assert det.judged is not None and det.judged >= ACT_THRESHOLD
    first = det.evidence[0]
    assert first.act is not None and first.act == max(e.act or 0.0 for e in det.evidence)
    assert first.text == make_document(text).sentences[first.sentence_index].text


@pytest.mark.parametrize(("mechanism", "text"), NOT_ACTS)
def test_cue_words_without_an_act_stay_absent(
    make_document: MakeDocument, taxonomy: Taxonomy, mechanism: str, text: str
) -> None:
    det = _judged(make_document, taxonomy, text).detection(mechanism)
    assert not det.present, det
    assert det.judged is None or det.judged < ACT_THRESHOLD


def test_sure_rules_keep_their_verdict_unjudged(
    make_document: MakeDocument, taxonomy: Taxonomy
) -> None:
    text = "3月以来，县委组织部从县直机关单位选派45名年轻干部到乡镇一线挂职锻炼，为期一年。"
    rules = compare.analyze(make_document(text), taxonomy).detection("frontline_rotation")
    assert rules.score >= RULES_SURE
    assert _judged(make_document, taxonomy, text).detection("frontline_rotation") == rules


def test_mechanism_unknown_to_the_model_keeps_the_rules_verdict(
    make_document: MakeDocument, taxonomy: Taxonomy, model: ActModel
) -> None:
    text = "县委组织部从县直机关单位选派45名年轻干部到乡镇一线挂职锻炼。"
    rules = compare.analyze(make_document(text), taxonomy).detection("frontline_rotation")
    blind = dataclasses.replace(model, mechanisms=frozenset())
    judged = compare.analyze(make_document(text), taxonomy, act_model=blind)
    assert judged.detection("frontline_rotation") == rules


def test_brief_says_what_decided_the_mechanisms(examples_dir: Path) -> None:
    inputs = tuple(sorted(examples_dir.glob("0*_*.txt")))
    judged = build_brief(Settings(inputs=inputs))
    rules = build_brief(Settings(inputs=inputs, rules_only=True))
    assert (judged.detector, rules.detector) == ("act_model", "rules")
    assert all(d.judged is None for a in rules.alignment.analyses for d in a.detections)
    decided = [d for a in judged.alignment.analyses for d in a.detections if d.judged is not None]
    assert decided and all(d.score < RULES_SURE for d in decided)


@pytest.mark.parametrize(
    ("rules_only", "replace", "detector"),
    [(False, False, "act_model"), (True, False, "rules"), (False, True, "rules")],
)
def test_the_rules_alone_decide_when_asked_or_when_the_taxonomy_is_replaced(
    rules_only: bool, replace: bool, detector: str
) -> None:
    settings = Settings(rules_only=rules_only, taxonomy_replace=replace)
    assert settings.detector == detector


def _half_witness_model(probability: float) -> ActModel:
    """A model that gives every sentence of leaderboard the same probability."""
    return ActModel.of(math.log(probability / (1.0 - probability)), {"leaderboard|bias": 0.0})


@pytest.mark.parametrize(("rules_score", "present"), [(0.0, False), (1.0, True)])
def test_two_half_witnesses_need_a_cue_the_rules_found(rules_score: float, present: bool) -> None:
    # Round 17b: two sentences of 0.4 each make 0.64 by noisy-OR; where the rules found no
    # cue in either (a 表彰 notice for key projects read as a ranking), that is no act; a
    # topical cue the rules scored (1.0) lets the two witnesses decide as before.
    sentences = ["全区重点项目建设表彰名单公布。", "各单位要以先进为榜样。"]
    hits = tuple(SentenceHit(i, rules_score if i == 0 else 0.0, (), (), (), ()) for i in range(2))
    rules = Detection(
        mechanism_id="leaderboard",
        present=False,
        score=rules_score,
        evidence=(),
        cues=(),
        negative_cues=(),
        threshold=2.0,
    )
    model = _half_witness_model(0.4)
    det = judge(rules, hits, sentences, [1.0, 1.0], [None, None], model)
    assert det.judged == 0.64
    assert det.present is present
