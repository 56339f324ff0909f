"""Stage 5: mechanism detection, facts and alignment across articles.

Public API (called by :mod:`reporter.pipeline`):

- :func:`load_taxonomy` -- the mechanism taxonomy (``reporter/data/taxonomy.toml``),
  extended or replaced by a user file;
- :func:`judge_genre` -- whether a page is news of cadre work at all (not fiction, an
  explainer or a page naming no official); a page that is not is skipped with the reason;
- :func:`load_genre_model` -- the learned second reader of the genre
  (:mod:`reporter.compare.genre_model`, ``reporter/data/genre_model.tsv``);
- :func:`load_act_model` -- the learned judge of the rules' candidate sentences
  (:mod:`reporter.compare.act_model`, ``reporter/data/act_model.tsv``);
- :func:`analyze` -- per article: one :class:`~reporter.compare.model.Detection` per
  mechanism (cue rules, judged by the act model when given one), and the article's
  :class:`~reporter.compare.model.Fact` records;
- :func:`align` -- across articles: the matrix, per-mechanism comparison by locality,
  shared and unique mechanisms, similarity, and practices no mechanism covers.
"""

from __future__ import annotations

from reporter.compare.act_model import ActModel, load_act_model
from reporter.compare.align import align
from reporter.compare.analyze import analyze
from reporter.compare.genre import judge as judge_genre
from reporter.compare.genre_model import GenreModel, load_genre_model
from reporter.compare.taxonomy import Taxonomy, TaxonomyError, load_taxonomy

__all__ = [
    "ActModel",
    "GenreModel",
    "Taxonomy",
    "TaxonomyError",
    "align",
    "analyze",
    "judge_genre",
    "load_act_model",
    "load_genre_model",
    "load_taxonomy",
]
