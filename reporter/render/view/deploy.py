"""The deployment chart of the executive page: per locality, the largest count of
officials sent to a task force or the frontline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reporter.compare.localities import contains
from reporter.compare.model import (
    Fact,
)
from reporter.render import charts
from reporter.render.view.base import Builder, Cite

# Bars in the deployment chart: the executive page must stay one page.
MAX_BARS = 6
# "Officials deployed" means sent to a task force or the frontline: a head count in a
# sentence about training, promotion or party membership ("1.7万余名党员") is no deployment.
DEPLOYMENT_MECHANISMS = frozenset({"frontline_rotation", "task_force"})
# ... and the fact itself must count officials (干部, not 在职党员 or 群众) in the role of
# being sent (选派, 抽调, 下沉), in heads (not 人次): like is compared with like.
DEPLOYED_COUNTS = "干部"
DEPLOYED_ROLE = "deployed"
HEAD_UNITS = frozenset({"名", "人", "位"})


@dataclass(frozen=True)
class DeployView:
    """The deployment chart (template partial ``sections/deploy.html``) and its citations."""

    svg: Markup | None  # None when no article states a head count
    cites: tuple[Cite, ...]


def largest_officials(b: Builder) -> list[tuple[str, Fact]]:
    """Per locality, the largest count of officials deployed, largest first."""
    best: dict[str, Fact] = {}
    for f in b.all_facts():
        if f.kind != "officials" or f.value is None:
            continue
        if f.counts != DEPLOYED_COUNTS or f.role != DEPLOYED_ROLE or f.unit not in HEAD_UNITS:
            continue
        if not DEPLOYMENT_MECHANISMS.intersection(f.mechanism_ids):
            continue
        loc = b.fact_locality(f)
        if loc == f.article_id:
            # No place: a national total or a page naming none is no locality's
            # deployment, and a ranking of localities must not show a file name.
            continue
        own = b.locality.get(f.article_id)
        if own is not None and loc != own and contains(loc, own):
            # "全省2900多名驻村第一书记" quoted by a story about 霞浦县: the province's total
            # is the story's context, no report of the province's deployment to rank
            continue
        if loc not in best or f.value > (best[loc].value or 0.0):
            best[loc] = f
    return sorted(best.items(), key=lambda kv: (-(kv[1].value or 0.0), kv[0]))


def build_deploy(b: Builder, deployed: Sequence[tuple[str, Fact]]) -> DeployView:
    ranked = deployed[:MAX_BARS]
    if not ranked:
        return DeployView(None, ())
    items: list[charts.Bar] = []
    cites: list[Cite] = []
    for loc, f in ranked:
        c = b.cite(f.article_id, f.sentence_index, f.sentence)
        cites.append(c)
        items.append(charts.Bar(loc, f.value or 0.0, f.text, f"[{c.label}]", c.anchor))
    return DeployView(charts.bars(items, title=b.t["deploy_chart"]), tuple(cites))
