"""Stage 5: mechanism detection, facts and alignment.  PLACEHOLDER: replaced by the issue-5 work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reporter.compare.model import Alignment, ArticleAnalysis, Detection, Evidence, Mechanism
from reporter.models import Document, Summary

_CUES = {
    "task_force": ("专班/指挥部", "Task force", ("指挥部", "专班")),
    "leaderboard": ("比拼/擂台/排名", "Leaderboard", ("榜单", "排名", "擂台")),
    "frontline_rotation": ("下沉/抽调/一线锻炼", "Frontline rotation", ("下沉", "抽调", "选派")),
    "frontline_assessment": ("一线考察", "Frontline assessment", ("一线考察", "考察")),
    "merit_promotion": ("实绩用人", "Merit promotion", ("提拔重用",)),
    "training": ("教育培训", "Training", ("培训",)),
    "role_experience": ("岗位体验", "Role experience", ("网格员",)),
    "incentive_care": ("激励关爱", "Incentives and care", ("表彰",)),
    "accountability": ("调整问责", "Accountability", ("问责", "不适宜担任现职")),
}


@dataclass(frozen=True)
class Taxonomy:
    mechanisms: tuple[Mechanism, ...]


def load_taxonomy(path: Path | None = None, replace: bool = False) -> Taxonomy:
    return Taxonomy(tuple(Mechanism(k, v[0], v[1], "") for k, v in _CUES.items()))


def analyze(doc: Document, taxonomy: Taxonomy) -> ArticleAnalysis:
    dets = []
    for m in taxonomy.mechanisms:
        ev = tuple(
            Evidence(s.index, s.text, tuple(c for c in _CUES[m.id][2] if c in s.text), 1.0, None)
            for s in doc.sentences
            if any(c in s.text for c in _CUES[m.id][2])
        )
        dets.append(Detection(m.id, bool(ev), float(len(ev)), ev[:3], (), ()))
    return ArticleAnalysis(doc.id, tuple(dets), ())


def align(
    docs: Sequence[Document],
    analyses: Sequence[ArticleAnalysis],
    summaries: Sequence[Summary],
    taxonomy: Taxonomy,
) -> Alignment:
    return Alignment(taxonomy.mechanisms, tuple(analyses), (), (), (), (), ())
