"""The act rules file (reporter/data/act.toml) is validated when parsed: an occasion rule
without a positive lead is refused.  The act check's cases on sentences live with the
other detection cases in tests/fixtures/compare/detect_cases/."""

from __future__ import annotations

import pytest

from reporter.compare.act import ActRulesError, parse_rules


def test_occasion_needs_a_positive_lead() -> None:
    text = (
        '[object]\nlabel = "x"\nmechanisms = ["training"]\narticle_mechanisms = ["training"]\n'
        'cadre = ["a"]\nlook_alikes = ["a"]\npublic = ["b"]\n'
        '[occasion]\nlabel = "o"\nmechanisms = ["incentive_care"]\nlead = 0\n'
        'events = ["c"]\ncadre_honours = ["d"]\n'
    )
    with pytest.raises(ActRulesError):
        parse_rules(text)
