"""The deployment chart and finding count officials sent to the frontline or a task force."""

from __future__ import annotations

from reporter.brief import Brief
from reporter.render.view import build_view


def test_deployment_counts_only_officials_sent(seed_brief: Brief) -> None:
    view = build_view(seed_brief, "zh", "print")
    assert view.deploy.svg is not None
    svg = str(view.deploy.svg)
    # 崂山区 sent 1628 officials and 胶州市 129 to the frontline (seeds 000 and 002) ...
    assert "1628名" in svg
    assert "129名" in svg
    # ... while 绿园区's "1.7万余名党员" took part in a study campaign: members, not deployed.
    assert "1.7万余名" not in svg
    largest = next(
        f
        for f in view.findings
        if "1.7万" in f.headline or "1628" in f.headline or "4000" in f.headline
    )
    assert "1.7万" not in largest.headline
