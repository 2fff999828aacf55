"""A page's write keeps what others stored since it read: only the fields it changed win."""

from __future__ import annotations

from workshop_app.domain import Assessment, AssessmentAnswer, Friction, FrictionMap
from workshop_app.merge import merge_fields, merge_items


def test_what_the_page_changed_wins_and_the_rest_is_kept_as_stored():
    base = [Friction("targets"), Friction("leads")]
    mine = [Friction("targets", notes="Quota split"), Friction("leads"), Friction("own", votes=1)]
    stored = [Friction("targets", votes=2, sales_rating=4), Friction("leads", votes=5)]
    assert merge_items(base, mine, stored) == [
        Friction("targets", notes="Quota split", votes=2, sales_rating=4),
        Friction("leads", votes=5),
        Friction("own", votes=1),  # added by the page
    ]


def test_a_field_the_page_changed_is_written_even_over_a_newer_value():
    base = [Friction("targets", votes=1)]
    assert merge_items(base, [Friction("targets", votes=0)], [Friction("targets", votes=3)]) == [
        Friction("targets", votes=0)
    ]


def test_an_item_the_page_removed_stays_removed():
    base = [Friction("targets"), Friction("leads")]
    stored = [Friction("targets", votes=2), Friction("leads", votes=1)]
    assert merge_items(base, [Friction("leads")], stored) == [Friction("leads", votes=1)]


def test_a_section_keeps_as_stored_every_field_the_page_left_alone():
    phone = AssessmentAnswer("p1", "sales", "s1", 4)
    mine = Assessment(notes="The room agreed")
    assert merge_fields(Assessment(), mine, Assessment(answers=[phone])) == Assessment(
        answers=[phone], notes="The room agreed"
    )


def test_a_list_of_items_the_page_changed_is_merged_item_by_item():
    base = FrictionMap([Friction("targets"), Friction("leads")])
    mine = FrictionMap([Friction("targets", notes="Quota split"), Friction("leads")])
    stored = FrictionMap([Friction("targets", votes=2), Friction("leads", votes=5)], notes="Room")
    assert merge_fields(base, mine, stored) == FrictionMap(
        [Friction("targets", notes="Quota split", votes=2), Friction("leads", votes=5)], "Room"
    )
