"""What the user says about a document (sources.csv, front matter) and how paths are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import ingest
from reporter.ingest import provenance

SEED = Path(__file__).resolve().parents[2] / "examples" / "004_3b3ccc4ba27ef21c.txt"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2018-04-12", "2018-04-12"),
        ("2018/4/12", "2018-04-12"),
        ("2018年4月12日", "2018-04-12"),
        ("2018.04.12", "2018-04-12"),
        ("2018-02-30", None),  # no such day
        ("四月十二日", None),
        ("", None),
    ],
)
def test_dates_the_user_writes(value: str, iso: str | None) -> None:
    assert provenance.iso_date(value) == iso


def test_unusable_sidecar_values_are_not_used(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "sources.csv").write_text(
        "file,url,outlet,published,note\na.txt,file:///home/me/a.html,临淄组工,去年春天,\n",
        encoding="utf-8",
    )
    article = ingest.read_article(tmp_path / "a.txt", "a")
    assert article.given == (("outlet", "临淄组工"),)


def test_the_nearest_sidecar_listing_a_file_wins(tmp_path: Path) -> None:
    folder = tmp_path / "2018" / "zibo"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "sources.csv").write_text(
        "file,outlet\n2018/zibo/a.txt,淄博日报\n", encoding="utf-8"
    )
    assert provenance.sidecar_values(folder / "a.txt") == {"outlet": "淄博日报"}
    (folder / "sources.csv").write_text("file,outlet\na.txt,大众日报\n", encoding="gbk")
    assert provenance.sidecar_values(folder / "a.txt") == {"outlet": "大众日报"}
    # a sidecar is read with the documents, never as one
    files, skipped = ingest.discover([tmp_path])
    assert files == [folder / "a.txt"] and skipped == []


def test_front_matter_wins_over_the_sidecar_and_bad_toml_stays_text(tmp_path: Path) -> None:
    (tmp_path / "sources.csv").write_text("file,outlet\na.txt,淄博日报\n", encoding="utf-8")
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(f'+++\noutlet = "大众日报"\n+++\n{text}', encoding="utf-8")
    assert ingest.read_article(tmp_path / "a.txt", "a").given == (("outlet", "大众日报"),)
    (tmp_path / "a.txt").write_text(f"+++\noutlet = 大众日报\n+++\n{text}", encoding="utf-8")
    article = ingest.read_article(tmp_path / "a.txt", "a")
    assert article.given == (("outlet", "淄博日报"),)
    assert article.text.startswith("+++")


@pytest.mark.parametrize(
    ("source", "roots", "shown"),
    [
        ("/home/u/corpus/sub/a.txt", ("/home/u/corpus",), "sub/a.txt"),
        ("/home/u/corpus/sub/a.txt", ("/home/u", "/home/u/corpus/sub"), "a.txt"),
        ("/srv/other/a.txt", ("/home/u/corpus",), "a.txt"),  # outside: its name only
        ("corpus/a.txt", ("/anywhere",), "corpus/a.txt"),  # relative: as given
        ("-", (), "-"),
    ],
)
def test_paths_are_shown_relative_never_absolute(
    source: str, roots: tuple[str, ...], shown: str
) -> None:
    assert provenance.shown_path(source, roots) == shown
