"""The zh brief speaks Chinese: mechanism definitions and cleaning steps included."""

from __future__ import annotations

from reporter.brief import Brief
from reporter.clean import STEPS, convert_to_simplified
from reporter.compare import load_taxonomy
from reporter.render.labels import labels
from reporter.render.view import build_view


def test_every_cleaning_step_has_a_chinese_description() -> None:
    zh = dict(labels("zh").step_descriptions)
    names = [s.__name__ for s in STEPS] + [convert_to_simplified.__name__]
    assert [n for n in names if n not in zh] == []


def test_every_builtin_mechanism_has_a_chinese_definition() -> None:
    for mech in load_taxonomy().mechanisms:
        assert mech.definition_zh, mech.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in mech.definition_zh)


def test_zh_view_uses_chinese_definitions_and_steps(seed_brief: Brief) -> None:
    zh = build_view(seed_brief, "zh", "print")
    en = build_view(seed_brief, "en", "print")
    task_zh = next(m for m in zh.matrix.mechanisms if m.id == "task_force")
    task_en = next(m for m in en.matrix.mechanisms if m.id == "task_force")
    assert "专班" in task_zh.definition
    assert task_en.definition.startswith("A dedicated command post")
    assert zh.step_overview and en.step_overview
    pinyin_zh = next(r for r in zh.step_overview if "拼音" in r.description)
    pinyin_en = next(r for r in en.step_overview if "pinyin" in r.description)
    assert pinyin_zh.counts == pinyin_en.counts
    assert sum(pinyin_zh.counts) > 0
