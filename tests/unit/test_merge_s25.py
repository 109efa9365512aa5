"""Joins of session 25: a happening told again later in its article by its noun. Each rule on
sentences and tellings made up for these tests, with cases it must join and cases it must not."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsline_testing import write

from unit.test_merge_within_s22 import groups, merge, rule_of, told
from unit.test_participants_company_s22 import events_told
from tui.extract.merge import NOUN_AGAIN
from tui.extract.timex.when import when_day


def day(d: int):
    return when_day(dt.date(2020, 5, d))


def lead(headline="Jane Doe met John Smith", trigger="meeti", actors=(0, 1), sentence=0):
    """A meeting told on 3 May (actors 0 and 1 people, 2 an organisation)."""
    return replace(told(sentence, "meeting", headline, actors=actors, trigger=trigger), when=day(3))


def noun(sentence, headline="the meeting", given="meeti", actors=(), **flags):
    """An undated event noun after "the": a meeting named again, or none."""
    return told(sentence, "meeting", headline, actors=actors, weak=True, given=given, **flags)


def apart(tellings) -> bool:
    """Whether the noun (telling 1) stays out of the lead's event (left alone it is no event)."""
    return [0, 1] not in groups(merge(tellings))


def rules_of(tmp_path, text: str, words: str) -> list[str]:
    """The rules joining the evidence of the one event whose evidence holds ``words``."""
    write(tmp_path, "a.txt", "date 2025-03-11\n\n" + text + "\n")
    (event,) = events_told(tmp_path, words)
    return [ev["rule"] for ev in event["evidence"]]


# -- an event noun after a definite or possessive determiner names what was told ---------------


def test_leur_rencontre_later_in_the_article_is_the_meeting_told_in_the_lead(tmp_path):
    text = (
        "Paul Morel et Karl Weber se sont rencontrés mardi à Lyon. Les deux hommes parlent du climat. "
        "Le sujet divise. Lors de leur rencontre, Paul Morel a présenté un plan commun."
    )
    assert NOUN_AGAIN in rules_of(tmp_path, text, "se sont rencontrés")


def test_the_indictment_told_again_by_its_noun_joins_the_one_told_before(tmp_path):
    text = (
        "Le juge Jean Carrel a inculpé Marc Dubois jeudi à Nantes. "
        "Le ministre Paul Morel a estimé que l'inculpation de Marc Dubois était justifiée."
    )
    assert NOUN_AGAIN in rules_of(tmp_path, text, "a inculpé")


def test_a_noun_saying_a_meeting_told_in_another_word_is_not_joined_by_its_noun():
    # (what its word says: a visit told as a meeting is left to the other rules)
    assert apart([lead(trigger="met"), noun(2, "the talks", "talks")])


def test_the_same_noun_joins_the_meeting_said_with_it():
    events = merge([lead("Jane Doe held talks with John Smith", "talks"), noun(2, "the talks", "talks")])
    assert groups(events) == [[0, 1]]
    assert rule_of(events, 1) == NOUN_AGAIN


def test_a_meeting_of_other_people_stays_apart():
    # "Jane Doe met Globex's board on Monday. … John Smith's meeting with Globex …": two meetings.
    # (actors 0 and 1 people, 2 an organisation)
    assert apart([lead("Jane Doe met Globex's board", actors=(0, 2)), noun(2, "the meeting of John Smith with Globex", actors=(1, 2))])


def test_a_meeting_its_sentence_dates_to_another_day_stays_apart():
    # "… met on Monday. The meeting of 9 May will …": its sentence dates it otherwise.
    assert apart([lead(), noun(2), replace(told(2, "other", "will open the summit", actors=(0,)), when=day(9))])


def test_one_more_meeting_is_not_the_one_told():
    assert apart([lead(), noun(2, "the second meeting", another=True)])


def test_a_meeting_told_too_far_back_is_not_named_again():
    assert apart([lead(), noun(9)])


def test_the_nearest_of_two_meetings_is_the_one_named():
    tellings = [lead(), lead("Globex met Acme", actors=(2, 3), sentence=1), noun(2)]
    assert groups(merge(tellings)) == [[0], [1, 2]]


def test_a_death_of_someone_else_said_in_another_word_stays_apart():
    # "… reconnu coupable de la mort de 283 personnes. … complicité dans le meurtre de …"
    tellings = [
        told(0, "death", "la mort de 283 personnes", actors=(3,), weak=True, given="mort"),
        told(2, "death", "le meurtre de 17 000 personnes", actors=(), weak=True, given="meurt"),
    ]
    assert apart(tellings)


def test_a_sale_is_not_named_again_by_its_noun(tmp_path):
    # (an article about a company tells many of its launches and sales)
    text = "Tarvix launched the Widget on Monday. Since its launch, the shop has sold 3 million songs."
    assert NOUN_AGAIN not in rules_of(tmp_path, text, "launched the Widget")


def test_the_head_of_the_protest_names_who_not_the_protest(tmp_path):
    text = (
        "Deux mille personnes ont manifesté mardi à Lyon contre la réforme. "
        "« Nous voulons être entendus », a déclaré Marc Dubois, l'un des responsables de la manifestation."
    )
    assert NOUN_AGAIN not in rules_of(tmp_path, text, "ont manifesté")
