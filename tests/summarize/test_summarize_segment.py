from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from reporter import segment


def test_jieba_starts_once_with_our_cache_dir_and_a_quiet_logger() -> None:
    segment.ensure_jieba()
    assert jieba.dt.initialized
    assert jieba.dt.tmp_dir == str(segment.cache_dir())
    logger = logging.getLogger("jieba")
    assert not any(type(h) is logging.StreamHandler for h in logger.handlers)
    segment.ensure_jieba()  # a second call is a no-op
    assert jieba.dt.tmp_dir == str(segment.cache_dir())


def test_posseg_is_cached_and_keeps_symbols() -> None:
    segment.clear_cache()
    first = segment.posseg("区委选派86名干部到一线。")
    assert segment.posseg("区委选派86名干部到一线。") is first
    assert "".join(t.word for t in first) == "区委选派86名干部到一线。"
    assert first[-1] == segment.Token("。", "x")
    assert segment.posseg.cache_info().hits >= 1


def test_cache_dir_falls_back_to_temp_when_unwritable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    import platformdirs

    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda _name: str(blocker / "reporter"))
    assert segment.cache_dir() == Path(tempfile.gettempdir())
    monkeypatch.setattr(
        platformdirs, "user_cache_dir", lambda _name: str(tmp_path / "c" / "reporter")
    )
    assert segment.cache_dir() == tmp_path / "c" / "reporter"
    assert (tmp_path / "c" / "reporter").is_dir()
