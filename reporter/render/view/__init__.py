"""What each template receives: frozen, documented view records built from a Brief.

This package is presentation logic only: it chooses what to show and in which words
(findings are sentences composed from the alignment's own records), orders it, and
turns every claim's source into a :class:`~reporter.render.view.base.Cite`.  It
computes no new analysis: every number and sentence comes from the
:class:`~reporter.brief.Brief`.

One module per section of the brief, each with its view records, its budgets and its
template partial (``templates/sections/<name>.html``): :mod:`.cover` (title block and
corpus at a glance), :mod:`.findings`, :mod:`.matrix` and :mod:`.deploy` (the executive
page), :mod:`.mechanisms` (the comparison), :mod:`.timeline`, :mod:`.practices` (other
practices), :mod:`.cards` (article cards), :mod:`.quality` (data quality and inputs not
used) and :mod:`.methods`.  :mod:`.text` holds the text helpers they share, :mod:`.base`
the citation records and the :class:`~reporter.render.view.base.Builder` with the
lookups of one brief, and :mod:`.brief` assembles the whole context
(:class:`BriefView`, :func:`build_view`).

Anchors: sentence ``i`` of article ``A`` is the element ``id="a-A-s-i"``; every
citation links there.  A sentence gets its id exactly once, where it is first shown
in its article card (summary, then "other cited sentences", then, in HTML only, the
full text), so every citation in either format has a target.

A large corpus: only the articles in ``Brief.cards`` (None: all) get a card, and only
their sentences are read; the others may be "slim" (no sentences).  A citation of an
article without a card carries the evidence's own text and links nowhere.  Every list
is cut to a budget (each section's constants); what is cut is counted on the page and
the reader is told which file holds it.  Paper gets the head of each list; the screen
a bit more.
"""

from __future__ import annotations

from reporter.render.view.base import Cite, FactView, MechanismLabel, Quote
from reporter.render.view.brief import BriefView, build_view
from reporter.render.view.findings import Finding

__all__ = ["BriefView", "Cite", "FactView", "Finding", "MechanismLabel", "Quote", "build_view"]
