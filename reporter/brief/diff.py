"""What changed between two briefs: ``reporter diff OLD NEW``.

Each side is a ``brief.json`` or a build folder holding one.  Compared:

- localities: the places the briefs' articles are about (each article's primary
  locality, else the first place it names), added or removed;
- mechanisms per locality, for the localities in both briefs: a mechanism is a
  locality's when one of its articles shows it present (the matrix);
- deployments: per locality and deployment mechanism (专班, 下沉), the largest head
  count of cadres deployed that the articles state (facts counting 干部 in the role
  "deployed", the same figures as the brief's deployment chart); a change of that
  figure is reported with both sentences' citations;
- articles, by id, added or removed.

A large corpus's brief lists its facts in ``articles.jsonl`` beside it (``detail_file``);
they are read from there when the file is present.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BRIEF_FILE = "brief.json"
# The mechanisms whose facts are deployments, and what a deployed head count is: the
# same choice as the brief's deployment chart (reporter.render.view.deploy).
DEPLOYMENT_MECHANISMS = ("task_force", "frontline_rotation")
DEPLOYED_COUNTS = "干部"
DEPLOYED_ROLE = "deployed"
HEAD_UNITS = frozenset({"名", "人", "位"})


class DiffInputError(ValueError):
    """A side that is not a readable brief; the message names it."""


@dataclass(frozen=True)
class Side:
    """One brief, read."""

    path: Path
    data: dict[str, Any]
    facts: list[dict[str, Any]]


def load_side(path: Path) -> Side:
    """A ``brief.json`` or a build folder; raises :class:`DiffInputError`."""
    file = path / BRIEF_FILE if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiffInputError(f"{file}: no such file; give a brief.json or a build folder") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DiffInputError(f"{file}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DiffInputError(f"{file}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise DiffInputError(f"{file}: not a brief.json (no 'articles' list)")
    facts = list(data.get("facts") or [])
    detail = data.get("detail_file")
    if not facts and isinstance(detail, str) and (file.parent / detail).is_file():
        facts = list(_detail_facts(file.parent / detail))
    return Side(file, data, facts)


def _detail_facts(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield from json.loads(line).get("facts") or []


def _place(article: dict[str, Any]) -> str | None:
    if article.get("primary_locality"):
        return str(article["primary_locality"])
    places = article.get("localities") or []
    return str(places[0]["name"]) if places else None


def _places(side: Side) -> dict[str, str | None]:
    return {a["id"]: _place(a) for a in side.data["articles"]}


def _mechanisms(side: Side) -> dict[str, set[str]]:
    """Per locality, the mechanisms present in any of its articles."""
    out: dict[str, set[str]] = {}
    matrix = side.data.get("matrix") or {}
    for article_id, place in _places(side).items():
        if place is None:
            continue
        row = matrix.get(article_id) or {}
        out.setdefault(place, set()).update(m for m, cell in row.items() if cell.get("present"))
    return out


def _deployments(side: Side) -> dict[tuple[str, str], dict[str, Any]]:
    """Per (locality, deployment mechanism), the largest deployed head count."""
    places = _places(side)
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for f in side.facts:
        if f.get("kind") != "officials" or f.get("value") is None:
            continue
        if f.get("counts") != DEPLOYED_COUNTS or f.get("role") != DEPLOYED_ROLE:
            continue
        if f.get("unit") not in HEAD_UNITS:
            continue
        place = f.get("locality") or places.get(f.get("article_id", ""))
        if not place:
            continue
        for m in DEPLOYMENT_MECHANISMS:
            if m in (f.get("mechanism_ids") or []):
                key = (place, m)
                if key not in best or f["value"] > best[key]["value"]:
                    best[key] = f
    return best


def _fact_ref(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "value": f["value"],
        "text": f.get("text"),
        "article_id": f.get("article_id"),
        "sentence_index": f.get("sentence_index"),
        "sentence": f.get("sentence"),
    }


def _article_ref(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": a["id"],
        "title": a.get("title"),
        "locality": _place(a),
        "published": a.get("published"),
    }


def diff(old: Side, new: Side) -> dict[str, Any]:
    """The changes from ``old`` to ``new``, as ``reporter diff --json`` prints them."""
    old_mech, new_mech = _mechanisms(old), _mechanisms(new)
    both = sorted(old_mech.keys() & new_mech.keys())
    order = {m: i for i, m in enumerate(_names(old, new))}  # taxonomy order

    def ordered(ids: set[str]) -> list[str]:
        return sorted(ids, key=lambda m: (order.get(m, len(order)), m))

    gained = [
        {"locality": p, "mechanism": m} for p in both for m in ordered(new_mech[p] - old_mech[p])
    ]
    lost = [
        {"locality": p, "mechanism": m} for p in both for m in ordered(old_mech[p] - new_mech[p])
    ]
    old_dep, new_dep = _deployments(old), _deployments(new)
    changed = [
        {
            "locality": key[0],
            "mechanism": key[1],
            "old": _fact_ref(old_dep[key]),
            "new": _fact_ref(new_dep[key]),
        }
        for key in sorted(old_dep.keys() & new_dep.keys())
        if old_dep[key]["value"] != new_dep[key]["value"]
    ]
    old_articles = {a["id"]: a for a in old.data["articles"]}
    new_articles = {a["id"]: a for a in new.data["articles"]}
    return {
        "old": str(old.path),
        "new": str(new.path),
        "localities_added": sorted(new_mech.keys() - old_mech.keys()),
        "localities_removed": sorted(old_mech.keys() - new_mech.keys()),
        "mechanisms_gained": gained,
        "mechanisms_lost": lost,
        "facts_changed": changed,
        "articles_added": [
            _article_ref(new_articles[i]) for i in sorted(new_articles.keys() - old_articles.keys())
        ],
        "articles_removed": [
            _article_ref(old_articles[i]) for i in sorted(old_articles.keys() - new_articles.keys())
        ],
    }


def _names(old: Side, new: Side) -> dict[str, str]:
    """Mechanism id -> Chinese name, in the newer brief's taxonomy order."""
    names: dict[str, str] = {}
    for side in (new, old):
        for m in side.data.get("mechanisms") or []:
            names.setdefault(m["id"], m.get("name_zh") or m["id"])
    return names


