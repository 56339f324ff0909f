"""Imported by the process pool's fork server, so that every worker forked from it
starts warm: the jieba dictionary and part-of-speech tables loaded, and the stages'
lazily built resources (taxonomy, gazetteer, converters) built once by processing one
bundled example.  Workers share those pages with the fork server and start in
milliseconds, not the second or so of loading.  Best effort: if the warm-up fails,
each worker loads what it needs on its first article, as it would without this
module.  Then everything alive is frozen out of the cyclic garbage collector's sight
(``gc.freeze``), as the ``gc`` documentation advises before forking: a collection in a
worker would otherwise write to every warm object's header and so copy the pages it
shares with the fork server.
"""

from __future__ import annotations

import gc

from reporter import pipeline, summarize
from reporter.settings import DEFAULT_SUMMARY_SENTENCES, examples_dir
from reporter.text.segment import ensure_jieba


def warm_up() -> None:
    ensure_jieba()
    try:
        sample = min(examples_dir().glob("*.txt"), default=None)
        if sample is not None:
            options = pipeline.ArticleOptions(
                summarize.DEFAULT_ENGINE, DEFAULT_SUMMARY_SENTENCES, None, False
            )
            pipeline.process_file(sample, sample.stem, options)
    except Exception:  # a fork server that failed to import would break the pool
        return


warm_up()
gc.collect()
gc.freeze()
