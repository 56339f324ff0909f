"""The title `derive_title` reads from the lead of a page that shows no headline
(batches 11-14 and 31-32 at first sight): a speech's title printed twice before its
salutation is derived once, and an excerpt's headline-shaped first line is its title,
while a first line of clauses is the lead and a one-line page is all body.  Sentences
written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean.headline import derive_title


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "县委书记在全县干部下沉动员会上的讲话县委书记在全县干部下沉动员会上的讲话 "
            "同志们：今天召开动员会。",
            "县委书记在全县干部下沉动员会上的讲话",
        ),
        (
            "县委书记在全县干部下沉动员会上的讲话同志们：今天召开动员会。",
            "县委书记在全县干部下沉动员会上的讲话",
        ),
    ],
)
def test_speech_title_printed_twice_is_derived_once(lead: str, title: str) -> None:
    assert derive_title([lead]) == title


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        # an excerpt of a commentary whose body is about another point than its headline
        (
            [
                "查处官员时为何先把他调离",
                "推诿扯皮型：杭州市某区5名工作人员因推诿群众诉求被处分就是典型一例。",
            ],
            "查处官员时为何先把他调离",
        ),
        # ... but a first line of clauses is the lead, read as before
        (
            [
                "某某县委组织部近日召开会议，部署年轻干部培养工作",
                "会上，某某县选派32名年轻干部到乡村振兴一线挂职锻炼。",
            ],
            "某某县委组织部近日召开会议，部署年轻干部培养工作",
        ),
        # ... and a one-line page is all body
        (
            ["某某县选派32名年轻干部到乡村振兴一线挂职锻炼"],
            "某某县选派32名年轻干部到乡村振兴一线挂职锻炼",
        ),
    ],
)
def test_a_derived_title_is_the_excerpts_headline_shaped_first_line(
    paragraphs: list[str], title: str
) -> None:
    assert derive_title(paragraphs) == title