def _cite(ref: dict[str, Any]) -> str:
    return f"{ref['text']} [{ref['article_id']}·s{ref['sentence_index']}]"


def as_text(result: dict[str, Any], old: Side, new: Side) -> str:
    """``result`` as a reader reads it: one heading per kind of change, one line each."""
    names = _names(old, new)

    def mech(m: str) -> str:
        return f"{names.get(m, m)} ({m})"

    out = [f"{result['old']} → {result['new']}"]

    def block(title: str, items: list[str]) -> None:
        out.append("")
        out.append(f"{title}: {len(items) if items else 'none'}")
        out.extend(f"  {line}" for line in items)

    block("Localities added", result["localities_added"])
    block("Localities removed", result["localities_removed"])
    block(
        "Mechanisms gained",
        [f"{g['locality']}: + {mech(g['mechanism'])}" for g in result["mechanisms_gained"]],
    )
    block(
        "Mechanisms lost",
        [f"{g['locality']}: - {mech(g['mechanism'])}" for g in result["mechanisms_lost"]],
    )
    block(
        "Deployments whose scale changed",
        [
            f"{c['locality']} {mech(c['mechanism'])}: {_cite(c['old'])} → {_cite(c['new'])}"
            for c in result["facts_changed"]
        ],
    )
    block(
        "Articles added",
        [_article_line(a) for a in result["articles_added"]],
    )
    block(
        "Articles removed",
        [_article_line(a) for a in result["articles_removed"]],
    )
    return "\n".join(out) + "\n"


def _article_line(a: dict[str, Any]) -> str:
    bits = [a["id"], a.get("locality") or "?", a.get("published") or "undated"]
    return "  ".join(bits) + (f"  {a['title']}" if a.get("title") else "")
