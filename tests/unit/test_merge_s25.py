"""Joins of session 25: a happening told again later in its article by its noun. Each rule on
sentences and tellings made up for these tests, with cases it must join and cases it must not."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from newsline_testing import write

from unit.test_merge_within_s22 import groups, merge, rule_of, told
from unit.test_participants_company_s22 import events_told
from tui.extract.merge import NOUN_AGAIN, SAME_KIND_DAY, SPEAKS_ON
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


# Made-up articles, the words of the event's first telling, and the rule that joins a later one.
JOINED = [
    (  # a meeting told again by "leur rencontre" further on
        "Paul Morel et Karl Weber se sont rencontrés mardi à Lyon. Les deux hommes parlent du climat. "
        "Le sujet divise. Lors de leur rencontre, Paul Morel a présenté un plan commun.",
        "se sont rencontrés", NOUN_AGAIN,
    ),
    (  # an indictment told again by its noun inside someone's statement
        "Le juge Jean Carrel a inculpé Marc Dubois jeudi à Nantes. "
        "Le ministre Paul Morel a estimé que l'inculpation de Marc Dubois était justifiée.",
        "a inculpé", NOUN_AGAIN,
    ),
    (  # a protest told again later, on its day, by those who took part in it
        "Des milliers de personnes ont manifesté vendredi devant l'ambassade des États-Unis à Lima. "
        "La police était présente. La foule a chanté. Le cortège a défilé. "
        "Devant l'ambassade des États-Unis, les manifestants ont scandé des slogans.",
        "ont manifesté", SAME_KIND_DAY,
    ),
    (  # one speaker quoted on
        "Le maire Jean Carrel a estimé lundi que le projet de tramway était trop coûteux. "
        "« Nous ne pouvons pas dépenser 300 millions », a expliqué Jean Carrel.",
        "a estimé", SPEAKS_ON,
    ),
    (
        "Mayor Jane Doe said on Monday that the tram project would cost far more than planned. "
        "\"We cannot spend 300 million on it,\" Doe explained.",
        "said on Monday", SPEAKS_ON,
    ),
]


@pytest.mark.parametrize(("text", "words", "rule"), JOINED)
def test_a_happening_told_again_later_in_its_article_is_joined(tmp_path, text, words, rule):
    assert rule in rules_of(tmp_path, text, words)


def test_a_noun_saying_a_meeting_told_in_another_word_is_not_joined_by_its_noun():
    # (what its word says: a visit told as a meeting is left to the other rules)
    assert apart([lead(trigger="met"), noun(2, "the talks", "talks")])


def test_the_same_noun_joins_the_meeting_said_with_it():
    events = merge([lead("Jane Doe held talks with John Smith", "talks"), noun(2, "the talks", "talks")])
    assert groups(events) == [[0, 1]]
    assert rule_of(events, 1) == NOUN_AGAIN


def test_a_definite_noun_opening_its_sentence_names_the_nearest_of_its_kind_in_any_word():
    # "Jane Doe met John Smith on Monday. … The meeting lasted two hours."
    events = merge([lead(trigger="met"), noun(4, "The meeting lasted two hours", definite=True)])
    assert groups(events) == [[0, 1]]
    assert rule_of(events, 1) == NOUN_AGAIN


def test_a_noun_in_passing_is_not_what_a_later_noun_names_again():
    # "… depuis l'arrivée au pouvoir de X. … depuis l'arrivée au pouvoir de X en janvier": neither
    # is told as a happening of its own
    tellings = [noun(0, "l'arrivée au pouvoir", "arriv au pouvo"), replace(noun(3, "l'arrivée au pouvoir", "arriv au pouvo"), when=day(3))]
    assert apart(tellings)


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


# -- one speaker quoted on ------------------------------------------------------------------------


def speech(sentence, headline, actors=(0,), **flags):
    return told(sentence, "statement", headline, actors=actors, **{"quotes": True, **flags})


def test_indirect_speech_of_one_speaker_tells_many_matters():
    # "Jane Doe said sales rose. Doe announced a new phone": no words quoted, two matters.
    tellings = [speech(0, "Jane Doe said sales rose", quotes=False), speech(1, "Doe announced a new phone", quotes=False)]
    assert groups(merge(tellings)) == [[0], [1]]


def test_quoted_words_after_one_more_thing_said_are_not_joined():
    tellings = [speech(0, "Jane Doe also announced a phone", another=True), speech(1, "'It is thin,' Doe said")]
    assert groups(merge(tellings)) == [[0], [1]]


def test_quoted_words_of_another_speaker_are_not_joined():
    tellings = [speech(0, "Jane Doe said sales rose"), speech(1, "'They did not,' John Smith said", actors=(1,))]
    assert groups(merge(tellings)) == [[0], [1]]


def test_quoted_words_naming_someone_else_acting_are_not_joined():
    tellings = [speech(0, "Jane Doe said sales rose"), speech(1, "'Globex lost,' Doe said", actors=(0, 2))]
    assert groups(merge(tellings)) == [[0], [1]]


def test_quoted_words_dated_otherwise_are_another_occasion():
    # "When Doe first showed the phone, she praised it. In a 9 May interview, Doe said '…'"
    tellings = [speech(0, "Doe praised the phone"), replace(speech(1, "In a 9 May interview, Doe said 'it works'"), when=day(9))]
    assert groups(merge(tellings)) == [[0], [1]]


def test_quoted_words_after_another_happening_are_not_joined():
    tellings = [speech(0, "Jane Doe said sales rose"), told(1, "meeting", "Doe met John Smith", actors=(0, 1)), speech(2, "'Fine,' Doe said")]
    assert [0, 2] not in groups(merge(tellings))


# -- one article, one kind, one day ---------------------------------------------------------------


def protest(sentence, actors=(4,), when=None, **flags):
    """A protest in country 4 (actors 0 and 1 people, 2 and 3 organisations)."""
    return replace(told(sentence, "protest", "protesters marched", actors=actors, **flags), when=when)


def test_one_kind_told_again_on_its_day_with_an_actor_in_common_is_one_happening():
    events = merge([protest(0, when=day(3)), protest(4)])
    assert groups(events) == [[0, 1]]
    assert rule_of(events, 1) == SAME_KIND_DAY


def test_two_meetings_the_same_day_with_different_people_stay_apart():
    tellings = [lead(actors=(0, 2)), lead("John Smith met Acme", actors=(1, 2), sentence=3)]
    assert groups(merge(tellings)) == [[0], [1]]


def test_a_later_step_dated_to_another_day_is_not_the_same_happening():
    assert groups(merge([protest(0, when=day(3)), protest(2, when=day(5))])) == [[0], [1]]


def test_one_more_of_its_kind_is_not_the_same_happening():
    assert groups(merge([protest(0, when=day(3)), protest(2, another=True)])) == [[0], [1]]


def test_one_kind_with_no_actor_in_common_stays_apart():
    assert groups(merge([protest(0, when=day(3)), protest(2, actors=(3,))])) == [[0], [1]]


def test_an_undated_pair_of_one_kind_stays_apart():
    # (nothing says which day either was: "des manifestations ont lieu chaque année")
    assert groups(merge([protest(0), protest(2)])) == [[0], [1]]


def test_statements_of_one_day_are_not_joined_by_their_kind():
    tellings = [replace(speech(0, "Acme said sales rose", actors=(2,), quotes=False), when=day(3)), speech(2, "Acme said it hired", actors=(2,), quotes=False)]
    assert groups(merge(tellings)) == [[0], [1]]
