"""A sentence telling nothing of its own goes on with the telling just before by an actor that
telling NAMES: not by one only inferred for it (the company behind a sale its chief made).
Tellings and articles made up for these tests."""

from __future__ import annotations

from newsline_testing import write

from unit.test_merge_within_s22 import groups, merge, rule_of, told
from unit.test_participants_company_s22 import events_told
from tui.extract.merge import CONTINUES


def going_on(sentence, headline, actors):
    return told(sentence, "other", headline, actors=actors, continues=True)


# -- an inferred company is no actor named again --------------------------------------------------


def test_a_sentence_naming_only_the_inferred_company_does_not_go_on_with_the_sale():
    # "Anna Berg sold the Leeds plant." (Anna Berg of Acme) "It was a hard week for Acme staff."
    tellings = [
        told(0, "economy", "Anna Berg sold the Leeds plant", actors=(0, 2), inferred=(2,)),
        going_on(1, "It was a hard week for Acme staff", (2,)),
    ]
    assert groups(merge(tellings)) == [[0]]  # (the sentence going on with nothing is no event)


def test_a_sentence_naming_the_company_the_sale_names_goes_on_with_it():
    # "Acme sold the Leeds plant." "It was a hard week for Acme staff."
    tellings = [
        told(0, "economy", "Acme sold the Leeds plant", actors=(2,)),
        going_on(1, "It was a hard week for Acme staff", (2,)),
    ]
    events = merge(tellings)
    assert groups(events) == [[0, 1]] and rule_of(events, 1) == CONTINUES


def test_a_sentence_naming_the_seller_goes_on_with_the_sale_its_company_was_inferred_for():
    # "Anna Berg sold the Leeds plant." "Berg had run Acme since 2015."
    tellings = [
        told(0, "economy", "Anna Berg sold the Leeds plant", actors=(0, 2), inferred=(2,)),
        going_on(1, "Berg had run Acme since 2015", (0, 2)),
    ]
    events = merge(tellings)
    assert groups(events) == [[0, 1]] and rule_of(events, 1) == CONTINUES


def test_the_inferred_company_goes_to_the_telling_naming_it_before():
    # "Acme opened a store on Monday. Anna Berg sold the Leeds plant. Acme staff cheered."
    tellings = [
        told(0, "economy", "Acme opened a store", actors=(2,)),
        told(1, "economy", "Anna Berg sold the Leeds plant", actors=(0, 2), inferred=(2,)),
        going_on(2, "Acme staff cheered", (2,)),
    ]
    events = merge(tellings)
    assert [0, 2] in groups(events) and [1] in groups(events)


# -- in an article --------------------------------------------------------------------------------


def test_a_later_sentence_naming_the_seller_s_company_stays_out_of_the_sale(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Paul Morel, the chief executive of Tarvix Inc., spoke on Monday in Paris. "
        "On Tuesday, Morel sold the Lyon plant to Globex. "
        "The mood was grim among Tarvix Inc. engineers.\n"
    )
    write(tmp_path, "a.txt", text)
    (sale,) = events_told(tmp_path, "sold the Lyon plant")
    assert "Tarvix Inc" in sale["participants"]
    assert not any("engineers" in ev["text"] for ev in sale["evidence"])
