"""reporter: scraped Chinese news articles in, a traceable comparison brief out."""

from __future__ import annotations

__version__ = "0.1.0"
