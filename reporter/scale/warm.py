"""Warming a process pool's fork server, so every worker forked from it starts warm.

:func:`prepare_fork_server` loads the jieba dictionary and part-of-speech tables and
builds the stages' lazily built resources (taxonomy, gazetteer, converters) by
processing one bundled example; workers share those pages with the fork server and
start in milliseconds.  Then everything alive is frozen out of the cyclic garbage
collector's sight, as the ``gc`` documentation advises before forking: a collection
in a worker would otherwise write to every warm object's header and so copy the pages
it shares with the fork server.  The fork server runs it by importing
:mod:`reporter.scale.preload`; importing this module does nothing.
"""

from __future__ import annotations

import gc

from reporter import article, summarize
from reporter.settings import DEFAULT_SUMMARY_SENTENCES, examples_dir
from reporter.text.segment import ensure_jieba


def warm_up() -> None:
    """Best effort: if it fails, each worker loads what it needs on its first article."""
    ensure_jieba()
    try:
        sample = min(examples_dir().glob("*.txt"), default=None)
        if sample is not None:
            options = article.ArticleOptions(
                summarize.DEFAULT_ENGINE, DEFAULT_SUMMARY_SENTENCES, None, False
            )
            article.analyse_file(sample, sample.stem, options)
    except Exception:  # a fork server that failed to import would break the pool
        return


def prepare_fork_server() -> None:
    warm_up()
    gc.collect()
    gc.freeze()
