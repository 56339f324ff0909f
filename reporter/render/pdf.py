"""PLACEHOLDER until the render work lands."""

from __future__ import annotations


def fast_subsetting_available() -> bool:
    return True
