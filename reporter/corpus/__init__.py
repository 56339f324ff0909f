"""Corpus-wide steps: which articles a brief covers, re-posted copies counted once, which
articles get a card."""
