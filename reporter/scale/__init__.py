"""How per-article work runs, never what it computes: in parallel (:mod:`.executor`),
from a content-addressed cache (:mod:`.cache`, :mod:`.pdfcache`), skipped when the
outputs are up to date (:mod:`.manifest`), with a progress display the CLI passes in
(:mod:`.progress`)."""
