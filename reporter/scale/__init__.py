"""How per-article work runs, never what it computes: in parallel (:mod:`.executor`),
within a time budget (:mod:`.budget`), from a content-addressed cache (:mod:`.cache`,
:mod:`.pdfcache`), skipped when the outputs are up to date (:mod:`.manifest`), with a
progress display the CLI passes in (:mod:`.progress`).  The process upkeep that keeps
it fast and small (collector freezing, memory handed back, a warm fork server) sits
behind :mod:`.upkeep`.  What each article computes is :mod:`reporter.article`."""
