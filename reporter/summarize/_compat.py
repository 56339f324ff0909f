"""Make textrank4zh 0.3 (2016) run on networkx 3.

textrank4zh calls ``networkx.from_numpy_matrix``, which networkx 3.0 removed in favour
of ``from_numpy_array`` (the same graph for an ndarray).  Restoring the old name is
safer than pinning a networkx that no longer gets fixes.  Call :func:`patch_networkx`
before calling into textrank4zh; networkx is imported only then (it is slow to import
and only the reference engine needs it).
"""

from __future__ import annotations


def patch_networkx() -> None:
    import networkx

    if not hasattr(networkx, "from_numpy_matrix"):
        networkx.from_numpy_matrix = networkx.from_numpy_array
