"""Corpus scale: per-article work in parallel (:mod:`.executor`), a content-addressed
cache of its results (:mod:`.cache`), grouping of re-posted copies (:mod:`.reposts`)
and a progress display the CLI passes in (:mod:`.progress`).

Nothing is re-exported here: :mod:`reporter.brief` imports :mod:`.reposts`, and
:mod:`.executor` imports :mod:`reporter.pipeline`, which imports the brief.
"""
