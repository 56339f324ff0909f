"""Imported by a process pool's fork server (:data:`reporter.scale.upkeep.FORK_SERVER_PRELOAD`)
and by nothing else: a fork server only imports modules, so importing this one is what
warms it (:func:`reporter.scale.warm.prepare_fork_server`)."""

from reporter.scale.warm import prepare_fork_server

prepare_fork_server()
