"""Which articles a brief covers: a period, a place (and everything under it), mechanisms.

``reporter build --since/--until/--locality/--mechanism`` fill one :class:`Filters`;
the pipeline asks :meth:`Filters.reason` about each processed article and leaves out
those it gives a reason for, recording them in ``skipped`` with a reason that starts
``filtered:`` (translated in ``render_labels.toml``), so nothing is dropped silently.

An article's date is its publication date, else its re-post date; an article with
neither is left out by a date filter.  An article's place is its primary locality (the
place it is about, see :mod:`reporter.compare.locality`): an article about 青岛市 as a whole is
not "within 崂山区", one about 崂山区 is within 青岛市 and 山东省.  Several
``--locality`` or ``--mechanism`` values are alternatives (any of them); the kinds of
filter all apply together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # settings imports this module: it stays light to import
    from reporter.compare.model import ArticleAnalysis
    from reporter.models import Document, Locality

# Every filtered article's reason starts with this (README, render_labels.toml).
FILTERED_PREFIX = "filtered: "

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class FilterError(ValueError):
    """A filter value that cannot be used; the message says which and why."""


def parse_date(value: str, *, end: bool) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an ISO day: the first day of the period
    for ``--since``, its last day for ``--until`` (``end``), so ``--until 2020`` keeps
    all of 2020."""
    m = _DATE.fullmatch(value.strip())
    if m is None:
        raise FilterError(f"{value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            date = dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        elif day is None:
            first = dt.date(year, int(month), 1)
            if end:
                following = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
                date = following - dt.timedelta(days=1)
            else:
                date = first
        else:
            date = dt.date(year, int(month), int(day))
    except ValueError as exc:
        raise FilterError(f"{value!r} is not a date: {exc}") from None
    return date.isoformat()


@dataclass(frozen=True)
class Place:
    """A place of ``--locality``, resolved against the gazetteer."""

    name: str  # canonical full name, "青岛市"
    level: str  # "province", "city" or "district"

    def contains(self, loc: Locality) -> bool:
        """Whether ``loc`` is this place or lies under it."""
        if loc.name == self.name:
            return True
        if self.level == "city":
            return loc.city == self.name
        if self.level == "province":
            return loc.province == self.name
        return False


def resolve_place(name: str) -> Place:
    """``name`` (full, 青岛市, or short, 青岛) as a gazetteer place; higher levels win a
    short-form tie, as in the gazetteer (吉林 is the province)."""
    from reporter.text import gazetteer

    wanted = name.strip()
    found = gazetteer.lookup(wanted)
    if not found:
        found = tuple(p for p in gazetteer.all_places() if p.alias and p.alias == wanted)
    if not found:
        raise FilterError(f"{name!r} is not a place the gazetteer knows (e.g. 青岛市, 崂山区)")
    rank = {"province": 0, "city": 1, "district": 2}
    best = min(found, key=lambda p: rank[p.level])
    return Place(best.name, best.level)


def article_date(doc: Document) -> str | None:
    """The date a filter compares: publication, else re-post; None when neither."""
    meta = doc.article.metadata
    return meta.published or meta.reposted


def _primary(doc: Document) -> Locality | None:
    from reporter.models import Locality
    from reporter.text import gazetteer

    meta = doc.article.metadata
    if meta.primary_locality is None:
        return None
    for loc in meta.localities:
        if loc.name == meta.primary_locality:
            return loc
    places = gazetteer.lookup(meta.primary_locality)
    if not places:
        return None
    p = places[0]
    return Locality(p.name, p.level, p.province, p.city, 0)


@dataclass(frozen=True)
class Filters:
    """The filters of one build; the default filters nothing."""

    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive
    localities: tuple[Place, ...] = ()
    mechanisms: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls,
        since: str | None = None,
        until: str | None = None,
        localities: Sequence[str] = (),
        mechanisms: Sequence[str] = (),
    ) -> Filters:
        """From the command line's words; raises :class:`FilterError`."""
        out = cls(
            since=parse_date(since, end=False) if since else None,
            until=parse_date(until, end=True) if until else None,
            localities=tuple(dict.fromkeys(resolve_place(n) for n in localities)),
            mechanisms=tuple(dict.fromkeys(m.strip() for m in mechanisms)),
        )
        if out.since and out.until and out.since > out.until:
            raise FilterError(f"--since {out.since} is after --until {out.until}")
        return out

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.localities or self.mechanisms)

    def check_mechanisms(self, known: Sequence[str]) -> None:
        """Every ``--mechanism`` must be an id of the taxonomy in use."""
        for m in self.mechanisms:
            if m not in known:
                raise FilterError(f"{m!r} is not a mechanism id; one of {', '.join(known)}")

    def key(self) -> tuple[object, ...]:
        """What the filters are, for the build's manifest key."""
        return (self.since, self.until, [p.name for p in self.localities], self.mechanisms)

    def reason(self, doc: Document, analysis: ArticleAnalysis) -> str | None:
        """Why the article is left out, starting ``filtered:``; None when it is kept."""
        if self.since or self.until:
            date = article_date(doc)
            if date is None:
                return f"{FILTERED_PREFIX}no date, left out by {self._period()}"
            if self.since and date < self.since:
                return f"{FILTERED_PREFIX}dated {date}, before --since {self.since}"
            if self.until and date > self.until:
                return f"{FILTERED_PREFIX}dated {date}, after --until {self.until}"
        if self.localities:
            wanted = "、".join(p.name for p in self.localities)
            loc = _primary(doc)
            if loc is None:
                return f"{FILTERED_PREFIX}no locality, left out by --locality {wanted}"
            if not any(p.contains(loc) for p in self.localities):
                return f"{FILTERED_PREFIX}{loc.name} is not within {wanted}"
        if self.mechanisms:
            present = {d.mechanism_id for d in analysis.detections if d.present}
            if not present.intersection(self.mechanisms):
                wanted = ", ".join(self.mechanisms)
                return f"{FILTERED_PREFIX}none of the mechanisms {wanted}"
        return None

    def _period(self) -> str:
        parts = []
        if self.since:
            parts.append(f"--since {self.since}")
        if self.until:
            parts.append(f"--until {self.until}")
        return " ".join(parts)
