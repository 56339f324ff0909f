"""Incentive_care look-alikes on unseen pages (batches 23-24 at first sight), by general cause:

- a recruitment notice's conditions name a past honour the applicant must hold
  (受过县级以上表彰奖励的毕业生, 院系评选的优秀学生干部): nobody is awarded;
- an enterprise rated in a campaign (国企……行动中获评“优秀”等次): a corporate rating, not an
  incentive a Party committee gives to officials.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard real awards.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (present, text, failed before the change)
CASES: list[tuple[bool, str, bool]] = [
    (False,
     "报名人员须具备下列条件之一：一是中共党员；二是高校评选的优秀学生干部、优秀毕业生；"
     "三是近两年来受过市级及以上党委政府表彰奖励的高校毕业生。", True),
    (False,
     "该省属国企深耕帮扶村产业，在全省国资系统推进“百企兴百村”行动中获评“优秀”等次。", True),
    # ... officials awarded stay an incentive
    (True, "会上，市委对50名担当作为好干部予以表彰奖励，并在职级晋升中优先考虑。", False),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text", "old"), CASES)
def test_conditions_and_company_ratings_are_no_incentive(
    present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, "incentive_care")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
