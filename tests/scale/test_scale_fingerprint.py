"""bench/fingerprint.py, the check that a speed change changes no output: the same code on
the same articles gives the same fingerprints, and a changed article a different one."""

from __future__ import annotations

from pathlib import Path

from tests.scale.conftest import REPO, load_bench_module


def test_fingerprints_hold_results_and_catch_a_change(tmp_path: Path) -> None:
    fp = load_bench_module("fingerprint")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted((REPO / "examples").glob("*.txt"))[:2]
    for seed in seeds:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "README.md").write_text("not an article", encoding="utf-8")
    files = fp.article_files([corpus])
    assert [f.name for f in files] == [s.name for s in seeds]

    first = fp.fingerprint(files, tmp_path / "a.tsv")
    again = fp.fingerprint(files, tmp_path / "b.tsv")
    assert first == again == fp.read_fingerprints(tmp_path / "a.tsv")
    assert len(set(first.values())) == 2

    # one sentence less in the second article: its result, and only its, differs
    second = corpus / seeds[1].name
    text = second.read_text("utf-8")
    second.write_text(text.replace("。", "。\n", 1).split("\n", 1)[0] + "\n", encoding="utf-8")
    changed = fp.fingerprint(files, tmp_path / "c.tsv")
    assert changed[str(files[0])] == first[str(files[0])]
    assert changed[str(files[1])] != first[str(files[1])]
