"""Text primitives every stage shares: Han characters, word segmentation, places."""
